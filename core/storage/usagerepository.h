#pragma once

#include "records/records.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <array>

namespace tl {

class OverflowGuard;

// Writes usage aggregates keyed by their natural key
// (account, UTC day, model, project, API key, service tier, source) and keeps the daily
// rollup that analytics reads in step. A batch is all or nothing: it runs in a savepoint,
// so it joins a caller's transaction (one account's sync) or stands alone.
// Uses the SQLite library directly on the QtSql connection for speed (see SqliteStatement);
// it must not outlive the connection.
class UsageRepository final
{
public:
    // Records written per INSERT statement: a batch is cut into the largest chunks first.
    static constexpr std::array<int, 7> ChunkSizes = {64, 32, 16, 8, 4, 2, 1};
    // Rollup groups (and filter choices) added per statement, the same way.
    static constexpr std::array<int, 3> RollupChunkSizes = {16, 4, 1};
    static constexpr int RollupColumns = 12;   // of usage_daily

    explicit UsageRepository(QSqlDatabase db);

    UpsertResult upsert(const QList<UsageRecord> &batch);

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

    // One row of the daily rollup: an account's model on a day.
    struct RollupGroup
    {
        qint64 accountId = 0;
        QString day;
        QString model;
        bool operator==(const RollupGroup &o) const
        {
            return accountId == o.accountId && day == o.day && model == o.model;
        }
    };

private:
    struct RollupSums
    {
        qint64 input = 0, cached = 0, cacheWrite = 0, output = 0, requests = 0, cost = 0;
        qint64 unpricedTokens = 0, unpricedRows = 0, rows = 0;
    };
    // What a batch did to the rollup: sums of groups whose rows all arrived new, and groups to
    // recompute from the raw table (a row of them was revised or repeated).
    struct RollupChanges
    {
        QHash<RollupGroup, RollupSums> added;
        QSet<RollupGroup> stale;
        void add(const UsageRecord &r, const QString &day, OverflowGuard &guard);
        void flush(OverflowGuard &guard);   // call before reading `added`

    private:
        RollupGroup runGroup;   // the group of the rows add() is summing
        RollupSums run;
        bool hasRun = false;
    };

    bool prepareStatements(QString *error);
    bool refreshRollup(qint64 accountId, const QString &day, QString *error);
    // Brings the rollup of every (account, day) a batch changed up to date: by group when the
    // batch says what changed (`changes`), else by recomputing each day.
    bool refreshRollups(const QSet<std::pair<qint64, QString>> &touched, QString *error,
                        const RollupChanges *changes = nullptr);
    bool applyRollupChanges(const RollupChanges &changes, QString *error);

    QSqlDatabase m_db;
    bool m_prepared = false;
    std::array<sql::SqliteStatement, ChunkSizes.size()> m_appends;   // INSERT .. DO NOTHING
    std::array<sql::SqliteStatement, ChunkSizes.size()> m_upserts;   // .. DO UPDATE .. RETURNING
    std::array<sql::SqliteStatement, RollupChunkSizes.size()> m_rollupAdds;
    sql::SqliteStatement m_updateCost;
    sql::SqliteStatement m_rollupDelete;
    sql::SqliteStatement m_rollupInsert;
    std::array<sql::SqliteStatement, RollupChunkSizes.size()> m_dimInserts;
    sql::SqliteStatement m_groupDelete;
    sql::SqliteStatement m_groupInsert;
};

size_t qHash(const UsageRepository::RollupGroup &g, size_t seed = 0) noexcept;

}   // namespace tl
