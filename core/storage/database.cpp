#include "database.h"

#include "common/privatefiles.h"
#include "dbpasswordcache.h"
#include "migrations.h"
#include "pgschema.h"
#include "sqlitelibrary.h"
#include "sqlutil.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace tl {

Q_LOGGING_CATEGORY(lcStorage, "tl.storage", QtInfoMsg)

namespace {

bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"5" || code == u"6" || error.text().contains(u"locked", Qt::CaseInsensitive);
}

bool isNotADatabase(const QSqlError &error)
{
    return error.nativeErrorCode() == u"26" || error.text().contains(u"not a database", Qt::CaseInsensitive);
}

// SQLITE_READONLY (8) on the first read: a database in WAL mode is read through its shared-memory
// file (-shm), which SQLite must create beside it when no other process has it open.
bool isReadOnly(const QSqlError &error)
{
    return error.nativeErrorCode() == u"8" || error.text().contains(u"readonly database", Qt::CaseInsensitive);
}

// libpq gives no error code for a failed connection, only its words (stable across versions 12–17):
// tell "nobody answers" from "the server said no" so the person knows whether to start a server or
// to give a password.
bool isUnreachable(const QString &libpqError)
{
    for (const char *words :
         {"Connection refused", "could not translate host name", "timeout expired", "No route to host",
          "Network is unreachable", "could not connect to server", "No such file or directory"})
        if (libpqError.contains(QLatin1String(words), Qt::CaseInsensitive))
            return true;
    return false;
}

bool isAuthenticationFailure(const QString &libpqError)
{
    for (const char *words : {"password authentication failed", "no password supplied", "pg_hba.conf",
                              "authentication failed", "role \"", "permission denied for database"})
        if (libpqError.contains(QLatin1String(words), Qt::CaseInsensitive))
            return true;
    return false;
}

}   // namespace

Database::Database(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tokenledger.sqlite");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    qCDebug(lcStorage).noquote() << message;
    return false;   // open() closes the connection once no query refers to it
}

bool Database::open(const DbProfile &profile, const Options &options, const QString &password)
{
    if (!profile.isPostgres())
        return open(profile.path(), options);
    close();
    m_error = Error::None;
    m_errorString.clear();
    m_path = profile.displayName();
    m_postgres = true;
    if (!openPostgres(profile, options, password)) {
        close();
        return false;
    }
    return true;
}

