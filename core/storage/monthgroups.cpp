#include "monthgroups.h"

#include "sqlitestatement.h"

#include "common/overflow.h"

#include <sqlite3.h>

namespace tl {

using sql::bindText;

namespace {

#define TL_MONTH_UPSERT                                                                                                \
    "INSERT INTO usage_group_months (month, account_id, project, api_key_id, " TL_GROUP_SUM_COLUMNS ") VALUES "
// The sums stay integers: an overflow in `+` turns into a REAL, which the table's CHECK refuses.
#define TL_MONTH_ADD                                                                                                   \
    " ON CONFLICT (month, account_id, project, api_key_id) DO UPDATE SET "                                             \
    "input_tokens = input_tokens + excluded.input_tokens, "                                                            \
    "cached_input_tokens = cached_input_tokens + excluded.cached_input_tokens, "                                       \
    "cache_write_tokens = cache_write_tokens + excluded.cache_write_tokens, "                                          \
    "output_tokens = output_tokens + excluded.output_tokens, requests = requests + excluded.requests, "                \
    "cost_nano = cost_nano + excluded.cost_nano, unpriced_tokens = unpriced_tokens + excluded.unpriced_tokens, "       \
    "row_count = row_count + excluded.row_count"

// Month groups written per multi-row statement (the rest one by one), and the values of a row:
// month, account, project, key and the eight sums.
constexpr int ManyRows = 16;
constexpr int RowParams = 12;

QByteArray upsertSql(int rows)
{
    return TL_MONTH_UPSERT + sql::valuesSql(rows, RowParams) + TL_MONTH_ADD;
}

}   // namespace

MonthGroups::~MonthGroups()
{
    for (sqlite3_stmt *s : {m_upsertMany, m_upsert, m_dropEmpty})
        sqlite3_finalize(s);
}

bool MonthGroups::prepare(sqlite3 *db, QString *)
{
    if (!m_db)
        m_db = db;   // the statements are prepared when first used (sql::prepareInto), on it
    return true;
}

bool MonthGroups::startMonth(qint64 accountId, std::string_view month, QString *error)
{
    if (!m_month.isEmpty() && (m_accountId != accountId || std::string_view(m_month) != month) && !flush(error))
        return false;
    m_accountId = accountId;
    m_month = QByteArray(month.data(), qsizetype(month.size()));
    return true;
}

bool GroupTable::add(std::string_view project, std::string_view apiKey, const GroupSums &sums, int sign)
{
    m_key.clear();
    const qint64 projectSize = qint64(project.size());
    m_key.append(reinterpret_cast<const char *>(&projectSize), sizeof projectSize);
    m_key.append(project);
    m_key.append(apiKey);
    auto found = m_index.find(m_key);
    if (found == m_index.end()) {
        found = m_index.emplace(m_key, m_groups.size()).first;
        m_groups.push_back({std::string(project), std::string(apiKey), {}});
    }
    GroupSums &total = m_groups[found->second].sums;
    for (size_t i = 0; i < total.size(); ++i) {
        if (sign > 0 ? addOverflows(total[i], sums[i], &total[i]) : subOverflows(total[i], sums[i], &total[i]))
            return false;
    }
    return true;
}

void GroupTable::clear()
{
    m_groups.clear();
    m_index.clear();
}

bool MonthGroups::add(std::string_view project, std::string_view apiKey, const GroupSums &sums, int sign)
{
    return m_groups.add(project, apiKey, sums, sign);
}

bool MonthGroups::flush(QString *error)
{
    // Only the groups whose sums moved; a month group can only have been emptied by one that lost rows.
    std::vector<const GroupTable::Group *> changed;
    bool lostRows = false;
    for (const GroupTable::Group &group : m_groups.groups()) {
        if (group.sums != GroupSums{})
            changed.push_back(&group);
        lostRows = lostRows || group.sums.back() < 0;
    }
    const auto step = [&](sqlite3_stmt *s) {
        const bool ok = sqlite3_step(s) == SQLITE_DONE;
        if (!ok && error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(s);
        return ok;
    };
    const auto bindRow = [&](sqlite3_stmt *s, int base, const GroupTable::Group &group) {
        sqlite3_bind_text(s, base + 1, m_month.constData(), int(m_month.size()), SQLITE_STATIC);
        sqlite3_bind_int64(s, base + 2, m_accountId);
        bindText(s, base + 3, group.project);
        bindText(s, base + 4, group.apiKey);
        for (size_t k = 0; k < group.sums.size(); ++k)
            sqlite3_bind_int64(s, base + 5 + int(k), group.sums[k]);
    };
    bool ok = true;
    size_t next = 0;
    for (; ok && next + ManyRows <= changed.size(); next += ManyRows) {
        ok = m_upsertMany || sql::prepareInto(m_db, &m_upsertMany, upsertSql(ManyRows), error);
        for (int row = 0; ok && row < ManyRows; ++row)
            bindRow(m_upsertMany, row * RowParams, *changed[next + size_t(row)]);
        ok = ok && step(m_upsertMany);
    }
    for (; ok && next < changed.size(); ++next) {
        ok = m_upsert || sql::prepareInto(m_db, &m_upsert, upsertSql(1), error);
        if (ok)
            bindRow(m_upsert, 0, *changed[next]);
        ok = ok && step(m_upsert);
    }
    if (ok && lostRows) {
        ok = m_dropEmpty ||
             sql::prepareInto(m_db, &m_dropEmpty,
                              "DELETE FROM usage_group_months WHERE month = ?1 AND account_id = ?2 AND row_count = 0",
                              error);
        if (ok) {
            sqlite3_bind_text(m_dropEmpty, 1, m_month.constData(), int(m_month.size()), SQLITE_STATIC);
            sqlite3_bind_int64(m_dropEmpty, 2, m_accountId);
        }
        ok = ok && step(m_dropEmpty);
    }
    discard();
    return ok;
}

void MonthGroups::discard()
{
    m_month.clear();
    m_groups.clear();
}

}   // namespace tl
