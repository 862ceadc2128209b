#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace tl {

// One writer at a time across processes: syncs, imports and re-pricing of a profile take this
// lock (a QLockFile beside the database, "<database>.lock"), so a window and a command line — or
// two command lines — never fetch and write the same profile at once. A lock left by a process
// that died is taken over (QLockFile checks whether its owner still runs). Beside the lock a small
// note says who holds it and doing what, so the one waiting can tell the user.
class ProfileLock final
{
public:
    explicit ProfileLock(const QString &databasePath);
    ~ProfileLock();
    Q_DISABLE_COPY_MOVE(ProfileLock)

    // Takes the lock at once or returns false. `activity` ("sync", "import", "re-pricing")
    // goes into the note.
    bool tryLock(const QString &activity);
    // Waits up to `waitMs` (-1: for ever), asking `keepWaiting` every poll (false stops the wait)
    // and calling `waiting` once with the holder's description when it has to wait.
    bool lock(const QString &activity, int waitMs, const std::function<bool()> &keepWaiting = {},
              const std::function<void(const QString &holder)> &waiting = {});
    void unlock();
    bool isLocked() const;

    // "TokenLedger (process 1234 on host, syncing from the command line since 10:02:11 UTC)", or an
    // empty string when nobody holds the lock.
    QString holder() const;

    static QString lockPath(const QString &databasePath);
    // What to lock for an open connection: its file, or for a team database a URL naming it
    // (QSqlDatabase::databaseName() alone would be a bare database name, taken for a file).
    static QString locationOf(const QSqlDatabase &db);

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

}   // namespace tl
