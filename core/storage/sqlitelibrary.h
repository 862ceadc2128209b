#pragma once

#include <QSqlDatabase>
#include <QString>

namespace tl::sql {

// TokenLedger calls the SQLite library it is linked with on the sqlite3* handle of the Qt SQLite
// driver's connection (SqliteStatement). That is only sound when the driver runs the very same
// library instance: a driver with its own copy of SQLite (official Qt builds on Windows and macOS
// bundle one) would have its connection's memory handled by another copy's code. These checks
// decide it; whatever cannot be verified counts as different.
struct SqliteLibraryCheck
{
    enum class Verdict
    {
        Same,           // the same functions at the same addresses, and the same source id
        Different,      // another copy (or another version) of SQLite
        Unverifiable,   // no way to tell on this platform or for this module: treated as different
    };
    Verdict verdict = Verdict::Unverifiable;
    QString detail;   // one sentence for a person: what was compared and found

    bool ok() const { return verdict == Verdict::Same; }
};

// Compares the SQLite that `module` (a handle from dlopen()) resolves — sqlite3_prepare_v3 and
// sqlite3_sourceid looked up through it, i.e. in the module and what it links — with the library
// TokenLedger calls. `moduleName` names it in the detail.
SqliteLibraryCheck checkSqliteModule(void *module, const QString &moduleName);

// The module that implements `db`'s driver (the loaded QSQLITE plugin), checked as above.
SqliteLibraryCheck checkDriverModule(const QSqlDatabase &db);

// checkDriverModule(), then `SELECT sqlite_source_id()` through QtSql against sqlite3_sourceid():
// what Database::open() runs before anything else touches the file.
SqliteLibraryCheck checkQtSqliteDriver(const QSqlDatabase &db);

}   // namespace tl::sql
