// The schema on PostgreSQL (issue 16): created from the same migration steps as SQLite's, under an
// advisory lock (two real processes starting at once: exactly one migrates), a newer version
// refused as on SQLite, and the tables, columns, indexes and triggers the same as a fresh SQLite
// database's, so the two backends cannot drift apart.
#include "pgtestdatabase.h"
#include "storage/database.h"
#include "storage/pgschema.h"
#include "storage/schemadialect.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMap>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace tl;

namespace {

// A table's shape as both backends can describe it: columns in order with their kind
// (integer, text or blob), whether NULL is refused, and the primary key's columns in order.
struct TableShape
{
    QStringList columns;   // "name type notnull"
    QStringList primaryKey;
    bool operator==(const TableShape &o) const { return columns == o.columns && primaryKey == o.primaryKey; }
};

QString describe(const QMap<QString, TableShape> &tables)
{
    QStringList lines;
    for (auto it = tables.begin(); it != tables.end(); ++it)
        lines << it.key() + u": " + it->columns.join(QStringLiteral(", ")) + u" | pk " + it->primaryKey.join(u',');
    return lines.join(u'\n');
}

QMap<QString, TableShape> sqliteTables(QSqlDatabase db)
{
    QMap<QString, TableShape> tables;
    QSqlQuery names(db);
    names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (names.next()) {
        const QString table = names.value(0).toString();
        QSqlQuery info(db);
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        QMap<int, QString> pk;
        TableShape shape;
        while (info.next()) {
            const QString type = info.value(2).toString().toLower();
            const int pkIndex = info.value(5).toInt();
            // A primary key column is NOT NULL on PostgreSQL whatever it says (and on SQLite in practice).
            const bool notNull = info.value(3).toBool() || pkIndex > 0;
            shape.columns << QStringLiteral("%1 %2 %3")
                                 .arg(info.value(1).toString(), type,
                                      notNull ? QStringLiteral("notnull") : QStringLiteral("null"));
            if (pkIndex > 0)
                pk.insert(pkIndex, info.value(1).toString());
        }
        shape.primaryKey = pk.values();
        tables.insert(table, shape);
    }
    return tables;
}

QMap<QString, TableShape> postgresTables(QSqlDatabase db)
{
    const QMap<QString, QString> types = {{QStringLiteral("bigint"), QStringLiteral("integer")},
                                          {QStringLiteral("text"), QStringLiteral("text")},
                                          {QStringLiteral("bytea"), QStringLiteral("blob")}};
    QMap<QString, TableShape> tables;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                          "WHERE table_schema = current_schema() AND table_name <> 'tokenledger_meta' "
                          "ORDER BY table_name, ordinal_position"));
    while (q.next()) {
        tables[q.value(0).toString()].columns
            << QStringLiteral("%1 %2 %3")
                   .arg(q.value(1).toString(), types.value(q.value(2).toString(), q.value(2).toString()),
                        q.value(3).toString() == u"NO" ? QStringLiteral("notnull") : QStringLiteral("null"));
    }
    q.exec(QStringLiteral("SELECT c.relname, a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
                          "JOIN pg_namespace n ON n.oid = c.relnamespace "
                          "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position) "
                          "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum "
                          "WHERE i.indisprimary AND n.nspname = current_schema() ORDER BY c.relname, k.position"));
    while (q.next()) {
        if (tables.contains(q.value(0).toString()))
            tables[q.value(0).toString()].primaryKey << q.value(1).toString();
    }
    return tables;
}

QStringList names(QSqlDatabase db, const QString &statement)
{
    QStringList result;
    QSqlQuery q(db);
    q.exec(statement);
    while (q.next())
        result << q.value(0).toString();
    result.sort();
    return result;
}

