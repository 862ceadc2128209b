#include "costrollups.h"

#include "costmonthsums.h"
#include "detailrollups.h"
#include "rollups.h"
#include "sqlitestatement.h"

#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <limits>
#include <set>
#include <span>
#include <tuple>
#include <vector>

namespace tl {

using costmonths::addMonth;
using costmonths::Months;
using sql::bindText;

namespace {

// In the order of Statement. A sum that would leave 64 bits turns into a REAL in SQLite: such a
// row is not updated, and its account-day is recomputed from the rows (which reports the overflow).
// The models of an account-day are updated by one statement for up to BatchRows of them
// (ManyDailySql), not one statement each (80 a day with dense data).
const char *const Sql[] = {
    // The months hold the sums of their days: what fits there fits here (else the CHECK refuses).
    "UPDATE usage_group_months SET cost_nano = cost_nano + ?5, unpriced_tokens = unpriced_tokens + ?6 "
    "WHERE month = ?1 AND account_id = ?2 AND project = ?3 AND api_key_id = ?4",
    // usage_account_daily is usage_daily summed per account-day: it takes the day's summed difference
    // (recomputing it summed every model's usage_daily row of the day, 80 with dense data).
    "UPDATE usage_account_daily SET cost_nano = cost_nano + ?3, unpriced_tokens = unpriced_tokens + ?4, "
    "unpriced_rows = unpriced_rows + ?5 WHERE day = ?1 AND account_id = ?2 "
    "AND typeof(cost_nano + ?3) = 'integer' AND typeof(unpriced_tokens + ?4) = 'integer'",
    "SELECT model_lo, model_hi, cost_lo, cost_hi, status_lo, status_hi FROM usage_page_buckets "
    "WHERE day = ?1 AND account_id = ?2",
    // A bucket's bounds as DetailRollups computes them: the lowest cost is NULL when a row is unpriced.
    "UPDATE usage_page_buckets AS b SET (cost_lo, cost_hi, status_lo, status_hi) = (SELECT CASE WHEN "
    "COUNT(u.cost_nano) < COUNT(*) THEN NULL ELSE MIN(u.cost_nano) END, MAX(u.cost_nano), MIN(u.cost_status), "
    "MAX(u.cost_status) FROM usage u WHERE u.day = b.day AND u.account_id = b.account_id "
    "AND u.model BETWEEN b.model_lo AND b.model_hi) WHERE b.day = ?1 AND b.account_id = ?2 AND b.model_lo = ?3",
    // The same bounds taken from the rows as the re-pricing saw them (CostChanges::see).
    "UPDATE usage_page_buckets SET cost_lo = ?4, cost_hi = ?5, status_lo = ?6, status_hi = ?7 "
    "WHERE day = ?1 AND account_id = ?2 AND model_lo = ?3",
    "UPDATE usage_page_days AS d SET (cost_lo, cost_hi, status_lo, status_hi) = (SELECT CASE WHEN "
    "COUNT(b.cost_lo) < COUNT(*) THEN NULL ELSE MIN(b.cost_lo) END, MAX(b.cost_hi), MIN(b.status_lo), "
    "MAX(b.status_hi) FROM usage_page_buckets b WHERE b.day = d.day AND b.account_id = d.account_id) "
    "WHERE d.day = ?1 AND d.account_id = ?2",
    // The same bounds computed from the buckets as read and updated (setDayBounds), when they differ.
    "UPDATE usage_page_days SET cost_lo = ?3, cost_hi = ?4, status_lo = ?5, status_hi = ?6 WHERE day = ?1 "
    "AND account_id = ?2 AND (cost_lo IS NOT ?3 OR cost_hi IS NOT ?4 OR status_lo IS NOT ?5 OR status_hi IS NOT ?6)",
};
enum Statement
{
    AddGroupMonth,
    AddAccountDay,
    ReadBuckets,
    BucketBounds,
    SetBucketBounds,
    DayBounds,
    SetDayBounds,
    StatementCount
};
static_assert(std::size(Sql) == StatementCount);

// One row's difference, ?3.. as in ManyDailySql's rows: usage_daily per (model, cost, unpriced
// tokens, unpriced rows); usage_group_days per (project, key, cost, unpriced tokens). AddDailyCost
// is AddDaily for models whose unpriced values do not change (re-pricing priced rows): it leaves
// them out of the SET, so usage_models' trigger (AFTER UPDATE OF those, schema version 16) does not
// run — it cost about as much as the row's own update. The groups go
// one by one: batched, the statement must tell which groups it updated (their months follow exactly
// those), and RETURNING cost more than the batch saved; many groups a day (an override of one model
// with sparse data: 29) are walked per account-day instead (CostChanges::walksGroups).
enum Batch
{
    AddDaily,
    AddDailyCost,
    AddGroupDay,
    BatchCount
};
const char *const OneSql[] = {
    "UPDATE usage_daily SET cost_nano = cost_nano + ?4, unpriced_tokens = unpriced_tokens + ?5, "
    "unpriced_rows = unpriced_rows + ?6 WHERE day = ?1 AND account_id = ?2 AND model = ?3 "
    "AND typeof(cost_nano + ?4) = 'integer' AND typeof(unpriced_tokens + ?5) = 'integer'",
    "UPDATE usage_daily SET cost_nano = cost_nano + ?4 WHERE day = ?1 AND account_id = ?2 AND model = ?3 "
    "AND typeof(cost_nano + ?4) = 'integer' AND ?5 = 0 AND ?6 = 0",
    "UPDATE usage_group_days SET cost_nano = cost_nano + ?5, unpriced_tokens = unpriced_tokens + ?6 "
    "WHERE day = ?1 AND account_id = ?2 AND project = ?3 AND api_key_id = ?4 "
    "AND typeof(cost_nano + ?5) = 'integer' AND typeof(unpriced_tokens + ?6) = 'integer'",
};
static_assert(std::size(OneSql) == BatchCount);
// usage_daily's models joined to VALUES (?3, ?4, ?5, ?6), (?7, ...), up to BatchRows of them.
constexpr int BatchRows = 64;
constexpr int BatchColumns = 4;
// Fewer rows than this go one statement each, without VALUES: a one-row VALUES join costs about
// twice a plain UPDATE by key (an override changes one model of each day).
constexpr int MinBatchRows = 8;
// Per Batch: AddDaily, AddDailyCost (the same rows, whose unpriced differences are zero).
const char *const ManyDailySql[2][2] = {
    {"UPDATE usage_daily SET cost_nano = cost_nano + v.column2, unpriced_tokens = unpriced_tokens + v.column3, "
     "unpriced_rows = unpriced_rows + v.column4 FROM (VALUES ",
     ") AS v WHERE usage_daily.day = ?1 AND usage_daily.account_id = ?2 AND usage_daily.model = v.column1 "
     "AND typeof(usage_daily.cost_nano + v.column2) = 'integer' "
     "AND typeof(usage_daily.unpriced_tokens + v.column3) = 'integer'"},
    {"UPDATE usage_daily SET cost_nano = cost_nano + v.column2 FROM (VALUES ",
     ") AS v WHERE usage_daily.day = ?1 AND usage_daily.account_id = ?2 AND usage_daily.model = v.column1 "
     "AND typeof(usage_daily.cost_nano + v.column2) = 'integer' AND v.column3 = 0 AND v.column4 = 0"},
};

using Wide = CostChanges::Wide;

bool fits(const CostChanges::Sums &s)
{
    return CostChanges::fitsInt64(s.cost) && CostChanges::fitsInt64(s.unpricedTokens);
}

class Statements final
{
public:
    ~Statements()
    {
        for (sqlite3_stmt *s : m_statements)
            sqlite3_finalize(s);
        for (const auto &batch : m_batches) {
            for (sqlite3_stmt *s : batch)
                sqlite3_finalize(s);
        }
    }

