#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

namespace tl::files {

namespace {

constexpr QFileDevice::Permissions GroupAndOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                   QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                   QFileDevice::WriteOther | QFileDevice::ExeOther;

}   // namespace

bool makePrivateFolder(const QString &folder)
{
    const QString target = QDir::cleanPath(QDir(folder).absolutePath());
    QStringList missing;   // outermost first
    for (QString path = target; !QFileInfo::exists(path);) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).path();
        if (parent == path)
            break;
        path = parent;
    }
    QDir dir;
    for (const QString &path : std::as_const(missing)) {
        // Another process may create it meanwhile: what counts is that it is a folder afterwards.
        if (!dir.mkdir(path, OwnerOnlyFolder) && !QFileInfo(path).isDir())
            return false;
    }
    return QFileInfo(target).isDir();
}

bool createPrivateFile(const QString &path)
{
    QFile file(path);
    // NewOnly: never truncates or re-permissions a file that is already there.
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnlyFile))
        return true;
    return QFileInfo::exists(path);
}

bool restrictToOwner(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    const QFileDevice::Permissions permissions = info.permissions();
    if (!(permissions & GroupAndOther))
        return true;
    return QFile::setPermissions(path, permissions & ~GroupAndOther);
}

bool openPrivately(QSaveFile &file)
{
    const bool replacing = QFileInfo::exists(file.fileName());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // QSaveFile writes a temporary file and renames it over the target: its permissions become the
    // file's. A new one would otherwise get 0666 minus the umask.
    if (!replacing && !file.setPermissions(OwnerOnlyFile)) {
        file.cancelWriting();
        return false;
    }
    return true;
}

}   // namespace tl::files
