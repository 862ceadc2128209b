#include "profilelock.h"

#include "dbprofile.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

namespace tl {

namespace {

QString notePath(const QString &lockPath)
{
    return lockPath + QStringLiteral(".info");
}

}   // namespace

ProfileLock::ProfileLock(const QString &databasePath)
    : m_path(lockPath(databasePath))
    , m_lock(std::make_unique<QLockFile>(m_path))
{
    m_lock->setStaleLockTime(0);   // never stale by age: only when its process is gone
}

ProfileLock::~ProfileLock()
{
    unlock();
}

QString ProfileLock::locationOf(const QSqlDatabase &db)
{
    if (db.driverName() != u"QPSQL")
        return db.databaseName();
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(db.userName(), db.hostName())
        .arg(db.port())
        .arg(db.databaseName());
}

QString ProfileLock::lockPath(const QString &databasePath)
{
    if (!DbProfile::isPostgresUrl(databasePath))
        return databasePath + QStringLiteral(".lock");
    // A team database has no file to lock beside: this desktop's processes meet at a file named
    // after the URL in the user's runtime folder (other desktops are kept apart by the server).
    // (Without XDG_RUNTIME_DIR — a headless sync host, macOS, Windows — the temporary folder, which
    // is per user there; asking QStandardPaths would print a warning on every command.)
    const QString folder = qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")
                               ? QDir::tempPath()
                               : QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QByteArray id = QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return folder + QStringLiteral("/tokenledger-team-") + QString::fromLatin1(id) + QStringLiteral(".lock");
}

bool ProfileLock::tryLock(const QString &activity)
{
    if (m_lock->isLocked())
        return true;
    if (!m_lock->tryLock(0))
        return false;
    QSaveFile note(notePath(m_path));
    if (note.open(QIODevice::WriteOnly)) {
        const QJsonObject o{{QStringLiteral("activity"), activity},
                            {QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        note.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        note.commit();
    }
    return true;
}

bool ProfileLock::lock(const QString &activity, int waitMs, const std::function<bool()> &keepWaiting,
                       const std::function<void(const QString &)> &waiting)
{
    const QDeadlineTimer deadline = waitMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(waitMs);
    bool told = false;
    for (;;) {
        if (tryLock(activity))
            return true;
        if (!told && waiting) {
            waiting(holder());
            told = true;
        }
        if (deadline.hasExpired() || (keepWaiting && !keepWaiting()))
            return false;
        QThread::msleep(100);
    }
}

void ProfileLock::unlock()
{
    if (!m_lock->isLocked())
        return;
    QFile::remove(notePath(m_path));
    m_lock->unlock();
}

bool ProfileLock::isLocked() const
{
    return m_lock->isLocked();
}

QString ProfileLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock->getLockInfo(&pid, &host, &app))
        return {};
    QFile file(notePath(m_path));
    QJsonObject note;
    if (file.open(QIODevice::ReadOnly))
        note = QJsonDocument::fromJson(file.read(4096)).object();
    QString text = QStringLiteral("TokenLedger (process %1 on %2").arg(pid).arg(host);
    const QString activity = note.value(QStringLiteral("activity")).toString();
    const QDateTime since = QDateTime::fromString(note.value(QStringLiteral("since")).toString(), Qt::ISODate);
    if (!activity.isEmpty())
        text += QStringLiteral(", %1").arg(activity);
    if (since.isValid())
        text += QStringLiteral(" since %1 UTC").arg(since.toUTC().toString(QStringLiteral("HH:mm:ss")));
    return text + QLatin1Char(')');
}

}   // namespace tl
