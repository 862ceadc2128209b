#include "clirunner.h"
#include "fakeproviderserver.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;
using tl::test::CliRun;
using tl::test::FakeProviderServer;
using tl::test::runCli;

namespace {

bool haveSecretService()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
           qEnvironmentVariableIsSet("TOKENLEDGER_IN_SESSION");
}

// A recognisable fake key, made at run time so no key-shaped text is committed.
QByteArray canaryKey()
{
    return "tlcanary-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16) + "-do-not-leak";
}

// Every file below `folder` that contains `needle`.
QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

QJsonObject json(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

// Account `id` as `accounts list --json` shows it (key reference, headless variable, key state).
QJsonObject listed(const QStringList &profile, qint64 id, const QProcessEnvironment &env = {})
{
    const CliRun r = runCli(
        profile + QStringList{QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")}, {}, env);
    for (const QJsonValue &a : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        if (a[QStringLiteral("id")].toInteger() == id)
            return a.toObject();
    }
    return {};
}

QString keyVariable(const QStringList &profile, qint64 id)
{
    return listed(profile, id)[QStringLiteral("key_variable")].toString();
}

// What the real Secret Service holds for an entry, through secret-tool.
QByteArray keychainEntry(const QString &entry)
{
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("org.tokenledger.TokenLedger"),
                  QStringLiteral("user"), entry});
    lookup.waitForFinished(10'000);
    return lookup.readAllStandardOutput().trimmed();
}

}   // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("TOKENLEDGER_BINARY"))); }

    void accountsSyncReportAndTheCanary()
    {
        if (!haveSecretService())
            QSKIP("needs the Secret Service session that tests/run-in-session.sh starts");
        FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        QTemporaryDir profile;
        const QStringList p{QStringLiteral("--profile"), profile.path()};
        const QByteArray canary = canaryKey();
        QStringList printed;   // everything the app printed

        CliRun r =
            runCli(p + QStringList{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"),
                                   QStringLiteral("openai"), QStringLiteral("--label"), QStringLiteral("Org"),
                                   QStringLiteral("--base-url"), server.url(QStringLiteral("/openai/v1"))},
                   canary + "\n");
        printed << r.out << r.err;
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("keychain")));
        r = runCli(p + QStringList{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"),
                                   QStringLiteral("anthropic"), QStringLiteral("--label"), QStringLiteral("Claude"),
                                   QStringLiteral("--base-url"), server.url(QStringLiteral("/anthropic"))},
                   canary + "-anthropic\n");
        printed << r.out << r.err;
        QCOMPARE(r.code, 0);

        r = runCli(p + QStringList{QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
        printed << r.out << r.err;
        const QJsonArray accounts = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts[0][QStringLiteral("key")].toString(), QStringLiteral("stored"));

        // The key is in the real Secret Service, where QtKeychain files it: under the account's
        // random key reference, bound to the address it was entered for.
        const QString ref = listed(p, 1)[QStringLiteral("key_reference")].toString();
        QCOMPARE(ref.size(), 32);
        QVERIFY(ref != listed(p, 2)[QStringLiteral("key_reference")].toString());
        const QByteArray stored = keychainEntry(QStringLiteral("key-") + ref);
        QVERIFY2(stored.contains(canary), "the keychain does not hold the key");
        QVERIFY(stored.contains(server.url().toUtf8()));
        QVERIFY(keychainEntry(QStringLiteral("account-1")).isEmpty());

        r = runCli(p + QStringList{QStringLiteral("accounts"), QStringLiteral("test"), QStringLiteral("1")});
        printed << r.out << r.err;
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Connected")));

        r = runCli(p + QStringList{QStringLiteral("sync"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-03-03"), QStringLiteral("--json")});
        printed << r.out << r.err;
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonArray runs = json(r).value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        for (const QJsonValue &run : runs)
            QCOMPARE(run[QStringLiteral("status")].toString(), QStringLiteral("success"));
        QCOMPARE(server.lastHeaders(QStringLiteral("/openai/v1/organization/costs")).value("authorization"),
                 "Bearer " + canary);   // the stored key was used

        r = runCli(p + QStringList{QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-03-03"), QStringLiteral("--json")});
        printed << r.out << r.err;
        const QJsonObject report = json(r);
        // Billed: OpenAI 2.925919 + Anthropic 7.09567891 USD; estimated from the catalog: 0.55375 + 0.699.
        QCOMPARE(report[QStringLiteral("billed")][0][QStringLiteral("amount")].toString(),
                 QStringLiteral("3.635486891"));
        QCOMPARE(report[QStringLiteral("total")][QStringLiteral("cost")][QStringLiteral("usd")].toString(),
                 QStringLiteral("1.25275"));
        QCOMPARE(report[QStringLiteral("by_provider")].toArray().size(), 2);

        r = runCli(p + QStringList{QStringLiteral("sync"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-03-03")});
        printed << r.out << r.err;
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Synced 0 new records, 0 updated")));

        for (const QString &format : {QStringLiteral("--csv"), QStringLiteral("--json")}) {
            r = runCli(p + QStringList{QStringLiteral("export"), format, QStringLiteral("--output"),
                                       profile.filePath(QStringLiteral("export") + format.mid(1))});
            printed << r.out << r.err;
            QCOMPARE(r.code, 0);
        }
        r = runCli(p + QStringList{QStringLiteral("export"), QStringLiteral("--json")});
        printed << r.out << r.err;
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 6);   // 4 OpenAI + 2 Anthropic rows

        // The canary: nothing the app wrote, exported or printed contains the key.
        QStringList leaks = filesContaining(profile.path(), canary);
        leaks += filesContaining(qEnvironmentVariable("HOME"), canary);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ")));
        for (const QString &text : std::as_const(printed))
            QVERIFY2(!text.toUtf8().contains(canary), "the key appeared in the command's output");

        // Removing an account removes its key; history can stay.
        r = runCli(p + QStringList{QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("1"),
                                   QStringLiteral("--keep-history")});
        QCOMPARE(r.code, 0);
        QVERIFY(keychainEntry(QStringLiteral("key-") + ref).isEmpty());
        r = runCli(p + QStringList{QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-03-03"), QStringLiteral("--json")});
        QCOMPARE(json(r)[QStringLiteral("billed")][0][QStringLiteral("amount")].toString(),
                 QStringLiteral("3.635486891"));
        r = runCli(p + QStringList{QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("2"),
                                   QStringLiteral("--delete-history")});
        QCOMPARE(r.code, 0);
        r = runCli(p + QStringList{QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-03-03"), QStringLiteral("--json")});
        QCOMPARE(json(r)[QStringLiteral("billed")][0][QStringLiteral("amount")].toString(), QStringLiteral("2.925919"));
    }

    void withoutAKeychainNothingIsStored()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        QTemporaryDir profile;
        const QStringList p{QStringLiteral("--profile"), profile.path()};
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        const QByteArray canary = canaryKey();
        const QStringList add{QStringLiteral("accounts"),   QStringLiteral("add"),
                              QStringLiteral("--provider"), QStringLiteral("openai"),
                              QStringLiteral("--label"),    QStringLiteral("Org"),
                              QStringLiteral("--base-url"), server.url(QStringLiteral("/openai/v1"))};
        CliRun r = runCli(p + add, canary + "\n", noBus);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("NOT stored")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--no-key")));
        QVERIFY(filesContaining(profile.path(), canary).isEmpty());
        QVERIFY(!(r.out + r.err).toUtf8().contains(canary));
        // A failed add leaves no account behind.
        r = runCli(p + QStringList{QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")}, {},
                   noBus);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);

        // Headless use: an account without a key, whose key comes from the environment at sync
        // time (named by its key reference) and is never stored.
        r = runCli(p + add + QStringList{QStringLiteral("--no-key")}, {}, noBus);
        QCOMPARE(r.code, 0);
        const QString variable = listed(p, 1, noBus)[QStringLiteral("key_variable")].toString();
        QVERIFY(variable.startsWith(QStringLiteral("TOKENLEDGER_API_KEY_")) && variable.size() == 20 + 32);
        QVERIFY2(r.out.contains(variable), qPrintable(r.out + variable));
        QProcessEnvironment withKey = noBus;
        withKey.insert(variable, QString::fromLatin1(canary));
        r = runCli(p + QStringList{QStringLiteral("sync"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-03-03")},
                   {}, withKey);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("[success]")));
        QVERIFY(filesContaining(profile.path(), canary).isEmpty());

        // The old id-named variable means nothing: it could name another database's account.
        QProcessEnvironment byId = noBus;
        byId.insert(QStringLiteral("TOKENLEDGER_API_KEY_1"), QString::fromLatin1(canary));
        r = runCli(p + QStringList{QStringLiteral("sync")}, {}, byId);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("[failed]")));
        QVERIFY2(r.out.contains(variable), qPrintable(r.out + variable));
        // The failure is an error too: one line on standard error naming the account.
        QVERIFY2(r.err.startsWith(QStringLiteral("tokenledger: 1 account failed to sync: ")), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }

    // The network module (libtokenledger-net) is loaded from lib/tokenledger beside the program's
    // directory. A program without it starts and works on the ledger, and every step that needs the
    // network or the keychain says what is missing; nothing is stored in its place.
    void withoutTheNetworkModule()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        QTemporaryDir profile;
        QTemporaryDir install;
        const QStringList p{QStringLiteral("--profile"), profile.path()};
        const QString real = qEnvironmentVariable("TOKENLEDGER_BINARY");
        QVERIFY(QDir().mkpath(install.filePath(QStringLiteral("bin"))));
        const QString alone = install.filePath(QStringLiteral("bin/tokenledger"));
        QVERIFY(QFile::copy(real, alone));
        qputenv("TOKENLEDGER_BINARY", alone.toLocal8Bit());
        const auto restore = qScopeGuard([&real] { qputenv("TOKENLEDGER_BINARY", real.toLocal8Bit()); });

        const QByteArray canary = canaryKey();
        const QStringList add{QStringLiteral("accounts"),   QStringLiteral("add"),
                              QStringLiteral("--provider"), QStringLiteral("openai"),
                              QStringLiteral("--label"),    QStringLiteral("Org"),
                              QStringLiteral("--base-url"), server.url(QStringLiteral("/openai/v1"))};
        CliRun r = runCli(p + add, canary + "\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("network module (libtokenledger-net) could not be loaded")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("NOT stored")));
        QVERIFY(filesContaining(profile.path(), canary).isEmpty());
        QVERIFY(!(r.out + r.err).toUtf8().contains(canary));

        // The ledger itself works: an account without a key, listed.
        r = runCli(p + add + QStringList{QStringLiteral("--no-key")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QString variable = listed(p, 1)[QStringLiteral("key_variable")].toString();
        QVERIFY(!variable.isEmpty());

        // A sync says why it cannot run, and asks nothing of the provider.
        QProcessEnvironment withKey;
        withKey.insert(variable, QString::fromLatin1(canary));
        r = runCli(p + QStringList{QStringLiteral("sync"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-03-03")},
                   {}, withKey);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("libtokenledger-net")), qPrintable(r.err));
        QCOMPARE(server.totalRequests(), 0);

        r = runCli(p + QStringList{QStringLiteral("doctor"), QStringLiteral("--offline")});
        QVERIFY2(r.out.contains(QStringLiteral("PROBLEM  keychain: TokenLedger's network module")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("reinstall TokenLedger")));

        // A module of another build is refused on its build string, never called into (its
        // backend aborts).
        QVERIFY(QDir().mkpath(install.filePath(QStringLiteral("lib/tokenledger"))));
        const QString placed = install.filePath(QStringLiteral("lib/tokenledger/libtokenledger-net.so"));
        QVERIFY(QFile::copy(QStringLiteral(TL_OTHER_NET_MODULE), placed));
        r = runCli(p + QStringList{QStringLiteral("doctor"), QStringLiteral("--offline")});
        QVERIFY2(r.out.contains(QStringLiteral("it is from another version (0.0.0/another-interface")),
                 qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("PROBLEM  keychain")));

        // The same program beside its own module syncs.
        QVERIFY(QFile::remove(placed));
        const QString module =
            QFileInfo(real).dir().filePath(QStringLiteral("../lib/tokenledger/libtokenledger-net.so"));
        QVERIFY2(QFile::copy(module, placed), qPrintable(module));
        r = runCli(p + QStringList{QStringLiteral("sync"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-03-03")},
                   {}, withKey);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("[success]")));
        QVERIFY(server.totalRequests() > 0);
        QVERIFY(filesContaining(profile.path(), canary).isEmpty());
    }

    void aProjectKeyGetsGuidance()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        server.setFault(QStringLiteral("/openai/v1/organization/usage/completions"),
                        {401, "{\"error\":{\"message\":\"Missing scopes: api.usage.read\"}}", {}, false});
        QTemporaryDir profile;
        const QStringList p{QStringLiteral("--profile"), profile.path()};
        CliRun r =
            runCli(p + QStringList{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"),
                                   QStringLiteral("openai"), QStringLiteral("--label"), QStringLiteral("Org"),
                                   QStringLiteral("--base-url"), server.url(QStringLiteral("/openai/v1")),
                                   QStringLiteral("--no-key")});
        QCOMPARE(r.code, 0);
        QProcessEnvironment key;
        key.insert(keyVariable(p, 1), QStringLiteral("project-key-not-real"));
        r = runCli(p + QStringList{QStringLiteral("sync"), QStringLiteral("--json")}, {}, key);
        QCOMPARE(r.code, 1);
        const QJsonObject run = json(r)[QStringLiteral("runs")][0].toObject();
        QCOMPARE(run[QStringLiteral("status")].toString(), QStringLiteral("failed"));
        QCOMPARE(run[QStringLiteral("error_kind")].toString(), QStringLiteral("unauthorized"));
        QVERIFY(run[QStringLiteral("message")].toString().contains(QStringLiteral("organization admin key")));
        QCOMPARE(server.requests(QStringLiteral("/openai/v1/organization/usage/completions")), 1);   // no retry on 401
    }

    void backfillFollowsTheProfileSettings()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        QTemporaryDir profile;
        QFile ini(profile.filePath(QStringLiteral("tokenledger.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[sync]\nbackfillDays=10\n");
        ini.close();
        const QStringList p{QStringLiteral("--profile"), profile.path()};
        QVERIFY(runCli(p + QStringList{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"),
                                       QStringLiteral("openai"), QStringLiteral("--label"), QStringLiteral("Org"),
                                       QStringLiteral("--base-url"), server.url(QStringLiteral("/openai/v1")),
                                       QStringLiteral("--no-key")})
                    .code == 0);
        QProcessEnvironment key;
        key.insert(keyVariable(p, 1), QStringLiteral("settings-test-key"));
        const CliRun r = runCli(p + QStringList{QStringLiteral("sync"), QStringLiteral("--json")}, {}, key);
        QCOMPARE(r.code, 0);
        const QJsonObject run = json(r)[QStringLiteral("runs")][0].toObject();
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QCOMPARE(run[QStringLiteral("from")].toString(), today.addDays(-9).toString(Qt::ISODate));
        QCOMPARE(run[QStringLiteral("to")].toString(), today.toString(Qt::ISODate));
    }

    void badAccountCommands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown provider")
            << QStringList{QStringLiteral("accounts"), QStringLiteral("add"),     QStringLiteral("--provider"),
                           QStringLiteral("acme"),     QStringLiteral("--label"), QStringLiteral("x")}
            << 2 << "unknown provider";
        QTest::newRow("bad base url") << QStringList{QStringLiteral("accounts"),   QStringLiteral("add"),
                                                     QStringLiteral("--provider"), QStringLiteral("openai"),
                                                     QStringLiteral("--label"),    QStringLiteral("x"),
                                                     QStringLiteral("--base-url"), QStringLiteral("ftp://x")}
                                      << 2 << "not an http(s) URL";
        QTest::newRow("no such account") << QStringList{QStringLiteral("accounts"), QStringLiteral("test"),
                                                        QStringLiteral("42")}
                                         << 1 << "no account 42";
        QTest::newRow("remove without choice")
            << QStringList{QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("42")} << 1
            << "no account 42";
        QTest::newRow("sync half window")
            << QStringList{QStringLiteral("sync"), QStringLiteral("--from"), QStringLiteral("2026-01-01")} << 2
            << "both --from and --to";
        QTest::newRow("sync bad date") << QStringList{QStringLiteral("sync"), QStringLiteral("--from"),
                                                      QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                                      QStringLiteral("soon")}
                                       << 2 << "not a date";
    }

    void badAccountCommands()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir profile;
        const CliRun r = runCli(QStringList{QStringLiteral("--profile"), profile.path()} + args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
