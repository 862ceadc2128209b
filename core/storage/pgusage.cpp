#include "pgusage.h"

#include "common/dates.h"
#include "queryloop.h"
#include "sqldialect.h"
#include "sqlutil.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace tl::pgusage {

namespace {

// Rows per statement: 15 parameters each, far below PostgreSQL's 65535.
constexpr int ChunkRows = 500;

const char *const Columns = "account_id, day, model, project, api_key_id, service_tier, source, input_tokens, "
                            "cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, "
                            "requests, cost_nano, cost_status";
constexpr int ColumnsPerRow = 15;

// An existing key is rewritten only when a value differs (then its revision moves); RETURNING
// says what happened to each row written: revision 0 is new, more is revised, identical rows
// return nothing.
const char *const UpsertTail =
    " ON CONFLICT (day, account_id, model, project, api_key_id, service_tier, source) DO UPDATE SET "
    "input_tokens = excluded.input_tokens, cached_input_tokens = excluded.cached_input_tokens, "
    "cache_write_5m_tokens = excluded.cache_write_5m_tokens, cache_write_1h_tokens = excluded.cache_write_1h_tokens, "
    "output_tokens = excluded.output_tokens, requests = excluded.requests, cost_nano = excluded.cost_nano, "
    "cost_status = excluded.cost_status, revision = usage.revision + 1 WHERE "
    "(usage.input_tokens, usage.cached_input_tokens, usage.cache_write_5m_tokens, usage.cache_write_1h_tokens, "
    "usage.output_tokens, usage.requests, usage.cost_nano, usage.cost_status) IS DISTINCT FROM "
    "(excluded.input_tokens, excluded.cached_input_tokens, excluded.cache_write_5m_tokens, "
    "excluded.cache_write_1h_tokens, excluded.output_tokens, excluded.requests, excluded.cost_nano, "
    "excluded.cost_status) RETURNING revision, project, api_key_id";

using Key = std::tuple<QDate, qint64, QString, QString, QString, QString, QString>;
Key keyOf(const UsageRecord &r)
{
    return {r.day, r.accountId, r.model, r.project, r.apiKeyId, r.serviceTier, r.source};
}

void bindRecord(QSqlQuery &q, int row, const UsageRecord &r)
{
    const int at = row * ColumnsPerRow;
    q.bindValue(at, r.accountId);
    q.bindValue(at + 1, isoDay(r.day));
    q.bindValue(at + 2, sql::text(r.model));
    q.bindValue(at + 3, sql::text(r.project));
    q.bindValue(at + 4, sql::text(r.apiKeyId));
    q.bindValue(at + 5, sql::text(r.serviceTier));
    q.bindValue(at + 6, sql::text(r.source));
    q.bindValue(at + 7, r.inputTokens);
    q.bindValue(at + 8, r.cachedInputTokens);
    q.bindValue(at + 9, r.cacheWrite5mTokens);
    q.bindValue(at + 10, r.cacheWrite1hTokens);
    q.bindValue(at + 11, r.outputTokens);
    q.bindValue(at + 12, r.requests);
    q.bindValue(at + 13, r.cost ? QVariant(r.cost->nanos()) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(at + 14, costStatusName(r.costStatus));
}

QString insertSql(int rows)
{
    const QString tuple = u'(' + QStringList(ColumnsPerRow, QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
    return QStringLiteral("INSERT INTO usage (%1) VALUES %2")
               .arg(QLatin1String(Columns), QStringList(rows, tuple).join(QStringLiteral(", "))) +
           QLatin1String(UpsertTail);
}

// Runs `statement` with the account and day of one account-day as its parameters (each `?` pair
// in order: account, day).
bool forAccountDay(QSqlDatabase db, const QString &statement, qint64 accountId, const QString &day, QString *error)
{
    QSqlQuery q(db);
    if (!sql::prepare(q, statement, error))
        return false;
    const int pairs = int(statement.count(u'?')) / 2;
    for (int i = 0; i < pairs; ++i) {
        q.addBindValue(accountId);
        q.addBindValue(day);
    }
    return sql::exec(q, error);
}

#define TL_TOKENS "(input_tokens + cached_input_tokens + cache_write_5m_tokens + cache_write_1h_tokens + output_tokens)"
#define TL_SUMS                                                                                                        \
    "SUM(input_tokens), SUM(cached_input_tokens), SUM(cache_write_5m_tokens + cache_write_1h_tokens), "                \
    "SUM(output_tokens), SUM(requests), COALESCE(SUM(cost_nano), 0), "                                                 \
    "SUM(CASE WHEN cost_nano IS NULL THEN " TL_TOKENS " ELSE 0 END)"
#define TL_BOUNDS                                                                                                      \
    "MIN(input_tokens), MAX(input_tokens), MIN(cached_input_tokens), MAX(cached_input_tokens), "                       \
    "MIN(cache_write_5m_tokens + cache_write_1h_tokens), MAX(cache_write_5m_tokens + cache_write_1h_tokens), "         \
    "MIN(output_tokens), MAX(output_tokens), MIN(requests), MAX(requests), "                                           \
    "CASE WHEN bool_or(cost_nano IS NULL) THEN NULL ELSE MIN(cost_nano) END, MAX(cost_nano), "                         \
    "MIN(project), MAX(project), MIN(api_key_id), MAX(api_key_id), MIN(cost_status), MAX(cost_status)"
#define TL_BOUND_COLUMNS                                                                                               \
    "model_lo, model_hi, input_lo, input_hi, cached_lo, cached_hi, write_lo, write_hi, output_lo, output_hi, "         \
    "requests_lo, requests_hi, cost_lo, cost_hi, project_lo, project_hi, key_lo, key_hi, status_lo, status_hi"
#define TL_GROUP_COLUMNS                                                                                               \
    "input_tokens, cached_input_tokens, cache_write_tokens, output_tokens, requests, cost_nano, unpriced_tokens, "     \
    "row_count"
#define TL_MONTH_ADJUST(sign)                                                                                          \
    "INSERT INTO usage_group_months AS m (month, account_id, project, api_key_id, " TL_GROUP_COLUMNS ") "              \
    "SELECT substr(day, 1, 7), account_id, project, api_key_id, " sign "input_tokens, " sign                           \
    "cached_input_tokens, " sign "cache_write_tokens, " sign "output_tokens, " sign "requests, " sign                  \
    "cost_nano, " sign "unpriced_tokens, " sign "row_count FROM usage_group_days WHERE account_id = ? AND day = ? "    \
    "ON CONFLICT (month, account_id, project, api_key_id) DO UPDATE SET "                                              \
    "input_tokens = m.input_tokens + excluded.input_tokens, "                                                          \
    "cached_input_tokens = m.cached_input_tokens + excluded.cached_input_tokens, "                                     \
    "cache_write_tokens = m.cache_write_tokens + excluded.cache_write_tokens, "                                        \
    "output_tokens = m.output_tokens + excluded.output_tokens, requests = m.requests + excluded.requests, "            \
    "cost_nano = m.cost_nano + excluded.cost_nano, unpriced_tokens = m.unpriced_tokens + excluded.unpriced_tokens, "   \
    "row_count = m.row_count + excluded.row_count"

// Per account-day, in order; every `?` pair is (account, day). As DetailRollups and
// rollups::refreshAccountDays do it on SQLite, in SQL.
const char *const RefreshStatements[] = {
    "DELETE FROM usage_daily WHERE account_id = ? AND day = ?",
    "INSERT INTO usage_daily (account_id, day, model, input_tokens, cached_input_tokens, cache_write_tokens, "
    "output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count) SELECT account_id, day, "
    "model, " TL_SUMS
    ", SUM(CASE WHEN cost_nano IS NULL THEN 1 ELSE 0 END), COUNT(*) FROM usage WHERE account_id = ? AND "
    "day = ? GROUP BY account_id, day, model",
    "DELETE FROM usage_page_buckets WHERE account_id = ? AND day = ?",
    "INSERT INTO usage_page_buckets (account_id, day, " TL_BOUND_COLUMNS
    ") SELECT account_id, day, model, model, " TL_BOUNDS
    " FROM usage WHERE account_id = ? AND day = ? GROUP BY account_id, day, model",
    "DELETE FROM usage_page_days WHERE account_id = ? AND day = ?",
    "INSERT INTO usage_page_days (account_id, day, " TL_BOUND_COLUMNS ") SELECT account_id, day, MIN(model), "
    "MAX(model), " TL_BOUNDS " FROM usage WHERE account_id = ? AND day = ? GROUP BY account_id, day",
    TL_MONTH_ADJUST("-"),
    "DELETE FROM usage_group_days WHERE account_id = ? AND day = ?",
    "INSERT INTO usage_group_days (account_id, day, project, api_key_id, " TL_GROUP_COLUMNS ") SELECT account_id, "
    "day, project, api_key_id, " TL_SUMS ", COUNT(*) FROM usage WHERE account_id = ? AND day = ? GROUP BY "
    "account_id, day, project, api_key_id",
    TL_MONTH_ADJUST(""),
    "DELETE FROM usage_group_months WHERE account_id = ? AND month = substr(?, 1, 7) AND row_count = 0",
    "DELETE FROM usage_account_daily WHERE account_id = ? AND day = ?",
    "INSERT INTO usage_account_daily (day, account_id, input_tokens, cached_input_tokens, cache_write_tokens, "
    "output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count) SELECT day, account_id, "
    "SUM(input_tokens), SUM(cached_input_tokens), SUM(cache_write_tokens), SUM(output_tokens), SUM(requests), "
    "SUM(cost_nano), SUM(unpriced_tokens), SUM(unpriced_rows), SUM(row_count) FROM usage_daily WHERE account_id = ? "
    "AND day = ? GROUP BY day, account_id",
};

}   // namespace

UpsertResult upsert(QSqlDatabase db, const QList<UsageRecord> &batch, QString (*problemOf)(const UsageRecord &))
{
    for (const UsageRecord &r : batch) {
        if (const QString problem = problemOf(r); !problem.isEmpty())
            return UpsertResult::failure(problem);
    }
    // Key order: writers sharing account-days lock their rows in the same order. A key twice in one
    // batch goes in a later statement (one statement cannot change a row twice on PostgreSQL).
    QList<qsizetype> order(batch.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return keyOf(batch[a]) < keyOf(batch[b]); });

    UpsertResult result;
    QSet<std::pair<qint64, QString>> touched;
    QSet<std::pair<QString, QString>> named;   // (kind, value) of new rows
    QString error;
    const bool ok = sql::inTransaction(
        db, QStringLiteral("usage_upsert"),
        [&](QString *failure) {
            result = {};
            touched.clear();
            named.clear();
            qsizetype i = 0;
            while (i < order.size()) {
                qsizetype end = i + 1;
                while (end < order.size() && end - i < ChunkRows &&
                       keyOf(batch[order[end]]) != keyOf(batch[order[end - 1]]))
                    ++end;
                const int rows = int(end - i);
                QSqlQuery q(db);
                if (!sql::prepare(q, insertSql(rows), failure))
                    return false;
                for (int row = 0; row < rows; ++row)
                    bindRecord(q, row, batch[order[i + row]]);
                if (!sql::exec(q, failure)) {
                    *failure = QStringLiteral("could not store usage of %1 (%2): %3")
                                   .arg(isoDay(batch[order[i]].day), batch[order[i]].model, *failure);
                    return false;
                }
                int created = 0;
                int revised = 0;
                while (q.next()) {
                    if (q.value(0).toLongLong() == 0) {
                        ++created;
                        for (const auto &[kind, column] :
                             {std::pair{QStringLiteral("project"), 1}, std::pair{QStringLiteral("api_key"), 2}}) {
                            if (const QString value = q.value(column).toString(); !value.isEmpty())
                                named.insert({kind, value});
                        }
                    } else {
                        ++revised;
                    }
                }
                if (!sql::readSucceeded(q, failure))
                    return false;
                result.created += created;
                result.updated += revised;
                result.unchanged += rows - created - revised;
                for (int row = 0; row < rows && created + revised > 0; ++row)
                    touched.insert({batch[order[i + row]].accountId, isoDay(batch[order[i + row]].day)});
                i = end;
            }
            // The projects and key ids new rows name, for the Usage page's filter choices.
            for (const auto &[kind, value] : std::as_const(named)) {
                QSqlQuery dims(db);
                if (!sql::prepare(dims,
                                  QStringLiteral("INSERT INTO usage_dims (kind, value) VALUES (?, ?) ON CONFLICT DO "
                                                 "NOTHING"),
                                  failure))
                    return false;
                dims.addBindValue(kind);
                dims.addBindValue(value);
                if (!sql::exec(dims, failure))
                    return false;
            }
            return refreshRollups(db, touched, failure);
        },
        &error);
    return ok ? result : UpsertResult::failure(error);
}

UpsertResult updateCosts(QSqlDatabase db, const QList<UsageRecord> &batch, QString (*problemOf)(const UsageRecord &))
{
    for (const UsageRecord &r : batch) {
        if (const QString problem = problemOf(r); !problem.isEmpty())
            return UpsertResult::failure(problem);
    }
    // Key order, as upsert(): writers sharing account-days lock their rows in the same order.
    QList<qsizetype> order(batch.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return keyOf(batch[a]) < keyOf(batch[b]); });
    UpsertResult result;
    QString error;
    const bool ok = sql::inTransaction(
        db, QStringLiteral("usage_costs"),
        [&](QString *failure) {
            result = {};
            QSet<std::pair<qint64, QString>> touched;
            for (qsizetype first = 0; first < order.size(); first += ChunkRows) {
                const int rows = int(std::min<qsizetype>(ChunkRows, order.size() - first));
                const QString tuple = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
                QSqlQuery q(db);
                if (!sql::prepare(
                        q,
                        QStringLiteral(
                            "UPDATE usage u SET cost_nano = CAST(v.cost AS bigint), cost_status = v.status, revision "
                            "= u.revision + 1 FROM (VALUES %1) AS v (day, account_id, model, project, api_key_id, "
                            "service_tier, source, cost, status) WHERE u.day = v.day AND u.account_id = "
                            "CAST(v.account_id AS bigint) AND u.model = v.model AND u.project = v.project AND "
                            "u.api_key_id = v.api_key_id AND u.service_tier = v.service_tier AND u.source = v.source "
                            "AND (u.cost_nano, u.cost_status) IS DISTINCT FROM (CAST(v.cost AS bigint), v.status) "
                            "RETURNING u.account_id, u.day")
                            .arg(QStringList(rows, tuple).join(QStringLiteral(", "))),
                        failure))
                    return false;
                for (int row = 0; row < rows; ++row) {
                    const UsageRecord &r = batch[order[first + row]];
                    for (const QVariant &v :
                         {QVariant(isoDay(r.day)), QVariant(QString::number(r.accountId)), QVariant(sql::text(r.model)),
                          QVariant(sql::text(r.project)), QVariant(sql::text(r.apiKeyId)),
                          QVariant(sql::text(r.serviceTier)), QVariant(sql::text(r.source)),
                          r.cost ? QVariant(QString::number(r.cost->nanos())) : QVariant(QMetaType(QMetaType::QString)),
                          QVariant(costStatusName(r.costStatus))})
                        q.addBindValue(v);
                }
                if (!sql::exec(q, failure))
                    return false;
                int updated = 0;
                while (q.next()) {
                    ++updated;
                    touched.insert({q.value(0).toLongLong(), q.value(1).toString()});
                }
                if (!sql::readSucceeded(q, failure))
                    return false;
                result.updated += updated;
                result.unchanged += rows - updated;
            }
            return refreshRollups(db, touched, failure);
        },
        &error);
    return ok ? result : UpsertResult::failure(error);
}

