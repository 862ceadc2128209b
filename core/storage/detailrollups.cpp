#include "detailrollups.h"

#include "common/overflow.h"
#include "pagebounds.h"
#include "queryloop.h"
#include "schemadialect.h"
#include "sqlitestatement.h"
#include "sqlutil.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tl {

namespace {

// The bounds kept per bucket and per day, in this order (see Bounds::bind).
#define TL_BOUND_COLUMNS                                                                                               \
    "model_lo, model_hi, input_lo, input_hi, cached_lo, cached_hi, write_lo, write_hi, output_lo, output_hi, "         \
    "requests_lo, requests_hi, cost_lo, cost_hi, project_lo, project_hi, key_lo, key_hi, status_lo, status_hi"
#define TL_BOUND_PARAMS "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22"
#define TL_BOUND_TABLE                                                                                                 \
    "day TEXT NOT NULL, account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "                       \
    "model_lo TEXT NOT NULL, model_hi TEXT NOT NULL, input_lo INTEGER NOT NULL, input_hi INTEGER NOT NULL, "           \
    "cached_lo INTEGER NOT NULL, cached_hi INTEGER NOT NULL, write_lo INTEGER NOT NULL, write_hi INTEGER NOT NULL, "   \
    "output_lo INTEGER NOT NULL, output_hi INTEGER NOT NULL, requests_lo INTEGER NOT NULL, "                           \
    "requests_hi INTEGER NOT NULL, cost_lo INTEGER, cost_hi INTEGER, project_lo TEXT NOT NULL, "                       \
    "project_hi TEXT NOT NULL, key_lo TEXT NOT NULL, key_hi TEXT NOT NULL, status_lo TEXT NOT NULL, "                  \
    "status_hi TEXT NOT NULL, "

#define TL_GROUP_COLUMNS                                                                                               \
    "input_tokens, cached_input_tokens, cache_write_tokens, output_tokens, requests, cost_nano, unpriced_tokens, "     \
    "row_count"
// The sums are CHECKed to stay integers: an overflow in `+` turns into a REAL in SQLite, and must
// fail the write instead.
#define TL_GROUP_TABLE                                                                                                 \
    " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, project TEXT NOT NULL, "                  \
    "api_key_id TEXT NOT NULL, input_tokens INTEGER NOT NULL, cached_input_tokens INTEGER NOT NULL, "                  \
    "cache_write_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL, requests INTEGER NOT NULL, "                 \
    "cost_nano INTEGER NOT NULL, unpriced_tokens INTEGER NOT NULL, row_count INTEGER NOT NULL, "                       \
    "CHECK (typeof(input_tokens) = 'integer' AND typeof(cached_input_tokens) = 'integer' AND "                         \
    "typeof(cache_write_tokens) = 'integer' AND typeof(output_tokens) = 'integer' AND typeof(requests) = 'integer' "   \
    "AND typeof(cost_nano) = 'integer' AND typeof(unpriced_tokens) = 'integer'), "

#define TL_DAILY_INSERT                                                                                                \
    "INSERT INTO usage_daily (account_id, day, model, input_tokens, cached_input_tokens, cache_write_tokens, "         \
    "output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count) "
#define TL_GROUP_INSERT "INSERT INTO usage_group_days (account_id, day, project, api_key_id, " TL_GROUP_COLUMNS ") "

const char *const CreateStatements[] = {
    "CREATE TABLE usage_page_buckets (" TL_BOUND_TABLE "PRIMARY KEY (day, account_id, model_lo)) WITHOUT ROWID",
    "CREATE TABLE usage_page_days (" TL_BOUND_TABLE "PRIMARY KEY (day, account_id)) WITHOUT ROWID",
    "CREATE TABLE usage_group_days (day TEXT NOT NULL," TL_GROUP_TABLE
    "PRIMARY KEY (day, account_id, project, api_key_id)) WITHOUT ROWID",
    "CREATE TABLE usage_group_months (month TEXT NOT NULL CHECK (length(month) = 7)," TL_GROUP_TABLE
    "PRIMARY KEY (month, account_id, project, api_key_id)) WITHOUT ROWID",
};

// Per (account ?1, day ?2), in the order of DetailRollups::Statement. The day's old groups are
// deleted and returned: their month loses them and gains the new ones (MonthGroups).
const char *const RefreshStatements[] = {
    "SELECT model, project, api_key_id, input_tokens, cached_input_tokens, cache_write_5m_tokens, "
    "cache_write_1h_tokens, output_tokens, requests, cost_nano, cost_status FROM usage "
    "WHERE day = ?2 AND account_id = ?1",
    "DELETE FROM usage_daily WHERE account_id = ?1 AND day = ?2",
    TL_DAILY_INSERT "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    "DELETE FROM usage_page_buckets WHERE day = ?2 AND account_id = ?1",
    "INSERT INTO usage_page_buckets (account_id, day, " TL_BOUND_COLUMNS ") VALUES (?1, ?2, " TL_BOUND_PARAMS ")",
    "DELETE FROM usage_page_days WHERE day = ?2 AND account_id = ?1",
    "INSERT INTO usage_page_days (account_id, day, " TL_BOUND_COLUMNS ") VALUES (?1, ?2, " TL_BOUND_PARAMS ")",
    "DELETE FROM usage_group_days WHERE day = ?2 AND account_id = ?1 RETURNING project, api_key_id, " TL_GROUP_COLUMNS,
    TL_GROUP_INSERT "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
};
static_assert(std::size(RefreshStatements) == DetailRollups::InsertDailyMany);

// usage_daily's and usage_group_days' rows are written ManyRows to a statement (the rest one by
// one): with 80 models a day, one statement per row was most of a rollup's cost. Both take
// RowParams values a row: account, day, two texts (a model: one text, then nine sums; a group: two
// texts and eight), so a row's values start at row * RowParams + 1.
constexpr int ManyRows = 16;
constexpr int RowParams = 12;

QByteArray manyRowsSql(const char *insert)
{
    QByteArray sql = QByteArray(insert) + "VALUES ";
    for (int row = 0; row < ManyRows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (int column = 1; column <= RowParams; ++column)
            sql += '?' + QByteArray::number(row * RowParams + column) + (column < RowParams ? ", " : "");
        sql += ')';
    }
    return sql;
}

// A view of a text column, valid until the statement steps again.
std::string_view textView(sqlite3_stmt *s, int column)
{
    const char *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(s, column))) : std::string_view();
}

