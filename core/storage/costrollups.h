#pragma once

#include "common/int128.h"

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace tl {

class DetailRollups;

// The rollups of rows whose costs alone changed (re-pricing: tokens, keys and the number of rows
// stay), kept exact by the differences instead of reading every row of each account-day again:
// DetailRollups::refresh() costs a pass over all of an account-day's rows, and an override for one
// model changes a few of them in every day.
// - usage_daily and usage_group_days / usage_group_months take the summed cost, unpriced-token and
//   unpriced-row differences of their (account, day, model) and (account, day, project, key), a
//   day's models and groups in batches of one statement;
// - the cost and cost-status bounds of each usage_page_buckets bucket holding a changed model come
//   from the bounds of its models' rows as the change saw them (see()), else are taken again from
//   that bucket's rows (a range of the key); usage_page_days' from its buckets;
// - usage_account_daily takes the account-day's summed difference (the quality checks' triggers see
//   the day), recomputed from usage_daily (rollups::refreshAccountDays) when that does not fit.
// An account-day whose difference does not fit in 64 bits, or whose rollup rows are missing, is
// recomputed from its rows instead (DetailRollups::refresh).
class CostChanges final
{
public:
    using Wide = Int128;

    // One changed row: its cost before and after (no value: unpriced) and its unpriced tokens
    // (input, cached, cache writes and output, as the rollups count them).
    void add(qint64 accountId, std::string_view day, std::string_view model, std::string_view project,
             std::string_view apiKey, Wide costDifference, int unpricedRowsDifference, Wide tokens);
    bool isEmpty() const { return m_days.empty(); }
    void clear();

    // The cost (none: unpriced) and status a row has after the change, changed or not. When every
    // row of the account-days is seen (re-pricing by ranges of days: setSeesEveryRow), the bounds of
    // the Usage page's buckets are taken from these instead of reading each bucket's rows again.
    void see(qint64 accountId, std::string_view day, std::string_view model, std::optional<qint64> cost,
             std::string_view status);
    void setSeesEveryRow(bool on) { m_seesEveryRow = on; }

    // Applies the changes to every rollup, inside the caller's transaction, and forgets them.
    bool apply(QSqlDatabase db, DetailRollups *rollups, QString *error);

    struct Sums
    {
        Wide cost = 0;
        Wide unpricedTokens = 0;
        qint64 unpricedRows = 0;
    };
    // A model's rows as usage_page_buckets bounds them; statuses by their order as text
    // (0 estimated, 1 reported, 2 unpriced).
    struct Bounds
    {
        bool unpriced = false;   // a row without a cost: the lowest cost is NULL
        bool priced = false;
        qint64 costLo = 0;
        qint64 costHi = 0;
        int statusLo = 2;
        int statusHi = 0;
    };
    struct Day
    {
        std::map<std::string, Sums, std::less<>> models;   // the changed ones
        std::map<std::pair<std::string, std::string>, Sums> groups;
        std::map<std::string, Bounds, std::less<>> bounds;   // every model, when every row is seen
    };

private:
    Day &dayOf(qint64 accountId, std::string_view day);

    std::map<std::pair<std::string, qint64>, Day> m_days;   // (day, account)
    Day *m_last = nullptr;
    std::pair<std::string, qint64> m_lastKey;
    Bounds *m_lastBounds = nullptr;
    std::string m_lastBoundsModel;
    bool m_seesEveryRow = false;
};

}   // namespace tl
