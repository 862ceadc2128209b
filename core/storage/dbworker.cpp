#include "dbworker.h"

#include <QAtomicInteger>

namespace tl {

namespace {
QAtomicInteger<int> workerCounter;
}

DbWorker::DbWorker(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new DbWorkerEndpoint(databasePath))
{
    m_thread.setObjectName(QStringLiteral("tl-db-worker"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

DbWorker::~DbWorker()
{
    m_thread.quit();
    m_thread.wait();
}

DbWorkerEndpoint::~DbWorkerEndpoint() = default;

QSqlDatabase DbWorkerEndpoint::connection()
{
    if (!m_db) {
        m_db = std::make_unique<Database>(QStringLiteral("tl-worker-%1").arg(workerCounter.fetchAndAddRelaxed(1)));
        Database::Options options;
        options.migrate = false;   // the owner of the writer connection migrates
        m_db->open(m_path, options);
    }
    return m_db->connection();
}

}   // namespace tl
