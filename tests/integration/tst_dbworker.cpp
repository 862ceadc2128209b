#include "storage/dbworker.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <memory>

using namespace tl;

// Closing the window never waits for a long read (issue 15: closing <= 100 ms whatever runs),
// and never loses a write the user asked for.
class TestDbWorker : public QObject
{
    Q_OBJECT

private:
    // A read that runs for minutes unless interrupted: a recursive count over a real database.
    static QString longRead()
    {
        return QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000000) "
                              "SELECT COUNT(*) FROM n");
    }

private slots:
    void closingInterruptsARunningReadAndSkipsQueuedReads()
    {
        test::TestDatabase db;
        QVERIFY(db.isOpen());
        auto started = std::make_shared<std::atomic<bool>>(false);
        auto finished = std::make_shared<std::atomic<int>>(0);   // 1 = completed, 2 = interrupted
        auto queuedRan = std::make_shared<std::atomic<bool>>(false);
        QElapsedTimer timer;
        {
            DbWorker worker(db.path());
            worker.read(
                [started, finished](QSqlDatabase conn) {
                    started->store(true);
                    QSqlQuery q(conn);
                    const bool ok = q.exec(longRead()) && q.next();
                    finished->store(ok ? 1 : 2);
                    return ok;
                },
                this, [](bool) {});
            worker.read(
                [queuedRan](QSqlDatabase) {
                    queuedRan->store(true);
                    return 0;
                },
                this, [](int) {});
            QTRY_VERIFY(started->load());
            QTest::qWait(100);   // well inside the statement
            timer.start();
        }   // ~DbWorker
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("closing took %1 ms").arg(timer.elapsed())));
        QCOMPARE(finished->load(), 2);
        QVERIFY(!queuedRan->load());
    }

    void writesQueuedAtCloseStillRunAndAreNotInterrupted()
    {
        test::TestDatabase db;
        QVERIFY(db.isOpen());
        {
            DbWorker worker(db.path());
            // A read that takes a while, then two writes queued behind it.
            worker.read(
                [](QSqlDatabase conn) {
                    QSqlQuery q(conn);
                    return q.exec(longRead()) && q.next();
                },
                this, [](bool) {});
            for (int i = 0; i < 2; ++i) {
                worker.run(
                    [i](QSqlDatabase conn) {
                        QSqlQuery q(conn);
                        q.prepare(QStringLiteral("INSERT INTO budgets (name, scope, amount_nano, created_at) "
                                                 "VALUES (?, 'all', 1000000000, '2026-12-01T00:00:00Z')"));
                        q.addBindValue(QStringLiteral("kept %1").arg(i));
                        if (!q.exec())
                            qWarning() << q.lastError().text();
                        return true;
                    },
                    this, [](bool) {});
            }
            QTest::qWait(50);
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM budgets WHERE name LIKE 'kept %'")), 2);
    }

    // A redoable write (the after-change step, a re-pricing) running at close is interrupted and
    // leaves nothing: the transaction it was in is rolled back, and what it tries to write after
    // the interrupt is refused (commits become rollbacks) rather than committed piecemeal.
    void closingRollsBackARunningRedoableWrite()
    {
        test::TestDatabase db;
        QVERIFY(db.isOpen());
        QSqlQuery create(db.connection());
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE big (i INTEGER NOT NULL)")));
        struct Outcome
        {
            std::atomic<bool> started{false};
            std::atomic<bool> interrupted{false};   // the long statement failed as interrupted
            std::atomic<bool> laterWriteFailed{false};
            std::atomic<bool> finished{false};
        };
        auto outcome = std::make_shared<Outcome>();
        auto queuedRan = std::make_shared<std::atomic<bool>>(false);
        const auto addBudget = [](QSqlDatabase conn, const QString &name) {
            QSqlQuery q(conn);
            q.prepare(QStringLiteral("INSERT INTO budgets (name, scope, amount_nano, created_at) "
                                     "VALUES (?, 'all', 1000000000, '2026-12-01T00:00:00Z')"));
            q.addBindValue(name);
            return q.exec();
        };
        {
            DbWorker worker(db.path());
            worker.runRedoable(
                [outcome, addBudget](QSqlDatabase conn) {
                    QSqlQuery q(conn);
                    q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                    addBudget(conn, QStringLiteral("in the transaction"));
                    outcome->started.store(true);
                    // Minutes of writing unless interrupted.
                    const bool ok = q.exec(QStringLiteral("INSERT INTO big (i) WITH RECURSIVE n(i) AS (SELECT 1 "
                                                          "UNION ALL SELECT i + 1 FROM n WHERE i < 2000000000) "
                                                          "SELECT i FROM n"));
                    outcome->interrupted.store(!ok && q.lastError().text().contains(QLatin1String("interrupt")));
                    // The transaction is gone; this would commit on its own.
                    outcome->laterWriteFailed.store(!addBudget(conn, QStringLiteral("after the interrupt")));
                    q.exec(QStringLiteral("COMMIT"));
                    outcome->finished.store(true);
                    return ok;
                },
                this, [](bool) {});
            worker.runRedoable(
                [queuedRan](QSqlDatabase) {
                    queuedRan->store(true);
                    return 0;
                },
                this, [](int) {});
            QTRY_VERIFY(outcome->started.load());
            QTest::qWait(100);   // well inside the statement
        }                        // ~DbWorker
        QVERIFY(outcome->finished.load());
        QVERIFY(outcome->interrupted.load());
        QVERIFY(outcome->laterWriteFailed.load());
        QVERIFY(!queuedRan->load());
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM big")), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM budgets")), 0);
    }

    // A redoable write that ends before the close keeps everything it committed.
    void aRedoableWriteThatFinishesKeepsItsData()
    {
        test::TestDatabase db;
        QVERIFY(db.isOpen());
        bool done = false;
        {
            DbWorker worker(db.path());
            worker.runRedoable(
                [](QSqlDatabase conn) {
                    QSqlQuery q(conn);
                    return q.exec(QStringLiteral("INSERT INTO budgets (name, scope, amount_nano, created_at) VALUES "
                                                 "('kept', 'all', 1000000000, '2026-12-01T00:00:00Z')"));
                },
                this, [&done](bool ok) { done = ok; });
            QTRY_VERIFY(done);
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM budgets WHERE name = 'kept'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestDbWorker)
#include "tst_dbworker.moc"
