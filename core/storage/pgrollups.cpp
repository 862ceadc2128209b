// pgusage: the rollups of touched account-days on PostgreSQL, recomputed from their usage rows —
// set-based over every touched day at once, by a function of the schema (version 19), in one round
// trip per chunk of days.

#include "monthgroups.h"
#include "pgusage.h"

#include "common/dates.h"
#include "queryloop.h"
#include "sqldialect.h"
#include "sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QStringList>

#include <algorithm>
#include <vector>

namespace tl::pgusage {

namespace {

// Account-days per refresh: a sync's flush is the days of its window; a rebuild goes in chunks.
constexpr qsizetype ChunkDays = 2000;

// The month groups' upsert (below, twice: the removed group rows' sums, then the written ones').
#define TL_MONTH_INSERT                                                                                                \
    "INSERT INTO usage_group_months AS m (month, account_id, project, api_key_id, " TL_GROUP_SUM_COLUMNS ") "
#define TL_MONTH_CONFLICT                                                                                              \
    " ON CONFLICT (month, account_id, project, api_key_id) DO UPDATE SET input_tokens = m.input_tokens + "             \
    "excluded.input_tokens, cached_input_tokens = m.cached_input_tokens + excluded.cached_input_tokens, "              \
    "cache_write_tokens = m.cache_write_tokens + excluded.cache_write_tokens, output_tokens = m.output_tokens + "      \
    "excluded.output_tokens, requests = m.requests + excluded.requests, cost_nano = m.cost_nano + "                    \
    "excluded.cost_nano, unpriced_tokens = m.unpriced_tokens + excluded.unpriced_tokens, row_count = m.row_count + "   \
    "excluded.row_count;"

// tl_refresh_usage_rollups(accounts, days): the rollups of the account-days the two arrays name
// (unnested together), recomputed from their usage rows, as DetailRollups and
// rollups::refreshAccountDays do it on SQLite. A function of the schema, not an anonymous block:
// a session plans its statements once and keeps the plans (a DO block was parsed and planned anew
// at every flush). Every read of a touched day goes through the primary keys, which begin with
// (day, account_id): the usage rows are read per account-day in a LATERAL subquery that groups
// them (a nested loop the planner cannot turn into a scan), and the old rollup rows are found by
// joining the unnested days, never with `IN (SELECT … unnest …)` — the planner takes the array's
// rows for a set it knows nothing of and, as a sync grew the table, chose a full scan of usage for
// each rollup at every flush (the ingest slowed with the table's size: 41k rows/s over 1M dense rows).
// The usage rows of the touched days are read twice: once per model (usage_daily, the page buckets
// — one per model — and from those the page days and usage_account_daily), once per project and
// key (usage_group_days). The month groups move by the group rows removed and written (DELETE …
// RETURNING, INSERT … RETURNING; summed per month first, since one statement cannot change a row
// twice, and in key order, the same lock order in every writer). The projects and keys the touched
// days name go to usage_dims (the Usage page's filter choices) here, once per flush, not with every
// page of rows: names are never removed from it, so naming those of rows already there is a no-op.
// Sums of BIGINT are NUMERIC on PostgreSQL, stored back as BIGINT: exact.
const char *const RefreshFunction = R"sql(
CREATE FUNCTION tl_refresh_usage_rollups(tl_accounts bigint[], tl_days text[]) RETURNS void LANGUAGE plpgsql AS $tl$
BEGIN
DELETE FROM usage_daily r USING unnest(tl_accounts, tl_days) AS t (a, d) WHERE r.day = t.d AND r.account_id = t.a;
DELETE FROM usage_page_buckets r USING unnest(tl_accounts, tl_days) AS t (a, d) WHERE r.day = t.d AND r.account_id = t.a;
DELETE FROM usage_page_days r USING unnest(tl_accounts, tl_days) AS t (a, d) WHERE r.day = t.d AND r.account_id = t.a;
DELETE FROM usage_account_daily r USING unnest(tl_accounts, tl_days) AS t (a, d)
  WHERE r.day = t.d AND r.account_id = t.a;
WITH models AS MATERIALIZED (
  SELECT t.a AS account_id, t.d AS day, g.* FROM unnest(tl_accounts, tl_days) AS t (a, d) CROSS JOIN LATERAL (
    SELECT model, SUM(input_tokens) AS input_tokens, SUM(cached_input_tokens) AS cached_input_tokens,
      SUM(cache_write_5m_tokens + cache_write_1h_tokens) AS cache_write_tokens, SUM(output_tokens) AS output_tokens,
      SUM(requests) AS requests, COALESCE(SUM(cost_nano), 0) AS cost_nano,
      SUM(CASE WHEN cost_nano IS NULL THEN input_tokens + cached_input_tokens + cache_write_5m_tokens
        + cache_write_1h_tokens + output_tokens ELSE 0 END) AS unpriced_tokens,
      SUM(CASE WHEN cost_nano IS NULL THEN 1 ELSE 0 END) AS unpriced_rows, COUNT(*) AS row_count,
      MIN(input_tokens) AS input_lo, MAX(input_tokens) AS input_hi,
      MIN(cached_input_tokens) AS cached_lo, MAX(cached_input_tokens) AS cached_hi,
      MIN(cache_write_5m_tokens + cache_write_1h_tokens) AS write_lo,
      MAX(cache_write_5m_tokens + cache_write_1h_tokens) AS write_hi,
      MIN(output_tokens) AS output_lo, MAX(output_tokens) AS output_hi,
      MIN(requests) AS requests_lo, MAX(requests) AS requests_hi,
      CASE WHEN bool_or(cost_nano IS NULL) THEN NULL ELSE MIN(cost_nano) END AS cost_lo, MAX(cost_nano) AS cost_hi,
      MIN(project) AS project_lo, MAX(project) AS project_hi, MIN(api_key_id) AS key_lo, MAX(api_key_id) AS key_hi,
      MIN(cost_status) AS status_lo, MAX(cost_status) AS status_hi
    FROM usage WHERE day = t.d AND account_id = t.a GROUP BY model) AS g),
daily AS (INSERT INTO usage_daily (account_id, day, model, input_tokens, cached_input_tokens, cache_write_tokens,
    output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count)
  SELECT account_id, day, model, input_tokens, cached_input_tokens, cache_write_tokens, output_tokens, requests,
    cost_nano, unpriced_tokens, unpriced_rows, row_count FROM models),
buckets AS (INSERT INTO usage_page_buckets (account_id, day, model_lo, model_hi, input_lo, input_hi, cached_lo,
    cached_hi, write_lo, write_hi, output_lo, output_hi, requests_lo, requests_hi, cost_lo, cost_hi, project_lo,
    project_hi, key_lo, key_hi, status_lo, status_hi)
  SELECT account_id, day, model, model, input_lo, input_hi, cached_lo, cached_hi, write_lo, write_hi, output_lo,
    output_hi, requests_lo, requests_hi, cost_lo, cost_hi, project_lo, project_hi, key_lo, key_hi, status_lo,
    status_hi FROM models),
pages AS (INSERT INTO usage_page_days (account_id, day, model_lo, model_hi, input_lo, input_hi, cached_lo,
    cached_hi, write_lo, write_hi, output_lo, output_hi, requests_lo, requests_hi, cost_lo, cost_hi, project_lo,
    project_hi, key_lo, key_hi, status_lo, status_hi)
  SELECT account_id, day, MIN(model), MAX(model), MIN(input_lo), MAX(input_hi), MIN(cached_lo), MAX(cached_hi),
    MIN(write_lo), MAX(write_hi), MIN(output_lo), MAX(output_hi), MIN(requests_lo), MAX(requests_hi),
    CASE WHEN bool_or(cost_lo IS NULL) THEN NULL ELSE MIN(cost_lo) END, MAX(cost_hi), MIN(project_lo),
    MAX(project_hi), MIN(key_lo), MAX(key_hi), MIN(status_lo), MAX(status_hi) FROM models GROUP BY account_id, day)
INSERT INTO usage_account_daily (day, account_id, input_tokens, cached_input_tokens, cache_write_tokens,
    output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count)
  SELECT day, account_id, SUM(input_tokens), SUM(cached_input_tokens), SUM(cache_write_tokens), SUM(output_tokens),
    SUM(requests), SUM(cost_nano), SUM(unpriced_tokens), SUM(unpriced_rows), SUM(row_count)
  FROM models GROUP BY day, account_id;
WITH old AS (DELETE FROM usage_group_days r USING unnest(tl_accounts, tl_days) AS t (a, d)
    WHERE r.day = t.d AND r.account_id = t.a RETURNING r.*)
)sql" TL_MONTH_INSERT R"sql(
  SELECT substr(day, 1, 7), account_id, project, api_key_id, -SUM(input_tokens), -SUM(cached_input_tokens),
    -SUM(cache_write_tokens), -SUM(output_tokens), -SUM(requests), -SUM(cost_nano), -SUM(unpriced_tokens),
    -SUM(row_count)
  FROM old GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
)sql" TL_MONTH_CONFLICT R"sql(
WITH new AS (INSERT INTO usage_group_days (account_id, day, project, api_key_id, )sql" TL_GROUP_SUM_COLUMNS R"sql()
  SELECT t.a, t.d, g.* FROM unnest(tl_accounts, tl_days) AS t (a, d) CROSS JOIN LATERAL (
    SELECT project, api_key_id, SUM(input_tokens), SUM(cached_input_tokens),
      SUM(cache_write_5m_tokens + cache_write_1h_tokens), SUM(output_tokens), SUM(requests),
      COALESCE(SUM(cost_nano), 0), SUM(CASE WHEN cost_nano IS NULL THEN input_tokens + cached_input_tokens
        + cache_write_5m_tokens + cache_write_1h_tokens + output_tokens ELSE 0 END), COUNT(*)
    FROM usage WHERE day = t.d AND account_id = t.a GROUP BY project, api_key_id) AS g RETURNING *),
dims AS (INSERT INTO usage_dims (kind, value) SELECT kind, value FROM (SELECT 'project' AS kind, project AS value
    FROM new WHERE project <> '' UNION SELECT 'api_key', api_key_id FROM new WHERE api_key_id <> '') AS named
  ORDER BY kind, value ON CONFLICT DO NOTHING)
)sql" TL_MONTH_INSERT R"sql(
  SELECT substr(day, 1, 7), account_id, project, api_key_id, SUM(input_tokens), SUM(cached_input_tokens),
    SUM(cache_write_tokens), SUM(output_tokens), SUM(requests), SUM(cost_nano), SUM(unpriced_tokens), SUM(row_count)
  FROM new GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
)sql" TL_MONTH_CONFLICT R"sql(
DELETE FROM usage_group_months r USING (SELECT DISTINCT a, substr(d, 1, 7) AS month
    FROM unnest(tl_accounts, tl_days) AS t (a, d)) AS t
  WHERE r.month = t.month AND r.account_id = t.a AND r.row_count = 0;
END
$tl$)sql";

// usage_models' insert and delete triggers on usage_daily, once per statement over its rows (a
// transition table) instead of once per row: a refresh deletes and writes every usage_daily row of
// its days — 80 a day in the dense shape, each a trigger call and an upsert of usage_models. The
// same sums as the row triggers (rollupmigrations.cpp, version 13), summed per (account, model)
// first: rows with nothing unpriced still name their model, and add nothing. The update trigger
// stays per row: PostgreSQL keeps no transition tables for an UPDATE OF some columns (version 16).
const char *const StatementTriggers[] = {
    "DROP TRIGGER usage_models_insert ON usage_daily",
    "DROP FUNCTION usage_models_insert_fn()",
    "DROP TRIGGER usage_models_delete ON usage_daily",
    "DROP FUNCTION usage_models_delete_fn()",
    R"sql(CREATE FUNCTION usage_models_insert_fn() RETURNS trigger LANGUAGE plpgsql AS $tl$ BEGIN
INSERT INTO usage_models (account_id, model, unpriced_tokens, unpriced_rows)
  SELECT account_id, model, SUM(unpriced_tokens), SUM(unpriced_rows) FROM tl_new GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (account_id, model) DO UPDATE SET unpriced_tokens = usage_models.unpriced_tokens +
    excluded.unpriced_tokens, unpriced_rows = usage_models.unpriced_rows + excluded.unpriced_rows
  WHERE excluded.unpriced_rows <> 0 OR excluded.unpriced_tokens <> 0;
RETURN NULL; END $tl$)sql",
    "CREATE TRIGGER usage_models_insert AFTER INSERT ON usage_daily REFERENCING NEW TABLE AS tl_new FOR EACH "
    "STATEMENT EXECUTE FUNCTION usage_models_insert_fn()",
    R"sql(CREATE FUNCTION usage_models_delete_fn() RETURNS trigger LANGUAGE plpgsql AS $tl$ BEGIN
UPDATE usage_models m SET unpriced_tokens = m.unpriced_tokens - o.unpriced_tokens,
    unpriced_rows = m.unpriced_rows - o.unpriced_rows
  FROM (SELECT account_id, model, SUM(unpriced_tokens) AS unpriced_tokens, SUM(unpriced_rows) AS unpriced_rows
    FROM tl_old WHERE unpriced_rows <> 0 OR unpriced_tokens <> 0 GROUP BY 1, 2) AS o
  WHERE m.account_id = o.account_id AND m.model = o.model;
RETURN NULL; END $tl$)sql",
    "CREATE TRIGGER usage_models_delete AFTER DELETE ON usage_daily REFERENCING OLD TABLE AS tl_old FOR EACH "
    "STATEMENT EXECUTE FUNCTION usage_models_delete_fn()",
};

