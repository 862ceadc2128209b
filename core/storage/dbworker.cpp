#include "dbworker.h"

#include "sqlitestatement.h"

#include <sqlite3.h>

#include <QAtomicInteger>
#include <QLoggingCategory>

#include <cstdlib>
#if defined(__GNUG__)
#include <cxxabi.h>
#endif

namespace tl {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_LOGGING_CATEGORY(lcDbJobs, "tl.dbjobs", QtWarningMsg)

bool dbJobTracing()
{
    return lcDbJobs().isDebugEnabled();
}

void traceDbJob(const char *typeName, std::chrono::steady_clock::time_point queued,
                std::chrono::steady_clock::time_point started)
{
    using std::chrono::duration;
    const auto ended = std::chrono::steady_clock::now();
    QString name = QString::fromLatin1(typeName);
#if defined(__GNUG__)
    int status = 0;
    if (char *demangled = abi::__cxa_demangle(typeName, nullptr, nullptr, &status)) {
        name = QString::fromLatin1(demangled);
        std::free(demangled);
    }
#endif
    // "tl::DashboardPage::refresh()::{lambda(QSqlDatabase)#1}" -> "DashboardPage::refresh#1"
    name.remove(QStringLiteral("tl::"));
    name.replace(QStringLiteral("()::{lambda(QSqlDatabase)"), QStringLiteral(""));
    name.remove(u'}');
    qCDebug(lcDbJobs).noquote() << QStringLiteral("job %1 waited %2 ms ran %3 ms")
                                       .arg(name)
                                       .arg(duration<double, std::milli>(started - queued).count(), 0, 'f', 1)
                                       .arg(duration<double, std::milli>(ended - started).count(), 0, 'f', 1);
}

namespace {
QAtomicInteger<int> workerCounter;
}

DbWorker::DbWorker(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_shutdown(std::make_shared<DbWorkerShutdown>())
    , m_worker(new DbWorkerEndpoint(databasePath, m_shutdown))
{
    m_thread.setObjectName(QStringLiteral("tl-db-worker"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

DbWorker::~DbWorker()
{
    // Queued reads and redoable writes are skipped; a running one may run several statements in a
    // row: interrupt until the thread has left it (an interrupt only reaches the statements running
    // at that moment; the progress handler stops the ones started later). Writes, queued or
    // running, end as they would have.
    m_shutdown->stopping.store(true);
    m_thread.quit();
    while (!m_thread.wait(5))
        m_shutdown->interrupt();
}

void DbWorkerShutdown::interrupt()
{
    const std::lock_guard<std::mutex> lock(mutex);
    if (handle && interruptible())
        sqlite3_interrupt(handle);
}

namespace {

// Progress handler: a statement of an interruptible job stops (SQLITE_INTERRUPT) once the worker
// is stopping, also one that started after the last sqlite3_interrupt.
int stopWhenClosing(void *shutdown)
{
    const auto *s = static_cast<const DbWorkerShutdown *>(shutdown);
    return s->stopping.load() && s->interruptible() ? 1 : 0;
}

// Commit hook: once the worker is stopping, a redoable job commits nothing more (non-zero turns
// the commit into a rollback) — after an interrupt rolled its transaction back, its next
// statements would otherwise commit one by one, half of what the transaction meant.
int refuseCommitWhenClosing(void *shutdown)
{
    const auto *s = static_cast<const DbWorkerShutdown *>(shutdown);
    return s->stopping.load() && s->running.load() == DbWorkerShutdown::Job::Redoable ? 1 : 0;
}

}   // namespace

DbWorkerEndpoint::~DbWorkerEndpoint()
{
    const std::lock_guard<std::mutex> lock(m_shutdown->mutex);
    m_shutdown->handle = nullptr;
    m_checkpointer.reset();   // (before its connection: it stops its thread first)
    m_db.reset();
}

QSqlDatabase DbWorkerEndpoint::connection(DbWorkerShutdown::Job kind)
{
    if (!m_db) {
        m_db = std::make_unique<Database>(QStringLiteral("tl-worker-%1").arg(workerCounter.fetchAndAddRelaxed(1)));
        Database::Options options;
        options.migrate = false;   // the owner of the writer connection migrates
        if (!m_db->open(m_path, options)) {
            // Jobs get no connection, so every query of theirs fails (and says so) instead of
            // reading nothing; the next job tries to open again.
            qCWarning(lcStorage).noquote() << "the worker thread could not open the database:" << m_db->errorString();
            m_db.reset();
            return {};
        }
        sqlite3 *handle = sql::nativeHandle(m_db->connection());
        if (handle) {
            // Every 1000 virtual-machine steps: a few microseconds, well inside the close budget.
            sqlite3_progress_handler(handle, 1000, stopWhenClosing, m_shutdown.get());
            sqlite3_commit_hook(handle, refuseCommitWhenClosing, m_shutdown.get());
        }
        const std::lock_guard<std::mutex> lock(m_shutdown->mutex);
        m_shutdown->handle = handle;
    }
    if (kind != DbWorkerShutdown::Job::Read && !m_checkpointer) {
        if (sqlite3 *handle = sql::nativeHandle(m_db->connection()))
            m_checkpointer = std::make_unique<sql::BackgroundCheckpointer>(handle);
    }
    return m_db->connection();
}

}   // namespace tl
