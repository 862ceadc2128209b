#include "rollups.h"

#include "dayrollup.h"
#include "sqlitestatement.h"
#include "sqlutil.h"

namespace tl::rollups {

namespace {

#define TL_ACCOUNT_DAY_INSERT                                                                                          \
    "INSERT INTO usage_account_daily (day, account_id, " TL_DAILY_SUM_COLUMNS ") SELECT day, account_id, "             \
    "SUM(input_tokens), SUM(cached_input_tokens), SUM(cache_write_tokens), SUM(output_tokens), SUM(requests), "        \
    "SUM(cost_nano), SUM(unpriced_tokens), SUM(unpriced_rows), SUM(row_count) FROM usage_daily "

}   // namespace

bool refreshAccountDays(QSqlDatabase db, const QSet<std::pair<qint64, QString>> &touched, QString *error)
{
    AccountDays accountDays;
    return accountDays.refresh(db, touched, error);
}

bool AccountDays::refresh(QSqlDatabase db, const QSet<std::pair<qint64, QString>> &touched, QString *error)
{
    if (touched.isEmpty())
        return true;
    if (!m_prepared) {
        sqlite3 *handle = sql::nativeHandle(db);
        m_prepared =
            m_remove.prepare(handle, "DELETE FROM usage_account_daily WHERE day = ?2 AND account_id = ?1", error) &&
            m_insert.prepare(
                handle, TL_ACCOUNT_DAY_INSERT "WHERE day = ?2 AND account_id = ?1 GROUP BY day, account_id", error);
        if (!m_prepared)
            return false;
    }
    for (const auto &[accountId, day] : touched) {
        for (sql::SqliteStatement *s : {&m_remove, &m_insert}) {
            s->reset();
            s->bind(1, accountId);
            s->bind(2, day);
            s->step();
            const bool ok = s->ok();
            if (!ok && error)
                *error = QStringLiteral("could not update the daily totals per account: %1").arg(s->error());
            s->reset();
            if (!ok)
                return false;
        }
    }
    return true;
}

bool rebuildAccountDays(QSqlDatabase db, QString *error)
{
    return sql::exec(db, QStringLiteral("DELETE FROM usage_account_daily"), error) &&
           sql::exec(db, QStringLiteral(TL_ACCOUNT_DAY_INSERT "GROUP BY day, account_id"), error);
}

}   // namespace tl::rollups
