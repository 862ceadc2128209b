#include "migrations.h"

#include "migrationsteps.h"
#include "schemadialect.h"

#include <QStringList>

namespace tl::migrations {

namespace {

// Schema version 1. Money columns are INTEGER nano-USD and CHECKed to stay integers, so an
// arithmetic overflow inside SQLite (which would turn into a REAL) fails loudly instead.
// Days are 'YYYY-MM-DD' UTC text.
const char *const SchemaV1[] = {
    R"(CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        provider TEXT NOT NULL,
        label TEXT NOT NULL,
        organization TEXT NOT NULL DEFAULT '',
        base_url TEXT NOT NULL DEFAULT '',
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        created_at TEXT NOT NULL,
        last_sync_at TEXT,
        last_success_at TEXT,
        last_error TEXT,
        consecutive_failures INTEGER NOT NULL DEFAULT 0
    ))",
    // One B-tree keyed by the natural key (WITHOUT ROWID): an upsert touches a single tree.
    // Day first: syncs and imports arrive day by day, so new keys land at the end of the tree
    // (fast appends), and date-range reads over all accounts walk one contiguous range.
    // `revision` counts how often a provider revised the bucket (upserts that changed it).
    R"(CREATE TABLE usage (
        day TEXT NOT NULL CHECK (length(day) = 10),
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        project TEXT NOT NULL DEFAULT '',
        api_key_id TEXT NOT NULL DEFAULT '',
        service_tier TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT 'api',
        input_tokens INTEGER NOT NULL DEFAULT 0 CHECK (input_tokens >= 0),
        cached_input_tokens INTEGER NOT NULL DEFAULT 0 CHECK (cached_input_tokens >= 0),
        cache_write_5m_tokens INTEGER NOT NULL DEFAULT 0 CHECK (cache_write_5m_tokens >= 0),
        cache_write_1h_tokens INTEGER NOT NULL DEFAULT 0 CHECK (cache_write_1h_tokens >= 0),
        output_tokens INTEGER NOT NULL DEFAULT 0 CHECK (output_tokens >= 0),
        requests INTEGER NOT NULL DEFAULT 0 CHECK (requests >= 0),
        cost_nano INTEGER CHECK (cost_nano IS NULL OR typeof(cost_nano) = 'integer'),
        cost_status TEXT NOT NULL CHECK (cost_status IN ('estimated', 'reported', 'unpriced')),
        revision INTEGER NOT NULL DEFAULT 0,
        CHECK ((cost_status = 'unpriced') = (cost_nano IS NULL)),
        PRIMARY KEY (day, account_id, model, project, api_key_id, service_tier, source)
    ) WITHOUT ROWID)",
    // Daily rollup per account and model, recomputed from `usage` by the upsert path for every
    // (account, day) a batch touches, so dashboard queries never scan the raw table.
    R"(CREATE TABLE usage_daily (
        day TEXT NOT NULL,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        input_tokens INTEGER NOT NULL,
        cached_input_tokens INTEGER NOT NULL,
        cache_write_tokens INTEGER NOT NULL,
        output_tokens INTEGER NOT NULL,
        requests INTEGER NOT NULL,
        cost_nano INTEGER NOT NULL CHECK (typeof(cost_nano) = 'integer'),
        unpriced_tokens INTEGER NOT NULL,
        unpriced_rows INTEGER NOT NULL,
        row_count INTEGER NOT NULL,
        PRIMARY KEY (day, account_id, model)
    ) WITHOUT ROWID)",
    R"(CREATE INDEX usage_daily_account ON usage_daily (account_id, day))",
    R"(CREATE TABLE costs (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        day TEXT NOT NULL CHECK (length(day) = 10),
        line_item TEXT NOT NULL,
        project TEXT NOT NULL DEFAULT '',
        api_key_id TEXT NOT NULL DEFAULT '',
        currency TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
        source TEXT NOT NULL DEFAULT 'api',
        amount_nano INTEGER NOT NULL CHECK (typeof(amount_nano) = 'integer')
    ))",
    R"(CREATE UNIQUE INDEX costs_natural_key
        ON costs (account_id, day, line_item, project, api_key_id, currency, source))",
    R"(CREATE INDEX costs_day ON costs (day))",
    R"(CREATE TABLE sync_runs (
        id INTEGER PRIMARY KEY,
        account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        trigger TEXT NOT NULL CHECK (trigger IN ('manual', 'scheduled', 'startup', 'cli')),
        status TEXT NOT NULL CHECK (status IN ('running', 'success', 'partial', 'failed', 'cancelled')),
        started_at TEXT NOT NULL,
        finished_at TEXT,
        window_from TEXT,
        window_to TEXT,
        created_count INTEGER NOT NULL DEFAULT 0,
        updated_count INTEGER NOT NULL DEFAULT 0,
        unchanged_count INTEGER NOT NULL DEFAULT 0,
        duration_ms INTEGER,
        error_kind TEXT,
        message TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE INDEX sync_runs_started ON sync_runs (started_at))",
    R"(CREATE INDEX sync_runs_account ON sync_runs (account_id, started_at))",
    R"(CREATE TABLE price_overrides (
        id INTEGER PRIMARY KEY,
        provider TEXT NOT NULL,
        model TEXT NOT NULL,
        effective_from TEXT NOT NULL CHECK (length(effective_from) = 10),
        input_per_mtok_nano INTEGER CHECK (input_per_mtok_nano IS NULL OR input_per_mtok_nano >= 0),
        cached_input_per_mtok_nano INTEGER CHECK (cached_input_per_mtok_nano IS NULL OR cached_input_per_mtok_nano >= 0),
        cache_write_5m_per_mtok_nano INTEGER CHECK (cache_write_5m_per_mtok_nano IS NULL OR cache_write_5m_per_mtok_nano >= 0),
        cache_write_1h_per_mtok_nano INTEGER CHECK (cache_write_1h_per_mtok_nano IS NULL OR cache_write_1h_per_mtok_nano >= 0),
        output_per_mtok_nano INTEGER CHECK (output_per_mtok_nano IS NULL OR output_per_mtok_nano >= 0),
        per_request_nano INTEGER CHECK (per_request_nano IS NULL OR per_request_nano >= 0),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (provider, model, effective_from)
    ))",
    R"(CREATE TABLE budgets (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        scope TEXT NOT NULL CHECK (scope IN ('all', 'provider', 'account')),
        scope_value TEXT NOT NULL DEFAULT '',
        period TEXT NOT NULL DEFAULT 'month' CHECK (period IN ('month')),
        amount_nano INTEGER NOT NULL CHECK (typeof(amount_nano) = 'integer' AND amount_nano > 0),
        thresholds TEXT NOT NULL DEFAULT '50,80,100',
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        created_at TEXT NOT NULL
    ))",
    R"(CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
        dedup_key TEXT NOT NULL UNIQUE,
        budget_id INTEGER REFERENCES budgets(id) ON DELETE SET NULL,
        account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        period TEXT,
        title TEXT NOT NULL,
        message TEXT NOT NULL,
        created_at TEXT NOT NULL,
        read_at TEXT,
        acknowledged_at TEXT
    ))",
    R"(CREATE INDEX alerts_created ON alerts (created_at))",
};