    bool prepare(sqlite3 *db, QString *error)
    {
        m_db = db;
        for (int i = 0; i < StatementCount; ++i) {
            if (sqlite3_prepare_v2(db, Sql[i], -1, &m_statements[i], nullptr) != SQLITE_OK) {
                *error = QString::fromUtf8(sqlite3_errmsg(db));
                return false;
            }
        }
        return true;
    }

    sqlite3_stmt *start(Statement which, std::string_view day, qint64 accountId)
    {
        return bindKey(m_statements[which], day, accountId);
    }

    // The statement for `rows` rows (one: OneSql; 2..BatchRows: usage_daily's ManyDailySql), prepared
    // when first needed; nullptr on an error (*error says which).
    sqlite3_stmt *start(Batch which, int rows, std::string_view day, qint64 accountId, QString *error)
    {
        sqlite3_stmt *&s = m_batches[which][rows - 1];
        if (!s) {
            const char *const *many = ManyDailySql[which == AddDailyCost ? 1 : 0];
            QByteArray sql = rows == 1 ? QByteArray(OneSql[which]) : QByteArray(many[0]);
            for (int r = 0, first = 3; rows > 1 && r < rows; ++r, first += BatchColumns)
                sql += QByteArray(r == 0 ? "(?" : ", (?") + QByteArray::number(first) + ", ?" +
                       QByteArray::number(first + 1) + ", ?" + QByteArray::number(first + 2) + ", ?" +
                       QByteArray::number(first + 3) + ")";
            if (rows > 1)
                sql += many[1];
            if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &s, nullptr) != SQLITE_OK) {
                *error = QString::fromUtf8(sqlite3_errmsg(m_db));
                s = nullptr;
                return nullptr;
            }
        }
        return bindKey(s, day, accountId);
    }

