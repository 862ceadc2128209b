// Schema versions 9–13, 16 and 18–23: the rollups and incremental checks of issue 15 (steps of migrations.cpp).
#include "detailrollups.h"
#include "migrationsteps.h"
#include "modelmonths.h"
#include "pgusage.h"
#include "schemadialect.h"
#include "sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl::migrations {

namespace {

// usage_models' triggers on usage_daily (versions 13 and 16). Adds NEW's unpriced values (when
// `changed`): an insert of a known pair with nothing unpriced only probes the key.
QString addUsageModel(const QString &changed)
{
    return QStringLiteral("INSERT INTO usage_models (account_id, model, unpriced_tokens, unpriced_rows) SELECT "
                          "NEW.account_id, NEW.model, NEW.unpriced_tokens, NEW.unpriced_rows WHERE %1 ON CONFLICT "
                          "(account_id, model) DO UPDATE SET unpriced_tokens = usage_models.unpriced_tokens + "
                          "excluded.unpriced_tokens, unpriced_rows = usage_models.unpriced_rows + "
                          "excluded.unpriced_rows WHERE excluded.unpriced_rows <> 0 OR excluded.unpriced_tokens "
                          "<> 0; ")
        .arg(changed);
}

QString removeUsageModel(const QString &changed)
{
    return QStringLiteral("UPDATE usage_models SET unpriced_tokens = unpriced_tokens - OLD.unpriced_tokens, "
                          "unpriced_rows = unpriced_rows - OLD.unpriced_rows WHERE (OLD.unpriced_rows <> 0 OR "
                          "OLD.unpriced_tokens <> 0) AND %1 AND account_id = OLD.account_id AND model = "
                          "OLD.model; ")
        .arg(changed);
}

// The update trigger, on `event` (UPDATE, or since version 16 UPDATE OF the columns it reads). An
// update that leaves the unpriced values (re-pricing a priced row) moves nothing.
QString usageModelsUpdateTrigger(const QString &event)
{
    const QString changed = QStringLiteral("(OLD.unpriced_rows <> NEW.unpriced_rows OR OLD.unpriced_tokens <> "
                                           "NEW.unpriced_tokens OR OLD.account_id <> NEW.account_id OR OLD.model <> "
                                           "NEW.model)");
    return QStringLiteral("CREATE TRIGGER usage_models_update AFTER %1 ON usage_daily BEGIN %2END")
        .arg(event, removeUsageModel(changed) + addUsageModel(changed));
}

}   // namespace

// Version 9: usage_dims, the distinct projects and API key ids the usage rows name, kept on write by
// UsageRepository (issue 15: the Usage page's filter choices were a full scan of the raw table at
// every start, 0.6 s at 1M rows). Filled once here from the rows there are.
bool upgradeTo9(QSqlDatabase db, QString *error)
{
    const char *const statements[] = {
        "CREATE TABLE usage_dims (kind TEXT NOT NULL CHECK (kind IN ('project', 'api_key')), value TEXT NOT NULL "
        "CHECK (value <> ''), PRIMARY KEY (kind, value)) WITHOUT ROWID",
        "INSERT OR IGNORE INTO usage_dims (kind, value) SELECT DISTINCT 'project', project FROM usage WHERE project <> "
        "''",
        "INSERT OR IGNORE INTO usage_dims (kind, value) SELECT DISTINCT 'api_key', api_key_id FROM usage "
        "WHERE api_key_id <> ''",
    };
    return execAll(db, statements, error);
}