// Version 2: price catalogs loaded by "tokenledger pricing update"; the newest row is active,
// older rows stay as history.
bool upgradeTo2(QSqlDatabase db, QString *error)
{
    return sql::execSchema(db,
                           QStringLiteral("CREATE TABLE price_catalogs ("
                                          " id INTEGER PRIMARY KEY,"
                                          " origin TEXT NOT NULL,"
                                          " data_date TEXT NOT NULL DEFAULT '',"
                                          " sha256 TEXT NOT NULL,"
                                          " loaded_at TEXT NOT NULL,"
                                          " model_count INTEGER NOT NULL,"
                                          " content BLOB NOT NULL)"),
                           error);
}

// Version 3: balances and credits providers report (never spend history), per currency; and
// archived accounts (removed by the user, history kept).
bool upgradeTo3(QSqlDatabase db, QString *error)
{
    return sql::execSchema(db, QStringLiteral("ALTER TABLE accounts ADD COLUMN archived INTEGER NOT NULL DEFAULT 0"),
                           error) &&
           sql::execSchema(db,
                           QStringLiteral("CREATE TABLE balances ("
                                          " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                                          " currency TEXT NOT NULL CHECK (length(currency) = 3),"
                                          " kind TEXT NOT NULL,"
                                          " amount_nano INTEGER NOT NULL CHECK (typeof(amount_nano) = 'integer'),"
                                          " fetched_at TEXT NOT NULL,"
                                          " PRIMARY KEY (account_id, currency, kind))"),
                           error);
}

