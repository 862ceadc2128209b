// The Usage page as the window pages through it.

#include "analytics/usagetable.h"
#include "benchsections.h"

#include <algorithm>

namespace tl::bench {

void benchUsagePage(Context &ctx)
{
    QSqlDatabase conn = ctx.data.db->connection();
    const QDate lastDay = ctx.data.lastDay;
    const QDate monthStart(lastDay.year(), lastDay.month(), 1);
    UsageFilter twoMonths;
    twoMonths.from = monthStart.addMonths(-1);
    twoMonths.to = lastDay;
    ctx.report.time(ctx.scope, QStringLiteral("usage page, two months: first page by day"),
                    medianMs([&] { queryUsageRows(conn, twoMonths, UsageColumn::Day, true, 0, 200); }), {}, {}, {},
                    100);
    ctx.report.time(ctx.scope, QStringLiteral("usage page, two months: totals row"),
                    medianMs([&] { queryUsageTotals(conn, twoMonths); }), {}, {}, {}, 50);
    ctx.report.time(ctx.scope, QStringLiteral("usage page, two months: first page by cost"),
                    medianMs([&] { queryUsageRows(conn, twoMonths, UsageColumn::Cost, true, 0, 200); }, 3), {}, {}, {},
                    100);
    const qint64 deepOffset = std::max<qint64>(0, queryUsageTotals(conn, twoMonths)->rows - 200);
    ctx.report.time(ctx.scope, QStringLiteral("usage page, two months: last page by day"),
                    medianMs([&] { queryUsageRows(conn, twoMonths, UsageColumn::Day, true, deepOffset, 200); }, 3), {},
                    {}, {}, 100);
    ctx.report.time(ctx.scope, QStringLiteral("usage page, every row: first page by day"),
                    medianMs([&] { queryUsageRows(conn, {}, UsageColumn::Day, true, 0, 200); }, 3), {}, {}, {}, 100);
    ctx.report.time(ctx.scope, QStringLiteral("usage page, every row: first page by cost"),
                    medianMs([&] { queryUsageRows(conn, {}, UsageColumn::Cost, true, 0, 200); }, 3), {}, {}, {}, 100);
    ctx.report.time(ctx.scope, QStringLiteral("usage page, every row: totals row"),
                    medianMs([&] { queryUsageTotals(conn, {}); }, 3), {}, {}, {}, 50);
}

}   // namespace tl::bench