// Version 10: usage_account_daily, usage_daily summed per (day, account) (issue 15: with 80 models a
// day the dashboard's 12-month reads grouped 320 usage_daily rows a day into 4). It is the grain spend
// is read at — a bill replaces the estimate per account and day, which no month-grain rollup can
// apply — and the one the Usage page's totals row is read at when no model, project, key or status
// is filtered on. Filled here from usage_daily; kept by rollups::refreshAccountDays for the
// (account, day)s every writer of usage_daily touched, in its savepoint.
bool upgradeTo10(QSqlDatabase db, QString *error)
{
    const char *const statements[] = {
        "CREATE TABLE usage_account_daily ("
        " day TEXT NOT NULL CHECK (length(day) = 10),"
        " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " input_tokens INTEGER NOT NULL,"
        " cached_input_tokens INTEGER NOT NULL,"
        " cache_write_tokens INTEGER NOT NULL,"
        " output_tokens INTEGER NOT NULL,"
        " requests INTEGER NOT NULL,"
        " cost_nano INTEGER NOT NULL CHECK (typeof(cost_nano) = 'integer'),"
        " unpriced_tokens INTEGER NOT NULL,"
        " unpriced_rows INTEGER NOT NULL,"
        " row_count INTEGER NOT NULL,"
        " PRIMARY KEY (day, account_id)) WITHOUT ROWID",
        "INSERT INTO usage_account_daily (day, account_id, input_tokens, cached_input_tokens, cache_write_tokens, "
        "output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count) SELECT day, account_id, "
        "SUM(input_tokens), SUM(cached_input_tokens), SUM(cache_write_tokens), SUM(output_tokens), SUM(requests), "
        "SUM(cost_nano), SUM(unpriced_tokens), SUM(unpriced_rows), SUM(row_count) FROM usage_daily "
        "GROUP BY day, account_id",
    };
    return execAll(db, statements, error);
}

// Version 11: the data-quality checks kept incremental (issue 15: checkDataQuality scanned every
// raw row at every start, 0.45 s at 1M rows, 4 s at 10M). Triggers on the per-account daily rollup —
// which every write of usage rows refreshes, whatever the path (version 10) — note the (account, day)s that changed
// in quality_dirty; the check looks at those days only and keeps what it found in quality_marks
// (normally empty: a row per account, model and day that has something to report). Every
// existing day is noted here, so the first check after the upgrade looks at everything once.
bool upgradeTo11(QSqlDatabase db, QString *error)
{
    const char *const statements[] = {
        "CREATE TABLE quality_dirty (account_id INTEGER NOT NULL, day TEXT NOT NULL, PRIMARY KEY (account_id, day)) "
        "WITHOUT ROWID",
        "CREATE TABLE quality_marks (kind TEXT NOT NULL CHECK (kind IN ('foreign', 'impossible', 'sources')), "
        "account_id INTEGER NOT NULL, model TEXT NOT NULL, day TEXT NOT NULL, rows INTEGER NOT NULL, "
        "sources TEXT NOT NULL DEFAULT '', PRIMARY KEY (kind, account_id, model, day)) WITHOUT ROWID",
        "CREATE INDEX quality_marks_day ON quality_marks (account_id, day)",
        "CREATE TRIGGER quality_dirty_insert AFTER INSERT ON usage_account_daily BEGIN "
        "INSERT OR IGNORE INTO quality_dirty (account_id, day) VALUES (NEW.account_id, NEW.day); END",
        "CREATE TRIGGER quality_dirty_update AFTER UPDATE ON usage_account_daily BEGIN "
        "INSERT OR IGNORE INTO quality_dirty (account_id, day) VALUES (NEW.account_id, NEW.day); END",
        "CREATE TRIGGER quality_dirty_delete AFTER DELETE ON usage_account_daily BEGIN "
        "INSERT OR IGNORE INTO quality_dirty (account_id, day) VALUES (OLD.account_id, OLD.day); END",
        "INSERT OR IGNORE INTO quality_dirty (account_id, day) SELECT account_id, day FROM usage_account_daily",
    };
    return execAll(db, statements, error);
}

// Version 12: the detail rollups the Usage page's sorts and `report --by project|key` read (issue 15:
// 2 s and 9.7 s at 10M rows from the raw table), kept on write by UsageRepository
// (storage/detailrollups.h), filled once here from every account-day usage_daily names.
// A PostgreSQL database is created at this version, empty (pgschema.h): nothing to fill there.
bool upgradeTo12(QSqlDatabase db, QString *error)
{
    if (!DetailRollups::createTables(db, error))
        return false;
    if (sql::dialectOf(db) == sql::Dialect::Postgres)
        return true;
    DetailRollups rollups(false);   // usage_models comes with version 13, filled from usage_daily
    return rollups.rebuild(db, error);
}

