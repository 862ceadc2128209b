#include "accountrepository.h"

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
    return a;
}

const QString SelectColumns =
    QStringLiteral("SELECT id, provider, label, organization, base_url, enabled, created_at, archived FROM accounts");

}   // namespace

AccountRepository::AccountRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

qint64 AccountRepository::add(const Account &account, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::prepare(q,
                      QStringLiteral("INSERT INTO accounts (provider, label, organization, base_url, enabled, "
                                     "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                      error))
        return 0;
    const QDateTime created = account.createdAt.isValid() ? account.createdAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(sql::text(account.provider));
    q.addBindValue(sql::text(account.label));
    q.addBindValue(sql::text(account.organization));
    q.addBindValue(sql::text(account.baseUrl));
    q.addBindValue(account.enabled ? 1 : 0);
    q.addBindValue(created.toUTC().toString(Qt::ISODate));
    if (!sql::exec(q, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool AccountRepository::update(const Account &account, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::prepare(q,
                      QStringLiteral("UPDATE accounts SET provider = ?, label = ?, organization = ?, base_url = ?, "
                                     "enabled = ? WHERE id = ?"),
                      error))
        return false;
    q.addBindValue(sql::text(account.provider));
    q.addBindValue(sql::text(account.label));
    q.addBindValue(sql::text(account.organization));
    q.addBindValue(sql::text(account.baseUrl));
    q.addBindValue(account.enabled ? 1 : 0);
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
