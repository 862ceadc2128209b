#include "context.h"

#include "common/dates.h"
#include "pricing/pricingservice.h"
#include "providers/providercatalog.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace tl::cli {

namespace {

const char *const Synopsis =
    "pricing lookup MODEL [--provider P] [--date YYYY-MM-DD] [--json]\n"
    "       tokenledger pricing list [--provider P] [--search TEXT] [--overrides] [--json]\n"
    "       tokenledger pricing set --provider P --model M --from YYYY-MM-DD --input USD --output USD\n"
    "                               [--cached USD] [--cache-write USD] [--cache-write-1h USD] [--per-request USD]\n"
    "                               [--note TEXT]\n"
    "       tokenledger pricing unset --provider P --model M [--from YYYY-MM-DD]\n"
    "       tokenledger pricing update --from FILE\n"
    "Prices are USD per 1M tokens (per request for --per-request).";

// "$2.50" for a per-million price, with every digit the price has.
QString perMillion(const std::optional<TieredPrice> &price)
{
    if (!price)
        return QStringLiteral("-");
    QString text = QStringLiteral("$") + price->base.toExactString(2);
    for (const auto &[threshold, tierPrice] : price->tiers)
        text += QLatin1Char(' ') +
                Cli::tr("(above %1 input tokens: $%2)").arg(count(threshold), tierPrice.toExactString(2));
    return text;
}

// "  Cached input        ": a price's label, the price in the column after.
QString priceLabel(const QString &label)
{
    return QStringLiteral("  ") + aligned(label, 19) + QLatin1Char(' ');
}

QJsonValue priceJson(const std::optional<TieredPrice> &price)
{
    if (!price)
        return QJsonValue();
    QJsonObject o{{QStringLiteral("usd_per_mtok"), price->base.toExactString()}};
    if (price->isTiered()) {
        QJsonArray tiers;
        for (const auto &[threshold, tierPrice] : price->tiers)
            tiers.append(QJsonObject{{QStringLiteral("above_input_tokens"), threshold},
                                     {QStringLiteral("usd_per_mtok"), tierPrice.toExactString()}});
        o.insert(QStringLiteral("tiers"), tiers);
    }
    return o;
}

QJsonObject pricesJson(const ModelPrices &p)
{
    QJsonObject o{{QStringLiteral("input"), priceJson(p.input)},
                  {QStringLiteral("cached_input"), priceJson(p.cacheRead)},
                  {QStringLiteral("cache_write_5m"), priceJson(p.cacheWrite5m)},
                  {QStringLiteral("cache_write_1h"), priceJson(p.cacheWrite1h)},
                  {QStringLiteral("output"), priceJson(p.output)}};
    if (p.requestsPerThousand)
        o.insert(QStringLiteral("usd_per_1000_requests"), p.requestsPerThousand->toExactString());
    if (p.webSearchesPerThousand)
        o.insert(QStringLiteral("usd_per_1000_web_searches"), p.webSearchesPerThousand->toExactString());
    return o;
}

void printPrices(QTextStream &out, const ModelPrices &p)
{
    out << priceLabel(Cli::tr("Input (uncached)")) << Cli::tr("%1 per 1M tokens").arg(perMillion(p.input)) << "\n";
    out << priceLabel(Cli::tr("Cached input")) << perMillion(p.cacheRead) << "\n";
    out << priceLabel(Cli::tr("Cache write (5 min)")) << perMillion(p.cacheWrite5m) << "\n";
    out << priceLabel(Cli::tr("Cache write (1 h)")) << perMillion(p.cacheWrite1h) << "\n";
    out << priceLabel(Cli::tr("Output")) << perMillion(p.output) << "\n";
    if (p.outputReasoning)
        out << priceLabel(Cli::tr("Reasoning output")) << perMillion(p.outputReasoning) << "\n";
    if (p.inputAudio)
        out << priceLabel(Cli::tr("Audio input")) << perMillion(p.inputAudio) << "\n";
    if (p.requestsPerThousand)
        out << priceLabel(Cli::tr("Requests")) << Cli::tr("$%1 per 1,000").arg(p.requestsPerThousand->toExactString(2))
            << "\n";
    if (p.webSearchesPerThousand)
        out << priceLabel(Cli::tr("Web searches"))
            << Cli::tr("$%1 per 1,000").arg(p.webSearchesPerThousand->toExactString(2)) << "\n";
}

bool loadService(Context &ctx, std::unique_ptr<PricingService> *service)
{
    Database *db = ctx.database();
    if (!db)
        return false;
    auto s = std::make_unique<PricingService>(db->connection());
    QString error;
    if (!s->load(&error)) {
        ctx.failure(error);
        return false;
    }
    *service = std::move(s);
    return true;
}

int lookup(Context &ctx, const QCommandLineParser &parser, const QString &model)
{
    QString providerFilter = parser.value(QStringLiteral("provider"));
    QDate day = utcToday();
    if (!ctx.readDay(parser, QStringLiteral("date"), &day))
        return cli::Usage;
    if (!providerFilter.isEmpty() && !isKnownProvider(providerFilter))
        return ctx.usageError(Cli::tr("unknown provider \"%1\"").arg(providerFilter));
    std::unique_ptr<PricingService> service;
    if (!loadService(ctx, &service))
        return Failure;

    // Without --provider, the first provider whose catalog prices the name.
    QStringList providers;
    if (!providerFilter.isEmpty())
        providers.append(providerFilter);
    else
        for (const ProviderInfo &p : knownProviders())
            providers.append(p.id);
    for (const QString &provider : std::as_const(providers)) {
        const auto quote = service->catalog().price(provider, model, day);
        if (!quote)
            continue;
        const QString since = quote->effectiveFrom ? isoDay(*quote->effectiveFrom) : QStringLiteral("always");
        const QString inForce =
            quote->effectiveFrom ? Cli::tr("in force since %1").arg(since) : Cli::tr("in force since always");
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject o{{QStringLiteral("model"), model},
                          {QStringLiteral("provider"), provider},
                          {QStringLiteral("normalized"), quote->normalizedName},
                          {QStringLiteral("catalog_provider"), quote->provider},
                          {QStringLiteral("catalog_model"), quote->modelId},
                          {QStringLiteral("rule"), quote->matchedRule},
                          {QStringLiteral("date"), isoDay(day)},
                          {QStringLiteral("in_force_since"), since},
                          {QStringLiteral("override"), quote->isOverride},
                          {QStringLiteral("tiered"), quote->prices.isTiered()},
                          {QStringLiteral("time_of_day_prices"), quote->timeOfDayVaries},
                          {QStringLiteral("prices"), pricesJson(quote->prices)}};
            ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return Ok;
        }
        QTextStream &out = ctx.out();
        out << Cli::tr("%1 (%2) on %3 (UTC)").arg(model, providerDisplayName(provider), isoDay(day)) << "\n";
        out << priceLabel(Cli::tr("Normalised name")) << quote->normalizedName << "\n";
        if (quote->isOverride)
            out << priceLabel(Cli::tr("Price source")) << Cli::tr("your override, %1").arg(inForce) << "\n";
        else
            out << priceLabel(Cli::tr("Catalog entry"))
                << Cli::tr("%1 / %2 (%3), %4").arg(quote->provider, quote->modelId, quote->modelName, inForce) << "\n";
        out << priceLabel(Cli::tr("Matched by")) << quote->matchedRule << "\n";
        printPrices(out, quote->prices);
        if (quote->prices.isTiered())
            out << "  "
                << Cli::tr("Note: long requests cost more above the threshold; daily totals are priced at the base "
                           "price.")
                << "\n";
        if (quote->timeOfDayVaries)
            out << "  "
                << Cli::tr("Note: this provider's price depends on the time of day; daily totals use the price that "
                           "holds for most of the UTC day.")
                << "\n";
        out << priceLabel(Cli::tr("Catalog"))
            << Cli::tr("%1 (genai-prices, data of %2)")
                   .arg(service->catalog().source().origin, service->catalog().source().dataDate)
            << "\n";
        return Ok;
    }
    return ctx.failure(Cli::tr("no price known for \"%1\"%2 on %3: usage of it stays unpriced (set one with "
                               "tokenledger pricing set)")
                           .arg(model,
                                providerFilter.isEmpty()
                                    ? QString()
                                    : QLatin1Char(' ') + Cli::tr("at %1").arg(providerDisplayName(providerFilter)),
                                isoDay(day)));
}

