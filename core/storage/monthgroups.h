#pragma once

#include "common/overflow.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tl {

// A (project, API key) group's sums, in the order of usage_group_days' and usage_group_months'
// columns: input, cached, cache writes, output, requests, cost, unpriced tokens, rows.
using GroupSums = std::array<qint64, 8>;
// The same columns by name, for the SQL of every writer of those tables.
#define TL_GROUP_SUM_COLUMNS                                                                                           \
    "input_tokens, cached_input_tokens, cache_write_tokens, output_tokens, requests, cost_nano, unpriced_tokens, "     \
    "row_count"

// Adds `values` to `sums` element by element; false on an overflow (the rollups' sums of a day).
template <size_t N> bool addEach(std::array<qint64, N> *sums, const std::array<qint64, N> &values)
{
    for (size_t i = 0; i < N; ++i) {
        if (addOverflows((*sums)[i], values[i], &(*sums)[i]))
            return false;
    }
    return true;
}

// Sums per (project, API key) group, in the order the groups first came: a day's groups (DayRollup,
// NewDayRollup) or a month's differences (MonthGroups). A known group is found without allocating.
class GroupTable final
{
public:
    struct Group
    {
        std::string project;
        std::string apiKey;
        GroupSums sums{};
    };

    // Adds `sums` to the group's (sign 1) or takes them away (sign -1); false when a sum leaves 64 bits.
    bool add(std::string_view project, std::string_view apiKey, const GroupSums &sums, int sign = 1);
    const std::vector<Group> &groups() const { return m_groups; }
    void clear();

private:
    std::vector<Group> m_groups;
    std::unordered_map<std::string, size_t> m_index;   // length-prefixed project + key -> m_groups
    std::string m_key;
};

// The differences DetailRollups makes to usage_group_months, added up in memory for one
// (account, month) and written with one upsert per month group (issue 15: an upsert per group and
// recomputed day cost ~140 VM steps, half of a CSV import's rollups). Days of one account and month
// recomputed in a row share the upserts; a group whose sums did not change is not written at all
// (a re-sync of the same answer). flush() writes the pending month; a writer that defers it
// across calls (UsageRepository's deferred rollups) must flush before its transaction commits.
class MonthGroups final
{
public:
    MonthGroups() = default;
    ~MonthGroups();
    Q_DISABLE_COPY_MOVE(MonthGroups)

    // Writes through `db` from now on (the first connection given: a later call keeps it); each
    // statement is prepared when first used (a re-sync that moves a few sums uses few of them), so
    // a failure to prepare one comes from flush().
    bool prepare(sqlite3 *db, QString *error);

    // The next groups belong to this account and month ('YYYY-MM'): flushes the pending month
    // first when it is another one.
    bool startMonth(qint64 accountId, std::string_view month, QString *error);
    // Adds a day's group (sign 1) or takes it away (sign -1); false when a sum overflows.
    bool add(std::string_view project, std::string_view apiKey, const GroupSums &sums, int sign);
    // Writes the pending month's differences and drops the month groups no row is left in.
    bool flush(QString *error);
    // Forgets what is pending (the write failed; its transaction is rolled back).
    void discard();

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_upsertMany = nullptr;
    sqlite3_stmt *m_upsert = nullptr;
    sqlite3_stmt *m_dropEmpty = nullptr;

    qint64 m_accountId = 0;
    QByteArray m_month;   // empty: nothing pending
    GroupTable m_groups;
};

}   // namespace tl
