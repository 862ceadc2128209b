#include "alerts/alerts.h"
#include "alerts/alerttext.h"
#include "analytics/usagetable.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include "rawfiles.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using tl::Database;

namespace {

// Creates a plain SQLite file with the given statements, through a raw connection.
void makeRawDatabase(const QString &path, const QStringList &statements)
{
    QString failed;
    QVERIFY2(tl::test::makeRawSqlite(path, statements, &failed), qPrintable(failed));
}

// A database file at schema `version`, as an older TokenLedger left it (brought there by the same
// upgrade steps), holding what `statements` write.
void makeAtVersion(const QString &path, int version, const QStringList &statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QString error;
        QVERIFY2(tl::migrations::create(raw, &error) && tl::migrations::upgrade(raw, 1, version, &error),
                 qPrintable(error));
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

QString pragma(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0).toString();
}

}   // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsSchemaWithPragmas()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("a.sqlite"))), qPrintable(db.errorString()));
        QCOMPARE(db.storedSchemaVersion(), Database::SchemaVersion);
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(db, QStringLiteral("busy_timeout")), QStringLiteral("5000"));
        const QStringList tables = db.connection().tables();
        for (const char *table :
             {"accounts", "usage", "usage_daily", "costs", "sync_runs", "price_overrides", "budgets", "alerts"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
    }

    void reopeningIsANoOp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO accounts (provider, label, created_at) VALUES ('openai', 'x', '2026-01-01T00:00:00Z')")));
        }
        Database db;
        QVERIFY(db.open(path));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM accounts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void refusesNewerSchemaAndLeavesItUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        makeRawDatabase(path, {QStringLiteral("CREATE TABLE future (x)"), QStringLiteral("PRAGMA user_version = 99")});
        const QByteArray before = tl::test::fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::NewerSchema);
        QVERIFY(db.errorString().contains(QStringLiteral("newer TokenLedger")));
        QVERIFY(db.errorString().contains(QStringLiteral("99")));
        QVERIFY(!db.isOpen());
        QCOMPARE(tl::test::fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    // Another program's SQLite file is refused and left as it was: TokenLedger's tables once went
    // in beside a browser's (version 0, tables of its own: a hostile probe, 29 tables added), and
    // the upgrade once ran from a negative version ("from schema version -1 to 19 ()").
    void refusesAnotherProgramsSqliteFile_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("why");
        QTest::newRow("version 0 with tables")
            << QStringList{QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"),
                           QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://example.org')")}
            << QStringLiteral("holds other tables");
        QTest::newRow("a negative version")
            << QStringList{QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY)"),
                           QStringLiteral("PRAGMA user_version = -1")}
            << QStringLiteral("(its schema version, -1, is not one TokenLedger writes)");
    }
    void refusesAnotherProgramsSqliteFile()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, why);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("places.sqlite"));
        makeRawDatabase(path, statements);
        const QByteArray before = tl::test::fileHash(path);
        for (const bool readOnly : {false, true}) {
            Database db;
            Database::Options options;
            options.readOnly = readOnly;
            options.migrate = !readOnly;
            QVERIFY(!db.open(path, options));
            QCOMPARE(db.error(), Database::Error::NotADatabase);
            QVERIFY2(db.errorString().contains(why), qPrintable(db.errorString()));
        }
        QCOMPARE(tl::test::fileHash(path), before);
        // An empty file is still where a new ledger goes.
        const QString empty = dir.filePath(QStringLiteral("new.sqlite"));
        Database fresh;
        QVERIFY2(fresh.open(empty), qPrintable(fresh.errorString()));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("these are my notes, not a database\n").repeated(200));
        f.close();
        const QByteArray before = tl::test::fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::NotADatabase);
        QCOMPARE(tl::test::fileHash(path), before);
    }

    void missingFolderAndFolderPath()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("no/such/folder/x.sqlite"))));
        QCOMPARE(db.error(), Database::Error::CannotOpen);
        QVERIFY(db.errorString().contains(QStringLiteral("does not exist")));
        QVERIFY(!db.open(dir.path()));
        QCOMPARE(db.error(), Database::Error::CannotOpen);
    }

    void unwritableLocation()
    {
        // /proc refuses new files even to root, so this holds in CI too.
        Database db;
        QVERIFY(!db.open(QStringLiteral("/proc/tokenledger-test.sqlite")));
        QCOMPARE(db.error(), Database::Error::CannotOpen);
        QVERIFY(!db.errorString().isEmpty());
    }

    void lockedDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        makeRawDatabase(path, {});   // an empty file, where a new ledger goes
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));   // readers wait too (a rollback journal)

            Database db;
            Database::Options options;
            options.busyTimeoutMs = 100;
            QVERIFY(!db.open(path, options));
            QCOMPARE(db.error(), Database::Error::Locked);
            QVERIFY(db.errorString().contains(QStringLiteral("locked")));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));   // works once released
    }

    void failedMigrationChangesNothing()
    {
        // A ledger whose version says 8 although it holds the tables of later versions: the step to
        // 9 creates a table that is already there and fails half-way, and the whole upgrade is undone.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clash.sqlite"));
        QStringList tablesBefore;
        {
            Database made;
            QVERIFY2(made.open(path), qPrintable(made.errorString()));
            QSqlQuery q(made.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 8")));
            tablesBefore = made.connection().tables();
        }
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::MigrationFailed);
        QVERIFY(db.errorString().contains(QStringLiteral("Nothing was changed")));
        db.close();

        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QCOMPARE(raw.tables(), tablesBefore);
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 8);   // not 9 or later: the steps that ran were rolled back
        q.finish();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    // Version 8 adds alerts.params; alerts stored before keep their English text and no params.
    void upgradeTo8KeepsStoredAlertText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
        makeAtVersion(path, 7,
                      {QStringLiteral(
                          "INSERT INTO alerts (kind, severity, dedup_key, title, message, created_at) VALUES ('spike', "
                          "'warning', 'spike:1:2026-10-01', 'Spending spike on Prod', 'Check that day.', "
                          "'2026-10-02T08:00:00Z')")});

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.storedSchemaVersion(), tl::Database::SchemaVersion);
        const QList<tl::Alert> alerts = tl::AlertRepository(db.connection()).list();
        QCOMPARE(alerts.size(), 1);
        QVERIFY(alerts.first().params.isEmpty());
        QCOMPARE(alerts.first().kind, tl::Alert::Kind::Spike);
        const tl::AlertText text = tl::renderAlert(alerts.first());
        QCOMPARE(text.title, QStringLiteral("Spending spike on Prod"));
        QCOMPARE(text.message, QStringLiteral("Check that day."));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE params IS NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void schemaRejectsMoneyAsReal()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("a.sqlite"))));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO accounts (id, provider, label, created_at) VALUES (1, 'openai', 'x', '2026-01-01')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO costs (account_id, day, line_item, amount_nano) "
                                       "VALUES (1, '2026-01-01', 'x', 0.5)")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO usage (account_id, day, model, cost_nano, cost_status) "
                                       "VALUES (1, '2026-01-01', 'm', 1.5, 'estimated')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO usage (account_id, day, model, cost_nano, cost_status) "
                                       "VALUES (1, '2026-01-01', 'm', 0, 'unpriced')")));   // unpriced is never $0
    }
    // Schema 9: the projects and key ids the usage rows name are kept in usage_dims — filled from the
    // rows at the upgrade, kept by every write after it — so the Usage page's filter choices never
    // scan the raw table (issue 15).
    void projectsAndKeysAreKeptOnWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
        makeAtVersion(
            path, 8,
            {QStringLiteral("INSERT INTO accounts (provider, label, created_at) VALUES ('openai', 'P', "
                            "'2026-01-01T00:00:00Z')"),
             QStringLiteral(
                 "INSERT INTO usage (day, account_id, model, project, api_key_id, cost_nano, cost_status) VALUES "
                 "('2026-03-01', 1, 'gpt-4o', 'proj_old', 'key_old', 5, 'estimated'), "
                 "('2026-03-02', 1, 'gpt-4o', '', '', 5, 'estimated')")});

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        auto choices = tl::usageFilterChoices(db.connection());
        QVERIFY(choices);
        QCOMPARE(choices->projects, QStringList{QStringLiteral("proj_old")});
        QCOMPARE(choices->apiKeys, QStringList{QStringLiteral("key_old")});

        tl::UsageRecord r = tl::test::usage(1, QDate(2026, 3, 3), QStringLiteral("gpt-4o"), 10, 1, 5);
        r.project = QStringLiteral("proj_new");
        r.apiKeyId = QStringLiteral("key_new");
        tl::UsageRecord again = r;
        again.day = QDate(2026, 3, 4);
        QVERIFY(tl::UsageRepository(db.connection()).upsert({r, again}).ok);
        choices = tl::usageFilterChoices(db.connection());
        QCOMPARE(choices->projects, (QStringList{QStringLiteral("proj_new"), QStringLiteral("proj_old")}));
        QCOMPARE(choices->apiKeys, (QStringList{QStringLiteral("key_new"), QStringLiteral("key_old")}));
        QCOMPARE(choices->models, QStringList{QStringLiteral("gpt-4o")});   // usage_models (schema 13)

        // A failed batch takes its names back with it (one savepoint).
        tl::UsageRecord bad = r;
        bad.project = QStringLiteral("proj_never");
        tl::UsageRecord invalid = bad;
        invalid.day = QDate();
        QVERIFY(!tl::UsageRepository(db.connection()).upsert({bad, invalid}).ok);
        QVERIFY(!tl::usageFilterChoices(db.connection())->projects.contains(QStringLiteral("proj_never")));
    }

    // Schema 10: usage_account_daily (usage_daily per day and account), filled from usage_daily at the
    // upgrade and kept by every write after it; the Usage page's totals row reads it.
    void upgradeTo10FillsAccountDays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v9.sqlite"));
        makeAtVersion(
            path, 9,
            {QStringLiteral("INSERT INTO accounts (provider, label, created_at) VALUES ('openai', 'P', "
                            "'2026-01-01T00:00:00Z')"),
             QStringLiteral(
                 "INSERT INTO usage_daily (day, account_id, model, input_tokens, cached_input_tokens, "
                 "cache_write_tokens, output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count) "
                 "VALUES ('2026-03-01', 1, 'gpt-4o', 10, 1, 2, 5, 3, 700, 0, 0, 2), "
                 "('2026-03-01', 1, 'o3', 20, 0, 0, 6, 1, 0, 26, 1, 1), "
                 "('2026-03-02', 1, 'gpt-4o', 30, 0, 0, 7, 2, 900, 0, 0, 1)")});

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.storedSchemaVersion(), Database::SchemaVersion);
        // Schema 11: every existing (account, day) is noted for the first incremental quality check.
        {
            QSqlQuery dirty(db.connection());
            QVERIFY(dirty.exec(QStringLiteral("SELECT COUNT(*) FROM quality_dirty")) && dirty.next());
            QCOMPARE(dirty.value(0).toInt(), 2);
        }
        const auto row = [&db](const char *day) {
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("SELECT input_tokens, cached_input_tokens, cache_write_tokens, output_tokens, "
                                       "requests, cost_nano, unpriced_tokens, unpriced_rows, row_count FROM "
                                       "usage_account_daily WHERE account_id = 1 AND day = '%1'")
                            .arg(QLatin1String(day))) ||
                !q.next())
                return QList<qint64>();
            QList<qint64> values;
            for (int i = 0; i < 9; ++i)
                values << q.value(i).toLongLong();
            return values;
        };
        QCOMPARE(row("2026-03-01"), (QList<qint64>{30, 1, 2, 11, 4, 700, 26, 1, 3}));
        QCOMPARE(row("2026-03-02"), (QList<qint64>{30, 0, 0, 7, 2, 900, 0, 0, 1}));

        // A write refreshes the account-days it touched; a failed one leaves them.
        tl::UsageRecord r = tl::test::usage(1, QDate(2026, 3, 2), QStringLiteral("o3"), 40, 4, 100);
        QVERIFY(tl::UsageRepository(db.connection()).upsert({r}).ok);
        QCOMPARE(row("2026-03-02"), (QList<qint64>{40, 0, 0, 4, 1, 100, 0, 0, 1}));   // from the usage rows now
        QCOMPARE(row("2026-03-01"), (QList<qint64>{30, 1, 2, 11, 4, 700, 26, 1, 3}));
        tl::UsageRecord invalid = r;
        invalid.day = QDate();
        r.inputTokens = 99;
        QVERIFY(!tl::UsageRepository(db.connection()).upsert({r, invalid}).ok);
        QCOMPARE(row("2026-03-02"), (QList<qint64>{40, 0, 0, 4, 1, 100, 0, 0, 1}));

        const auto totals = tl::queryUsageTotals(db.connection(), {});
        QVERIFY(totals);
        QCOMPARE(totals->rows, qint64(4));
        QCOMPARE(totals->cost.nanos(), qint64(800));
        QCOMPARE(totals->unpricedRows, qint64(1));
    }

    // Schema 16: usage_models' update trigger runs only for an update naming the unpriced values (or
    // the key), so re-pricing's cost-only updates of usage_daily skip it; those that change the
    // unpriced values still move usage_models.
    void upgradeTo16NarrowsTheUsageModelsTrigger()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v15.sqlite"));
        makeAtVersion(
            path, 15,
            {QStringLiteral("INSERT INTO accounts (provider, label, created_at) VALUES ('openai', 'P', "
                            "'2026-01-01T00:00:00Z')"),
             QStringLiteral(
                 "INSERT INTO usage_daily (day, account_id, model, input_tokens, cached_input_tokens, "
                 "cache_write_tokens, output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count) "
                 "VALUES ('2026-03-01', 1, 'o3', 20, 0, 0, 6, 1, 0, 26, 1, 1), "
                 "('2026-03-02', 1, 'o3', 30, 0, 0, 4, 1, 0, 34, 1, 1)")});

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.storedSchemaVersion(), Database::SchemaVersion);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                                      "'usage_models_update'")) &&
                q.next());
        QVERIFY2(q.value(0).toString().contains(QStringLiteral(
                     "AFTER UPDATE OF unpriced_tokens, unpriced_rows, account_id, model ON usage_daily")),
                 qPrintable(q.value(0).toString()));
        const auto unpriced = [&db]() {
            QSqlQuery m(db.connection());
            if (!m.exec(QStringLiteral("SELECT unpriced_tokens, unpriced_rows FROM usage_models WHERE account_id = 1 "
                                       "AND model = 'o3'")) ||
                !m.next())
                return QList<qint64>();
            return QList<qint64>{m.value(0).toLongLong(), m.value(1).toLongLong()};
        };
        QCOMPARE(unpriced(), (QList<qint64>{60, 2}));
        // Priced on one day: the unpriced values change, the trigger moves them.
        QVERIFY(q.exec(QStringLiteral("UPDATE usage_daily SET cost_nano = 500, unpriced_tokens = 0, unpriced_rows = "
                                      "0 WHERE day = '2026-03-01'")));
        QCOMPARE(unpriced(), (QList<qint64>{34, 1}));
        QVERIFY(q.exec(QStringLiteral("UPDATE usage_daily SET cost_nano = cost_nano + 7")));
        QCOMPARE(unpriced(), (QList<qint64>{34, 1}));
    }

    // Schema 18: usage's cost_status CHECK as three comparisons, not IN (…): SQLite filled an
    // in-memory table with the IN list for every row an insert wrote. Same meaning after the upgrade:
    // the stored rows stay, a status outside the three is still refused.
    void upgradeTo18ChecksCostStatusWithoutATable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v17.sqlite"));
        makeAtVersion(path, 17,
                      {QStringLiteral("INSERT INTO accounts (provider, label, created_at) VALUES ('openai', 'P', "
                                      "'2026-01-01T00:00:00Z')"),
                       QStringLiteral("INSERT INTO usage (account_id, day, model, cost_nano, cost_status) VALUES "
                                      "(1, '2026-03-01', 'o3', 7, 'estimated'), (1, '2026-03-01', 'o4', NULL, "
                                      "'unpriced')")});
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.storedSchemaVersion(), Database::SchemaVersion);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(cost_nano) FROM usage")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toLongLong(), qint64(7));
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        const QString insert = QStringLiteral("INSERT INTO usage (account_id, day, model, cost_nano, cost_status) "
                                              "VALUES (1, '2026-03-02', 'o3', %1, '%2')");
        QVERIFY(!q.exec(insert.arg(QStringLiteral("5"), QStringLiteral("bogus"))));
        QVERIFY(!q.exec(insert.arg(QStringLiteral("NULL"), QStringLiteral("estimated"))));
        QVERIFY2(q.exec(insert.arg(QStringLiteral("5"), QStringLiteral("reported"))), qPrintable(q.lastError().text()));
        // The insert's program tests the status without an ephemeral table.
        QVERIFY(q.exec(QStringLiteral("EXPLAIN ") + insert.arg(QStringLiteral("6"), QStringLiteral("estimated"))));
        QStringList opcodes;
        while (q.next())
            opcodes.append(q.value(1).toString());
        QVERIFY(opcodes.contains(QStringLiteral("Halt")));
        QVERIFY2(!opcodes.contains(QStringLiteral("OpenEphemeral")), qPrintable(opcodes.join(u' ')));
    }

    // Schema 21: usage_daily's (account_id, day) index goes (a second B-tree written for every
    // daily rollup row). The stored rollups stay, an account's removal still takes its rows, and a
    // model's totals are read by the key.
    void upgradeTo21DropsTheAccountIndexOfTheDailyRollup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v20.sqlite"));
        makeAtVersion(
            path, 20,
            {QStringLiteral("INSERT INTO accounts (provider, label, created_at) VALUES ('openai', 'P', "
                            "'2026-01-01T00:00:00Z'), ('anthropic', 'Q', '2026-01-01T00:00:00Z')"),
             QStringLiteral(
                 "INSERT INTO usage_daily (day, account_id, model, input_tokens, cached_input_tokens, "
                 "cache_write_tokens, output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count) "
                 "VALUES ('2026-03-01', 1, 'o3', 20, 0, 0, 6, 1, 40, 0, 0, 1), "
                 "('2026-03-01', 2, 'o3', 30, 0, 0, 4, 1, 50, 0, 0, 1)")});
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v20check"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'usage_daily_account'")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v20check"));

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.storedSchemaVersion(), Database::SchemaVersion);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                      "'usage_daily'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(cost_nano) FROM usage_daily")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toLongLong(), qint64(90));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM accounts WHERE id = 1")));
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(account_id) FROM usage_daily")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2"));
    }

    // Version 22: a model's days of one account are read from an index on (account_id, day), not
    // from every account's days of the range (the key, day first).
    void upgradeTo22IndexesThePageDaysByAccount()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v21.sqlite"));
        const auto pageDay = [](const char *day, int account, const char *lo, const char *hi) {
            return QStringLiteral("('%1', %2, '%3', '%4', 1, 2, 0, 0, 0, 0, 3, 4, 1, 1, 5, 6, '', '', '', '', "
                                  "'priced', 'priced')")
                .arg(QLatin1String(day))
                .arg(account)
                .arg(QLatin1String(lo), QLatin1String(hi));
        };
        makeAtVersion(path, 21,
                      {QStringLiteral("INSERT INTO accounts (provider, label, created_at) VALUES ('openai', 'P', "
                                      "'2026-01-01T00:00:00Z'), ('anthropic', 'Q', '2026-01-01T00:00:00Z')"),
                       QStringLiteral("INSERT INTO usage_page_days (day, account_id, model_lo, model_hi, input_lo, "
                                      "input_hi, cached_lo, cached_hi, write_lo, write_hi, output_lo, output_hi, "
                                      "requests_lo, requests_hi, cost_lo, cost_hi, project_lo, project_hi, key_lo, "
                                      "key_hi, status_lo, status_hi) VALUES ") +
                           QStringList{pageDay("2026-03-01", 1, "gpt-4o", "o3"), pageDay("2026-03-01", 2, "a", "b"),
                                       pageDay("2026-03-02", 1, "o1", "o3"), pageDay("2026-03-02", 2, "a", "z")}
                               .join(QStringLiteral(", "))});

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.storedSchemaVersion(), Database::SchemaVersion);
        // The plan of the statement the Usage page's totals row really runs for one model of one
        // account: its model-days part reads that account's days by the covering index.
        tl::UsageFilter filter;
        filter.from = QDate(2026, 1, 15);   // January's part from usage_daily, by the model's days
        filter.to = QDate(2026, 12, 31);
        filter.accountId = 1;
        filter.model = QStringLiteral("gpt-5");
        QVariantList binds;
        const QString totals = tl::usageTotalsSql(db.connection(), filter, &binds);
        QSqlQuery q(db.connection());
        QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + totals));
        for (const QVariant &value : std::as_const(binds))
            q.addBindValue(value);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        QVERIFY2(plan.join(u'\n').contains(QLatin1String("COVERING INDEX usage_page_days_account")),
                 qPrintable(plan.join(u'\n')));
        // The whole months by usage_model_months' key (schema 23).
        QVERIFY2(plan.join(u'\n').contains(QLatin1String("PRIMARY KEY (account_id=? AND model=? AND month>?")),
                 qPrintable(plan.join(u'\n')));
        const std::optional<tl::UsageRowTotals> none = tl::queryUsageTotals(db.connection(), filter);
        QVERIFY(none && none->rows == 0);   // page days without usage_daily rows: nothing to add up
        QVERIFY(q.exec(QStringLiteral("SELECT b.day FROM usage_page_days b WHERE b.account_id = 1 AND 'gpt-5' "
                                      "BETWEEN b.model_lo AND b.model_hi")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-01"));
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM accounts WHERE id = 1")));
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(account_id) FROM usage_page_days")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2,2"));
    }

    // Version 23 fills usage_model_months from usage_daily: its sums per (account, model, month).
    void upgradeTo23FillsTheModelMonths()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v22.sqlite"));
        const auto daily = [](const char *day, int account, const char *model, int tokens) {
            return QStringLiteral("('%1', %2, '%3', %4, 0, 0, 1, 1, %5, 0, 0, 1)")
                .arg(QLatin1String(day))
                .arg(account)
                .arg(QLatin1String(model))
                .arg(tokens)
                .arg(tokens * 10);
        };
        makeAtVersion(path, 22,
                      {QStringLiteral("INSERT INTO accounts (provider, label, created_at) VALUES ('openai', 'P', "
                                      "'2026-01-01T00:00:00Z'), ('anthropic', 'Q', '2026-01-01T00:00:00Z')"),
                       QStringLiteral("INSERT INTO usage_daily (day, account_id, model, input_tokens, "
                                      "cached_input_tokens, cache_write_tokens, output_tokens, requests, cost_nano, "
                                      "unpriced_tokens, unpriced_rows, row_count) VALUES ") +
                           QStringList{daily("2026-03-01", 1, "o3", 5), daily("2026-03-31", 1, "o3", 7),
                                       daily("2026-04-01", 1, "o3", 11), daily("2026-03-02", 2, "o3", 13),
                                       daily("2026-03-02", 1, "gpt-5", 17)}
                               .join(QStringLiteral(", "))});
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.storedSchemaVersion(), Database::SchemaVersion);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(account_id || ' ' || model || ' ' || month || ' ' || "
                                      "input_tokens || ' ' || cost_nano || ' ' || row_count, ';') FROM (SELECT * "
                                      "FROM usage_model_months ORDER BY account_id, model, month)")) &&
                q.next());
        QCOMPARE(q.value(0).toString(),
                 QStringLiteral("1 gpt-5 2026-03 17 170 1;1 o3 2026-03 12 120 2;1 o3 2026-04 11 110 1;"
                                "2 o3 2026-03 13 130 1"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
