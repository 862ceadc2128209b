// sql::BackgroundCheckpointer: a writing connection's WAL checkpoints run on a thread with a
// connection of its own, the writer's automatic checkpoint is off meanwhile, a limit still bounds
// the WAL, and the connection's own threshold comes back after.
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"
#include "storage/walcheckpointer.h"
#include "testdatabase.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace tl;
using tl::test::TestDatabase;

namespace {

constexpr int Huge = 1 << 30;

// Commits `transactions` transactions of 40 rows of 3,000 bytes each (about 30 pages each).
bool write(QSqlDatabase db, int transactions)
{
    QSqlQuery q(db);
    for (int t = 0; t < transactions; ++t) {
        if (!q.exec(QStringLiteral("BEGIN")) ||
            !q.exec(QStringLiteral("INSERT INTO scratch (x) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                   "FROM n WHERE i < 40) SELECT randomblob(3000) FROM n")) ||
            !q.exec(QStringLiteral("COMMIT")))
            return false;
    }
    return true;
}

// The database file's size: it grows only when a checkpoint copies the WAL's new pages into it
// (a stat, no descriptor of our own on the live file).
qint64 fileSize(const TestDatabase &db)
{
    return QFileInfo(db.path()).size();
}

}   // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private:
    sqlite3 *m_handle = nullptr;

    // A fresh database with an empty scratch table and an empty WAL.
    void prepare(TestDatabase &db)
    {
        QVERIFY(db.isOpen());
        m_handle = sql::nativeHandle(db.connection());
        QVERIFY(m_handle);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE scratch (x BLOB)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QCOMPARE(sql::CheckpointThreshold::of(m_handle), sql::BackgroundCheckpointer::DefaultPages);
    }

private slots:
    // Below the bound nothing checkpoints: not the writer (its automatic checkpoint, at 1,000 pages,
    // would have copied these ~1,200), not the thread.
    void theWriterNoLongerCheckpoints()
    {
        TestDatabase db;
        prepare(db);
        const qint64 before = fileSize(db);
        {
            sql::BackgroundCheckpointer checkpointer(m_handle, Huge, Huge);
            QVERIFY(checkpointer.isActive());
            QCOMPARE(sql::CheckpointThreshold::of(m_handle), 0);   // taken over
            QVERIFY(write(db.connection(), 40));
            checkpointer.waitIdle();
            QCOMPARE(checkpointer.backgroundCheckpoints(), 0);
            QCOMPARE(checkpointer.writerCheckpoints(), 0);
            QCOMPARE(fileSize(db), before);
        }
        QCOMPARE(sql::CheckpointThreshold::of(m_handle), sql::BackgroundCheckpointer::DefaultPages);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM scratch")), qint64(40 * 40));
    }

    // Past the bound, the thread's own connection copies the WAL into the file.
    void theThreadCheckpoints()
    {
        TestDatabase db;
        prepare(db);
        const qint64 before = fileSize(db);
        sql::BackgroundCheckpointer checkpointer(m_handle, 64, Huge);
        QVERIFY(write(db.connection(), 40));
        checkpointer.waitIdle();
        QVERIFY(checkpointer.backgroundCheckpoints() > 0);
        QCOMPARE(checkpointer.writerCheckpoints(), 0);
        QVERIFY2(fileSize(db) > before + 4 * 1024 * 1024, qPrintable(QString::number(fileSize(db) - before)));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM scratch")), qint64(40 * 40));
    }

    // A thread that does not keep up leaves the WAL bounded all the same: woken and not done, or
    // far past the limit, the writer checkpoints there, as SQLite's automatic checkpoint would.
    // (The thread is woken only by the limit here, so it is often behind: 200 commits of ~30 pages
    // would grow the WAL to ~6,000 frames, 24 MiB, unchecked; the bound is 16 x 64 frames.)
    void theLimitStillBoundsTheWal()
    {
        TestDatabase db;
        prepare(db);
        const qint64 before = fileSize(db);
        sql::BackgroundCheckpointer checkpointer(m_handle, Huge, 64);
        QVERIFY(write(db.connection(), 200));
        checkpointer.waitIdle();
        QVERIFY(checkpointer.writerCheckpoints() + checkpointer.backgroundCheckpoints() > 0);
        const qint64 wal = QFileInfo(db.path() + QStringLiteral("-wal")).size();
        QVERIFY2(wal < 8 * 1024 * 1024, qPrintable(QString::number(wal)));
        QVERIFY(fileSize(db) > before + 16 * 1024 * 1024);
    }

