#pragma once

#include <QString>

#include <optional>

namespace tl {

// Where a ledger lives: an SQLite file (personal, the default) or a PostgreSQL database shared by a
// team, named by a libpq-style URL: postgresql://user@host:port/dbname?sslmode=verify-full.
// A profile never holds a password: it comes from the OS keychain (dbpasswords.h) or from libpq's
// own PGPASSFILE / ~/.pgpass, never from the command line or the settings file — so a URL with one
// is refused.
class DbProfile final
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres,
    };

    static constexpr int DefaultPort = 5432;

    DbProfile() = default;
    static DbProfile sqliteFile(const QString &path);
    // A postgresql:// (or postgres://) URL makes a PostgreSQL profile, anything else names an SQLite
    // file. Nullopt, with one line for a person in *error, for a URL TokenLedger cannot use.
    static std::optional<DbProfile> parse(const QString &text, QString *error);
    static bool isPostgresUrl(const QString &text);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    QString path() const { return m_path; }   // SQLite
    // PostgreSQL: a host name or address, or a socket folder (starts with '/'); empty: libpq's default.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }   // empty: libpq's default (the OS user name)
    QString databaseName() const { return m_databaseName; }
    QString sslMode() const { return m_sslMode; }   // empty: libpq's default (prefer)
    int connectTimeoutSeconds() const { return m_connectTimeoutSeconds; }

    // The URL again (never with a password), or the file path: for messages and the window title.
    QString displayName() const;
    // The keychain entry a PostgreSQL profile's password is filed under: one per user, host, port
    // and database, so two team databases on one server never share a password by accident.
    QString keychainEntry() const;
    // For QSqlDatabase::setConnectOptions (QPSQL passes them on to libpq).
    QString connectOptions() const;

    friend bool operator==(const DbProfile &a, const DbProfile &b);

private:
    Kind m_kind = Kind::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = DefaultPort;
    QString m_user;
    QString m_databaseName;
    QString m_sslMode;
    int m_connectTimeoutSeconds = 10;
};

}   // namespace tl