// The child process: migrates `url` to the current version and prints what happened.
int migrateChild(const QString &url)
{
    const std::optional<DbProfile> profile = DbProfile::parse(url, nullptr);
    QString error;
    if (!profile || !pg::openConnection(QStringLiteral("child"), *profile, QString(), &error)) {
        fprintf(stderr, "cannot connect: %s\n", qPrintable(error));
        return 2;
    }
    const pg::Migration m = pg::migrate(QSqlDatabase::database(QStringLiteral("child")), Database::SchemaVersion);
    switch (m.outcome) {
    case pg::Migration::Outcome::Migrated:
        printf("migrated\n");
        return 0;
    case pg::Migration::Outcome::UpToDate:
        printf("up-to-date\n");
        return 0;
    case pg::Migration::Outcome::Newer:
    case pg::Migration::Outcome::Failed:
        break;
    }
    fprintf(stderr, "migration failed: %s\n", qPrintable(m.error));
    return 1;
}

}   // namespace

class TestPgSchema : public QObject
{
    Q_OBJECT

private slots:
    void translatesSchema();
    void createsSchema();
    void oneOfTwoProcessesMigrates();
    void refusesNewerSchema();
    void refusesForeignDatabase();
    void matchesSqliteSchema();
};

void TestPgSchema::translatesSchema()
{
    using sql::Dialect;
    QCOMPARE(
        sql::translateSchema(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY) WITHOUT ROWID"), Dialect::Sqlite),
        QStringList{QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY) WITHOUT ROWID")});
    QCOMPARE(sql::translateSchema(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL CHECK "
                                                 "(typeof(n) = 'integer' AND n > 0), b BLOB, s TEXT) WITHOUT ROWID"),
                                  Dialect::Postgres)
                 .value(0),
             QStringLiteral("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n BIGINT NOT "
                            "NULL CHECK (n > 0), b BYTEA, s TEXT COLLATE \"C\")"));
    QCOMPARE(sql::translateSchema(QStringLiteral("INSERT OR IGNORE INTO d (a) SELECT a FROM e"), Dialect::Postgres),
             QStringList{QStringLiteral("INSERT INTO d (a) SELECT a FROM e ON CONFLICT DO NOTHING")});
    const QStringList trigger = sql::translateSchema(
        QStringLiteral("CREATE TRIGGER w AFTER INSERT ON a BEGIN UPDATE h SET n = MAX(n, NEW.id); END"),
        Dialect::Postgres);
    QCOMPARE(trigger.size(), 2);
    QVERIFY2(trigger[0].contains(QStringLiteral("UPDATE h SET n = GREATEST(n, NEW.id); RETURN NULL;")),
             qPrintable(trigger[0]));
    QCOMPARE(trigger[1], QStringLiteral("CREATE TRIGGER w AFTER INSERT ON a FOR EACH ROW EXECUTE FUNCTION w_fn()"));
    // UPDATE OF columns (schema 16) means the same on both: an update naming one of them in its SET.
    const QStringList updateOf = sql::translateSchema(
        QStringLiteral("CREATE TRIGGER u AFTER UPDATE OF x, y ON a BEGIN UPDATE h SET n = NEW.x; END"),
        Dialect::Postgres);
    QCOMPARE(updateOf.size(), 2);
    QCOMPARE(updateOf[1],
             QStringLiteral("CREATE TRIGGER u AFTER UPDATE OF x, y ON a FOR EACH ROW EXECUTE FUNCTION u_fn()"));
}