    // Runs an UPDATE: the rows it changed, -1 on an error (*error says which).
    int run(sqlite3_stmt *s, QString *error)
    {
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return -1;
        }
        return sqlite3_changes(m_db);
    }

    static void bindSums(sqlite3_stmt *s, int first, const CostChanges::Sums &sums, bool rows)
    {
        sqlite3_bind_int64(s, first, qint64(sums.cost));
        sqlite3_bind_int64(s, first + 1, qint64(sums.unpricedTokens));
        if (rows)
            sqlite3_bind_int64(s, first + 2, sums.unpricedRows);
    }

private:
    static sqlite3_stmt *bindKey(sqlite3_stmt *s, std::string_view day, qint64 accountId)
    {
        sqlite3_reset(s);
        bindText(s, 1, day);
        sqlite3_bind_int64(s, 2, accountId);
        return s;
    }

    sqlite3 *m_db = nullptr;
    std::array<sqlite3_stmt *, StatementCount> m_statements = {};
    std::array<std::array<sqlite3_stmt *, BatchRows>, BatchCount> m_batches = {};
};

// The changed models of an account-day, in order (Day::models holds the seen ones too).
using Changed = std::vector<const CostChanges::Models::value_type *>;

// Adds a day's model differences to usage_daily, up to BatchRows a statement: false when a model did
// not take its difference (missing, or leaving 64 bits) or on an error (*error is then set).
bool addDaily(Statements &s, std::string_view day, qint64 accountId, const Changed &changed, QString *error)
{
    auto m = changed.cbegin();
    while (m != changed.cend()) {
        const auto left = size_t(std::distance(m, changed.cend()));
        const int rows = left < MinBatchRows ? 1 : int(std::min<size_t>(BatchRows, left));
        const bool costOnly = std::all_of(m, std::next(m, rows), [](const auto *model) {
            return model->second.sums.unpricedRows == 0 && model->second.sums.unpricedTokens == 0;
        });
        sqlite3_stmt *add = s.start(costOnly ? AddDailyCost : AddDaily, rows, day, accountId, error);
        if (!add)
            return false;
        for (int first = 3; first < 3 + rows * BatchColumns; first += BatchColumns, ++m) {
            bindText(add, first, (*m)->first);
            Statements::bindSums(add, first + 1, (*m)->second.sums, true);
        }
        if (s.run(add, error) != rows)
            return false;
    }
    return true;
}

