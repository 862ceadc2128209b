#include "pricingservice.h"

#include "common/dates.h"
#include "costcalculator.h"
#include "storage/pricerepository.h"
#include "storage/profilelock.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
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
    const auto failed = [&result](const QString &message) {
        result.ok = false;
        result.error = message;
        return result;
    };

    // Read with the SQLite API (a million rows through QVariant is slow), write through the
    // usage upsert path so rollups follow.
    sql::SqliteStatement select;
    QString error;
    if (!select.prepare(sql::nativeHandle(m_db),
                        "SELECT u.day, u.account_id, u.model, u.project, u.api_key_id, u.service_tier, u.source, "
                        "u.input_tokens, u.cached_input_tokens, u.cache_write_5m_tokens, u.cache_write_1h_tokens, "
                        "u.output_tokens, u.requests, u.cost_nano, u.cost_status, a.provider "
                        "FROM usage u JOIN accounts a ON a.id = u.account_id "
                        "WHERE u.day = ?2 AND u.cost_status <> 'reported' AND (?1 = '' OR a.provider = ?1) "
                        // A model key is a prefix of the names it covers (after "models/"): prune here,
                        // decide exactly in C++.
                        "AND (?3 = '' OR lower(u.model) LIKE ?3 || '%' ESCAPE '\\' "
                        "OR lower(u.model) LIKE 'models/' || ?3 || '%' ESCAPE '\\')",
                        &error))
        return failed(error);
    QString likePattern = modelKey;
    likePattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    QStringList days;
    {
        sql::SqliteStatement dayList;
        if (!dayList.prepare(sql::nativeHandle(m_db), "SELECT DISTINCT day FROM usage ORDER BY day", &error))
            return failed(error);
        while (dayList.step())
            days.append(dayList.text(0));
        if (!dayList.ok())
            return failed(dayList.error());
    }

    const CostCalculator calculator(m_catalog);
    UsageRepository usage(m_db);
    QList<UsageRecord> changed;
    // One UTC day at a time: each day's rows are read to the end before its changes are
    // written, so the reader never walks a table it is modifying, and memory stays bounded.
    const auto repriceDay = [&](const QString &day, int *dayChanged) {
        select.reset();
        select.bind(1, provider);
        select.bind(2, day);
        select.bind(3, likePattern);
        while (select.step()) {
            const QString model = select.text(2);
            if (!modelKey.isEmpty() && PricingCatalog::modelKey(model) != modelKey)
                continue;
            UsageRecord r;
            r.day = parseIsoDay(select.text(0)).value_or(QDate());
            r.accountId = select.int64(1);
            r.model = model;
            r.project = select.text(3);
            r.apiKeyId = select.text(4);
            r.serviceTier = select.text(5);
            r.source = select.text(6);
            r.inputTokens = select.int64(7);
            r.cachedInputTokens = select.int64(8);
            r.cacheWrite5mTokens = select.int64(9);
            r.cacheWrite1hTokens = select.int64(10);
            r.outputTokens = select.int64(11);
            r.requests = select.int64(12);
            const bool hadCost = !select.isNull(13);
            const qint64 oldNanos = hadCost ? select.int64(13) : 0;
            const QString rowProvider = select.text(15);
            ++result.examined;
            const CostResult priced = calculator.price(rowProvider, r);
            if (priced.overflow) {
                error = priced.reason;   // an error, never "unpriced"
                return false;
            }
            if (priced.cost.has_value() == hadCost && (!hadCost || priced.cost->nanos() == oldNanos))
                continue;
            r.cost = priced.cost;
            r.costStatus = priced.status;
            changed.append(std::move(r));
        }
        if (!select.ok()) {
            error = select.error();
            return false;
        }
        select.reset();
        if (changed.isEmpty())
            return true;
        const UpsertResult written = usage.updateCosts(changed);
        changed.clear();
        if (!written.ok) {
            error = written.error;
            return false;
        }
        result.changed += written.updated;
        *dayChanged += written.updated;
        return true;
    };

    // Chunks of days, each one transaction under the profile's lock (ProfileLock): a sync, an
    // import or another re-pricing waits at most one chunk, never the whole re-pricing.
    const QString path = m_db.databaseName();
    const bool lockable = !path.isEmpty() && path != u":memory:";
    ProfileLock lock(lockable ? path : QString());
    constexpr int ChunkRows = 20'000;
    constexpr int ChunkMs = 500;
    qsizetype next = 0;
    while (next < days.size()) {
        if (lockable && !lock.lock(QStringLiteral("re-pricing"), m_lockWaitMs)) {
            result.pending = true;
            return result;
        }
        sql::Savepoint chunk(m_db, QStringLiteral("reprice"));
        if (!chunk.isActive())
            return failed(chunk.error());
        QElapsedTimer elapsed;
        elapsed.start();
        int chunkChanged = 0;
        for (; next < days.size() && chunkChanged < ChunkRows && elapsed.elapsed() < ChunkMs; ++next) {
            if (!repriceDay(days.at(next), &chunkChanged))
                return failed(error);
        }
        if (!chunk.commit())
            return failed(chunk.error());
        lock.unlock();
    }
    return result;
}

bool PricingService::owe(const QString &provider, const QString &modelKey, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::prepare(q,
                      QStringLiteral("INSERT INTO reprice_pending (provider, model_key) VALUES (?, ?) ON CONFLICT "
                                     "(provider, model_key) DO UPDATE SET generation = generation + 1"),
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
