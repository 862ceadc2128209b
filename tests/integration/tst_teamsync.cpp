// Issue 16: syncing into a team database. The real binary syncs a loopback provider into the
// session's PostgreSQL server and into an SQLite file, and the two reports are the same; then four
// processes sync overlapping accounts into one PostgreSQL database at once — exact totals, no
// duplicate rows, each account synced by one of them at a time.
#include "clirunner.h"
#include "fakeproviderserver.h"
#include "pgtestdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace tl;
namespace test = tl::test;
using test::CliRun;
using test::runCli;

namespace {

QStringList at(const QString &db)
{
    return {QStringLiteral("--db"), db};
}

// Two accounts (OpenAI, Anthropic) on the loopback server, keys for a headless sync.
QProcessEnvironment addAccounts(const QString &db, test::FakeProviderServer &server)
{
    for (const auto &[provider, path] : {std::pair{QStringLiteral("openai"), QStringLiteral("/openai/v1")},
                                         std::pair{QStringLiteral("anthropic"), QStringLiteral("/anthropic")}}) {
        const CliRun r =
            runCli(at(db) + QStringList{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"),
                                        provider, QStringLiteral("--label"), provider, QStringLiteral("--base-url"),
                                        server.url(path), QStringLiteral("--no-key")});
        if (r.code != 0)
            qWarning("accounts add: %s", qPrintable(r.err));
    }
    QProcessEnvironment keys;
    const CliRun list =
        runCli(at(db) + QStringList{QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue &a : QJsonDocument::fromJson(list.out.toUtf8()).array())
        keys.insert(a[QStringLiteral("key_variable")].toString(), QStringLiteral("team-sync-test-key"));
    return keys;
}

QStringList syncArgs(const QString &db)
{
    return at(db) + QStringList{QStringLiteral("sync"), QStringLiteral("--from"),     QStringLiteral("2026-09-01"),
                                QStringLiteral("--to"), QStringLiteral("2026-09-30"), QStringLiteral("--json")};
}

QByteArray report(const QString &db)
{
    const CliRun r =
        runCli(at(db) + QStringList{QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-09-01"),
                                    QStringLiteral("--to"), QStringLiteral("2026-09-30"), QStringLiteral("--json")});
    if (r.code != 0)
        return "report failed: " + r.err.toUtf8();
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    o.remove(QStringLiteral("forecast"));   // depends on the day the test runs, alike on both
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

}   // namespace

class TestTeamSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TL_REQUIRE_TEST_SERVER();
        QVERIFY(m_server.start());
        m_server.loadStandardFixtures();
    }

    void sameReportOnBothBackends()
    {
        test::PgTestDatabase team;
        QVERIFY(team.isValid());
        const QString file = m_dir.filePath(QStringLiteral("personal.sqlite"));
        for (const QString &db : {team.url(), file}) {
            const QProcessEnvironment keys = addAccounts(db, m_server);
            CliRun r = runCli(syncArgs(db), {}, keys);
            QVERIFY2(r.code == 0, qPrintable(db + u'\n' + r.out + r.err));
            r = runCli(syncArgs(db), {}, keys);   // again: everything unchanged, nothing doubled
            QVERIFY2(r.code == 0, qPrintable(r.err));
            for (const QJsonValue &run :
                 QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("runs")].toArray())
                QCOMPARE(run[QStringLiteral("created")].toInt(), 0);
        }
        const QByteArray sqlite = report(file);
        QVERIFY2(sqlite.contains("\"by_provider\""), sqlite.constData());
        QCOMPARE(report(team.url()), sqlite);
    }

    void fourProcessesAtOnce()
    {
        test::PgTestDatabase team;
        QVERIFY(team.isValid());
        const QProcessEnvironment keys = addAccounts(team.url(), m_server);
        const QString file = m_dir.filePath(QStringLiteral("alone.sqlite"));
        const QProcessEnvironment fileKeys = addAccounts(file, m_server);
        QVERIFY(runCli(syncArgs(file), {}, fileKeys).code == 0);

        // Four desktops (separate HOMEs) sync both accounts into the one team database at once.
        std::vector<std::unique_ptr<QProcess>> processes;
        std::vector<std::unique_ptr<QTemporaryDir>> homes;
        for (int i = 0; i < 4; ++i) {
            QTemporaryDir *home = homes.emplace_back(std::make_unique<QTemporaryDir>()).get();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(keys);
            env.insert(QStringLiteral("HOME"), home->path());
            env.insert(QStringLiteral("XDG_DATA_HOME"), home->filePath(QStringLiteral("data")));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home->filePath(QStringLiteral("config")));
            // Each its own runtime folder: no shared local lock file, as on separate computers.
            env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home->path());
            env.remove(QStringLiteral("DISPLAY"));
            QProcess *p = processes.emplace_back(std::make_unique<QProcess>()).get();
            p->setProcessEnvironment(env);
            p->start(qEnvironmentVariable("TOKENLEDGER_BINARY"), syncArgs(team.url()));
        }
        int skipped = 0;
        for (const auto &owned : processes) {
            QProcess *p = owned.get();
            QVERIFY(QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 120'000));
            const QByteArray out = p->readAllStandardOutput();
            QVERIFY2(p->exitCode() == 0, QByteArray(out + p->readAllStandardError()).constData());
            for (const QJsonValue &line : QJsonDocument::fromJson(out).object()[QStringLiteral("skipped")].toArray()) {
                // Who holds it, in words: the holder's computer and process.
                QVERIFY2(line.toString().contains(QStringLiteral("is syncing it right now (")) &&
                             line.toString().contains(QStringLiteral("tokenledger on ")),
                         qPrintable(line.toString()));
                ++skipped;
            }
        }
        qInfo("accounts skipped because another process held them: %d", skipped);
        // Exact: the same totals as one sync into a file, and no key twice.
        QCOMPARE(report(team.url()), report(file));
        QCOMPARE(team.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT day, account_id, model, project, "
                                            "api_key_id, service_tier, source FROM usage GROUP BY 1, 2, 3, 4, 5, 6, "
                                            "7 HAVING COUNT(*) > 1) AS twice"))
                     .toLongLong(),
                 qint64(0));
    }

private:
    test::FakeProviderServer m_server;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTeamSync)
#include "tst_teamsync.moc"
