#pragma once

#include <QHash>
#include <QStringList>

#include <optional>

namespace tl {

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
// Why a header matches no format, in one sentence for people (which column a near miss lacks).
QString unknownHeaderReason(const QStringList &header);

}   // namespace tl
