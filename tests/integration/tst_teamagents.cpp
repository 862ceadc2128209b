// Issue 16: coding-agent logs on a team database. Every desktop's logs are its own: two desktops
// (own HOME, own login name) importing their Claude Code logs into one PostgreSQL database each get
// their own agent account, never read the other's folders or progress, and a whole sync on one
// desktop leaves the other's agent account to its owner. A personal ledger keeps reading its one
// agent account whatever the computer or login is called now.
#include "agentlogs.h"
#include "clirunner.h"
#include "pgtestdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;
namespace test = tl::test;
using test::CliRun;
using test::runCli;

namespace {

// A desktop: its own profile and HOME (with ~/.claude logs) and login name.
struct Desktop
{
    QString user;
    QTemporaryDir home;
    QTemporaryDir profile;
    QProcessEnvironment env;

    explicit Desktop(const QString &name)
        : user(name)
    {
        env.insert(QStringLiteral("USER"), name);
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), QString());
        env.insert(QStringLiteral("CODEX_HOME"), QString());
        env.insert(QStringLiteral("GEMINI_DATA_DIR"), QString());
    }

    bool logRequest(const QString &id, qint64 input)
    {
        test::ClaudeRequest request;
        request.id = id;
        request.time = QDateTime(QDate(2026, 9, 3), QTime(10, 0), Qt::UTC);
        request.input = input;
        request.output = 10;
        return test::appendClaudeLog(home.filePath(QStringLiteral(".claude")), QStringLiteral("-home-dev-shop"),
                                     QStringLiteral("s-") + id, test::claudeRequestLine(request));
    }

    CliRun run(const QString &db, const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--profile"), profile.path(), QStringLiteral("--db"), db} + args, {},
                      env);
    }
};

QJsonArray jsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

}   // namespace

class TestTeamAgents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("TOKENLEDGER_BINARY"))); }

    void eachDesktopImportsItsOwnLogs()
    {
        TL_REQUIRE_TEST_SERVER();
        test::PgTestDatabase team;
        QVERIFY2(team.isValid(), qPrintable(team.error()));
        Desktop ana(QStringLiteral("ana"));
        Desktop ben(QStringLiteral("ben"));
        QVERIFY(ana.logRequest(QStringLiteral("a1"), 1000));
        QVERIFY(ben.logRequest(QStringLiteral("b1"), 2000));
        const QStringList import = {QStringLiteral("agents"), QStringLiteral("import")};

        for (const Desktop *d : {&ana, &ben}) {
            const CliRun r = d->run(team.url(), import);
            QVERIFY2(r.code == 0, qPrintable(d->user + u'\n' + r.out + r.err));
        }
        // One account per desktop, owned by it, holding its request only.
        QCOMPARE(
            team.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE provider = 'claude-code'")).toLongLong(),
            2);
        for (const Desktop *d : {&ana, &ben}) {
            const QString owner = team.scalar(QStringLiteral("SELECT agent_owner FROM accounts WHERE agent_owner LIKE "
                                                             "'%1@%%'")
                                                  .arg(d->user))
                                      .toString();
            QVERIFY2(!owner.isEmpty(), qPrintable(d->user));
            const QString requests =
                QStringLiteral("SELECT COUNT(*) FROM agent_requests r JOIN accounts a ON a.id = r.account_id WHERE "
                               "a.agent_owner = '%1'")
                    .arg(owner);
            QCOMPARE(team.scalar(requests).toLongLong(), 1);
            const QString folders =
                QStringLiteral("SELECT COUNT(*) FROM agent_folders f JOIN accounts a ON a.id = f.account_id WHERE "
                               "a.agent_owner = '%1' AND f.folder LIKE '%2%%'")
                    .arg(owner, d->home.path());
            QVERIFY2(team.scalar(folders).toLongLong() >= 1, qPrintable(d->user));
            QVERIFY(team.scalar(QStringLiteral("SELECT label FROM accounts WHERE agent_owner = '%1'").arg(owner))
                        .toString()
                        .contains(owner));
        }
        QCOMPARE(team.scalar(QStringLiteral("SELECT SUM(input_tokens) FROM usage WHERE source = 'agent'")).toLongLong(),
                 3000);

        // Again, and a whole sync from each desktop: nothing new, nobody reads the other's logs.
        QVERIFY(ana.logRequest(QStringLiteral("a2"), 500));
        for (const Desktop *d : {&ben, &ana}) {
            CliRun r = d->run(team.url(), import);
            QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
            r = d->run(team.url(), {QStringLiteral("sync"), QStringLiteral("--json")});
            QVERIFY2(r.code == 0, qPrintable(d->user + u'\n' + r.out + r.err));
            const QJsonArray skipped =
                QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("skipped")].toArray();
            QCOMPARE(skipped.size(), 1);
            QVERIFY2(skipped.first().toString().contains(QStringLiteral("computer")), qPrintable(r.out));
        }
        QCOMPARE(
            team.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE provider = 'claude-code'")).toLongLong(),
            2);
        QCOMPARE(team.scalar(QStringLiteral("SELECT SUM(input_tokens) FROM usage WHERE source = 'agent'")).toLongLong(),
                 3500);
        QCOMPARE(team.scalar(QStringLiteral("SELECT COUNT(*) FROM agent_requests")).toLongLong(), 3);
        // Every run of an agent account was made by its owner.
        QCOMPARE(team.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_runs r JOIN accounts a ON a.id = r.account_id "
                                            "WHERE r.synced_by <> a.agent_owner"))
                     .toLongLong(),
                 0);

        // Each desktop is told whose logs a teammate's account reads.
        const CliRun listed =
            ana.run(team.url(), {QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        QStringList reach;
        for (const QJsonValue &a : jsonArray(listed.out))
            reach.append(a[QStringLiteral("synced_by")].toString());
        reach.sort();
        QCOMPARE(reach, (QStringList{QStringLiteral("no_key_needed"), QStringLiteral("other_computer")}));
    }

    void aPersonalLedgerKeepsItsAgentAccount()
    {
        // The same ledger file read under another login name (a renamed computer, a new user name):
        // still one person's logs, still one account.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ledger.sqlite"));
        Desktop before(QStringLiteral("ana"));
        Desktop after(QStringLiteral("ana2"));
        QVERIFY(before.logRequest(QStringLiteral("a1"), 1000));
        CliRun r = before.run(file, {QStringLiteral("agents"), QStringLiteral("import")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(before.logRequest(QStringLiteral("a2"), 500));
        r = after.run(file, {QStringLiteral("agents"), QStringLiteral("import"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonArray results = jsonArray(r.out);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first()[QStringLiteral("account_id")].toInt(), 1);
        QCOMPARE(results.first()[QStringLiteral("requests_new")].toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTeamAgents)
#include "tst_teamagents.moc"