// Version 4: manual entries (seat licences, subscriptions, a GPU box): a monthly amount or a
// one-off, materialised as `costs` rows with source 'manual' so every total includes them.
bool upgradeTo4(QSqlDatabase db, QString *error)
{
    return sql::execSchema(db,
                           QStringLiteral("CREATE TABLE manual_entries ("
                                          " id INTEGER PRIMARY KEY,"
                                          " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                                          " label TEXT NOT NULL,"
                                          " recurrence TEXT NOT NULL CHECK (recurrence IN ('monthly', 'once')),"
                                          " amount_nano INTEGER NOT NULL CHECK (typeof(amount_nano) = 'integer' AND "
                                          "amount_nano >= 0),"
                                          " start_day TEXT NOT NULL CHECK (length(start_day) = 10),"
                                          " end_day TEXT CHECK (end_day IS NULL OR length(end_day) = 10),"
                                          " note TEXT NOT NULL DEFAULT '',"
                                          " created_at TEXT NOT NULL)"),
                           error);
}

// Version 5: key references and ids that are never reused (issue 11).
// - key_ref names the account's keychain entry ("key-<ref>"): random, unique, never derived from
//   the row id another database can also have. Existing accounts keep their old entry name in
//   legacy_key_entry until migrateLegacyKeys() has moved the key (core/secrets/accountkeys.h).
// - allow_insecure_http records that the user explicitly allowed plain http to another machine.
// - id_high_water remembers the highest account id ever given, so a removed account's id (and
//   anything named after it) is never handed to a new account.
// - Account health comes from the run history alone: the summary columns go.
bool upgradeTo5(QSqlDatabase db, QString *error)
{
    const char *const statements[] = {
        "ALTER TABLE accounts ADD COLUMN key_ref TEXT",
        "ALTER TABLE accounts ADD COLUMN legacy_key_entry TEXT",
        "ALTER TABLE accounts ADD COLUMN allow_insecure_http INTEGER NOT NULL DEFAULT 0 "
        "CHECK (allow_insecure_http IN (0, 1))",
        "UPDATE accounts SET key_ref = lower(hex(randomblob(16))), legacy_key_entry = 'account-' || id",
        "CREATE UNIQUE INDEX accounts_key_ref ON accounts (key_ref)",
        "CREATE TABLE id_high_water (name TEXT PRIMARY KEY, last_id INTEGER NOT NULL)",
        "INSERT INTO id_high_water (name, last_id) SELECT 'accounts', COALESCE(MAX(id), 0) FROM accounts",
        "CREATE TRIGGER accounts_high_water AFTER INSERT ON accounts BEGIN "
        "UPDATE id_high_water SET last_id = MAX(last_id, NEW.id) WHERE name = 'accounts'; END",
        // Re-pricing still owed after a price change (committed with the change, worked off in
        // chunks, so a sync never waits for a long re-pricing and a crash loses nothing).
        "CREATE TABLE reprice_pending (provider TEXT NOT NULL, model_key TEXT NOT NULL, "
        "generation INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (provider, model_key))",
        "ALTER TABLE accounts DROP COLUMN last_sync_at",
        "ALTER TABLE accounts DROP COLUMN last_success_at",
        "ALTER TABLE accounts DROP COLUMN last_error",
        "ALTER TABLE accounts DROP COLUMN consecutive_failures",
    };
    return execAll(db, statements, error);
}

// Version 6: import history with undo (issue 12). `imports` records every CSV import; an
// `import_rows` entry per record an import wrote holds the key and the values the row had before
// (had_previous = 0: the import created it), so removing an import restores exactly that.
bool upgradeTo6(QSqlDatabase db, QString *error)
{
    const char *const statements[] = {
        "CREATE TABLE imports ("
        " id INTEGER PRIMARY KEY,"
        " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " file_name TEXT NOT NULL,"
        " file_size INTEGER NOT NULL DEFAULT 0,"
        " sha256 TEXT NOT NULL DEFAULT '',"
        " format TEXT NOT NULL,"
        " imported_at TEXT NOT NULL,"
        " rows_read INTEGER NOT NULL DEFAULT 0,"
        " rows_good INTEGER NOT NULL DEFAULT 0,"
        " rows_bad INTEGER NOT NULL DEFAULT 0,"
        " rows_skipped INTEGER NOT NULL DEFAULT 0,"
        " first_day TEXT,"
        " last_day TEXT,"
        " usage_created INTEGER NOT NULL DEFAULT 0,"
        " usage_updated INTEGER NOT NULL DEFAULT 0,"
        " usage_unchanged INTEGER NOT NULL DEFAULT 0,"
        " costs_created INTEGER NOT NULL DEFAULT 0,"
        " costs_updated INTEGER NOT NULL DEFAULT 0,"
        " costs_unchanged INTEGER NOT NULL DEFAULT 0,"
        " removed_at TEXT)",
        "CREATE INDEX imports_account ON imports (account_id, sha256)",
        "CREATE TABLE import_rows ("
        " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
        " seq INTEGER NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN ('usage', 'cost')),"
        " day TEXT NOT NULL,"
        " item TEXT NOT NULL,"   // usage: model; cost: line item
        " project TEXT NOT NULL,"
        " api_key_id TEXT NOT NULL,"
        " variant TEXT NOT NULL,"   // usage: service tier; cost: currency
        " had_previous INTEGER NOT NULL CHECK (had_previous IN (0, 1)),"
        " prev_input INTEGER, prev_cached INTEGER, prev_write_5m INTEGER, prev_write_1h INTEGER,"
        " prev_output INTEGER, prev_requests INTEGER,"
        " prev_cost_nano INTEGER CHECK (prev_cost_nano IS NULL OR typeof(prev_cost_nano) = 'integer'),"
        " prev_cost_status TEXT,"
        " PRIMARY KEY (import_id, seq))",
        "CREATE INDEX import_rows_key ON import_rows (kind, day, item, project, api_key_id, variant)",
    };
    return execAll(db, statements, error);
}

