#pragma once

#include "dayrollup.h"
#include "modelmonths.h"
#include "monthgroups.h"
#include "pagebounds.h"
#include "records/records.h"
#include "rollups.h"
#include "sqlitestatement.h"
#include "usagemodels.h"

#include <QDate>
#include <QSqlDatabase>

#include <array>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tl {

// A cost status as stored, UTF-8.
std::string_view costStatusUtf8(CostStatus status);

// The key texts of records as UTF-8, SQLite's storage encoding: model, project, API key and service
// tier of each record in turn. Encoded on the thread that sums a CSV import's records, so the
// database's thread binds them as they are.
class UsageTexts
{
public:
    enum Field
    {
        Model,
        Project,
        ApiKey,
        ServiceTier,
        FieldCount
    };
    void add(const UsageRecord &r);
    std::string_view text(qsizetype record, Field field) const
    {
        const size_t at = size_t(record) * FieldCount + field;
        const size_t begin = at == 0 ? 0 : m_ends[at - 1];
        return std::string_view(m_bytes).substr(begin, m_ends[at] - begin);
    }
    qsizetype size() const { return qsizetype(m_ends.size() / FieldCount); }

private:
    std::string m_bytes;
    std::vector<size_t> m_ends;
};

// The rollups of one account-day summed in memory from its records, exactly as
// DetailRollups::refreshOne sums them from the stored rows (usage_daily per model, the Usage page's
// buckets and day bounds, the project/key groups) — which they are only when the records are every
// row the day holds: a day the ledger held no usage of before (NewDayWriter checks that). Built on
// the thread that sums a CSV import's records, so the database's thread only writes (issue 15: the
// day's read-back and sums were a fifth of the writing thread).
class NewDayRollup
{
public:
    NewDayRollup(qint64 accountId, QDate day)
        : m_accountId(accountId)
        , m_day(day)
    {}

    // Adds a record of this account-day (each key once), `texts`' record `at`. A sum that does not
    // fit is remembered: the day cannot be written (overflowed()).
    void add(const UsageRecord &r, const UsageTexts &texts, qsizetype at);
    // The same with the record's model, project and API key as UTF-8.
    void add(const UsageRecord &r, std::string_view model, std::string_view project, std::string_view apiKey);

    // Another account-day, no records yet; what it allocated stays for the next day's (a sync sums
    // one day after another: issue 15, allocating each day's models anew cost as much as reading
    // the day back).
    void restart(qint64 accountId, QDate day);

    qint64 accountId() const { return m_accountId; }
    QDate day() const { return m_day; }
    bool overflowed() const { return m_overflow; }

private:
    friend class NewDayWriter;
    struct Model
    {
        std::string name;
        DailySums sums{};
        PageBounds bounds;
    };
    // The buckets of the Usage page: whole models in key order (SQLite's BINARY order of the UTF-8
    // names, whatever order the records came in), a new one once a bucket has MinBucketRows rows.
    std::vector<PageBounds> buckets() const;
    // The model's place in m_models, added when new.
    size_t modelAt(std::string_view name);

    qint64 m_accountId = 0;
    QDate m_day;
    bool m_overflow = false;
    std::vector<Model> m_models;   // the first m_used are the day's; the rest kept for their capacity
    size_t m_used = 0;
    // While the models came in ascending order (a sync's, in key order), a name above the last is
    // new without a look-up; m_modelIndex is filled once they do not.
    bool m_ascending = true;
    std::unordered_map<std::string, size_t> m_modelIndex;
    GroupTable m_groups;
};

// Writes the records of an account-day the ledger holds no usage of yet, and then its rollups from
// a NewDayRollup, inside the caller's transaction: plain multi-row INSERTs (nothing to look up,
// revise or read back). A key that exists after all fails the INSERT (the caller rolls back), never
// double counts. The same tables change as through UsageRepository::upsert; flush() writes the
// month groups still pending and must run before the transaction commits. SQLite only; one writer
// per transaction (it remembers what it wrote), which it must not outlive.
class NewDayWriter final
{
public:
    explicit NewDayWriter(QSqlDatabase db);
    ~NewDayWriter();
    Q_DISABLE_COPY_MOVE(NewDayWriter)

    // Whether the account holds no usage row on `day` ('YYYY-MM-DD'), in the caller's transaction.
    bool dayIsEmpty(qint64 accountId, const QString &day, bool *empty, QString *error);
    // Inserts records [from, to) of the day; `texts` holds theirs at the same places.
    bool insert(const QList<UsageRecord> &records, const UsageTexts &texts, qsizetype from, qsizetype to,
                const QString &day, QString *error);
    // Writes the day's rollups once all its records are inserted.
    bool writeRollups(const NewDayRollup &day, QString *error);
    // The projects and API keys the day's records name, for the Usage page's filter choices
    // (usage_dims; writeRollups() writes them too).
    bool writeNames(const NewDayRollup &day, QString *error);
    bool flush(QString *error);
    // A write failed: its transaction is rolled back, with the models it named (usage_models).
    void forget()
    {
        m_models.forget();
        m_modelMonths.discard();
    }

    // Records per INSERT statement, largest first.
    static constexpr std::array<int, 4> ChunkSizes = {64, 16, 4, 1};

private:
    bool prepare(QString *error);

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    sql::SqliteStatement m_dayHasUsage;
    std::array<sqlite3_stmt *, ChunkSizes.size()> m_inserts = {};
    sql::SqliteStatement m_dim;
    std::vector<sqlite3_stmt *> m_rollupStatements;   // see newdaywriter.cpp's RollupStatement
    PageBucketInserts m_buckets;
    MonthGroups m_months;
    ModelMonths m_modelMonths;   // usage_model_months
    static constexpr size_t MaxNamed = 65536;
    std::set<std::pair<int, std::string>> m_named;   // usage_dims written (0 project, 1 key)
    UsageModels m_models{true};                      // usage_models, each pair written once
};

}   // namespace tl
