// The dashboard's questions, asked the way the app asks them (QtSql, rollups), next to the same
// questions asked naively of the raw table through the SQLite library directly.

#include "analytics/dailyseries.h"
#include "analytics/dashboard.h"
#include "analytics/reconciliation.h"
#include "analytics/report.h"
#include "benchsections.h"
#include "common/dates.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace tl::bench {

namespace {

// Runs one statement through the SQLite library directly and steps through every row.
void rawQuery(sqlite3 *db, const char *sql, const QByteArray &from, const QByteArray &to)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "raw query failed: %s\n", sqlite3_errmsg(db));
        std::exit(1);
    }
    sqlite3_bind_text(stmt, 1, from.constData(), -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 2, to.constData(), -1, SQLITE_STATIC);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
    }
    sqlite3_finalize(stmt);
}

}   // namespace

void benchDashboard(Context &ctx)
{
    const QDate lastDay = ctx.data.lastDay;
    const QDate monthStart(lastDay.year(), lastDay.month(), 1);
    const QDate yearAgo = lastDay.addDays(-364);
    QSqlDatabase conn = ctx.data.db->connection();

    sqlite3 *raw = nullptr;
    sqlite3_open_v2(ctx.data.path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const QByteArray from = isoDay(monthStart).toUtf8();
    const QByteArray to = isoDay(lastDay).toUtf8();
    const QByteArray yearFrom = isoDay(yearAgo).toUtf8();
    const double rawTotal =
        medianMs([&] { rawQuery(raw, "SELECT SUM(cost_nano) FROM usage WHERE day BETWEEN ?1 AND ?2", from, to); }, 3);
    const double rawBreakdown = medianMs(
        [&] {
            rawQuery(raw,
                     "SELECT a.provider, u.model, SUM(u.cost_nano) FROM usage u JOIN accounts a ON a.id = "
                     "u.account_id WHERE u.day BETWEEN ?1 AND ?2 GROUP BY a.provider, u.model",
                     from, to);
        },
        3);
    const double rawSeries = medianMs(
        [&] {
            rawQuery(raw,
                     "SELECT u.day, a.provider, SUM(u.cost_nano) FROM usage u JOIN accounts a ON a.id = "
                     "u.account_id WHERE u.day BETWEEN ?1 AND ?2 GROUP BY u.day, a.provider",
                     yearFrom, to);
        },
        3);
    sqlite3_close(raw);

    const Timing dashboard = timeCalls([&] { loadDashboard(conn, lastDay); });
    const double dashboardTarget = ctx.data.rows > 2'000'000 ? 100 : 50;
    ctx.report.time(ctx.scope, QStringLiteral("dashboard full refresh, first call"), dashboard.firstMs);
    ctx.report.time(ctx.scope, QStringLiteral("dashboard full refresh, warm median"), dashboard.medianMs,
                    QStringLiteral("raw 12-month series"), rawSeries, {}, dashboardTarget);

    // The window's first read runs on a connection of its own, just opened: SQLite reads the schema
    // and every page it needs for the first time. Wall and this thread's CPU time (what the load of
    // a shared machine moves least), median of 5 new connections.
    std::vector<double> coldMs;
    std::vector<double> coldCpuMs;
    for (int round = 0; round < 5; ++round) {
        Database fresh(QStringLiteral("bench-dashboard-cold"));
        if (!fresh.open(ctx.data.path))
            break;
        QElapsedTimer timer;
        timer.start();
        const qint64 cpu = threadCpuNanos();
        loadDashboard(fresh.connection(), lastDay);
        coldCpuMs.push_back(double(threadCpuNanos() - cpu) / 1e6);
        coldMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    if (!coldMs.empty()) {
        std::sort(coldMs.begin(), coldMs.end());
        std::sort(coldCpuMs.begin(), coldCpuMs.end());
        ctx.report.time(ctx.scope, QStringLiteral("dashboard read on a new connection (the window's first), median"),
                        coldMs[coldMs.size() / 2], QStringLiteral("raw 12-month series"), rawSeries, {},
                        dashboardTarget);
        ctx.report.time(ctx.scope, QStringLiteral("… its CPU time"), coldCpuMs[coldCpuMs.size() / 2]);
    }

    ReportBuilder builder(conn);
    ctx.report.time(ctx.scope, QStringLiteral("month-to-date report (total + breakdowns)"),
                    medianMs([&] { builder.build(monthStart, lastDay); }), QStringLiteral("raw breakdown"),
                    rawBreakdown);
    ctx.report.time(ctx.scope, QStringLiteral("12-month daily series by provider"),
                    medianMs([&] { dailyCostByProvider(conn, yearAgo, lastDay); }), QStringLiteral("raw series"),
                    rawSeries);
    ctx.report.time(ctx.scope, QStringLiteral("billed vs estimated, one month"),
                    medianMs([&] { reconcile(conn, monthStart, lastDay); }), QStringLiteral("raw total"), rawTotal);
}

}   // namespace tl::bench
