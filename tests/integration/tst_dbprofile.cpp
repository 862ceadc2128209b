// Team database profiles (issue 16): parsing postgresql:// URLs, refusing passwords in them, and
// real connections to the throwaway test server — trusted, with a password from .pgpass or from
// the keychain, and with sslmode passed through to libpq.
#include "pgtestdatabase.h"
#include "secrets/dbpasswords.h"
#include "storage/dbprofile.h"
#include "storage/pgschema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace tl;

class TestDbProfile : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void displayNameParsesBack();
    void connectsTrusted();
    void passwordFromPgpass();
    void passwordFromKeychain();
    void sslModeReachesLibpq();

private:
    // Opens a connection to `profile`, runs SELECT 1 and closes it; the error otherwise.
    static QString tryConnect(const DbProfile &profile, const QString &password = QString());
};

void TestDbProfile::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");

    QTest::newRow("sqlite file") << "/home/ada/ledger.sqlite" << false << "" << 5432 << ""
                                 << ""
                                 << "";
    QTest::newRow("relative file") << "ledger.sqlite" << false << "" << 5432 << ""
                                   << ""
                                   << "";
    QTest::newRow("full url") << "postgresql://ada@db.example.org:6543/team?sslmode=verify-full" << true
                              << "db.example.org" << 6543 << "ada"
                              << "team"
                              << "verify-full";
    QTest::newRow("default port") << "postgresql://ada@10.0.0.5/ledger" << true << "10.0.0.5" << 5432 << "ada"
                                  << "ledger"
                                  << "";
    QTest::newRow("postgres scheme") << "postgres://ada@host/ledger?sslmode=require" << true << "host" << 5432 << "ada"
                                     << "ledger"
                                     << "require";
    QTest::newRow("no user") << "postgresql://host:5433/ledger" << true << "host" << 5433 << ""
                             << "ledger"
                             << "";
    QTest::newRow("encoded user") << "postgresql://ada%40corp@host/ledger" << true << "host" << 5432 << "ada@corp"
                                  << "ledger"
                                  << "";
    QTest::newRow("socket folder") << "postgresql://ada@/ledger?host=/run/postgresql" << true << "/run/postgresql"
                                   << 5432 << "ada"
                                   << "ledger"
                                   << "";
}

void TestDbProfile::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, postgres);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(QString, sslMode);
    QString error;
    const std::optional<DbProfile> profile = DbProfile::parse(text, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->isPostgres(), postgres);
    if (!postgres) {
        QCOMPARE(profile->path(), text);
        QVERIFY(profile->keychainEntry().isEmpty());
        return;
    }
    QCOMPARE(profile->host(), host);
    QCOMPARE(profile->port(), port);
    QCOMPARE(profile->user(), user);
    QCOMPARE(profile->databaseName(), database);
    QCOMPARE(profile->sslMode(), sslMode);
    if (!sslMode.isEmpty())
        QVERIFY(profile->connectOptions().split(u';').contains(QStringLiteral("sslmode=") + sslMode));
    QVERIFY(profile->keychainEntry().startsWith(QStringLiteral("postgresql-")));
    QVERIFY(profile->keychainEntry().endsWith(u'/' + database));
}

void TestDbProfile::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");   // part of the message

    QTest::newRow("password in url") << "postgresql://ada:s3cr3t-pw@host/ledger"
                                     << "contains a password";
    QTest::newRow("empty password") << "postgresql://ada:@host/ledger"
                                    << "contains a password";
    QTest::newRow("password parameter") << "postgresql://ada@host/ledger?password=s3cr3t-pw"
                                        << "contains a password";
    QTest::newRow("no database") << "postgresql://ada@host"
                                 << "names no database";
    QTest::newRow("no database, slash") << "postgresql://ada@host/"
                                        << "names no database";
    QTest::newRow("bad sslmode") << "postgresql://ada@host/ledger?sslmode=maybe"
                                 << "Unknown sslmode";
    QTest::newRow("unknown parameter") << "postgresql://ada@host/ledger?options=-c%20x%3Dy"
                                       << "does not know";
    QTest::newRow("relative socket") << "postgresql://ada@/ledger?host=run/pg"
                                     << "socket folder";
    QTest::newRow("other scheme") << "mysql://ada@host/ledger"
                                  << "not mysql://";
}

void TestDbProfile::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!DbProfile::parse(text, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("s3cr3t-pw")), "the password must never be repeated");
}

void TestDbProfile::displayNameParsesBack()
{
    for (const char *text :
         {"postgresql://ada@db.example.org:6543/team?sslmode=verify-full", "postgresql://ada@host/ledger",
          "postgresql://ada@/ledger?host=/run/postgresql", "postgresql://ada%40corp@host/ledger"}) {
        const DbProfile profile = DbProfile::parse(QString::fromLatin1(text), nullptr).value();
        const std::optional<DbProfile> again = DbProfile::parse(profile.displayName(), nullptr);
        QVERIFY2(again, qPrintable(profile.displayName()));
        QVERIFY2(*again == profile, qPrintable(profile.displayName()));
    }
}

