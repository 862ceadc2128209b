#include "usagerepository.h"

#include "common/dates.h"
#include "sqlutil.h"

#include <QSet>

#include <utility>

namespace tl {

namespace {

QString validate(const UsageRecord &r)
{
    if (r.accountId <= 0)
        return QStringLiteral("usage record without an account");
    if (!r.day.isValid())
        return QStringLiteral("usage record without a valid day");
    if (r.inputTokens < 0 || r.cachedInputTokens < 0 || r.cacheWrite5mTokens < 0 || r.cacheWrite1hTokens < 0 ||
        r.outputTokens < 0 || r.requests < 0)
        return QStringLiteral("usage record with negative counts (%1, %2)").arg(isoDay(r.day), r.model);
    if ((r.costStatus == CostStatus::Unpriced) == r.cost.has_value())
        return QStringLiteral("usage record whose cost does not match its status (%1, %2)").arg(isoDay(r.day), r.model);
    return {};
}

#define TL_ROLLUP_SELECT                                                                                               \
    "SELECT day, account_id, model, SUM(input_tokens), SUM(cached_input_tokens), "                                     \
    "SUM(cache_write_5m_tokens + cache_write_1h_tokens), SUM(output_tokens), SUM(requests), "                          \
    "COALESCE(SUM(cost_nano), 0), "                                                                                    \
    "SUM(CASE WHEN cost_nano IS NULL THEN input_tokens + cached_input_tokens + cache_write_5m_tokens "                 \
    "+ cache_write_1h_tokens + output_tokens ELSE 0 END), "                                                            \
    "SUM(cost_nano IS NULL), COUNT(*) FROM usage"

#define TL_ROLLUP_INSERT                                                                                               \
    "INSERT INTO usage_daily (day, account_id, model, input_tokens, cached_input_tokens, cache_write_tokens, "         \
    "output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count) "

// New keys (the bulk of any first sync or import) take one statement; an existing key takes
// a second one that writes only when a value differs. sqlite3_changes() tells which happened.
constexpr const char *InsertSql =
    "INSERT INTO usage (account_id, day, model, project, api_key_id, service_tier, source, input_tokens, "
    "cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, requests, cost_nano, "
    "cost_status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
    "ON CONFLICT (day, account_id, model, project, api_key_id, service_tier, source) DO NOTHING";
constexpr const char *UpdateSql =
    "UPDATE usage SET input_tokens = ?8, cached_input_tokens = ?9, cache_write_5m_tokens = ?10, "
    "cache_write_1h_tokens = ?11, output_tokens = ?12, requests = ?13, cost_nano = ?14, cost_status = ?15, "
    "revision = revision + 1 "
    "WHERE day = ?2 AND account_id = ?1 AND model = ?3 AND project = ?4 AND api_key_id = ?5 "
    "AND service_tier = ?6 AND source = ?7 "
    "AND (input_tokens IS NOT ?8 OR cached_input_tokens IS NOT ?9 OR cache_write_5m_tokens IS NOT ?10 "
    "OR cache_write_1h_tokens IS NOT ?11 OR output_tokens IS NOT ?12 OR requests IS NOT ?13 "
    "OR cost_nano IS NOT ?14 OR cost_status IS NOT ?15)";

const QString &statusText(CostStatus status)
{
    static const QString estimated = costStatusName(CostStatus::Estimated);
    static const QString reported = costStatusName(CostStatus::Reported);
    static const QString unpriced = costStatusName(CostStatus::Unpriced);
    switch (status) {
    case CostStatus::Estimated:
        return estimated;
    case CostStatus::Reported:
        return reported;
    case CostStatus::Unpriced:
        break;
    }
    return unpriced;
}

void bind(sql::SqliteStatement &s, const UsageRecord &r, const QString &day)
{
    s.bind(1, r.accountId);
    s.bind(2, day);
    s.bind(3, r.model);
    s.bind(4, r.project);
    s.bind(5, r.apiKeyId);
    s.bind(6, r.serviceTier);
    s.bind(7, r.source);
    s.bind(8, r.inputTokens);
    s.bind(9, r.cachedInputTokens);
    s.bind(10, r.cacheWrite5mTokens);
    s.bind(11, r.cacheWrite1hTokens);
    s.bind(12, r.outputTokens);
    s.bind(13, r.requests);
    if (r.cost)
        s.bind(14, r.cost->nanos());
    else
        s.bindNull(14);
    s.bind(15, statusText(r.costStatus));
}

}   // namespace

UsageRepository::UsageRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool UsageRepository::prepareStatements(QString *error)
{
    if (m_prepared)
        return true;
    sqlite3 *handle = sql::nativeHandle(m_db);
    m_prepared =
        m_insert.prepare(handle, InsertSql, error) && m_update.prepare(handle, UpdateSql, error) &&
        m_rollupDelete.prepare(handle, "DELETE FROM usage_daily WHERE account_id = ?1 AND day = ?2", error) &&
        m_rollupInsert.prepare(
            handle, TL_ROLLUP_INSERT TL_ROLLUP_SELECT " WHERE account_id = ?1 AND day = ?2 GROUP BY model", error);
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
    QDate lastDay;
    QString day;
    for (const UsageRecord &r : batch) {
        if (const QString problem = validate(r); !problem.isEmpty())
            return failed(problem);
        if (r.day != lastDay) {   // batches are usually one day: format it once
            lastDay = r.day;
            day = isoDay(r.day);
        }

        m_insert.reset();
        bind(m_insert, r, day);
        m_insert.step();
        if (!m_insert.ok())
            return failed(QStringLiteral("could not store usage of %1 (%2): %3").arg(day, r.model, m_insert.error()));
        if (m_insert.changes() == 1) {
            ++result.created;
        } else {
            m_update.reset();
            bind(m_update, r, day);
            m_update.step();
            if (!m_update.ok())
                return failed(
                    QStringLiteral("could not update usage of %1 (%2): %3").arg(day, r.model, m_update.error()));
            if (m_update.changes() == 0) {
                ++result.unchanged;
                continue;
            }
            ++result.updated;
        }
        touched.insert({r.accountId, day});
    }
    m_insert.reset();
    m_update.reset();

    QString error;
    for (const auto &[accountId, touchedDay] : std::as_const(touched)) {
        if (!refreshRollup(accountId, touchedDay, &error))
            return failed(QStringLiteral("could not update the daily totals: %1").arg(error));
    }
    if (!savepoint.commit())
        return failed(savepoint.error());
    return result;
}

bool UsageRepository::refreshRollup(qint64 accountId, const QString &day, QString *error)
{
    for (sql::SqliteStatement *s : {&m_rollupDelete, &m_rollupInsert}) {
        s->reset();
        s->bind(1, accountId);
        s->bind(2, day);
        s->step();
        const bool ok = s->ok();
        if (!ok && error)
            *error = s->error();
        s->reset();
        if (!ok)
            return false;
    }
    return true;
}

bool UsageRepository::rebuildRollups(QString *error)
{
    sql::Savepoint savepoint(m_db, QStringLiteral("usage_rollup_rebuild"));
    if (!savepoint.isActive()) {
        if (error)
            *error = savepoint.error();
        return false;
    }
    if (!sql::exec(m_db, QStringLiteral("DELETE FROM usage_daily"), error) ||
        !sql::exec(m_db, QStringLiteral(TL_ROLLUP_INSERT TL_ROLLUP_SELECT " GROUP BY day, account_id, model"), error))
        return false;
    if (!savepoint.commit()) {
        if (error)
            *error = savepoint.error();
        return false;
    }
    return true;
}

}   // namespace tl
