#include "alerts/desktopnotifier.h"
#include "clirunner.h"
#include "fakeproviderserver.h"
#include "privatekeyring.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"
#include "storage/migrations.h"

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;
using tl::test::CliRun;
using tl::test::FakeProviderServer;
using tl::test::PrivateKeyring;

// Keys stay with their account (issue 11, items 1, 3, 4 and 5), over a real Secret Service:
// gnome-keyring on a D-Bus session of the test's own, so it can be locked and paused.
namespace {

const QString Completions = QStringLiteral("/openai/v1/organization/usage/completions");

QByteArray canaryKey()
{
    return "tlcanary-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16) + "-do-not-leak";
}

// One command line against `profile` in `keyring`'s session.
struct Cli
{
    const PrivateKeyring &keyring;
    QStringList profile;

    CliRun operator()(const QStringList &args, const QByteArray &input = {},
                      const QProcessEnvironment &extra = {}) const
    {
        QProcessEnvironment env = keyring.environment();
        for (const QString &name : extra.keys())
            env.insert(name, extra.value(name));
        return test::runCli(profile + args, input, env);
    }

    QJsonArray accounts() const
    {
        return QJsonDocument::fromJson(
                   (*this)({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
            .array();
    }

    QJsonObject account(qint64 id) const
    {
        for (const QJsonValue &a : accounts()) {
            if (a[QStringLiteral("id")].toInteger() == id)
                return a.toObject();
        }
        return {};
    }

    CliRun add(const QString &provider, const QString &baseUrl, const QByteArray &key,
               const QStringList &more = {}) const
    {
        QStringList args{QStringLiteral("accounts"),   QStringLiteral("add"),
                         QStringLiteral("--provider"), provider,
                         QStringLiteral("--label"),    provider};
        if (!baseUrl.isEmpty())
            args << QStringLiteral("--base-url") << baseUrl;
        if (key.isNull())
            args << QStringLiteral("--no-key");
        return (*this)(args + more, key.isNull() ? QByteArray() : key + "\n");
    }

    CliRun sync() const
    {
        return (*this)({QStringLiteral("sync"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                        QStringLiteral("--to"), QStringLiteral("2026-03-03"), QStringLiteral("--json")});
    }
};

QJsonObject firstRun(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("runs")][0].toObject();
}

// A database as TokenLedger wrote it at schema 4 (before key references), with account 1.
bool makeSchema4Database(const QString &path, const QString &baseUrl)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema4"));
        db.setDatabaseName(path);
        QString error;
        ok = db.open() && migrations::create(db, &error) && migrations::upgrade(db, 1, 4, &error);
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version = 4"));
        ok = ok && q.prepare(QStringLiteral("INSERT INTO accounts (id, provider, label, base_url, created_at) "
                                            "VALUES (1, 'openai', 'Old', ?, '2026-01-01T00:00:00Z')"));
        q.addBindValue(baseUrl);
        ok = ok && q.exec();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema4"));
    return ok;
}

bool setBaseUrl(const QString &databasePath, qint64 id, const QString &url)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(databasePath);
        QSqlQuery q(db);
        ok = db.open() && q.prepare(QStringLiteral("UPDATE accounts SET base_url = ? WHERE id = ?"));
        q.addBindValue(url);
        q.addBindValue(id);
        ok = ok && q.exec() && q.numRowsAffected() == 1;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    return ok;
}

}   // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    PrivateKeyring m_keyring;   // this process's session (its keychain clients use it)

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("TOKENLEDGER_BINARY")));
        QVERIFY(m_keyring.start());
        m_keyring.useInThisProcess();
    }

    void keysNeverCrossProfiles()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        QTemporaryDir a;
        QTemporaryDir b;
        const Cli profileA{m_keyring, {QStringLiteral("--profile"), a.path()}};
        const Cli profileB{m_keyring, {QStringLiteral("--db"), b.filePath(QStringLiteral("other.sqlite"))}};
        const QByteArray canary = canaryKey();
        QCOMPARE(profileA.add(QStringLiteral("openai"), {}, canary).code, 0);   // account 1 of profile A
        // Profile B's own account 1, without a key, pointing at a server that records what it gets.
        QCOMPARE(profileB.add(QStringLiteral("openai"), server.url(QStringLiteral("/openai/v1")), {}).code, 0);
        QCOMPARE(profileB.account(1)[QStringLiteral("key")].toString(), QStringLiteral("missing"));
        QVERIFY(profileA.account(1)[QStringLiteral("key_reference")] !=
                profileB.account(1)[QStringLiteral("key_reference")]);

        const CliRun r = profileB.sync();
        QCOMPARE(r.code, 0);   // a key-less account is not synced (said once), not a failure
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(summary[QStringLiteral("runs")].toArray().isEmpty());
        QVERIFY(summary[QStringLiteral("skipped")][0].toString().contains(QStringLiteral("no API key")));
        QCOMPARE(server.totalRequests(), 0);   // A's key was never sent anywhere
        QVERIFY(!(r.out + r.err).toUtf8().contains(canary));
    }

    void legacyKeysMoveToTheirAccountOnce()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.sqlite"));
        const QString second = dir.filePath(QStringLiteral("second.sqlite"));
        QVERIFY(makeSchema4Database(first, server.url(QStringLiteral("/openai/v1"))));
        QVERIFY(makeSchema4Database(second, server.url(QStringLiteral("/openai/v1"))));
        // Where TokenLedger before schema 5 kept account 1's key, written the way it wrote it.
        KeychainSecretStore store(QStringLiteral("org.tokenledger.TokenLedger"));
        const QByteArray canary = canaryKey();
        QCOMPARE(store.writeNow(QStringLiteral("account-1"), QString::fromLatin1(canary)).status,
                 SecretStore::Status::Ok);

        const Cli old{m_keyring, {QStringLiteral("--db"), first}};
        const QJsonObject account = old.account(1);
        QCOMPARE(account[QStringLiteral("key")].toString(), QStringLiteral("stored"));
        const QString ref = account[QStringLiteral("key_reference")].toString();
        QCOMPARE(ref.size(), 32);
        QVERIFY(m_keyring.lookup(QStringLiteral("account-1")).isEmpty());   // read, rewritten, deleted
        QVERIFY(m_keyring.lookup(QStringLiteral("key-") + ref).contains(canary));
        // Another old database with an account 1 cannot claim it a second time.
        const Cli other{m_keyring, {QStringLiteral("--db"), second}};
        QCOMPARE(other.account(1)[QStringLiteral("key")].toString(), QStringLiteral("missing"));

        const CliRun r = old.sync();
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(server.lastHeaders(Completions).value("authorization"), "Bearer " + canary);
    }

    void aKeyIsSentOnlyToTheAddressItWasEnteredFor()
    {
        FakeProviderServer server;
        FakeProviderServer elsewhere;
        QVERIFY(server.start() && elsewhere.start());
        server.loadStandardFixtures();
        elsewhere.loadStandardFixtures();
        QTemporaryDir dir;
        const Cli cli{m_keyring, {QStringLiteral("--profile"), dir.path()}};
        const QByteArray canary = canaryKey();
        QCOMPARE(cli.add(QStringLiteral("openai"), server.url(QStringLiteral("/openai/v1")), canary).code, 0);

        // The database is changed behind TokenLedger's back: the key does not follow.
        const QString database = dir.filePath(QStringLiteral("tokenledger.sqlite"));
        QVERIFY(setBaseUrl(database, 1, elsewhere.url(QStringLiteral("/openai/v1"))));
        CliRun r = cli.sync();
        QCOMPARE(r.code, 1);
        QCOMPARE(firstRun(r)[QStringLiteral("error_kind")].toString(), QStringLiteral("wrong_host"));
        QVERIFY(firstRun(r)[QStringLiteral("message")].toString().contains(server.url()));
        QCOMPARE(elsewhere.totalRequests(), 0);

        // The user moves the account through TokenLedger: the key goes with it.
        QVERIFY(setBaseUrl(database, 1, server.url(QStringLiteral("/openai/v1"))));
        QCOMPARE(cli({QStringLiteral("accounts"), QStringLiteral("edit"), QStringLiteral("1"),
                      QStringLiteral("--base-url"), elsewhere.url(QStringLiteral("/openai/v1"))})
                     .code,
                 0);
        r = cli.sync();
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(elsewhere.lastHeaders(Completions).value("authorization"), "Bearer " + canary);
    }

    void plainHttpToAnotherMachineNeedsConsent()
    {
        QTemporaryDir dir;
        const Cli cli{m_keyring, {QStringLiteral("--profile"), dir.path()}};
        const QString remote = QStringLiteral("http://192.0.2.1/v1");   // TEST-NET: never reached
        CliRun r = cli.add(QStringLiteral("openai"), remote, {});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unencrypted")), qPrintable(r.err));
        QVERIFY(cli.accounts().isEmpty());
        r = cli.add(QStringLiteral("openai"), remote, {}, {QStringLiteral("--allow-insecure-http")});
        QCOMPARE(r.code, 0);
        QCOMPARE(cli.account(1)[QStringLiteral("allow_insecure_http")].toBool(), true);
        QCOMPARE(cli.add(QStringLiteral("openai"), QStringLiteral("http://127.0.0.1:9/v1"), {}).code, 0);   // loopback
        // A changed address needs the consent again.
        r = cli({QStringLiteral("accounts"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--base-url"),
                 QStringLiteral("http://192.0.2.2/v1")});
        QCOMPARE(r.code, 2);

        // Set behind TokenLedger's back, the address gets no key at sync time.
        QVERIFY(
            setBaseUrl(dir.filePath(QStringLiteral("tokenledger.sqlite")), 2, QStringLiteral("http://192.0.2.3/v1")));
        QProcessEnvironment key;
        key.insert(cli.account(2)[QStringLiteral("key_variable")].toString(), QStringLiteral("env-key-not-real"));
        r = cli({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("2"), QStringLiteral("--json")},
                {}, key);
        QCOMPARE(r.code, 1);
        QCOMPARE(firstRun(r)[QStringLiteral("error_kind")].toString(), QStringLiteral("wrong_host"));
        QVERIFY(firstRun(r)[QStringLiteral("message")].toString().contains(QStringLiteral("unencrypted")));
    }

    void emptyAndOverlongKeysAreRefusedWhole()
    {
        QTemporaryDir dir;
        const Cli cli{m_keyring, {QStringLiteral("--profile"), dir.path()}};
        CliRun r = cli.add(QStringLiteral("openai"), {}, "");
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no key was given")));
        QVERIFY(cli.accounts().isEmpty());   // refused before anything was written

        const QByteArray longKey = "sk-" + QByteArray(5000, 'k') + "-end";
        QCOMPARE(cli.add(QStringLiteral("openai"), {}, longKey).code, 0);
        const QString ref = cli.account(1)[QStringLiteral("key_reference")].toString();
        QVERIFY2(m_keyring.lookup(QStringLiteral("key-") + ref).contains(longKey), "the key was cut");

        r = cli.add(QStringLiteral("openai"), {}, QByteArray(20'000, 'x'));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("longer than")));
        QCOMPARE(cli.accounts().size(), 1);

        // A control character inside the key (a paste that caught an escape) is in no provider's
        // key and would go into a request header as it is; a line end around it is trimmed.
        r = cli.add(QStringLiteral("openai"), {},
                    QByteArray("sk-admin-\x01"
                               "abc\n"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("control character")), qPrintable(r.err));
        QCOMPARE(cli.accounts().size(), 1);
        QCOMPARE(cli.add(QStringLiteral("openai"), {}, QByteArray("sk-admin-abc\r\n")).code, 0);
    }

    void idsAreNeverReused()
    {
        QTemporaryDir dir;
        const Cli cli{m_keyring, {QStringLiteral("--profile"), dir.path()}};
        QCOMPARE(cli.add(QStringLiteral("openai"), {}, {}).code, 0);
        QCOMPARE(cli.add(QStringLiteral("anthropic"), {}, {}).code, 0);
        QCOMPARE(cli({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("2"),
                      QStringLiteral("--delete-history")})
                     .code,
                 0);
        const CliRun r = cli.add(QStringLiteral("anthropic"), {}, {});
        QVERIFY2(r.out.contains(QStringLiteral("Added account 3")), qPrintable(r.out));
    }

    void aLateKeychainAnswerIsDroppedSafely()
    {
        KeychainSecretStore store(QStringLiteral("org.tokenledger.test"));
        QCOMPARE(store.writeNow(QStringLiteral("late"), QStringLiteral("value")).status, SecretStore::Status::Ok);
        QVERIFY(m_keyring.pauseKeyring(true));
        QElapsedTimer clock;
        clock.start();
        const SecretStore::Result r = store.readNow(QStringLiteral("late"), 300);
        const qint64 waited = clock.elapsed();
        QVERIFY(m_keyring.pauseKeyring(false));
        QCOMPARE(r.status, SecretStore::Status::TimedOut);
        QVERIFY(waited < 5000);
        // The keychain answers now, into a wait that has returned: it must land nowhere (ASan
        // watches the returned frames: detect_stack_use_after_return is on for this test).
        QTest::qWait(1500);
        QCOMPARE(store.readNow(QStringLiteral("late")).secret, QStringLiteral("value"));
    }

    void notificationChecksNeverWaitForAHungBus()
    {
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        QVERIFY(m_keyring.pauseBus(true));
        QElapsedTimer clock;
        clock.start();
        qint64 built = 0, asked = 0, notified = 0;   // where the time went, should it fail
        {
            DesktopNotifier notifier;
            built = clock.elapsed();
            Alert alert;
            alert.storedTitle = QStringLiteral("t");
            alert.storedMessage = QStringLiteral("m");
            notifier.isAvailable();
            asked = clock.elapsed();
            notifier.notify(alert);
            notified = clock.elapsed();
        }
        const qint64 blocked = clock.elapsed();
        QVERIFY(m_keyring.pauseBus(false));
        QVERIFY2(blocked < 1000,
                 qPrintable(QStringLiteral("blocked for %1 ms (built at %2, asked at %3, notified at %4)")
                                .arg(blocked)
                                .arg(built)
                                .arg(asked)
                                .arg(notified)));
    }

    // Last: it locks this process's keychain.
    void aLockedKeychainSaysSoAndLosesNothing()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        QTemporaryDir dir;
        const Cli cli{m_keyring, {QStringLiteral("--profile"), dir.path()}};
        QCOMPARE(cli.add(QStringLiteral("openai"), server.url(QStringLiteral("/openai/v1")), canaryKey()).code, 0);
        QVERIFY(m_keyring.lock());

        QCOMPARE(cli.account(1)[QStringLiteral("key")].toString(), QStringLiteral("keychain locked"));
        CliRun r = cli.sync();
        QCOMPARE(r.code, 1);
        QCOMPARE(firstRun(r)[QStringLiteral("error_kind")].toString(), QStringLiteral("keychain_locked"));
        QVERIFY(firstRun(r)[QStringLiteral("message")].toString().contains(QStringLiteral("locked")));
        QCOMPARE(server.totalRequests(), 0);

        r = cli.add(QStringLiteral("anthropic"), {}, canaryKey());
        QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("locked")), qPrintable(r.err));
        QCOMPARE(cli.accounts().size(), 1);   // no account without its key

        r = cli({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("1"),
                 QStringLiteral("--keep-history")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("could not be deleted")), qPrintable(r.err));
        QCOMPARE(cli.accounts().size(), 1);   // not removed with its key orphaned
        r = cli({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("1"),
                 QStringLiteral("--keep-history"), QStringLiteral("--leave-key")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("stays in the keychain")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("and its key")));
        QVERIFY(cli.accounts().isEmpty());

        // In this process too: a locked keychain is "locked", never "missing".
        KeychainSecretStore store(QStringLiteral("org.tokenledger.TokenLedger"));
        QCOMPARE(store.readNow(QStringLiteral("key-0123")).status, SecretStore::Status::Locked);
        QCOMPARE(store.removeNow(QStringLiteral("key-0123")).status, SecretStore::Status::Locked);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
