#pragma once

#include "pgtestdatabase.h"
#include "records/records.h"
#include "storage/database.h"

#include <QSqlDatabase>
#include <QStringList>

#include <QTemporaryDir>

#include <memory>

namespace tl::test {

enum class Backend
{
    Sqlite,
    Postgres,
};

// A data-driven test's "backend" column: one row per backend, so a suite runs on SQLite and on the
// session's PostgreSQL server alike (TL_FETCH_BACKEND skips the PostgreSQL row only outside the
// session wrapper).
void addBackendColumn();
#define TL_FETCH_BACKEND(variable)                                                                                     \
    QFETCH(tl::test::Backend, variable);                                                                               \
    if (variable == tl::test::Backend::Postgres)                                                                       \
        TL_REQUIRE_TEST_SERVER();

// A fresh, migrated database, deleted with the object: an SQLite file in its own temporary folder,
// or a new database on the test PostgreSQL server.
class TestDatabase final
{
public:
    explicit TestDatabase(const QString &connectionName = QStringLiteral("test"), Backend backend = Backend::Sqlite);
    explicit TestDatabase(Backend backend)
        : TestDatabase(QStringLiteral("test"), backend)
    {}
    ~TestDatabase();

    bool isOpen() const { return m_db && m_db->isOpen(); }
    Database &database() { return *m_db; }
    QSqlDatabase connection() const { return m_db->connection(); }
    // The SQLite file, or the PostgreSQL database's URL: what --db and Database::open take.
    QString path() const;
    bool isPostgres() const { return m_pg != nullptr; }
    QString folder() const { return m_dir.path(); }

    // Adds an account and returns its id.
    qint64 addAccount(const QString &provider, const QString &label);

    // Reads one integer from a query (totals, counts) — for assertions; exact past 2^53 on both.
    qint64 scalar(const QString &sql) const;
    // Rows one query gives that the other does not, both ways: 0 when a rollup equals the sums of
    // the raw rows it is compared with.
    qint64 rowsDiffering(const QString &sql, const QString &otherSql) const;
    // Rows of usage_model_months that differ from usage_daily's sums per (account, model, month),
    // either way: 0 when the writers kept it.
    qint64 modelMonthsDiffering() const;
    // Every row of `tables`, one line each ("table,value,..."; NULL for a null), sorted: a rollup
    // kept incrementally is compared with a rebuild's. {"failed"} when a table cannot be read.
    QStringList tableRows(const QStringList &tables) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;
    std::unique_ptr<Database> m_db;
};

// Account `id` of `db` (asserts it exists).
Account accountOf(QSqlDatabase db, qint64 id);
// The TOKENLEDGER_API_KEY_<key reference> variable of account `id`, and setting / clearing it.
QString keyVariable(QSqlDatabase db, qint64 id);

// The sums the rollups keep, as a query over usage rows computes them: input, cached, cache writes,
// output, requests, cost (0 for an unpriced row), unpriced tokens.
inline constexpr char RawUsageSums[] =
    "SUM(input_tokens), SUM(cached_input_tokens), SUM(cache_write_5m_tokens + cache_write_1h_tokens), "
    "SUM(output_tokens), SUM(requests), SUM(COALESCE(cost_nano, 0)), SUM(CASE WHEN cost_nano IS NULL THEN "
    "input_tokens + cached_input_tokens + cache_write_5m_tokens + cache_write_1h_tokens + output_tokens ELSE 0 END)";
void setEnvironmentKey(QSqlDatabase db, qint64 id, const QByteArray &key);
void clearEnvironmentKey(QSqlDatabase db, qint64 id);

// A usage record with every field set, for tests.
UsageRecord usage(qint64 accountId, QDate day, const QString &model, qint64 input, qint64 output,
                  std::optional<qint64> costNanos);

}   // namespace tl::test

Q_DECLARE_METATYPE(tl::test::Backend)
