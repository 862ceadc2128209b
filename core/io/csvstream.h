#pragma once

#include "csvimport.h"
#include "csvreader.h"
#include "csvrow.h"
#include "csvstagedwriter.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace tl {

class PricingCatalog;

// A billed cost row as it is staged (temp.import_costs) and summed by CsvStagedWriter::writeCosts.
struct StagedCost
{
    QString day;   // ISO
    QString lineItem;
    QString project;
    QString currency;
    qint64 amount = 0;   // nano-USD (or nanos of `currency`)
    qint64 line = 0;     // so that a sum too large can name its lines
};

// What reading a file's data records needs, all of it read-only while they are read.
struct CsvRowContext
{
    const CsvMapping &mapping;
    qsizetype columns;         // of the header
    const QString &provider;   // the account's
    const CsvImportOptions &options;
    const PricingCatalog &catalog;
};

// Turns checked rows into what is staged or written: each day formatted once (files come day by
// day), each display name of a model looked up in the catalog once.
class CsvRowStager
{
public:
    explicit CsvRowStager(const CsvRowContext &context)
        : m_context(context)
    {}
    StagedUsage usage(const CsvRow &row, qint64 line);
    StagedCost cost(const CsvRow &row, qint64 line);

private:
    const QString &dayText(QDate day);
    QString shared(const QString &text);

    const CsvRowContext &m_context;
    QDate m_date;
    QString m_day;
    QHash<QString, QString> m_modelIds;
    // Models, projects, keys and tiers seen lately: a row's copy shares their text, so the records
    // hold a few strings between them rather than several each, which the writing thread would
    // otherwise free one by one (memory from another thread's heap arena) after every batch.
    QSet<QString> m_shared;
};

// Reads every data record after the header, checks it and hands each good usage or cost row to
// `take` (which returns false to stop reading); counts the rows, the bad and skipped ones and the
// days covered in *result. Returns why the file cannot be read on, or an empty string (read to
// its end, or stopped by `take`).
using CsvRowTaker = std::function<bool(const CsvRow &row, qint64 line)>;
QString readCsvRows(CsvReader &reader, const CsvRowContext &context, CsvImportResult &result, const CsvRowTaker &take);

// A file that comes day by day (most exports list a day's rows together, in order of days) is
// written as it is read: a day's usage rows are held until the next day starts, put in key order
// and handed to `writer`. Reading, checking, summing and pricing run on a thread of their own;
// this thread (the database connection's) stages the cost rows through `stageCost` and writes
// the usage records as they come, at most a few batches behind — so an import takes about as
// long as its writes, with memory flat whatever the file's size. A day that comes back after a
// later one, or a day too large to hold, ends the attempt with `restart` (the caller rolls back
// and reads the file again through the staging table, sorted by SQLite on disk). The writer's
// rollups are not flushed here.
struct CsvStreamOutcome
{
    bool ok = false;
    bool restart = false;
    QString error;   // when neither ok nor restart
};
using CsvCostStager = std::function<bool(const StagedCost &cost, QString *error)>;
CsvStreamOutcome streamCsvRows(CsvReader &reader, const CsvRowContext &context, CsvImportResult &result,
                               CsvStagedWriter &writer, const CsvCostStager &stageCost);

}   // namespace tl
