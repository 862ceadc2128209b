#include "pgschema.h"

#include "migrations.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

namespace tl::pg {

namespace {

QString describe(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

}   // namespace

bool openConnection(const QString &connectionName, const DbProfile &profile, const QString &password, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid()) {
        if (error)
            *error = QStringLiteral("The Qt PostgreSQL driver is missing (install libqt6sql6-psql).");
        return false;
    }
    if (!profile.host().isEmpty())
        db.setHostName(profile.host());
    db.setPort(profile.port());
    if (!profile.user().isEmpty())
        db.setUserName(profile.user());
    db.setDatabaseName(profile.databaseName());
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(profile.connectOptions());
    if (db.open()) {
        // Named after this computer and process, so a desktop waiting for a lock (an account's
        // sync, accountsynclock.h) can say who holds it. Only the words a person would say.
        QString host = QSysInfo::machineHostName();
        host.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")));
        QSqlQuery name(db);
        name.exec(QStringLiteral("SET application_name = 'tokenledger on %1, process %2'")
                      .arg(host.left(30))
                      .arg(QCoreApplication::applicationPid()));
        return true;
    }
    if (error)
        *error = describe(db.lastError());
    return false;
}

StoredVersion storedSchemaVersion(QSqlDatabase db)
{
    StoredVersion stored;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT to_regclass('tokenledger_meta') IS NOT NULL, (SELECT count(*) FROM pg_tables "
                               "WHERE schemaname = current_schema())")) ||
        !q.next()) {
        stored.error = describe(q.lastError());
        return stored;
    }
    const bool hasMeta = q.value(0).toBool();
    const qint64 tables = q.value(1).toLongLong();
    q.finish();
    if (!hasMeta) {
        stored.foreign = tables > 0;
        return stored;
    }
    if (!q.exec(QStringLiteral("SELECT value FROM tokenledger_meta WHERE name = 'schema_version'"))) {
        stored.error = describe(q.lastError());
        return stored;
    }
    bool ok = true;
    stored.version = q.next() ? q.value(0).toString().toInt(&ok) : 0;
    if (!ok)
        stored.error = QStringLiteral("the recorded schema version is not a number");
    return stored;
}

Migration migrate(QSqlDatabase db, int target)
{
    Migration result;
    QString error;
    if (!sql::exec(db, QStringLiteral("BEGIN"), &error)) {
        result.error = error;
        return result;
    }
    const auto rollback = [&](Migration::Outcome outcome, const QString &why) {
        QString ignored;
        sql::exec(db, QStringLiteral("ROLLBACK"), &ignored);
        result.outcome = outcome;
        result.error = why;
        return result;
    };
    if (!sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SchemaLockKey), &error))
        return rollback(Migration::Outcome::Failed, error);

    // Read again under the lock: whoever held it may have migrated already.
    const StoredVersion stored = storedSchemaVersion(db);
    result.from = stored.version;
    if (!stored.error.isEmpty())
        return rollback(Migration::Outcome::Failed, stored.error);
    if (stored.foreign)
        return rollback(Migration::Outcome::Failed, QStringLiteral("the database holds other tables"));
    if (stored.version > target)
        return rollback(Migration::Outcome::Newer, QString());
    if (stored.version == target) {
        sql::exec(db, QStringLiteral("COMMIT"), &error);
        result.outcome = Migration::Outcome::UpToDate;
        return result;
    }
    if (stored.version != 0 && stored.version < FirstSchemaVersion)
        return rollback(Migration::Outcome::Failed,
                        QStringLiteral("no PostgreSQL database has schema version %1").arg(stored.version));

    bool ok = true;
    if (stored.version == 0) {
        ok = sql::exec(db, QStringLiteral("CREATE TABLE tokenledger_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                       &error) &&
             migrations::create(db, &error) && migrations::upgrade(db, 1, target, &error);
    } else {
        ok = migrations::upgrade(db, stored.version, target, &error);
    }
    ok = ok && sql::exec(db,
                         QStringLiteral("INSERT INTO tokenledger_meta (name, value) VALUES ('schema_version', '%1') "
                                        "ON CONFLICT (name) DO UPDATE SET value = excluded.value")
                             .arg(target),
                         &error);
    ok = ok && sql::exec(db, QStringLiteral("COMMIT"), &error);
    if (!ok)
        return rollback(Migration::Outcome::Failed, error);
    result.outcome = Migration::Outcome::Migrated;
    return result;
}

}   // namespace tl::pg
