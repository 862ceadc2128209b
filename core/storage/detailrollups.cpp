#include "detailrollups.h"

#include "queryloop.h"
#include "schemadialect.h"
#include "sqlitestatement.h"
#include "sqlutil.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <string_view>
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

void bindText(sqlite3_stmt *s, int parameter, std::string_view text)
{
    sqlite3_bind_text(s, parameter, text.data(), int(text.size()), SQLITE_STATIC);
}

void bindText(sqlite3_stmt *s, int parameter, const QByteArray &text)
{
    sqlite3_bind_text(s, parameter, text.constData(), int(text.size()), SQLITE_STATIC);
}

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
    // One pass over the account-day's rows.
    sqlite3_stmt *read = start(ReadRows);
    const bool summed = m_day.read(m_db, read, MinBucketRows, QString::fromUtf8(day), error);
    sqlite3_reset(read);
    if (!summed)
        return false;
    const auto &models = m_day.models();
    const auto &groups = m_day.groups();

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

    PageBounds dayBounds;
    if (!done(start(DeleteBuckets)))
        return false;
    for (const PageBounds &bucket : m_day.buckets()) {
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
    int rc;
    while ((rc = sqlite3_step(removed)) == SQLITE_ROW) {
        GroupSums sums;
        for (size_t k = 0; k < sums.size(); ++k)
            sums[k] = sqlite3_column_int64(removed, 2 + int(k));
        if (!m_months.add(sql::columnText(removed, 0), sql::columnText(removed, 1), sums, -1)) {
            sqlite3_reset(removed);
            *error = sumsTooLarge(QString::fromUtf8(day));
            return false;
        }
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(removed);
        return false;
    }
    sqlite3_reset(removed);
    for (const DayRollup::Group &group : groups) {
        if (!m_months.add(group.project, group.apiKey, group.sums, 1)) {
            *error = sumsTooLarge(QString::fromUtf8(day));
            return false;
        }
    }
    return insertRows(InsertGroupMany, InsertGroup, groups.size(), [&](sqlite3_stmt *s, int p, size_t i) {
        bindText(s, p, groups[i].project);
        bindText(s, p + 1, groups[i].apiKey);
        for (size_t k = 0; k < groups[i].sums.size(); ++k)
            sqlite3_bind_int64(s, p + 2 + int(k), groups[i].sums[k]);
    });
}

}   // namespace tl
