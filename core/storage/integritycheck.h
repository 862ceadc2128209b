#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tl {

// What SQLite's own checks say about a database file, attributed to the tables and indexes the
// problems concern, for `tokenledger check`.
struct IntegrityReport
{
    // A table or index with damage: SQLite's messages about it, in its words.
    struct Damaged
    {
        QString type;    // "table" or "index"
        QString name;    // e.g. usage, usage_daily_account
        QString table;   // the table an index belongs to (the name itself for a table)
        QStringList problems;
    };
    // Rows of `table` whose reference into `parent` points at no row (PRAGMA foreign_key_check).
    struct BrokenReference
    {
        QString table;
        QString parent;
        qint64 rows = 0;
    };

    QString readError;        // the check itself could not read the file
    QStringList problems;     // PRAGMA integrity_check's messages (empty when it said "ok")
    QList<Damaged> damaged;   // the objects those messages concern
    QList<BrokenReference> brokenReferences;

    bool ok() const { return readError.isEmpty() && problems.isEmpty() && brokenReferences.isEmpty(); }
};

// Runs PRAGMA integrity_check (at most `maxProblems` messages) and, when it finds damage, once per
// table to tell which tables and indexes are damaged; then PRAGMA foreign_key_check. Reads only.
IntegrityReport checkIntegrity(QSqlDatabase db, int maxProblems = 100);

}   // namespace tl
