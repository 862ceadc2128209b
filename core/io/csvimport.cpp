#include "csvimport.h"

#include "common/dates.h"
#include "common/enumnames.h"
#include "csvreader.h"
#include "pricing/costcalculator.h"
#include "storage/costrepository.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"

#include <QDateTime>

#include <memory>

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace tl {

namespace {

constexpr int BatchSize = 4096;

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
        return {c(F::Date, {"start_time", "start_time_iso"}, true),
                c(F::Model, {"model"}, true),
                c(F::InputTokens, {"input_tokens"}, true),
                c(F::CachedTokens, {"input_cached_tokens"}),
                c(F::OutputTokens, {"output_tokens"}, true),
                c(F::Requests, {"num_model_requests"}),
                c(F::Project, {"project_id"}),
                c(F::ApiKey, {"api_key_id"})};
    case CsvFormat::OpenAiCosts:
        return {c(F::Date, {"start_time", "start_time_iso"}, true), c(F::CostUsd, {"amount_value"}, true),
                c(F::Currency, {"amount_currency"}), c(F::LineItem, {"line_item"}), c(F::Project, {"project_id"})};
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

const QList<CsvFormat> &allFormats()
{
    // Most specific first: detection takes the first whose required columns are all there.
    static const QList<CsvFormat> formats{CsvFormat::OpenAiUsage,    CsvFormat::OpenAiCosts,
                                          CsvFormat::AnthropicUsage, CsvFormat::AnthropicCosts,
                                          CsvFormat::GoogleBilling,  CsvFormat::Generic};
    return formats;
}

std::optional<QDate> parseDay(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool digits = false;
    const qint64 seconds = text.toLongLong(&digits);
    if (digits)   // Unix seconds (OpenAI's start_time): the UTC day
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date();
    if (text.size() > 10 && text.at(10) != u'T' && text.at(10) != u' ')
        return std::nullopt;
    return parseIsoDay(text.left(10));
}

// A token or request count: empty is 0; otherwise a whole number ≥ 0.
bool parseCount(const QString &raw, qint64 *value, QString *reason, const QString &column)
{
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        *value = 0;
        return true;
    }
    bool ok = false;
    *value = text.toLongLong(&ok);
    if (!ok) {
        *reason = QStringLiteral("%1 \"%2\" is not a whole number").arg(column, text);
        return false;
    }
    if (*value < 0) {
        *reason = QStringLiteral("negative %1 (%2)").arg(column, text);
        return false;
    }
    return true;
}

const QRegularExpression &currencyPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{3}$"));
    return re;
}

bool isAiService(const QString &service)
{
    const QString s = service.toLower();
    return s.contains(u"gemini") || s.contains(u"vertex ai") || s.contains(u"generative language");
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
    mapping.costsOnly =
        format == CsvFormat::OpenAiCosts || format == CsvFormat::AnthropicCosts || format == CsvFormat::GoogleBilling;
    mapping.inputIncludesCached = format == CsvFormat::OpenAiUsage;
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
    for (CsvFormat format : allFormats()) {
        if (mappingFor(format, header))
            return format;
    }
    return std::nullopt;
}