void bindText(sqlite3_stmt *s, int parameter, std::string_view text)
{
    sqlite3_bind_text(s, parameter, text.data(), int(text.size()), SQLITE_STATIC);
}

void bindText(sqlite3_stmt *s, int parameter, const QByteArray &text)
{
    sqlite3_bind_text(s, parameter, text.constData(), int(text.size()), SQLITE_STATIC);
}

// The Usage page's bounds of some rows (shared with NewDayWriter, which sums a new day in memory).
using Bounds = PageBounds;

// Adds `values` to `sums` element by element; false on an overflow.
template <size_t N> bool addAll(std::array<qint64, N> *sums, const std::array<qint64, N> &values)
{
    for (size_t i = 0; i < N; ++i) {
        if (addOverflows((*sums)[i], values[i], &(*sums)[i]))
            return false;
    }
    return true;
}

// usage_daily's sums of a model: input, cached, cache writes, output, requests, cost, unpriced
// tokens, unpriced rows, rows.
using DailySums = std::array<qint64, 9>;

}   // namespace

DetailRollups::~DetailRollups()
{
    for (sqlite3_stmt *s : m_statements)
        sqlite3_finalize(s);
}

bool DetailRollups::createTables(QSqlDatabase db, QString *error)
{
    for (const char *statement : CreateStatements) {
        if (!sql::execSchema(db, QString::fromLatin1(statement), error))
            return false;
    }
    return true;
}

bool DetailRollups::prepare(QSqlDatabase db, QString *error)
{
    if (m_db)
        return true;
    sqlite3 *handle = sql::nativeHandle(db);
    if (!handle) {
        if (error)
            *error = QStringLiteral("no SQLite connection TokenLedger can use directly");
        return false;
    }
    const QByteArray many[] = {manyRowsSql(TL_DAILY_INSERT), manyRowsSql(TL_GROUP_INSERT)};
    for (int i = 0; i < StatementCount; ++i) {
        const char *sql = i < InsertDailyMany ? RefreshStatements[i] : many[i - InsertDailyMany].constData();
        if (sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statements[i], nullptr) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
            return false;
        }
    }
    if (!m_months.prepare(handle, error))
        return false;
    m_db = handle;
    return true;
}