int list(Context &ctx, const QCommandLineParser &parser)
{
    const QString providerFilter = parser.value(QStringLiteral("provider"));
    if (!providerFilter.isEmpty() && !isKnownProvider(providerFilter))
        return ctx.usageError(Cli::tr("unknown provider \"%1\"").arg(providerFilter));
    const QString search = parser.value(QStringLiteral("search")).toLower();
    std::unique_ptr<PricingService> service;
    if (!loadService(ctx, &service))
        return Failure;
    const PricingCatalog &catalog = service->catalog();
    const QDate today = utcToday();
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray rows;
    QTextStream &out = ctx.out();

    if (parser.isSet(QStringLiteral("overrides"))) {
        for (const PriceOverride &o : catalog.overrides()) {
            if (!providerFilter.isEmpty() && o.provider != providerFilter)
                continue;
            if (json) {
                QJsonObject row = pricesJson(o.prices);
                row.insert(QStringLiteral("provider"), o.provider);
                row.insert(QStringLiteral("model"), o.model);
                row.insert(QStringLiteral("from"), isoDay(o.effectiveFrom));
                rows.append(row);
            } else {
                out << Cli::tr("%1 / %2 from %3: input %4, output %5")
                           .arg(o.provider, o.model, isoDay(o.effectiveFrom), perMillion(o.prices.input),
                                perMillion(o.prices.output))
                    << "\n";
            }
        }
        if (json)
            out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        else if (catalog.overrides().isEmpty())
            out << Cli::tr("No price overrides. Add one with tokenledger pricing set.") << "\n";
        return Ok;
    }

    QStringList catalogIds;
    if (!providerFilter.isEmpty())
        catalogIds.append(PricingCatalog::catalogProviderId(providerFilter));
    else
        for (const PricingCatalog::Provider &p : catalog.providers())
            catalogIds.append(p.id);
    int shown = 0;
    for (const QString &id : std::as_const(catalogIds)) {
        const PricingCatalog::Provider *p = catalog.provider(id);
        if (!p)
            continue;
        for (const PricingCatalog::Model &m : p->models) {
            if (!search.isEmpty() && !m.id.toLower().contains(search) && !m.name.toLower().contains(search))
                continue;
            const PricingCatalog::Version *v = PricingCatalog::versionOn(m, today);
            if (!v)
                continue;
            ++shown;
            if (json) {
                QJsonObject row = pricesJson(v->prices);
                row.insert(QStringLiteral("provider"), p->id);
                row.insert(QStringLiteral("model"), m.id);
                row.insert(QStringLiteral("name"), m.name);
                rows.append(row);
            } else {
                out << Cli::tr("%1 %2 in %3 out %4")
                           .arg(p->id, -12)
                           .arg(m.id, -44)
                           .arg(perMillion(v->prices.input), -10)
                           .arg(perMillion(v->prices.output))
                    << "\n";
            }
        }
    }
    if (json)
        out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    else
        out << Cli::tr("%n model(s); prices in USD per 1M tokens in force on %1 (UTC).", nullptr, shown)
                   .arg(isoDay(today))
            << "\n";
    return Ok;
}