void TestPgSchema::createsSchema()
{
    TL_REQUIRE_TEST_SERVER();
    test::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    {
        Database db(QStringLiteral("create"));
        QVERIFY2(db.open(pg.profile(), Database::Options{}), qPrintable(db.errorString()));
        QVERIFY(db.isPostgres());
        QCOMPARE(db.storedSchemaVersion(), Database::SchemaVersion);
        QCOMPARE(db.path(), pg.profile().displayName());

        // The translated triggers work: the high-water mark follows an account's explicit id, and a
        // changed day is noted for the quality check.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO accounts (id, provider, label, created_at, key_ref) VALUES (7, "
                                      "'openai', 'A', '2026-01-01T00:00:00Z', 'ref')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO usage_account_daily VALUES ('2026-01-02', 7, 1, 2, 3, 4, 5, "
                                      "9007199254740993, 0, 0, 1)")));
        QCOMPARE(pg.scalar(QStringLiteral("SELECT last_id FROM id_high_water WHERE name = 'accounts'")).toLongLong(),
                 7);
        QCOMPARE(pg.scalar(QStringLiteral("SELECT day FROM quality_dirty WHERE account_id = 7")).toString(),
                 QStringLiteral("2026-01-02"));
        // Money past 2^53 stays exact.
        QCOMPARE(pg.scalar(QStringLiteral("SELECT cost_nano FROM usage_account_daily")).toLongLong(),
                 Q_INT64_C(9007199254740993));
    }
    // Opening again migrates nothing and keeps the rows.
    Database again(QStringLiteral("again"));
    QVERIFY2(again.open(pg.profile(), Database::Options{}), qPrintable(again.errorString()));
    QCOMPARE(pg.scalar(QStringLiteral("SELECT count(*) FROM accounts")).toLongLong(), 1);

    // Read-only (tokenledger check): every write is refused by the server.
    Database readOnly(QStringLiteral("readonly"));
    Database::Options options;
    options.readOnly = true;
    QVERIFY2(readOnly.open(pg.profile(), options), qPrintable(readOnly.errorString()));
    QSqlQuery q(readOnly.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM accounts")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM accounts")));
    QCOMPARE(pg.scalar(QStringLiteral("SELECT count(*) FROM accounts")).toLongLong(), 1);
}

