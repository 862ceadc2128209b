#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tl {

// A price per million tokens, with the dataset's input-size tiers: when a request's input
// crosses a tier's threshold, *all* its tokens take the tier price.
struct TieredPrice
{
    Money base;                              // USD per 1M tokens, as nano-USD
    QList<std::pair<qint64, Money>> tiers;   // (input-token threshold, price), ascending

    bool isTiered() const { return !tiers.isEmpty(); }
};

// The prices of one model in force from one date. Absent fields are "not priced this way".
// Token prices are per million tokens; request and web-search prices per thousand.
struct ModelPrices
{
    std::optional<TieredPrice> input;          // uncached input
    std::optional<TieredPrice> cacheRead;      // cached input read
    std::optional<TieredPrice> cacheWrite5m;   // cache write (default / 5-minute TTL)
    std::optional<TieredPrice> cacheWrite1h;   // cache write with a 1-hour TTL
    std::optional<TieredPrice> output;
    std::optional<TieredPrice> inputAudio;
    std::optional<TieredPrice> outputAudio;
    std::optional<TieredPrice> outputReasoning;
    std::optional<Money> requestsPerThousand;
    std::optional<Money> webSearchesPerThousand;

    bool isTiered() const;
    bool isEmpty() const;
};

// Where a price came from, for people: which provider and model entry of the catalog (or an
// override), the rule that matched the name, and the date it took effect.
struct PriceQuote
{
    ModelPrices prices;
    QString provider;         // catalog provider id ("openai", "x-ai", ...)
    QString modelId;          // catalog model id, or the override's model
    QString modelName;        // display name
    QString normalizedName;   // the name after TokenLedger's normalisation
    QString matchedRule;      // e.g. starts_with "claude-sonnet-4-5"
    std::optional<QDate> effectiveFrom;
    bool isOverride = false;
    bool timeOfDayVaries = false;   // the catalog has time-of-day prices; see README
};

}   // namespace tl