bool Database::openPostgres(const DbProfile &profile, const Options &options, const QString &password)
{
    QString error;
    if (!pg::openConnection(m_connectionName, profile, password, &error)) {
        if (isUnreachable(error))
            return fail(Error::ServerUnreachable,
                        QStringLiteral("No PostgreSQL server answers for %1 (%2). Check that the server runs and "
                                       "that host and port are right.")
                            .arg(m_path, error));
        if (isAuthenticationFailure(error))
            return fail(Error::AuthenticationFailed,
                        QStringLiteral("The server refused %1 (%2). Store the password in the keychain with "
                                       "tokenledger --db URL db password (or File → Connect to a Team Database…), "
                                       "or put it in ~/.pgpass; ask the server's administrator whether the role "
                                       "exists and may connect.")
                            .arg(m_path, error));
        return fail(Error::CannotOpen, QStringLiteral("Cannot open the database %1: %2").arg(m_path, error));
    }
    QSqlDatabase db = connection();
    // PostgreSQL's SUM over BIGINT is NUMERIC, which QPSQL hands over as a double by default: wrong
    // past 2^53 nano-USD. As text (HighPrecision) every sum the repositories read with toLongLong()
    // is exact, and one past 2^63 reads as 0 with ok = false rather than as a rounded number.
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    const pg::StoredVersion stored = pg::storedSchemaVersion(db);
    if (!stored.error.isEmpty())
        return fail(Error::CannotOpen, QStringLiteral("Cannot read the database %1: %2").arg(m_path, stored.error));
    if (stored.foreign)
        return fail(Error::NotADatabase,
                    QStringLiteral("%1 is not a TokenLedger database (it holds other tables); name an empty "
                                   "database or one TokenLedger created.")
                        .arg(m_path));
    if (stored.version > SchemaVersion)
        return fail(Error::NewerSchema, newerSchemaMessage(stored.version));
    if (options.readOnly)
        return sql::exec(db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"), &error) ||
               fail(Error::CannotOpen, QStringLiteral("Cannot open the database %1: %2").arg(m_path, error));
    if (!options.migrate || stored.version == SchemaVersion)
        return true;
    const pg::Migration migration = pg::migrate(db, SchemaVersion);
    switch (migration.outcome) {
    case pg::Migration::Outcome::UpToDate:
        return true;
    case pg::Migration::Outcome::Migrated:
        qCDebug(lcStorage) << "database schema now at version" << SchemaVersion << "(was" << migration.from << ")";
        return true;
    case pg::Migration::Outcome::Newer:
        return fail(Error::NewerSchema, newerSchemaMessage(migration.from));
    case pg::Migration::Outcome::Failed:
        break;
    }
    return fail(Error::MigrationFailed,
                QStringLiteral("Could not update the database %1 from schema version %2 to %3 (%4). Nothing was "
                               "changed.")
                    .arg(m_path)
                    .arg(migration.from)
                    .arg(SchemaVersion)
                    .arg(migration.error));
}

QString Database::newerSchemaMessage(int stored) const
{
    return QStringLiteral("The database %1 was written by a newer TokenLedger (schema version %2; this version "
                          "understands up to %3). Update TokenLedger or use another database with --db. The %4 "
                          "was not changed.")
        .arg(m_path)
        .arg(stored)
        .arg(SchemaVersion)
        .arg(m_postgres ? QStringLiteral("database") : QStringLiteral("file"));
}

bool Database::open(const QString &path, const Options &options)
{
    if (DbProfile::isPostgresUrl(path)) {
        QString error;
        const std::optional<DbProfile> profile = DbProfile::parse(path, &error);
        if (!profile) {
            close();
            m_path = path.section(u'@', -1);   // never repeat what stood before the '@'
            return fail(Error::CannotOpen, error);
        }
        return open(*profile, options, rememberedDatabasePassword(*profile));
    }
    close();
    m_error = Error::None;
    m_errorString.clear();
    m_path = path;
    m_postgres = false;

    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return fail(Error::CannotOpen, QStringLiteral("Cannot open the database %1: it is a folder.").arg(path));
    if (!info.absoluteDir().exists())
        return fail(Error::CannotOpen, QStringLiteral("Cannot open the database %1: the folder %2 does not exist.")
                                           .arg(path, info.absolutePath()));
    if (info.exists() && !info.isReadable())
        return fail(Error::CannotOpen, QStringLiteral("Cannot open the database %1: permission denied.").arg(path));

    // SQLite would create the file 0644 and its -wal and -shm with the file's permissions: a new
    // database starts as an empty owner-only file instead (an empty file is an empty database).
    if (!options.readOnly && !info.exists())
        files::createPrivateFile(path);

    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid()) {
            fail(Error::CannotOpen, QStringLiteral("The Qt SQLite driver is missing (install libqt6sql6-sqlite)."));
        } else {
            db.setDatabaseName(path);
            QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
            if (options.readOnly)
                connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
            db.setConnectOptions(connectOptions);
            if (!db.open())
                fail(Error::CannotOpen,
                     QStringLiteral("Cannot open the database %1: %2").arg(path, db.lastError().text()));
            else
                ok = checkSqliteLibrary(db);
        }
    }
    ok = ok && configure(options);
    if (!ok) {
        close();
        return false;
    }
    if (!options.readOnly) {
        // A database from an earlier version may be world-readable; its -wal and -shm exist now.
        for (const char *suffix : {"", "-wal", "-shm"}) {
            if (!files::restrictToOwner(path + QLatin1String(suffix)))
                qCWarning(lcStorage).noquote() << "could not make" << path + QLatin1String(suffix) << "owner-only";
        }
    }
    return true;
}

bool Database::checkSqliteLibrary(const QSqlDatabase &db)
{
    // Before anything reads the file: the repositories' fast paths call TokenLedger's own SQLite
    // on this connection's handle, which is memory corruption unless the driver runs that very
    // library (official Qt builds on Windows and macOS bundle their own copy).
    const sql::SqliteLibraryCheck check = sql::checkQtSqliteDriver(db);
    if (check.ok())
        return true;
    qCWarning(lcStorage).noquote() << "refusing the Qt SQLite driver:" << check.detail;
    return fail(Error::ForeignSqlite,
                QStringLiteral("TokenLedger cannot use this Qt SQLite driver: %1, and TokenLedger works on the "
                               "driver's connection with its own SQLite, which is only safe with the very same "
                               "library (install the Qt SQLite driver built for this system's SQLite; on Debian, "
                               "libqt6sql6-sqlite).")
                    .arg(check.detail));
}

