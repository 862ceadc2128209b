#include "dbreader.h"

#include <QAtomicInteger>

namespace tl {

namespace {
QAtomicInteger<int> readerCounter;
}

DbReader::DbReader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new DbReaderWorker(databasePath))
{
    m_thread.setObjectName(QStringLiteral("tl-db-reader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

DbReader::~DbReader()
{
    m_thread.quit();
    m_thread.wait();
}

DbReaderWorker::~DbReaderWorker() = default;

QSqlDatabase DbReaderWorker::connection()
{
    if (!m_db) {
        m_db = std::make_unique<Database>(QStringLiteral("tl-reader-%1").arg(readerCounter.fetchAndAddRelaxed(1)));
        Database::Options options;
        options.migrate = false;   // the owner of the writer connection migrates
        m_db->open(m_path, options);
    }
    return m_db->connection();
}

}   // namespace tl
