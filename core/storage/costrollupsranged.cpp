// CostChanges by ranges of days (costrollups.h): one UPDATE per rollup table over the days of the
// changes, whose SQL functions look each rollup row's difference up in CostChanges' maps. A row
// without one is left alone; one whose sum would leave 64 bits marks its account-day to be
// recounted from the rows (CostChanges::apply then does, as for the statements per account-day).

#include "costrollupslookup.h"
#include "sqlitestatement.h"

#include <QDate>

#include <sqlite3.h>

#include <iterator>
#include <limits>
#include <vector>

namespace tl {

namespace {

using costrollups::Days;
using costrollups::Lookup;
using Wide = CostChanges::Wide;

// The one-pass usage_daily statement: its WHERE takes a row's sums (tl_cc_daily, kind 2), its SET
// reads them with tl_cc_daily_took once per column it sets, OnePassReads in all.
constexpr const char *OnePassDaily =
    "UPDATE usage_daily SET cost_nano = tl_cc_daily_took(0, cost_nano), unpriced_tokens = tl_cc_daily_took(1, "
    "unpriced_tokens), unpriced_rows = tl_cc_daily_took(2, unpriced_rows) WHERE day BETWEEN ?1 AND ?2 AND "
    "tl_cc_daily(day, account_id, model, cost_nano, unpriced_tokens, 2)";
constexpr int OnePassReads = 3;

bool fits(Wide v)
{
    return CostChanges::fitsInt64(v);
}

Lookup *lookupOf(sqlite3_context *context)
{
    return static_cast<Lookup *>(sqlite3_user_data(context));
}

// Whether a rollup row takes `sums` in this statement: the sums exist, fit and are of its kind;
// a sum leaving 64 bits marks the account-day to be recounted. argv[first..]: cost_nano,
// unpriced_tokens as stored.
bool takes(CostChanges::Sums *sums, CostChanges::Day *day, sqlite3_value **argv, int first)
{
    if (!sums || day->recount)
        return false;
    if (!fits(sums->cost) || !fits(sums->unpricedTokens) ||
        !fits(Wide(sqlite3_value_int64(argv[first])) + sums->cost) ||
        !fits(Wide(sqlite3_value_int64(argv[first + 1])) + sums->unpricedTokens)) {
        day->recount = true;
        return false;
    }
    sums->applied = true;
    return true;
}

// tl_cc_daily(day, account_id, model, cost_nano, unpriced_tokens, kind): kind 0 takes the models
// whose unpriced values stay (only cost_nano is set, so usage_models' trigger does not run), 1 the
// others, 2 every one (triggers off).
void dailyFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    Lookup *lookup = lookupOf(context);
    CostChanges::Sums *sums = lookup->model(argv);
    const bool costOnly = sums && sums->unpricedRows == 0 && sums->unpricedTokens == 0;
    const int kind = sqlite3_value_int(argv[5]);
    const bool taken =
        sums && (kind == 2 || costOnly != (kind == 1)) && takes(sums, lookup->day(argv[0], argv[1]), argv, 3);
    if (taken && lookup->onePass) {
        if (lookup->taken) {
            lookup->outOfOrder = true;
            sqlite3_result_error(context, "rollups: rows evaluated out of order", -1);
            return;
        }
        lookup->taken = sums;
        lookup->reads = 0;
    }
    sqlite3_result_int(context, taken);
}

// The new value of a sum (which: 0 cost, 1 unpriced tokens, 2 unpriced rows) from the stored one.
void newSum(sqlite3_context *context, CostChanges::Sums *sums, int which, sqlite3_value *old)
{
    if (!sums) {
        sqlite3_result_error(context, "a rollup row changed without its difference", -1);
        return;
    }
    const Wide difference = which == 0 ? sums->cost : which == 1 ? sums->unpricedTokens : Wide(sums->unpricedRows);
    sqlite3_result_int64(context, qint64(Wide(sqlite3_value_int64(old)) + difference));
}

// tl_cc_daily_new(day, account_id, model, which, old).
void dailyNewFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    newSum(context, lookupOf(context)->model(argv), sqlite3_value_int(argv[3]), argv[4]);
}

// tl_cc_daily_took(which, old): as tl_cc_daily_new, for the row tl_cc_daily() has just taken (the
// one-pass statement, Lookup::taken): no key to pass and look up again, three times a row.
void dailyTookFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    Lookup *lookup = lookupOf(context);
    if (!lookup->taken) {
        lookup->outOfOrder = true;
        sqlite3_result_error(context, "rollups: rows evaluated out of order", -1);
        return;
    }
    newSum(context, lookup->taken, sqlite3_value_int(argv[0]), argv[1]);
    if (++lookup->reads == OnePassReads)
        lookup->taken = nullptr;
}

