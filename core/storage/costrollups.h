#pragma once

#include "common/int128.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <limits>
#include <map>
#include <memory_resource>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

struct sqlite3;

namespace tl {

class DetailRollups;

// The rollups of rows whose costs alone changed (re-pricing: tokens, keys and the number of rows
// stay), kept exact by the differences instead of reading every row of each account-day again:
// DetailRollups::refresh() costs a pass over all of an account-day's rows, and an override for one
// model changes a few of them in every day.
// - usage_daily and usage_group_days / usage_group_months take the summed cost, unpriced-token and
//   unpriced-row differences of their (account, day, model) and (account, day, project, key), a
//   day's models in batches of one statement, its groups one a statement (or, when they are many,
//   walked in one statement per account-day: walksGroups());
// - the cost and cost-status bounds of each usage_page_buckets bucket holding a changed model come
//   from the bounds of its models' rows as the change saw them (see(): every row of the day, or of a
//   bucket's one model), else from its stored bounds and the changed rows' moves (move()), else are
//   taken again from that bucket's rows (a range of the key); usage_page_days' from its buckets;
// - usage_account_daily takes the account-day's summed difference (the quality checks' triggers see
//   the day), recomputed from usage_daily (rollups::refreshAccountDays) when that does not fit.
// An account-day whose difference does not fit in 64 bits, or whose rollup rows are missing, is
// recomputed from its rows instead (DetailRollups::refresh).
// When most models of the days changed (re-pricing every row), usage_daily, usage_group_days and the
// Usage page's bounds take them in one UPDATE per table over the range of days, whose SQL functions
// look each rollup row's difference up here (costrollupsranged.cpp), instead of statements per
// account-day — tens of thousands of them a step, most of the time of re-pricing every row.
class CostChanges final
{
public:
    using Wide = Int128;

    static bool fitsInt64(Wide v)
    {
        return v >= std::numeric_limits<qint64>::min() && v <= std::numeric_limits<qint64>::max();
    }

    // A model's name as CostChanges keeps it (for as long as it lives): the overloads taking one do
    // not look the name up again. Re-pricing interns each (account, model)'s name once and notes a
    // million rows with it (dense data changes model every few rows).
    class ModelName
    {
    public:
        std::string_view view() const { return m_view; }

    private:
        friend class CostChanges;
        explicit ModelName(std::string_view view)
            : m_view(view)
        {}
        std::string_view m_view;
    };
    ModelName intern(std::string_view model) { return ModelName(nameOf(model)); }

    // One changed row: its cost before and after (no value: unpriced) and its unpriced tokens
    // (input, cached, cache writes and output, as the rollups count them).
    void add(qint64 accountId, std::string_view day, std::string_view model, std::string_view project,
             std::string_view apiKey, Wide costDifference, int unpricedRowsDifference, Wide tokens)
    {
        add(accountId, day, intern(model), project, apiKey, costDifference, unpricedRowsDifference, tokens);
    }
    void add(qint64 accountId, std::string_view day, ModelName model, std::string_view project, std::string_view apiKey,
             Wide costDifference, int unpricedRowsDifference, Wide tokens);
    bool isEmpty() const { return m_days.empty(); }
    void clear();

    // The cost (none: unpriced) and status a row has after the change, changed or not. When every
    // row of the account-days is seen (re-pricing by ranges of days: setSeesEveryRow), the bounds of
    // the Usage page's buckets are taken from these instead of reading each bucket's rows again.
    // When not (an override), every row of each model seen must be seen (reported ones too): a
    // bucket of that one model takes its bounds from them.
    void see(qint64 accountId, std::string_view day, std::string_view model, std::optional<qint64> cost,
             std::string_view status)
    {
        see(accountId, day, intern(model), cost, statusCode(status));
    }
    // The same with the status's code (statusCode()).
    void see(qint64 accountId, std::string_view day, ModelName model, std::optional<qint64> cost, int status);
    void setSeesEveryRow(bool on) { m_seesEveryRow = on; }
    // A changed row's cost before and after (no value: unpriced), when not every row is seen (an
    // override's few rows a day): a bucket's bounds then follow from its stored ones when no
    // changed row held them (boundsAfterMoves), instead of reading the bucket's rows again.
    void move(qint64 accountId, std::string_view day, std::string_view model, std::optional<qint64> before,
              std::optional<qint64> after)
    {
        if (!m_seesEveryRow)
            move(accountId, day, intern(model), before, after);
    }
    void move(qint64 accountId, std::string_view day, ModelName model, std::optional<qint64> before,
              std::optional<qint64> after);

    // Applies the changes to every rollup, inside the caller's transaction, and forgets them.
    bool apply(QSqlDatabase db, DetailRollups *rollups, QString *error);

    struct Sums
    {
        Wide cost = 0;
        Wide unpricedTokens = 0;
        qint64 unpricedRows = 0;
        bool applied = false;   // its rollup row took it (by ranges)
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

