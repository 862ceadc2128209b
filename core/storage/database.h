#pragma once

#include "dbprofile.h"

#include <QSqlDatabase>
#include <QString>

namespace tl {

// Owns one named QtSql connection to the TokenLedger SQLite file: WAL, foreign keys,
// a busy timeout, and schema migrations keyed on PRAGMA user_version.
// QtSql connections belong to one thread: a worker thread opens its own Database on the
// same path (with migrate = false) instead of sharing this one.
class Database final
{
public:
    static constexpr int SchemaVersion = 23;

    enum class Error
    {
        None,
        CannotOpen,             // missing folder, unwritable location, permissions
        NotADatabase,           // the file exists but is not SQLite
        NewerSchema,            // written by a newer TokenLedger: refused and left untouched
        Locked,                 // another program holds the database
        MigrationFailed,        // rolled back: the file is as it was
        ForeignSqlite,          // the Qt SQLite driver runs another SQLite library than TokenLedger: refused
        ServerUnreachable,      // PostgreSQL: no server answers at that address (down, wrong host or port)
        AuthenticationFailed,   // PostgreSQL: the server refused the user (password, role, pg_hba.conf)
    };

    struct Options
    {
        int busyTimeoutMs = 5000;
        bool migrate = true;
        bool readOnly = false;   // SQLite refuses every write (tokenledger check); implies no migration
    };

    explicit Database(QString connectionName = QStringLiteral("tokenledger"));
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // `path` is an SQLite file or a postgresql:// URL (its password as remembered by
    // dbpasswordcache.h, else libpq's .pgpass), so connections opened by path on worker threads
    // reach a team database as well.
    bool open(const QString &path) { return open(path, Options{}); }
    bool open(const QString &path, const Options &options);
    // An SQLite file as above, or a team database on PostgreSQL (pgschema.h), its schema migrated
    // under a lock. `password` from the keychain (dbpasswords.h); empty: libpq's .pgpass, or none.
    bool open(const DbProfile &profile, const Options &options, const QString &password = QString());
    void close();

    bool isOpen() const;
    Error error() const { return m_error; }
    // One line, for a person: what is wrong and what to do.
    QString errorString() const { return m_errorString; }
    QString path() const { return m_path; }   // for PostgreSQL, the URL (never with a password)
    bool isPostgres() const { return m_postgres; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;

    // The schema version stored in the file (0 for a new file).
    int storedSchemaVersion() const;

    // $AppDataLocation/tokenledger.sqlite
    static QString defaultPath();

private:
    bool fail(Error error, const QString &message);
    bool checkSqliteLibrary(const QSqlDatabase &db);
    bool configure(const Options &options);
    bool migrate();
    bool openPostgres(const DbProfile &profile, const Options &options, const QString &password);
    QString newerSchemaMessage(int stored) const;

    QString m_connectionName;
    QString m_path;
    bool m_postgres = false;
    Error m_error = Error::None;
    QString m_errorString;
};

}   // namespace tl
