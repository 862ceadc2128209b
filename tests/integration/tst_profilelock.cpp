#include "alerts/alerts.h"
#include "clirunner.h"
#include "fakeproviderserver.h"
#include "pricing/pricingservice.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"
#include "storage/accountrepository.h"
#include "storage/profilelock.h"
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"
#include "sync/syncengine.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace tl;
using tl::test::CliRun;
using tl::test::FakeProviderServer;

// One writer per profile, and a history that tells the truth (issue 11, items 9 and 10): two real
// processes on one profile, a process killed mid-sync, a database refusing the run's record.
namespace {

const QString Completions = QStringLiteral("/openai/v1/organization/usage/completions");

// Reads sync_runs of a profile's database from the outside (WAL lets us read beside a writer).
QList<QPair<QString, QString>> runsOf(const QString &databasePath)
{
    QList<QPair<QString, QString>> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("SELECT status, message FROM sync_runs ORDER BY id"))) {
            while (q.next())
                out.append({q.value(0).toString(), q.value(1).toString()});
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return out;
}

struct Profile
{
    QTemporaryDir dir;
    QStringList args{QStringLiteral("--profile"), dir.path()};
    QProcessEnvironment key;

    QString database() const { return dir.filePath(QStringLiteral("tokenledger.sqlite")); }

