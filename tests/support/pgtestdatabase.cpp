#include "pgtestdatabase.h"

#include "storage/pgschema.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace tl::test {

namespace {

// Runs `statement` on a short-lived connection to database `database` of the server.
bool runOn(const QString &database, const QString &statement, QString *error, QVariant *value = nullptr)
{
    static int serial = 0;
    const QString connection = QStringLiteral("pgtest-admin-%1").arg(++serial);
    bool ok = false;
    {
        QUrl url(testServerUrl());
        url.setPath(u'/' + database);
        QString parseError;
        const std::optional<DbProfile> profile = DbProfile::parse(url.toString(), &parseError);
        if (!profile) {
            *error = parseError;
        } else if (pg::openConnection(connection, *profile, QString(), error)) {
            QSqlQuery q(QSqlDatabase::database(connection, false));
            ok = q.exec(statement);
            if (!ok)
                *error = q.lastError().text();
            else if (value)
                *value = q.next() ? q.value(0) : QVariant();
        }
        QSqlDatabase::database(connection, false).close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

}   // namespace

QString testServerUrl()
{
    return qEnvironmentVariable("TOKENLEDGER_TEST_PG");
}

PgTestDatabase::PgTestDatabase()
    : m_name(QStringLiteral("tl_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')))
{
    if (testServerUrl().isEmpty())
        m_error = QStringLiteral("no test server (TOKENLEDGER_TEST_PG)");
    else
        admin(QStringLiteral("CREATE DATABASE %1").arg(m_name));
}

PgTestDatabase::~PgTestDatabase()
{
    if (isValid())
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

bool PgTestDatabase::admin(const QString &statement)
{
    QString error;
    const QString maintenance = QUrl(testServerUrl()).path().mid(1);
    if (runOn(maintenance, statement, &error))
        return true;
    m_error = error;
    return false;
}

QString PgTestDatabase::url() const
{
    QUrl url(testServerUrl());
    url.setPath(u'/' + m_name);
    return url.toString();
}

DbProfile PgTestDatabase::profile() const
{
    return DbProfile::parse(url(), nullptr).value_or(DbProfile());
}

QString PgTestDatabase::passwordRoleUrl()
{
    if (!exec(QStringLiteral("GRANT ALL ON SCHEMA public TO tokenledger_pw")))
        return {};
    QUrl url(qEnvironmentVariable("TOKENLEDGER_TEST_PG_PASSWORD_URL"));
    url.setPath(u'/' + m_name);
    return url.toString();
}

bool PgTestDatabase::exec(const QString &statement, QString *error)
{
    QString problem;
    const bool ok = runOn(m_name, statement, &problem);
    if (!ok) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(problem));
        if (error)
            *error = problem;
    }
    return ok;
}

QVariant PgTestDatabase::scalar(const QString &statement)
{
    QString problem;
    QVariant value;
    if (!runOn(m_name, statement, &problem, &value))
        qWarning("%s: %s", qPrintable(statement), qPrintable(problem));
    return value;
}

}   // namespace tl::test
