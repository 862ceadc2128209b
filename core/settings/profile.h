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

    void setDatabasePath(const QString &path);

    QString databasePath() const { return m_databasePath; }
    QString settingsPath() const { return m_settingsPath; }
    // Creates the folders of the standard locations or of a profile folder, each new one 0700
    // (existing folders are left as they are). A --db path is the user's own: its folder must
    // already exist (a typo should not silently create folders).
    bool ensureFolders(QString *error) const;

private:
    QString m_databasePath;
    QString m_settingsPath;
    QString m_customDatabasePath;
    bool m_createFolders = false;
};

}   // namespace tl