// Version 13: usage_models, each (account, model) the usage rows have named, with its unpriced tokens
// and row counts over the whole history (issue 15: the Usage page's model choices, the
// unpriced-model alert rule and the Pricing page each grouped every usage_daily row at start-up —
// 115 ms, ~300 ms at 1M dense rows, seconds at 10M). Kept by triggers on usage_daily (the insert
// trigger by the writers' code since version 20), so every writer of the daily rollup (UsageRepository::refreshRollups,
// CostChanges, a rebuild) keeps it in its own transaction: the unpriced sums exact, and a model stays once named (like
// usage_dims: a model whose rows were all removed stays a choice that matches nothing) — counting its days exactly
// would cost an update for every usage_daily row each write deletes and writes again. The conditions sit in the trigger
// bodies (PostgreSQL's translation takes no WHEN clause). Filled here from usage_daily. Also costs_manual: the
// after-change step reads and replaces the manual charges (`source = 'manual'`) at every start and change, which
// scanned every billed cost line; the partial index holds those only. And quality_mark_totals: the marks' row and day
// counts per kind, account and model, kept by triggers on quality_marks, so the findings (at every after-change step
// and on the Usage page's quality tab) read one row per finding instead of grouping every marked day — a model of
// another vendor on a gateway is marked every day: 125,000 marks and 145 ms at 10M dense rows.
bool upgradeTo13(QSqlDatabase db, QString *error)
{
    const QString always = QStringLiteral("TRUE");
    const QString trigger = QStringLiteral("CREATE TRIGGER usage_models_%1 AFTER %2 ON usage_daily BEGIN %3END");
    const QString markTrigger =
        QStringLiteral("CREATE TRIGGER quality_mark_totals_%1 AFTER %2 ON quality_marks BEGIN %3END");
    const QString addMark = QStringLiteral(
        "INSERT INTO quality_mark_totals (kind, account_id, model, rows, days) VALUES (NEW.kind, NEW.account_id, "
        "NEW.model, NEW.rows, 1) ON CONFLICT (kind, account_id, model) DO UPDATE SET rows = quality_mark_totals.rows "
        "+ excluded.rows, days = quality_mark_totals.days + 1; ");
    const QString removeMark = QStringLiteral(
        "UPDATE quality_mark_totals SET rows = rows - OLD.rows, days = days - 1 WHERE kind = OLD.kind AND account_id "
        "= OLD.account_id AND model = OLD.model; DELETE FROM quality_mark_totals WHERE kind = OLD.kind AND account_id "
        "= OLD.account_id AND model = OLD.model AND days = 0; ");
    const QString statements[] = {
        QStringLiteral("CREATE TABLE usage_models (account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE "
                       "CASCADE, model TEXT NOT NULL, unpriced_tokens INTEGER NOT NULL, unpriced_rows INTEGER NOT "
                       "NULL, PRIMARY KEY (account_id, model)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO usage_models (account_id, model, unpriced_tokens, unpriced_rows) SELECT "
                       "account_id, model, SUM(unpriced_tokens), SUM(unpriced_rows) FROM usage_daily GROUP BY "
                       "account_id, model"),
        trigger.arg(QStringLiteral("insert"), QStringLiteral("INSERT"), addUsageModel(always)),
        trigger.arg(QStringLiteral("delete"), QStringLiteral("DELETE"), removeUsageModel(always)),
        usageModelsUpdateTrigger(QStringLiteral("UPDATE")),
        QStringLiteral("CREATE INDEX costs_manual ON costs (source, day, amount_nano) WHERE source = 'manual'"),
        QStringLiteral("CREATE TABLE quality_mark_totals (kind TEXT NOT NULL, account_id INTEGER NOT NULL, model TEXT "
                       "NOT NULL, rows INTEGER NOT NULL, days INTEGER NOT NULL, PRIMARY KEY (kind, account_id, "
                       "model)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO quality_mark_totals (kind, account_id, model, rows, days) SELECT kind, account_id, "
                       "model, SUM(rows), COUNT(*) FROM quality_marks GROUP BY kind, account_id, model"),
        markTrigger.arg(QStringLiteral("insert"), QStringLiteral("INSERT"), addMark),
        markTrigger.arg(QStringLiteral("delete"), QStringLiteral("DELETE"), removeMark),
        markTrigger.arg(QStringLiteral("update"), QStringLiteral("UPDATE"), removeMark + addMark),
    };
    for (const QString &statement : statements) {
        if (!sql::execSchema(db, statement, error))
            return false;
    }
    return true;
}

