// UsageRepository: the rollups of the days a write touched — recomputed from their rows
// (DetailRollups, usage_account_daily) or, for new days, written from the sums of what was written
// (NewDaySums) — and rebuilding them all.

#include "usagerepository.h"

#include "dayrollup.h"
#include "modelmonths.h"
#include "pgusage.h"
#include "rollups.h"
#include "schemadialect.h"
#include "sqlutil.h"
#include "usagemodels.h"

#define TL_ROLLUP_SELECT                                                                                               \
    "SELECT day, account_id, model, SUM(input_tokens), SUM(cached_input_tokens), "                                     \
    "SUM(cache_write_5m_tokens + cache_write_1h_tokens), SUM(output_tokens), SUM(requests), "                          \
    "COALESCE(SUM(cost_nano), 0), "                                                                                    \
    "SUM(CASE WHEN cost_nano IS NULL THEN input_tokens + cached_input_tokens + cache_write_5m_tokens "                 \
    "+ cache_write_1h_tokens + output_tokens ELSE 0 END), "                                                            \
    "SUM(cost_nano IS NULL), COUNT(*) FROM usage"

#define TL_ROLLUP_INSERT "INSERT INTO usage_daily (day, account_id, model, " TL_DAILY_SUM_COLUMNS ") "

namespace tl {

bool UsageRepository::flushRollups(QString *error)
{
    // Also writes the month differences still pending when no day is.
    const QSet<std::pair<qint64, QString>> pending = std::exchange(m_pendingRollups, {});
    return refreshRollups(pending, error, true, true);
}

bool UsageRepository::sumNewDays(const sql::SqliteStatement &bound, const QList<UsageRecord> &batch,
                                 const QList<QString> &days, const qsizetype *chunk, int rows, bool allNew,
                                 QString *error)
{
    NewDayRollup *sums = nullptr;
    qsizetype sumsOf = -1;   // the record `sums` was looked up for
    for (int row = 0; row < rows; ++row) {
        const qsizetype at = chunk[row];
        if (sumsOf < 0 || batch[at].accountId != batch[sumsOf].accountId || days[at] != days[sumsOf]) {
            sums = m_newDays.find({batch[at].accountId, days[at]});
            sumsOf = at;
        }
        if (!sums)
            continue;
        if (allNew) {   // the texts as bound (UTF-8): model, project, API key at 3, 4, 5
            const int p = row * ColumnsPerRow;
            sums->add(batch[at], bound.boundText(p + 3), bound.boundText(p + 4), bound.boundText(p + 5));
            m_summed[size_t(row)] = true;
        } else {   // a key stored after all: the day's rollups come from its rows
            if (!m_newDays.drop({batch[at].accountId, days[at]}, error))
                return false;
            sums = nullptr;
        }
    }
    return true;
}

bool UsageRepository::refreshRollups(const QSet<std::pair<qint64, QString>> &touched, QString *error, bool flushMonths,
                                     bool fromUpsert)
{
    if (sql::dialectOf(m_db) == sql::Dialect::Postgres)
        return pgusage::refreshRollups(m_db, touched, error);
    if (m_newDays.isEmpty())
        return m_rollups.refresh(m_db, touched, error, flushMonths) && m_accountDays.refresh(m_db, touched, error);
    // New days' sums hold for the records the upserts wrote; another write (a removal, a
    // re-pricing) recomputes a day it touched from its rows, now and when it comes due.
    QSet<std::pair<qint64, QString>> rest = touched;
    if (!fromUpsert) {
        for (const auto &day : touched) {
            if (!m_newDays.drop(day, error))
                return false;
        }
    }
    if (!m_newDays.write(&rest, error))
        return false;
    // DetailRollups adds a month group's differences to its stored sums, and drops it when its rows
    // are gone: the new days' sums pending for the month go in first.
    if (!rest.isEmpty() && !m_newDays.flush(error))
        return false;
    return m_rollups.refresh(m_db, rest, error, flushMonths) && m_accountDays.refresh(m_db, rest, error) &&
           (!flushMonths || m_newDays.flush(error));
}

bool UsageRepository::rebuildRollups(QString *error)
{
    if (sql::dialectOf(m_db) == sql::Dialect::Postgres)
        return pgusage::rebuildRollups(m_db, error);
    sql::Savepoint savepoint(m_db, QStringLiteral("usage_rollup_rebuild"));
    if (!savepoint.isActive()) {
        if (error)
            *error = savepoint.error();
        return false;
    }
    if (!sql::exec(m_db, QStringLiteral("DELETE FROM usage_daily"), error) ||
        !sql::exec(m_db, QStringLiteral(TL_ROLLUP_INSERT TL_ROLLUP_SELECT " GROUP BY day, account_id, model"), error) ||
        !UsageModels::addAll(sql::nativeHandle(m_db), error) ||   // (the delete trigger took the old sums out)
        !ModelMonths::rebuild(m_db, error) || !m_rollups.rebuild(m_db, error) ||
        !rollups::rebuildAccountDays(m_db, error))
        return false;
    if (!savepoint.commit()) {
        if (error)
            *error = savepoint.error();
        return false;
    }
    return true;
}

}   // namespace tl
