#pragma once

#include <QHash>
#include <QStringList>

#include <optional>

namespace tl {

// The CSV layouts TokenLedger reads (README: "CSV import" lists every column).
enum class CsvFormat
{
    Generic,          // TokenLedger's own: date, model, tokens, requests, cost_usd, project, api_key_id
    OpenAiUsage,      // OpenAI platform Usage export (any endpoint file): start_time, model, num_model_requests, ...
    OpenAiCosts,      // OpenAI platform Cost export: start_time, amount_value, amount_currency, line_item, ...
    AnthropicUsage,   // usage with the Admin API's field names: usage_date_utc, model, uncached_input_tokens, ...
    AnthropicCosts,   // costs with the Admin API's field names: usage_date_utc, description, cost_usd, workspace
    GoogleBilling,    // Google Cloud Billing report: Usage start date, Service/SKU description, Cost ($)
    AnthropicConsoleUsage,   // Anthropic Console Usage export: usage_date_utc, model_version, context_window, ...
    AnthropicConsoleCosts,   // Anthropic Console Cost export: usage_date_utc, model (display name), token_type, ...
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
    Service,               // Google: only AI services are imported
    CacheWrite1hTokens,    // Anthropic's 1-hour cache writes (CacheWriteTokens holds the 5-minute ones)
    UncachedInputTokens,   // OpenAI's input_uncached_tokens: when given, it is the uncached input
    ServiceTier,           // OpenAI: default, flex, priority, ...
    Batch,                 // OpenAI: TRUE / FALSE
    UsageType,             // Anthropic Console: standard, batch, ...
    ContextWindow,         // Anthropic Console: "≤ 200k" / "> 200k" (long-context prices)
    CostType,              // Anthropic Console costs: tokens, web_search, ...
};

// Which column holds which field (0-based), for a format or a mapping the user chose.
struct CsvMapping
{
    QHash<CsvField, int> columns;
    bool costsOnly = false;             // rows are billed costs, not usage
    bool inputIncludesCached = false;   // OpenAI counts cached tokens inside input
    bool centsNotDollars = false;
    // Anthropic Console costs name models for people ("Claude Sonnet 4.5"): mapped to catalog ids.
    bool displayModelNames = false;
    // OpenAI exports write an empty time bucket as a row with only its times: skipped, not bad.
    // The time columns of such a file (start_time, end_time and their _iso twins).
    bool blankBucketsSkipped = false;
    QList<int> timeColumns;
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