        void take(std::optional<qint64> cost, int status);   // one row's
        void take(const Bounds &other);
    };
    // A (project, key) group's sums in a day, and the group rows came to after it last: each model's
    // rows of a day walk the same groups in the same order (3 with dense data, 29 with sparse), so
    // most rows find their group there, not by a search of the day's groups.
    struct GroupSums : Sums
    {
        std::pair<const std::pair<std::string, std::string>, GroupSums> *next = nullptr;
    };
    static int statusCode(std::string_view status) { return status == "estimated" ? 0 : status == "reported" ? 1 : 2; }
    static const char *statusText(int code);
    // A model's changed rows (move()): their bounds before and after, and whether every one of them
    // kept its status.
    struct Moved
    {
        Bounds before;
        Bounds after;
        bool statusKept = true;
    };
    // A usage_page_buckets row's bounds as stored (no cost: NULL).
    struct Bucket
    {
        std::optional<qint64> costLo;
        std::optional<qint64> costHi;
        const char *statusLo = "";
        const char *statusHi = "";
    };
    // One model of an account-day, as the change saw it: one entry (and one allocation) for what
    // add() and see() note about it — re-pricing every row of dense data makes one for a third of
    // the rows, so it holds no more than they need (an override's moves are kept apart: Moves).
    struct Model
    {
        Sums sums;     // its changed rows' differences (add)
        Bounds seen;   // every row's bounds after the change (see)
        bool changed = false;
        bool wasSeen() const { return seen.priced || seen.unpriced; }
    };
    // By name, a view of the name kept in CostChanges (for as long as it lives); the entries in
    // CostChanges' arena (a step makes one per changed model-day: a third of the rows of dense data).
    using Models = std::pmr::map<std::string_view, Model, std::less<>>;
    // The models whose changed rows moved (move(): when not every row is seen), by name as Models.
    using Moves = std::pmr::map<std::string_view, Moved, std::less<>>;
    // The bounds of the bucket of models lo..hi from its models' bounds as seen; none when none of
    // its models was seen.
    static std::optional<Bucket> boundsOver(const Models &models, std::string_view lo, std::string_view hi);
    // The bounds of the bucket of models lo..hi, stored as `stored`, after its changed rows moved;
    // none when its stored bounds cannot tell (a changed row held one, or changed status) or none
    // of its models moved.
    static std::optional<Bucket> boundsAfterMoves(const Moves &moves, std::string_view lo, std::string_view hi,
                                                  const Bucket &stored);
    // Whether a model of lo..hi changed.
    static bool changesWithin(const Models &models, std::string_view lo, std::string_view hi);
    struct Day
    {
        explicit Day(std::pmr::memory_resource *arena)
            : models(arena)
            , moves(arena)
        {}

        Models models;   // every model changed or seen
        Moves moves;
        size_t changedModels = 0;
        size_t seenModels = 0;
        std::map<std::pair<std::string, std::string>, GroupSums> groups;
        // By ranges: the account-day's summed difference (usage_account_daily's), whether it is
        // recomputed from its rows (the ranged statements leave it alone) and whether
        // usage_account_daily took the sum.
        Sums total;
        bool recount = false;
        bool accountApplied = false;
        bool changed() const { return changedModels > 0; }
    };

    CostChanges() = default;
    Q_DISABLE_COPY(CostChanges)   // the maps' keys are views of m_names' strings

private:
    Day &dayOf(qint64 accountId, std::string_view day);
    // Whether the changed account-days fill most of their range of days (costrollupsranged.cpp), and
    // whether most models of those days changed (usage_daily is then walked too, not sought).
    bool byRanges() const;
    bool scansDaily() const;
    bool fillsRange() const;
    // Whether usage_group_days is walked per account-day when not by ranges: an override's many
    // groups a day (ManyGroups or more changed groups an account-day on average).
    static constexpr size_t ManyGroups = 8;
    bool walksGroups() const;
    // The ranged statements: usage_group_days (over the range of days, or per account-day when not
    // `byRange`) and usage_daily when `daily` (scansDaily()) first, then, once the account-days to
    // recount are marked, usage_account_daily and the Usage page's bounds.
    bool applyRangedSums(sqlite3 *db, bool byRange, bool daily, QString *error);
    bool applyRangedTotals(sqlite3 *db, QSet<std::pair<qint64, QString>> *recountAccount, QString *error);
    // usage_daily's rows whose unpriced sums move fire usage_models_update, a seek and an update of
    // usage_models for each (~4 µs a row, most of the rollups' time when a catalog change prices or
    // unprices whole models). When it is usage_daily's only UPDATE trigger and usage_models holds
    // every (account, model) moved, the ranged statement runs with triggers off and usage_models
    // takes each (account, model)'s summed differences — for a pair that exists, what the trigger's
    // subtract-then-add adds up to (costrollupsmodels.cpp). movingModels(): those pairs, or none
    // when the trigger must run; addToUsageModels(): adds what usage_daily took (Sums::applied).
    struct ModelSums
    {
        std::map<std::pair<qint64, std::string_view>, Sums> sums;   // per (account, model)
        std::vector<std::pair<const Sums *, Sums *>> days;          // each model-day's, and its pair's
    };
    std::optional<ModelSums> movingModels(sqlite3 *db) const;
    bool addToUsageModels(sqlite3 *db, ModelSums *models, QString *error) const;

    // A model's name kept once for the maps' keys: re-pricing sees the same few hundred names in
    // every account-day.
    std::string_view nameOf(std::string_view model);
    Model &modelOf(ModelName model);   // of the last day (dayOf)
    struct NameHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view name) const { return std::hash<std::string_view>()(name); }
    };
    std::unordered_set<std::string, NameHash, std::equal_to<>> m_names;

    std::pmr::monotonic_buffer_resource m_arena;            // of m_days' models, released by clear()
    std::map<std::pair<std::string, qint64>, Day> m_days;   // (day, account)
    Day *m_last = nullptr;
    std::pair<std::string, qint64> m_lastKey;
    // The last model and group of the last day: rows come in key order, so most rows find them here.
    Model *m_lastModel = nullptr;
    std::string_view m_lastModelName;
    std::pair<const std::pair<std::string, std::string>, GroupSums> *m_lastGroup = nullptr;
    bool m_seesEveryRow = false;
};

}   // namespace tl
