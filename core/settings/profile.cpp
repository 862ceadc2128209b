#include "profile.h"

#include "common/privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace tl {

Profile Profile::standard()
{
    Profile p;
    p.m_databasePath =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tokenledger.sqlite");
    p.m_settingsPath =
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/tokenledger.ini");
    p.m_createFolders = true;
    return p;
}

Profile Profile::inFolder(const QString &folder)
{
    Profile p;
    const QString base = QDir(folder).absolutePath();
    p.m_databasePath = base + QStringLiteral("/tokenledger.sqlite");
    p.m_settingsPath = base + QStringLiteral("/tokenledger.ini");
    p.m_createFolders = true;   // a new profile folder is made on first use
    return p;
}

void Profile::setDatabasePath(const QString &path)
{
    m_databasePath = path;
    m_customDatabasePath = path;
}

bool Profile::ensureFolders(QString *error) const
{
    if (!m_createFolders)
        return true;
    for (const QString &file : {m_databasePath, m_settingsPath}) {
        if (file == m_customDatabasePath)
            continue;
        const QString dir = QFileInfo(file).absolutePath();
        // Owner-only, like the files inside (spend and account names are private).
        if (!files::makePrivateFolder(dir)) {
            if (error)
                *error = QStringLiteral("Cannot create the folder %1.").arg(dir);
            return false;
        }
    }
    return true;
}

}   // namespace tl