int Database::storedSchemaVersion() const
{
    if (m_postgres) {
        const pg::StoredVersion stored = pg::storedSchemaVersion(connection());
        return stored.ok() ? stored.version : -1;
    }
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::configure(const Options &options)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);

    // Read the version before anything writes to the file, so a newer or foreign file stays untouched.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        const QSqlError err = q.lastError();
        if (isNotADatabase(err))
            return fail(Error::NotADatabase,
                        QStringLiteral("%1 is not a TokenLedger database (not an SQLite file).").arg(m_path));
        if (isBusy(err))
            return fail(
                Error::Locked,
                QStringLiteral("The database %1 is locked by another program; close it and try again.").arg(m_path));
        if (isReadOnly(err) && !QFileInfo(QFileInfo(m_path).absolutePath()).isWritable())
            return fail(Error::CannotOpen,
                        QStringLiteral("Cannot read the database %1: its folder is not writable for you, and SQLite "
                                       "needs to create the database's shared-memory file (%2-shm) beside it even "
                                       "to read it. Make the folder writable, or copy the database to a folder you "
                                       "can write to and open the copy.")
                            .arg(m_path, QFileInfo(m_path).fileName()));
        return fail(Error::CannotOpen,
                    QStringLiteral("Cannot read the database %1: %2").arg(m_path, err.databaseText()));
    }
    const int stored = q.value(0).toInt();
    q.finish();
    if (stored > SchemaVersion)
        return fail(Error::NewerSchema, newerSchemaMessage(stored));
    // TokenLedger writes versions 1 and up; a negative one was written by something else.
    if (stored < 0)
        return fail(Error::NotADatabase,
                    QStringLiteral("%1 is not a TokenLedger database (its schema version, %2, is not one TokenLedger "
                                   "writes).")
                        .arg(m_path)
                        .arg(stored));
    // Version 0 with tables is another program's SQLite file (a browser's history, another
    // tool's ledger): TokenLedger's schema goes only into an empty file, never beside foreign tables.
    if (stored == 0) {
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sqlite_schema)")) || !q.next())
            return fail(Error::CannotOpen,
                        QStringLiteral("Cannot read the database %1: %2").arg(m_path, q.lastError().text()));
        const bool holdsTables = q.value(0).toBool();
        q.finish();
        if (holdsTables)
            return fail(Error::NotADatabase,
                        QStringLiteral("%1 is not a TokenLedger database (it holds other tables); name an empty "
                                       "file or one TokenLedger created.")
                            .arg(m_path));
    }

    const auto pragma = [&](const QString &sql) -> bool {
        QSqlQuery p(db);
        if (p.exec(sql))
            return true;
        const QSqlError err = p.lastError();
        if (isBusy(err))
            return fail(
                Error::Locked,
                QStringLiteral("The database %1 is locked by another program; close it and try again.").arg(m_path));
        return fail(Error::CannotOpen,
                    QStringLiteral("Cannot open the database %1: %2").arg(m_path, err.databaseText()));
    };
    if (!pragma(QStringLiteral("PRAGMA foreign_keys = ON")))
        return false;
    if (!pragma(QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs)))
        return false;
    // A page whose cell pointers are scrambled (a torn write, a bad copy) is an error when read,
    // not rows read from the wrong offsets: without the check such a page summed to a smaller,
    // well-formed total (tst_damaged). The cost is a bounds check per cell read.
    if (!pragma(QStringLiteral("PRAGMA cell_size_check = ON")))
        return false;
    if (options.migrate && !options.readOnly) {
        if (!pragma(QStringLiteral("PRAGMA journal_mode = WAL")))
            return false;
        if (!pragma(QStringLiteral("PRAGMA cache_size = -32768")))
            return false;
        if (!pragma(QStringLiteral("PRAGMA synchronous = NORMAL")))
            return false;
        return migrate();
    }
    return true;
}

bool Database::migrate()
{
    QSqlDatabase db = connection();
    if (storedSchemaVersion() == SchemaVersion)
        return true;

    // IMMEDIATE takes the write lock first, so two processes cannot migrate at once.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (isBusy(q.lastError()))
            return fail(
                Error::Locked,
                QStringLiteral("The database %1 is locked by another program; close it and try again.").arg(m_path));
        return fail(Error::CannotOpen,
                    QStringLiteral("Cannot write to the database %1: %2").arg(m_path, q.lastError().databaseText()));
    }

    const int from = storedSchemaVersion();   // re-read under the lock
    QString error;
    bool ok = from >= 0 && from <= SchemaVersion;
    int version = from;
    if (ok && version == 0) {
        ok = migrations::create(db, &error);
        version = 1;
    }
    if (ok)
        ok = migrations::upgrade(db, version, SchemaVersion, &error);
    if (ok)
        ok = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), &error);
    if (ok && !q.exec(QStringLiteral("COMMIT"))) {
        ok = false;
        error = q.lastError().databaseText();
    }
    if (!ok) {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return fail(Error::MigrationFailed,
                    QStringLiteral("Could not update the database %1 from schema version %2 to %3 (%4). Nothing "
                                   "was changed.")
                        .arg(m_path)
                        .arg(from)
                        .arg(SchemaVersion)
                        .arg(error));
    }
    qCDebug(lcStorage) << "database schema now at version" << SchemaVersion << "(was" << from << ")";
    return true;
}

}   // namespace tl