CsvImportResult importCsv(QSqlDatabase db, QIODevice &in, const CsvImportOptions &options,
                          const PricingCatalog &catalog)
{
    CsvImportResult result;
    const auto refuse = [&](const QString &why) {
        result.ok = false;
        result.error = why;
        return result;
    };
    QSqlQuery account(db);
    account.prepare(QStringLiteral("SELECT provider FROM accounts WHERE id = ?"));
    account.addBindValue(options.accountId);
    if (!account.exec() || !account.next())
        return refuse(QStringLiteral("there is no account %1").arg(options.accountId));
    const QString provider = account.value(0).toString();
    account.finish();   // no statement may stay open: the temporary tables are dropped at the end
    const bool gateway = provider == u"openrouter";

    CsvReader reader(in);
    QStringList header;
    switch (reader.next(&header)) {
    case CsvReader::Status::Record:
        break;
    case CsvReader::Status::End:
        return refuse(QStringLiteral("the file is empty"));
    case CsvReader::Status::NotText:
        return refuse(QStringLiteral("this is not a CSV file (it contains binary data)"));
    case CsvReader::Status::BrokenQuote:
        return refuse(QStringLiteral("this is not a CSV file TokenLedger can read (broken quoting in the header)"));
    case CsvReader::Status::ReadError:
        return refuse(QStringLiteral("cannot read the file: %1").arg(reader.errorString()));
    }
    std::optional<CsvMapping> mapping = options.mapping;
    if (!mapping) {
        const std::optional<CsvFormat> format = options.format ? options.format : detectCsvFormat(header);
        if (!format) {
            int named = 0;
            for (const QString &h : std::as_const(header))
                named += !h.trimmed().isEmpty();
            if (named < 2)
                return refuse(
                    QStringLiteral("this is not a CSV file TokenLedger can read (no comma-separated header)"));
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
                    return refuse(QStringLiteral("this looks like the %1 format, which needs a \"%2\" column")
                                      .arg(csvFormatName(candidate), missing));
            }
            return refuse(QStringLiteral("the columns (%1) match no format TokenLedger knows; map them in the import "
                                         "wizard or use the generic format (README: CSV import)")
                              .arg(header.mid(0, 8).join(QStringLiteral(", "))));
        }
        QString missing;
        mapping = mappingFor(*format, header, &missing);
        if (!mapping)
            return refuse(QStringLiteral("the %1 format needs a \"%2\" column").arg(csvFormatName(*format), missing));
        result.format = *format;
    }
    const CsvMapping &m = *mapping;

    // Pass 1: read, check and stage every row in temporary tables (on disk, not in memory).
    sql::Savepoint savepoint(db, QStringLiteral("csv_import"));
    if (!savepoint.isActive())
        return refuse(savepoint.error());
    QString error;
    if (!sql::exec(db, QStringLiteral("DROP TABLE IF EXISTS temp.import_usage"), &error) ||
        !sql::exec(db, QStringLiteral("DROP TABLE IF EXISTS temp.import_costs"), &error) ||
        !sql::exec(
            db,
            QStringLiteral("CREATE TEMP TABLE import_usage (day TEXT, model TEXT, project TEXT, api_key_id TEXT, "
                           "input INTEGER, cached INTEGER, cache_write INTEGER, output INTEGER, requests INTEGER, "
                           "cost INTEGER)"),
            &error) ||
        !sql::exec(
            db,
            QStringLiteral("CREATE TEMP TABLE import_costs (day TEXT, line_item TEXT, project TEXT, currency TEXT, "
                           "amount INTEGER)"),
            &error))
        return refuse(error);
    sqlite3 *handle = sql::nativeHandle(db);
    // Finalised before pass 2 (the staging tables are dropped at the end, which open statements forbid).
    auto stageUsagePtr = std::make_unique<sql::SqliteStatement>();
    auto stageCostPtr = std::make_unique<sql::SqliteStatement>();
    sql::SqliteStatement &stageUsage = *stageUsagePtr;
    sql::SqliteStatement &stageCost = *stageCostPtr;
    if (!stageUsage.prepare(handle, "INSERT INTO temp.import_usage VALUES (?,?,?,?,?,?,?,?,?,?)", &error) ||
        !stageCost.prepare(handle, "INSERT INTO temp.import_costs VALUES (?,?,?,?,?)", &error))
        return refuse(error);

    const auto field = [&m](const QStringList &row, CsvField f) -> QString {
        const int i = m.columns.value(f, -1);
        return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
    };
    const auto bad = [&](qint64 line, const QString &reason) {
        ++result.badRowCount;
        if (result.badRows.size() < options.maxReportedBadRows)
            result.badRows.append({line, reason});
    };
    QStringList row;
    for (;;) {
        const CsvReader::Status status = reader.next(&row);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::ReadError)
            return refuse(QStringLiteral("cannot read the file: %1").arg(reader.errorString()));
        if (status == CsvReader::Status::NotText)
            return refuse(QStringLiteral("this is not a CSV file (binary data on line %1)").arg(reader.recordLine()));
        ++result.rows;
        const qint64 line = reader.recordLine();
        if (status == CsvReader::Status::BrokenQuote) {
            bad(line, QStringLiteral("broken quoting"));
            continue;
        }
        if (row.size() != header.size()) {
            bad(line, QStringLiteral("expected %1 columns, found %2").arg(header.size()).arg(row.size()));
            continue;
        }
        const std::optional<QDate> day = parseDay(field(row, CsvField::Date));
        if (!day) {
            bad(line, QStringLiteral("bad date \"%1\"").arg(field(row, CsvField::Date)));
            continue;
        }
        const QString currency = field(row, CsvField::Currency).toUpper();
        if (m.has(CsvField::Currency) && !currency.isEmpty() && !currencyPattern().match(currency).hasMatch()) {
            bad(line, QStringLiteral("unknown currency \"%1\"").arg(field(row, CsvField::Currency)));
            continue;
        }
        std::optional<Money> cost;
        if (!field(row, CsvField::CostUsd).isEmpty()) {
            const Money::ParseResult parsed =
                Money::parse(field(row, CsvField::CostUsd).remove(QLatin1Char('$')).remove(QLatin1Char(',')),
                             m.centsNotDollars ? Money::Unit::Cents : Money::Unit::Usd);
            if (!parsed.value) {
                bad(line, QStringLiteral("cost \"%1\" is not a decimal amount").arg(field(row, CsvField::CostUsd)));
                continue;
            }
            cost = parsed.value;
        }

        if (m.costsOnly) {
            if (m.has(CsvField::Service) && !isAiService(field(row, CsvField::Service))) {
                ++result.skippedRows;   // another Google Cloud service: not LLM spend
                continue;
            }
            if (!cost) {
                bad(line, QStringLiteral("no cost"));
                continue;
            }
            QString item = field(row, CsvField::LineItem);
            if (m.has(CsvField::Service))
                item = field(row, CsvField::Service) + QStringLiteral(" — ") + item;
            if (item.isEmpty())
                item = field(row, CsvField::Model).isEmpty() ? QStringLiteral("usage") : field(row, CsvField::Model);
            stageCost.bind(1, isoDay(*day));
            stageCost.bind(2, item);
            stageCost.bind(3, field(row, CsvField::Project));
            stageCost.bind(4, currency.isEmpty() ? QStringLiteral("USD") : currency);
            stageCost.bind(5, cost->nanos());
            stageCost.step();
            stageCost.reset();
            if (!stageCost.ok())
                return refuse(stageCost.error());
            ++result.goodRows;
            continue;
        }

        if (field(row, CsvField::Model).isEmpty()) {
            bad(line, QStringLiteral("no model"));
            continue;
        }
        if (m.has(CsvField::Provider) && !field(row, CsvField::Provider).isEmpty() && !gateway &&
            field(row, CsvField::Provider).toLower() != provider) {
            bad(line, QStringLiteral("provider \"%1\" is not this account's (%2)")
                          .arg(field(row, CsvField::Provider), provider));
            continue;
        }
        if (cost && cost->isNegative()) {
            bad(line, QStringLiteral("negative cost"));
            continue;
        }
        if (cost && !currency.isEmpty() && currency != u"USD") {
            bad(line, QStringLiteral("usage costs must be in USD, not %1").arg(currency));
            continue;
        }
        qint64 counts[5] = {};
        const std::pair<CsvField, const char *> countFields[] = {{CsvField::InputTokens, "input tokens"},
                                                                 {CsvField::CachedTokens, "cached tokens"},
                                                                 {CsvField::CacheWriteTokens, "cache-write tokens"},
                                                                 {CsvField::OutputTokens, "output tokens"},
                                                                 {CsvField::Requests, "requests"}};
        QString reason;
        bool countsOk = true;
        for (int i = 0; i < 5 && countsOk; ++i)
            countsOk = parseCount(field(row, countFields[i].first), &counts[i], &reason,
                                  QString::fromLatin1(countFields[i].second));
        if (!countsOk) {
            bad(line, reason);
            continue;
        }
        if (m.inputIncludesCached) {
            if (counts[1] > counts[0]) {
                bad(line,
                    QStringLiteral("more cached tokens (%1) than input tokens (%2)").arg(counts[1]).arg(counts[0]));
                continue;
            }
            counts[0] -= counts[1];   // stored input is uncached
        }
        stageUsage.bind(1, isoDay(*day));
        stageUsage.bind(2, field(row, CsvField::Model));
        stageUsage.bind(3, field(row, CsvField::Project));
        stageUsage.bind(4, field(row, CsvField::ApiKey));
        for (int i = 0; i < 5; ++i)
            stageUsage.bind(5 + i, counts[i]);
        if (cost)
            stageUsage.bind(10, cost->nanos());
        else
            stageUsage.bindNull(10);
        stageUsage.step();
        stageUsage.reset();
        if (!stageUsage.ok())
            return refuse(stageUsage.error());
        ++result.goodRows;
    }

    stageUsagePtr.reset();
    stageCostPtr.reset();
    if (result.badRowCount > 0 && !options.keepGoodRows) {
        result.error =
            QStringLiteral("%1 of %2 rows are bad; nothing was imported").arg(result.badRowCount).arg(result.rows);
        return result;   // the savepoint rolls back
    }
    if (options.dryRun) {
        result.ok = true;
        return result;   // checked, not written
    }

    // Pass 2: rows with the same key in one file are one row (summed), then the upsert path.
    CostCalculator calculator(catalog);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT day, model, project, api_key_id, SUM(input), SUM(cached), SUM(cache_write), "
                               "SUM(output), SUM(requests), SUM(cost), COUNT(cost) = COUNT(*) FROM temp.import_usage "
                               "GROUP BY day, model, project, api_key_id ORDER BY day")))
        return refuse(q.lastError().text());
    UsageRepository usage(db);
    QList<UsageRecord> batch;
    const auto flushUsage = [&]() -> bool {
        if (batch.isEmpty())
            return true;
        const UpsertResult r = usage.upsert(batch);
        batch.clear();
        if (!r.ok) {
            error = r.error;
            return false;
        }
        result.usageCreated += r.created;
        result.usageUpdated += r.updated;
        result.usageUnchanged += r.unchanged;
        return true;
    };
    while (q.next()) {
        UsageRecord r;
        r.accountId = options.accountId;
        r.day = parseIsoDay(q.value(0).toString()).value_or(QDate());
        r.model = q.value(1).toString();
        r.project = q.value(2).toString();
        r.apiKeyId = q.value(3).toString();
        r.source = QStringLiteral("csv");
        r.inputTokens = q.value(4).toLongLong();
        r.cachedInputTokens = q.value(5).toLongLong();
        r.cacheWrite5mTokens = q.value(6).toLongLong();
        r.outputTokens = q.value(7).toLongLong();
        r.requests = q.value(8).toLongLong();
        if (q.value(10).toBool()) {   // every row of this key carried a cost: the file's own figure
            r.cost = Money::fromNanos(q.value(9).toLongLong());
            r.costStatus = CostStatus::Reported;
        } else {
            calculator.apply(provider, r);   // estimated from the catalog, or unpriced
        }
        batch.append(r);
        if (batch.size() >= BatchSize && !flushUsage())
            return refuse(error);
    }
    if (!flushUsage())
        return refuse(error);

    if (!q.exec(QStringLiteral("SELECT day, line_item, project, currency, SUM(amount) FROM temp.import_costs "
                               "GROUP BY day, line_item, project, currency ORDER BY day")))
        return refuse(q.lastError().text());
    CostRepository costs(db);
    QList<CostRecord> costBatch;
    const auto flushCosts = [&]() -> bool {
        if (costBatch.isEmpty())
            return true;
        const UpsertResult r = costs.upsert(costBatch);
        costBatch.clear();
        if (!r.ok) {
            error = r.error;
            return false;
        }
        result.costsCreated += r.created;
        result.costsUpdated += r.updated;
        result.costsUnchanged += r.unchanged;
        return true;
    };
    while (q.next()) {
        CostRecord c;
        c.accountId = options.accountId;
        c.day = parseIsoDay(q.value(0).toString()).value_or(QDate());
        c.lineItem = q.value(1).toString();
        c.project = q.value(2).toString();
        c.currency = q.value(3).toString();
        c.source = QStringLiteral("csv");
        c.amount = Money::fromNanos(q.value(4).toLongLong());
        costBatch.append(c);
        if (costBatch.size() >= BatchSize && !flushCosts())
            return refuse(error);
    }
    if (!flushCosts())
        return refuse(error);
    q.finish();
    if (!sql::exec(db, QStringLiteral("DROP TABLE temp.import_usage"), &error) ||
        !sql::exec(db, QStringLiteral("DROP TABLE temp.import_costs"), &error))
        return refuse(error);
    if (!savepoint.commit())
        return refuse(savepoint.error());
    result.ok = true;
    result.written = true;
    return result;
}

}   // namespace tl
