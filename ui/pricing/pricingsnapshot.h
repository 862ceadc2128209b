#pragma once

#include "analytics/report.h"
#include "pricing/catalog.h"

#include <QSqlDatabase>

namespace tl {

// One line of the Pricing page: a catalog model's price in force today, or a user override.
struct PriceRow
{
    QString provider;   // catalog provider id for catalog rows, TokenLedger id for overrides
    QString providerName;
    QString model;
    QString modelName;
    std::optional<TieredPrice> input;
    std::optional<TieredPrice> cachedInput;
    std::optional<TieredPrice> cacheWrite;
    std::optional<TieredPrice> output;
    std::optional<QDate> since;
    bool isOverride = false;
    PriceOverride override;   // when isOverride
};

// Everything the Pricing page shows, read in one go on the database worker thread.
struct PricingSnapshot
{
    QList<PriceRow> rows;
    CatalogSource source;
    int catalogModels = 0;
    int overrides = 0;
    QList<UnpricedModel> unpriced;   // models in the user's data that nothing prices
    qint64 unattributedTokens = 0;   // usage reported without a model: no model to price
    QString error;

    static PricingSnapshot load(QSqlDatabase db, QDate today);
};

}   // namespace tl