// Version 7: coding-agent logs (issue 13).
// - accounts.billing: how an account is paid. 'subscription' usage is value at API prices, never
//   spend (its fee is a monthly manual entry); 'api' usage is estimated spend.
// - accounts.billed_by_account: an API-key agent account whose requests another account's bill
//   already holds (the organisation is synced from the admin API): the bill wins, the agent's usage
//   is shown as the overlap, never added twice.
// - accounts.window_alert_percent: alert when an agent account's active 5-hour window is projected
//   past this percentage of its highest earlier window (0: off), once per window.
// - agent_folders: the folders an agent account reads (editable; several for Claude Code).
// - agent_files: how far each log file was read (size, modification time, byte offset, a hash of its
//   head to notice a replaced file) and the reader's saved state, so a re-import reads only what
//   was appended.
// - agent_requests: one row per request the logs record, keyed by the request's identity, so a
//   replayed or re-read request is never counted twice and history outlives deleted logs. The usage
//   rows of an agent account (source 'agent') are rebuilt from it per day.
bool upgradeTo7(QSqlDatabase db, QString *error)
{
    const char *const statements[] = {
        "ALTER TABLE accounts ADD COLUMN billing TEXT NOT NULL DEFAULT 'api' "
        "CHECK (billing IN ('api', 'subscription'))",
        "ALTER TABLE accounts ADD COLUMN billed_by_account INTEGER REFERENCES accounts(id) ON DELETE SET NULL",
        "ALTER TABLE accounts ADD COLUMN window_alert_percent INTEGER NOT NULL DEFAULT 0 "
        "CHECK (window_alert_percent BETWEEN 0 AND 1000)",
        "CREATE TABLE agent_folders ("
        " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " folder TEXT NOT NULL,"
        " PRIMARY KEY (account_id, folder)) WITHOUT ROWID",
        "CREATE TABLE agent_files ("
        " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " path TEXT NOT NULL,"
        " size INTEGER NOT NULL,"
        " mtime_ms INTEGER NOT NULL,"
        " offset INTEGER NOT NULL,"
        " head_length INTEGER NOT NULL,"
        " head_hash TEXT NOT NULL,"
        " state BLOB,"
        " requests INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (account_id, path)) WITHOUT ROWID",
        "CREATE TABLE agent_requests ("
        " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " request_key TEXT NOT NULL,"
        " at_ms INTEGER NOT NULL,"
        " day TEXT NOT NULL CHECK (length(day) = 10),"
        " model TEXT NOT NULL,"
        " session TEXT NOT NULL DEFAULT '',"
        " project TEXT NOT NULL DEFAULT '',"
        " git_branch TEXT NOT NULL DEFAULT '',"
        " sidechain INTEGER NOT NULL DEFAULT 0,"
        " input INTEGER NOT NULL CHECK (input >= 0),"
        " cache_read INTEGER NOT NULL CHECK (cache_read >= 0),"
        " cache_write_5m INTEGER NOT NULL CHECK (cache_write_5m >= 0),"
        " cache_write_1h INTEGER NOT NULL CHECK (cache_write_1h >= 0),"
        " output INTEGER NOT NULL CHECK (output >= 0),"
        " reasoning INTEGER NOT NULL DEFAULT 0,"
        " web_searches INTEGER NOT NULL DEFAULT 0,"
        // Clustered by day: a file's requests arrive in time order (appends land together), and
        // rebuilding a day's usage rows reads one contiguous range. The identity is unique on its own.
        " PRIMARY KEY (account_id, day, request_key)) WITHOUT ROWID",
        "CREATE UNIQUE INDEX agent_requests_key ON agent_requests (account_id, request_key)",
        "CREATE TABLE agent_rate_limits ("
        " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " observed_ms INTEGER NOT NULL,"
        " plan TEXT NOT NULL DEFAULT '',"
        " primary_percent_milli INTEGER, primary_minutes INTEGER, primary_resets_ms INTEGER,"
        " secondary_percent_milli INTEGER, secondary_minutes INTEGER, secondary_resets_ms INTEGER,"
        " PRIMARY KEY (account_id))",
    };
    return execAll(db, statements, error);
}

