#pragma once

#include "detailrollups.h"
#include "newdaysums.h"
#include "records/records.h"
#include "rollups.h"
#include "sqlitestatement.h"
#include "storedday.h"
#include "walcheckpointer.h"

#include <QSet>
#include <QSqlDatabase>

#include <array>
#include <memory>

namespace tl {

// Writes usage aggregates keyed by their natural key
// (account, UTC day, model, project, API key, service tier, source) and keeps the daily
// rollup that analytics reads in step. Called on its own, a batch is all or nothing (its own
// transaction). Called inside a caller's transaction (one account's sync, an import), it joins
// it without a savepoint of its own: a failed upsert may leave part of its batch, and the caller
// rolls its whole transaction back (every caller does: a sync's account, an import, its removal,
// a coding agent's import).
// Uses the SQLite library directly on the QtSql connection for speed (see SqliteStatement);
// it must not outlive the connection.
class UsageRepository final
{
public:
    // Records written per INSERT statement: a batch is cut into the largest chunks first.
    static constexpr std::array<int, 7> ChunkSizes = {64, 32, 16, 8, 4, 2, 1};
    // Filter choices (usage_dims rows) added per statement, the same way.
    static constexpr std::array<int, 3> DimChunkSizes = {16, 4, 1};
    // Values bound per record: account, day, model, project, API key, tier, source, six counts, cost, status.
    static constexpr int ColumnsPerRow = 15;

    explicit UsageRepository(QSqlDatabase db);

    UpsertResult upsert(const QList<UsageRecord> &batch);
    // For a writer that sends its rows in day order, several batches to a day (a sync's staged
    // answer, a CSV import), inside its transaction: the rollups of a day are recomputed once,
    // when a batch starts a later day, instead of after every batch that touched it (a day of
    // 83k rows was re-read 20 times in a 10M-row sync). flushRollups() recomputes the days still
    // pending; it must run before the transaction commits and before anything reads the rollups.
    // Outside a transaction nothing is deferred. Once such a writer appends a new day, the
    // connection's WAL checkpoints run on a thread of their own (sql::BackgroundCheckpointer)
    // until the repository goes: its commits stop waiting for them. (A re-sync's, which revise a
    // few rows per repository, are left as they were: each repository would start a thread only
    // to stop it right after its one commit.)
    void setDeferRollups(bool defer) { m_deferRollups = defer; }
    bool flushRollups(QString *error);

    // Sets the cost and cost status of existing rows (re-pricing), matched by natural key, and
    // refreshes the rollups they belong to. Same savepoint rules as upsert(); `updated` counts
    // rows whose cost changed, `unchanged` keys that were absent or already had that cost.
    UpsertResult updateCosts(const QList<UsageRecord> &batch);

    // Deletes an account's rows from `source` in [from, to] whose key is not among `kept` (a
    // provider's revised answer for the window); the number deleted, or -1 with *error.
    int removeMissing(qint64 accountId, const QString &source, QDate from, QDate to, const QList<UsageRecord> &kept,
                      QString *error = nullptr);
    // The same with the kept keys in a table of this connection (columns day, model, project,
    // api_key_id, service_tier; `keptTable` is a name from code, never from input): one DELETE,
    // nothing held in memory. Refreshes the rollup groups the rows leave.
    int removeAbsent(qint64 accountId, const QString &source, QDate from, QDate to, const QString &keptTable,
                     QString *error = nullptr);

    // Deletes the rows with these natural keys (counts are ignored) and refreshes their rollups;
    // the number deleted, or -1 with *error.
    int removeKeys(const QList<UsageRecord> &keys, QString *error = nullptr);

    // Rebuilds the whole rollup from the raw table (repair tool and tests).
    bool rebuildRollups(QString *error = nullptr);

private:
    bool prepareStatements(QString *error);
    // The append (DO NOTHING) or, revise true, upsert statement of ChunkSizes[k] rows, prepared on first use (null
    // with *error when it cannot be): a repository is made for each account's sync, and preparing
    // all fourteen — up to 64 rows of 15 parameters — cost a re-sync more than writing the rows
    // that changed (12-16 % of its time at 1M rows).
    sql::SqliteStatement *chunkStatement(bool revise, size_t k, QString *error);
    // Recomputes the rollups of every (account, day) a batch changed (DetailRollups, then
    // usage_account_daily): the one path every writer of usage rows takes. flushMonths false keeps
    // the last month's group differences pending (a deferred write; see DetailRollups::refresh).
    // fromUpsert: the days may be new days summed as written (NewDaySums); any other write's days
    // are recomputed from their rows.
    bool refreshRollups(const QSet<std::pair<qint64, QString>> &touched, QString *error, bool flushMonths = true,
                        bool fromUpsert = false);
    // Adds a chunk's records (`rows` indexes into batch at `chunk`, just written by `bound`) to the
    // sums of their new days when the chunk created them all (allNew); otherwise drops their days.
    // m_summed says which rows were summed. False with *error (a dropped day's names not written).
    bool sumNewDays(const sql::SqliteStatement &bound, const QList<UsageRecord> &batch, const QList<QString> &days,
                    const qsizetype *chunk, int rows, bool allNew, QString *error);

    QSqlDatabase m_db;
    bool m_prepared = false;
    std::array<sql::SqliteStatement, ChunkSizes.size()> m_appends;   // INSERT .. DO NOTHING
    std::array<sql::SqliteStatement, ChunkSizes.size()> m_upserts;   // .. DO UPDATE .. RETURNING
    sql::SqliteStatement m_updateCost;
    sql::SqliteStatement m_reviseRow;   // a re-sync's revision of a stored row, by key
    std::array<sql::SqliteStatement, DimChunkSizes.size()> m_dimInserts;
    DetailRollups m_rollups;
    rollups::AccountDays m_accountDays;
    bool m_deferRollups = false;
    QSet<std::pair<qint64, QString>> m_pendingRollups;   // deferred: touched, not yet recomputed
    StoredDay m_storedDay;                               // a re-sync's stored rows of one account-day
    std::pair<qint64, QString> m_freshDay;   // the last batch's last account-day, when it had no rows before
    NewDaySums m_newDays{m_db};
    std::vector<bool> m_summed;                                    // scratch: the rows of a chunk sumNewDays() summed
    std::unique_ptr<sql::BackgroundCheckpointer> m_checkpointer;   // last: stopped first
};

}   // namespace tl