bool DetailRollups::refresh(QSqlDatabase db, const QSet<std::pair<qint64, QString>> &touched, QString *error,
                            bool flushMonths)
{
    if (touched.isEmpty())
        return !flushMonths || this->flushMonths(error);
    if (!prepare(db, error))
        return false;
    // By account and day: the days of a month follow each other and share its upserts.
    std::vector<std::pair<qint64, QByteArray>> days;
    days.reserve(size_t(touched.size()));
    for (const auto &[accountId, day] : touched)
        days.emplace_back(accountId, day.toUtf8());
    std::sort(days.begin(), days.end());
    QString problem;
    for (const auto &[accountId, day] : days) {
        if (!m_months.startMonth(accountId, std::string_view(day.constData(), 7), &problem) ||
            !refreshOne(accountId, day, &problem)) {
            for (sqlite3_stmt *s : m_statements)
                sqlite3_reset(s);
            m_months.discard();
            if (error)
                *error = QStringLiteral("could not update the daily totals: %1").arg(problem);
            return false;
        }
    }
    return !flushMonths || this->flushMonths(error);
}

bool DetailRollups::flushMonths(QString *error)
{
    QString problem;
    if (m_months.flush(&problem))
        return true;
    if (error)
        *error = QStringLiteral("could not update the monthly totals: %1").arg(problem);
    return false;
}

bool DetailRollups::rebuild(QSqlDatabase db, QString *error)
{
    // Every account-day usage_daily names (rebuilt from the rows first by UsageRepository; kept
    // in step by every write otherwise), read before any of them is rewritten.
    QSet<std::pair<qint64, QString>> all;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!sql::exec(db, QStringLiteral("DELETE FROM usage_page_days"), error) ||
        !sql::exec(db, QStringLiteral("DELETE FROM usage_page_buckets"), error) ||
        !sql::exec(db, QStringLiteral("DELETE FROM usage_group_months"), error) ||
        !sql::exec(db, QStringLiteral("DELETE FROM usage_group_days"), error) ||
        !sql::prepare(q, QStringLiteral("SELECT DISTINCT account_id, day FROM usage_daily"), error) ||
        !sql::exec(q, error))
        return false;
    while (q.next())
        all.insert({q.value(0).toLongLong(), q.value(1).toString()});
    if (!sql::readSucceeded(q, error))
        return false;
    q.finish();
    return refresh(db, all, error);
}

