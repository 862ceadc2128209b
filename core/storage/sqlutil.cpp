#include "sqlutil.h"

#include "sqldialect.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>

namespace tl::sql {

namespace {
QString describe(const QSqlError &error)
{
    noteFailure(error);
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? QStringLiteral("unknown database error") : text;
}
// PostgreSQL has no sqlite3_get_autocommit for QtSql to reach: the Savepoints open on each
// connection are counted instead (connections belong to one thread, so the count is per thread).
// A transaction begun some other way on the connection is not seen; TokenLedger begins them all
// here (the schema migration's own BEGIN runs before any Savepoint).
QHash<QString, int> &openTransactions()
{
    static thread_local QHash<QString, int> depth;
    return depth;
}

}   // namespace

bool insideTransaction(QSqlDatabase db)
{
    if (dialectOf(db) == Dialect::Postgres)
        return openTransactions().value(db.connectionName()) > 0;
    sqlite3 *handle = nativeHandle(db);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

bool exec(QSqlDatabase db, const QString &statement, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return true;
    if (error)
        *error = describe(q.lastError());
    return false;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = describe(query.lastError());
    return false;
}

bool prepare(QSqlQuery &query, const QString &statement, QString *error)
{
    if (query.prepare(statement))
        return true;
    if (error)
        *error = describe(query.lastError());
    return false;
}

Savepoint::Savepoint(QSqlDatabase db, QString name)
    : m_db(std::move(db))
    , m_name(std::move(name))
{
    // Outermost: BEGIN IMMEDIATE takes the write lock before the first read, so a transaction
    // that reads then writes cannot fail half-way with SQLITE_BUSY when another connection wrote
    // in between (a deferred transaction cannot upgrade its read snapshot). Nested: a savepoint.
    const bool postgres = dialectOf(m_db) == Dialect::Postgres;
    if (postgres) {
        m_outermost = openTransactions().value(m_db.connectionName()) == 0;
    } else {
        m_handle = nativeHandle(m_db);
        m_outermost = m_handle && sqlite3_get_autocommit(m_handle) != 0;
    }
    const QString begin = postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    m_active = run(m_outermost ? begin : QStringLiteral("SAVEPOINT ") + quotedName(), &m_error);
    if (m_active && postgres) {
        ++openTransactions()[m_db.connectionName()];
        m_counted = true;
    }
}

bool Savepoint::run(const QString &statement, QString *error)
{
    if (!m_handle)
        return exec(m_db, statement, error);
    // Straight to SQLite: QSqlQuery prepares and finalises a statement object around each of these,
    // and a batch of usage rows (a savepoint each) is ~1 ms.
    if (sqlite3_exec(m_handle, statement.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return false;
}

Savepoint::~Savepoint()
{
    if (m_active)
        rollback();
}

bool Savepoint::commit()
{
    if (!m_active)
        return false;
    if (!run(m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + quotedName(), &m_error)) {
        rollback();
        return false;
    }
    m_active = false;
    uncount();
    return true;
}

QString Savepoint::quotedName() const
{
    // Quoted: a name such as "inner" or "order" is a keyword to PostgreSQL.
    return u'"' + m_name + u'"';
}

void Savepoint::uncount()
{
    if (!m_counted)
        return;
    m_counted = false;
    QHash<QString, int> &depth = openTransactions();
    if (--depth[m_db.connectionName()] <= 0)
        depth.remove(m_db.connectionName());
}

void Savepoint::rollback()
{
    if (!m_active)
        return;
    QString ignored;
    if (m_outermost) {
        run(QStringLiteral("ROLLBACK"), &ignored);
    } else {
        run(QStringLiteral("ROLLBACK TO ") + quotedName(), &ignored);
        run(QStringLiteral("RELEASE ") + quotedName(), &ignored);
    }
    m_active = false;
    uncount();
}

}   // namespace tl::sql
