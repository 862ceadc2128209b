#pragma once

#include "records/records.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace tl {

// Providers return one row per group; merging rows with the same natural key (sums) keeps a
// batch free of duplicates, so an upsert never overwrites half of a day. Billed lines are merged
// here (false when an amount does not fit); usage in UsageStage below.
bool mergeCosts(const QList<CostRecord> &rows, QList<CostRecord> *out);

class CostCalculator;
class UsageRepository;
struct UpsertResult;

namespace sql {
class SqliteStatement;
}

// One account's usage answer, page by page, merged in a temporary table of the connection
// (temp.sync_usage, on disk under SQLite's temp store) instead of memory: rows with the same
// natural key are summed as they arrive (a sum past 2^63 − 1 fails, naming the row, instead of
// wrapping), and the merged rows are read back in key order, a batch at a time, to be priced and
// written. Staging writes only the connection's temporary database, so nothing of the account is
// in the profile until the caller writes it in its transaction; the table is emptied on begin()
// and dropped when the stage is destroyed. The table doubles as the answer's keys for UsageRepository::removeAbsent().
class UsageStage final
{
public:
    static constexpr int BatchSize = 4096;
    static constexpr const char *Table = "temp.sync_usage";

    explicit UsageStage(QSqlDatabase db);
    ~UsageStage();
    Q_DISABLE_COPY_MOVE(UsageStage)

    bool begin(QString *error);
    // Adds a page's rows. False with *error on a database error, or with *overflow (naming the
    // row) when a sum no longer fits in 64 bits.
    bool add(const QList<UsageRecord> &rows, QString *error, bool *overflow);
    qint64 rows() const { return m_rows; }
    // Calls `write` with the merged rows, at most BatchSize at a time, in key order; stops at the
    // first false (whose *error it keeps).
    bool forEachBatch(const std::function<bool(QList<UsageRecord> &batch, QString *error)> &write, QString *error);
    // The sync's use of it: the merged rows of `account` (source "api") priced from the catalog and
    // upserted batch by batch, the counts added to *written. False with *error on a database error,
    // or with *overflow when a cost is too large to represent (an error, never "unpriced").
    bool write(const Account &account, const CostCalculator &calculator, UsageRepository &repository,
               UpsertResult *written, QString *error, bool *overflow);

private:
    QSqlDatabase m_db;
    std::unique_ptr<sql::SqliteStatement> m_insert;
    qint64 m_rows = 0;   // rows added (before merging)
};

}   // namespace tl
