#include "accountrepository.h"

#include "sqldialect.h"
#include "sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

namespace {

Account readAccount(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.provider = q.value(1).toString();
    a.label = q.value(2).toString();
    a.organization = q.value(3).toString();
    a.baseUrl = q.value(4).toString();
    a.enabled = q.value(5).toInt() != 0;
    a.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    a.archived = q.value(7).toInt() != 0;
    a.keyRef = q.value(8).toString();
    a.allowInsecureHttp = q.value(9).toInt() != 0;
    a.subscription = q.value(10).toString() == u"subscription";
    a.billedByAccount = q.value(11).toLongLong();
    a.agentOwner = q.value(12).toString();
    return a;
}

const QString SelectColumns =
    QStringLiteral("SELECT id, provider, label, organization, base_url, enabled, created_at, archived, key_ref, "
                   "allow_insecure_http, billing, billed_by_account, agent_owner FROM accounts");

}   // namespace

AccountRepository::AccountRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

qint64 AccountRepository::add(const Account &account, QString *error)
{
    if (!account.keyRef.isEmpty() && account.keyRef.size() != 32) {
        if (error)
            *error = QStringLiteral("a key reference has 32 hex digits (newKeyRef())");
        return 0;
    }
    // The id is one above the highest ever given (id_high_water, kept by a trigger), never the
    // id of a removed account. One statement: atomic with the trigger that records it.
    QSqlQuery q(m_db);
    // VALUES rather than INSERT … SELECT: PostgreSQL types a parameter from the column it goes into
    // only there (in a SELECT list it would be text).
    if (!sql::prepare(
            q,
            sql::query(m_db,
                       QStringLiteral(
                           "INSERT INTO accounts (id, provider, label, organization, base_url, "
                           "enabled, created_at, key_ref, allow_insecure_http, billing, "
                           "billed_by_account, agent_owner) VALUES ((SELECT MAX(v) + 1 FROM (SELECT last_id AS v FROM "
                           "id_high_water WHERE name = 'accounts' UNION ALL SELECT MAX(id) FROM "
                           "accounts UNION ALL SELECT 0) AS ids), ?, ?, ?, ?, ?, ?, "
                           "COALESCE(?, lower(hex(randomblob(16)))), ?, ?, ?, ?) RETURNING id")),
            error))
        return 0;
    const QDateTime created = account.createdAt.isValid() ? account.createdAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(sql::text(account.provider));
    q.addBindValue(sql::text(account.label));
    q.addBindValue(sql::text(account.organization));
    q.addBindValue(sql::text(account.baseUrl));
    q.addBindValue(account.enabled ? 1 : 0);
    q.addBindValue(created.toUTC().toString(Qt::ISODate));
    // Without a reference from the caller (who may have stored the key under it already),
    // SQLite's CSPRNG-seeded randomblob() makes one.
    q.addBindValue(account.keyRef.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(account.keyRef));
    q.addBindValue(account.allowInsecureHttp ? 1 : 0);
    q.addBindValue(account.subscription ? QStringLiteral("subscription") : QStringLiteral("api"));
    q.addBindValue(account.billedByAccount > 0 ? QVariant(account.billedByAccount)
                                               : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(account.agentOwner.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                : QVariant(account.agentOwner));
    if (!sql::exec(q, error))
        return 0;
    if (!q.next()) {
        if (error)
            *error = q.lastError().isValid() ? q.lastError().text() : QStringLiteral("no id was given");
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

bool AccountRepository::update(const Account &account, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::prepare(
            q,
            QStringLiteral("UPDATE accounts SET provider = ?, label = ?, organization = ?, base_url = ?, "
                           "enabled = ?, allow_insecure_http = ?, billing = ?, billed_by_account = ? WHERE id = ?"),
            error))
        return false;
    q.addBindValue(sql::text(account.provider));
    q.addBindValue(sql::text(account.label));
    q.addBindValue(sql::text(account.organization));
    q.addBindValue(sql::text(account.baseUrl));
    q.addBindValue(account.enabled ? 1 : 0);
    q.addBindValue(account.allowInsecureHttp ? 1 : 0);
    q.addBindValue(account.subscription ? QStringLiteral("subscription") : QStringLiteral("api"));
    q.addBindValue(account.billedByAccount > 0 ? QVariant(account.billedByAccount)
                                               : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(account.id);
    return sql::exec(q, error);
}

bool AccountRepository::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::prepare(q, QStringLiteral("DELETE FROM accounts WHERE id = ?"), error))
        return false;
    q.addBindValue(id);
    return sql::exec(q, error);
}

std::optional<Account> AccountRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readAccount(q);
}

QList<Account> AccountRepository::list(QString *error) const
{
    QList<Account> out;
    QSqlQuery q(m_db);
    if (!q.exec(SelectColumns + QStringLiteral(" WHERE archived = 0 ORDER BY provider, label, id"))) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readAccount(q));
    if (q.lastError().isValid() && error)
        *error = q.lastError().text();
    return out;
}

bool AccountRepository::archive(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::prepare(q, QStringLiteral("UPDATE accounts SET archived = 1, enabled = 0 WHERE id = ?"), error))
        return false;
    q.addBindValue(id);
    return sql::exec(q, error);
}

int AccountRepository::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE archived = 0")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

}   // namespace tl
