#pragma once

#include "csvimport.h"
#include "pricing/costcalculator.h"
#include "storage/newdaywriter.h"
#include "storage/schemadialect.h"
#include "storage/usagerepository.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>
#include <set>
#include <vector>

namespace tl {

class ImportJournal;
namespace sql {
class SqliteStatement;
}

// The file lines a group of staged rows came from, for messages: the first few and how many.
class CsvLines
{
public:
    void add(qint64 line);
    QString text() const;   // "line 4", "lines 2 and 7", "lines 2, 3, ... and 12 more"

private:
    QList<qint64> m_first;
    qint64 m_count = 0;
};

// One usage row of the file as the writer takes it (from the staging table, or straight from the
// reader when the file comes day by day: csvstream.h).
struct StagedUsage
{
    QString day;   // ISO
    QString model;
    QString project;
    QString apiKeyId;
    QString serviceTier;
    qint64 counts[6] = {};   // input, cached, cache write (5 min), cache write (1 h), output, requests
    std::optional<qint64> cost;
    qint64 line = 0;
};

// A batch of summed, priced records, and the rollups of the days that ended before its last
// record (or with it, at the end of the file), summed as the records were.
struct CsvUsageBatch
{
    QList<UsageRecord> records;
    UsageTexts texts;   // the records' (on SQLite)
    std::vector<NewDayRollup> days;
};

// Writes the staged rows: rows with the same key in one file are one record, summed exactly. Every
// sum is checked (SQLite's SUM stops at the first overflow with a bare "integer overflow") — also
// the daily totals per model that the rollup keeps — and a sum that does not fit is named by the
// file lines behind it. After an overflow nothing more is written; the caller rolls back.
class CsvStagedWriter final
{
public:
    CsvStagedWriter(QSqlDatabase db, const CsvImportOptions &options, const QString &provider,
                    const PricingCatalog &catalog, CsvImportResult &result)
        : m_db(db)
        , m_repository(db)
        , m_options(options)
        , m_provider(provider)
        , m_calculator(catalog)
        , m_result(result)
        , m_sumDays(sql::dialectOf(db) == sql::Dialect::Sqlite)
        , m_newDays(db)
    {
        m_repository.setDeferRollups(true);   // rows come day by day (finishUsage() flushes)
    }

    // The connection holding temp.import_usage / temp.import_costs (the ledger's unless set;
    // sql::StagingDatabase).
    void setStaging(const QSqlDatabase &staging) { m_staging = staging; }
    // Records what every write replaces, so the import can be removed later.
    void setJournal(ImportJournal *journal) { m_journal = journal; }
    // Every staged usage row, in key order (ORDER BY day, model, project, api key, tier, line).
    bool writeUsage(QString *error);
    // The same, a row at a time: rows must come in that order; then finishUsage() (or, with a
    // batch sink, finishGroups() and, on the database's thread, flushRollups()).
    bool addUsage(const StagedUsage &row, QString *error);
    bool finishUsage(QString *error);
    bool finishGroups(QString *error);   // the last records summed and handed on; no rollups
    bool flushRollups(QString *error);

    // Hands each full batch of summed, priced records to `sink` instead of writing it (false:
    // stop), so that summing and writing can run on two threads (csvstream.h): addUsage() and
    // finishGroups() on one, writeBatch() on the database's. They share no state but the
    // options, which neither changes.
    using BatchSink = std::function<bool(CsvUsageBatch &&batch)>;
    void setBatchSink(BatchSink sink) { m_sink = std::move(sink); }
    // Writes one batch of records (journal, then the upsert path) and counts it in the result. A
    // day the account held no usage of before is written by NewDayWriter instead: its records
    // inserted as they are, its rollups from the batch that brings them.
    bool writeBatch(const CsvUsageBatch &batch, QString *error);
    bool writeCosts(QString *error);
    bool overflowed() const { return m_overflows > 0; }
    QString overflowError() const;

private:
    static constexpr int Counts = 6;   // input, cached, cache write (5 min), cache write (1 h), output, requests
    // One stored record: the rows of one key.
    struct KeyGroup
    {
        UsageRecord record;
        QString day;
        qint64 counts[Counts] = {};
        qint64 cost = 0;
        bool allCosted = true;
        bool costFits = true;
        CsvLines lines;
    };
    // One rollup row: the rows of one model on one day, which the dashboard adds up.
    struct DayGroup
    {
        QString day;
        QString model;
        qint64 counts[Counts] = {};
        qint64 tokens = 0;
        qint64 cost = 0;
        QString overflow;   // the first sum that does not fit
        CsvLines lines;
    };

    void addRow(const StagedUsage &row);
    bool closeKey(QString *error);
    void closeDay();
    void overflow(const CsvLines &lines, const QString &where, const QString &what);
    bool flushUsage(QString *error);
    bool flushCosts(QString *error);

    QSqlDatabase m_db;
    QSqlDatabase m_staging{m_db};
    // One for the whole import: it prepares its multi-row statements once (a repository per batch
    // of 4096 rows compiled them again, ~8 % of an import).
    UsageRepository m_repository;
    const CsvImportOptions &m_options;
    const QString m_provider;
    CostCalculator m_calculator;
    CsvImportResult &m_result;
    std::optional<KeyGroup> m_key;
    std::optional<QString> m_parsedDay;
    QDate m_parsedDate;
    std::optional<DayGroup> m_day;
    QList<UsageRecord> m_usage;
    // Summing side: the day being summed, and the days summed since the last batch was handed on.
    UsageTexts m_texts;
    std::optional<NewDayRollup> m_dayRollup;
    std::vector<NewDayRollup> m_daysDone;
    // Writing side: the account-day written last; the new days written whose rollups are to come.
    const bool m_sumDays;   // on SQLite (NewDayWriter)
    NewDayWriter m_newDays;
    std::optional<std::pair<qint64, QDate>> m_writingDay;
    bool m_writingNewDay = false;
    std::set<std::pair<qint64, QDate>> m_newDaysPending;
    QList<CostRecord> m_costs;
    ImportJournal *m_journal = nullptr;
    BatchSink m_sink;
    QStringList m_overflowTexts;
    qint64 m_overflows = 0;
};

}   // namespace tl
