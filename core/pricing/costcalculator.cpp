#include "costcalculator.h"

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
    return serviceTier == LongContext || serviceTier.endsWith(QString(QLatin1Char('+') + LongContext));
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

CostResult CostCalculator::price(const QString &provider, const UsageRecord &r) const
{
    CostResult result;
    const std::optional<PriceQuote> &quote = this->quote(provider, r.model, r.day);
    if (!quote) {
        result.reason = QStringLiteral("no price for %1 on %2").arg(r.model, r.day.toString(Qt::ISODate));
        return result;
    }
    const ModelPrices &p = quote->prices;
    // Long-context rows (requests whose input crossed the model's long-context threshold): every
    // token at the model's long-context price — its first tier, the threshold such rows are
    // classified by (longContextThreshold()). Other rows at the base price (daily totals do not
    // show request sizes).
    const bool longContext = isLongContextTier(r.serviceTier);
    const auto base = [longContext](const std::optional<TieredPrice> &t) -> std::optional<Money> {
        if (!t)
            return std::nullopt;
        if (longContext && !t->tiers.isEmpty())
            return t->tiers.constFirst().second;
        return t->base;
    };
    const std::optional<Money> input = base(p.input);
    // Without their own price, cache reads and writes cost what input costs: never $0.
    const std::optional<Money> cacheRead = p.cacheRead ? base(p.cacheRead) : input;
    const std::optional<Money> cacheWrite5m = p.cacheWrite5m ? base(p.cacheWrite5m) : input;
    const std::optional<Money> cacheWrite1h = p.cacheWrite1h ? base(p.cacheWrite1h) : cacheWrite5m;

    TokenCostAccumulator sum;
    const std::pair<qint64, std::optional<Money>> parts[] = {
        {r.inputTokens, input},
        {r.cachedInputTokens, cacheRead},
        {r.cacheWrite5mTokens, cacheWrite5m},
        {r.cacheWrite1hTokens, cacheWrite1h},
        {r.outputTokens, base(p.output)},
    };
    static const char *const names[] = {"input", "cached input", "cache write", "1-hour cache write", "output"};
    for (size_t i = 0; i < std::size(parts); ++i) {
        const auto &[tokens, price] = parts[i];
        if (tokens == 0)
            continue;
        if (!price) {
            result.reason = QStringLiteral("%1 has no %2 price").arg(quote->modelId, QLatin1String(names[i]));
            return result;
        }
        if (!sum.add(tokens, *price))
            return tooLarge(r);
    }
    // Per-request prices are per thousand: requests × 1000 at a per-million rate is the same.
    if (r.requests > 0 && p.requestsPerThousand &&
        (r.requests > std::numeric_limits<qint64>::max() / 1000 || !sum.add(r.requests * 1000, *p.requestsPerThousand)))
        return tooLarge(r);
    result.cost = sum.total();
    if (!result.cost)
        return tooLarge(r);
    result.status = CostStatus::Estimated;
    return result;
}

const std::optional<PriceQuote> &CostCalculator::quote(const QString &provider, const QString &model, QDate day) const
{
    if (day != m_quotesDay) {
        m_quotes.clear();
        m_quotesDay = day;
    }
    const QString key = provider + QLatin1Char('\n') + model;
    auto it = m_quotes.find(key);
    if (it == m_quotes.end())
        it = m_quotes.insert(key, m_catalog.price(provider, model, day));
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
