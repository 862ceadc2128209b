#include "dbprofile.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace tl {

namespace {

const QStringList SslModes = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                              QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// What libpq's connection string can carry safely: QPSQL joins the options with spaces, unquoted.
bool isPlainWord(const QString &value)
{
    for (const QChar c : value) {
        if (c.isSpace() || c == u';' || c == u'\'' || c == u'\\' || c == u'=')
            return false;
    }
    return true;
}

QString passwordInUrl()
{
    return QStringLiteral("The database URL contains a password. TokenLedger never takes a password on the command "
                          "line or in its settings: remove it from the URL and keep it in the system keychain or in a "
                          ".pgpass file (PGPASSFILE).");
}

}   // namespace

DbProfile DbProfile::sqliteFile(const QString &path)
{
    DbProfile profile;
    profile.m_kind = Kind::Sqlite;
    profile.m_path = path;
    return profile;
}

bool DbProfile::isPostgresUrl(const QString &text)
{
    return text.startsWith(u"postgresql://", Qt::CaseInsensitive) ||
           text.startsWith(u"postgres://", Qt::CaseInsensitive);
}

std::optional<DbProfile> DbProfile::parse(const QString &text, QString *error)
{
    if (!isPostgresUrl(text)) {
        if (text.contains(QStringLiteral("://"))) {
            fail(error, QStringLiteral("TokenLedger opens SQLite files and postgresql:// URLs, not %1:// ones.")
                            .arg(text.section(QStringLiteral("://"), 0, 0)));
            return std::nullopt;
        }
        return sqliteFile(text);
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString shown = text.section(u'@', -1);   // never repeat what stood before the '@'
    if (!url.isValid()) {
        fail(error, QStringLiteral("%1 is not a valid database URL: %2").arg(shown, url.errorString()));
        return std::nullopt;
    }
    if (!url.password(QUrl::FullyDecoded).isEmpty() || url.userInfo(QUrl::FullyEncoded).contains(u':')) {
        fail(error, passwordInUrl());
        return std::nullopt;
    }
    DbProfile profile;
    profile.m_kind = Kind::Postgres;
    profile.m_user = url.userName(QUrl::FullyDecoded);
    profile.m_host = url.host(QUrl::FullyDecoded);
    profile.m_port = url.port(DefaultPort);
    profile.m_databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (profile.m_databaseName.isEmpty() || profile.m_databaseName.contains(u'/')) {
        fail(error,
             QStringLiteral("The database URL %1 names no database: postgresql://user@host:port/dbname.").arg(shown));
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode") {
            if (!SslModes.contains(value)) {
                fail(error, QStringLiteral("Unknown sslmode \"%1\" in the database URL (one of %2).")
                                .arg(value, SslModes.join(QStringLiteral(", "))));
                return std::nullopt;
            }
            profile.m_sslMode = value;
        } else if (key == u"host") {
            // A unix socket folder, as libpq takes it: postgresql://user@/dbname?host=/run/postgresql
            if (!value.startsWith(u'/') || !isPlainWord(value)) {
                fail(error, QStringLiteral("The host parameter of the database URL must be a socket folder "
                                           "(an absolute path without spaces)."));
                return std::nullopt;
            }
            profile.m_host = value;
        } else if (key == u"connect_timeout") {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 3600) {
                fail(error, QStringLiteral("connect_timeout in the database URL must be a number of seconds."));
                return std::nullopt;
            }
            profile.m_connectTimeoutSeconds = seconds;
        } else if (key == u"password") {
            fail(error, passwordInUrl());
            return std::nullopt;
        } else {
            fail(error, QStringLiteral("TokenLedger does not know the parameter \"%1\" in the database URL (it knows "
                                       "sslmode, host and connect_timeout).")
                            .arg(key));
            return std::nullopt;
        }
    }
    return profile;
}

QString DbProfile::displayName() const
{
    if (m_kind == Kind::Sqlite)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!m_user.isEmpty())
        url.setUserName(m_user);
    QUrlQuery query;
    if (m_host.startsWith(u'/')) {
        url.setHost(QString());
        query.addQueryItem(QStringLiteral("host"), m_host);
    } else {
        url.setHost(m_host);
        url.setPort(m_port == DefaultPort ? -1 : m_port);
    }
    url.setPath(u'/' + m_databaseName);
    if (!m_sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
    url.setQuery(query);
    QString shown = url.toString();
    // QUrl drops the "//" of an empty authority with no host: put the URL back in libpq's shape.
    if (shown.startsWith(u"postgresql:/") && !shown.startsWith(u"postgresql://"))
        shown.insert(int(qstrlen("postgresql:/")), u'/');
    return shown;
}

QString DbProfile::keychainEntry() const
{
    if (m_kind == Kind::Sqlite)
        return QString();
    return QStringLiteral("postgresql-%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_databaseName);
}

QString DbProfile::connectOptions() const
{
    QStringList options;
    if (!m_sslMode.isEmpty())
        options << QStringLiteral("sslmode=%1").arg(m_sslMode);
    options << QStringLiteral("connect_timeout=%1").arg(m_connectTimeoutSeconds);
    options << QStringLiteral("application_name=tokenledger");
    return options.join(u';');
}

bool operator==(const DbProfile &a, const DbProfile &b)
{
    return a.m_kind == b.m_kind && a.m_path == b.m_path && a.m_host == b.m_host && a.m_port == b.m_port &&
           a.m_user == b.m_user && a.m_databaseName == b.m_databaseName && a.m_sslMode == b.m_sslMode &&
           a.m_connectTimeoutSeconds == b.m_connectTimeoutSeconds;
}

}   // namespace tl
