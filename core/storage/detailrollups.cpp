#include "detailrollups.h"

#include "common/overflow.h"
#include "queryloop.h"
#include "schemadialect.h"
#include "sqlitestatement.h"
#include "sqlutil.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <optional>
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

// Adds (sign "") or takes away (sign "-") one account-day's groups to or from their month.
#define TL_MONTH_ADJUST(sign)                                                                                          \
    "INSERT INTO usage_group_months (month, account_id, project, api_key_id, " TL_GROUP_COLUMNS ") "                   \
    "SELECT substr(day, 1, 7), account_id, project, api_key_id, " sign "input_tokens, " sign                           \
    "cached_input_tokens, " sign "cache_write_tokens, " sign "output_tokens, " sign "requests, " sign                  \
    "cost_nano, " sign "unpriced_tokens, " sign "row_count FROM usage_group_days WHERE day = ?2 AND account_id = ?1 "  \
    "ON CONFLICT (month, account_id, project, api_key_id) DO UPDATE SET "                                              \
    "input_tokens = input_tokens + excluded.input_tokens, "                                                            \
    "cached_input_tokens = cached_input_tokens + excluded.cached_input_tokens, "                                       \
    "cache_write_tokens = cache_write_tokens + excluded.cache_write_tokens, "                                          \
    "output_tokens = output_tokens + excluded.output_tokens, requests = requests + excluded.requests, "                \
    "cost_nano = cost_nano + excluded.cost_nano, unpriced_tokens = unpriced_tokens + excluded.unpriced_tokens, "       \
    "row_count = row_count + excluded.row_count"

const char *const CreateStatements[] = {
    "CREATE TABLE usage_page_buckets (" TL_BOUND_TABLE "PRIMARY KEY (day, account_id, model_lo)) WITHOUT ROWID",
    "CREATE TABLE usage_page_days (" TL_BOUND_TABLE "PRIMARY KEY (day, account_id)) WITHOUT ROWID",
    "CREATE TABLE usage_group_days (day TEXT NOT NULL," TL_GROUP_TABLE
    "PRIMARY KEY (day, account_id, project, api_key_id)) WITHOUT ROWID",
    "CREATE TABLE usage_group_months (month TEXT NOT NULL CHECK (length(month) = 7)," TL_GROUP_TABLE
    "PRIMARY KEY (month, account_id, project, api_key_id)) WITHOUT ROWID",
};

// Per (account ?1, day ?2), in the order of DetailRollups::Statement. The month loses the day's old
// groups before they are replaced and gains the new ones after; a month group no row is left in goes.
const char *const RefreshStatements[] = {
    "SELECT model, project, api_key_id, input_tokens, cached_input_tokens, cache_write_5m_tokens, "
    "cache_write_1h_tokens, output_tokens, requests, cost_nano, cost_status FROM usage "
    "WHERE day = ?2 AND account_id = ?1",
    "DELETE FROM usage_daily WHERE account_id = ?1 AND day = ?2",
    "INSERT INTO usage_daily (account_id, day, model, input_tokens, cached_input_tokens, cache_write_tokens, "
    "output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    "DELETE FROM usage_page_buckets WHERE day = ?2 AND account_id = ?1",
    "INSERT INTO usage_page_buckets (account_id, day, " TL_BOUND_COLUMNS ") VALUES (?1, ?2, " TL_BOUND_PARAMS ")",
    "DELETE FROM usage_page_days WHERE day = ?2 AND account_id = ?1",
    "INSERT INTO usage_page_days (account_id, day, " TL_BOUND_COLUMNS ") VALUES (?1, ?2, " TL_BOUND_PARAMS ")",
    TL_MONTH_ADJUST("-"),
    "DELETE FROM usage_group_days WHERE day = ?2 AND account_id = ?1",
    "INSERT INTO usage_group_days (account_id, day, project, api_key_id, " TL_GROUP_COLUMNS
    ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    TL_MONTH_ADJUST(""),
    "DELETE FROM usage_group_months WHERE month = substr(?2, 1, 7) AND account_id = ?1 AND row_count = 0",
};
static_assert(std::size(RefreshStatements) == DetailRollups::StatementCount);

