// Issue 16 on the command line: `--db postgresql://…` against the session's PostgreSQL server, the
// three failures a person must be able to tell apart (no server, refused, newer schema), the password
// kept in the keychain by `db password`, and `db copy` in and back out.
#include "agentlogs.h"
#include "clirunner.h"
#include "pgtestdatabase.h"
#include "storage/costrepository.h"
#include "storage/syncrunrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace tl;
namespace test = tl::test;
using test::runCli;

class TestTeamCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("TOKENLEDGER_BINARY"))); }

    void opensATeamDatabase()
    {
        TL_REQUIRE_TEST_SERVER();
        test::PgTestDatabase team;
        QVERIFY2(team.isValid(), qPrintable(team.error()));
        const test::CliRun add = runCli(
            {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("--db"), team.url(),
             QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"), QStringLiteral("other"),
             QStringLiteral("--label"), QStringLiteral("Seats"), QStringLiteral("--no-key")});
        QVERIFY2(add.code == 0, qPrintable(add.err));
        const test::CliRun list = runCli({QStringLiteral("--profile"), m_profile.path(), QStringLiteral("--db"),
                                          team.url(), QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QVERIFY(list.out.contains(QStringLiteral("Seats")));
        QCOMPARE(team.scalar(QStringLiteral("SELECT label FROM accounts")).toString(), QStringLiteral("Seats"));
    }

    void saysWhatIsWrong()
    {
        TL_REQUIRE_TEST_SERVER();
        // No server: a port nobody listens on.
        QUrl down(test::testServerUrl());
        down.setPort(1);
        test::CliRun r = runCli({QStringLiteral("--profile"), m_profile.path(), QStringLiteral("--db"), down.toString(),
                                 QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No PostgreSQL server answers")), qPrintable(r.err));

        // Refused: a role that needs a password, with none in the keychain or .pgpass.
        QProcessEnvironment noPgpass;
        noPgpass.insert(QStringLiteral("PGPASSFILE"), m_profile.filePath(QStringLiteral("none")));
        r = runCli({QStringLiteral("--profile"), m_profile.path(), QStringLiteral("--db"),
                    qEnvironmentVariable("TOKENLEDGER_TEST_PG_PASSWORD_URL"), QStringLiteral("accounts"),
                    QStringLiteral("list")},
                   {}, noPgpass);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The server refused")), qPrintable(r.err));
        QVERIFY(!r.err.contains(qEnvironmentVariable("TOKENLEDGER_TEST_PG_PASSWORD")));

        // Newer: a database a later TokenLedger has migrated.
        test::PgTestDatabase team;
        QVERIFY(team.isValid());
        r = runCli({QStringLiteral("--profile"), m_profile.path(), QStringLiteral("--db"), team.url(),
                    QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(team.exec(QStringLiteral("UPDATE tokenledger_meta SET value = '99' WHERE name = 'schema_version'")));
        r = runCli({QStringLiteral("--profile"), m_profile.path(), QStringLiteral("--db"), team.url(),
                    QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("newer TokenLedger")), qPrintable(r.err));

        // A password on the command line is refused without being repeated.
        QUrl withPassword(test::testServerUrl());
        withPassword.setPassword(QStringLiteral("hunter2"));
        r = runCli(
            {QStringLiteral("--db"), withPassword.toString(), QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.contains(QStringLiteral("hunter2")));
    }

    void passwordFromTheKeychain()
    {
        TL_REQUIRE_TEST_SERVER();
        test::PgTestDatabase team;
        QVERIFY(team.isValid());
        const QString url = team.passwordRoleUrl();
        QVERIFY(!url.isEmpty());
        QProcessEnvironment noPgpass;
        noPgpass.insert(QStringLiteral("PGPASSFILE"), m_profile.filePath(QStringLiteral("none")));
        const QStringList list{QStringLiteral("--profile"), m_profile.path(),      QStringLiteral("--db"), url,
                               QStringLiteral("accounts"),  QStringLiteral("list")};
        test::CliRun r = runCli(list, {}, noPgpass);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The server refused")), qPrintable(r.err));

        const QByteArray password = qgetenv("TOKENLEDGER_TEST_PG_PASSWORD") + '\n';
        r = runCli({QStringLiteral("--db"), url, QStringLiteral("db"), QStringLiteral("password")}, password, noPgpass);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Connected")));
        QVERIFY(!r.out.contains(QString::fromLatin1(password.trimmed())));
        // The next command takes it from the keychain (and creates the schema as that role).
        r = runCli(list, {}, noPgpass);
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = runCli({QStringLiteral("--db"), url, QStringLiteral("db"), QStringLiteral("forget-password")}, {},
                   noPgpass);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runCli(list, {}, noPgpass);
        QCOMPARE(r.code, 1);
    }

    void copiesALedgerInAndOut()
    {
        TL_REQUIRE_TEST_SERVER();
        test::TestDatabase file(QStringLiteral("file"));
        const qint64 account = file.addAccount(QStringLiteral("openai"), QStringLiteral("Org"));
        QVERIFY(CostRepository(file.connection())
                    .upsert({{account,
                              QDate(2026, 9, 1),
                              QStringLiteral("x"),
                              {},
                              {},
                              QStringLiteral("USD"),
                              QStringLiteral("api"),
                              Money::fromNanos((qint64(1) << 53) + 1)}})
                    .ok);
        test::PgTestDatabase team;
        QVERIFY(team.isValid());
        test::CliRun r = runCli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), file.path(),
                                 QStringLiteral("--to"), team.url()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("costs")));
        QCOMPARE(team.scalar(QStringLiteral("SELECT amount_nano FROM costs")).toLongLong(), (qint64(1) << 53) + 1);
        r = runCli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), file.path(),
                    QStringLiteral("--to"), team.url()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--replace")), qPrintable(r.err));
        const QString back = m_profile.filePath(QStringLiteral("back.sqlite"));
        r = runCli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), team.url(),
                    QStringLiteral("--to"), back});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("--db"), back, QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY2(r.out.contains(QStringLiteral("Org")), qPrintable(r.out + r.err));
    }

    void importsRepricesAndUndoesOnATeamDatabase()
    {
        // The same commands against a file and a team database: the same report at every step.
        TL_REQUIRE_TEST_SERVER();
        test::PgTestDatabase team;
        QVERIFY(team.isValid());
        const QString file = m_profile.filePath(QStringLiteral("imports.sqlite"));
        const QString csv = m_profile.filePath(QStringLiteral("usage.csv"));
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("date,provider,model,input_tokens,cached_input_tokens,output_tokens,requests,cost_usd,project,"
                  "api_key_id\n"
                  "2026-09-01,openai,gpt-4.1-2025-04-14,80000,0,12000,30,0.256,proj_abc,key_2\n"
                  "2026-09-02,openai,gpt-4o-mini-2024-07-18,200000,50000,40000,120,,proj_abc,key_1\n"
                  "2026-09-02,openai,my-finetune,5000,0,500,5,,proj_abc,key_1\n");
        out.close();
        QTemporaryDir claude;
        test::ClaudeRequest request;
        request.id = QStringLiteral("r1");
        request.time = QDateTime(QDate(2026, 9, 3), QTime(10, 0), Qt::UTC);
        request.input = 1000;
        request.output = 100;
        QVERIFY(test::appendClaudeLog(claude.path(), QStringLiteral("-home-dev-shop"), QStringLiteral("s-1"),
                                      test::claudeRequestLine(request)));
        const QList<QStringList> steps = {
            {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"), QStringLiteral("openai"),
             QStringLiteral("--label"), QStringLiteral("Console"), QStringLiteral("--no-key")},
            {QStringLiteral("import"), QStringLiteral("--csv"), csv, QStringLiteral("--account"), QStringLiteral("1")},
            {QStringLiteral("agents"), QStringLiteral("import"), QStringLiteral("--claude"), claude.path()},
            {QStringLiteral("pricing"), QStringLiteral("set"), QStringLiteral("--provider"), QStringLiteral("openai"),
             QStringLiteral("--model"), QStringLiteral("my-finetune"), QStringLiteral("--from"),
             QStringLiteral("2026-09-01"), QStringLiteral("--input"), QStringLiteral("12"), QStringLiteral("--output"),
             QStringLiteral("48")},
            {QStringLiteral("imports"), QStringLiteral("remove"), QStringLiteral("1")},
        };
        const QStringList report = {QStringLiteral("report"),     QStringLiteral("--from"),
                                    QStringLiteral("2026-09-01"), QStringLiteral("--to"),
                                    QStringLiteral("2026-09-30"), QStringLiteral("--by"),
                                    QStringLiteral("model"),      QStringLiteral("--json")};
        for (const QStringList &step : steps) {
            QByteArray reports[2];
            int i = 0;
            for (const QString &db : {file, team.url()}) {
                const QStringList at = {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("--db"), db};
                test::CliRun r = runCli(at + step);
                QVERIFY2(r.code == 0, qPrintable(step.join(u' ') + u'\n' + r.out + r.err));
                r = runCli(at + report);
                QVERIFY2(r.code == 0, qPrintable(r.err));
                reports[i++] = r.out.toUtf8();
            }
            // A team database names a desktop's agent account after its owner (each desktop has its
            // own); the personal ledger says "on this computer". Everything else is the same.
            reports[1].replace(QStringLiteral("Claude Code (%1)").arg(thisSyncIdentity()).toUtf8(),
                               QByteArrayLiteral("Claude Code on this computer"));
            QVERIFY2(reports[1] == reports[0], qPrintable(step.join(u' ') + u'\n' + QString::fromUtf8(reports[1]) +
                                                          u'\n' + QString::fromUtf8(reports[0])));
        }
        QCOMPARE(team.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE source = 'csv'")).toLongLong(), 0);
        QCOMPARE(team.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE source = 'agent'")).toLongLong(), 1);
    }

private:
    QTemporaryDir m_profile;
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
