#pragma once

#include <QSqlDatabase>
#include <QString>

namespace tl::sql {

// Where a bulk import keeps its scratch tables (CREATE TEMP TABLE …, read back sorted): the ledger's
// own connection on SQLite, as always; for a team database on PostgreSQL a private, temporary SQLite
// database of this process (on disk, deleted when closed), so the rows are checked, sorted and
// summed on this desktop with SQLite's fast paths and only the resulting records travel to the
// server, in its batched statements. Either way the scratch tables take `temp.` names and are
// reached through nativeHandle(connection()). Lives on the thread that made it.
class StagingDatabase final
{
public:
    explicit StagingDatabase(const QSqlDatabase &ledger);
    ~StagingDatabase();
    Q_DISABLE_COPY_MOVE(StagingDatabase)

    // The connection for the scratch tables; not open (with error()) when the private one failed.
    QSqlDatabase connection() const { return m_connection; }
    bool isOpen() const { return m_connection.isOpen(); }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_connection;
    QString m_privateName;   // set when the connection is this object's own
    QString m_error;
};

}   // namespace tl::sql
