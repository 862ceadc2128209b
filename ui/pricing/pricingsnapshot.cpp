#include "pricingsnapshot.h"

#include "pricing/pricingservice.h"
#include "providers/providercatalog.h"

namespace tl {

PricingSnapshot PricingSnapshot::load(QSqlDatabase db, QDate today)
{
    PricingSnapshot snapshot;
    PricingService service(db);
    if (!service.load(&snapshot.error))
        return snapshot;
    const PricingCatalog &catalog = service.catalog();
    snapshot.source = catalog.source();
    snapshot.catalogModels = catalog.modelCount();
    snapshot.overrides = int(catalog.overrides().size());

    for (const PriceOverride &o : catalog.overrides()) {
        PriceRow row;
        row.provider = o.provider;
        row.providerName = providerDisplayName(o.provider);
        row.model = o.model;
        row.modelName = o.note.isEmpty() ? o.model : o.note;
        row.input = o.prices.input;
        row.cachedInput = o.prices.cacheRead;
        row.cacheWrite = o.prices.cacheWrite5m;
        row.output = o.prices.output;
        row.since = o.effectiveFrom;
        row.isOverride = true;
        row.override = o;
        snapshot.rows.append(row);
    }
    for (const PricingCatalog::Provider &p : catalog.providers()) {
        for (const PricingCatalog::Model &m : p.models) {
            const PricingCatalog::Version *v = PricingCatalog::versionOn(m, today);
            if (!v)
                continue;
            PriceRow row;
            row.provider = p.id;
            row.providerName = p.name;
            row.model = m.id;
            row.modelName = m.name;
            row.input = v->prices.input;
            row.cachedInput = v->prices.cacheRead;
            row.cacheWrite = v->prices.cacheWrite5m;
            row.output = v->prices.output;
            row.since = v->startDate;
            snapshot.rows.append(row);
        }
    }
    // The models no price covers, over the whole history, from their rollup (not a scan of every
    // day); not the report's totals that the page does not show.
    Report report;
    if (ReportBuilder(db).readUnpricedEver(&report, &snapshot.error)) {
        snapshot.unpriced = report.unpriced;
        snapshot.unattributedTokens = report.unattributedTokens;
    }
    return snapshot;
}

}   // namespace tl
