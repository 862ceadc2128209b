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
#include <tuple>
#include <vector>

namespace tl {

using sql::bindText;

namespace {

#define TL_BOUND_TABLE                                                                                                 \
    "day TEXT NOT NULL, account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "                       \
    "model_lo TEXT NOT NULL, model_hi TEXT NOT NULL, input_lo INTEGER NOT NULL, input_hi INTEGER NOT NULL, "           \
    "cached_lo INTEGER NOT NULL, cached_hi INTEGER NOT NULL, write_lo INTEGER NOT NULL, write_hi INTEGER NOT NULL, "   \
    "output_lo INTEGER NOT NULL, output_hi INTEGER NOT NULL, requests_lo INTEGER NOT NULL, "                           \
    "requests_hi INTEGER NOT NULL, cost_lo INTEGER, cost_hi INTEGER, project_lo TEXT NOT NULL, "                       \
    "project_hi TEXT NOT NULL, key_lo TEXT NOT NULL, key_hi TEXT NOT NULL, status_lo TEXT NOT NULL, "                  \
    "status_hi TEXT NOT NULL, "

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

#define TL_DAILY_INSERT "INSERT INTO usage_daily (account_id, day, model, " TL_DAILY_SUM_COLUMNS ") "
#define TL_GROUP_INSERT "INSERT INTO usage_group_days (account_id, day, project, api_key_id, " TL_GROUP_SUM_COLUMNS ") "

const char *const CreateStatements[] = {
    "CREATE TABLE usage_page_buckets (" TL_BOUND_TABLE "PRIMARY KEY (day, account_id, model_lo)) WITHOUT ROWID",
    "CREATE TABLE usage_page_days (" TL_BOUND_TABLE "PRIMARY KEY (day, account_id)) WITHOUT ROWID",
    "CREATE TABLE usage_group_days (day TEXT NOT NULL," TL_GROUP_TABLE
    "PRIMARY KEY (day, account_id, project, api_key_id)) WITHOUT ROWID",
    "CREATE TABLE usage_group_months (month TEXT NOT NULL CHECK (length(month) = 7)," TL_GROUP_TABLE
    "PRIMARY KEY (month, account_id, project, api_key_id)) WITHOUT ROWID",
};

#define TL_DAILY_KEY " WHERE day = ?2 AND account_id = ?1 AND model = ?3"
#define TL_GROUP_KEY " WHERE day = ?2 AND account_id = ?1 AND project = ?3 AND api_key_id = ?4"

// Per (account ?1, day ?2), in the order of DetailRollups::Statement. The day's rows are read in
// key order (the primary key's order: no sort). usage_daily's and usage_group_days' rows of the
// day are read first and only those whose sums moved are written (see writeModels, writeGroups).
const char *const RefreshStatements[] = {
    "SELECT model, project, api_key_id, input_tokens, cached_input_tokens, cache_write_5m_tokens, "
    "cache_write_1h_tokens, output_tokens, requests, cost_nano, cost_status FROM usage "
    "WHERE day = ?2 AND account_id = ?1 ORDER BY model, project, api_key_id, service_tier, source",
    "SELECT model, " TL_DAILY_SUM_COLUMNS " FROM usage_daily WHERE day = ?2 AND account_id = ?1 ORDER BY model",
    "DELETE FROM usage_daily" TL_DAILY_KEY,
    TL_DAILY_INSERT "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    // Unpriced sums unchanged: they stay out of the SET, so usage_models' update trigger (AFTER
    // UPDATE OF them) does not run.
    "UPDATE usage_daily SET input_tokens = ?4, cached_input_tokens = ?5, cache_write_tokens = ?6, output_tokens = ?7, "
    "requests = ?8, cost_nano = ?9, row_count = ?12" TL_DAILY_KEY,
    "UPDATE usage_daily SET input_tokens = ?4, cached_input_tokens = ?5, cache_write_tokens = ?6, output_tokens = ?7, "
    "requests = ?8, cost_nano = ?9, unpriced_tokens = ?10, unpriced_rows = ?11, row_count = ?12" TL_DAILY_KEY,
    "DELETE FROM usage_page_buckets WHERE day = ?2 AND account_id = ?1",
    "DELETE FROM usage_page_days WHERE day = ?2 AND account_id = ?1",
    TL_PAGE_DAY_INSERT,
    "SELECT project, api_key_id, " TL_GROUP_SUM_COLUMNS " FROM usage_group_days WHERE day = ?2 AND account_id = ?1 "
    "ORDER BY project, api_key_id",
    "DELETE FROM usage_group_days" TL_GROUP_KEY,
    TL_GROUP_INSERT "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    "UPDATE usage_group_days SET input_tokens = ?5, cached_input_tokens = ?6, cache_write_tokens = ?7, "
    "output_tokens = ?8, requests = ?9, cost_nano = ?10, unpriced_tokens = ?11, row_count = ?12" TL_GROUP_KEY,
};
static_assert(std::size(RefreshStatements) == DetailRollups::InsertDailyMany);

// usage_daily's and usage_group_days' rows are written several to a statement, in the largest
// first (the rest one by one): with 80 models a day, one statement per row was most of a rollup's
// cost, and the sparse shape's 8 models and 29 groups a day were mostly left to single rows. Both
// take RowParams values a row: account, day, two texts (a model: one text, then nine sums; a group:
// two texts and eight), so a row's values start at row * RowParams + 1.
constexpr std::array<int, 4> ManyRows = {16, 8, 4, 2};
constexpr int RowParams = 12;
static_assert(DetailRollups::InsertGroupMany - DetailRollups::InsertDailyMany == int(ManyRows.size()) &&
              DetailRollups::StatementCount - DetailRollups::InsertGroupMany == int(ManyRows.size()));

QByteArray manyRowsSql(const char *insert, int rows)
{
    return QByteArray(insert) + "VALUES " + sql::valuesSql(rows, RowParams);
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
    if (!m_months.prepare(handle, error) || (m_keepModels && !m_modelMonths.prepare(handle, error)))
        return false;
    m_db = handle;
    return true;
}

sqlite3_stmt *DetailRollups::statement(int which)
{
    sqlite3_stmt **slot = &m_statements[size_t(which)];
    if (*slot)
        return *slot;
    const int many = (which - InsertDailyMany) % int(ManyRows.size());
    const QByteArray sql =
        which < InsertDailyMany
            ? QByteArray(RefreshStatements[which])
            : manyRowsSql(which < InsertGroupMany ? TL_DAILY_INSERT : TL_GROUP_INSERT, ManyRows[size_t(many)]);
    return sql::prepareInto(m_db, slot, sql, &m_prepareError) ? *slot : nullptr;
}

ModelMonths *DetailRollups::modelMonths(QSqlDatabase db, QString *error)
{
    return prepare(db, error) ? &m_modelMonths : nullptr;
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
            !refreshOne(accountId, day, &problem) ||
            (m_modelMonths.pending() > ModelMonths::PendingLimit && !m_modelMonths.flush(&problem))) {
            for (sqlite3_stmt *s : m_statements)
                sqlite3_reset(s);
            m_months.discard();
            m_modelMonths.discard();
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
    if (m_months.flush(&problem) && m_modelMonths.flush(&problem))
        return true;
    m_modelMonths.discard();
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

sqlite3_stmt *DetailRollups::start(Statement which, qint64 accountId, const QByteArray &day)
{
    sqlite3_stmt *s = statement(which);
    if (!s)
        return nullptr;
    sqlite3_reset(s);
    sqlite3_bind_int64(s, 1, accountId);
    bindText(s, 2, day);
    return s;
}

bool DetailRollups::done(sqlite3_stmt *s, QString *error)
{
    if (!s) {
        *error = m_prepareError;
        return false;
    }
    const bool ok = sqlite3_step(s) == SQLITE_DONE;
    if (!ok)
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(s);
    return ok;
}

bool DetailRollups::readAll(sqlite3_stmt *s, QString *error, const std::function<void(sqlite3_stmt *)> &row)
{
    if (!s) {
        *error = m_prepareError;
        return false;
    }
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        row(s);
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(s);
    return rc == SQLITE_DONE;
}

template <typename BindRow>
bool DetailRollups::insertRows(Statement many, Statement one, qint64 accountId, const QByteArray &day, size_t count,
                               const BindRow &bindRow, QString *error)
{
    size_t next = 0;
    for (size_t k = 0; k < ManyRows.size(); ++k) {
        const int rows = ManyRows[k];
        for (; next + size_t(rows) <= count; next += size_t(rows)) {
            sqlite3_stmt *insert = statement(many + int(k));
            if (!insert)
                return done(insert, error);
            sqlite3_reset(insert);
            for (int row = 0; row < rows; ++row) {
                const int base = row * RowParams;
                sqlite3_bind_int64(insert, base + 1, accountId);
                bindText(insert, base + 2, day);
                bindRow(insert, base + 3, next + size_t(row));
            }
            if (!done(insert, error))
                return false;
        }
    }
    for (; next < count; ++next) {
        sqlite3_stmt *insert = start(one, accountId, day);
        if (!insert)
            return done(insert, error);
        bindRow(insert, 3, next);
        if (!done(insert, error))
            return false;
    }
    return true;
}

bool DetailRollups::refreshOne(qint64 accountId, const QByteArray &day, QString *error)
{
    // One pass over the account-day's rows, or none when the writer computed the day's rollups
    // from the rows it had read (provide()).
    if (const auto provided = m_provided.find({accountId, day}); provided != m_provided.end()) {
        std::swap(m_day, provided->second);
        m_provided.erase(provided);
    } else {
        sqlite3_stmt *read = start(ReadRows, accountId, day);
        if (!read)
            return done(read, error);
        const bool summed = m_day.read(m_db, read, MinBucketRows, QString::fromUtf8(day), error);
        sqlite3_reset(read);
        if (!summed)
            return false;
    }
    if (!writeModels(accountId, day, error))
        return false;

    PageBounds dayBounds;
    if (!done(start(DeleteBuckets, accountId, day), error))
        return false;
    const auto &buckets = m_day.buckets();
    if (!m_buckets.insert(m_db, accountId, std::string_view(day.constData(), size_t(day.size())), buckets, error))
        return false;
    for (const PageBounds &bucket : buckets)
        dayBounds.merge(bucket);
    if (!done(start(DeleteDay, accountId, day), error))
        return false;
    if (dayBounds.rows > 0) {
        sqlite3_stmt *insert = start(InsertDay, accountId, day);
        if (insert)   // else done() fails with why it could not be prepared
            dayBounds.bind(insert);
        if (!done(insert, error))
            return false;
    }
    return writeGroups(accountId, day, error);
}

bool DetailRollups::writeModels(qint64 accountId, const QByteArray &day, QString *error)
{
    m_oldModels.clear();
    if (!readAll(start(ReadDaily, accountId, day), error, [&](sqlite3_stmt *s) {
            DailySums sums;
            for (size_t k = 0; k < sums.size(); ++k)
                sums[k] = sqlite3_column_int64(s, 1 + int(k));
            m_oldModels.emplace_back(std::string(sql::columnText(s, 0)), sums);
        }))
        return false;
    // Both in model order: a model only stored is gone, one only summed is new, one in both is
    // written only when a sum moved.
    const auto &models = m_day.models();
    const std::string_view dayView(day.constData(), size_t(day.size()));
    // usage_model_months takes each row's difference (not while the table does not exist yet).
    const auto month = [&](const std::string &model, const DailySums &sums, int sign) {
        if (!m_keepModels || m_modelMonths.add(accountId, dayView, model, sums, sign))
            return true;
        *error = sumsTooLarge(QString::fromUtf8(day));
        return false;
    };
    const auto remove = [&](const std::string &model, const DailySums &sums) {
        if (!month(model, sums, -1))
            return false;
        sqlite3_stmt *s = start(DeleteDailyModel, accountId, day);
        if (s)
            bindText(s, 3, model);
        return done(s, error);
    };
    m_added.clear();
    size_t old = 0;
    for (size_t i = 0; i < models.size(); ++i) {
        const auto &[model, sums] = models[i];
        for (; old < m_oldModels.size() && m_oldModels[old].first < model; ++old) {
            if (!remove(m_oldModels[old].first, m_oldModels[old].second))
                return false;
        }
        if (old == m_oldModels.size() || m_oldModels[old].first != model) {
            if (!month(model, sums, 1))
                return false;
            m_added.push_back(i);
            continue;
        }
        const DailySums &stored = m_oldModels[old++].second;
        if (stored == sums)
            continue;
        if (!month(model, stored, -1) || !month(model, sums, 1))
            return false;
        // DailySums' unpriced tokens and rows: [6] and [7].
        const bool unpricedMoved = stored[6] != sums[6] || stored[7] != sums[7];
        sqlite3_stmt *update = start(unpricedMoved ? UpdateDailyAll : UpdateDaily, accountId, day);
        if (!update)
            return done(update, error);
        bindText(update, 3, model);
        for (size_t k = 0; k < sums.size(); ++k)
            sqlite3_bind_int64(update, 4 + int(k), sums[k]);
        if (!done(update, error))
            return false;
    }
    for (; old < m_oldModels.size(); ++old) {
        if (!remove(m_oldModels[old].first, m_oldModels[old].second))
            return false;
    }
    if (!insertRows(
            InsertDailyMany, InsertDaily, accountId, day, m_added.size(),
            [&](sqlite3_stmt *s, int p, size_t i) {
                const auto &[model, sums] = models[m_added[i]];
                bindText(s, p, model);
                for (size_t k = 0; k < sums.size(); ++k)
                    sqlite3_bind_int64(s, p + 1 + int(k), sums[k]);
            },
            error))
        return false;
    // The inserted rows' models and unpriced sums (usage_models: no insert trigger since schema 20).
    for (size_t i = 0; m_keepModels && i < m_added.size(); ++i) {
        const auto &[model, sums] = models[m_added[i]];
        if (!m_models.add(m_db, accountId, model, sums[6], sums[7], error))
            return false;
    }
    return true;
}

bool DetailRollups::writeGroups(qint64 accountId, const QByteArray &day, QString *error)
{
    m_oldGroups.clear();
    if (!readAll(start(ReadGroups, accountId, day), error, [&](sqlite3_stmt *s) {
            DayRollup::Group group{std::string(sql::columnText(s, 0)), std::string(sql::columnText(s, 1)), {}};
            for (size_t k = 0; k < group.sums.size(); ++k)
                group.sums[k] = sqlite3_column_int64(s, 2 + int(k));
            m_oldGroups.push_back(std::move(group));
        }))
        return false;
    // The summed groups in the stored order (project, then key; bytes, as SQLite's BINARY).
    const auto &groups = m_day.groups();
    m_order.resize(groups.size());
    for (size_t i = 0; i < groups.size(); ++i)
        m_order[i] = i;
    const auto keyOf = [](const DayRollup::Group &g) { return std::tie(g.project, g.apiKey); };
    std::sort(m_order.begin(), m_order.end(), [&](size_t a, size_t b) { return keyOf(groups[a]) < keyOf(groups[b]); });

    // A group whose sums moved leaves its month with its old sums and joins it with the new ones
    // (MonthGroups adds them up); a group that stays as it was changes nothing and is not written.
    const auto leave = [&](const DayRollup::Group &stored, bool remove) {
        if (!m_months.add(stored.project, stored.apiKey, stored.sums, -1)) {
            *error = sumsTooLarge(QString::fromUtf8(day));
            return false;
        }
        if (!remove)
            return true;
        sqlite3_stmt *s = start(DeleteGroup, accountId, day);
        if (!s)
            return done(s, error);
        bindText(s, 3, stored.project);
        bindText(s, 4, stored.apiKey);
        return done(s, error);
    };
    const auto join = [&](const DayRollup::Group &group) {
        if (m_months.add(group.project, group.apiKey, group.sums, 1))
            return true;
        *error = sumsTooLarge(QString::fromUtf8(day));
        return false;
    };
    m_added.clear();
    size_t old = 0;
    for (const size_t i : m_order) {
        const DayRollup::Group &group = groups[i];
        for (; old < m_oldGroups.size() && keyOf(m_oldGroups[old]) < keyOf(group); ++old) {
            if (!leave(m_oldGroups[old], true))
                return false;
        }
        if (old == m_oldGroups.size() || keyOf(m_oldGroups[old]) != keyOf(group)) {
            m_added.push_back(i);
            if (!join(group))
                return false;
            continue;
        }
        const DayRollup::Group &stored = m_oldGroups[old++];
        if (stored.sums == group.sums)
            continue;
        if (!leave(stored, false) || !join(group))
            return false;
        sqlite3_stmt *update = start(UpdateGroup, accountId, day);
        if (!update)
            return done(update, error);
        bindText(update, 3, group.project);
        bindText(update, 4, group.apiKey);
        for (size_t k = 0; k < group.sums.size(); ++k)
            sqlite3_bind_int64(update, 5 + int(k), group.sums[k]);
        if (!done(update, error))
            return false;
    }
    for (; old < m_oldGroups.size(); ++old) {
        if (!leave(m_oldGroups[old], true))
            return false;
    }
    return insertRows(
        InsertGroupMany, InsertGroup, accountId, day, m_added.size(),
        [&](sqlite3_stmt *s, int p, size_t i) {
            const DayRollup::Group &group = groups[m_added[i]];
            bindText(s, p, group.project);
            bindText(s, p + 1, group.apiKey);
            for (size_t k = 0; k < group.sums.size(); ++k)
                sqlite3_bind_int64(s, p + 2 + int(k), group.sums[k]);
        },
        error);
}

}   // namespace tl