// Version 16: usage_models' update trigger only on an update that names the columns it reads. Its
// body already did nothing when they kept their values, but SQLite (and PostgreSQL) still ran it for
// every usage_daily row re-pricing rewrites — about as much again as the row's own update. The cost
// differences of re-pricing (CostChanges::apply) leave the unpriced columns out of the SET when they
// do not change, so the trigger is skipped.
bool upgradeTo16(QSqlDatabase db, QString *error)
{
    const bool postgres = sql::dialectOf(db) == sql::Dialect::Postgres;
    // PostgreSQL's translation made the trigger a function of its own (schemadialect.cpp).
    const QString drops[] = {
        postgres ? QStringLiteral("DROP TRIGGER usage_models_update ON usage_daily")
                 : QStringLiteral("DROP TRIGGER usage_models_update"),
        postgres ? QStringLiteral("DROP FUNCTION usage_models_update_fn()") : QString(),
    };
    for (const QString &statement : drops) {
        if (!statement.isEmpty() && !sql::execSchema(db, statement, error))
            return false;
    }
    return sql::execSchema(
        db, usageModelsUpdateTrigger(QStringLiteral("UPDATE OF unpriced_tokens, unpriced_rows, account_id, model")),
        error);
}

// Version 18: usage's check of cost_status compares with each of its three values instead of
// `IN (…)`. SQLite (3.40, the system library) fills an in-memory table with an IN list of more
// than two values for every row a statement writes, to test one value against it: about 22 of the
// ~115 VM steps an inserted usage row took, and a sixth of an ingest's time. Same meaning, so the
// stored rows satisfy it: SQLite's documented way to change a CHECK without rebuilding the table
// (a 10M-row copy) edits the stored CREATE TABLE and bumps schema_version, inside the upgrade's
// transaction. PostgreSQL evaluates IN without a table: nothing to change there.
bool upgradeTo18(QSqlDatabase db, QString *error)
{
    if (sql::dialectOf(db) == sql::Dialect::Postgres)
        return true;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA schema_version")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    const qint64 schemaVersion = q.value(0).toLongLong();
    q.finish();
    const QString statements[] = {
        QStringLiteral("PRAGMA writable_schema = ON"),
        QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, "
                       "'cost_status IN (''estimated'', ''reported'', ''unpriced'')', "
                       "'(cost_status = ''estimated'' OR cost_status = ''reported'' OR cost_status = ''unpriced'')') "
                       "WHERE type = 'table' AND name = 'usage'"),
        QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1),
        QStringLiteral("PRAGMA writable_schema = OFF"),
    };
    for (const QString &statement : statements) {
        if (!sql::exec(db, statement, error)) {
            QString ignored;
            sql::exec(db, QStringLiteral("PRAGMA writable_schema = OFF"), &ignored);
            return false;
        }
    }
    return true;
}

// Version 19, PostgreSQL only (issue 16: its ingest missed 50k rows/s): the rollup refresh of
// touched account-days becomes a function of the schema, tl_refresh_usage_rollups, so each session
// plans it once (an anonymous block was planned at every flush) and reads the touched days by key
// (pgrollups.cpp), and usage_models' insert and delete triggers run once per statement. SQLite
// keeps its own refresh (DetailRollups, rollups.h) and row triggers: nothing changes there.
bool upgradeTo19(QSqlDatabase db, QString *error)
{
    if (sql::dialectOf(db) != sql::Dialect::Postgres)
        return true;
    return pgusage::createRollupFunctions(db, error);
}

