#pragma once

#include "catalog.h"
#include "records/records.h"

#include <QHash>

namespace tl {

// How a provider reports cached input. OpenAI (and the OpenAI-compatible APIs: OpenRouter,
// Groq, DeepSeek, xAI, Mistral, Perplexity) and Google count cached tokens *inside* their input
// token count; Anthropic reports uncached input, cache reads and cache writes separately.
// UsageRecord::inputTokens is always uncached input, so adapters convert with this.
bool providerCountsCachedInsideInput(const QString &provider);
// Uncached input from a provider's reported input and cached counts (never negative).
qint64 uncachedInputTokens(const QString &provider, qint64 reportedInput, qint64 cachedTokens);

// A usage row's service tier can say its requests crossed the model's long-context threshold (the
// Anthropic Console export's "> 200k" rows): "long-context", alone or after the tier
// ("batch+long-context"). Such rows are priced at the long-context (tier) price, all their tokens.
bool isLongContextTier(QStringView serviceTier);
QString withLongContext(const QString &serviceTier);   // "" -> "long-context", "batch" -> "batch+long-context"
// The tier without the long-context mark ("batch+long-context" -> "batch").
QString withoutLongContext(const QString &serviceTier);

struct CostResult
{
    std::optional<Money> cost;   // empty: unpriced
    CostStatus status = CostStatus::Unpriced;
    QString reason;   // why it is unpriced, for people
    // The cost does not fit in 64-bit nano-USD (absurd token counts or prices): an error, never
    // "unpriced" — `reason` names the record.
    bool overflow = false;
};

// The per-million prices one row is billed at, each token kind's after the fallbacks (cache reads
// and writes without their own price cost what input costs) and the long-context choice. Absent:
// that kind is not priced. Requests are per thousand.
struct TokenRates
{
    std::optional<Money> input;
    std::optional<Money> cacheRead;
    std::optional<Money> cacheWrite5m;
    std::optional<Money> cacheWrite1h;
    std::optional<Money> output;
    std::optional<Money> requestsPerThousand;

    static TokenRates of(const ModelPrices &prices, bool longContext);
};

// What one row costs at some rates: the exact sum rounded to the nano once. Both the per-row
// pricing (CostCalculator) and the set-based re-pricing (Repricer) go through this one function.
struct TokenCost
{
    std::optional<Money> cost;   // empty: unpriced (missingKind says why) or overflow
    int missingKind = -1;        // the token kind with tokens but no price (index into kindName())
    bool overflow = false;

    static TokenCost of(const TokenRates &rates, qint64 input, qint64 cachedInput, qint64 cacheWrite5m,
                        qint64 cacheWrite1h, qint64 output, qint64 requests);
    static const char *kindName(int kind);   // "input", "cached input", ...
};

// Prices a usage record with the price in force on its UTC day: uncached input, cache reads,
// cache writes (5 min / 1 h), output and requests, summed exactly and rounded to the nano
// once. Tiered prices use their base price (daily totals do not show request sizes; see
// README). A token kind the model has tokens of but no price for leaves the record unpriced.
class CostCalculator
{
public:
    explicit CostCalculator(const PricingCatalog &catalog);

    enum class Reason
    {
        Always,         // CostResult::reason says why a record is unpriced
        OnlyOverflow,   // not built for unpriced records (bulk paths that do not show it)
    };
    CostResult price(const QString &provider, const UsageRecord &record, Reason reason = Reason::Always) const;
    // The input size (uncached + cache reads + cache writes) above which a request of this model is
    // billed wholly at its long-context price — the first tier of its input price; nullopt when the
    // model has no long-context price (or is unpriced). A usage row of such requests carries the
    // "long-context" tier mark.
    std::optional<qint64> longContextThreshold(const QString &provider, const QString &model, QDate day) const;
    // Applies price() to a record that has no billed amount of its own ("reported" stays).
    // False (with *error naming the record) when its cost does not fit: the caller must refuse it.
    bool apply(const QString &provider, UsageRecord &record, QString *error = nullptr) const;

private:
    const std::optional<PriceQuote> &quote(const QString &provider, const QString &model, QDate day) const;

    const PricingCatalog &m_catalog;
    // Lookups repeat for every row of a model: remember the quotes of one provider for the days
    // between two of the catalog's price changes, where price() answers the same for every day
    // (the catalog is immutable for this calculator's lifetime; callers go day by day, so memory
    // stays small). A cache per day looked every model up again each day (a CSV import of 400
    // rows a day spent a sixth of its time there).
    mutable std::optional<QList<QDate>> m_changeDays;   // PricingCatalog::priceChangeDays(), on first use
    mutable QString m_quotesProvider;
    mutable QDate m_quotesFrom;   // [from, until) of the cached quotes; invalid: unbounded
    mutable QDate m_quotesUntil;
    mutable bool m_quotesValid = false;
    mutable QHash<QString, std::optional<PriceQuote>> m_quotes;   // by model
};

}   // namespace tl
