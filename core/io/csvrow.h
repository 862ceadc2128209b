#pragma once

#include "csvformat.h"
#include "money/money.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace tl {

// One data record of a CSV file, checked against its mapping: a usage row or a billed cost to
// stage, a row that is not LLM spend, or a bad row with the reason. No storage involved, so the
// checks can be tested and fuzzed on their own.
struct CsvRow
{
    enum class Kind
    {
        Usage,
        Cost,
        Skipped,   // not LLM spend (another Google Cloud service)
        Bad,
    };
    Kind kind = Kind::Bad;
    QString reason;   // Bad: for people, e.g. bad date "2026-13-01"
    QDate day;
    QString model;
    QString project;
    QString apiKeyId;
    QString lineItem;         // costs
    QString currency;         // costs: an upper-case code, USD when the file has none
    qint64 inputTokens = 0;   // uncached
    qint64 cachedTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 outputTokens = 0;
    qint64 requests = 0;
    std::optional<Money> cost;   // usage: the file's own cost, if any; costs: the amount
};

// Checks one record of a file whose header has `columnCount` columns. `accountProvider` is the
// provider of the account the rows go to (a usage row naming another provider is bad).
CsvRow parseCsvRow(const CsvMapping &mapping, const QStringList &fields, qsizetype columnCount,
                   const QString &accountProvider);

}   // namespace tl
