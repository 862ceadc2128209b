#pragma once

#include "csvformat.h"
#include "records/records.h"

#include <QDate>
#include <QIODevice>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace tl {

class PricingCatalog;

// The file an import reads, as the import history records it.
struct ImportSource
{
    QString fileName;   // without its folder
    qint64 size = 0;
    QString sha256;   // hex
};
// ImportInput (importinput.h) opens a file or stream and says what this records of it.

struct CsvImportOptions
{
    qint64 accountId = 0;
    std::optional<CsvFormat> format;     // detected from the header when empty
    std::optional<CsvMapping> mapping;   // the wizard's column mapping for an unknown layout
    bool dryRun = false;                 // read and check everything, write nothing
    bool keepGoodRows = false;           // with bad rows: import the good ones (else nothing)
    int maxReportedBadRows = 200;
    // Recorded in the import history (which can undo it) when set; a dry run records nothing.
    std::optional<ImportSource> source;
};

struct CsvBadRow
{
    qint64 line = 0;   // 1-based line in the file
    QString reason;
};

struct CsvImportResult
{
    bool ok = false;   // false: nothing was written (see error / badRows)
    QString error;     // why the whole file was refused
    CsvFormat format = CsvFormat::Generic;
    qint64 rows = 0;   // data rows read
    qint64 goodRows = 0;
    qint64 skippedRows = 0;   // rows that are not LLM spend (other Google Cloud services, empty time buckets)
    QDate firstDay;           // the days the good rows cover
    QDate lastDay;
    qint64 badRowCount = 0;
    QList<CsvBadRow> badRows;   // the first maxReportedBadRows of them
    qint64 usageCreated = 0;
    qint64 usageUpdated = 0;
    qint64 usageUnchanged = 0;
    qint64 costsCreated = 0;
    qint64 costsUpdated = 0;
    qint64 costsUnchanged = 0;
    bool written = false;
    qint64 importId = 0;           // the history entry that can undo it (0: none recorded)
    qint64 sameFileImportId = 0;   // this very file (same SHA-256) was imported before as this one
};

// Imports a CSV into `accountId` through the same upsert path as a sync (source "csv"), in
// one transaction: re-importing a file changes nothing; with bad rows nothing is written unless
// keepGoodRows. Usage rows without a cost are priced from `catalog` as estimated. Streams the
// file: memory does not grow with its size.
CsvImportResult importCsv(QSqlDatabase db, QIODevice &in, const CsvImportOptions &options,
                          const PricingCatalog &catalog);

}   // namespace tl