QString TestDbProfile::tryConnect(const DbProfile &profile, const QString &password)
{
    static int serial = 0;
    const QString name = QStringLiteral("tst_dbprofile_%1").arg(++serial);
    QString error;
    {
        if (pg::openConnection(name, profile, password, &error)) {
            QSqlQuery q(QSqlDatabase::database(name, false));
            if (!q.exec(QStringLiteral("SELECT 1")) || !q.next() || q.value(0).toInt() != 1)
                error = QStringLiteral("SELECT 1 failed");
        }
        QSqlDatabase::database(name, false).close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

void TestDbProfile::connectsTrusted()
{
    TL_REQUIRE_TEST_SERVER();
    test::PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QString error = tryConnect(db.profile());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The socket folder works as well as TCP.
    const QString socketUrl = QStringLiteral("postgresql://tokenledger@:%1/%2?host=%3")
                                  .arg(QUrl(db.url()).port())
                                  .arg(db.name(), qEnvironmentVariable("TOKENLEDGER_TEST_PG_SOCKET"));
    QString parseError;
    const std::optional<DbProfile> socket = DbProfile::parse(socketUrl, &parseError);
    QVERIFY2(socket, qPrintable(parseError));
    const QString socketError = tryConnect(*socket);
    QVERIFY2(socketError.isEmpty(), qPrintable(socketError));
}

void TestDbProfile::passwordFromPgpass()
{
    TL_REQUIRE_TEST_SERVER();
    const DbProfile profile =
        DbProfile::parse(qEnvironmentVariable("TOKENLEDGER_TEST_PG_PASSWORD_URL"), nullptr).value();
    const QByteArray password = qgetenv("TOKENLEDGER_TEST_PG_PASSWORD");
    QVERIFY(!password.isEmpty());

    QTemporaryDir dir;
    const QString passFile = dir.filePath(QStringLiteral("pgpass"));
    qputenv("PGPASSFILE", passFile.toLocal8Bit());
    // No password and no .pgpass: the server asks for one and the connection fails.
    QString error = tryConnect(profile);
    QVERIFY2(error.contains(QStringLiteral("password")), qPrintable(error));

    QFile file(passFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("127.0.0.1:" + QByteArray::number(profile.port()) + ":*:tokenledger_pw:" + password + '\n');
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));   // libpq ignores a readable one
    error = tryConnect(profile);
    qunsetenv("PGPASSFILE");
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDbProfile::passwordFromKeychain()
{
    TL_REQUIRE_TEST_SERVER();
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run the test through tests/run-in-session.sh");
    const DbProfile profile =
        DbProfile::parse(qEnvironmentVariable("TOKENLEDGER_TEST_PG_PASSWORD_URL"), nullptr).value();
    KeychainSecretStore store(QStringLiteral("org.tokenledger.TokenLedger.test"));
    // Nothing filed yet: NotFound, which means "go without" (then .pgpass or nothing).
    SecretStore::Result read = readDatabasePasswordNow(store, profile);
    QCOMPARE(read.status, SecretStore::Status::NotFound);

    const SecretStore::Result stored =
        storeDatabasePasswordNow(store, profile, qEnvironmentVariable("TOKENLEDGER_TEST_PG_PASSWORD"));
    QVERIFY2(stored.status == SecretStore::Status::Ok, qPrintable(stored.message));
    read = readDatabasePasswordNow(store, profile);
    QVERIFY2(read.status == SecretStore::Status::Ok, qPrintable(read.message));
    const QString error = tryConnect(profile, read.secret);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QCOMPARE(removeDatabasePasswordNow(store, profile).status, SecretStore::Status::Ok);
    QCOMPARE(readDatabasePasswordNow(store, profile).status, SecretStore::Status::NotFound);
    // An SQLite profile has no password to file.
    QCOMPARE(readDatabasePasswordNow(store, DbProfile::sqliteFile(QStringLiteral("x.sqlite"))).status,
             SecretStore::Status::Failed);
}

void TestDbProfile::sslModeReachesLibpq()
{
    TL_REQUIRE_TEST_SERVER();
    test::PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    // The test server has no TLS: "require" must fail, which only libpq can have decided.
    const DbProfile required = DbProfile::parse(db.url() + QStringLiteral("?sslmode=require"), nullptr).value();
    const QString error = tryConnect(required);
    QVERIFY2(error.contains(QStringLiteral("SSL"), Qt::CaseInsensitive), qPrintable(error));
    const DbProfile disabled = DbProfile::parse(db.url() + QStringLiteral("?sslmode=disable"), nullptr).value();
    QCOMPARE(tryConnect(disabled), QString());
}

QTEST_GUILESS_MAIN(TestDbProfile)
#include "tst_dbprofile.moc"
