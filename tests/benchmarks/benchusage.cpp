// The Usage page as the window pages through it, and `report --by project|key`, each next to the
// same question asked naively of the raw table (the plain ORDER BY ... LIMIT, the plain GROUP BY).

#include "analytics/report.h"
#include "analytics/usagetable.h"
#include "benchsections.h"
#include "common/dates.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace tl::bench {

namespace {

// Runs one statement through the SQLite library directly and steps through every row.
void rawQuery(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "raw query failed: %s\n", sqlite3_errmsg(db));
        std::exit(1);
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
    }
    sqlite3_finalize(stmt);
}

QByteArray naivePage(const QByteArray &column, const QByteArray &where)
{
    return "SELECT * FROM usage u JOIN accounts a ON a.id = u.account_id " + where + " ORDER BY " + column +
           " DESC, u.day DESC, u.account_id DESC, u.model DESC, u.project DESC, u.api_key_id DESC, "
           "u.service_tier DESC, u.source DESC LIMIT 200";
}

struct SlowestSort
{
    double ms = 0;
    QString name;
};

// Each sort's first page under a filter, both directions (the median of 3 calls each): the slowest.
SlowestSort slowestFirstPage(QSqlDatabase conn, const UsageFilter &filter)
{
    const char *const names[] = {"day",    "provider",    "account", "model",    "project", "api key", "input",
                                 "cached", "cache write", "output",  "requests", "cost",    "status"};
    static_assert(std::size(names) == size_t(UsageColumn::Count));
    SlowestSort slowest;
    for (int c = 0; c < int(UsageColumn::Count); ++c) {
        for (const bool descending : {true, false}) {
            const double ms = medianMs([&] { queryUsageRows(conn, filter, UsageColumn(c), descending, 0, 200); }, 3);
            if (ms > slowest.ms)
                slowest = {ms, QStringLiteral("%1 %2").arg(QLatin1String(names[c]), descending ? u"desc" : u"asc")};
        }
    }
    return slowest;
}

}   // namespace