void TestPgSchema::oneOfTwoProcessesMigrates()
{
    TL_REQUIRE_TEST_SERVER();
    test::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));

    // Hold the schema lock so both children are queued on it before either can migrate: then it is
    // certain they met, and the lock alone decides.
    QString error;
    QVERIFY2(pg::openConnection(QStringLiteral("holder"), pg.profile(), QString(), &error), qPrintable(error));
    QSqlDatabase holder = QSqlDatabase::database(QStringLiteral("holder"));
    QSqlQuery q(holder);
    QVERIFY(q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(pg::SchemaLockKey)));

    QProcess children[2];
    for (QProcess &child : children) {
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--migrate-child"), pg.url()});
        QVERIFY(child.waitForStarted());
    }
    const QDeadlineTimer deadline(30'000);
    qint64 waiting = 0;
    while (waiting < 2 && !deadline.hasExpired()) {
        QTest::qWait(20);
        waiting = pg.scalar(QStringLiteral("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = "
                                           "l.database WHERE l.locktype = 'advisory' AND NOT l.granted AND "
                                           "d.datname = current_database()"))
                      .toLongLong();
    }
    QCOMPARE(waiting, 2);
    QVERIFY(q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(pg::SchemaLockKey)));

    QStringList outcomes;
    for (QProcess &child : children) {
        QVERIFY(child.waitForFinished(60'000));
        QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
        outcomes << QString::fromLatin1(child.readAllStandardOutput()).trimmed();
    }
    outcomes.sort();
    QCOMPARE(outcomes, (QStringList{QStringLiteral("migrated"), QStringLiteral("up-to-date")}));
    QCOMPARE(pg.scalar(QStringLiteral("SELECT value FROM tokenledger_meta WHERE name = 'schema_version'")).toInt(),
             Database::SchemaVersion);
    q.finish();
    holder.close();
}

void TestPgSchema::refusesNewerSchema()
{
    TL_REQUIRE_TEST_SERVER();
    test::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    {
        Database db(QStringLiteral("first"));
        QVERIFY2(db.open(pg.profile(), Database::Options{}), qPrintable(db.errorString()));
    }
    const int newer = Database::SchemaVersion + 1;
    QVERIFY(
        pg.exec(QStringLiteral("UPDATE tokenledger_meta SET value = '%1' WHERE name = 'schema_version'").arg(newer)));
    QVERIFY(pg.exec(QStringLiteral("CREATE TABLE from_the_future (x BIGINT)")));

    Database db(QStringLiteral("second"));
    QVERIFY(!db.open(pg.profile(), Database::Options{}));
    QCOMPARE(db.error(), Database::Error::NewerSchema);
    QVERIFY2(db.errorString().contains(QStringLiteral("newer TokenLedger")), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(QStringLiteral("schema version %1").arg(newer)), qPrintable(db.errorString()));
    QVERIFY(!db.isOpen());
    // Untouched; and under the lock too (another desktop upgraded it between the read and the lock).
    QCOMPARE(pg.scalar(QStringLiteral("SELECT value FROM tokenledger_meta")).toInt(), newer);
    QString error;
    QVERIFY2(pg::openConnection(QStringLiteral("direct"), pg.profile(), QString(), &error), qPrintable(error));
    const pg::Migration m = pg::migrate(QSqlDatabase::database(QStringLiteral("direct")), Database::SchemaVersion);
    QCOMPARE(m.outcome, pg::Migration::Outcome::Newer);
    QCOMPARE(m.from, newer);
    QSqlDatabase::database(QStringLiteral("direct")).close();
}

void TestPgSchema::refusesForeignDatabase()
{
    TL_REQUIRE_TEST_SERVER();
    test::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    QVERIFY(pg.exec(QStringLiteral("CREATE TABLE invoices (id BIGINT)")));
    Database db(QStringLiteral("foreign"));
    QVERIFY(!db.open(pg.profile(), Database::Options{}));
    QCOMPARE(db.error(), Database::Error::NotADatabase);
    QCOMPARE(pg.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toLongLong(), 1);
}

void TestPgSchema::matchesSqliteSchema()
{
    TL_REQUIRE_TEST_SERVER();
    test::TestDatabase lite(QStringLiteral("lite"));
    QVERIFY(lite.isOpen());
    test::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    Database db(QStringLiteral("shape"));
    QVERIFY2(db.open(pg.profile(), Database::Options{}), qPrintable(db.errorString()));

    const QMap<QString, TableShape> expected = sqliteTables(lite.connection());
    const QMap<QString, TableShape> actual = postgresTables(db.connection());
    QVERIFY(expected.size() > 20);
    if (!(expected == actual)) {
        qWarning().noquote() << "SQLite:\n" << describe(expected) << "\nPostgreSQL:\n" << describe(actual);
        QFAIL("the PostgreSQL schema differs from SQLite's");
    }
    // Text compares byte by byte, as SQLite's BINARY, whatever the server's locale.
    QCOMPARE(names(db.connection(), QStringLiteral("SELECT table_name || '.' || column_name FROM "
                                                   "information_schema.columns WHERE table_schema = current_schema() "
                                                   "AND data_type = 'text' AND table_name <> 'tokenledger_meta' AND "
                                                   "collation_name IS DISTINCT FROM 'C'")),
             QStringList());
    // Named indexes (not those behind a primary key or UNIQUE constraint) and triggers.
    QCOMPARE(names(db.connection(),
                   QStringLiteral("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN "
                                  "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND "
                                  "NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)")),
             names(lite.connection(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name "
                                                     "NOT LIKE 'sqlite_autoindex_%'")));
    // Schema 20 dropped SQLite's usage_models_insert, a row trigger, for code (UsageModels);
    // PostgreSQL's runs once per statement (version 19) and stays. Schema 23's usage_model_months is
    // kept by statement triggers on PostgreSQL, by the writers' code on SQLite (ModelMonths).
    QCOMPARE(names(db.connection(), QStringLiteral("SELECT DISTINCT trigger_name::text FROM "
                                                   "information_schema.triggers WHERE trigger_schema = "
                                                   "current_schema()")),
             names(lite.connection(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' UNION ALL "
                                                     "SELECT 'usage_models_insert' UNION ALL SELECT "
                                                     "'usage_model_months_' || e FROM (SELECT 'insert' AS e "
                                                     "UNION ALL SELECT 'delete' UNION ALL SELECT 'update')")));
    // Schema 16's trigger fires on the columns it reads only, as on SQLite.
    QCOMPARE(names(db.connection(), QStringLiteral("SELECT trigger_name::text || '.' || event_object_column::text FROM "
                                                   "information_schema.triggered_update_columns WHERE "
                                                   "trigger_schema = current_schema()")),
             (QStringList{QStringLiteral("usage_models_update.account_id"), QStringLiteral("usage_models_update.model"),
                          QStringLiteral("usage_models_update.unpriced_rows"),
                          QStringLiteral("usage_models_update.unpriced_tokens")}));
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--migrate-child") == 0) {
        QCoreApplication app(argc, argv);
        return migrateChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestPgSchema test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pgschema.moc"
