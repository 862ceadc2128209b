#include "pricerepository.h"

#include "common/dates.h"
#include "queryloop.h"
#include "sqlutil.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

namespace {

QVariant nanosOrNull(const std::optional<TieredPrice> &price)
{
    return price ? QVariant(price->base.nanos()) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<TieredPrice> priceOrNone(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return TieredPrice{Money::fromNanos(value.toLongLong()), {}};
}

}   // namespace

PriceOverrideRepository::PriceOverrideRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<PriceOverride> PriceOverrideRepository::list(QString *error) const
{
    QList<PriceOverride> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, provider, model, effective_from, input_per_mtok_nano, "
                               "cached_input_per_mtok_nano, cache_write_5m_per_mtok_nano, "
                               "cache_write_1h_per_mtok_nano, output_per_mtok_nano, per_request_nano, note "
                               "FROM price_overrides ORDER BY provider, model, effective_from"))) {
        if (error)
            *error = sql::describeError(q.lastError());
        return out;
    }
    while (q.next()) {
        PriceOverride o;
        o.id = q.value(0).toLongLong();
        o.provider = q.value(1).toString();
        o.model = q.value(2).toString();
        o.effectiveFrom = parseIsoDay(q.value(3).toString()).value_or(QDate());
        o.prices.input = priceOrNone(q.value(4));
        o.prices.cacheRead = priceOrNone(q.value(5));
        o.prices.cacheWrite5m = priceOrNone(q.value(6));
        o.prices.cacheWrite1h = priceOrNone(q.value(7));
        o.prices.output = priceOrNone(q.value(8));
        if (!q.value(9).isNull())
            o.prices.requestsPerThousand = Money::fromNanos(q.value(9).toLongLong() * 1000);
        o.note = q.value(10).toString();
        out.append(o);
    }
    // Half the overrides would silently price the rest at catalog prices.
    if (!sql::readSucceeded(q, error))
        return {};
    return out;
}

qint64 PriceOverrideRepository::save(const PriceOverride &o, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::prepare(
            q,
            QStringLiteral("INSERT INTO price_overrides (provider, model, effective_from, input_per_mtok_nano, "
                           "cached_input_per_mtok_nano, cache_write_5m_per_mtok_nano, cache_write_1h_per_mtok_nano, "
                           "output_per_mtok_nano, per_request_nano, note, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (provider, model, effective_from) DO UPDATE SET "
                           "input_per_mtok_nano = excluded.input_per_mtok_nano, "
                           "cached_input_per_mtok_nano = excluded.cached_input_per_mtok_nano, "
                           "cache_write_5m_per_mtok_nano = excluded.cache_write_5m_per_mtok_nano, "
                           "cache_write_1h_per_mtok_nano = excluded.cache_write_1h_per_mtok_nano, "
                           "output_per_mtok_nano = excluded.output_per_mtok_nano, "
                           "per_request_nano = excluded.per_request_nano, note = excluded.note "
                           "RETURNING id"),
            error))
        return 0;
    q.addBindValue(o.provider);
    q.addBindValue(o.model);
    q.addBindValue(isoDay(o.effectiveFrom));
    q.addBindValue(nanosOrNull(o.prices.input));
    q.addBindValue(nanosOrNull(o.prices.cacheRead));
    q.addBindValue(nanosOrNull(o.prices.cacheWrite5m));
    q.addBindValue(nanosOrNull(o.prices.cacheWrite1h));
    q.addBindValue(nanosOrNull(o.prices.output));
    q.addBindValue(o.prices.requestsPerThousand ? QVariant(o.prices.requestsPerThousand->nanos() / 1000)
                                                : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(sql::text(o.note));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!sql::exec(q, error))
        return 0;
    if (!q.next()) {
        if (sql::readSucceeded(q, error) && error)
            *error = QStringLiteral("the database did not return the stored override");
        return 0;
    }
    return q.value(0).toLongLong();
}

int PriceOverrideRepository::remove(const QString &provider, const QString &model, std::optional<QDate> from,
                                    QString *error)
{
    QSqlQuery q(m_db);
    QString statement = QStringLiteral("DELETE FROM price_overrides WHERE provider = ? AND model = ?");
    if (from)
        statement += QStringLiteral(" AND effective_from = ?");
    if (!sql::prepare(q, statement, error))
        return -1;
    q.addBindValue(provider);
    q.addBindValue(model);
    if (from)
        q.addBindValue(isoDay(*from));
    if (!sql::exec(q, error))
        return -1;
    return q.numRowsAffected();
}

PriceCatalogRepository::PriceCatalogRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<StoredCatalog> PriceCatalogRepository::active(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT content, origin, data_date, sha256, loaded_at, model_count "
                               "FROM price_catalogs ORDER BY id DESC LIMIT 1"))) {
        if (error)
            *error = sql::describeError(q.lastError());
        return std::nullopt;
    }
    // No stored catalog (the bundled one is used) and an unreadable one are different answers.
    if (!q.next()) {
        sql::readSucceeded(q, error);
        return std::nullopt;
    }
    StoredCatalog c;
    c.content = q.value(0).toByteArray();
    c.source = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
    c.modelCount = q.value(5).toInt();
    return c;
}

bool PriceCatalogRepository::store(const StoredCatalog &c, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::prepare(q,
                      QStringLiteral("INSERT INTO price_catalogs (origin, data_date, sha256, loaded_at, model_count, "
                                     "content) VALUES (?, ?, ?, ?, ?, ?)"),
                      error))
        return false;
    q.addBindValue(c.source.origin);
    q.addBindValue(sql::text(c.source.dataDate));
    q.addBindValue(c.source.sha256);
    q.addBindValue(c.source.loadedAt);
    q.addBindValue(c.modelCount);
    q.addBindValue(c.content);
    return sql::exec(q, error);
}

}   // namespace tl
