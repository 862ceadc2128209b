#pragma once

#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace tl::sql {

// Moves a connection's WAL checkpoints off its thread while it lives (issue 15: a sync's or an
// import's commit that crossed wal_autocheckpoint copied the WAL back into the database file and
// synced both on the writing thread — about a tenth of the ingest's wall time, fsync waits
// included). The writing connection's automatic checkpoint is off meanwhile; a commit that leaves
// the WAL at `pages` frames or more wakes a thread with a connection of its own to the same file,
// which runs a PASSIVE checkpoint (it never waits for the writer, nor the writer for it). Should
// that thread fall behind, a commit that leaves `limitPages` frames or more checkpoints on the
// writing thread as before, so the WAL stays bounded. On destruction the thread is stopped (a
// checkpoint in progress is interrupted: closing stays quick, and nothing checkpoints after) and
// the connection's own threshold comes back; what the WAL holds then is checkpointed by a later
// commit or the last connection's close, as usual.
// A WAL that others left past the limit (a sync on another connection, a re-pricing's put-off
// checkpoint) goes to the thread too when it is idle: the writer checkpoints at the limit only
// when the thread is behind (woken and not done) or far past it (HardLimitFactor), so that a small
// commit of the window's database worker (an alert, a budget) never copies a WAL it did not write
// (issue 15: a 45-140 ms after-change step at start-up). While CheckpointThreshold holds it
// (holdUntil), commits leave the WAL alone up to the held size, as SQLite's own threshold raised
// would; when the hold ends, the thread checkpoints what is left.
// No-op for a null handle (PostgreSQL), a database not in WAL mode (in memory, temporary), and a
// connection whose automatic checkpoints are off or taken over already (a second writer on it).
// Made and destroyed on the writing connection's thread, which it must not outlive.
class BackgroundCheckpointer final
{
public:
    static constexpr int DefaultPages = 1000;   // SQLite's own wal_autocheckpoint default
    // The writer restarts the WAL from its start only when a transaction of its begins with every
    // frame copied, which a thread copying behind back-to-back commits seldom allows: the WAL grows
    // until the writer's own checkpoint at the limit, and every read looks a page up in its index
    // (a hash table per 4,096 frames). So the limit is kept low: 16 MiB of 4 KiB pages.
    static constexpr int DefaultLimitPages = 4096;

    // Past this many times the limit, the writer checkpoints even when the thread is idle.
    static constexpr int HardLimitFactor = 16;

    explicit BackgroundCheckpointer(sqlite3 *db, int pages = DefaultPages, int limitPages = DefaultLimitPages);
    ~BackgroundCheckpointer();
    Q_DISABLE_COPY_MOVE(BackgroundCheckpointer)

    bool isActive() const { return m_checkpointDb != nullptr; }
    // The active checkpointer that has taken over `db`'s checkpoints, or null.
    static BackgroundCheckpointer *of(sqlite3 *db);
    // Until `pages` frames (0: no hold), the writer's commits checkpoint nothing, and past it they
    // checkpoint on the writer; ending a hold hands the WAL to the thread. Returns the hold before.
    // On the writing connection's thread.
    int holdUntil(int pages);
    int holdPages() const { return m_holdPages; }
    // Checkpoints the thread completed, and those the writing thread had to run past the limit.
    int backgroundCheckpoints() const { return m_background.load(); }
    int writerCheckpoints() const { return m_writer.load(); }
    // Waits until the thread has nothing to do (tests).
    void waitIdle();

private:
    static int onCommit(void *self, sqlite3 *db, const char *name, int frames);
    void run();

    sqlite3 *m_db = nullptr;
    sqlite3 *m_checkpointDb = nullptr;
    int m_pages = DefaultPages;
    int m_limitPages = DefaultLimitPages;
    int m_previous = -1;   // the connection's wal_autocheckpoint
    int m_holdPages = 0;   // (the writing thread's only)

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    bool m_pending = false;   // a commit asked for a checkpoint
    bool m_busy = false;
    bool m_stop = false;
    std::atomic<int> m_background{0};
    std::atomic<int> m_writer{0};
    std::thread m_thread;
};

}   // namespace tl::sql
