#include "modelmonths.h"

#include "sqlitestatement.h"
#include "sqlutil.h"

#include "common/overflow.h"

#include <sqlite3.h>

#include <algorithm>

namespace tl {

using sql::bindText;

namespace {

#define TL_MODEL_MONTH_INSERT "INSERT INTO usage_model_months (account_id, model, month, " TL_DAILY_SUM_COLUMNS ") "
// The sums stay integers: an overflow in `+` turns into a REAL, which the table's CHECK refuses.
#define TL_MODEL_MONTH_ADD                                                                                             \
    " ON CONFLICT (account_id, model, month) DO UPDATE SET "                                                           \
    "input_tokens = input_tokens + excluded.input_tokens, "                                                            \
    "cached_input_tokens = cached_input_tokens + excluded.cached_input_tokens, "                                       \
    "cache_write_tokens = cache_write_tokens + excluded.cache_write_tokens, "                                          \
    "output_tokens = output_tokens + excluded.output_tokens, requests = requests + excluded.requests, "                \
    "cost_nano = cost_nano + excluded.cost_nano, unpriced_tokens = unpriced_tokens + excluded.unpriced_tokens, "       \
    "unpriced_rows = unpriced_rows + excluded.unpriced_rows, row_count = row_count + excluded.row_count"
#define TL_MODEL_MONTH_SUMS                                                                                            \
    "SUM(input_tokens), SUM(cached_input_tokens), SUM(cache_write_tokens), SUM(output_tokens), SUM(requests), "        \
    "SUM(cost_nano), SUM(unpriced_tokens), SUM(unpriced_rows), SUM(row_count)"

// Rows per multi-row upsert (the rest one by one), and the values of a row: account, model, month
// and the nine sums.
constexpr int ManyRows = 16;
constexpr int RowParams = 12;

QByteArray upsertSql(int rows)
{
    return QByteArray(TL_MODEL_MONTH_INSERT "VALUES ") + sql::valuesSql(rows, RowParams) + TL_MODEL_MONTH_ADD;
}

const char *const DropEmptySql =
    "DELETE FROM usage_model_months WHERE account_id = ?1 AND model = ?2 AND month = ?3 AND row_count = 0";
const char *const AddCostSql = "UPDATE usage_model_months SET cost_nano = cost_nano + ?4, unpriced_tokens = "
                               "unpriced_tokens + ?5, unpriced_rows = unpriced_rows + ?6 WHERE account_id = ?1 AND "
                               "model = ?2 AND month = ?3";

}   // namespace

ModelMonths::~ModelMonths()
{
    for (sqlite3_stmt *s : {m_upsertMany, m_upsert, m_dropEmpty, m_addCost})
        sqlite3_finalize(s);
}

bool ModelMonths::prepare(sqlite3 *db, QString *)
{
    if (!m_db)
        m_db = db;   // the statements are prepared when first used (sql::prepareInto), on it
    return true;
}

DailySums *ModelMonths::sumsOf(qint64 accountId, std::string_view day, std::string_view model)
{
    const std::string_view month = day.substr(0, 7);
    if (!m_last || m_lastKey.first != accountId || m_lastKey.second != month) {
        m_lastKey = {accountId, std::string(month)};
        m_last = &m_months[m_lastKey];
    }
    auto found = m_last->find(model);
    if (found == m_last->end()) {
        found = m_last->emplace(std::string(model), DailySums{}).first;
        ++m_pending;
    }
    return &found->second;
}

bool ModelMonths::add(qint64 accountId, std::string_view day, std::string_view model, const DailySums &sums, int sign)
{
    DailySums *total = sumsOf(accountId, day, model);
    for (size_t i = 0; i < total->size(); ++i) {
        if (sign > 0 ? addOverflows((*total)[i], sums[i], &(*total)[i])
                     : subOverflows((*total)[i], sums[i], &(*total)[i]))
            return false;
    }
    return true;
}

bool ModelMonths::addCost(qint64 accountId, std::string_view day, std::string_view model, qint64 cost,
                          qint64 unpricedTokens, qint64 unpricedRows)
{
    DailySums *total = sumsOf(accountId, day, model);
    // DailySums: cost [5], unpriced tokens [6], unpriced rows [7].
    return !addOverflows((*total)[5], cost, &(*total)[5]) && !addOverflows((*total)[6], unpricedTokens, &(*total)[6]) &&
           !addOverflows((*total)[7], unpricedRows, &(*total)[7]);
}

bool ModelMonths::flush(QString *error)
{
    if (m_months.empty())
        return true;
    if (!m_db) {
        discard();
        if (error)
            *error = QStringLiteral("the monthly totals per model are not prepared");
        return false;
    }
    struct Row
    {
        qint64 accountId;
        const std::string *month;
        const std::string *model;
        const DailySums *sums;
    };
    const auto bindKey = [](sqlite3_stmt *s, int base, const Row &row) {
        sqlite3_bind_int64(s, base + 1, row.accountId);
        bindText(s, base + 2, *row.model);
        bindText(s, base + 3, *row.month);
    };
    const auto step = [&](sqlite3_stmt *s) {
        const bool ok = sqlite3_step(s) == SQLITE_DONE;
        if (!ok && error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(s);
        return ok;
    };
    // A re-pricing's differences (cost, unpriced tokens and rows only) update the row, which exists
    // unless the rollups were out of step: as upserts (an insert attempt, the foreign key, nine sums)
    // these rows cost 1.28x as many instructions (callgrind, 100k dense rows re-priced: 228M -> 178M).
    std::vector<Row> rows;
    rows.reserve(m_pending);
    bool ok = true;
    for (const auto &[key, models] : m_months) {
        for (const auto &[model, sums] : models) {
            if (sums == DailySums{})
                continue;
            const Row row{key.first, &key.second, &model, &sums};
            const bool costOnly =
                std::all_of(sums.begin(), sums.begin() + 5, [](qint64 v) { return v == 0; }) && sums[8] == 0;
            if (costOnly && ok) {
                ok = m_addCost || sql::prepareInto(m_db, &m_addCost, AddCostSql, error);
                if (!ok)
                    break;
                bindKey(m_addCost, 0, row);
                for (int k = 0; k < 3; ++k)
                    sqlite3_bind_int64(m_addCost, 4 + k, sums[size_t(5 + k)]);
                ok = step(m_addCost);
                if (sqlite3_changes(m_db) == 1)
                    continue;
            }
            rows.push_back(row);
        }
    }
    // In the key's order (account, model, month): neighbouring upserts touch neighbouring pages.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.accountId, *a.model, *a.month) < std::tie(b.accountId, *b.model, *b.month);
    });
    const auto bindRow = [&](sqlite3_stmt *s, int base, const Row &row) {
        bindKey(s, base, row);
        for (size_t k = 0; k < row.sums->size(); ++k)
            sqlite3_bind_int64(s, base + 4 + int(k), (*row.sums)[k]);
    };
    size_t next = 0;
    for (; ok && next + ManyRows <= rows.size(); next += ManyRows) {
        ok = m_upsertMany || sql::prepareInto(m_db, &m_upsertMany, upsertSql(ManyRows), error);
        for (int row = 0; ok && row < ManyRows; ++row)
            bindRow(m_upsertMany, row * RowParams, rows[next + size_t(row)]);
        ok = ok && step(m_upsertMany);
    }
    for (; ok && next < rows.size(); ++next) {
        ok = m_upsert || sql::prepareInto(m_db, &m_upsert, upsertSql(1), error);
        if (ok)
            bindRow(m_upsert, 0, rows[next]);
        ok = ok && step(m_upsert);
    }
    // A row can only have been emptied by a difference that took rows away.
    for (size_t i = 0; ok && i < rows.size(); ++i) {
        if (rows[i].sums->back() >= 0)
            continue;
        ok = m_dropEmpty || sql::prepareInto(m_db, &m_dropEmpty, DropEmptySql, error);
        if (!ok)
            break;
        sqlite3_bind_int64(m_dropEmpty, 1, rows[i].accountId);
        bindText(m_dropEmpty, 2, *rows[i].model);
        bindText(m_dropEmpty, 3, *rows[i].month);
        ok = step(m_dropEmpty);
    }
    discard();
    return ok;
}

