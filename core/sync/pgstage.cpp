#include "pgstage.h"

#include "common/dates.h"
#include "storage/queryloop.h"
#include "storage/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl::pgstage {

bool begin(QSqlDatabase db, QString *error)
{
    return sql::exec(db,
                     QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_usage (day TEXT COLLATE \"C\" NOT NULL, "
                                    "model TEXT COLLATE \"C\" NOT NULL, project TEXT COLLATE \"C\" NOT NULL, "
                                    "api_key_id TEXT COLLATE \"C\" NOT NULL, service_tier TEXT COLLATE \"C\" NOT NULL, "
                                    "input_tokens BIGINT NOT NULL, cached_input_tokens BIGINT NOT NULL, "
                                    "cache_write_5m_tokens BIGINT NOT NULL, cache_write_1h_tokens BIGINT NOT NULL, "
                                    "output_tokens BIGINT NOT NULL, requests BIGINT NOT NULL, "
                                    "PRIMARY KEY (day, model, project, api_key_id, service_tier))"),
                     error) &&
           sql::exec(db, QStringLiteral("DELETE FROM sync_usage"), error);
}

bool add(QSqlDatabase db, const QList<UsageRecord> &rows, QString *error, bool *overflow)
{
    *overflow = false;
    if (rows.isEmpty())
        return true;
    sql::Savepoint page(db, QStringLiteral("usage_stage"));
    if (!page.isActive()) {
        *error = page.error();
        return false;
    }
    QSqlQuery q(db);
    if (!sql::prepare(
            q,
            QStringLiteral("INSERT INTO sync_usage AS s VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                           "(day, model, project, api_key_id, service_tier) DO UPDATE SET "
                           "input_tokens = s.input_tokens + excluded.input_tokens, "
                           "cached_input_tokens = s.cached_input_tokens + excluded.cached_input_tokens, "
                           "cache_write_5m_tokens = s.cache_write_5m_tokens + excluded.cache_write_5m_tokens, "
                           "cache_write_1h_tokens = s.cache_write_1h_tokens + excluded.cache_write_1h_tokens, "
                           "output_tokens = s.output_tokens + excluded.output_tokens, "
                           "requests = s.requests + excluded.requests"),
            error))
        return false;
    for (const UsageRecord &r : rows) {
        const QString day = isoDay(r.day);
        for (const QVariant &v :
             {QVariant(day), QVariant(sql::text(r.model)), QVariant(sql::text(r.project)),
              QVariant(sql::text(r.apiKeyId)), QVariant(sql::text(r.serviceTier)), QVariant(r.inputTokens),
              QVariant(r.cachedInputTokens), QVariant(r.cacheWrite5mTokens), QVariant(r.cacheWrite1hTokens),
              QVariant(r.outputTokens), QVariant(r.requests)})
            q.addBindValue(v);
        if (!q.exec()) {
            *overflow = q.lastError().nativeErrorCode() == u"22003";   // numeric_value_out_of_range
            *error = *overflow ? QStringLiteral("the token counts of %1 on %2 are too large to add up (more than "
                                                "2^63 − 1)")
                                     .arg(r.model, day)
                               : sql::describeError(q.lastError());
            return false;
        }
    }
    if (!page.commit()) {
        *error = page.error();
        return false;
    }
    return true;
}

bool forEachBatch(QSqlDatabase db, int batchSize, const std::function<bool(QList<UsageRecord> &, QString *)> &write,
                  QString *error)
{
    // Read whole before writing: the writes go through the same connection.
    QList<UsageRecord> all;
    {
        QSqlQuery read(db);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT day, model, project, api_key_id, service_tier, input_tokens, "
                                      "cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, "
                                      "output_tokens, requests FROM sync_usage ORDER BY day, model, project, "
                                      "api_key_id, service_tier"))) {
            *error = sql::describeError(read.lastError());
            return false;
        }
        while (read.next()) {
            UsageRecord r;
            r.day = parseIsoDay(read.value(0).toString()).value_or(QDate());
            r.model = read.value(1).toString();
            r.project = read.value(2).toString();
            r.apiKeyId = read.value(3).toString();
            r.serviceTier = read.value(4).toString();
            r.inputTokens = read.value(5).toLongLong();
            r.cachedInputTokens = read.value(6).toLongLong();
            r.cacheWrite5mTokens = read.value(7).toLongLong();
            r.cacheWrite1hTokens = read.value(8).toLongLong();
            r.outputTokens = read.value(9).toLongLong();
            r.requests = read.value(10).toLongLong();
            all.append(std::move(r));
        }
        if (!sql::readSucceeded(read, error))
            return false;
    }
    for (qsizetype i = 0; i < all.size(); i += batchSize) {
        QList<UsageRecord> batch = all.mid(i, batchSize);
        if (!write(batch, error))
            return false;
    }
    return true;
}

void drop(QSqlDatabase db)
{
    QString ignored;
    sql::exec(db, QStringLiteral("DROP TABLE IF EXISTS sync_usage"), &ignored);
}

}   // namespace tl::pgstage
