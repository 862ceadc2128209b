#pragma once

#include "dayrollup.h"

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tl {

// usage_model_months (schema 23): usage_daily's sums per (account, model, month), so the Usage
// page's totals row for one model reads a row a month instead of seeking every day (issue 15: 60 ms
// for one model of one account at 10M dense rows). On SQLite every writer of usage_daily adds its
// differences here — a row inserted, deleted, or its sums moved — summed in memory per (account,
// month, model) and written at flush() (or once PendingLimit keys are pending: memory stays flat):
// additive upserts of up to 16 rows, or an UPDATE of the row where only the cost moved
// (re-pricing). On PostgreSQL statement triggers on usage_daily keep it (pgrollups.cpp). Writers
// flush where they flush usage_group_months (MonthGroups), so a month's new days go in before
// another writer takes any of them away. Must not outlive its connection.
class ModelMonths final
{
public:
    ModelMonths() = default;
    ~ModelMonths();
    Q_DISABLE_COPY_MOVE(ModelMonths)

    // Writes through `db` from now on (the first connection given: a later call keeps it); each
    // statement is prepared when first used (a re-sync that moves a few sums uses few of them), so
    // a failure to prepare one comes from flush().
    bool prepare(sqlite3 *db, QString *error);
    // Adds a usage_daily row's sums (sign 1) or takes them away (sign -1); `day` is 'YYYY-MM-DD' or
    // 'YYYY-MM'. False when a sum leaves 64 bits.
    bool add(qint64 accountId, std::string_view day, std::string_view model, const DailySums &sums, int sign);
    // A re-pricing's difference to a row: its cost, unpriced tokens and unpriced rows.
    bool addCost(qint64 accountId, std::string_view day, std::string_view model, qint64 cost, qint64 unpricedTokens,
                 qint64 unpricedRows);
    // Writes what is pending (every row whose sums moved) and drops the rows left without usage.
    bool flush(QString *error);
    // Forgets what is pending (the write failed; its transaction is rolled back).
    void discard();
    size_t pending() const { return m_pending; }

    // Every row again from usage_daily (the daily rollup was rebuilt).
    static bool rebuild(QSqlDatabase db, QString *error);
    // These (account, 'YYYY-MM') months again from usage_daily (a writer that could not tell what it
    // changed); nothing of them may be pending.
    static bool recount(sqlite3 *db, const std::set<std::pair<qint64, std::string>> &months, QString *error);

    static constexpr size_t PendingLimit = 16384;

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    using Models = std::unordered_map<std::string, DailySums, Hash, std::equal_to<>>;
    DailySums *sumsOf(qint64 accountId, std::string_view day, std::string_view model);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_upsertMany = nullptr;
    sqlite3_stmt *m_upsert = nullptr;
    sqlite3_stmt *m_dropEmpty = nullptr;
    sqlite3_stmt *m_addCost = nullptr;   // a re-pricing's differences to a row that exists
    std::map<std::pair<qint64, std::string>, Models, std::less<>> m_months;   // (account, 'YYYY-MM')
    Models *m_last = nullptr;                                                 // the month of the last add
    std::pair<qint64, std::string> m_lastKey;
    size_t m_pending = 0;
};

}   // namespace tl
