#include "testdatabase.h"

#include "secrets/accountkeys.h"
#include "storage/accountrepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace tl::test {

Account accountOf(QSqlDatabase db, qint64 id)
{
    const auto account = AccountRepository(db).find(id);
    if (!account)
        qFatal("no account %lld", id);
    return *account;
}

QString keyVariable(QSqlDatabase db, qint64 id)
{
    return keyEnvironmentVariable(accountOf(db, id).keyRef);
}

void setEnvironmentKey(QSqlDatabase db, qint64 id, const QByteArray &key)
{
    qputenv(qPrintable(keyVariable(db, id)), key);
}

void clearEnvironmentKey(QSqlDatabase db, qint64 id)
{
    qunsetenv(qPrintable(keyVariable(db, id)));
}

TestDatabase::TestDatabase(const QString &connectionName)
    : m_db(std::make_unique<Database>(connectionName))
{
    if (m_dir.isValid())
        m_db->open(path());
}

qint64 TestDatabase::addAccount(const QString &provider, const QString &label)
{
    Account a;
    a.provider = provider;
    a.label = label;
    QString error;
    const qint64 id = AccountRepository(connection()).add(a, &error);
    if (id <= 0)
        qWarning("could not add a test account: %s", qPrintable(error));
    return id;
}

qint64 TestDatabase::scalar(const QString &sql) const
{
    QSqlQuery q(connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

UsageRecord usage(qint64 accountId, QDate day, const QString &model, qint64 input, qint64 output,
                  std::optional<qint64> costNanos)
{
    UsageRecord r;
    r.accountId = accountId;
    r.day = day;
    r.model = model;
    r.inputTokens = input;
    r.outputTokens = output;
    r.requests = 1;
    if (costNanos) {
        r.cost = Money::fromNanos(*costNanos);
        r.costStatus = CostStatus::Estimated;
    } else {
        r.costStatus = CostStatus::Unpriced;
    }
    return r;
}

}   // namespace tl::test
