#pragma once

#include "pricing/catalog.h"

#include <QSqlDatabase>

#include <optional>

namespace tl {

// The user's price overrides (`price_overrides`). Prices are nano-USD per 1M tokens (and per
// request), exactly as entered.
class PriceOverrideRepository final
{
public:
    explicit PriceOverrideRepository(QSqlDatabase db);

    // Every override; an empty list with *error set when they could not all be read.
    QList<PriceOverride> list(QString *error = nullptr) const;
    // Adds or replaces the override for (provider, model, effective_from). Returns its id or 0.
    qint64 save(const PriceOverride &override, QString *error = nullptr);
    // Removes the provider+model's overrides (only the one from `from` when given); the count.
    int remove(const QString &provider, const QString &model, std::optional<QDate> from, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

// A dataset loaded with "pricing update", as stored.
struct StoredCatalog
{
    QByteArray content;
    CatalogSource source;
    int modelCount = 0;
};

// Price datasets loaded into this profile (`price_catalogs`); the newest one is active.
class PriceCatalogRepository final
{
public:
    explicit PriceCatalogRepository(QSqlDatabase db);

    // The newest stored dataset; nullopt with *error untouched when there is none, with *error set
    // when it could not be read.
    std::optional<StoredCatalog> active(QString *error = nullptr) const;
    bool store(const StoredCatalog &catalog, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

}   // namespace tl
