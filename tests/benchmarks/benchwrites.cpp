// Write figures: the append path of the generated ledger (every row new).

#include "benchsections.h"

namespace tl::bench {

void benchWrites(Context &ctx)
{
    ctx.report.rate(ctx.scope, QStringLiteral("ingest, append (UsageRepository::upsert, rollups included)"),
                    double(ctx.data.rows) / ctx.data.ingestSeconds, {}, {}, {}, 300'000);
    ctx.report.time(ctx.scope, QStringLiteral("data-quality check of every new day after the ingest (once)"),
                    ctx.data.qualitySeconds * 1000);
}

}   // namespace tl::bench
