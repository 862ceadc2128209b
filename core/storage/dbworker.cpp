#include "dbworker.h"

#include <QAtomicInteger>
#include <QLoggingCategory>

namespace tl {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

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
        if (!m_db->open(m_path, options)) {
            // Jobs get no connection, so every query of theirs fails (and says so) instead of
            // reading nothing; the next job tries to open again.
            qCWarning(lcStorage).noquote() << "the worker thread could not open the database:" << m_db->errorString();
            m_db.reset();
            return {};
        }
    }
    return m_db->connection();
}

}   // namespace tl