// tl_cc_group(day, account_id, project, api_key_id, cost_nano, unpriced_tokens).
void groupFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    Lookup *lookup = lookupOf(context);
    CostChanges::Sums *sums = lookup->group(argv);
    sqlite3_result_int(context, sums && takes(sums, lookup->day(argv[0], argv[1]), argv, 4));
}

// tl_cc_group_new(day, account_id, project, api_key_id, which, old).
void groupNewFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    newSum(context, lookupOf(context)->group(argv), sqlite3_value_int(argv[4]), argv[5]);
}

std::optional<qint64> optionalInt(sqlite3_value *v)
{
    return sqlite3_value_type(v) == SQLITE_NULL ? std::nullopt : std::optional(sqlite3_value_int64(v));
}

// tl_cc_bucket(day, account_id, model_lo, model_hi, cost_lo, cost_hi, status_lo, status_hi): 1
// when the bucket holds a changed model and its bounds change.
void bucketFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const CostChanges::Bucket *b = lookupOf(context)->bucket(argv);
    sqlite3_result_int(context,
                       b && !(b->costLo == optionalInt(argv[4]) && b->costHi == optionalInt(argv[5]) &&
                              sql::valueText(argv[6]) == b->statusLo && sql::valueText(argv[7]) == b->statusHi));
}

// tl_cc_bucket_new(day, account_id, model_lo, model_hi, which): cost_lo, cost_hi, status_lo, status_hi.
void bucketNewFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const CostChanges::Bucket *b = lookupOf(context)->bucket(argv);
    if (!b) {
        sqlite3_result_error(context, "a bucket changed without its bounds", -1);
        return;
    }
    const int which = sqlite3_value_int(argv[4]);
    const std::optional<qint64> cost = which == 0 ? b->costLo : b->costHi;
    if (which >= 2)
        sqlite3_result_text(context, which == 2 ? b->statusLo : b->statusHi, -1, SQLITE_STATIC);
    else if (cost)
        sqlite3_result_int64(context, *cost);
    else
        sqlite3_result_null(context);
}

// tl_cc_account(day, account_id, cost_nano, unpriced_tokens): whether usage_account_daily takes the
// account-day's summed difference (else it is recomputed from usage_daily).
void accountFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    CostChanges::Day *d = lookupOf(context)->day(argv[0], argv[1]);
    const bool takes = d && d->changed() && !d->recount && fits(d->total.cost) && fits(d->total.unpricedTokens) &&
                       fits(Wide(sqlite3_value_int64(argv[2])) + d->total.cost) &&
                       fits(Wide(sqlite3_value_int64(argv[3])) + d->total.unpricedTokens);
    if (takes)
        d->accountApplied = true;
    sqlite3_result_int(context, takes);
}

// tl_cc_account_new(day, account_id, which, old).
void accountNewFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    CostChanges::Day *d = lookupOf(context)->day(argv[0], argv[1]);
    newSum(context, d ? &d->total : nullptr, sqlite3_value_int(argv[2]), argv[3]);
}

// tl_cc_day(day, account_id): whether the account-day changed and is not recounted.
void dayFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const CostChanges::Day *d = lookupOf(context)->day(argv[0], argv[1]);
    sqlite3_result_int(context, d && d->changed() && !d->recount);
}

struct Function
{
    const char *name;
    int arguments;
    void (*call)(sqlite3_context *, int, sqlite3_value **);
};
constexpr Function Functions[] = {
    {"tl_cc_daily", 6, dailyFunction},          {"tl_cc_daily_new", 5, dailyNewFunction},
    {"tl_cc_daily_took", 2, dailyTookFunction}, {"tl_cc_group", 6, groupFunction},
    {"tl_cc_group_new", 6, groupNewFunction},   {"tl_cc_bucket", 8, bucketFunction},
    {"tl_cc_bucket_new", 5, bucketNewFunction}, {"tl_cc_day", 2, dayFunction},
    {"tl_cc_account", 4, accountFunction},      {"tl_cc_account_new", 4, accountNewFunction},

};

// The functions registered on the connection while the statements of one pass run.
class Registration final
{
public:
    Registration(sqlite3 *db, Lookup *lookup)
        : m_db(db)
    {
        // SQLITE_DIRECTONLY: only these statements can call them, never a trigger or view in the file.
        for (const Function &f : Functions)
            sqlite3_create_function_v2(db, f.name, f.arguments, SQLITE_UTF8 | SQLITE_DIRECTONLY, lookup, f.call,
                                       nullptr, nullptr, nullptr);
    }
    ~Registration()
    {
        for (const Function &f : Functions)
            sqlite3_create_function_v2(m_db, f.name, f.arguments, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr,
                                       nullptr);
    }
    Q_DISABLE_COPY_MOVE(Registration)

private:
    sqlite3 *m_db;
};

