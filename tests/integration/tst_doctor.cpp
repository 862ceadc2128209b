// tokenledger doctor, run as a real process: against the test session's real Secret Service, a
// loopback provider that accepts or refuses the key, and with no session bus at all.
#include "clirunner.h"
#include "fakeproviderserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using tl::test::CliRun;
using tl::test::FakeProviderServer;
using tl::test::runCli;

namespace {

bool haveSecretService()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
           qEnvironmentVariableIsSet("TOKENLEDGER_IN_SESSION");
}

// area → {level, detail, fix} from `doctor --json`.
QHash<QString, QJsonObject> findings(const CliRun &run)
{
    QHash<QString, QJsonObject> byArea;
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    for (const QJsonValue &f : doc[QStringLiteral("findings")].toArray())
        byArea.insert(f[QStringLiteral("area")].toString(), f.toObject());
    return byArea;
}

QString level(const QHash<QString, QJsonObject> &f, const QString &area)
{
    return f.value(area)[QStringLiteral("level")].toString();
}

}   // namespace

class TestDoctor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("TOKENLEDGER_BINARY"))); }

    void aFreshProfileNeedsNothing()
    {
        if (!haveSecretService())
            QSKIP("needs the test session's Secret Service (tests/run-in-session.sh)");
        QTemporaryDir profile;
        const CliRun r = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("doctor")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("OK       keychain")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("no database yet")));
        QVERIFY(r.out.contains(QStringLiteral("Nothing needs fixing.")));
    }

    void eachAccountIsReachedOnItsOwnHost()
    {
        if (!haveSecretService())
            QSKIP("needs the test session's Secret Service (tests/run-in-session.sh)");
        FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        QTemporaryDir profile;
        const QStringList p{QStringLiteral("--profile"), profile.path()};
        const QByteArray key = "tldoctor-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        CliRun r =
            runCli(p + QStringList{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"),
                                   QStringLiteral("openai"), QStringLiteral("--label"), QStringLiteral("Org"),
                                   QStringLiteral("--base-url"), server.url(QStringLiteral("/openai/v1"))},
                   key + "\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runCli(p + QStringList{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"),
                                   QStringLiteral("anthropic"), QStringLiteral("--label"), QStringLiteral("Unkeyed"),
                                   QStringLiteral("--no-key")});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = runCli(p + QStringList{QStringLiteral("doctor"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        auto f = findings(r);
        QCOMPARE(level(f, QStringLiteral("database")), QStringLiteral("ok"));
        QCOMPARE(level(f, QStringLiteral("account 1 (Org)")), QStringLiteral("ok"));
        QVERIFY(f.value(QStringLiteral("account 1 (Org)"))[QStringLiteral("detail")].toString().contains(
            QStringLiteral("127.0.0.1 reachable")));
        QCOMPARE(server.requests(QStringLiteral("/openai/v1/organization/costs")), 1);
        QCOMPARE(level(f, QStringLiteral("account 2 (Unkeyed)")), QStringLiteral("warning"));
        QVERIFY(f.value(QStringLiteral("account 2 (Unkeyed)"))[QStringLiteral("fix")].toString().contains(
            QStringLiteral("TOKENLEDGER_API_KEY_")));
        QVERIFY(!r.out.toUtf8().contains(key));

        // --offline contacts nobody.
        r = runCli(p + QStringList{QStringLiteral("doctor"), QStringLiteral("--offline")});
        QCOMPARE(r.code, 0);
        QCOMPARE(server.requests(QStringLiteral("/openai/v1/organization/costs")), 1);

        // A refused key is a problem, with what to do.
        server.setFault(QStringLiteral("/openai/v1/organization/costs"),
                        {401, "{\"error\":{\"message\":\"Incorrect API key provided\"}}"});
        r = runCli(p + QStringList{QStringLiteral("doctor"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        f = findings(r);
        QCOMPARE(level(f, QStringLiteral("account 1 (Org)")), QStringLiteral("problem"));
        QVERIFY(f.value(QStringLiteral("account 1 (Org)"))[QStringLiteral("fix")].toString().contains(
            QStringLiteral("accounts edit 1 --key")));
        QVERIFY(!r.out.toUtf8().contains(key));
    }

    void withoutASessionBusItSaysWhatIsMissing()
    {
        QTemporaryDir profile;
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        const CliRun r =
            runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("doctor"), QStringLiteral("--json")},
                   {}, noBus);
        QCOMPARE(r.code, 1);
        const auto f = findings(r);
        QCOMPARE(level(f, QStringLiteral("keychain")), QStringLiteral("problem"));
        QCOMPARE(level(f, QStringLiteral("desktop")), QStringLiteral("problem"));
        QVERIFY(f.value(QStringLiteral("desktop"))[QStringLiteral("fix")].toString().contains(
            QStringLiteral("TOKENLEDGER_API_KEY_")));
    }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
