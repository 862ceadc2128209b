#include "csvformat.h"

#include "common/enumnames.h"

namespace tl {

namespace {

QString normalized(const QString &name)
{
    return name.trimmed().toLower();
}

struct Column
{
    CsvField field;
    QStringList names;   // accepted header names, normalized
    bool required = false;
};

QList<Column> columnsOf(CsvFormat format)
{
    using F = CsvField;
    const auto c = [](F f, std::initializer_list<const char *> names, bool required = false) {
        Column col{f, {}, required};
        for (const char *n : names)
            col.names << QString::fromLatin1(n);
        return col;
    };
    switch (format) {
    case CsvFormat::Generic:
        return {c(F::Date, {"date", "day"}, true),
                c(F::Model, {"model"}, true),
                c(F::Provider, {"provider"}),
                c(F::InputTokens, {"input_tokens"}),
                c(F::CachedTokens, {"cached_input_tokens"}),
                c(F::CacheWriteTokens, {"cache_write_tokens"}),
                c(F::OutputTokens, {"output_tokens"}),
                c(F::Requests, {"requests"}),
                c(F::CostUsd, {"cost_usd"}),
                c(F::Project, {"project"}),
                c(F::ApiKey, {"api_key_id"})};
    case CsvFormat::OpenAiUsage:
        // Every endpoint file (completions, embeddings, moderations, images, audio) has these;
        // the token columns are there where the endpoint counts tokens.
        return {c(F::Date, {"start_time", "start_time_iso"}, true),
                c(F::Model, {"model"}, true),
                c(F::Requests, {"num_model_requests"}, true),
                c(F::InputTokens, {"input_tokens"}),
                c(F::CachedTokens, {"input_cached_tokens"}),
                c(F::UncachedInputTokens, {"input_uncached_tokens"}),
                c(F::OutputTokens, {"output_tokens"}),
                c(F::Project, {"project_id"}),
                c(F::ApiKey, {"api_key_id"}),
                c(F::ServiceTier, {"service_tier"}),
                c(F::Batch, {"batch"})};
    case CsvFormat::OpenAiCosts:
        return {c(F::Date, {"start_time", "start_time_iso"}, true), c(F::CostUsd, {"amount_value"}, true),
                c(F::Currency, {"amount_currency"}), c(F::LineItem, {"line_item"}), c(F::Project, {"project_id"})};
    case CsvFormat::AnthropicConsoleUsage:
        return {c(F::Date, {"usage_date_utc"}, true),
                c(F::Model, {"model_version"}, true),
                c(F::InputTokens, {"usage_input_tokens_no_cache"}, true),
                c(F::CacheWriteTokens, {"usage_input_tokens_cache_write_5m", "usage_input_tokens_cache_write"}),
                c(F::CacheWrite1hTokens, {"usage_input_tokens_cache_write_1h"}),
                c(F::CachedTokens, {"usage_input_tokens_cache_read"}),
                c(F::OutputTokens, {"usage_output_tokens"}, true),
                c(F::Project, {"workspace"}),
                c(F::ApiKey, {"api_key"}),
                c(F::UsageType, {"usage_type"}),
                c(F::ContextWindow, {"context_window"})};
    case CsvFormat::AnthropicConsoleCosts:
        return {c(F::Date, {"usage_date_utc"}, true), c(F::Model, {"model"}, true),
                c(F::CostUsd, {"cost_usd"}, true),    c(F::Project, {"workspace"}),
                c(F::UsageType, {"usage_type"}),      c(F::ContextWindow, {"context_window"}),
                c(F::CostType, {"cost_type"}),        c(F::LineItem, {"token_type"}, true)};
    case CsvFormat::AnthropicUsage:
        return {c(F::Date, {"usage_date_utc"}, true),
                c(F::Model, {"model"}, true),
                c(F::InputTokens, {"uncached_input_tokens"}, true),
                c(F::CachedTokens, {"cache_read_input_tokens"}),
                c(F::CacheWriteTokens, {"cache_creation_input_tokens"}),
                c(F::OutputTokens, {"output_tokens"}, true),
                c(F::Project, {"workspace"}),
                c(F::ApiKey, {"api_key"})};
    case CsvFormat::AnthropicCosts:
        return {c(F::Date, {"usage_date_utc"}, true), c(F::CostUsd, {"cost_usd"}, true),
                c(F::LineItem, {"description"}), c(F::Model, {"model"}), c(F::Project, {"workspace"})};
    case CsvFormat::GoogleBilling:
        return {c(F::Date, {"usage start date"}, true), c(F::Service, {"service description"}, true),
                c(F::LineItem, {"sku description"}),    c(F::CostUsd, {"unrounded cost ($)", "cost ($)", "cost"}, true),
                c(F::Currency, {"currency"}),           c(F::Project, {"project id"})};
    }
    return {};
}

// OpenAI's Usage export of a period without any usage has only its four time columns.
bool isEmptyOpenAiExport(const QStringList &normalizedNames)
{
    return normalizedNames == QStringList{QStringLiteral("start_time"), QStringLiteral("end_time"),
                                          QStringLiteral("start_time_iso"), QStringLiteral("end_time_iso")};
}

const QList<CsvFormat> &allFormats()
{
    // Most specific first: detection takes the first whose required columns are all there.
    static const QList<CsvFormat> formats{CsvFormat::AnthropicConsoleUsage, CsvFormat::AnthropicConsoleCosts,
                                          CsvFormat::OpenAiUsage,           CsvFormat::OpenAiCosts,
                                          CsvFormat::AnthropicUsage,        CsvFormat::AnthropicCosts,
                                          CsvFormat::GoogleBilling,         CsvFormat::Generic};
    return formats;
}

}   // namespace

QString csvFormatName(CsvFormat format)
{
    switch (format) {
    case CsvFormat::Generic:
        return QStringLiteral("generic");
    case CsvFormat::OpenAiUsage:
        return QStringLiteral("openai-usage");
    case CsvFormat::OpenAiCosts:
        return QStringLiteral("openai-costs");
    case CsvFormat::AnthropicUsage:
        return QStringLiteral("anthropic-usage");
    case CsvFormat::AnthropicCosts:
        return QStringLiteral("anthropic-costs");
    case CsvFormat::GoogleBilling:
        return QStringLiteral("google-billing");
    case CsvFormat::AnthropicConsoleUsage:
        return QStringLiteral("anthropic-console-usage");
    case CsvFormat::AnthropicConsoleCosts:
        return QStringLiteral("anthropic-console-costs");
    }
    return {};
}

std::optional<CsvFormat> csvFormatFromName(QStringView name)
{
    return enumFromName<CsvFormat>(name, allFormats(), csvFormatName);
}

std::optional<CsvMapping> mappingFor(CsvFormat format, const QStringList &header, QString *missing)
{
    QStringList names;
    for (const QString &h : header)
        names << normalized(h);
    CsvMapping mapping;
    mapping.costsOnly = format == CsvFormat::OpenAiCosts || format == CsvFormat::AnthropicCosts ||
                        format == CsvFormat::GoogleBilling || format == CsvFormat::AnthropicConsoleCosts;
    mapping.inputIncludesCached = format == CsvFormat::OpenAiUsage;
    mapping.displayModelNames = format == CsvFormat::AnthropicConsoleCosts;
    mapping.blankBucketsSkipped = format == CsvFormat::OpenAiUsage || format == CsvFormat::OpenAiCosts;
    if (mapping.blankBucketsSkipped) {
        for (const char *time : {"start_time", "end_time", "start_time_iso", "end_time_iso"}) {
            if (const qsizetype i = names.indexOf(QString::fromLatin1(time)); i >= 0)
                mapping.timeColumns.append(int(i));
        }
    }
    if (format == CsvFormat::OpenAiUsage && isEmptyOpenAiExport(names)) {
        mapping.columns.insert(CsvField::Date, 0);   // no usage in the period: nothing else to read
        return mapping;
    }
    for (const Column &column : columnsOf(format)) {
        int index = -1;
        for (const QString &n : column.names) {
            index = int(names.indexOf(n));
            if (index >= 0)
                break;
        }
        if (index >= 0) {
            mapping.columns.insert(column.field, index);
        } else if (column.required) {
            if (missing)
                *missing = column.names.first();
            return std::nullopt;
        }
    }
    return mapping;
}

std::optional<CsvFormat> detectCsvFormat(const QStringList &header)
{
    QStringList names;
    for (const QString &h : header)
        names << normalized(h);
    if (isEmptyOpenAiExport(names))
        return CsvFormat::OpenAiUsage;
    for (CsvFormat format : allFormats()) {
        if (mappingFor(format, header))
            return format;
    }
    return std::nullopt;
}

QString unknownHeaderReason(const QStringList &header)
{
    int named = 0;
    for (const QString &h : header)
        named += !h.trimmed().isEmpty();
    if (named < 2)
        return QStringLiteral("this is not a CSV file TokenLedger can read (no comma-separated header)");
    // Close to a known format: say which column is missing.
    for (CsvFormat candidate : allFormats()) {
        int present = 0;
        int required = 0;
        for (const Column &c : columnsOf(candidate)) {
            if (!c.required)
                continue;
            ++required;
            for (const QString &n : c.names)
                present += header.contains(n, Qt::CaseInsensitive) ? 1 : 0;
        }
        QString missing;
        if (present >= 2 && present == required - 1 && !mappingFor(candidate, header, &missing))
            return QStringLiteral("this looks like the %1 format, which needs a \"%2\" column")
                .arg(csvFormatName(candidate), missing);
    }
    return QStringLiteral("the columns (%1) match no format TokenLedger knows; map them in the import "
                          "wizard or use the generic format (README: CSV import)")
        .arg(header.mid(0, 8).join(QStringLiteral(", ")));
}

}   // namespace tl