    // A WAL another connection left past the limit (a sync's, a re-pricing's put-off checkpoint)
    // is the thread's when it is idle: the writer's small commit does not copy it (issue 15: the
    // window's after-change step at start-up ran 45-140 ms doing so).
    void aWalOthersLeftIsTheThreads()
    {
        TestDatabase db;
        prepare(db);
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open_v2(qPrintable(db.path()), &other, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "PRAGMA wal_autocheckpoint = 0", nullptr, nullptr, nullptr), SQLITE_OK);
        for (int i = 0; i < 40; ++i)   // ~1,200 frames, left in the WAL
            QCOMPARE(sqlite3_exec(other,
                                  "INSERT INTO scratch (x) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                  "FROM n WHERE i < 40) SELECT randomblob(3000) FROM n",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
        const qint64 before = fileSize(db);
        {
            sql::BackgroundCheckpointer checkpointer(m_handle, 64, 128);
            QVERIFY(write(db.connection(), 1));
            checkpointer.waitIdle();
            QCOMPARE(checkpointer.writerCheckpoints(), 0);
            QCOMPARE(checkpointer.backgroundCheckpoints(), 1);
        }
        QVERIFY(fileSize(db) > before + 4 * 1024 * 1024);
        sqlite3_close(other);
    }

    // CheckpointThreshold on a connection the thread took over (re-pricing on the window's worker)
    // holds the thread as it would raise SQLite's threshold: nothing is checkpointed under it, and
    // what is left goes to the thread when it ends.
    void aThresholdHoldsTheThread()
    {
        TestDatabase db;
        prepare(db);
        const qint64 before = fileSize(db);
        sql::BackgroundCheckpointer checkpointer(m_handle, 64, 128);
        QCOMPARE(sql::BackgroundCheckpointer::of(m_handle), &checkpointer);
        {
            const sql::CheckpointThreshold threshold(m_handle, 100'000);
            {
                const sql::CheckpointThreshold lower(m_handle, 500);   // already at least as high
                QVERIFY(write(db.connection(), 40));
            }
            checkpointer.waitIdle();
            QCOMPARE(checkpointer.backgroundCheckpoints(), 0);
            QCOMPARE(checkpointer.writerCheckpoints(), 0);
            QCOMPARE(fileSize(db), before);
        }
        checkpointer.waitIdle();
        QCOMPARE(checkpointer.backgroundCheckpoints(), 1);
        QCOMPARE(checkpointer.writerCheckpoints(), 0);
        QVERIFY(fileSize(db) > before + 4 * 1024 * 1024);
    }

    // Stopped, nothing checkpoints any more (the thread and its connection are gone); the next
    // commit past the connection's own threshold checkpoints on the writer as before.
    void nothingCheckpointsAfterItStops()
    {
        TestDatabase db;
        prepare(db);
        const qint64 before = fileSize(db);
        {
            sql::BackgroundCheckpointer checkpointer(m_handle, Huge, Huge);
            QVERIFY(write(db.connection(), 40));
        }
        QThread::msleep(100);
        QCOMPARE(fileSize(db), before);
        QVERIFY(write(db.connection(), 1));   // past 1,000 pages: the writer's automatic checkpoint
        QVERIFY(fileSize(db) > before + 4 * 1024 * 1024);
    }

    // No-op without an SQLite handle, and for a second writer on a connection already taken over.
    void noOpWhereItCannotHelp()
    {
        sql::BackgroundCheckpointer none(nullptr);
        QVERIFY(!none.isActive());
        TestDatabase db;
        prepare(db);
        sql::BackgroundCheckpointer first(m_handle);
        QVERIFY(first.isActive());
        {
            sql::BackgroundCheckpointer second(m_handle);
            QVERIFY(!second.isActive());
        }
        QCOMPARE(sql::CheckpointThreshold::of(m_handle), 0);   // still the first one's
        QCOMPARE(sql::BackgroundCheckpointer::of(m_handle), &first);
    }

    // A writer that defers its rollups (a sync's stage, the benchmark's append) checkpoints in the
    // background once it appends a new day, until the repository goes; one that only revises
    // stored rows (a re-sync) leaves the connection's checkpoints as they were.
    void aDeferringRepositoryCheckpointsInTheBackground()
    {
        TestDatabase db;
        prepare(db);
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        UsageRecord r = test::usage(account, QDate(2026, 10, 1), QStringLiteral("gpt-4o"), 100, 10, 1000);
        for (const bool newDay : {true, false}) {
            {
                sql::Savepoint transaction(db.connection(), QStringLiteral("account_sync"));
                UsageRepository repository(db.connection());
                repository.setDeferRollups(true);
                r.outputTokens += 1;   // the second time a revision
                QVERIFY(repository.upsert({r}).ok);
                QCOMPARE(sql::CheckpointThreshold::of(m_handle),
                         newDay ? 0 : sql::BackgroundCheckpointer::DefaultPages);
                QString error;
                QVERIFY(repository.flushRollups(&error));
                QVERIFY(transaction.commit());
            }
            QCOMPARE(sql::CheckpointThreshold::of(m_handle), sql::BackgroundCheckpointer::DefaultPages);
        }
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