bool DetailRollups::refreshOne(qint64 accountId, const QByteArray &day, QString *error)
{
    const auto start = [&](Statement which) {
        sqlite3_stmt *s = m_statements[which];
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, accountId);
        bindText(s, 2, day);
        return s;
    };
    const auto done = [&](sqlite3_stmt *s) {
        const bool ok = sqlite3_step(s) == SQLITE_DONE;
        if (!ok)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(s);
        return ok;
    };
    const auto overflow = [&] {
        *error = QStringLiteral("the token counts or costs of %1 are too large to add up").arg(QString::fromUtf8(day));
        return false;
    };

    // One pass over the account-day's rows, in key order (model first). Texts are views of SQLite's
    // row until the next step: what is kept is copied.
    struct Group
    {
        std::string project;
        std::string apiKey;
        GroupSums sums{};
    };
    std::vector<std::pair<std::string, DailySums>> models;
    std::vector<Bounds> buckets;
    std::vector<Group> groups;
    std::unordered_map<std::string, size_t> groupIndex;   // length-prefixed project + key -> groups
    std::string groupKey;
    sqlite3_stmt *read = start(ReadRows);
    int rc;
    while ((rc = sqlite3_step(read)) == SQLITE_ROW) {
        std::array<qint64, 5> values = {sqlite3_column_int64(read, 3), sqlite3_column_int64(read, 4), 0,
                                        sqlite3_column_int64(read, 7), sqlite3_column_int64(read, 8)};
        if (addOverflows(sqlite3_column_int64(read, 5), sqlite3_column_int64(read, 6), &values[2]))
            return overflow();
        const bool unpriced = sqlite3_column_type(read, 9) == SQLITE_NULL;
        const std::optional<qint64> rowCost =
            unpriced ? std::nullopt : std::optional<qint64>(sqlite3_column_int64(read, 9));
        const std::array<std::string_view, 4> texts = {textView(read, 0), textView(read, 1), textView(read, 2),
                                                       textView(read, 10)};
        qint64 tokens = 0;
        if (addOverflows(values[0], values[1], &tokens) || addOverflows(tokens, values[2], &tokens) ||
            addOverflows(tokens, values[3], &tokens))
            return overflow();
        const qint64 cost = rowCost.value_or(0);
        const qint64 unpricedTokens = unpriced ? tokens : 0;

        const bool newModel = models.empty() || std::string_view(models.back().first) != texts[0];
        if (newModel)
            models.emplace_back(std::string(texts[0]), DailySums{});
        if (!addAll(&models.back().second,
                    {values[0], values[1], values[2], values[3], values[4], cost, unpricedTokens, unpriced ? 1 : 0, 1}))
            return overflow();
        // A bucket holds whole models; the next model starts a new one once it has enough rows.
        if (buckets.empty() || (newModel && buckets.back().rows >= MinBucketRows))
            buckets.emplace_back();
        buckets.back().add(values, rowCost, texts);

        groupKey.clear();
        const qint64 projectSize = qint64(texts[1].size());
        groupKey.append(reinterpret_cast<const char *>(&projectSize), sizeof projectSize);
        groupKey.append(texts[1]);
        groupKey.append(texts[2]);
        auto group = groupIndex.find(groupKey);
        if (group == groupIndex.end()) {
            group = groupIndex.emplace(groupKey, groups.size()).first;
            groups.push_back({std::string(texts[1]), std::string(texts[2]), {}});
        }
        if (!addAll(&groups[group->second].sums,
                    {values[0], values[1], values[2], values[3], values[4], cost, unpricedTokens, qint64(1)}))
            return overflow();
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(read);
        return false;
    }
    sqlite3_reset(read);

    // Writes `count` rows ManyRows to a statement, then one by one; bindRow(statement, first
    // parameter, index) binds a row's values after the account and day.
    const auto insertRows = [&](Statement many, Statement one, size_t count, const auto &bindRow) {
        size_t next = 0;
        for (; next + ManyRows <= count; next += ManyRows) {
            sqlite3_stmt *insert = m_statements[many];
            sqlite3_reset(insert);
            for (int row = 0; row < ManyRows; ++row) {
                const int base = row * RowParams;
                sqlite3_bind_int64(insert, base + 1, accountId);
                bindText(insert, base + 2, day);
                bindRow(insert, base + 3, next + size_t(row));
            }
            if (!done(insert))
                return false;
        }
        for (; next < count; ++next) {
            sqlite3_stmt *insert = start(one);
            bindRow(insert, 3, next);
            if (!done(insert))
                return false;
        }
        return true;
    };

    if (!done(start(DeleteDaily)) ||
        !insertRows(InsertDailyMany, InsertDaily, models.size(), [&](sqlite3_stmt *s, int p, size_t i) {
            bindText(s, p, models[i].first);
            for (size_t k = 0; k < models[i].second.size(); ++k)
                sqlite3_bind_int64(s, p + 1 + int(k), models[i].second[k]);
        }))
        return false;

    Bounds dayBounds;
    if (!done(start(DeleteBuckets)))
        return false;
    for (const Bounds &bucket : buckets) {
        sqlite3_stmt *insert = start(InsertBucket);
        bucket.bind(insert);
        if (!done(insert))
            return false;
        dayBounds.merge(bucket);
    }
    if (!done(start(DeleteDay)))
        return false;
    if (dayBounds.rows > 0) {
        sqlite3_stmt *insert = start(InsertDay);
        dayBounds.bind(insert);
        if (!done(insert))
            return false;
    }

    // The day's old groups leave their month, the new ones join it (MonthGroups adds them up).
    sqlite3_stmt *removed = start(DeleteGroups);
    while ((rc = sqlite3_step(removed)) == SQLITE_ROW) {
        GroupSums sums;
        for (size_t k = 0; k < sums.size(); ++k)
            sums[k] = sqlite3_column_int64(removed, 2 + int(k));
        if (!m_months.add(textView(removed, 0), textView(removed, 1), sums, -1)) {
            sqlite3_reset(removed);
            return overflow();
        }
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(removed);
        return false;
    }
    sqlite3_reset(removed);
    for (const Group &group : groups) {
        if (!m_months.add(group.project, group.apiKey, group.sums, 1))
            return overflow();
    }
    return insertRows(InsertGroupMany, InsertGroup, groups.size(), [&](sqlite3_stmt *s, int p, size_t i) {
        bindText(s, p, groups[i].project);
        bindText(s, p + 1, groups[i].apiKey);
        for (size_t k = 0; k < groups[i].sums.size(); ++k)
            sqlite3_bind_int64(s, p + 2 + int(k), groups[i].sums[k]);
    });
}

}   // namespace tl