// usage_model_months' triggers (schema 23): what each statement inserts, deletes or updates in
// usage_daily, summed per (account, model, month) and added to (or taken from) its rows; a row left
// without usage goes. The delete trigger updates, never inserts: an account's removal cascades to
// usage_model_months too, and a month inserted back for it would fail its foreign key. SQLite's
// writers keep the table in their own code (ModelMonths).
const char *const MonthAdd =
    R"sql(ON CONFLICT (account_id, model, month) DO UPDATE SET input_tokens = m.input_tokens + excluded.input_tokens,
cached_input_tokens = m.cached_input_tokens + excluded.cached_input_tokens, cache_write_tokens =
m.cache_write_tokens + excluded.cache_write_tokens, output_tokens = m.output_tokens + excluded.output_tokens,
requests = m.requests + excluded.requests, cost_nano = m.cost_nano + excluded.cost_nano, unpriced_tokens =
m.unpriced_tokens + excluded.unpriced_tokens, unpriced_rows = m.unpriced_rows + excluded.unpriced_rows,
row_count = m.row_count + excluded.row_count;
)sql";
const char *const MonthDrop =
    R"sql(DELETE FROM usage_model_months m USING (SELECT DISTINCT account_id, model, substr(day, 1, 7) AS month FROM
tl_old) AS o WHERE m.account_id = o.account_id AND m.model = o.model AND m.month = o.month AND m.row_count =
0;
)sql";
// Each statement in parts, joined by createModelMonthTriggers.
const std::vector<std::vector<const char *>> ModelMonthTriggers = {
    {R"sql(CREATE FUNCTION usage_model_months_insert_fn() RETURNS trigger LANGUAGE plpgsql AS $tl$ BEGIN
INSERT INTO usage_model_months AS m (account_id, model, month, input_tokens, cached_input_tokens,
cache_write_tokens, output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count)
SELECT account_id, model, substr(day, 1, 7), SUM(input_tokens), SUM(cached_input_tokens),
SUM(cache_write_tokens), SUM(output_tokens), SUM(requests), SUM(cost_nano), SUM(unpriced_tokens),
SUM(unpriced_rows), SUM(row_count) FROM tl_new GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
)sql",
     MonthAdd, "RETURN NULL; END $tl$"},
    {"CREATE TRIGGER usage_model_months_insert AFTER INSERT ON usage_daily REFERENCING NEW TABLE AS tl_new FOR EACH "
     "STATEMENT EXECUTE FUNCTION usage_model_months_insert_fn()"},
    {R"sql(CREATE FUNCTION usage_model_months_delete_fn() RETURNS trigger LANGUAGE plpgsql AS $tl$ BEGIN
UPDATE usage_model_months m SET input_tokens = m.input_tokens - o.input_tokens, cached_input_tokens =
m.cached_input_tokens - o.cached_input_tokens, cache_write_tokens = m.cache_write_tokens -
o.cache_write_tokens, output_tokens = m.output_tokens - o.output_tokens, requests = m.requests - o.requests,
cost_nano = m.cost_nano - o.cost_nano, unpriced_tokens = m.unpriced_tokens - o.unpriced_tokens, unpriced_rows
= m.unpriced_rows - o.unpriced_rows, row_count = m.row_count - o.row_count FROM (SELECT account_id, model,
substr(day, 1, 7) AS month, SUM(input_tokens) AS input_tokens, SUM(cached_input_tokens) AS
cached_input_tokens, SUM(cache_write_tokens) AS cache_write_tokens, SUM(output_tokens) AS output_tokens,
SUM(requests) AS requests, SUM(cost_nano) AS cost_nano, SUM(unpriced_tokens) AS unpriced_tokens,
SUM(unpriced_rows) AS unpriced_rows, SUM(row_count) AS row_count FROM tl_old GROUP BY 1, 2, 3) AS o WHERE
m.account_id = o.account_id AND m.model = o.model AND m.month = o.month;
)sql",
     MonthDrop, "RETURN NULL; END $tl$"},
    {"CREATE TRIGGER usage_model_months_delete AFTER DELETE ON usage_daily REFERENCING OLD TABLE AS tl_old FOR EACH "
     "STATEMENT EXECUTE FUNCTION usage_model_months_delete_fn()"},
    {R"sql(CREATE FUNCTION usage_model_months_update_fn() RETURNS trigger LANGUAGE plpgsql AS $tl$ BEGIN
INSERT INTO usage_model_months AS m (account_id, model, month, input_tokens, cached_input_tokens,
cache_write_tokens, output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count)
SELECT account_id, model, month, SUM(input_tokens), SUM(cached_input_tokens), SUM(cache_write_tokens),
SUM(output_tokens), SUM(requests), SUM(cost_nano), SUM(unpriced_tokens), SUM(unpriced_rows), SUM(row_count)
FROM (SELECT account_id, model, substr(day, 1, 7) AS month, input_tokens, cached_input_tokens,
cache_write_tokens, output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count FROM tl_new
UNION ALL SELECT account_id, model, substr(day, 1, 7), -input_tokens, -cached_input_tokens,
-cache_write_tokens, -output_tokens, -requests, -cost_nano, -unpriced_tokens, -unpriced_rows, -row_count FROM
tl_old) AS d GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
)sql",
     MonthAdd, MonthDrop, "RETURN NULL; END $tl$"},
    {"CREATE TRIGGER usage_model_months_update AFTER UPDATE ON usage_daily REFERENCING OLD TABLE AS tl_old NEW TABLE "
     "AS tl_new FOR EACH STATEMENT EXECUTE FUNCTION usage_model_months_update_fn()"},
};

