#pragma once

#include "common/overflow.h"
#include "monthgroups.h"
#include "pagebounds.h"

#include <QString>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tl {

// usage_daily's sums of a model: input, cached, cache writes, output, requests, cost, unpriced
// tokens, unpriced rows, rows.
using DailySums = std::array<qint64, 9>;
// The same columns by name, for the SQL of every writer of usage_daily (and of
// usage_account_daily, which has them too).
#define TL_DAILY_SUM_COLUMNS                                                                                           \
    "input_tokens, cached_input_tokens, cache_write_tokens, output_tokens, requests, cost_nano, unpriced_tokens, "     \
    "unpriced_rows, row_count"

// What one usage row adds to its day's rollups (DayRollup from stored rows, NewDayRollup from
// records being written): the values the Usage page's bounds take (input, cached, cache writes
// 5 min + 1 h, output, requests), and its sums for usage_daily and for its project and key.
struct RowSums
{
    std::array<qint64, 5> values{};
    qint64 cost = 0;   // 0 when unpriced
    qint64 unpricedTokens = 0;
    bool unpriced = false;

    // counts: input, cached, cache writes 5m and 1h, output, requests. Empty when the cache writes
    // or the row's tokens do not fit in 64 bits.
    static std::optional<RowSums> of(const std::array<qint64, 6> &counts, std::optional<qint64> cost)
    {
        RowSums row;
        row.values = {counts[0], counts[1], 0, counts[4], counts[5]};
        qint64 tokens = 0;
        if (addOverflows(counts[2], counts[3], &row.values[2]) || addOverflows(counts[0], counts[1], &tokens) ||
            addOverflows(tokens, row.values[2], &tokens) || addOverflows(tokens, counts[4], &tokens))
            return std::nullopt;
        row.unpriced = !cost;
        row.cost = cost.value_or(0);
        row.unpricedTokens = row.unpriced ? tokens : 0;
        return row;
    }
    DailySums daily() const
    {
        return {values[0], values[1], values[2], values[3], values[4], cost, unpricedTokens, unpriced ? 1 : 0, 1};
    }
    GroupSums group() const { return {values[0], values[1], values[2], values[3], values[4], cost, unpricedTokens, 1}; }
};

// The rollups of one account-day's usage rows, computed in one pass over them in key order (model
// first): usage_daily's per model, the Usage page's buckets of whole models, and the sums per
// project and API key. DetailRollups reads them and writes them; kept between days, its vectors
// keep their capacity.
class DayRollup final
{
public:
    using Group = GroupTable::Group;

    // Steps `rows` (model, project, api_key_id, input_tokens, cached_input_tokens,
    // cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, requests, cost_nano, cost_status
    // of the day, in key order) to its end; a bucket takes whole models, and the next model starts
    // a new one once it has minBucketRows rows. False with *error on a read error or a sum that
    // does not fit (`day` names the day).
    bool read(sqlite3 *db, sqlite3_stmt *rows, int minBucketRows, const QString &day, QString *error);
    // The same one row at a time, from no rows (clear()): counts are input, cached, cache writes
    // 5m and 1h, output, requests; texts model, project, API key, cost status. False when a sum
    // does not fit.
    void clear();
    bool add(const std::array<qint64, 6> &counts, std::optional<qint64> cost,
             const std::array<std::string_view, 4> &texts, int minBucketRows);

    const std::vector<std::pair<std::string, DailySums>> &models() const { return m_models; }
    const std::vector<PageBounds> &buckets() const { return m_buckets; }
    const std::vector<Group> &groups() const { return m_groups.groups(); }

private:
    std::vector<std::pair<std::string, DailySums>> m_models;
    std::vector<PageBounds> m_buckets;
    GroupTable m_groups;
};

// The message of a day whose sums do not fit in 64 bits.
QString sumsTooLarge(const QString &day);

}   // namespace tl