void benchUsagePage(Context &ctx)
{
    QSqlDatabase conn = ctx.data.db->connection();
    const QDate lastDay = ctx.data.lastDay;
    const QDate monthStart(lastDay.year(), lastDay.month(), 1);
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(ctx.data.path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const QByteArray monthWhere =
        "WHERE u.day BETWEEN '" + isoDay(monthStart).toUtf8() + "' AND '" + isoDay(lastDay).toUtf8() + "'";
    const double rawMonthByCost = medianMs([&] { rawQuery(raw, naivePage("u.cost_nano", monthWhere)); }, 3);
    const double rawAllByCost = medianMs([&] { rawQuery(raw, naivePage("u.cost_nano", {})); }, 1);
    const QString naive = QStringLiteral("naive ORDER BY .. LIMIT");

    // The page's default filter: the current period (a month).
    UsageFilter month;
    month.from = monthStart;
    month.to = lastDay;
    UsageFilter twoMonths;
    twoMonths.from = monthStart.addMonths(-1);
    twoMonths.to = lastDay;
    ctx.report.time(ctx.scope, QStringLiteral("usage page, this month: first page by day"),
                    medianMs([&] { queryUsageRows(conn, month, UsageColumn::Day, true, 0, 200); }), {}, {}, {}, 100);
    ctx.report.time(ctx.scope, QStringLiteral("usage page, this month: first page by cost"),
                    medianMs([&] { queryUsageRows(conn, month, UsageColumn::Cost, true, 0, 200); }), naive,
                    rawMonthByCost, {}, 100);
    ctx.report.time(ctx.scope, QStringLiteral("usage page, two months: totals row"),
                    medianMs([&] { queryUsageTotals(conn, twoMonths); }), {}, {}, {}, 50);
    const qint64 deepOffset = std::max<qint64>(0, queryUsageTotals(conn, twoMonths)->rows - 200);
    ctx.report.time(ctx.scope, QStringLiteral("usage page, two months: last page by day"),
                    medianMs([&] { queryUsageRows(conn, twoMonths, UsageColumn::Day, true, deepOffset, 200); }, 3), {},
                    {}, {}, 100);

    // One model of one account over the whole history: the rows behind a data-quality finding, which
    // the Quality tab reads for its first finding at start-up (500 rows by day), and the same filter
    // sorted by cost.
    UsageFilter oneModel;
    oneModel.accountId = ctx.data.accountIds.last();
    oneModel.model = ctx.data.models.last().last();
    oneModel.from = ctx.data.firstDay;
    oneModel.to = lastDay;
    const double rawOneModel = medianMs(
        [&] {
            rawQuery(raw, naivePage("u.day", "WHERE u.account_id = " + QByteArray::number(*oneModel.accountId) +
                                                 " AND u.model = '" + oneModel.model.toUtf8() + "'"));
        },
        1);
    const Timing finding = timeCalls([&] { queryUsageRows(conn, oneModel, UsageColumn::Day, false, 0, 500); }, 3);
    ctx.report.time(ctx.scope,
                    QStringLiteral("usage page, one model of one account, whole history: first 500 by day "
                                   "(a quality finding's rows), first call"),
                    finding.firstMs, naive, rawOneModel, {}, 100);
    const Timing byCost = timeCalls([&] { queryUsageRows(conn, oneModel, UsageColumn::Cost, true, 0, 200); }, 3);
    ctx.report.time(
        ctx.scope,
        QStringLiteral("usage page, one model of one account, whole history: first page by cost, first call"),
        byCost.firstMs, naive, rawOneModel, {}, 100);
    ctx.report.time(ctx.scope,
                    QStringLiteral("usage page, one model of one account, whole history: first page by cost"),
                    byCost.medianMs, naive, rawOneModel, {}, 100);
    // The slowest first page of any sort for that filter: the figure the cost sort alone would hide.
    const SlowestSort oneModelSlowest = slowestFirstPage(conn, oneModel);
    ctx.report.time(ctx.scope,
                    QStringLiteral("usage page, one model of one account, whole history: slowest first page of any "
                                   "sort (%1)")
                        .arg(oneModelSlowest.name),
                    oneModelSlowest.ms, naive, rawOneModel, {}, 100);

    // Its totals row: the whole months from usage_model_months (schema 23), the first and last
    // months' days from usage_daily (the range starts and ends inside a month). Every day sought in
    // usage_daily (schema 21) took 60 ms at 10M dense rows; by the account's index, every model's
    // rows of the account, 63-77 ms at 1M dense rows.
    const Timing oneModelTotals = timeCalls([&] { queryUsageTotals(conn, oneModel); }, 3);
    ctx.report.time(ctx.scope,
                    QStringLiteral("usage page, one model of one account, whole history: totals row, first call"),
                    oneModelTotals.firstMs, {}, {}, {}, 50);
    ctx.report.time(ctx.scope, QStringLiteral("usage page, one model of one account, whole history: totals row"),
                    oneModelTotals.medianMs, {}, {}, {}, 50);

    // Every row: each sort's first page, both directions; the slowest of them is the figure.
    const SlowestSort everyRow = slowestFirstPage(conn, {});
    const double slowest = everyRow.ms;
    const QString &slowestName = everyRow.name;
    ctx.report.time(ctx.scope, QStringLiteral("usage page, every row: first page by cost"),
                    medianMs([&] { queryUsageRows(conn, {}, UsageColumn::Cost, true, 0, 200); }, 3), naive,
                    rawAllByCost, {}, 100);
    ctx.report.time(ctx.scope,
                    QStringLiteral("usage page, every row: slowest first page of any sort (%1)").arg(slowestName),
                    slowest, naive, rawAllByCost, {}, 100);
    ctx.report.time(ctx.scope, QStringLiteral("usage page, every row: 5th page by cost (rows 800-999)"),
                    medianMs([&] { queryUsageRows(conn, {}, UsageColumn::Cost, true, 800, 200); }, 3), naive,
                    rawAllByCost);
    ctx.report.time(ctx.scope, QStringLiteral("usage page, every row: page at row 10,000 by cost (past the rollups)"),
                    medianMs([&] { queryUsageRows(conn, {}, UsageColumn::Cost, true, 10'000, 200); }, 1), naive,
                    rawAllByCost);
    ctx.report.time(ctx.scope, QStringLiteral("usage page, every row: totals row"),
                    medianMs([&] { queryUsageTotals(conn, {}); }, 3), {}, {}, {}, 50);

    // `report --by project|key` over the whole history: the function the command calls.
    const ReportBuilder builder(conn);
    const double rawByProject = medianMs(
        [&] {
            rawQuery(raw, "SELECT project, SUM(input_tokens), SUM(output_tokens), COALESCE(SUM(cost_nano), 0), "
                          "COUNT(*) FROM usage GROUP BY 1 ORDER BY 4 DESC, 1");
        },
        1);
    for (const char *dimension : {"project", "key"}) {
        const QLatin1String label(dimension);
        const Timing t =
            timeCalls([&] { builder.breakdownBy(QLatin1String(dimension), ctx.data.firstDay, lastDay); }, 5);
        ctx.report.time(ctx.scope, QStringLiteral("report --by %1, whole history (first call)").arg(label), t.firstMs,
                        QStringLiteral("naive GROUP BY project"), rawByProject, {}, 100);
        ctx.report.time(ctx.scope, QStringLiteral("report --by %1, whole history (warm median)").arg(label), t.medianMs,
                        QStringLiteral("naive GROUP BY project"), rawByProject, {}, 100);
    }
    ctx.report.time(ctx.scope, QStringLiteral("report --by project, this month"),
                    medianMs([&] { builder.breakdownBy(QStringLiteral("project"), monthStart, lastDay); }), {}, {}, {},
                    100);
    sqlite3_close(raw);
}

}   // namespace tl::bench
