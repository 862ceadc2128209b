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

    // A thread that does not keep up leaves the WAL bounded all the same: the writer checkpoints
    // at the limit, as SQLite's automatic checkpoint would.
    void theLimitStillBoundsTheWal()
    {
        TestDatabase db;
        prepare(db);
        const qint64 before = fileSize(db);
        sql::BackgroundCheckpointer checkpointer(m_handle, Huge, 64);
        QVERIFY(write(db.connection(), 40));
        QVERIFY(checkpointer.writerCheckpoints() > 0);
        QCOMPARE(checkpointer.backgroundCheckpoints(), 0);
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
