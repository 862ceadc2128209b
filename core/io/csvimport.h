#pragma once

#include "records/records.h"

#include <QDate>
#include <QHash>
#include <QIODevice>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace tl {

class PricingCatalog;

// The CSV layouts TokenLedger reads (README: "CSV import" lists every column).
enum class CsvFormat
{
    Generic,          // TokenLedger's own: date, model, tokens, requests, cost_usd, project, api_key_id
    OpenAiUsage,      // OpenAI usage export: start_time, model, input_tokens, input_cached_tokens, ...
    OpenAiCosts,      // OpenAI cost export: start_time, amount_value, amount_currency, line_item, project_id
    AnthropicUsage,   // Anthropic Console usage export: usage_date_utc, model, uncached_input_tokens, ...
    AnthropicCosts,   // Anthropic Console cost export: usage_date_utc, description, cost_usd, workspace
    GoogleBilling,    // Google Cloud Billing report: Usage start date, Service/SKU description, Cost ($)
};
QString csvFormatName(CsvFormat format);   // "generic", "openai-usage", ...
std::optional<CsvFormat> csvFormatFromName(QStringView name);

// The fields a row can carry, whatever its format calls them.
enum class CsvField
{
    Date,
    Provider,
    Model,
    Project,
    ApiKey,
    InputTokens,   // uncached
    CachedTokens,
    CacheWriteTokens,
    OutputTokens,
    Requests,
    CostUsd,
    Currency,
    LineItem,
    Service,   // Google: only AI services are imported
};

// Which column holds which field (0-based), for a format or a mapping the user chose.
struct CsvMapping
{
    QHash<CsvField, int> columns;
    bool costsOnly = false;             // rows are billed costs, not usage
    bool inputIncludesCached = false;   // OpenAI counts cached tokens inside input
    bool centsNotDollars = false;
    bool has(CsvField f) const { return columns.contains(f); }
};

// Detects the format from a header row (case and spacing ignored); nullopt when unknown.
std::optional<CsvFormat> detectCsvFormat(const QStringList &header);
// The mapping of a known format onto this header; nullopt when a required column is missing
// (*missing names it).
std::optional<CsvMapping> mappingFor(CsvFormat format, const QStringList &header, QString *missing = nullptr);

struct CsvImportOptions
{
    qint64 accountId = 0;
    std::optional<CsvFormat> format;     // detected from the header when empty
    std::optional<CsvMapping> mapping;   // the wizard's column mapping for an unknown layout
    bool dryRun = false;                 // read and check everything, write nothing
    bool keepGoodRows = false;           // with bad rows: import the good ones (else nothing)
    int maxReportedBadRows = 200;
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
    qint64 skippedRows = 0;   // rows that are not LLM spend (other Google Cloud services)
    qint64 badRowCount = 0;
    QList<CsvBadRow> badRows;   // the first maxReportedBadRows of them
    qint64 usageCreated = 0;
    qint64 usageUpdated = 0;
    qint64 usageUnchanged = 0;
    qint64 costsCreated = 0;
    qint64 costsUpdated = 0;
    qint64 costsUnchanged = 0;
    bool written = false;
};

// Imports a CSV into `accountId` through the same upsert path as a sync (source "csv"), in
// one transaction: re-importing a file changes nothing; with bad rows nothing is written unless
// keepGoodRows. Usage rows without a cost are priced from `catalog` as estimated. Streams the
// file: memory does not grow with its size.
CsvImportResult importCsv(QSqlDatabase db, QIODevice &in, const CsvImportOptions &options,
                          const PricingCatalog &catalog);

}   // namespace tl
