#pragma once

#include "database.h"
#include "walcheckpointer.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <typeinfo>

struct sqlite3;

namespace tl {

// With the logging category tl.dbjobs at debug level (QT_LOGGING_RULES="tl.dbjobs.debug=true"),
// every job logs how long it waited in the queue and how long it ran (tokenledger-bench reads
// these to report the start-up jobs).
bool dbJobTracing();
void traceDbJob(const char *typeName, std::chrono::steady_clock::time_point queued,
                std::chrono::steady_clock::time_point started);

// What the owner's thread and the worker thread share to shut down: jobs not yet started are
// skipped once `stopping` is set (reads and redoable writes), and the running one can be
// interrupted (sqlite3_interrupt is safe from any thread while the connection is open; the mutex
// keeps it open meanwhile). The connection's progress handler stops an interruptible job's
// statements from then on, and its commit hook turns a redoable job's commits into rollbacks.
struct DbWorkerShutdown
{
    enum class Job
    {
        None,
        Write,      // always finishes
        Read,       // interrupted at close
        Redoable,   // a write interrupted and rolled back at close: done again at the next start
    };
    std::atomic<bool> stopping{false};
    std::atomic<Job> running{Job::None};   // set by the worker thread
    std::mutex mutex;
    sqlite3 *handle = nullptr;   // under `mutex`

    bool interruptible() const
    {
        const Job job = running.load();
        return job == Job::Read || job == Job::Redoable;
    }
    void interrupt();
};

// The worker thread's side: opens its own connection lazily, in that thread.
class DbWorkerEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbWorkerEndpoint)
public:
    DbWorkerEndpoint(QString path, std::shared_ptr<DbWorkerShutdown> shutdown)
        : m_path(std::move(path))
        , m_shutdown(std::move(shutdown))
    {}
    ~DbWorkerEndpoint() override;
    // For a job of `kind`: a write's connection has its checkpoints on a thread (m_checkpointer).
    QSqlDatabase connection(DbWorkerShutdown::Job kind);
    bool stopping() const { return m_shutdown->stopping.load(); }
    void setRunning(DbWorkerShutdown::Job job) { m_shutdown->running.store(job); }

private:
    QString m_path;
    std::shared_ptr<DbWorkerShutdown> m_shutdown;
    std::unique_ptr<Database> m_db;
    // The connection's WAL checkpoints, on a thread of their own: a job's commit never copies a
    // WAL that a sync or a re-pricing left (a window's job stays short). Made for the first write,
    // not the first read: opening its connection and starting its thread cost the window's first
    // read, on the way to its first paint, 2-3 ms.
    std::unique_ptr<sql::BackgroundCheckpointer> m_checkpointer;
};

// Runs database jobs (queries, and the UI's writes such as saving a price) on a thread of its
// own with its own connection — WAL lets it read beside another writer; the busy timeout orders
// writes — and hands each result back on the caller's thread. Windows use this, so SQL never
// runs on the UI thread.
class DbWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbWorker)

public:
    explicit DbWorker(const QString &databasePath, QObject *parent = nullptr);
    ~DbWorker() override;

    // Runs `job` on the worker thread, then `done(result)` on this object's thread — unless
    // `context` was destroyed in the meantime. Jobs run one after another, in order. A job run
    // this way always runs to its end, also when the window closes (writes: saving a budget).
    template <typename Query, typename Done> void run(Query query, QObject *context, Done done)
    {
        post(std::move(query), context, std::move(done), DbWorkerShutdown::Job::Write);
    }

    // The same for a read only: when the worker is destroyed (the window closes) a read still
    // queued never runs and a running one is interrupted (its queries fail), so closing never
    // waits for a long read. Never for a job that writes.
    template <typename Query, typename Done> void read(Query query, QObject *context, Done done)
    {
        post(std::move(query), context, std::move(done), DbWorkerShutdown::Job::Read);
    }

    // A write that the next start does again if it is cut short — the after-change step, a
    // pending re-pricing: at close it is skipped when still queued, and when running its
    // statements are interrupted and every transaction it has not committed yet is rolled back
    // (commits are refused from then on), so closing never waits for it and it leaves whole
    // transactions only. Only for jobs whose transactions each leave the data consistent.
    template <typename Query, typename Done> void runRedoable(Query query, QObject *context, Done done)
    {
        post(std::move(query), context, std::move(done), DbWorkerShutdown::Job::Redoable);
    }

private:
    template <typename Query, typename Done>
    void post(Query query, QObject *context, Done done, DbWorkerShutdown::Job kind)
    {
        using Result = std::invoke_result_t<Query, QSqlDatabase>;
        QPointer<QObject> guard(context);
        QPointer<DbWorker> self(this);
        const auto queued = std::chrono::steady_clock::now();
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, self, guard, queued, kind, query = std::move(query), done = std::move(done)]() mutable {
                if (kind != DbWorkerShutdown::Job::Write && worker->stopping())
                    return;
                const auto started = std::chrono::steady_clock::now();
                QSqlDatabase connection = worker->connection(kind);
                worker->setRunning(kind);
                auto result = std::make_shared<Result>(query(connection));
                worker->setRunning(DbWorkerShutdown::Job::None);
                if (dbJobTracing())
                    traceDbJob(typeid(Query).name(), queued, started);
                if (!self)
                    return;
                QMetaObject::invokeMethod(
                    self.data(),
                    [guard, result, done = std::move(done)]() mutable {
                        if (guard)
                            done(std::move(*result));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    std::shared_ptr<DbWorkerShutdown> m_shutdown;
    DbWorkerEndpoint *m_worker = nullptr;
};

}   // namespace tl
