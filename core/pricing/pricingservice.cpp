#include "pricingservice.h"

#include "repricer.h"
#include "storage/pricerepository.h"
#include "storage/profilelock.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace tl {

namespace {

CatalogSource bundledSource()
{
    CatalogSource source;
    source.origin = QStringLiteral("bundled");
    QFile file(QStringLiteral(":/pricing/genai-prices.source.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject meta = QJsonDocument::fromJson(file.readAll()).object();
        source.dataDate = meta.value(QStringLiteral("date")).toString();
        source.sha256 = meta.value(QStringLiteral("sha256")).toString();
    }
    return source;
}

}   // namespace

PricingService::PricingService(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool PricingService::load(QString *error)
{
    QString problem;
    std::optional<PricingCatalog> catalog;
    const auto stored = PriceCatalogRepository(m_db).active(&problem);
    if (!stored && !problem.isEmpty()) {
        // Never fall back to the bundled prices because the stored dataset could not be read.
        if (error)
            *error = QStringLiteral("the price catalog stored in the database could not be read: %1").arg(problem);
        return false;
    }
    if (stored) {
        catalog = PricingCatalog::fromJson(stored->content, &problem);
        if (catalog)
            catalog->setSource(stored->source);
    }
    if (!catalog) {
        catalog = PricingCatalog::fromJson(PricingCatalog::bundledData(), &problem);
        if (!catalog) {
            if (error)
                *error = QStringLiteral("the bundled price catalog is damaged: %1").arg(problem);
            return false;
        }
        catalog->setSource(bundledSource());
    }
    QString overridesError;
    const QList<PriceOverride> overrides = PriceOverrideRepository(m_db).list(&overridesError);
    if (!overridesError.isEmpty()) {
        if (error)
            *error = QStringLiteral("your price overrides could not be read: %1").arg(overridesError);
        return false;
    }
    catalog->setOverrides(overrides);
    m_catalog = std::move(*catalog);
    return true;
}

PricingService::RepriceResult PricingService::reprice(const QString &provider, const QString &modelKey)
{
    RepriceResult result;
    Repricer repricer(m_db, m_catalog);
    const auto failed = [&result, &repricer](const QString &message) {
        result.ok = false;
        result.error = message;
        result.examined = repricer.examined();
        result.changed = int(repricer.changed());
        return result;
    };
    QString error;
    if (!repricer.start(provider, modelKey, &error))
        return failed(error);

    // Chunks of days, each one transaction under the profile's lock (ProfileLock): a sync, an
    // import or another re-pricing waits at most one chunk, never the whole re-pricing.
    const QString path = ProfileLock::locationOf(m_db);
    const bool lockable = !path.isEmpty() && path != u":memory:";
    ProfileLock lock(lockable ? path : QString());
    constexpr int ChunkMs = 500;
    // The chunks' commits leave the WAL as it is up to a bound, not backfill it each time.
    const sql::CheckpointThreshold threshold(sql::nativeHandle(m_db), m_checkpointPages);
    while (!repricer.atEnd()) {
        if (lockable && !lock.lock(QStringLiteral("re-pricing"), m_lockWaitMs)) {
            result.pending = true;
            break;
        }
        sql::Savepoint chunk(m_db, QStringLiteral("reprice"));
        if (!chunk.isActive())
            return failed(chunk.error());
        if (!repricer.step(ChunkMs, &error))
            return failed(error);
        if (!chunk.commit())
            return failed(chunk.error());
        lock.unlock();
    }
    result.examined = repricer.examined();
    result.changed = int(repricer.changed());
    return result;
}

bool PricingService::owe(const QString &provider, const QString &modelKey, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::prepare(q,
                      QStringLiteral("INSERT INTO reprice_pending (provider, model_key) VALUES (?, ?) ON CONFLICT "
                                     "(provider, model_key) DO UPDATE SET generation = reprice_pending.generation + 1"),
                      error))
        return false;
    q.addBindValue(sql::text(provider));
    q.addBindValue(sql::text(modelKey));
    return sql::exec(q, error);
}

bool PricingService::repricingPending() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1 FROM reprice_pending LIMIT 1")) && q.next();
}

