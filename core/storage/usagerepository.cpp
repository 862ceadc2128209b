#include "usagerepository.h"

#include "common/dates.h"
#include "sqlutil.h"

#include <QSet>
#include <QVariant>

#include <utility>

namespace tl {

namespace {

QString validate(const UsageRecord &r)
{
    if (r.accountId <= 0)
        return QStringLiteral("usage record without an account");
    if (!r.day.isValid())
        return QStringLiteral("usage record without a valid day");
    if (r.inputTokens < 0 || r.cachedInputTokens < 0 || r.cacheWrite5mTokens < 0 || r.cacheWrite1hTokens < 0
        || r.outputTokens < 0 || r.requests < 0)
        return QStringLiteral("usage record with negative counts (%1, %2)").arg(isoDay(r.day), r.model);
    if ((r.costStatus == CostStatus::Unpriced) == r.cost.has_value())
        return QStringLiteral("usage record whose cost does not match its status (%1, %2)").arg(isoDay(r.day), r.model);
    return {};
}

QVariant costValue(const UsageRecord &r)
{
    return r.cost ? QVariant(r.cost->nanos()) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString RollupSelect = QStringLiteral(
    "SELECT day, account_id, model, SUM(input_tokens), SUM(cached_input_tokens), "
    "SUM(cache_write_5m_tokens + cache_write_1h_tokens), SUM(output_tokens), SUM(requests), "
    "COALESCE(SUM(cost_nano), 0), "
    "SUM(CASE WHEN cost_nano IS NULL THEN input_tokens + cached_input_tokens + cache_write_5m_tokens "
    "+ cache_write_1h_tokens + output_tokens ELSE 0 END), "
    "SUM(cost_nano IS NULL), COUNT(*) FROM usage");

const QString RollupInsert = QStringLiteral(
    "INSERT INTO usage_daily (day, account_id, model, input_tokens, cached_input_tokens, cache_write_tokens, "
    "output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count) ");

} // namespace

UsageRepository::UsageRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_select(m_db)
    , m_insert(m_db)
    , m_update(m_db)
    , m_rollupDelete(m_db)
    , m_rollupInsert(m_db)
{
}

bool UsageRepository::prepareStatements(QString *error)
{
    if (m_prepared)
        return true;
    for (QSqlQuery *q : {&m_select, &m_insert, &m_update, &m_rollupDelete, &m_rollupInsert})
        q->setForwardOnly(true);
    m_prepared =
        sql::prepare(m_select,
                     QStringLiteral("SELECT id, input_tokens, cached_input_tokens, cache_write_5m_tokens, "
                                    "cache_write_1h_tokens, output_tokens, requests, cost_nano, cost_status "
                                    "FROM usage WHERE account_id = ? AND day = ? AND model = ? AND project = ? "
                                    "AND api_key_id = ? AND service_tier = ? AND source = ?"),
                     error)
        && sql::prepare(m_insert,
                        QStringLiteral("INSERT INTO usage (account_id, day, model, project, api_key_id, "
                                       "service_tier, source, input_tokens, cached_input_tokens, "
                                       "cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, requests, "
                                       "cost_nano, cost_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        error)
        && sql::prepare(m_update,
                        QStringLiteral("UPDATE usage SET input_tokens = ?, cached_input_tokens = ?, "
                                       "cache_write_5m_tokens = ?, cache_write_1h_tokens = ?, output_tokens = ?, "
                                       "requests = ?, cost_nano = ?, cost_status = ? WHERE id = ?"),
                        error)
        && sql::prepare(m_rollupDelete, QStringLiteral("DELETE FROM usage_daily WHERE account_id = ? AND day = ?"),
                        error)
        && sql::prepare(m_rollupInsert,
                        RollupInsert + RollupSelect
                            + QStringLiteral(" WHERE account_id = ? AND day = ? GROUP BY model"),
                        error);
    return m_prepared;
}

UpsertResult UsageRepository::upsert(const QList<UsageRecord> &batch)
{
    UpsertResult result;
    const auto failed = [&result](const QString &message) {
        result = UpsertResult{};
        result.ok = false;
        result.error = message;
        return result;
    };
    if (!prepareStatements(&result.error))
        return failed(result.error);

    sql::Savepoint savepoint(m_db, QStringLiteral("usage_upsert"));
    if (!savepoint.isActive())
        return failed(savepoint.error());

    QSet<std::pair<qint64, QString>> touched;
    QString error;
    for (const UsageRecord &r : batch) {
        if (const QString problem = validate(r); !problem.isEmpty())
            return failed(problem);
        const QString day = isoDay(r.day);
        const QString status = costStatusName(r.costStatus);

        m_select.bindValue(0, r.accountId);
        m_select.bindValue(1, day);
        m_select.bindValue(2, sql::text(r.model));
        m_select.bindValue(3, sql::text(r.project));
        m_select.bindValue(4, sql::text(r.apiKeyId));
        m_select.bindValue(5, sql::text(r.serviceTier));
        m_select.bindValue(6, sql::text(r.source));
        if (!sql::exec(m_select, &error))
            return failed(error);

        if (m_select.next()) {
            const qint64 id = m_select.value(0).toLongLong();
            const QVariant oldCost = m_select.value(7);
            const bool same = m_select.value(1).toLongLong() == r.inputTokens
                && m_select.value(2).toLongLong() == r.cachedInputTokens
                && m_select.value(3).toLongLong() == r.cacheWrite5mTokens
                && m_select.value(4).toLongLong() == r.cacheWrite1hTokens
                && m_select.value(5).toLongLong() == r.outputTokens && m_select.value(6).toLongLong() == r.requests
                && oldCost.isNull() == !r.cost.has_value() && (!r.cost || oldCost.toLongLong() == r.cost->nanos())
                && m_select.value(8).toString() == status;
            m_select.finish();
            if (same) {
                ++result.unchanged;
                continue;
            }
            m_update.bindValue(0, r.inputTokens);
            m_update.bindValue(1, r.cachedInputTokens);
            m_update.bindValue(2, r.cacheWrite5mTokens);
            m_update.bindValue(3, r.cacheWrite1hTokens);
            m_update.bindValue(4, r.outputTokens);
            m_update.bindValue(5, r.requests);
            m_update.bindValue(6, costValue(r));
            m_update.bindValue(7, status);
            m_update.bindValue(8, id);
            if (!sql::exec(m_update, &error))
                return failed(QStringLiteral("could not update usage of %1 (%2): %3").arg(day, r.model, error));
            ++result.updated;
        } else {
            m_select.finish();
            m_insert.bindValue(0, r.accountId);
            m_insert.bindValue(1, day);
            m_insert.bindValue(2, sql::text(r.model));
            m_insert.bindValue(3, sql::text(r.project));
            m_insert.bindValue(4, sql::text(r.apiKeyId));
            m_insert.bindValue(5, sql::text(r.serviceTier));
            m_insert.bindValue(6, sql::text(r.source));
            m_insert.bindValue(7, r.inputTokens);
            m_insert.bindValue(8, r.cachedInputTokens);
            m_insert.bindValue(9, r.cacheWrite5mTokens);
            m_insert.bindValue(10, r.cacheWrite1hTokens);
            m_insert.bindValue(11, r.outputTokens);
            m_insert.bindValue(12, r.requests);
            m_insert.bindValue(13, costValue(r));
            m_insert.bindValue(14, status);
            if (!sql::exec(m_insert, &error))
                return failed(QStringLiteral("could not store usage of %1 (%2): %3").arg(day, r.model, error));
            ++result.created;
        }
        touched.insert({r.accountId, day});
    }

    for (const auto &[accountId, day] : std::as_const(touched)) {
        if (!refreshRollup(accountId, day, &error))
            return failed(QStringLiteral("could not update the daily totals: %1").arg(error));
    }
    if (!savepoint.commit())
        return failed(savepoint.error());
    return result;
}

bool UsageRepository::refreshRollup(qint64 accountId, const QString &day, QString *error)
{
    m_rollupDelete.bindValue(0, accountId);
    m_rollupDelete.bindValue(1, day);
    if (!sql::exec(m_rollupDelete, error))
        return false;
    m_rollupInsert.bindValue(0, accountId);
    m_rollupInsert.bindValue(1, day);
    return sql::exec(m_rollupInsert, error);
}

bool UsageRepository::rebuildRollups(QString *error)
{
    sql::Savepoint savepoint(m_db, QStringLiteral("usage_rollup_rebuild"));
    if (!savepoint.isActive()) {
        if (error)
            *error = savepoint.error();
        return false;
    }
    if (!sql::exec(m_db, QStringLiteral("DELETE FROM usage_daily"), error)
        || !sql::exec(m_db, RollupInsert + RollupSelect + QStringLiteral(" GROUP BY day, account_id, model"), error))
        return false;
    if (!savepoint.commit()) {
        if (error)
            *error = savepoint.error();
        return false;
    }
    return true;
}

} // namespace tl
