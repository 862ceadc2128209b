#pragma once

#include "database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace tl {

// The reader thread's side: opens its own connection lazily, in that thread.
class DbReaderWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbReaderWorker)
public:
    explicit DbReaderWorker(QString path)
        : m_path(std::move(path))
    {}
    ~DbReaderWorker() override;
    QSqlDatabase connection();

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// Runs read queries on a thread of its own with its own connection (WAL lets it read beside
// the writer), and hands each result back on the caller's thread. Views ask for data
// through this, so SQL never runs on the UI thread.
class DbReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbReader)

public:
    explicit DbReader(const QString &databasePath, QObject *parent = nullptr);
    ~DbReader() override;

    // Runs `query` on the reader thread, then `done(result)` on this object's thread — unless
    // `context` was destroyed in the meantime. Queries run one after another, in order.
    template <typename Query, typename Done> void read(Query query, QObject *context, Done done)
    {
        using Result = std::invoke_result_t<Query, QSqlDatabase>;
        QPointer<QObject> guard(context);
        QPointer<DbReader> self(this);
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
    DbReaderWorker *m_worker = nullptr;
};

}   // namespace tl
