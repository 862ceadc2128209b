// CostChanges (costrollups.h): usage_models kept for a ranged usage_daily statement run without its
// trigger.

#include "costrollups.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

namespace tl {

namespace {

// Whether usage_models_update is usage_daily's only UPDATE trigger: a trigger added later is never
// left out silently (the statement then runs with triggers).
bool onlyUsageModelsTrigger(sqlite3 *db)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT group_concat(name) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = "
                           "'usage_daily' AND (sql LIKE '%AFTER UPDATE%' OR sql LIKE '%BEFORE UPDATE%')",
                           -1, &s, nullptr) != SQLITE_OK)
        return false;
    const bool only =
        sqlite3_step(s) == SQLITE_ROW && sql::valueText(sqlite3_column_value(s, 0)) == "usage_models_update";
    sqlite3_finalize(s);
    return only;
}

}   // namespace

// The (account, model)s whose rows take unpriced differences, if usage_models holds every one.
std::optional<CostChanges::ModelSums> CostChanges::movingModels(sqlite3 *db) const
{
    if (!onlyUsageModelsTrigger(db))
        return std::nullopt;
    ModelSums models;
    for (const auto &[key, day] : m_days) {
        for (const auto &[model, m] : day.models) {
            if (m.changed && (m.sums.unpricedRows != 0 || m.sums.unpricedTokens != 0))
                models.days.emplace_back(&m.sums, &models.sums.try_emplace({key.second, model}).first->second);
        }
    }
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM usage_models WHERE account_id = ?1 AND model = ?2", -1, &s, nullptr) !=
        SQLITE_OK)
        return std::nullopt;
    bool all = true;
    for (auto m = models.sums.cbegin(); all && m != models.sums.cend(); ++m) {
        sqlite3_bind_int64(s, 1, m->first.first);
        sqlite3_bind_text(s, 2, m->first.second.data(), int(m->first.second.size()), SQLITE_STATIC);
        all = sqlite3_step(s) == SQLITE_ROW;
        sqlite3_reset(s);
    }
    sqlite3_finalize(s);
    return all ? std::optional(std::move(models)) : std::nullopt;
}

bool CostChanges::addToUsageModels(sqlite3 *db, ModelSums *models, QString *error) const
{
    for (const auto &[day, total] : models->days) {
        if (day->applied) {
            total->unpricedTokens += day->unpricedTokens;
            total->unpricedRows += day->unpricedRows;
        }
    }
    sqlite3_stmt *s = nullptr;
    bool ok = sqlite3_prepare_v2(db,
                                 "UPDATE usage_models SET unpriced_tokens = unpriced_tokens + ?3, unpriced_rows = "
                                 "unpriced_rows + ?4 WHERE account_id = ?1 AND model = ?2",
                                 -1, &s, nullptr) == SQLITE_OK;
    for (auto m = models->sums.cbegin(); ok && m != models->sums.cend(); ++m) {
        if (!fitsInt64(m->second.unpricedTokens)) {
            *error = QStringLiteral("the unpriced tokens of a model are too large to add up");
            sqlite3_finalize(s);
            return false;
        }
        sqlite3_bind_int64(s, 1, m->first.first);
        sqlite3_bind_text(s, 2, m->first.second.data(), int(m->first.second.size()), SQLITE_STATIC);
        sqlite3_bind_int64(s, 3, qint64(m->second.unpricedTokens));
        sqlite3_bind_int64(s, 4, m->second.unpricedRows);
        ok = sqlite3_step(s) == SQLITE_DONE && sqlite3_changes(db) == 1;
        sqlite3_reset(s);
    }
    if (!ok && error->isEmpty())
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(s);
    return ok;
}

}   // namespace tl