bool refreshRollups(QSqlDatabase db, const QSet<std::pair<qint64, QString>> &touched, QString *error)
{
    // Sorted, as the rows were: the same lock order in every writer.
    QList<std::pair<qint64, QString>> days(touched.cbegin(), touched.cend());
    std::sort(days.begin(), days.end());
    for (const auto &[accountId, day] : std::as_const(days)) {
        for (const char *statement : RefreshStatements) {
            if (!forAccountDay(db, QLatin1String(statement), accountId, day, error)) {
                if (error)
                    *error = QStringLiteral("could not update the daily totals: %1").arg(*error);
                return false;
            }
        }
    }
    return true;
}

int removeAbsent(QSqlDatabase db, qint64 accountId, const QString &source, QDate from, QDate to,
                 const QString &keptTable, QString *error)
{
    // SQLite names its temporary tables temp.x; PostgreSQL finds them unqualified (pg_temp first).
    QString kept = keptTable;
    if (kept.startsWith(u"temp."))
        kept.remove(0, 5);
    const QString absent = QStringLiteral("FROM usage WHERE day BETWEEN ? AND ? AND account_id = ? AND source = ? AND "
                                          "NOT EXISTS (SELECT 1 FROM %1 k WHERE k.day = usage.day AND k.model = "
                                          "usage.model AND k.project = usage.project AND k.api_key_id = "
                                          "usage.api_key_id AND k.service_tier = usage.service_tier)")
                               .arg(kept);
    const auto bindWindow = [&](QSqlQuery &q) {
        q.addBindValue(isoDay(from));
        q.addBindValue(isoDay(to));
        q.addBindValue(accountId);
        q.addBindValue(source);
    };
    int removed = -1;
    const bool ok = sql::inTransaction(
        db, QStringLiteral("usage_remove_absent"),
        [&](QString *failure) {
            QSqlQuery days(db);
            if (!sql::prepare(days, QStringLiteral("SELECT DISTINCT day ") + absent, failure))
                return false;
            bindWindow(days);
            if (!sql::exec(days, failure))
                return false;
            QSet<std::pair<qint64, QString>> touched;
            while (days.next())
                touched.insert({accountId, days.value(0).toString()});
            if (!sql::readSucceeded(days, failure))
                return false;
            QSqlQuery remove(db);
            if (!sql::prepare(remove, QStringLiteral("DELETE ") + absent, failure))
                return false;
            bindWindow(remove);
            if (!sql::exec(remove, failure))
                return false;
            removed = remove.numRowsAffected();
            return refreshRollups(db, touched, failure);
        },
        error);
    return ok ? removed : -1;
}

bool rebuildRollups(QSqlDatabase db, QString *error)
{
    return sql::inTransaction(
        db, QStringLiteral("usage_rollup_rebuild"),
        [&](QString *failure) {
            for (const char *table : {"usage_daily", "usage_page_buckets", "usage_page_days", "usage_group_days",
                                      "usage_group_months", "usage_account_daily"}) {
                if (!sql::exec(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)), failure))
                    return false;
            }
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT DISTINCT account_id, day FROM usage"))) {
                *failure = sql::describeError(q.lastError());
                return false;
            }
            QSet<std::pair<qint64, QString>> all;
            while (q.next())
                all.insert({q.value(0).toLongLong(), q.value(1).toString()});
            return sql::readSucceeded(q, failure) && refreshRollups(db, all, failure);
        },
        error);
}

}   // namespace tl::pgusage