std::optional<TieredPrice> priceOption(Context &ctx, const QCommandLineParser &parser, const QString &name, bool *bad)
{
    if (!parser.isSet(name))
        return std::nullopt;
    const Money::ParseResult parsed = Money::parse(parser.value(name));
    if (!parsed.value || parsed.value->isNegative()) {
        ctx.usageError(
            Cli::tr("--%1 \"%2\" is not a price (a non-negative number of USD)").arg(name, parser.value(name)));
        *bad = true;
        return std::nullopt;
    }
    // A price is stored in whole nano-dollars per million tokens; a finer one would be rounded
    // (to $0 for the smallest), so it is refused with what TokenLedger can store.
    if (parsed.inexact) {
        ctx.usageError(Cli::tr("--%1 \"%2\" is finer than one nano-dollar ($0.000000001) per million tokens; "
                               "give at most 9 decimals")
                           .arg(name, parser.value(name)));
        *bad = true;
        return std::nullopt;
    }
    return TieredPrice{*parsed.value, {}};
}

void printReprice(QTextStream &out, const PricingService::RepriceResult &r)
{
    out << Cli::tr("Re-priced stored usage: %1 of %2 rows changed cost.").arg(count(r.changed), count(r.examined))
        << "\n";
}

int set(Context &ctx, const QCommandLineParser &parser)
{
    PriceOverride o;
    o.provider = parser.value(QStringLiteral("provider"));
    o.model = PricingCatalog::modelKey(parser.value(QStringLiteral("model")));
    if (o.provider.isEmpty() || o.model.isEmpty())
        return ctx.usageError(Cli::tr("--provider and --model are required"));
    if (!isKnownProvider(o.provider))
        return ctx.usageError(Cli::tr("unknown provider \"%1\"").arg(o.provider));
    if (!parser.isSet(QStringLiteral("from")))
        return ctx.usageError(
            Cli::tr("--from is required: the first UTC day the price applies (2000-01-01 for all history)"));
    if (!ctx.readDay(parser, QStringLiteral("from"), &o.effectiveFrom))
        return cli::Usage;
    bool bad = false;
    o.prices.input = priceOption(ctx, parser, QStringLiteral("input"), &bad);
    o.prices.output = priceOption(ctx, parser, QStringLiteral("output"), &bad);
    o.prices.cacheRead = priceOption(ctx, parser, QStringLiteral("cached"), &bad);
    o.prices.cacheWrite5m = priceOption(ctx, parser, QStringLiteral("cache-write"), &bad);
    o.prices.cacheWrite1h = priceOption(ctx, parser, QStringLiteral("cache-write-1h"), &bad);
    const auto perRequest = priceOption(ctx, parser, QStringLiteral("per-request"), &bad);
    if (bad)
        return cli::Usage;
    if (perRequest) {
        if (perRequest->base.nanos() > std::numeric_limits<qint64>::max() / 1000)
            return ctx.usageError(Cli::tr("--per-request is too large"));
        o.prices.requestsPerThousand = Money::fromNanos(perRequest->base.nanos() * 1000);
    }
    if (!o.prices.input || !o.prices.output)
        return ctx.usageError(Cli::tr("--input and --output prices are required"));
    o.note = parser.value(QStringLiteral("note"));

    std::unique_ptr<PricingService> service;
    if (!loadService(ctx, &service))
        return Failure;
    const auto result = service->setOverride(o);
    if (!result.ok)
        return ctx.failure(Cli::tr("could not save the price: %1").arg(result.error));
    ctx.out() << Cli::tr("Price for %1 (%2) set from %3: input %4, output %5 per 1M tokens.")
                     .arg(o.model, providerDisplayName(o.provider), isoDay(o.effectiveFrom), perMillion(o.prices.input),
                          perMillion(o.prices.output))
              << "\n";
    printReprice(ctx.out(), result);
    ctx.afterChange(ChangeKind::Price);
    return Ok;
}

