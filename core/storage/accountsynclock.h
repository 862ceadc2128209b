#pragma once

#include <QSqlDatabase>
#include <QString>

namespace tl {

// One process syncs an account at a time, across every desktop and sync host sharing a team
// database: a PostgreSQL session advisory lock per account (the two-key form, kept apart from the
// schema lock), held from fetching to the commit and released when this object goes. The others
// learn who holds it (role, address, application name, since when) from pg_stat_activity. On
// SQLite it always succeeds: ProfileLock already orders the processes of one desktop.
class AccountSyncLock final
{
public:
    // The first key of the two-key advisory lock: "TLac".
    static constexpr int KeySpace = 0x544c6163;

    AccountSyncLock(QSqlDatabase db, qint64 accountId);
    ~AccountSyncLock();
    Q_DISABLE_COPY_MOVE(AccountSyncLock)

    // Takes the lock at once or returns false with *holder ("ana from 10.0.0.5 (tokenledger ana@laptop
    // pid 4711), since 10:02:11 UTC"; empty when it could not be told) or *error.
    bool tryLock(QString *holder, QString *error = nullptr);
    void unlock();
    bool isLocked() const { return m_locked; }

private:
    QSqlDatabase m_db;
    qint64 m_accountId;
    bool m_locked = false;
};

}   // namespace tl
