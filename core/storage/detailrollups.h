#pragma once

#include "dayrollup.h"
#include "modelmonths.h"
#include "monthgroups.h"
#include "usagemodels.h"

#include <QByteArray>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tl {

// The rollups of the usage rows of one account and UTC day, computed in one pass over those rows
// (issue 15: the Usage page sorted every row by cost in 2 s at 10M rows, `report --by project`
// scanned them in 9.7 s):
// - usage_daily: per model, the sums the dashboard reads (schema 1);
// - usage_page_buckets: the rows cut into buckets of whole models in key order (a range of the
//   usage key, at least MinBucketRows rows unless the day has fewer), with the smallest and largest
//   value of each column the Usage page sorts by; usage_page_days the same per account and day. The
//   first K rows in any order all lie in the K buckets whose own first row comes first, so a page
//   reads a few buckets' rows by key instead of sorting the table (analytics/usagetable.cpp);
// - usage_group_days / usage_group_months: sums per project and API key, per day and per month; a
//   month takes the difference when one of its days is recomputed, added up per month in memory
//   over the days recomputed in a row (MonthGroups).
// UsageRepository calls refresh() for every (account, day) a write touched, in the writer's
// savepoint. One SQLite read of the rows feeds all of them: SQLite's aggregate functions, once per
// table, cost more than writing the rows.
class DetailRollups final
{
public:
    static constexpr int MinBucketRows = 24;

    // keepModels false: usage_models and usage_model_months are not kept (schema 12's rebuild,
    // before the tables exist; versions 13 and 23 fill them from usage_daily).
    explicit DetailRollups(bool keepModels = true)
        : m_keepModels(keepModels)
    {}
    ~DetailRollups();
    Q_DISABLE_COPY_MOVE(DetailRollups)

    // Recomputes the rollups of each (account id, 'YYYY-MM-DD' day) from the usage rows. With
    // flushMonths false, the last month's differences to usage_group_months may stay pending for
    // the next call: flushMonths() must then run before the transaction commits and before
    // anything reads usage_group_months. A failure discards what is pending (the caller rolls back).
    bool refresh(QSqlDatabase db, const QSet<std::pair<qint64, QString>> &touched, QString *error,
                 bool flushMonths = true);
    bool flushMonths(QString *error);
    // usage_model_months' pending differences, which refresh() adds to and flushMonths() writes: for
    // another writer of usage_daily in the same transaction (CostChanges). Null with *error when the
    // connection cannot be used.
    ModelMonths *modelMonths(QSqlDatabase db, QString *error);
    // A day's rollups computed by the writer from rows it had read (StoredDay::rollup), which the
    // next refresh() of that day uses instead of reading its rows again. Valid only until the day's
    // rows change otherwise: the writer withdraws (unprovide) or forgets them before that.
    DayRollup &provide(qint64 accountId, const QString &day) { return m_provided[{accountId, day.toUtf8()}]; }
    void unprovide(qint64 accountId, const QString &day) { m_provided.erase({accountId, day.toUtf8()}); }
    void forgetProvided() { m_provided.clear(); }
    // Recomputes every rollup from the usage rows (schema upgrade, repair, tests).
    bool rebuild(QSqlDatabase db, QString *error);

    // Creates the tables this schema version adds (usage_daily exists since version 1), empty.
    static bool createTables(QSqlDatabase db, QString *error);

    enum Statement
    {
        ReadRows,
        ReadDaily,
        DeleteDailyModel,
        InsertDaily,
        UpdateDaily,      // the unpriced sums unchanged
        UpdateDailyAll,   // every sum
        DeleteBuckets,    // (the day's buckets go through PageBucketInserts)
        DeleteDay,
        InsertDay,
        ReadGroups,
        DeleteGroup,
        InsertGroup,
        UpdateGroup,
        InsertDailyMany,   // InsertDaily for ManyRows[0], [1], .. rows at once
        InsertGroupMany = InsertDailyMany + 4,
        StatementCount = InsertGroupMany + 4
    };

private:
    bool prepare(QSqlDatabase db, QString *error);
    bool refreshOne(qint64 accountId, const QByteArray &day, QString *error);
    // usage_daily's and usage_group_days' rows of the day: only those whose sums moved are written
    // (a re-sync revises a few rows of a day; rewriting all its 80 models' rows, each running
    // usage_models' triggers, was most of a dense re-sync's rollups), gone ones deleted, new ones
    // inserted. A group's month takes the difference of a moved group only.
    bool writeModels(qint64 accountId, const QByteArray &day, QString *error);
    bool writeGroups(qint64 accountId, const QByteArray &day, QString *error);

    // The statement, prepared when first used (null with m_prepareError if it cannot be): a
    // re-sync that revises a few rows of each day uses under half of them, and preparing all of
    // them for each account's repository — the multi-row inserts with usage_models' triggers
    // compiled in — cost it more than it wrote with them.
    sqlite3_stmt *statement(int which);
    // A statement reset, with the account at ?1 and the day at ?2 (null as statement()).
    sqlite3_stmt *start(Statement which, qint64 accountId, const QByteArray &day);
    // Steps a write to its end and resets it; false with *error (also for a null statement).
    bool done(sqlite3_stmt *s, QString *error);
    // Calls row() for each row of a read, then resets it; false with *error.
    bool readAll(sqlite3_stmt *s, QString *error, const std::function<void(sqlite3_stmt *)> &row);
    // Writes `count` rows in the largest statements first (`many` + 0, 1, .. for ManyRows' sizes),
    // the rest with `one`; bindRow(statement, first
    // parameter, index) binds a row's values after the account and day.
    template <typename BindRow>
    bool insertRows(Statement many, Statement one, qint64 accountId, const QByteArray &day, size_t count,
                    const BindRow &bindRow, QString *error);

    sqlite3 *m_db = nullptr;
    bool m_keepModels;
    UsageModels m_models;   // the models of inserted usage_daily rows (schema 20)
    std::array<sqlite3_stmt *, StatementCount> m_statements = {};   // as prepared: statement()
    QString m_prepareError;
    PageBucketInserts m_buckets;
    std::map<std::pair<qint64, QByteArray>, DayRollup> m_provided;
    MonthGroups m_months;
    ModelMonths m_modelMonths;   // usage_model_months (schema 23), when m_keepModels
    DayRollup m_day;             // the day refreshOne() is writing
    // Scratch, kept for its capacity: the day's stored rollup rows, and indexes into m_day's.
    std::vector<std::pair<std::string, DailySums>> m_oldModels;
    std::vector<DayRollup::Group> m_oldGroups;
    std::vector<size_t> m_order;
    std::vector<size_t> m_added;
};

}   // namespace tl