// The statements of one pass. ?1 and ?2: the first and last day.
bool run(sqlite3 *db, Lookup *lookup, std::string_view first, std::string_view last,
         const std::vector<const char *> &statements, QString *error)
{
    const Registration functions(db, lookup);
    bool ok = true;
    for (const char *text : statements) {
        sqlite3_stmt *s = nullptr;
        ok = sqlite3_prepare_v2(db, text, -1, &s, nullptr) == SQLITE_OK;
        if (ok) {
            sqlite3_bind_text(s, 1, first.data(), int(first.size()), SQLITE_STATIC);
            sqlite3_bind_text(s, 2, last.data(), int(last.size()), SQLITE_STATIC);
            ok = sqlite3_step(s) == SQLITE_DONE;
        }
        if (!ok)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(s);
        if (!ok)
            break;
    }
    return ok;
}

// One statement run for each changed account-day that has changed groups: ?1 the day, ?2 the account.
bool runPerDay(sqlite3 *db, Lookup *lookup, const Days &days, const char *text, QString *error)
{
    const Registration functions(db, lookup);
    sqlite3_stmt *s = nullptr;
    bool ok = sqlite3_prepare_v2(db, text, -1, &s, nullptr) == SQLITE_OK;
    for (auto d = days.cbegin(); ok && d != days.cend(); ++d) {
        if (!d->second.changed() || d->second.groups.empty())
            continue;
        sqlite3_bind_text(s, 1, d->first.first.data(), int(d->first.first.size()), SQLITE_STATIC);
        sqlite3_bind_int64(s, 2, d->first.second);
        ok = sqlite3_step(s) == SQLITE_DONE;
        sqlite3_reset(s);
    }
    if (!ok)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(s);
    return ok;
}

}   // namespace

bool CostChanges::byRanges() const
{
    // Every row of the days was seen (re-pricing by ranges of days) and the changed account-days
    // fill at least half of their range: walking the range's rollup rows costs less than statements
    // per account-day. Else (an override's few rows a day: the buckets' bounds are read again from
    // their rows; a few days far apart) the statements per account-day.
    return m_seesEveryRow && fillsRange();
}

bool CostChanges::walksGroups() const
{
    // An override of one model whose rows lie in many project/key groups a day (29 with sparse data)
    // changes that many group rows a day: walking each account-day's group rows in one statement
    // costs less than a statement per group (the seek and the rewrite of a group row was most of
    // such an override's rollups).
    size_t groups = 0;
    size_t days = 0;
    for (const auto &[key, day] : m_days) {
        if (day.changed()) {
            groups += day.groups.size();
            ++days;
        }
    }
    return groups >= days * ManyGroups;
}

bool CostChanges::fillsRange() const
{
    const auto dayOf = [](const std::string &day) {
        return QDate::fromString(QString::fromLatin1(day.data(), qsizetype(day.size())), Qt::ISODate);
    };
    const QDate first = dayOf(m_days.cbegin()->first.first);
    const QDate last = dayOf(m_days.crbegin()->first.first);
    if (!first.isValid() || !last.isValid())
        return false;
    qint64 days = 0;
    const std::string *previous = nullptr;
    for (const auto &[key, day] : m_days) {
        if (day.changed() && (!previous || *previous != key.first)) {
            ++days;
            previous = &key.first;
        }
    }
    return days * 2 >= first.daysTo(last) + 1;
}

bool CostChanges::scansDaily() const
{
    // Most models of the days changed: walking all of their usage_daily rows costs less than seeking
    // the changed ones. Known only when every row of the days was seen.
    if (!m_seesEveryRow)
        return false;
    size_t changed = 0;
    size_t seen = 0;
    for (const auto &[key, day] : m_days) {
        changed += day.changedModels;
        seen += day.seenModels;
    }
    return changed * 2 >= seen;
}