int unset(Context &ctx, const QCommandLineParser &parser)
{
    const QString provider = parser.value(QStringLiteral("provider"));
    const QString model = PricingCatalog::modelKey(parser.value(QStringLiteral("model")));
    if (provider.isEmpty() || model.isEmpty())
        return ctx.usageError(Cli::tr("--provider and --model are required"));
    if (!isKnownProvider(provider))
        return ctx.usageError(Cli::tr("unknown provider \"%1\"").arg(provider));
    QDate fromDay;
    if (!ctx.readDay(parser, QStringLiteral("from"), &fromDay))
        return cli::Usage;
    const std::optional<QDate> from = fromDay.isValid() ? std::optional(fromDay) : std::nullopt;
    std::unique_ptr<PricingService> service;
    if (!loadService(ctx, &service))
        return Failure;
    int removed = 0;
    const auto result = service->removeOverride(provider, model, from, &removed);
    if (!result.ok)
        return ctx.failure(Cli::tr("could not remove the price: %1").arg(result.error));
    if (removed == 0)
        return ctx.failure(Cli::tr("no override for %1 (%2) to remove").arg(model, providerDisplayName(provider)));
    ctx.out()
        << Cli::tr("Removed %n override(s) for %1 (%2).", nullptr, removed).arg(model, providerDisplayName(provider))
        << "\n";
    printReprice(ctx.out(), result);
    ctx.afterChange(ChangeKind::Price);
    return Ok;
}

