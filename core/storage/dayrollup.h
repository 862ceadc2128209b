#pragma once

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