void ModelMonths::discard()
{
    m_months.clear();
    m_last = nullptr;
    m_pending = 0;
}

bool ModelMonths::rebuild(QSqlDatabase db, QString *error)
{
    return sql::exec(db, QStringLiteral("DELETE FROM usage_model_months"), error) &&
           sql::exec(db,
                     QStringLiteral(TL_MODEL_MONTH_INSERT
                                    "SELECT account_id, model, substr(day, 1, 7), " TL_MODEL_MONTH_SUMS
                                    " FROM usage_daily GROUP BY account_id, model, substr(day, 1, 7)"),
                     error);
}

bool ModelMonths::recount(sqlite3 *db, const std::set<std::pair<qint64, std::string>> &months, QString *error)
{
    for (const auto &[accountId, month] : months) {
        for (const char *sql :
             {"DELETE FROM usage_model_months WHERE account_id = ?1 AND month = ?2",
              TL_MODEL_MONTH_INSERT "SELECT account_id, model, ?2, " TL_MODEL_MONTH_SUMS " FROM usage_daily WHERE day "
                                    "BETWEEN ?2 || '-01' AND ?2 || '-31' AND account_id = ?1 GROUP BY account_id, "
                                    "model"}) {
            sql::SqliteStatement s;
            if (!s.prepare(db, QByteArray(sql), error))
                return false;
            s.bind(1, accountId);
            s.bind(2, QString::fromStdString(month));
            s.step();
            if (!s.ok()) {
                if (error)
                    *error = s.error();
                return false;
            }
        }
    }
    return true;
}

}   // namespace tl
