#include "sqlutil.h"

#include "sqlitestatement.h"

#include <sqlite3.h>

#include <QSqlError>

namespace tl::sql {

namespace {
QString describe(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? QStringLiteral("unknown database error") : text;
}
}   // namespace

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
    m_handle = nativeHandle(m_db);
    m_outermost = m_handle && sqlite3_get_autocommit(m_handle) != 0;
    m_active = run(m_outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + m_name, &m_error);
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
    if (!run(m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_name, &m_error)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Savepoint::rollback()
{
    if (!m_active)
        return;
    QString ignored;
    if (m_outermost) {
        run(QStringLiteral("ROLLBACK"), &ignored);
    } else {
        run(QStringLiteral("ROLLBACK TO ") + m_name, &ignored);
        run(QStringLiteral("RELEASE ") + m_name, &ignored);
    }
    m_active = false;
}

}   // namespace tl::sql