QByteArray deepCopy(const QByteArray &bytes)
{
    return QByteArray(bytes.constData(), bytes.size());
}

// A view of a text column, valid until the statement steps again.
QByteArray textView(sqlite3_stmt *s, int column)
{
    const char *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return QByteArray::fromRawData(text ? text : "", sqlite3_column_bytes(s, column));
}

void bindText(sqlite3_stmt *s, int parameter, const QByteArray &text)
{
    sqlite3_bind_text(s, parameter, text.constData(), int(text.size()), SQLITE_STATIC);
}

// The smallest and largest values of the columns the Usage page sorts by over some rows. Texts
// compare as SQLite's BINARY collation does (bytes, then length); a NULL cost is the smallest.
struct Bounds
{
    qint64 rows = 0;
    std::array<qint64, 5> lo{};   // input, cached, cache writes, output, requests
    std::array<qint64, 5> hi{};
    bool costNull = false;          // some row is unpriced: the lowest cost is NULL
    std::optional<qint64> costLo;   // over the priced rows
    std::optional<qint64> costHi;
    std::array<QByteArray, 4> textLo;   // model, project, API key, cost status
    std::array<QByteArray, 4> textHi;

    // `o`'s texts may be views of SQLite's buffer: what is kept is copied.
    void merge(const Bounds &o)
    {
        const bool first = rows == 0;
        for (size_t i = 0; i < lo.size(); ++i) {
            lo[i] = first ? o.lo[i] : std::min(lo[i], o.lo[i]);
            hi[i] = first ? o.hi[i] : std::max(hi[i], o.hi[i]);
        }
        costNull = costNull || o.costNull;
        if (o.costLo && (!costLo || *o.costLo < *costLo))
            costLo = o.costLo;
        if (o.costHi && (!costHi || *o.costHi > *costHi))
            costHi = o.costHi;
        for (size_t i = 0; i < textLo.size(); ++i) {
            if (first || o.textLo[i] < textLo[i])
                textLo[i] = deepCopy(o.textLo[i]);
            if (first || o.textHi[i] > textHi[i])
                textHi[i] = deepCopy(o.textHi[i]);
        }
        rows += o.rows;
    }

    // At ?3 .. ?22, in the order of TL_BOUND_COLUMNS.
    void bind(sqlite3_stmt *s) const
    {
        int p = 3;
        bindText(s, p++, textLo[0]);
        bindText(s, p++, textHi[0]);
        for (size_t i = 0; i < lo.size(); ++i) {
            sqlite3_bind_int64(s, p++, lo[i]);
            sqlite3_bind_int64(s, p++, hi[i]);
        }
        for (const std::optional<qint64> &cost : {costNull ? std::nullopt : costLo, costHi}) {
            if (cost)
                sqlite3_bind_int64(s, p++, *cost);
            else
                sqlite3_bind_null(s, p++);
        }
        for (size_t i = 1; i < textLo.size(); ++i) {
            bindText(s, p++, textLo[i]);
            bindText(s, p++, textHi[i]);
        }
    }
};

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
// A (project, key) group's, in the order of TL_GROUP_COLUMNS.
using GroupSums = std::array<qint64, 8>;

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
    for (int i = 0; i < StatementCount; ++i) {
        if (sqlite3_prepare_v3(handle, RefreshStatements[i], -1, SQLITE_PREPARE_PERSISTENT, &m_statements[i],
                               nullptr) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
            return false;
        }
    }
    m_db = handle;
    return true;
}