// Version 8: alerts in the user's language (issue 14). `alerts.params` holds the values an alert
// is about (budget name, amounts in nano-USD, percent, account label, model, day, ...) as JSON;
// its title and message are rendered from kind and params when shown, through the translations,
// and stored empty. Rows stored before (params NULL) keep showing their stored English text.
bool upgradeTo8(QSqlDatabase db, QString *error)
{
    return sql::execSchema(db, QStringLiteral("ALTER TABLE alerts ADD COLUMN params TEXT"), error);
}

// Version 14: sync-run messages in the user's language (issue 17). `sync_runs.message_params` holds
// what a run says as a code and its values (JSON, core/sync/syncruntext.h), put into words when
// shown; `message` keeps the English text. Runs stored before (params NULL) show their message.
bool upgradeTo14(QSqlDatabase db, QString *error)
{
    return sql::execSchema(db, QStringLiteral("ALTER TABLE sync_runs ADD COLUMN message_params TEXT"), error);
}

// Version 15: who ran each sync (issue 16). `sync_runs.synced_by` is "user@host" of the process
// that ran it (a desktop or a headless sync host), so a team sees which desktop syncs an account
// and who synced it last. Runs stored before say nothing (NULL).
bool upgradeTo15(QSqlDatabase db, QString *error)
{
    return sql::execSchema(db, QStringLiteral("ALTER TABLE sync_runs ADD COLUMN synced_by TEXT"), error);
}

// Version 17: whose computer a coding-agent account reads (issue 16). `accounts.agent_owner` is
// "user@host" (thisSyncIdentity) of the desktop whose logs the account holds. A team database is
// shared but every desktop's logs are its own: each desktop imports only the agent accounts it owns
// and makes its own, instead of reading a teammate's folders and progress. A personal ledger keeps
// reading every agent account whoever is named (a renamed computer is still the same person).
// NULL: not an agent account, or one made before; the first desktop that imports it claims it.
bool upgradeTo17(QSqlDatabase db, QString *error)
{
    return sql::execSchema(db, QStringLiteral("ALTER TABLE accounts ADD COLUMN agent_owner TEXT"), error);
}

using Step = bool (*)(QSqlDatabase, QString *);

// Upgrade steps, in order: Steps[i] takes a database from version i + 1 to i + 2. A new
// database is created at version 1 and brought forward by the same steps. Versions 9–13, 16 and
// 18–23 (the rollups, incremental checks and ingest speed of issue 15, PostgreSQL's rollup
// refresh) are in rollupmigrations.cpp.
const Step Steps[] = {upgradeTo2,  upgradeTo3,  upgradeTo4,  upgradeTo5,  upgradeTo6,  upgradeTo7,
                      upgradeTo8,  upgradeTo9,  upgradeTo10, upgradeTo11, upgradeTo12, upgradeTo13,
                      upgradeTo14, upgradeTo15, upgradeTo16, upgradeTo17, upgradeTo18, upgradeTo19,
                      upgradeTo20, upgradeTo21, upgradeTo22, upgradeTo23};

}   // namespace

bool execAll(QSqlDatabase db, const char *const *statements, std::size_t count, QString *error)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (!sql::execSchema(db, QString::fromUtf8(statements[i]), error))
            return false;
    }
    return true;
}

bool create(QSqlDatabase db, QString *error)
{
    if (!execAll(db, SchemaV1, error))
        return false;
    // A new database is created at version 1 and then brought forward by the same steps an
    // existing one takes, so both paths end in the same schema.
    return true;
}

bool upgrade(QSqlDatabase db, int from, int to, QString *error)
{
    constexpr int stepCount = static_cast<int>(std::size(Steps));
    for (int version = from; version < to; ++version) {
        const int index = version - 1;
        if (index < 0 || index >= stepCount || !Steps[index]) {
            if (error)
                *error = QStringLiteral("no upgrade step from schema version %1").arg(version);
            return false;
        }
        if (!Steps[index](db, error))
            return false;
    }
    return true;
}

}   // namespace tl::migrations
