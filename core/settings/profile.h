#pragma once

#include <QString>

namespace tl {

// Owns every on-disk location TokenLedger uses. By default they follow QStandardPaths;
// a profile folder (portable use, several profiles, tests) holds both the database and the
// settings; --db alone moves only the database.
class Profile final
{
public:
    Profile() = default;

    static Profile standard();
    static Profile inFolder(const QString &folder);

    void setDatabasePath(const QString &path) { m_databasePath = path; }

    QString databasePath() const { return m_databasePath; }
    QString settingsPath() const { return m_settingsPath; }
    // Creates the folders of the default locations; a folder the user named must already exist.
    bool ensureFolders(QString *error) const;

private:
    QString m_databasePath;
    QString m_settingsPath;
    bool m_createFolders = false;
};

}   // namespace tl
