#pragma once

#include <QFileDevice>
#include <QString>

class QSaveFile;

namespace tl::files {

// Spend figures, account names and exports are private: what TokenLedger creates is readable by
// its owner only — files 0600, folders 0700 — whatever the process umask. (The application also
// sets umask 077 in main() for what it does not create by name: SQLite's temporary files, lock
// files, files libraries write.)
inline constexpr QFileDevice::Permissions OwnerOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
inline constexpr QFileDevice::Permissions OwnerOnlyFolder =
    OwnerOnlyFile | QFileDevice::ExeOwner | QFileDevice::ExeUser;

// Creates `folder` and any missing parents, each new one 0700. Folders that already exist are
// left as they are: they may be the user's own (a shared folder given as --profile).
bool makePrivateFolder(const QString &folder);

// Creates an empty file readable by its owner only, unless the path exists. True when it exists
// afterwards.
bool createPrivateFile(const QString &path);

// Takes group and other permissions away from an existing file of TokenLedger's (a database or
// settings file written by an earlier version). A missing file is fine.
bool restrictToOwner(const QString &path);

// Opens a QSaveFile for writing so that a new file is owner-only; a file being replaced keeps the
// permissions its owner gave it, as editors and cp do.
bool openPrivately(QSaveFile &file);

}   // namespace tl::files