    bool addAccount(const QString &baseUrl)
    {
        if (test::runCli(args + QStringList{QStringLiteral("accounts"), QStringLiteral("add"),
                                            QStringLiteral("--provider"), QStringLiteral("openai"),
                                            QStringLiteral("--label"), QStringLiteral("Org"),
                                            QStringLiteral("--base-url"), baseUrl, QStringLiteral("--no-key")})
                .code != 0)
            return false;
        const CliRun list = test::runCli(
            args + QStringList{QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
        const QString variable =
            QJsonDocument::fromJson(list.out.toUtf8()).array().first()[QStringLiteral("key_variable")].toString();
        key.insert(variable, QStringLiteral("lock-test-key-not-real"));
        return !variable.isEmpty();
    }

    QStringList sync(const QStringList &more = {}) const
    {
        return args +
               QStringList{QStringLiteral("sync"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                           QStringLiteral("--to"), QStringLiteral("2026-03-03")} +
               more;
    }
};

struct Engine
{
    test::TestDatabase db;
    FakeProviderServer server;
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    FixedClock clock{QDateTime(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<SyncEngine> engine;
    qint64 account = 0;

    Engine()
    {
        server.start();
        server.loadStandardFixtures();
        Account a;
        a.provider = QStringLiteral("openai");
        a.label = QStringLiteral("Org");
        a.baseUrl = server.url(QStringLiteral("/openai/v1"));
        account = AccountRepository(db.connection()).add(a);
        storeAccountKeyNow(secrets, test::accountOf(db.connection(), account), QStringLiteral("engine-key"));
        SyncOptions options;
        options.retry.baseDelayMs = 5;
        options.retry.minIntervalMs = 0;
        engine = std::make_unique<SyncEngine>(db.connection(), secrets, &network, clock, options);
    }

    SyncSummary sync(bool cancelOnceAsked = false)
    {
        QSignalSpy finished(engine.get(), &SyncEngine::finished);
        SyncRequest request;
        request.from = QDate(2026, 3, 1);
        request.to = QDate(2026, 3, 3);
        if (!engine->start(request))
            return {};
        if (cancelOnceAsked) {
            const int before = server.requests(Completions);
            if (!QTest::qWaitFor([&] { return server.requests(Completions) > before; }, 20'000))
                return {};
            engine->cancel();
        }
        if (!finished.wait(30'000))
            return {};
        return finished.first().first().value<SyncSummary>();
    }
};

}   // namespace

class TestProfileLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("TOKENLEDGER_BINARY"))); }

    void aSecondProcessNamesTheHolderAndTouchesNothing()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        server.setFault(Completions, {200, {}, {}, true});   // the first process's sync hangs there
        Profile profile;
        QVERIFY(profile.addAccount(server.url(QStringLiteral("/openai/v1"))));

        QProcess first;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : profile.key.keys())
            env.insert(name, profile.key.value(name));
        first.setProcessEnvironment(env);
        first.start(qEnvironmentVariable("TOKENLEDGER_BINARY"), profile.sync());
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.requests(Completions) == 1, 20'000);

        // A second command line on the same profile: no fetch, no write, and it says who.
        CliRun second = test::runCli(profile.sync(), {}, profile.key);
        QCOMPARE(second.code, 1);
        QVERIFY2(second.err.contains(QStringLiteral("process %1").arg(first.processId())), qPrintable(second.err));
        QVERIFY(second.err.contains(QStringLiteral("nothing was synced")));
        QCOMPARE(server.requests(Completions), 1);
        QList<QPair<QString, QString>> runs = runsOf(profile.database());
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().first, QStringLiteral("running"));   // not marked "Interrupted" under its feet

        QTemporaryDir files;
        QFile csv(files.filePath(QStringLiteral("usage.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("date,model,input_tokens,output_tokens\n2026-03-02,gpt-4o,10,5\n");
        csv.close();
        const CliRun import =
            test::runCli(profile.args + QStringList{QStringLiteral("import"), QStringLiteral("--csv"), csv.fileName(),
                                                    QStringLiteral("--account"), QStringLiteral("1")});
        QCOMPARE(import.code, 1);
        QVERIFY2(import.err.contains(QStringLiteral("nothing was imported")), qPrintable(import.err));

        // The first process dies mid-sync. Whoever opens the profile next closes its run.
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished());
        QVERIFY(test::runCli(profile.args + QStringList{QStringLiteral("report")}).code == 0);
        runs = runsOf(profile.database());
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().first, QStringLiteral("failed"));
        QVERIFY(runs.first().second.contains(QStringLiteral("Interrupted")));

        // The lock it left is stale (its process is gone): the next sync takes it.
        server.clearFaults();
        second = test::runCli(profile.sync(), {}, profile.key);
        QVERIFY2(second.code == 0, qPrintable(second.out + second.err));
    }

    void aWaitingSyncStartsWhenTheHolderFinishes()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        Profile profile;
        QVERIFY(profile.addAccount(server.url(QStringLiteral("/openai/v1"))));
        ProfileLock held(profile.database());
        QVERIFY(held.tryLock(QStringLiteral("importing")));
        QProcess waiting;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : profile.key.keys())
            env.insert(name, profile.key.value(name));
        waiting.setProcessEnvironment(env);
        waiting.start(qEnvironmentVariable("TOKENLEDGER_BINARY"),
                      profile.sync({QStringLiteral("--wait"), QStringLiteral("60")}));
        QVERIFY(waiting.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += waiting.readAllStandardError()).contains("Waiting for TokenLedger"), 20'000);
        QCOMPARE(server.totalRequests(), 0);
        held.unlock();
        QTRY_VERIFY_WITH_TIMEOUT(waiting.state() == QProcess::NotRunning, 30'000);
        QCOMPARE(waiting.exitCode(), 0);
        QVERIFY(server.requests(Completions) > 0);
    }

    void aRunsRecordCommitsWithItsData()
    {
        Engine e;
        // The database refuses to record the run as a success (a full disk, a damaged page...).
        QVERIFY(e.db.scalar(QStringLiteral("SELECT 0")) == 0);
        QSqlQuery q(e.db.connection());
        QVERIFY(
            q.exec(QStringLiteral("CREATE TRIGGER refuse_success BEFORE UPDATE OF status ON sync_runs "
                                  "WHEN NEW.status = 'success' BEGIN SELECT RAISE(ABORT, 'history is full'); END")));
        const SyncSummary s = e.sync();
        QCOMPARE(s.runs.size(), 1);
        QCOMPARE(s.runs.first().status, SyncRun::Status::Failed);
        QCOMPARE(s.runs.first().errorKind, QStringLiteral("database"));
        QVERIFY(s.runs.first().message.contains(QStringLiteral("history is full")));
        // Neither data without a record nor a record without its data.
        QCOMPARE(e.db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(0));
        QCOMPARE(e.db.scalar(QStringLiteral("SELECT COUNT(*) FROM costs")), qint64(0));
        QCOMPARE(e.db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE status = 'failed'")), qint64(1));

        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_success")));
        const SyncSummary again = e.sync();
        QCOMPARE(again.runs.first().status, SyncRun::Status::Success);
        QCOMPARE(e.db.scalar(QStringLiteral("SELECT created_count FROM sync_runs WHERE status = 'success'")),
                 e.db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")) +
                     e.db.scalar(QStringLiteral("SELECT COUNT(*) FROM costs")));
    }

    void cancelledRunsAreNotFailures()
    {
        Engine e;
        e.server.setFault(Completions, {200, {}, {}, true});
        for (int i = 0; i < 3; ++i)
            QCOMPARE(e.sync(true).runs.value(0).status, SyncRun::Status::Cancelled);
        QCOMPARE(SyncRunRepository(e.db.connection()).health(e.account).consecutiveFailures, 0);
        QString error;
        const auto alerts = evaluateAlerts(e.db.connection(), e.clock, {}, &error);
        QVERIFY2(alerts, qPrintable(error));
        for (const Alert &a : *alerts)
            QVERIFY2(a.kind != Alert::Kind::SyncFailing, qPrintable(Alert::kindName(a.kind)));
    }

    void writeTransactionsTakeTheWriteLockFirst()
    {
        test::TestDatabase db;
        const QString other = QStringLiteral("second-writer");
        {
            QSqlDatabase second = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
            second.setDatabaseName(db.path());
            second.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
            QVERIFY(second.open());
            sql::Savepoint transaction(db.connection(), QStringLiteral("reads_then_writes"));
            QVERIFY(transaction.isActive());
            QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM budgets")) == 0);   // reads first...
            // ...and another connection cannot slip a write in before ours.
            QSqlQuery write(second);
            QVERIFY(!write.exec(QStringLiteral("INSERT INTO id_high_water (name, last_id) VALUES ('x', 1)")));
            QVERIFY(write.lastError().text().contains(QStringLiteral("locked"), Qt::CaseInsensitive));
            QSqlQuery ours(db.connection());
            QVERIFY(ours.exec(QStringLiteral("INSERT INTO id_high_water (name, last_id) VALUES ('y', 1)")));
            QVERIFY(transaction.commit());
        }
        QSqlDatabase::removeDatabase(other);
    }

    void repricingLeavesTheProfileToASyncAndResumes()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Org"));
        PricingService pricing(db.connection());
        QVERIFY(pricing.load());
        UsageRecord r = test::usage(account, QDate(2026, 3, 2), QStringLiteral("gpt-4o"), 1'000'000, 0, std::nullopt);
        QVERIFY(UsageRepository(db.connection()).upsert({r}).ok);
        QVERIFY(pricing.reprice().ok);
        const qint64 before = db.scalar(QStringLiteral("SELECT cost_nano FROM usage"));

        // A sync holds the profile: the window's re-pricing does not wait, it leaves a debt.
        ProfileLock sync(db.path());
        QVERIFY(sync.tryLock(QStringLiteral("syncing")));
        pricing.setLockWait(0);
        PriceOverride o;
        o.provider = QStringLiteral("openai");
        o.model = QStringLiteral("gpt-4o");
        o.effectiveFrom = QDate(2026, 1, 1);
        o.prices.input = TieredPrice{*Money::fromDecimal(u"10"), {}};
        o.prices.output = TieredPrice{*Money::fromDecimal(u"10"), {}};
        PricingService::RepriceResult result = pricing.setOverride(o);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.pending);
        QVERIFY(pricing.repricingPending());
        QCOMPARE(db.scalar(QStringLiteral("SELECT cost_nano FROM usage")), before);

        sync.unlock();
        result = pricing.resumeRepricing();
        QVERIFY(result.ok && !result.pending);
        QVERIFY(!pricing.repricingPending());
        QCOMPARE(db.scalar(QStringLiteral("SELECT cost_nano FROM usage")), qint64(10'000'000'000));
    }
};

QTEST_GUILESS_MAIN(TestProfileLock)
#include "tst_profilelock.moc"