// Version 20, SQLite only (issue 15: a dense append missed 300k rows/s): usage_models' insert
// trigger on usage_daily goes. For each inserted usage_daily row it ran a sub-program and an upsert
// of usage_models, about a third of the daily rollup's insert with 80 models a day; the writers of
// usage_daily keep the table in their own code instead (UsageModels, usagemodels.h), a new day's
// model once per pair. The delete and update triggers stay. PostgreSQL's triggers run once per
// statement (version 19): nothing changes there.
bool upgradeTo20(QSqlDatabase db, QString *error)
{
    if (sql::dialectOf(db) == sql::Dialect::Postgres)
        return true;
    return sql::execSchema(db, QStringLiteral("DROP TRIGGER usage_models_insert"), error);
}

// Version 21 (issue 15: a dense append still missed 300k rows/s): usage_daily's index on
// (account_id, day) goes. Every usage_daily row written (a third of a dense append's rows) was a
// second B-tree insert for it — 5-6 % of a dense append — and the reads that chose it did worse
// with it than without: a model's totals over an account's history scanned the account's entries
// (63-77 ms at 1M dense rows, 30-41 ms by the key's day range), which now seek each account-day of
// the model instead (usagetable.cpp, 5-7 ms). The other reads of usage_daily name the day first
// (its key); an agent account's month reads usage_account_daily. Deleting an account scans
// usage_daily for its rows, as it already scanned `usage`.
bool upgradeTo21(QSqlDatabase db, QString *error)
{
    return sql::execSchema(db, QStringLiteral("DROP INDEX IF EXISTS usage_daily_account"), error);
}

// Version 22 (issue 15: one model of one account over a long history): usage_page_days gains an
// index on (account_id, day) that holds the models' span. The Usage page finds a model's days from
// usage_page_days (usagetable.cpp modelDays); under an account filter its key, day first, read
// every account's days of the range — 43,100 wide rows for one account's 10,775 at 10M sparse rows
// (12 ms in sqlite3; the one-model totals row there went 22 → 13 ms warm, 45 → 34 ms first call).
// One index entry per account-day (4 a day against 232-960 rows) costs the writers nothing
// measurable.
bool upgradeTo22(QSqlDatabase db, QString *error)
{
    return sql::execSchema(db,
                           QStringLiteral("CREATE INDEX usage_page_days_account ON usage_page_days "
                                          "(account_id, day, model_lo, model_hi)"),
                           error);
}

// Version 23 (issue 15: the Usage page's totals row for one model of one account took 60 ms at 10M
// dense rows — a seek into usage_daily for each of its 10,416 days): usage_model_months, usage_daily's
// sums per (account, model, month). The totals row adds up the range's whole months from it and its
// edge months' days from usage_daily (usagetable.cpp). Kept by every writer of usage_daily in its own
// transaction: on SQLite in the writers' code (ModelMonths: a day's models are already in memory,
// a trigger would cost a sub-program per row), on PostgreSQL by statement triggers. Filled here from
// usage_daily.
bool upgradeTo23(QSqlDatabase db, QString *error)
{
    const QString table = QStringLiteral(
        "CREATE TABLE usage_model_months (account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "
        "model TEXT NOT NULL, month TEXT NOT NULL CHECK (length(month) = 7), input_tokens INTEGER NOT NULL, "
        "cached_input_tokens INTEGER NOT NULL, cache_write_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL, "
        "requests INTEGER NOT NULL, cost_nano INTEGER NOT NULL, unpriced_tokens INTEGER NOT NULL, unpriced_rows "
        "INTEGER NOT NULL, row_count INTEGER NOT NULL, CHECK (typeof(input_tokens) = 'integer' AND "
        "typeof(cached_input_tokens) = 'integer' AND typeof(cache_write_tokens) = 'integer' AND "
        "typeof(output_tokens) = 'integer' AND typeof(requests) = 'integer' AND typeof(cost_nano) = 'integer' AND "
        "typeof(unpriced_tokens) = 'integer' AND typeof(unpriced_rows) = 'integer' AND typeof(row_count) = "
        "'integer'), PRIMARY KEY (account_id, model, month)) WITHOUT ROWID");
    return sql::execSchema(db, table, error) && ModelMonths::rebuild(db, error) &&
           (sql::dialectOf(db) != sql::Dialect::Postgres || pgusage::createModelMonthTriggers(db, error));
}

}   // namespace tl::migrations
