#include "testdatabase.h"

#include "secrets/accountkeys.h"
#include "storage/accountrepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
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

void addBackendColumn()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgres") << Backend::Postgres;
}

TestDatabase::TestDatabase(const QString &connectionName, Backend backend)
    : m_db(std::make_unique<Database>(connectionName))
{
    if (backend == Backend::Postgres) {
        m_pg = std::make_unique<PgTestDatabase>();
        if (!m_pg->isValid())
            qWarning("could not create a test database on the server: %s", qPrintable(m_pg->error()));
        else if (!m_db->open(m_pg->profile(), Database::Options{}))
            qWarning("could not open the test database: %s", qPrintable(m_db->errorString()));
        return;
    }
    if (m_dir.isValid())
        m_db->open(path());
}

TestDatabase::~TestDatabase()
{
    // Closed before the server's database is dropped.
    m_db.reset();
}

QString TestDatabase::path() const
{
    return m_pg ? m_pg->url() : m_dir.filePath(QStringLiteral("tokenledger.sqlite"));
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

qint64 TestDatabase::rowsDiffering(const QString &sql, const QString &otherSql) const
{
    // Aliased: PostgreSQL wants a name for every subquery in FROM.
    return scalar(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM (%1 EXCEPT %2) a) + (SELECT COUNT(*) FROM (%2 EXCEPT %1) b)")
            .arg(sql, otherSql));
}

qint64 TestDatabase::modelMonthsDiffering() const
{
    const QString sums =
        QStringLiteral("input_tokens, cached_input_tokens, cache_write_tokens, output_tokens, requests, "
                       "cost_nano, unpriced_tokens, unpriced_rows, row_count");
    QString summed;
    for (const QString &column : sums.split(QStringLiteral(", ")))
        summed += QStringLiteral(", SUM(%1)").arg(column);
    return rowsDiffering(
        QStringLiteral("SELECT account_id, model, substr(day, 1, 7)%1 FROM usage_daily GROUP BY 1, 2, 3").arg(summed),
        QStringLiteral("SELECT account_id, model, month, %1 FROM usage_model_months").arg(sums));
}

QStringList TestDatabase::tableRows(const QStringList &tables) const
{
    QStringList out;
    for (const QString &table : tables) {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            return {QStringLiteral("failed")};
        while (q.next()) {
            QStringList values{table};
            for (int i = 0; i < q.record().count(); ++i)
                values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out << values.join(u',');
        }
    }
    out.sort();
    return out;
}

qint64 TestDatabase::scalar(const QString &sql) const
{
    QSqlQuery q(connection());
    // PostgreSQL's SUM over BIGINT is NUMERIC: as text it is exact, as QPSQL's default double not.
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
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