// "CAST('{…}' AS type[])" of `elements` (digits and dashes only: ids and re-written dates).
QString arrayOf(const QStringList &elements, const char *type)
{
    return QStringLiteral("CAST('{%1}' AS %2[])").arg(elements.join(u','), QLatin1String(type));
}

}   // namespace

bool createRollupFunctions(QSqlDatabase db, QString *error)
{
    if (!sql::exec(db, QString::fromUtf8(RefreshFunction).trimmed(), error))
        return false;
    for (const char *statement : StatementTriggers) {
        if (!sql::exec(db, QString::fromUtf8(statement), error))
            return false;
    }
    return true;
}

bool createModelMonthTriggers(QSqlDatabase db, QString *error)
{
    for (const std::vector<const char *> &parts : ModelMonthTriggers) {
        QString statement;
        for (const char *part : parts)
            statement += QString::fromUtf8(part);
        if (!sql::exec(db, statement, error))
            return false;
    }
    return true;
}

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
        // The days are re-written from their dates, so nothing but digits and dashes goes inside the
        // quotes; one round trip, unprepared (QPSQL's prepare would add a PREPARE and a DEALLOCATE).
        QStringList accounts;
        QStringList isoDays;
        for (const auto &[accountId, day] : days.mid(first, ChunkDays)) {
            accounts << QString::number(accountId);
            isoDays << isoDay(day);
        }
        QSqlQuery q(db);
        if (!execDirect(q,
                        QStringLiteral("SELECT tl_refresh_usage_rollups(%1, %2)")
                            .arg(arrayOf(accounts, "bigint"), arrayOf(isoDays, "text")),
                        error)) {
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
