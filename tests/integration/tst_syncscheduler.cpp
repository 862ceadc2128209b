#include "sync/syncscheduler.h"
#include "sync/syncservice.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace tl;

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
