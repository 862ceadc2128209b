#include "costrollups.h"

#include "detailrollups.h"
#include "rollups.h"
#include "sqlitestatement.h"

#include <QSet>

#include <sqlite3.h>

#include <array>
#include <limits>
#include <tuple>
#include <vector>

namespace tl {

namespace {

// In the order of Statement. A sum that would leave 64 bits turns into a REAL in SQLite: such a
// row is not updated, and its account-day is recomputed from the rows (which reports the overflow).
const char *const Sql[] = {
    "UPDATE usage_daily SET cost_nano = cost_nano + ?4, unpriced_tokens = unpriced_tokens + ?5, "
    "unpriced_rows = unpriced_rows + ?6 WHERE day = ?1 AND account_id = ?2 AND model = ?3 "
    "AND typeof(cost_nano + ?4) = 'integer' AND typeof(unpriced_tokens + ?5) = 'integer'",
    "UPDATE usage_group_days SET cost_nano = cost_nano + ?5, unpriced_tokens = unpriced_tokens + ?6 "
    "WHERE day = ?1 AND account_id = ?2 AND project = ?3 AND api_key_id = ?4 "
    "AND typeof(cost_nano + ?5) = 'integer' AND typeof(unpriced_tokens + ?6) = 'integer'",
    // The months hold the sums of their days: what fits there fits here (else the CHECK refuses).
    "UPDATE usage_group_months SET cost_nano = cost_nano + ?5, unpriced_tokens = unpriced_tokens + ?6 "
    "WHERE month = ?1 AND account_id = ?2 AND project = ?3 AND api_key_id = ?4",
    "SELECT model_lo, model_hi FROM usage_page_buckets WHERE day = ?1 AND account_id = ?2",
    // A bucket's bounds as DetailRollups computes them: the lowest cost is NULL when a row is unpriced.
    "UPDATE usage_page_buckets AS b SET (cost_lo, cost_hi, status_lo, status_hi) = (SELECT CASE WHEN "
    "COUNT(u.cost_nano) < COUNT(*) THEN NULL ELSE MIN(u.cost_nano) END, MAX(u.cost_nano), MIN(u.cost_status), "
    "MAX(u.cost_status) FROM usage u WHERE u.day = b.day AND u.account_id = b.account_id "
    "AND u.model BETWEEN b.model_lo AND b.model_hi) WHERE b.day = ?1 AND b.account_id = ?2 AND b.model_lo = ?3",
    "UPDATE usage_page_days AS d SET (cost_lo, cost_hi, status_lo, status_hi) = (SELECT CASE WHEN "
    "COUNT(b.cost_lo) < COUNT(*) THEN NULL ELSE MIN(b.cost_lo) END, MAX(b.cost_hi), MIN(b.status_lo), "
    "MAX(b.status_hi) FROM usage_page_buckets b WHERE b.day = d.day AND b.account_id = d.account_id) "
    "WHERE d.day = ?1 AND d.account_id = ?2",
};
enum Statement
{
    AddDaily,
    AddGroupDay,
    AddGroupMonth,
    ReadBuckets,
    BucketBounds,
    DayBounds,
    StatementCount
};
static_assert(std::size(Sql) == StatementCount);

using Wide = CostChanges::Wide;

bool fits(Wide v)
{
    return v >= std::numeric_limits<qint64>::min() && v <= std::numeric_limits<qint64>::max();
}

bool fits(const CostChanges::Sums &s)
{
    return fits(s.cost) && fits(s.unpricedTokens);
}

void bindText(sqlite3_stmt *s, int parameter, std::string_view text)
{
    sqlite3_bind_text(s, parameter, text.data(), int(text.size()), SQLITE_STATIC);
}

class Statements final
{
public:
    ~Statements()
    {
        for (sqlite3_stmt *s : m_statements)
            sqlite3_finalize(s);
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
        sqlite3_stmt *s = m_statements[which];
        sqlite3_reset(s);
        bindText(s, 1, day);
        sqlite3_bind_int64(s, 2, accountId);
        return s;
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
    sqlite3 *m_db = nullptr;
    std::array<sqlite3_stmt *, StatementCount> m_statements = {};
};

}   // namespace

void CostChanges::add(qint64 accountId, std::string_view day, std::string_view model, std::string_view project,
                      std::string_view apiKey, Wide costDifference, int unpricedRowsDifference, Wide tokens)
{
    if (!m_last || m_lastKey.second != accountId || m_lastKey.first != day) {
        m_lastKey = {std::string(day), accountId};
        m_last = &m_days[m_lastKey];
    }
    const auto addTo = [&](Sums &s) {
        s.cost += costDifference;
        s.unpricedRows += unpricedRowsDifference;
        s.unpricedTokens += tokens * unpricedRowsDifference;
    };
    auto m = m_last->models.find(model);
    if (m == m_last->models.end())
        m = m_last->models.emplace(std::string(model), Sums{}).first;
    addTo(m->second);
    addTo(m_last->groups[{std::string(project), std::string(apiKey)}]);
}

void CostChanges::clear()
{
    m_days.clear();
    m_last = nullptr;
}

bool CostChanges::apply(QSqlDatabase db, DetailRollups *rollups, QString *error)
{
    if (m_days.empty())
        return true;
    const auto failed = [error](const QString &why) {
        *error = QStringLiteral("could not update the daily totals: %1").arg(why);
        return false;
    };
    sqlite3 *handle = sql::nativeHandle(db);
    Statements s;
    QString why;
    if (!handle || !s.prepare(handle, &why))
        return failed(handle ? why : QStringLiteral("no SQLite connection TokenLedger can use directly"));

    QSet<std::pair<qint64, QString>> touched;
    QSet<std::pair<qint64, QString>> recount;   // recomputed from the rows instead
    std::map<std::tuple<std::string, qint64, std::string, std::string>, Sums> months;
    std::vector<std::pair<std::string, std::string>> buckets;   // (model_lo, model_hi) of a day
    for (const auto &[key, changes] : m_days) {
        const auto &[day, accountId] = key;
        const QString dayText = QString::fromStdString(day);
        touched.insert({accountId, dayText});
        bool exact = true;
        for (const auto &[model, sums] : changes.models)
            exact = exact && fits(sums);
        for (const auto &[group, sums] : changes.groups)
            exact = exact && fits(sums);
        for (auto m = changes.models.cbegin(); exact && m != changes.models.cend(); ++m) {
            sqlite3_stmt *add = s.start(AddDaily, day, accountId);
            bindText(add, 3, m->first);
            Statements::bindSums(add, 4, m->second, true);
            const int changed = s.run(add, &why);
            if (changed < 0)
                return failed(why);
            exact = changed == 1;
        }
        for (auto g = changes.groups.cbegin(); exact && g != changes.groups.cend(); ++g) {
            sqlite3_stmt *add = s.start(AddGroupDay, day, accountId);
            bindText(add, 3, g->first.first);
            bindText(add, 4, g->first.second);
            Statements::bindSums(add, 5, g->second, false);
            const int changed = s.run(add, &why);
            if (changed < 0)
                return failed(why);
            exact = changed == 1;
            if (exact) {   // the month follows the days it holds, also of a day recomputed below
                Sums &month = months[{day.substr(0, 7), accountId, g->first.first, g->first.second}];
                month.cost += g->second.cost;
                month.unpricedTokens += g->second.unpricedTokens;
            }
        }
        if (!exact) {
            recount.insert({accountId, dayText});
            continue;
        }
        // The buckets holding a changed model, then the day from its buckets.
        buckets.clear();
        sqlite3_stmt *read = s.start(ReadBuckets, day, accountId);
        int rc;
        while ((rc = sqlite3_step(read)) == SQLITE_ROW)
            buckets.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(read, 0)),
                                 reinterpret_cast<const char *>(sqlite3_column_text(read, 1)));
        sqlite3_reset(read);
        if (rc != SQLITE_DONE)
            return failed(QString::fromUtf8(sqlite3_errmsg(handle)));
        for (const auto &[lo, hi] : buckets) {
            const auto m = changes.models.lower_bound(lo);
            if (m == changes.models.cend() || m->first > hi)
                continue;
            sqlite3_stmt *bounds = s.start(BucketBounds, day, accountId);
            bindText(bounds, 3, lo);
            if (s.run(bounds, &why) < 0)
                return failed(why);
        }
        if (s.run(s.start(DayBounds, day, accountId), &why) < 0)
            return failed(why);
    }
    for (const auto &[key, sums] : months) {
        if (!fits(sums))
            return failed(QStringLiteral("the costs of %1 are too large to add up")
                              .arg(QString::fromStdString(std::get<0>(key))));
        sqlite3_stmt *add = s.start(AddGroupMonth, std::get<0>(key), std::get<1>(key));
        bindText(add, 3, std::get<2>(key));
        bindText(add, 4, std::get<3>(key));
        Statements::bindSums(add, 5, sums, false);
        const int changed = s.run(add, &why);
        if (changed != 1)
            return failed(changed < 0 ? why : QStringLiteral("a month's totals per project are missing"));
    }
    clear();
    return rollups->refresh(db, recount, error) && rollups::refreshAccountDays(db, touched, error);
}

}   // namespace tl