// The same for usage_group_days, one group a statement; each group it updated adds its difference to
// its month (in `months`), also when the day is recomputed afterwards: the month follows its days.
bool addGroups(Statements &s, std::string_view day, qint64 accountId, const CostChanges::Day &changes, Months *months,
               QString *error)
{
    for (const auto &[group, sums] : changes.groups) {
        sqlite3_stmt *add = s.start(AddGroupDay, 1, day, accountId, error);
        if (!add)
            return false;
        bindText(add, 3, group.first);
        bindText(add, 4, group.second);
        Statements::bindSums(add, 5, sums, false);
        if (s.run(add, error) != 1)
            return false;
        addMonth(months, day, accountId, group, sums);
    }
    return true;
}

// A bucket of usage_page_buckets as stored: its models and bounds.
struct StoredBucket
{
    std::string lo;
    std::string hi;
    std::optional<qint64> costLo;
    std::optional<qint64> costHi;
    std::string statusLo;
    std::string statusHi;

    // Reads the statement's row into this bucket, reusing its strings' room (a day's buckets are
    // read into the same ones, account-day after account-day).
    void read(sqlite3_stmt *s)
    {
        const auto number = [s](int column) {
            return sqlite3_column_type(s, column) == SQLITE_NULL ? std::nullopt
                                                                 : std::optional(sqlite3_column_int64(s, column));
        };
        lo.assign(sql::columnText(s, 0));
        hi.assign(sql::columnText(s, 1));
        costLo = number(2);
        costHi = number(3);
        statusLo.assign(sql::columnText(s, 4));
        statusHi.assign(sql::columnText(s, 5));
    }
};

// Sets a bucket's bounds: from the models' bounds the re-pricing saw when it saw all of the bucket's
// rows (`everyRow`: every row of the day seen, or the bucket is one model's, all of whose rows an
// override sees — with sparse data most of its buckets: 29 rows of one model, the ones that held the
// bounds), else from its stored bounds and the changed rows' moves when those tell (written only when
// they differ; `bucket` then holds the new bounds and *moved is set), else read again from the bucket's
// rows (false in *known: the bucket's new bounds are not known here).
bool updateBucket(Statements &s, std::string_view day, qint64 accountId, StoredBucket &bucket,
                  const CostChanges::Day &changes, bool everyRow, bool *known, bool *moved, QString *error)
{
    std::optional<CostChanges::Bucket> b;
    if (everyRow || bucket.lo == bucket.hi)
        b = CostChanges::boundsOver(changes.models, bucket.lo, bucket.hi);
    if (!b)
        b = CostChanges::boundsAfterMoves(
            changes.moves, bucket.lo, bucket.hi,
            {bucket.costLo, bucket.costHi, bucket.statusLo.c_str(), bucket.statusHi.c_str()});
    if (!b) {
        *known = false;
        sqlite3_stmt *bounds = s.start(BucketBounds, day, accountId);
        bindText(bounds, 3, bucket.lo);
        return s.run(bounds, error) >= 0;
    }
    if (b->costLo == bucket.costLo && b->costHi == bucket.costHi && bucket.statusLo == b->statusLo &&
        bucket.statusHi == b->statusHi)
        return true;
    sqlite3_stmt *set = s.start(SetBucketBounds, day, accountId);
    bindText(set, 3, bucket.lo);
    for (const auto &[parameter, value] : {std::pair{4, b->costLo}, std::pair{5, b->costHi}}) {
        if (value)
            sqlite3_bind_int64(set, parameter, *value);
        else
            sqlite3_bind_null(set, parameter);
    }
    sqlite3_bind_text(set, 6, b->statusLo, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(set, 7, b->statusHi, -1, SQLITE_TRANSIENT);
    bucket.costLo = b->costLo;
    bucket.costHi = b->costHi;
    bucket.statusLo = std::string(b->statusLo);
    bucket.statusHi = std::string(b->statusHi);
    *moved = true;
    return s.run(set, error) >= 0;
}

// Sets an account-day's usage_page_days bounds from all of its buckets' (as DayBounds computes
// them), written only when they differ.
bool setDayBounds(Statements &s, std::string_view day, qint64 accountId, std::span<const StoredBucket> buckets,
                  QString *error)
{
    std::optional<qint64> lo;
    std::optional<qint64> hi;
    bool unpriced = false;
    std::string_view statusLo;
    std::string_view statusHi;
    for (const StoredBucket &b : buckets) {
        unpriced = unpriced || !b.costLo;
        if (b.costLo)
            lo = lo ? std::min(*lo, *b.costLo) : *b.costLo;
        if (b.costHi)
            hi = hi ? std::max(*hi, *b.costHi) : *b.costHi;
        statusLo = statusLo.empty() ? std::string_view(b.statusLo) : std::min(statusLo, std::string_view(b.statusLo));
        statusHi = std::max(statusHi, std::string_view(b.statusHi));
    }
    sqlite3_stmt *set = s.start(SetDayBounds, day, accountId);
    for (const auto &[parameter, value] : {std::pair{3, unpriced ? std::nullopt : lo}, std::pair{4, hi}}) {
        if (value)
            sqlite3_bind_int64(set, parameter, *value);
        else
            sqlite3_bind_null(set, parameter);
    }
    bindText(set, 5, statusLo);
    bindText(set, 6, statusHi);
    return s.run(set, error) >= 0;
}

}   // namespace

