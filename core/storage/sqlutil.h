#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

struct sqlite3;

namespace tl::sql {

// QtSql binds a null QString as SQL NULL; text columns that are NOT NULL DEFAULT '' need ''.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Runs one statement; on failure fills *error with the database's own words.
bool exec(QSqlDatabase db, const QString &statement, QString *error);
// Whether a transaction is open on the connection (SQLite: not in autocommit; PostgreSQL: a
// Savepoint of this thread is open on it — TokenLedger begins every transaction through one).
bool insideTransaction(QSqlDatabase db);
bool exec(QSqlQuery &query, QString *error);
bool prepare(QSqlQuery &query, const QString &statement, QString *error);

// A transaction scope: the outermost one is BEGIN IMMEDIATE (write lock first; on PostgreSQL a
// plain BEGIN), inner ones are SAVEPOINTs, so it nests inside a caller's transaction (one account's
// sync wraps many repository writes) and stands alone otherwise. Rolls back unless commit()
// succeeded. For a retry on PostgreSQL's deadlocks, see sql::inTransaction (sqldialect.h).
class Savepoint final
{
public:
    Savepoint(QSqlDatabase db, QString name);
    ~Savepoint();
    Q_DISABLE_COPY_MOVE(Savepoint)

    bool isActive() const { return m_active; }
    bool isOutermost() const { return m_outermost; }
    QString error() const { return m_error; }
    bool commit();
    void rollback();

private:
    bool run(const QString &statement, QString *error);
    void uncount();
    QString quotedName() const;

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;   // null: not TokenLedger's SQLite (statements go through QtSql)
    QString m_name;
    QString m_error;
    bool m_active = false;
    bool m_outermost = false;
    bool m_counted = false;   // PostgreSQL: counted in this thread's open transactions
};

}   // namespace tl::sql
