#include "stagingdatabase.h"

#include "schemadialect.h"
#include "sqlutil.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace tl::sql {

StagingDatabase::StagingDatabase(const QSqlDatabase &ledger)
    : m_connection(ledger)
{
    if (dialectOf(ledger) == Dialect::Sqlite)
        return;
    static QAtomicInteger<quint64> serial;
    m_privateName = QStringLiteral("tl_staging_%1").arg(serial.fetchAndAddRelaxed(1));
    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_privateName);
    // An empty name is SQLite's private temporary database: on disk, gone when closed.
    m_connection.setDatabaseName(QString());
    if (!m_connection.open()) {
        m_error = m_connection.lastError().text();
        return;
    }
    // Scratch only: nothing here needs to survive a crash; one transaction keeps inserts cheap.
    if (!exec(m_connection, QStringLiteral("PRAGMA journal_mode = OFF"), &m_error) ||
        !exec(m_connection, QStringLiteral("PRAGMA synchronous = OFF"), &m_error) ||
        !exec(m_connection, QStringLiteral("BEGIN"), &m_error))
        m_connection.close();
}

StagingDatabase::~StagingDatabase()
{
    if (m_privateName.isEmpty())
        return;
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_privateName);
}

}   // namespace tl::sql
