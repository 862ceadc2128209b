// pgusage: the rollups of touched account-days on PostgreSQL, recomputed from their usage rows —
// set-based over every touched day at once, in one round trip per chunk of days.

#include "pgusage.h"

#include "common/dates.h"
#include "queryloop.h"
#include "sqldialect.h"
#include "sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace tl::pgusage {

namespace {

// Account-days per refresh: a sync batch is a day or a few; a rebuild goes in chunks of this many.
constexpr qsizetype ChunkDays = 2000;

// The touched account-days, as the DO block below declares them (two arrays, unnested together).
#define TL_TOUCHED "(account_id, day) IN (SELECT * FROM unnest(tl_accounts, tl_days))"
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
// Moves the months by the touched days' group rows: summed per month first (one statement cannot
// change a month row twice), in key order (the same lock order in every writer). Sums of BIGINT
// are NUMERIC on PostgreSQL, stored back as BIGINT: exact.
#define TL_MONTH_ADJUST(sign)                                                                                          \
    "INSERT INTO usage_group_months AS m (month, account_id, project, api_key_id, " TL_GROUP_COLUMNS ") "              \
    "SELECT substr(day, 1, 7), account_id, project, api_key_id, " sign "SUM(input_tokens), " sign                      \
    "SUM(cached_input_tokens), " sign "SUM(cache_write_tokens), " sign "SUM(output_tokens), " sign "SUM(requests), "   \
    "" sign "SUM(cost_nano), " sign "SUM(unpriced_tokens), " sign "SUM(row_count) FROM usage_group_days WHERE "        \
    "" TL_TOUCHED " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4 "                                                          \
    "ON CONFLICT (month, account_id, project, api_key_id) DO UPDATE SET "                                              \
    "input_tokens = m.input_tokens + excluded.input_tokens, "                                                          \
    "cached_input_tokens = m.cached_input_tokens + excluded.cached_input_tokens, "                                     \
    "cache_write_tokens = m.cache_write_tokens + excluded.cache_write_tokens, "                                        \
    "output_tokens = m.output_tokens + excluded.output_tokens, requests = m.requests + excluded.requests, "            \
    "cost_nano = m.cost_nano + excluded.cost_nano, unpriced_tokens = m.unpriced_tokens + excluded.unpriced_tokens, "   \
    "row_count = m.row_count + excluded.row_count"

// In order, over the touched account-days. As DetailRollups and rollups::refreshAccountDays do it
// on SQLite, in SQL.
const char *const RefreshBody =
    "DELETE FROM usage_daily WHERE " TL_TOUCHED ";"
    "INSERT INTO usage_daily (account_id, day, model, input_tokens, cached_input_tokens, cache_write_tokens, "
    "output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count) SELECT account_id, day, "
    "model, " TL_SUMS ", SUM(CASE WHEN cost_nano IS NULL THEN 1 ELSE 0 END), COUNT(*) FROM usage WHERE " TL_TOUCHED
    " GROUP BY account_id, day, model;"
    "DELETE FROM usage_page_buckets WHERE " TL_TOUCHED ";"
    "INSERT INTO usage_page_buckets (account_id, day, " TL_BOUND_COLUMNS
    ") SELECT account_id, day, model, model, " TL_BOUNDS " FROM usage WHERE " TL_TOUCHED
    " GROUP BY account_id, day, model;"
    "DELETE FROM usage_page_days WHERE " TL_TOUCHED ";"
    "INSERT INTO usage_page_days (account_id, day, " TL_BOUND_COLUMNS ") SELECT account_id, day, MIN(model), "
    "MAX(model), " TL_BOUNDS " FROM usage WHERE " TL_TOUCHED " GROUP BY account_id, day;" TL_MONTH_ADJUST(
        "-") ";"
             "DELETE FROM usage_group_days WHERE " TL_TOUCHED ";"
             "INSERT INTO usage_group_days (account_id, day, project, api_key_id, " TL_GROUP_COLUMNS
             ") SELECT account_id, "
             "day, project, api_key_id, " TL_SUMS ", COUNT(*) FROM usage WHERE " TL_TOUCHED " GROUP BY "
             "account_id, day, project, api_key_id;" TL_MONTH_ADJUST(
                 "") ";"
                     "DELETE FROM usage_group_months WHERE row_count = 0 AND (account_id, month) IN (SELECT DISTINCT "
                     "a, substr(d, 1, "
                     "7) FROM unnest(tl_accounts, tl_days) AS t (a, d));"
                     "DELETE FROM usage_account_daily WHERE " TL_TOUCHED ";"
                     "INSERT INTO usage_account_daily (day, account_id, input_tokens, cached_input_tokens, "
                     "cache_write_tokens, "
                     "output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count) SELECT day, "
                     "account_id, "
                     "SUM(input_tokens), SUM(cached_input_tokens), SUM(cache_write_tokens), SUM(output_tokens), "
                     "SUM(requests), "
                     "SUM(cost_nano), SUM(unpriced_tokens), SUM(unpriced_rows), SUM(row_count) FROM usage_daily "
                     "WHERE " TL_TOUCHED " GROUP BY day, account_id;";

// One anonymous block: every statement above in one round trip (QPSQL would prepare, execute and
// deallocate each — three round trips apiece, a dozen statements per account-day — and the wait
// for the socket, not the server's work, was most of the ingest's time). The days are
// re-written from their dates, so nothing but digits and dashes goes inside the block's quotes.
QString refreshBlock(const QList<std::pair<qint64, QDate>> &days)
{
    QStringList accounts;
    QStringList isoDays;
    for (const auto &[accountId, day] : days) {
        accounts << QString::number(accountId);
        isoDays << u'\'' + isoDay(day) + u'\'';
    }
    return QStringLiteral("DO $tl$ DECLARE tl_accounts bigint[] := ARRAY[%1]; tl_days text[] := ARRAY[%2]; BEGIN %3 "
                          "END $tl$")
        .arg(accounts.join(u','), isoDays.join(u','), QLatin1String(RefreshBody));
}

}   // namespace

bool execDirect(QSqlQuery &query, const QString &statement, QString *error)
{
    if (query.exec(statement))
        return true;
    const QSqlError failure = query.lastError();
    sql::noteFailure(failure);
    if (error)
        *error = failure.databaseText().isEmpty() ? failure.text() : failure.databaseText();
    return false;
}

bool refreshRollups(QSqlDatabase db, const QSet<std::pair<qint64, QString>> &touched, QString *error)
{
    // Sorted, as the rows were: the same lock order in every writer.
    QList<std::pair<qint64, QDate>> days;
    days.reserve(touched.size());
    for (const auto &[accountId, day] : touched) {
        const QDate date = QDate::fromString(day, Qt::ISODate);
        if (!date.isValid() || day.size() != 10) {
            if (error)
                *error = QStringLiteral("could not update the daily totals: not a day: %1").arg(day);
            return false;
        }
        days.append({accountId, date});
    }
    std::sort(days.begin(), days.end());
    for (qsizetype first = 0; first < days.size(); first += ChunkDays) {
        QSqlQuery q(db);
        if (!execDirect(q, refreshBlock(days.mid(first, ChunkDays)), error)) {
            if (error)
                *error = QStringLiteral("could not update the daily totals: %1").arg(*error);
            return false;
        }
    }
    return true;
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