bool DetailRollups::refresh(QSqlDatabase db, const QSet<std::pair<qint64, QString>> &touched, QString *error)
{
    if (touched.isEmpty())
        return true;
    if (!prepare(db, error))
        return false;
    for (const auto &[accountId, day] : touched) {
        QString problem;
        if (!refreshOne(accountId, day.toUtf8(), &problem)) {
            for (sqlite3_stmt *s : m_statements)
                sqlite3_reset(s);
            if (error)
                *error = QStringLiteral("could not update the daily totals: %1").arg(problem);
            return false;
        }
    }
    return true;
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

    // One pass over the account-day's rows, in key order (model first).
    std::vector<std::pair<QByteArray, DailySums>> models;
    std::vector<Bounds> buckets;
    std::map<std::pair<QByteArray, QByteArray>, GroupSums> groups;
    sqlite3_stmt *read = start(ReadRows);
    int rc;
    while ((rc = sqlite3_step(read)) == SQLITE_ROW) {
        Bounds row;
        row.rows = 1;
        row.lo = {sqlite3_column_int64(read, 3), sqlite3_column_int64(read, 4), 0, sqlite3_column_int64(read, 7),
                  sqlite3_column_int64(read, 8)};
        if (addOverflows(sqlite3_column_int64(read, 5), sqlite3_column_int64(read, 6), &row.lo[2]))
            return overflow();
        row.hi = row.lo;
        row.costNull = sqlite3_column_type(read, 9) == SQLITE_NULL;
        if (!row.costNull)
            row.costLo = row.costHi = sqlite3_column_int64(read, 9);
        row.textLo = {textView(read, 0), textView(read, 1), textView(read, 2), textView(read, 10)};
        row.textHi = row.textLo;
        qint64 tokens = 0;
        if (addOverflows(row.lo[0], row.lo[1], &tokens) || addOverflows(tokens, row.lo[2], &tokens) ||
            addOverflows(tokens, row.lo[3], &tokens))
            return overflow();
        const qint64 cost = row.costLo.value_or(0);
        const qint64 unpricedTokens = row.costNull ? tokens : 0;

        const bool newModel = models.empty() || models.back().first != row.textLo[0];
        if (newModel)
            models.emplace_back(deepCopy(row.textLo[0]), DailySums{});
        if (!addAll(&models.back().second, {row.lo[0], row.lo[1], row.lo[2], row.lo[3], row.lo[4], cost, unpricedTokens,
                                            row.costNull ? 1 : 0, 1}))
            return overflow();
        // A bucket holds whole models; the next model starts a new one once it has enough rows.
        if (buckets.empty() || (newModel && buckets.back().rows >= MinBucketRows))
            buckets.emplace_back();
        buckets.back().merge(row);

        const auto key = std::pair(row.textLo[1], row.textLo[2]);
        auto group = groups.find(key);
        if (group == groups.end())
            group = groups.emplace(std::pair(deepCopy(key.first), deepCopy(key.second)), GroupSums{}).first;
        if (!addAll(&group->second,
                    {row.lo[0], row.lo[1], row.lo[2], row.lo[3], row.lo[4], cost, unpricedTokens, qint64(1)}))
            return overflow();
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(read);
        return false;
    }
    sqlite3_reset(read);

    if (!done(start(DeleteDaily)))
        return false;
    for (const auto &[model, sums] : models) {
        sqlite3_stmt *insert = start(InsertDaily);
        bindText(insert, 3, model);
        for (size_t i = 0; i < sums.size(); ++i)
            sqlite3_bind_int64(insert, int(4 + i), sums[i]);
        if (!done(insert))
            return false;
    }

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

    if (!done(start(MonthWithoutDay)) || !done(start(DeleteGroups)))
        return false;
    for (const auto &[key, sums] : groups) {
        sqlite3_stmt *insert = start(InsertGroup);
        bindText(insert, 3, key.first);
        bindText(insert, 4, key.second);
        for (size_t i = 0; i < sums.size(); ++i)
            sqlite3_bind_int64(insert, int(5 + i), sums[i]);
        if (!done(insert))
            return false;
    }
    return done(start(MonthWithDay)) && done(start(DropEmptyMonthGroups));
}

}   // namespace tl
