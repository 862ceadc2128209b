#include "walcheckpointer.h"

#include "sqlitestatement.h"

#include <sqlite3.h>

#include <algorithm>
#include <utility>
#include <vector>

namespace tl::sql {

namespace {

bool inWalMode(sqlite3 *db)
{
    sqlite3_stmt *s = nullptr;
    bool wal = false;
    if (sqlite3_prepare_v2(db, "PRAGMA main.journal_mode", -1, &s, nullptr) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW)
        wal = columnText(s, 0) == "wal";
    sqlite3_finalize(s);
    return wal;
}

// The active checkpointers, by the connection they took over (CheckpointThreshold looks them up).
std::mutex registryMutex;
std::vector<std::pair<sqlite3 *, BackgroundCheckpointer *>> registry;

}   // namespace

BackgroundCheckpointer *BackgroundCheckpointer::of(sqlite3 *db)
{
    const std::lock_guard lock(registryMutex);
    const auto it = std::find_if(registry.cbegin(), registry.cend(), [db](const auto &e) { return e.first == db; });
    return it == registry.cend() ? nullptr : it->second;
}

int BackgroundCheckpointer::holdUntil(int pages)
{
    const int previous = std::exchange(m_holdPages, std::max(pages, 0));
    if (previous > 0 && m_holdPages == 0) {   // what the hold kept goes to the thread
        {
            const std::lock_guard lock(m_mutex);
            m_pending = true;
        }
        m_wake.notify_one();
    }
    return previous;
}

BackgroundCheckpointer::BackgroundCheckpointer(sqlite3 *db, int pages, int limitPages)
    : m_pages(pages)
    , m_limitPages(limitPages)
{
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    if (!file || !*file || !inWalMode(db))
        return;
    // Off already, or another writer's hook in place (PRAGMA wal_autocheckpoint reads 0 then).
    const int previous = CheckpointThreshold::of(db);
    if (previous <= 0)
        return;
    // A connection of its own: SQLite shares the file's locks between a process's connections, so
    // closing it drops none of the writing connection's.
    if (sqlite3_open_v2(file, &m_checkpointDb, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(m_checkpointDb);
        m_checkpointDb = nullptr;
        return;
    }
    m_db = db;
    m_previous = previous;
    // Replaces the automatic checkpoint's hook (sqlite3_wal_autocheckpoint installs one of its own).
    sqlite3_wal_hook(db, &BackgroundCheckpointer::onCommit, this);
    m_thread = std::thread([this] { run(); });
    const std::lock_guard lock(registryMutex);
    registry.emplace_back(db, this);
}

BackgroundCheckpointer::~BackgroundCheckpointer()
{
    if (!m_checkpointDb)
        return;
    {
        const std::lock_guard lock(registryMutex);
        registry.erase(std::remove(registry.begin(), registry.end(), std::pair{m_db, this}), registry.end());
    }
    // The connection's own automatic checkpoint again (this removes the hook first: no commit
    // reaches this object any more).
    sqlite3_wal_autocheckpoint(m_db, m_previous);
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    // A checkpoint in progress stops at its next page (SQLite tests the flag as it copies); one
    // the thread was just starting may still run to its end.
    sqlite3_interrupt(m_checkpointDb);
    m_wake.notify_all();
    m_thread.join();
    sqlite3_close(m_checkpointDb);
}

int BackgroundCheckpointer::onCommit(void *self, sqlite3 *db, const char *name, int frames)
{
    auto *checkpointer = static_cast<BackgroundCheckpointer *>(self);
    const int hold = checkpointer->m_holdPages;
    bool onWriter = false;
    if (hold > 0) {   // held: as SQLite's own threshold raised to `hold`
        onWriter = frames >= hold;
    } else if (frames >= checkpointer->m_pages || frames >= checkpointer->m_limitPages) {
        {
            const std::lock_guard lock(checkpointer->m_mutex);
            // Past the limit with the thread behind (woken, not done), the writer checkpoints, as
            // SQLite's own automatic checkpoint would; with the thread idle, the thread takes the
            // WAL whoever wrote it — unless it is 16 times the limit (more than any writer of ours
            // leaves: PricingService holds up to 65,536 frames), so it stays bounded whatever the
            // timing.
            const qint64 limit = checkpointer->m_limitPages;
            onWriter = frames >= limit &&
                       (checkpointer->m_pending || checkpointer->m_busy || frames >= HardLimitFactor * limit);
            checkpointer->m_pending = checkpointer->m_pending || !onWriter;
        }
        if (!onWriter)
            checkpointer->m_wake.notify_one();
    }
    if (onWriter && sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK)
        ++checkpointer->m_writer;
    return SQLITE_OK;
}

void BackgroundCheckpointer::run()
{
    // A read first: a connection opens the WAL with its first transaction, and a checkpoint asked
    // of one that has not does nothing (and says SQLITE_OK).
    sqlite3_exec(m_checkpointDb, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_pending || m_stop; });
        if (m_stop)
            break;
        m_pending = false;
        m_busy = true;
        lock.unlock();
        // PASSIVE: copies what no reader still needs and syncs, without waiting for a lock; the
        // writer restarts the WAL from its start once every frame is copied.
        const int rc = sqlite3_wal_checkpoint_v2(m_checkpointDb, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        m_busy = false;
        if (rc == SQLITE_OK)
            ++m_background;
        m_idle.notify_all();
    }
    m_busy = false;
    m_idle.notify_all();
}

void BackgroundCheckpointer::waitIdle()
{
    if (!m_checkpointDb)
        return;
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return (!m_pending && !m_busy) || m_stop; });
}

}   // namespace tl::sql
