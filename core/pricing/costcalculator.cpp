#include "costcalculator.h"

#include <algorithm>
#include <limits>

namespace tl {

bool providerCountsCachedInsideInput(const QString &provider)
{
    return provider != u"anthropic";
}

qint64 uncachedInputTokens(const QString &provider, qint64 reportedInput, qint64 cachedTokens)
{
    if (!providerCountsCachedInsideInput(provider))
        return reportedInput;
    return std::max<qint64>(0, reportedInput - cachedTokens);
}

namespace {
CostResult tooLarge(const UsageRecord &r)
{
    CostResult result;
    result.overflow = true;
    result.reason = QStringLiteral("the cost of %1 on %2 (input %3, output %4 tokens, %5 requests) is too large to "
                                   "represent (more than $9,223,372,036.85)")
                        .arg(r.model, r.day.toString(Qt::ISODate))
                        .arg(r.inputTokens)
                        .arg(r.outputTokens)
                        .arg(r.requests);
    return result;
}
}   // namespace

namespace {
const QString LongContext = QStringLiteral("long-context");
}   // namespace

bool isLongContextTier(QStringView serviceTier)
{
    // (A literal: this runs for every record priced, and building "+long-context" allocated.)
    return serviceTier == LongContext || serviceTier.endsWith(u"+long-context");
}

QString withLongContext(const QString &serviceTier)
{
    if (isLongContextTier(serviceTier))
        return serviceTier;
    return serviceTier.isEmpty() ? LongContext : serviceTier + QLatin1Char('+') + LongContext;
}

QString withoutLongContext(const QString &serviceTier)
{
    if (serviceTier == LongContext)
        return {};
    return isLongContextTier(serviceTier) ? serviceTier.chopped(LongContext.size() + 1) : serviceTier;
}

CostCalculator::CostCalculator(const PricingCatalog &catalog)
    : m_catalog(catalog)
{}

TokenRates TokenRates::of(const ModelPrices &p, bool longContext)
{
    // Long-context rows (requests whose input crossed the model's long-context threshold): every
    // token at the model's long-context price — its first tier, the threshold such rows are
    // classified by (longContextThreshold()). Other rows at the base price (daily totals do not
    // show request sizes).
    const auto base = [longContext](const std::optional<TieredPrice> &t) -> std::optional<Money> {
        if (!t)
            return std::nullopt;
        if (longContext && !t->tiers.isEmpty())
            return t->tiers.constFirst().second;
        return t->base;
    };
    TokenRates rates;
    rates.input = base(p.input);
    // Without their own price, cache reads and writes cost what input costs: never $0.
    rates.cacheRead = p.cacheRead ? base(p.cacheRead) : rates.input;
    rates.cacheWrite5m = p.cacheWrite5m ? base(p.cacheWrite5m) : rates.input;
    rates.cacheWrite1h = p.cacheWrite1h ? base(p.cacheWrite1h) : rates.cacheWrite5m;
    rates.output = base(p.output);
    rates.requestsPerThousand = p.requestsPerThousand;
    return rates;
}

TokenCost TokenCost::of(const TokenRates &rates, qint64 input, qint64 cachedInput, qint64 cacheWrite5m,
                        qint64 cacheWrite1h, qint64 output, qint64 requests)
{
    TokenCost result;
    TokenCostAccumulator sum;
    const std::pair<qint64, const std::optional<Money> *> parts[] = {
        {input, &rates.input},
        {cachedInput, &rates.cacheRead},
        {cacheWrite5m, &rates.cacheWrite5m},
        {cacheWrite1h, &rates.cacheWrite1h},
        {output, &rates.output},
    };
    for (size_t i = 0; i < std::size(parts); ++i) {
        const auto &[tokens, price] = parts[i];
        if (tokens == 0)
            continue;
        if (!*price) {
            result.missingKind = int(i);
            return result;
        }
        if (!sum.add(tokens, **price)) {
            result.overflow = true;
            return result;
        }
    }
    // Per-request prices are per thousand: requests × 1000 at a per-million rate is the same.
    if (requests > 0 && rates.requestsPerThousand &&
        (requests > std::numeric_limits<qint64>::max() / 1000 ||
         !sum.add(requests * 1000, *rates.requestsPerThousand))) {
        result.overflow = true;
        return result;
    }
    result.cost = sum.total();
    result.overflow = !result.cost;
    return result;
}

const char *TokenCost::kindName(int kind)
{
    static const char *const names[] = {"input", "cached input", "cache write", "1-hour cache write", "output"};
    return kind >= 0 && kind < int(std::size(names)) ? names[kind] : "";
}

CostResult CostCalculator::price(const QString &provider, const UsageRecord &r, Reason reason) const
{
    CostResult result;
    const std::optional<PriceQuote> &quote = this->quote(provider, r.model, r.day);
    if (!quote) {
        if (reason == Reason::Always)
            result.reason = QStringLiteral("no price for %1 on %2").arg(r.model, r.day.toString(Qt::ISODate));
        return result;
    }
    const TokenCost cost =
        TokenCost::of(TokenRates::of(quote->prices, isLongContextTier(r.serviceTier)), r.inputTokens,
                      r.cachedInputTokens, r.cacheWrite5mTokens, r.cacheWrite1hTokens, r.outputTokens, r.requests);
    if (cost.overflow)
        return tooLarge(r);
    if (!cost.cost) {
        if (reason == Reason::Always)
            result.reason = QStringLiteral("%1 has no %2 price")
                                .arg(quote->modelId, QLatin1String(TokenCost::kindName(cost.missingKind)));
        return result;
    }
    result.cost = cost.cost;
    result.status = CostStatus::Estimated;
    return result;
}

const std::optional<PriceQuote> &CostCalculator::quote(const QString &provider, const QString &model, QDate day) const
{
    const bool inPeriod = m_quotesValid && day.isValid() && (!m_quotesFrom.isValid() || day >= m_quotesFrom) &&
                          (!m_quotesUntil.isValid() || day < m_quotesUntil);
    if (!inPeriod || provider != m_quotesProvider) {
        if (!m_changeDays)
            m_changeDays = m_catalog.priceChangeDays();
        // The change days around `day`: the last one on or before it, the first one after it. An
        // invalid day (never stored) is looked up on its own each time.
        const auto next = std::upper_bound(m_changeDays->cbegin(), m_changeDays->cend(), day);
        m_quotesFrom = next == m_changeDays->cbegin() ? QDate() : *(next - 1);
        m_quotesUntil = next == m_changeDays->cend() ? QDate() : *next;
        m_quotesValid = day.isValid();
        m_quotesProvider = provider;
        m_quotes.clear();
    }
    auto it = m_quotes.find(model);
    if (it == m_quotes.end())
        it = m_quotes.insert(model, m_catalog.price(provider, model, day));
    return *it;
}

std::optional<qint64> CostCalculator::longContextThreshold(const QString &provider, const QString &model,
                                                           QDate day) const
{
    const std::optional<PriceQuote> &quote = this->quote(provider, model, day);
    if (!quote || !quote->prices.input || quote->prices.input->tiers.isEmpty())
        return std::nullopt;
    return quote->prices.input->tiers.constFirst().first;
}

bool CostCalculator::apply(const QString &provider, UsageRecord &record, QString *error) const
{
    if (record.costStatus == CostStatus::Reported)
        return true;
    const CostResult result = price(provider, record);
    if (result.overflow) {
        if (error)
            *error = result.reason;
        return false;
    }
    record.cost = result.cost;
    record.costStatus = result.status;
    return true;
}

}   // namespace tl
