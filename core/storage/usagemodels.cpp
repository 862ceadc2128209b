#include "usagemodels.h"

#include "sqlitestatement.h"

#include <sqlite3.h>

namespace tl {

namespace {

// What the trigger of schema 13 ran for a row (rollupmigrations.cpp): a known pair with nothing
// unpriced only probes the key.
#define TL_ADD_MODELS                                                                                                  \
    " ON CONFLICT (account_id, model) DO UPDATE SET unpriced_tokens = usage_models.unpriced_tokens + "                 \
    "excluded.unpriced_tokens, unpriced_rows = usage_models.unpriced_rows + excluded.unpriced_rows "                   \
    "WHERE excluded.unpriced_rows <> 0 OR excluded.unpriced_tokens <> 0"
constexpr const char *AddSql = "INSERT INTO usage_models (account_id, model, unpriced_tokens, unpriced_rows) "
                               "VALUES (?1, ?2, ?3, ?4)" TL_ADD_MODELS;
// (WHERE true: SQLite's upsert after a SELECT needs a WHERE to parse ON CONFLICT.)
constexpr const char *AddAllSql = "INSERT INTO usage_models (account_id, model, unpriced_tokens, unpriced_rows) "
                                  "SELECT account_id, model, SUM(unpriced_tokens), SUM(unpriced_rows) FROM usage_daily "
                                  "WHERE true GROUP BY account_id, model" TL_ADD_MODELS;

QString sqliteError(sqlite3 *db)
{
    return QStringLiteral("could not record the models of usage: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
}

}   // namespace

UsageModels::~UsageModels()
{
    sqlite3_finalize(m_add);
}

bool UsageModels::add(sqlite3 *db, qint64 accountId, std::string_view model, qint64 unpricedTokens, qint64 unpricedRows,
                      QString *error)
{
    const bool moved = unpricedTokens != 0 || unpricedRows != 0;
    std::set<std::string, std::less<>> *known = m_remember ? &m_known[accountId] : nullptr;
    if (!moved && known && known->find(model) != known->end())
        return true;
    if (!m_add || m_db != db) {
        sqlite3_finalize(m_add);
        m_add = nullptr;
        m_db = db;
        if (sqlite3_prepare_v3(db, AddSql, -1, SQLITE_PREPARE_PERSISTENT, &m_add, nullptr) != SQLITE_OK) {
            *error = sqliteError(db);
            return false;
        }
    }
    sqlite3_reset(m_add);
    sqlite3_bind_int64(m_add, 1, accountId);
    sql::bindText(m_add, 2, model);
    sqlite3_bind_int64(m_add, 3, unpricedTokens);
    sqlite3_bind_int64(m_add, 4, unpricedRows);
    const bool ok = sqlite3_step(m_add) == SQLITE_DONE;
    if (!ok)
        *error = sqliteError(db);
    sqlite3_reset(m_add);
    if (ok && known) {
        if (m_knownCount >= MaxKnown) {
            m_known.clear();
            m_knownCount = 0;
            known = &m_known[accountId];
        }
        m_knownCount += known->emplace(model).second ? 1 : 0;
    }
    return ok;
}

bool UsageModels::addAll(sqlite3 *db, QString *error)
{
    if (sqlite3_exec(db, AddAllSql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    if (error)
        *error = sqliteError(db);
    return false;
}

}   // namespace tl
