#pragma once

#include "matchrule.h"
#include "prices.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tl {

// A user's price for one provider + model from a date on; wins over the catalog.
struct PriceOverride
{
    qint64 id = 0;
    QString provider;   // TokenLedger provider id
    QString model;      // normalised model key (see PricingCatalog::modelKey)
    QDate effectiveFrom;
    ModelPrices prices;   // only untiered token prices and a per-request price are used
    QString note;
};

// Where the active catalog came from (shown on the Pricing page and by the CLI).
struct CatalogSource
{
    QString origin;     // "bundled" or the file it was loaded from
    QString dataDate;   // date of the dataset, when known
    QString sha256;
    QString loadedAt;   // when it was loaded into this profile (ISO 8601, UTC)
};

// Model prices from a genai-prices (v2 schema) dataset, looked up by provider, model name and
// UTC day, with the user's overrides on top. Numbers are read from the JSON text, never
// through double. An unknown model is not priced at all — never at $0.
class PricingCatalog
{
public:
    struct Version
    {
        std::optional<QDate> startDate;
        int windowMinutes = 0;   // > 0: a time-of-day window (start_time/end_time)
        ModelPrices prices;
    };
    struct Model
    {
        QString id;
        QString name;
        MatchRule match;
        QList<Version> versions;   // in dataset order; tried last to first
    };
    struct Provider
    {
        QString id;
        QString name;
        QStringList fallbackProviders;
        QList<Model> models;
    };

    PricingCatalog() = default;

    // Parses and validates a dataset; nullopt with a one-line reason when it is not one.
    static std::optional<PricingCatalog> fromJson(const QByteArray &json, QString *error);
    // The snapshot compiled into TokenLedger (resources/pricing/genai-prices.json).
    static const QByteArray &bundledData();

    void setSource(const CatalogSource &source) { m_source = source; }
    const CatalogSource &source() const { return m_source; }
    void setOverrides(const QList<PriceOverride> &overrides);
    const QList<PriceOverride> &overrides() const { return m_overrides; }

    // The price in force on `day` (UTC) for a TokenLedger provider id and a model name as the
    // provider reports it. nullopt: unpriced.
    std::optional<PriceQuote> price(const QString &provider, const QString &model, QDate day) const;

    const QList<Provider> &providers() const { return m_providers; }
    // The model id a provider's display name stands for ("Claude Sonnet 4.5" -> "claude-sonnet-4-5"),
    // compared without case; nullopt when no model of the provider has that name.
    std::optional<QString> modelIdForName(const QString &provider, const QString &displayName) const;
    const Provider *provider(const QString &catalogId) const;
    int modelCount() const;

    // The TokenLedger provider whose prices apply: a coding agent's vendor ("claude-code" ->
    // "anthropic"), else the provider itself.
    static QString pricingProviderId(const QString &provider);
    // The catalog provider id for a TokenLedger provider id ("xai" -> "x-ai").
    static QString catalogProviderId(const QString &provider);
    // Lower-case, trimmed, without "models/" and a trailing "-latest" or date snapshot: the key
    // overrides are stored under, so one override covers every snapshot of a model.
    static QString modelKey(const QString &model);

    // Every day on which some price may change: the start dates of all versions and overrides,
    // ascending. Between two of them (and before the first, after the last) price() answers the
    // same for every day, so bulk re-pricing looks a model up once per such period.
    QList<QDate> priceChangeDays() const;

    // The version of a model in force on a day (see README for time-of-day prices).
    static const Version *versionOn(const Model &model, QDate day);

private:
    std::optional<PriceQuote> findInProvider(const QString &catalogId, const QString &name, QDate day) const;

    QList<Provider> m_providers;
    QHash<QString, int> m_providerIndex;
    QList<PriceOverride> m_overrides;
    CatalogSource m_source;
};

}   // namespace tl