PricingService::RepriceResult PricingService::resumeRepricing()
{
    RepriceResult total;
    // Also over the commits that clear the debts: at the usual threshold the first of them would
    // backfill everything the re-pricing left in the WAL (see reprice()).
    const sql::CheckpointThreshold threshold(sql::nativeHandle(m_db), m_checkpointPages);
    struct Debt
    {
        QString provider;
        QString modelKey;
        qint64 generation = 0;
    };
    QList<Debt> debts;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT provider, model_key, generation FROM reprice_pending ORDER BY provider, "
                                   "model_key"))) {
            total.ok = false;
            total.error = q.lastError().text();
            return total;
        }
        while (q.next())
            debts.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
        if (q.lastError().isValid()) {
            total.ok = false;
            total.error = q.lastError().text();
            return total;
        }
    }
    if (debts.isEmpty())
        return total;
    if (!load(&total.error)) {   // the newest overrides and catalog
        total.ok = false;
        return total;
    }
    // "Everything" covers every narrower debt.
    const bool everything = std::any_of(debts.cbegin(), debts.cend(),
                                        [](const Debt &d) { return d.provider.isEmpty() && d.modelKey.isEmpty(); });
    for (const Debt &d : std::as_const(debts)) {
        const bool covered = everything && !(d.provider.isEmpty() && d.modelKey.isEmpty());
        if (!covered) {
            const RepriceResult r = reprice(d.provider, d.modelKey);
            total.examined += r.examined;
            total.changed += r.changed;
            if (!r.ok || r.pending) {
                total.ok = r.ok;
                total.error = r.error;
                total.pending = r.pending;
                return total;
            }
        }
        // Paid — unless the same change was made again meanwhile (a newer generation).
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("DELETE FROM reprice_pending WHERE provider = ? AND model_key = ? AND generation = ?"));
        q.addBindValue(d.provider);
        q.addBindValue(d.modelKey);
        q.addBindValue(d.generation);
        if (!q.exec()) {
            total.ok = false;
            total.error = q.lastError().text();
            return total;
        }
    }
    return total;
}

PricingService::RepriceResult PricingService::setOverride(const PriceOverride &override)
{
    RepriceResult result;
    {
        sql::Savepoint savepoint(m_db, QStringLiteral("price_override"));
        if (!savepoint.isActive() || !PriceOverrideRepository(m_db).save(override, &result.error) ||
            !owe(override.provider, override.model, &result.error) || !savepoint.commit()) {
            if (result.error.isEmpty())
                result.error = savepoint.error();
            result.ok = false;
            return result;
        }
    }
    return resumeRepricing();
}

PricingService::RepriceResult PricingService::removeOverride(const QString &provider, const QString &modelKey,
                                                             std::optional<QDate> from, int *removed)
{
    RepriceResult result;
    {
        sql::Savepoint savepoint(m_db, QStringLiteral("price_override"));
        *removed = PriceOverrideRepository(m_db).remove(provider, modelKey, from, &result.error);
        if (*removed < 0 || !savepoint.isActive()) {
            result.ok = false;
            return result;
        }
        if (*removed == 0)
            return result;
        if (!owe(provider, modelKey, &result.error) || !savepoint.commit()) {
            if (result.error.isEmpty())
                result.error = savepoint.error();
            result.ok = false;
            return result;
        }
    }
    return resumeRepricing();
}

PricingService::RepriceResult PricingService::updateCatalog(const QByteArray &json, const QString &origin)
{
    RepriceResult result;
    const auto catalog = PricingCatalog::fromJson(json, &result.error);
    if (!catalog) {
        result.ok = false;
        return result;
    }
    StoredCatalog stored;
    stored.content = json;
    stored.modelCount = catalog->modelCount();
    stored.source.origin = origin;
    stored.source.sha256 = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    stored.source.loadedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    {
        sql::Savepoint savepoint(m_db, QStringLiteral("price_catalog"));
        if (!savepoint.isActive() || !PriceCatalogRepository(m_db).store(stored, &result.error) ||
            !owe({}, {}, &result.error) || !savepoint.commit()) {
            if (result.error.isEmpty())
                result.error = savepoint.error();
            result.ok = false;
            load();
            return result;
        }
    }
    return resumeRepricing();
}

}   // namespace tl