bool CostChanges::apply(QSqlDatabase db, DetailRollups *rollups, QString *error)
{
    if (m_days.empty())
        return true;
    ModelMonths *modelMonths = nullptr;   // usage_model_months: what usage_daily takes, per month
    const auto failed = [error, &modelMonths](const QString &why) {
        if (modelMonths)
            modelMonths->discard();
        *error = QStringLiteral("could not update the daily totals: %1").arg(why);
        return false;
    };
    sqlite3 *handle = sql::nativeHandle(db);
    Statements s;
    QString why;
    if (!handle || !s.prepare(handle, &why))
        return failed(handle ? why : QStringLiteral("no SQLite connection TokenLedger can use directly"));
    if (!(modelMonths = rollups->modelMonths(db, &why)))
        return failed(why);
    const auto tooLarge = [&](std::string_view day) {
        return failed(QStringLiteral("the costs of %1 are too large to add up").arg(QString::fromUtf8(day)));
    };
    // What a usage_daily row took goes to its month (false: the sum left 64 bits; the write fails).
    const auto toMonth = [&](std::string_view day, qint64 accountId, std::string_view model, const Sums &sums) {
        return modelMonths->addCost(accountId, day, model, qint64(sums.cost), qint64(sums.unpricedTokens),
                                    sums.unpricedRows) ||
               tooLarge(day);
    };
    // The months of recomputed days, counted again from usage_daily after them: a missing or
    // partly updated usage_daily row leaves no difference to add.
    std::set<std::pair<qint64, std::string>> partial;
    QSet<std::pair<qint64, QString>> recount;          // recomputed from the rows instead
    QSet<std::pair<qint64, QString>> recountAccount;   // usage_account_daily recomputed from usage_daily
    Months months;
    Changed dayModels;                  // the changed ones of a day
    std::vector<StoredBucket> stored;   // buckets read, the day's first (their strings' room reused)
    const bool ranged = byRanges();
    const bool scanDaily = ranged && scansDaily();
    const bool rangedGroups = ranged || walksGroups();   // usage_group_days walked, not sought
    if (rangedGroups && !applyRangedSums(handle, ranged, scanDaily, &why))
        return failed(why);
    for (auto &[key, changes] : m_days) {
        const auto &[day, accountId] = key;
        if (!changes.changed())
            continue;   // only seen, nothing changed
        bool exact = true;
        Sums total;   // of the account-day
        dayModels.clear();
        for (const auto &model : changes.models) {
            if (!model.second.changed)
                continue;
            dayModels.push_back(&model);
            const Sums &sums = model.second.sums;
            exact = exact && fits(sums) && (!scanDaily || sums.applied);
            if (scanDaily && sums.applied && !toMonth(day, accountId, model.first, sums))
                return false;
            total.cost += sums.cost;
            total.unpricedTokens += sums.unpricedTokens;
            total.unpricedRows += sums.unpricedRows;
        }
        for (const auto &[group, sums] : changes.groups) {
            exact = exact && fits(sums) && (!rangedGroups || sums.applied);
            if (rangedGroups && sums.applied)
                addMonth(&months, day, accountId, group, sums);
        }
        changes.total = total;
        why.clear();
        exact = exact && !changes.recount;
        if (exact && !scanDaily) {
            exact = addDaily(s, day, accountId, dayModels, &why);
            for (size_t m = 0; exact && m < dayModels.size(); ++m) {
                if (!toMonth(day, accountId, dayModels[m]->first, dayModels[m]->second.sums))
                    return false;
            }
        }
        exact = exact && (rangedGroups || addGroups(s, day, accountId, changes, &months, &why));
        if (!why.isEmpty())
            return failed(why);
        if (!exact) {
            changes.recount = true;   // the ranged bounds leave it alone
            recount.insert({accountId, QString::fromStdString(day)});
            partial.insert({accountId, day.substr(0, 7)});
            continue;
        }
        if (ranged)
            continue;   // usage_account_daily, the buckets and the days: applyRangedTotals()
        sqlite3_stmt *accountDay = s.start(AddAccountDay, day, accountId);
        Statements::bindSums(accountDay, 3, total, true);
        const int changed = fits(total) ? s.run(accountDay, &why) : 0;
        if (changed < 0)
            return failed(why);
        if (changed != 1)
            recountAccount.insert({accountId, QString::fromStdString(day)});
        // The buckets holding a changed model, then the day from its buckets.
        sqlite3_stmt *readBuckets = s.start(ReadBuckets, day, accountId);
        size_t count = 0;
        int rc;
        while ((rc = sqlite3_step(readBuckets)) == SQLITE_ROW) {
            if (count == stored.size())
                stored.emplace_back();
            stored[count++].read(readBuckets);
        }
        sqlite3_reset(readBuckets);
        const std::span<StoredBucket> buckets = std::span(stored).first(count);
        if (rc != SQLITE_DONE)
            return failed(QString::fromUtf8(sqlite3_errmsg(handle)));
        bool known = true;    // every bucket's new bounds: the day's follow from them
        bool moved = false;   // a bucket's bounds moved: else the day's stay as they are
        for (StoredBucket &bucket : buckets) {
            if (!CostChanges::changesWithin(changes.models, bucket.lo, bucket.hi))
                continue;
            if (!updateBucket(s, day, accountId, bucket, changes, m_seesEveryRow, &known, &moved, &why))
                return failed(why);
        }
        known = known && !buckets.empty();
        if (known && !moved)
            continue;
        if (!(known ? setDayBounds(s, day, accountId, buckets, &why)
                    : s.run(s.start(DayBounds, day, accountId), &why) >= 0))
            return failed(why);
    }
    if (ranged && !applyRangedTotals(handle, &recountAccount, &why))
        return failed(why);
    for (const auto &[key, sums] : months) {
        if (!fits(sums))
            return tooLarge(std::get<0>(key));
        sqlite3_stmt *add = s.start(AddGroupMonth, std::get<0>(key), std::get<1>(key));
        bindText(add, 3, std::get<2>(key));
        bindText(add, 4, std::get<3>(key));
        Statements::bindSums(add, 5, sums, false);
        const int changed = s.run(add, &why);
        if (changed != 1)
            return failed(changed < 0 ? why : QStringLiteral("a month's totals per project are missing"));
    }
    clear();
    // A recounted day's usage_daily rows are new: its account-day follows them.
    recountAccount.unite(recount);
    return rollups->refresh(db, recount, error) && ModelMonths::recount(handle, partial, error) &&
           rollups::refreshAccountDays(db, recountAccount, error);
}

}   // namespace tl