bool CostChanges::applyRangedSums(sqlite3 *db, bool byRange, bool daily, QString *error)
{
    Lookup lookup(m_days);
    const std::string &first = m_days.cbegin()->first.first;
    const std::string &last = m_days.crbegin()->first.first;
    if (daily) {
        // When usage_models_update can be left out (movingModels()), one statement takes every changed
        // model with triggers off; else the models whose unpriced sums stay first (only cost_nano is
        // set: the trigger does not run), then the others with it — two walks of the days' rows.
        std::optional<ModelSums> models = movingModels(db);
        if (!models &&
            !run(db, &lookup, first, last,
                 {"UPDATE usage_daily SET cost_nano = tl_cc_daily_new(day, account_id, model, 0, cost_nano) "
                  "WHERE day BETWEEN ?1 AND ?2 AND tl_cc_daily(day, account_id, model, cost_nano, unpriced_tokens, 0)"},
                 error))
            return false;
        // Triggers are left out of the statements prepared while they are off (and only those).
        if (models)
            sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        // With triggers off SQLite updates in one pass (a row's WHERE, then its SET): the SET takes the
        // sums the WHERE found (dense data: a third of this walk's instructions were the SET's three
        // lookups by key). The statement looking them up again runs should that ever not hold.
        bool ok = false;
        if (models) {
            lookup.onePass = true;
            ok = run(db, &lookup, first, last, {OnePassDaily}, error);
            lookup.onePass = false;
            if (!ok && !lookup.outOfOrder) {
                sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
                return false;
            }
        }
        lookup.taken = nullptr;
        // Every sum looked up again by key: with triggers on (no `models`), the models the statement
        // above left, whose unpriced sums change (kind 1); else every model the one-pass statement
        // could not take in order (kind 2).
        if (!ok) {
            const QByteArray everySum =
                QByteArray("UPDATE usage_daily SET cost_nano = tl_cc_daily_new(day, account_id, "
                           "model, 0, cost_nano), unpriced_tokens = tl_cc_daily_new(day, "
                           "account_id, model, 1, unpriced_tokens), unpriced_rows = "
                           "tl_cc_daily_new(day, account_id, model, 2, unpriced_rows) WHERE "
                           "day BETWEEN ?1 AND ?2 AND tl_cc_daily(day, account_id, model, "
                           "cost_nano, unpriced_tokens, ") +
                (models ? "2)" : "1)");
            ok = run(db, &lookup, first, last, {everySum.constData()}, error);
        }
        if (models)
            sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
        if (!ok || (models && !addToUsageModels(db, &*models, error)))
            return false;
    }
    const char *const groups =
        "UPDATE usage_group_days SET cost_nano = tl_cc_group_new(day, account_id, project, api_key_id, 0, cost_nano), "
        "unpriced_tokens = tl_cc_group_new(day, account_id, project, api_key_id, 1, unpriced_tokens) WHERE ";
    const char *const groupsTaking =
        " AND tl_cc_group(day, account_id, project, api_key_id, cost_nano, unpriced_tokens)";
    const QByteArray sql =
        QByteArray(groups) + (byRange ? "day BETWEEN ?1 AND ?2" : "day = ?1 AND account_id = ?2") + groupsTaking;
    if (!byRange)
        return runPerDay(db, &lookup, m_days, sql.constData(), error);
    return run(db, &lookup, first, last, {sql.constData()}, error);
}

bool CostChanges::applyRangedTotals(sqlite3 *db, QSet<std::pair<qint64, QString>> *recountAccount, QString *error)
{
    // The buckets' bounds from the rows as re-pricing saw them (every row of the days).
    const char *const buckets =
        "UPDATE usage_page_buckets SET cost_lo = tl_cc_bucket_new(day, account_id, model_lo, model_hi, 0), "
        "cost_hi = tl_cc_bucket_new(day, account_id, model_lo, model_hi, 1), "
        "status_lo = tl_cc_bucket_new(day, account_id, model_lo, model_hi, 2), "
        "status_hi = tl_cc_bucket_new(day, account_id, model_lo, model_hi, 3) "
        "WHERE day BETWEEN ?1 AND ?2 AND tl_cc_bucket(day, account_id, model_lo, model_hi, cost_lo, "
        "cost_hi, status_lo, status_hi)";
    Lookup lookup(m_days);
    if (!run(db, &lookup, m_days.cbegin()->first.first, m_days.crbegin()->first.first,
             {"UPDATE usage_account_daily SET cost_nano = tl_cc_account_new(day, account_id, 0, cost_nano), "
              "unpriced_tokens = tl_cc_account_new(day, account_id, 1, unpriced_tokens), "
              "unpriced_rows = tl_cc_account_new(day, account_id, 2, unpriced_rows) "
              "WHERE day BETWEEN ?1 AND ?2 AND tl_cc_account(day, account_id, cost_nano, unpriced_tokens)",
              buckets,
              "UPDATE usage_page_days AS d SET (cost_lo, cost_hi, status_lo, status_hi) = (SELECT CASE WHEN "
              "COUNT(b.cost_lo) < COUNT(*) THEN NULL ELSE MIN(b.cost_lo) END, MAX(b.cost_hi), MIN(b.status_lo), "
              "MAX(b.status_hi) FROM usage_page_buckets b WHERE b.day = d.day AND b.account_id = d.account_id) "
              "WHERE d.day BETWEEN ?1 AND ?2 AND tl_cc_day(d.day, d.account_id)"},
             error))
        return false;
    for (const auto &[key, day] : m_days) {
        if (day.changed() && !day.recount && !day.accountApplied)
            recountAccount->insert({key.second, QString::fromStdString(key.first)});
    }
    return true;
}

}   // namespace tl
