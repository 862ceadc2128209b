#pragma once

#include "dbprofile.h"

#include <QSqlDatabase>
#include <QString>

namespace tl::pg {

// PostgreSQL's side of the schema: the connection, the recorded version, and migrating under a lock.
// The tables come from the same migration steps as SQLite's (migrations.h, translated by
// schemadialect.h); the version lives in tokenledger_meta (name 'schema_version'), as SQLite keeps
// it in PRAGMA user_version.

// Taken with pg_advisory_xact_lock in the migration's transaction: two desktops starting at once
// wait for each other, and the second finds the schema already there. A single 64-bit key ("TokenLdg");
// per-account locks should use the two-key form, which PostgreSQL keeps apart from this one.
constexpr qint64 SchemaLockKey = 0x546f6b656e4c6467;

// The first schema version a PostgreSQL database can have: team databases began there, so no
// PostgreSQL database needs the data-moving steps before it.
constexpr int FirstSchemaVersion = 12;

// Adds the QPSQL connection `connectionName` and opens it. `password` empty: none is sent and
// libpq looks in PGPASSFILE / ~/.pgpass (or the server needs none).
bool openConnection(const QString &connectionName, const DbProfile &profile, const QString &password, QString *error);

struct StoredVersion
{
    int version = 0;        // 0: an empty database
    bool foreign = false;   // the database has tables, and none of them is TokenLedger's
    QString error;          // could not be read
    bool ok() const { return error.isEmpty() && !foreign; }
};
StoredVersion storedSchemaVersion(QSqlDatabase db);

struct Migration
{
    enum class Outcome
    {
        UpToDate,   // another process had migrated it (or nothing was owed)
        Migrated,
        Newer,    // found at a newer version under the lock: nothing was changed
        Failed,   // rolled back: nothing was changed
    };
    Outcome outcome = Outcome::Failed;
    int from = 0;
    QString error;
};
// Brings the database to `target` in one transaction holding SchemaLockKey.
Migration migrate(QSqlDatabase db, int target);

}   // namespace tl::pg
