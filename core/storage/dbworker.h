#pragma once

#include "database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace tl {

// The worker thread's side: opens its own connection lazily, in that thread.
class DbWorkerEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbWorkerEndpoint)
public:
    explicit DbWorkerEndpoint(QString path)
        : m_path(std::move(path))
    {}
    ~DbWorkerEndpoint() override;
    QSqlDatabase connection();

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
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
    // `context` was destroyed in the meantime. Jobs run one after another, in order.
    template <typename Query, typename Done> void run(Query query, QObject *context, Done done)
    {
        using Result = std::invoke_result_t<Query, QSqlDatabase>;
        QPointer<QObject> guard(context);
        QPointer<DbWorker> self(this);
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, self, guard, query = std::move(query), done = std::move(done)]() mutable {
                auto result = std::make_shared<Result>(query(worker->connection()));
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
    DbWorkerEndpoint *m_worker = nullptr;
};

}   // namespace tl
