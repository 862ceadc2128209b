#include "catalog.h"

#include "common/exactjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>

namespace tl {

namespace {

// A price value: a number, or {base, tiers: [{start, price}]}.
std::optional<TieredPrice> parseTiered(const QJsonValue &value, QString *error)
{
    const auto money = [error](const QJsonValue &v) -> std::optional<Money> {
        const QString text = exactNumberText(v);
        const Money::ParseResult parsed = Money::parse(text, Money::Unit::Usd);
        if (parsed.error == Money::ParseError::Overflow) {
            if (error)
                *error = QStringLiteral("price \"%1\" is too large (the limit is $9,223,372,036.85 per million "
                                        "tokens)")
                             .arg(text);
            return std::nullopt;
        }
        if (!parsed.value || parsed.value->isNegative()) {
            if (error)
                *error = QStringLiteral("price \"%1\" is not a non-negative number").arg(text);
            return std::nullopt;
        }
        // A positive price finer than TokenLedger holds would silently price everything at $0.
        if (parsed.value->isZero() && parsed.inexact) {
            if (error)
                *error = QStringLiteral("price \"%1\" is above zero but below the smallest price TokenLedger "
                                        "holds ($0.000000001 per million tokens)")
                             .arg(text);
            return std::nullopt;
        }
        return parsed.value;
    };
    TieredPrice price;
    if (!value.isObject()) {
        const auto base = money(value);
        if (!base)
            return std::nullopt;
        price.base = *base;
        return price;
    }
    const QJsonObject object = value.toObject();
    const auto base = money(object.value(QStringLiteral("base")));
    if (!base)
        return std::nullopt;
    price.base = *base;
    for (const QJsonValue &tier : object.value(QStringLiteral("tiers")).toArray()) {
        const auto start = exactInteger(tier.toObject().value(QStringLiteral("start")));
        const auto tierPrice = money(tier.toObject().value(QStringLiteral("price")));
        if (!start || *start < 0 || !tierPrice) {
            if (error && start.has_value() == false)
                *error = QStringLiteral("a price tier needs a whole-number start");
            return std::nullopt;
        }
        price.tiers.append({*start, *tierPrice});
    }
    std::sort(price.tiers.begin(), price.tiers.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return price;
}

bool parsePrices(const QJsonObject &object, ModelPrices *out, QString *error)
{
    const std::pair<const char *, std::optional<TieredPrice> ModelPrices::*> tokenFields[] = {
        {"input_mtok", &ModelPrices::input},
        {"cache_read_mtok", &ModelPrices::cacheRead},
        {"cache_write_mtok", &ModelPrices::cacheWrite5m},
        {"cache_write_1h_mtok", &ModelPrices::cacheWrite1h},
        {"output_mtok", &ModelPrices::output},
        {"input_audio_mtok", &ModelPrices::inputAudio},
        {"output_audio_mtok", &ModelPrices::outputAudio},
        {"output_reasoning_mtok", &ModelPrices::outputReasoning},
    };
    // Reads one price field when present; false (with the field named in *error) when it is bad.
    const auto read = [&](const char *key, std::optional<TieredPrice> *target) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return true;
        *target = parseTiered(value, error);
        if (!*target && error)
            *error = QStringLiteral("%1: %2").arg(QLatin1String(key), *error);
        return target->has_value();
    };
    for (const auto &[key, field] : tokenFields) {
        if (!read(key, &(out->*field)))
            return false;
    }
    const std::pair<const char *, std::optional<Money> ModelPrices::*> countFields[] = {
        {"requests_kcount", &ModelPrices::requestsPerThousand},
        {"web_searches_kcount", &ModelPrices::webSearchesPerThousand},
    };
    for (const auto &[key, field] : countFields) {
        std::optional<TieredPrice> price;
        if (!read(key, &price))
            return false;
        if (price)
            out->*field = price->base;
    }
    return true;
}

std::optional<int> minutesOfDay(const QString &text)
{
    QString t = text;
    if (t.endsWith(QLatin1Char('Z')))
        t.chop(1);
    const QTime time = QTime::fromString(t, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    return time.hour() * 60 + time.minute();
}

bool parseVersions(const QJsonValue &value, QList<PricingCatalog::Version> *out, QString *error)
{
    if (value.isObject() && !value.toObject().contains(QStringLiteral("prices"))) {
        PricingCatalog::Version version;
        if (!parsePrices(value.toObject(), &version.prices, error))
            return false;
        out->append(version);
        return true;
    }
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    if (list.isEmpty()) {
        *error = QStringLiteral("empty price list");
        return false;
    }
    for (const QJsonValue &entry : list) {
        PricingCatalog::Version version;
        const QJsonObject object = entry.toObject();
        if (!object.value(QStringLiteral("prices")).isObject()) {
            *error = QStringLiteral("a price entry needs \"prices\"");
            return false;
        }
        if (!parsePrices(object.value(QStringLiteral("prices")).toObject(), &version.prices, error))
            return false;
        const QJsonObject constraint = object.value(QStringLiteral("constraint")).toObject();
        if (constraint.contains(QStringLiteral("start_date"))) {
            const QDate date =
                QDate::fromString(constraint.value(QStringLiteral("start_date")).toString(), Qt::ISODate);
            if (!date.isValid()) {
                *error = QStringLiteral("bad start_date in a price constraint");
                return false;
            }
            version.startDate = date;
        }
        if (constraint.contains(QStringLiteral("start_time"))) {
            const auto start = minutesOfDay(constraint.value(QStringLiteral("start_time")).toString());
            const auto end = minutesOfDay(constraint.value(QStringLiteral("end_time")).toString());
            if (!start || !end) {
                *error = QStringLiteral("bad start_time/end_time in a price constraint");
                return false;
            }
            version.windowMinutes = (*end - *start + 24 * 60) % (24 * 60);
            if (version.windowMinutes == 0)
                version.windowMinutes = 24 * 60;
        }
        out->append(version);
    }
    return true;
}

const QRegularExpression &dateSuffix()
{
    // -2024-08-06, -20250929, -0528 (DeepSeek style), -2501 (Mistral yymm)
    static const QRegularExpression re(QStringLiteral("-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{4})$"));
    return re;
}

// The catalog provider that hosts a gateway's "vendor/model" names.
QString vendorProvider(const QString &vendor)
{
    static const QHash<QString, QString> vendors = {
        {QStringLiteral("openai"), QStringLiteral("openai")},
        {QStringLiteral("anthropic"), QStringLiteral("anthropic")},
        {QStringLiteral("google"), QStringLiteral("google")},
        {QStringLiteral("x-ai"), QStringLiteral("x-ai")},
        {QStringLiteral("xai"), QStringLiteral("x-ai")},
        {QStringLiteral("mistralai"), QStringLiteral("mistral")},
        {QStringLiteral("mistral"), QStringLiteral("mistral")},
        {QStringLiteral("deepseek"), QStringLiteral("deepseek")},
        {QStringLiteral("perplexity"), QStringLiteral("perplexity")},
        {QStringLiteral("cohere"), QStringLiteral("cohere")},
        {QStringLiteral("moonshotai"), QStringLiteral("moonshotai")},
    };
    return vendors.value(vendor);
}

}   // namespace

std::optional<PricingCatalog> PricingCatalog::fromJson(const QByteArray &json, QString *error)
{
    QString problem;
    const auto fail = [&](const QString &message) -> std::optional<PricingCatalog> {
        if (error)
            *error = QStringLiteral("not a usable price dataset: %1").arg(message);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = parseJsonExact(json, &parseError);
    if (doc.isNull())
        return fail(QStringLiteral("invalid JSON (%1)").arg(parseError.errorString()));
    if (!doc.isArray() || doc.array().isEmpty())
        return fail(QStringLiteral("expected a list of providers (genai-prices v2 schema)"));

    PricingCatalog catalog;
    for (const QJsonValue &providerValue : doc.array()) {
        const QJsonObject p = providerValue.toObject();
        Provider provider;
        provider.id = p.value(QStringLiteral("id")).toString();
        provider.name = p.value(QStringLiteral("name")).toString(provider.id);
        if (provider.id.isEmpty() || !p.value(QStringLiteral("models")).isArray())
            return fail(QStringLiteral("a provider without \"id\" or \"models\""));
        for (const QJsonValue &f : p.value(QStringLiteral("fallback_model_providers")).toArray())
            provider.fallbackProviders.append(f.toString());
        for (const QJsonValue &modelValue : p.value(QStringLiteral("models")).toArray()) {
            const QJsonObject m = modelValue.toObject();
            const QString id = m.value(QStringLiteral("id")).toString();
            const QString where = QStringLiteral("provider \"%1\", model \"%2\"").arg(provider.id, id);
            if (id.isEmpty())
                return fail(QStringLiteral("provider \"%1\" has a model without \"id\"").arg(provider.id));
            auto rule = MatchRule::fromJson(m.value(QStringLiteral("match")), &problem);
            if (!rule)
                return fail(where + QStringLiteral(": ") + problem);
            Model model{id, m.value(QStringLiteral("name")).toString(id), std::move(*rule), {}};
            if (!parseVersions(m.value(QStringLiteral("prices")), &model.versions, &problem))
                return fail(where + QStringLiteral(": ") + problem);
            provider.models.append(std::move(model));
        }
        catalog.m_providerIndex.insert(provider.id, int(catalog.m_providers.size()));
        catalog.m_providers.append(std::move(provider));
    }
    if (catalog.modelCount() == 0)
        return fail(QStringLiteral("it lists no models"));
    return catalog;
}

const QByteArray &PricingCatalog::bundledData()
{
    static const QByteArray data = [] {
        QFile file(QStringLiteral(":/pricing/genai-prices.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return data;
}

void PricingCatalog::setOverrides(const QList<PriceOverride> &overrides)
{
    m_overrides = overrides;
}

QList<QDate> PricingCatalog::priceChangeDays() const
{
    // price() compares a day with these dates only (versionOn(), the overrides' effectiveFrom).
    QList<QDate> days;
    for (const Provider &p : m_providers) {
        for (const Model &m : p.models) {
            for (const Version &v : m.versions) {
                if (v.startDate)
                    days.append(*v.startDate);
            }
        }
    }
    for (const PriceOverride &o : m_overrides)
        days.append(o.effectiveFrom);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

const PricingCatalog::Provider *PricingCatalog::provider(const QString &catalogId) const
{
    const auto it = m_providerIndex.constFind(catalogId);
    return it == m_providerIndex.constEnd() ? nullptr : &m_providers[*it];
}

int PricingCatalog::modelCount() const
{
    int count = 0;
    for (const Provider &p : m_providers)
        count += int(p.models.size());
    return count;
}

QString PricingCatalog::pricingProviderId(const QString &provider)
{
    // Keep in step with core/agents/agentsources.cpp (the agent kinds).
    if (provider == u"claude-code")
        return QStringLiteral("anthropic");
    if (provider == u"codex-cli")
        return QStringLiteral("openai");
    if (provider == u"gemini-cli")
        return QStringLiteral("google");
    return provider;
}

QString PricingCatalog::catalogProviderId(const QString &provider)
{
    if (provider == u"xai")
        return QStringLiteral("x-ai");
    return provider;
}

QString PricingCatalog::modelKey(const QString &model)
{
    QString key = model.trimmed().toLower();
    if (key.startsWith(u"models/"))
        key.remove(0, 7);
    if (key.endsWith(u"-latest"))
        key.chop(7);
    key.remove(dateSuffix());
    return key;
}

const PricingCatalog::Version *PricingCatalog::versionOn(const Model &model, QDate day)
{
    // Last to first, as the dataset specifies. A time-of-day window cannot be told apart in
    // daily totals: TokenLedger takes the price that holds for the larger part of the day.
    for (auto it = model.versions.crbegin(); it != model.versions.crend(); ++it) {
        if (it->startDate && day < *it->startDate)
            continue;
        if (it->windowMinutes > 0 && it->windowMinutes < 12 * 60)
            continue;
        return &*it;
    }
    return nullptr;
}

std::optional<PriceQuote> PricingCatalog::findInProvider(const QString &catalogId, const QString &name, QDate day) const
{
    const Provider *p = provider(catalogId);
    if (!p)
        return std::nullopt;
    for (const Model &model : p->models) {
        QString clause;
        if (!model.match.matches(name, &clause))
            continue;
        const Version *version = versionOn(model, day);
        if (!version || version->prices.isEmpty())
            return std::nullopt;   // the model is known but has no price for that day
        PriceQuote quote;
        quote.prices = version->prices;
        quote.provider = p->id;
        quote.modelId = model.id;
        quote.modelName = model.name;
        quote.normalizedName = name;
        quote.matchedRule = clause;
        quote.effectiveFrom = version->startDate;
        for (const Version &v : model.versions)
            quote.timeOfDayVaries = quote.timeOfDayVaries || v.windowMinutes > 0;
        return quote;
    }
    return std::nullopt;
}

std::optional<PriceQuote> PricingCatalog::price(const QString &requestedProvider, const QString &model, QDate day) const
{
    // A coding agent's requests are billed at its vendor's prices (and the vendor's overrides).
    const QString provider = pricingProviderId(requestedProvider);
    QString name = model.trimmed().toLower();
    if (name.startsWith(u"models/"))   // Google's resource names
        name.remove(0, 7);
    // Vertex AI names a snapshot with '@' ("claude-opus-4-5@20251101").
    name.replace(QLatin1Char('@'), QLatin1Char('-'));
    if (name.isEmpty())
        return std::nullopt;

    // The user's overrides win: the latest one in force on that day.
    const QString key = modelKey(name);
    const PriceOverride *best = nullptr;
    for (const PriceOverride &o : m_overrides) {
        if (o.provider == provider && o.model == key && o.effectiveFrom <= day &&
            (!best || o.effectiveFrom > best->effectiveFrom))
            best = &o;
    }
    if (best) {
        PriceQuote quote;
        quote.prices = best->prices;
        quote.provider = provider;
        quote.modelId = best->model;
        quote.modelName = best->model;
        quote.normalizedName = key;
        quote.matchedRule = QStringLiteral("your override");
        quote.effectiveFrom = best->effectiveFrom;
        quote.isOverride = true;
        return quote;
    }

    // Names to try, most specific first: as reported, then without "-latest" / a date suffix.
    QStringList names{name};
    QString stripped = name;
    if (stripped.endsWith(u"-latest"))
        stripped.chop(7);
    if (stripped != name)
        names.append(stripped);
    QString undated = stripped;
    undated.remove(dateSuffix());
    if (undated != stripped)
        names.append(undated);

    QStringList providers{catalogProviderId(provider)};
    if (const Provider *p = this->provider(providers.constFirst()))
        providers.append(p->fallbackProviders);

    for (const QString &candidate : std::as_const(names)) {
        for (const QString &catalogId : std::as_const(providers)) {
            if (auto quote = findInProvider(catalogId, candidate, day))
                return quote;
        }
    }
    // Gateways name models "vendor/model": price them at the vendor's list price.
    for (const QString &candidate : std::as_const(names)) {
        const qsizetype slash = candidate.indexOf(QLatin1Char('/'));
        if (slash <= 0)
            continue;
        const QString vendor = vendorProvider(candidate.left(slash));
        if (vendor.isEmpty())
            continue;
        QString bare = candidate.mid(slash + 1);
        if (auto quote = findInProvider(vendor, bare, day))
            return quote;
        // OpenRouter writes versions with dots ("claude-sonnet-4.5"); vendors with dashes.
        bare.replace(QLatin1Char('.'), QLatin1Char('-'));
        if (auto quote = findInProvider(vendor, bare, day))
            return quote;
    }
    return std::nullopt;
}

std::optional<QString> PricingCatalog::modelIdForName(const QString &provider, const QString &displayName) const
{
    const QString wanted = displayName.trimmed();
    if (const Provider *p = this->provider(catalogProviderId(provider))) {
        for (const Model &m : p->models) {
            if (!m.name.isEmpty() && m.name.compare(wanted, Qt::CaseInsensitive) == 0)
                return m.id;
        }
    }
    return std::nullopt;
}

}   // namespace tl