int update(Context &ctx, const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("from"));
    if (path.isEmpty())
        return ctx.usageError(Cli::tr("--from FILE is required (a genai-prices data.json)"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.failure(Cli::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    std::unique_ptr<PricingService> service;
    if (!loadService(ctx, &service))
        return Failure;
    const auto result = service->updateCatalog(data, path);
    if (!result.ok)
        return ctx.failure(Cli::tr("%1 was not loaded, the previous catalog stays: %2").arg(path, result.error));
    ctx.out() << Cli::tr("Loaded %1 models from %2.").arg(count(service->catalog().modelCount()), path) << "\n";
    printReprice(ctx.out(), result);
    ctx.afterChange(ChangeKind::Price);
    return Ok;
}

}   // namespace

int pricingCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Model prices: look up, list, override, update."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("lookup, list, set, unset or update"));
    parser.addOptions({
        {QStringLiteral("provider"), QStringLiteral("Provider id (openai, anthropic, google, ...)."),
         QStringLiteral("P")},
        {QStringLiteral("model"), QStringLiteral("Model name (set, unset)."), QStringLiteral("M")},
        {QStringLiteral("date"), QStringLiteral("UTC day to price on (lookup; default today)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("from"),
         QStringLiteral("First UTC day of an override (set, unset), or a dataset file (update)."),
         QStringLiteral("VALUE")},
        {QStringLiteral("input"), QStringLiteral("Uncached input, USD per 1M tokens."), QStringLiteral("USD")},
        {QStringLiteral("output"), QStringLiteral("Output, USD per 1M tokens."), QStringLiteral("USD")},
        {QStringLiteral("cached"), QStringLiteral("Cached input read, USD per 1M tokens."), QStringLiteral("USD")},
        {QStringLiteral("cache-write"), QStringLiteral("Cache write, USD per 1M tokens."), QStringLiteral("USD")},
        {QStringLiteral("cache-write-1h"), QStringLiteral("1-hour cache write, USD per 1M tokens."),
         QStringLiteral("USD")},
        {QStringLiteral("per-request"), QStringLiteral("USD per request."), QStringLiteral("USD")},
        {QStringLiteral("note"), QStringLiteral("A note kept with the override."), QStringLiteral("TEXT")},
        {QStringLiteral("search"), QStringLiteral("Only models whose id or name contains TEXT (list)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("overrides"), QStringLiteral("List your overrides instead of the catalog (list).")},
        {QStringLiteral("json"), QStringLiteral("Print JSON (prices as exact decimal text).")},
    });
    bool helpShown = false;
    if (!ctx.parse(parser, QString::fromLatin1(Synopsis), &helpShown))
        return helpShown ? Ok : cli::Usage;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return ctx.usageError(Cli::tr("which action? lookup, list, set, unset or update"));
    const QString action = args.first();
    if (action == u"lookup") {
        if (args.size() != 2)
            return ctx.usageError(Cli::tr("lookup takes one model name"));
        return lookup(ctx, parser, args[1]);
    }
    if (args.size() != 1)
        return ctx.usageError(Cli::tr("unexpected argument \"%1\"").arg(args[1]));
    if (action == u"list")
        return list(ctx, parser);
    if (action == u"set")
        return set(ctx, parser);
    if (action == u"unset")
        return unset(ctx, parser);
    if (action == u"update")
        return update(ctx, parser);
    return ctx.usageError(Cli::tr("unknown action \"%1\"").arg(action));
}

}   // namespace tl::cli
