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
    QString serviceTier;      // usage: batch, priority, ..., with "+long-context" for long-context rows
    QString lineItem;         // costs
    QString currency;         // costs: an upper-case code, USD when the file has none
    qint64 inputTokens = 0;   // uncached
    qint64 cachedTokens = 0;
    qint64 cacheWriteTokens = 0;   // 5-minute (or unspecified) cache writes
    qint64 cacheWrite1hTokens = 0;
    qint64 outputTokens = 0;
    qint64 requests = 0;
    std::optional<Money> cost;   // usage: the file's own cost, if any; costs: the amount
    // Costs of a file that names models for people (Anthropic Console): the display name, which
    // starts lineItem; the importer maps it to the catalog id.
    QString displayModel;
};

// An amount cell: a decimal number (exponent allowed), optionally signed and with a leading "$"
// ("-$1,234.50", "$-3", "4.5e-05"). A comma is read only as a thousands separator in its exact
// places ("1,234.50", "12,345"); anywhere else ("1,5", "1.234,50", "12,34,5") the cell is refused
// rather than guessed. nullopt with *reason (for people, naming the cell) when it is not an amount
// or does not fit in 64-bit nano-USD.
std::optional<Money> parseCsvAmount(QStringView text, Money::Unit unit, QString *reason);

// A count cell: empty is 0; a whole number, also written as a float ("10.0", as OpenAI's exports
// do) — never a fraction ("10.5"), a sign or more than 64 bits. nullopt with *reason naming it.
std::optional<qint64> parseCsvCount(QStringView text, const QString &column, QString *reason);

// Checks one record of a file whose header has `columnCount` columns. `accountProvider` is the
// provider of the account the rows go to (a usage row naming another provider is bad).
CsvRow parseCsvRow(const CsvMapping &mapping, const QStringList &fields, qsizetype columnCount,
                   const QString &accountProvider);

}   // namespace tl
