#pragma once

#include "records/records.h"
#include "storage/database.h"

#include <QSqlDatabase>

#include <QTemporaryDir>

#include <memory>

namespace tl::test {

// A fresh, migrated database in its own temporary folder, deleted with the object.
class TestDatabase final
{
public:
    explicit TestDatabase(const QString &connectionName = QStringLiteral("test"));

    bool isOpen() const { return m_db && m_db->isOpen(); }
    Database &database() { return *m_db; }
    QSqlDatabase connection() const { return m_db->connection(); }
    QString path() const { return m_dir.filePath(QStringLiteral("tokenledger.sqlite")); }
    QString folder() const { return m_dir.path(); }

    // Adds an account and returns its id.
    qint64 addAccount(const QString &provider, const QString &label);

    // Reads one integer from a query (totals, counts) — for assertions.
    qint64 scalar(const QString &sql) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

// Account `id` of `db` (asserts it exists).
Account accountOf(QSqlDatabase db, qint64 id);
// The TOKENLEDGER_API_KEY_<key reference> variable of account `id`, and setting / clearing it.
QString keyVariable(QSqlDatabase db, qint64 id);
void setEnvironmentKey(QSqlDatabase db, qint64 id, const QByteArray &key);
void clearEnvironmentKey(QSqlDatabase db, qint64 id);

// A usage record with every field set, for tests.
UsageRecord usage(qint64 accountId, QDate day, const QString &model, qint64 input, qint64 output,
                  std::optional<qint64> costNanos);

}   // namespace tl::test
