#pragma once

#include "catalog.h"

#include <QSqlDatabase>

namespace tl {

// Owns the active price catalog of a profile — the newest dataset loaded with
// "pricing update", else the bundled snapshot — with the user's overrides on top, and keeps
// stored usage costs in step when prices change. Runs on the thread that owns `db`.
class PricingService final
{
public:
    explicit PricingService(QSqlDatabase db);

    bool load(QString *error = nullptr);
    const PricingCatalog &catalog() const { return m_catalog; }

    struct RepriceResult
    {
        bool ok = true;
        QString error;
        qint64 examined = 0;   // usage rows priced from the catalog (billed rows are never touched)
        int changed = 0;       // rows whose cost or status changed
    };
    // Recomputes the estimated cost of stored usage rows, for one provider (and one model key)
    // or all of them, in one transaction. Rows a source reported a cost for are left alone.
    RepriceResult reprice(const QString &provider = {}, const QString &modelKey = {});

    // Saves an override (validated by the caller) and reprices the rows it covers.
    RepriceResult setOverride(const PriceOverride &override);
    // Removes a provider+model's overrides (or only the one from `from`); reprices.
    RepriceResult removeOverride(const QString &provider, const QString &modelKey, std::optional<QDate> from,
                                 int *removed);
    // Validates a genai-prices dataset, stores it as the active catalog and reprices
    // everything. On any error the previous catalog stays active and nothing changes.
    RepriceResult updateCatalog(const QByteArray &json, const QString &origin);

private:
    QSqlDatabase m_db;
    PricingCatalog m_catalog;
};

}   // namespace tl
