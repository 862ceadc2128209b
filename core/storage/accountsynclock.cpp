#include "accountsynclock.h"

#include "queryloop.h"
#include "schemadialect.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

AccountSyncLock::AccountSyncLock(QSqlDatabase db, qint64 accountId)
    : m_db(std::move(db))
    , m_accountId(accountId)
{}

AccountSyncLock::~AccountSyncLock()
{
    unlock();
}

bool AccountSyncLock::tryLock(QString *holder, QString *error)
{
    if (m_locked)
        return true;
    if (sql::dialectOf(m_db) != sql::Dialect::Postgres) {
        m_locked = true;
        return true;
    }
    // Account ids fit the lock's 32-bit second key; a larger one shares a key (waits needlessly).
    const int key = int(m_accountId & 0x7fffffff);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"));
    q.addBindValue(KeySpace);
    q.addBindValue(key);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = sql::describeError(q.lastError());
        return false;
    }
    m_locked = q.value(0).toBool();
    if (m_locked)
        return true;
    q.finish();
    QSqlQuery who(m_db);
    who.prepare(QStringLiteral("SELECT a.usename, COALESCE(host(a.client_addr), ''), a.application_name, "
                               "to_char(timezone('UTC', a.backend_start), 'HH24:MI:SS') FROM pg_locks l JOIN "
                               "pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND "
                               "l.classid = ? AND l.objid = ? AND l.objsubid = 2 LIMIT 1"));
    who.addBindValue(KeySpace);
    who.addBindValue(key);
    if (holder && who.exec() && who.next()) {
        const QString from = who.value(1).toString();
        *holder = QStringLiteral("%1%2 (%3), connected since %4 UTC")
                      .arg(who.value(0).toString(), from.isEmpty() ? QString() : QStringLiteral(" from ") + from,
                           who.value(2).toString(), who.value(3).toString());
    }
    return false;
}

void AccountSyncLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    if (sql::dialectOf(m_db) != sql::Dialect::Postgres)
        return;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?, ?)"));
    q.addBindValue(KeySpace);
    q.addBindValue(int(m_accountId & 0x7fffffff));
    q.exec();
}

}   // namespace tl
