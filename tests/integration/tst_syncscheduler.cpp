#include "storage/dbworker.h"
#include "storage/syncrunrepository.h"
#include "sync/syncscheduler.h"
#include "sync/syncservice.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace tl;

namespace {

// Records a finished run of `account`, as a sync by `trigger` `age` ago would have.
void recordRun(QSqlDatabase db, qint64 account, const QString &trigger, qint64 ageSecs, SyncRun::Status status)
{
    SyncRun run;
    run.accountId = account;
    run.trigger = trigger;
    run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-ageSecs - 5);
    run.id = SyncRunRepository(db).start(run);
    QVERIFY(run.id > 0);
    run.status = status;
    run.finishedAt = run.startedAt.addSecs(5);
    QVERIFY(SyncRunRepository(db).finish(run));
}

}   // namespace

class TestSyncScheduler : public QObject
{
    Q_OBJECT

private slots:
    void catchesUpWhenOverdue()
    {
        test::TestDatabase db;
        SyncService service(db.path(), QStringLiteral("org.tokenledger.test"));
        SyncScheduler scheduler(service);
        QSignalSpy triggered(&scheduler, &SyncScheduler::triggered);
        QSignalSpy finished(&service, &SyncService::finished);
        scheduler.start(15, QDateTime(), 10);   // never synced automatically: overdue
        QVERIFY(triggered.wait(5'000));
        QCOMPARE(triggered.first().first().toString(), QStringLiteral("startup"));
        QVERIFY(finished.wait(10'000));   // an empty database syncs nothing, and says so
        const qint64 untilNext = QDateTime::currentDateTimeUtc().secsTo(scheduler.nextRun());
        QVERIFY(untilNext > 14 * 60 && untilNext <= 15 * 60);
    }

    // The window and the command line share one "last synced": the profile's sync history.
    void aCommandLineSyncAMinuteAgoMeansNoCatchUp()
    {
        test::TestDatabase db;
        const qint64 api = db.addAccount(QStringLiteral("openai"), QStringLiteral("Org"));
        recordRun(db.connection(), api, QStringLiteral("cli"), 60, SyncRun::Status::Success);
        SyncService service(db.path(), QStringLiteral("org.tokenledger.test"));
        DbWorker reader(db.path());
        SyncScheduler scheduler(service);
        QSignalSpy triggered(&scheduler, &SyncScheduler::triggered);
        scheduler.startFromHistory(reader, 6 * 60, 10);
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.nextRun().isValid(), 5'000);
        QVERIFY(!triggered.wait(500));
        // The next run is one interval after the command line's sync, not after start-up.
        const qint64 untilNext = QDateTime::currentDateTimeUtc().secsTo(scheduler.nextRun());
        QVERIFY2(untilNext > 6 * 3600 - 120 && untilNext < 6 * 3600 - 50, qPrintable(QString::number(untilNext)));
    }

    void aCommandLineSyncTwoDaysAgoMeansCatchUp()
    {
        test::TestDatabase db;
        const qint64 api = db.addAccount(QStringLiteral("openai"), QStringLiteral("Org"));
        recordRun(db.connection(), api, QStringLiteral("cli"), 2 * 86'400, SyncRun::Status::Success);
        SyncService service(db.path(), QStringLiteral("org.tokenledger.test"));
        DbWorker reader(db.path());
        SyncScheduler scheduler(service);
        QSignalSpy triggered(&scheduler, &SyncScheduler::triggered);
        QSignalSpy finished(&service, &SyncService::finished);
        scheduler.startFromHistory(reader, 6 * 60, 10);
        QVERIFY(triggered.wait(5'000));
        QCOMPARE(triggered.first().first().toString(), QStringLiteral("startup"));
        QVERIFY(finished.wait(10'000));
    }

    // What does not count as "synced": a failed or cancelled run, and a coding agent's logs
    // (read whenever they change, they say nothing about when the providers were asked).
    void onlySuccessfulProviderSyncsCount()
    {
        test::TestDatabase db;
        QVERIFY(!SyncScheduler::lastProfileSync(db.connection()).isValid());
        const qint64 api = db.addAccount(QStringLiteral("openai"), QStringLiteral("Org"));
        const qint64 agent = db.addAccount(QStringLiteral("claude-code"), QStringLiteral("Claude Code"));
        recordRun(db.connection(), api, QStringLiteral("manual"), 3 * 3600, SyncRun::Status::Partial);
        recordRun(db.connection(), api, QStringLiteral("cli"), 2 * 3600, SyncRun::Status::Failed);
        recordRun(db.connection(), api, QStringLiteral("manual"), 3600, SyncRun::Status::Cancelled);
        recordRun(db.connection(), agent, QStringLiteral("scheduled"), 60, SyncRun::Status::Success);
        const QDateTime last = SyncScheduler::lastProfileSync(db.connection());
        QVERIFY(last.isValid());
        const qint64 age = last.secsTo(QDateTime::currentDateTimeUtc());
        QVERIFY2(age >= 3 * 3600 - 10 && age <= 3 * 3600 + 10, qPrintable(QString::number(age)));
    }

    void waitsForTheNextSlotWhenNotOverdue()
    {
        test::TestDatabase db;
        SyncService service(db.path(), QStringLiteral("org.tokenledger.test"));
        SyncScheduler scheduler(service);
        QSignalSpy triggered(&scheduler, &SyncScheduler::triggered);
        scheduler.start(60, QDateTime::currentDateTimeUtc().addSecs(-20 * 60), 10);
        QVERIFY(!triggered.wait(300));
        const qint64 untilNext = QDateTime::currentDateTimeUtc().secsTo(scheduler.nextRun());
        QVERIFY2(untilNext > 39 * 60 && untilNext <= 40 * 60, qPrintable(QString::number(untilNext)));
        scheduler.setInterval(0);   // off
        QVERIFY(!scheduler.nextRun().isValid());
        QCOMPARE(SyncScheduler::intervalChoices().first(), 0);
        QCOMPARE(SyncScheduler::DefaultIntervalMinutes, 360);
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
