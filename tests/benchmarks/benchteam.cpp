// Issue 16 item 7: a team database on PostgreSQL next to the personal ledger in SQLite — ingest,
// the dashboard's full refresh and `report`, on the same generated ledger (same shape, rows and
// seed, written through the same upsert path) in the same run, with the ratio PostgreSQL / SQLite.
// Runs when TOKENLEDGER_BENCH_PG names a server: a postgresql:// URL of a role that may create
// databases (scripts/bench-pg.sh starts a throwaway, durable cluster over a unix socket and sets it).
// Each shape gets a fresh database, dropped at the end.

#include "analytics/dashboard.h"
#include "analytics/report.h"
#include "benchsections.h"
#include "storage/dbprofile.h"
#include "storage/pgschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cstdio>

namespace tl::bench {

namespace {

// Creates or drops a database as the URL's role; empty on success, else what went wrong.
QString admin(const QString &serverUrl, const QString &statement)
{
    QString error;
    const std::optional<DbProfile> profile = DbProfile::parse(serverUrl, &error);
    if (!profile)
        return error;
    const QString name = QStringLiteral("tl-bench-admin");
    {
        if (!pg::openConnection(name, *profile, QString(), &error))
            return error;
        QSqlQuery q(QSqlDatabase::database(name, false));
        if (!q.exec(statement))
            error = q.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// `serverUrl` with its database name replaced (the query — a socket folder, sslmode — kept).
QString withDatabase(const QString &serverUrl, const QString &database)
{
    const qsizetype query = serverUrl.indexOf(u'?');
    const QString base = serverUrl.left(query < 0 ? serverUrl.size() : query);
    const QString rest = query < 0 ? QString() : serverUrl.mid(query);
    return base.left(base.lastIndexOf(u'/') + 1) + database + rest;
}

}   // namespace

void benchTeam(Context &ctx)
{
    const QString server = qEnvironmentVariable("TOKENLEDGER_BENCH_PG");
    const QString figure = QStringLiteral("team database (PostgreSQL)");
    if (server.isEmpty()) {
        ctx.report.note(ctx.scope, figure,
                        QStringLiteral("not measured: set TOKENLEDGER_BENCH_PG (scripts/bench-pg.sh)"));
        return;
    }
    const QString name =
        QStringLiteral("tl_bench_%1_%2").arg(QCoreApplication::applicationPid()).arg(ctx.data.shape.name);
    if (const QString error = admin(server, QStringLiteral("CREATE DATABASE %1").arg(name)); !error.isEmpty()) {
        ctx.report.note(ctx.scope, figure, QStringLiteral("could not create a database: ") + error);
        return;
    }
    {
        QString error;
        const std::unique_ptr<Dataset> pg =
            buildDataset(ctx.data.shape, ctx.data.rows, &error, {}, withDatabase(server, name));
        if (!pg) {
            ctx.report.note(ctx.scope, figure, QStringLiteral("could not build the ledger: ") + error);
        } else {
            const QString scope = ctx.scope + QStringLiteral(" PG");
            const double sqliteIngest = double(ctx.data.rows) / ctx.data.ingestSeconds;
            ctx.report.rate(
                scope,
                QStringLiteral("ingest (upsert, rollups included; one transaction per account and 30 days, as a sync)"),
                double(pg->rows) / pg->ingestSeconds, QStringLiteral("SQLite ingest"), sqliteIngest, {}, 50'000);

            const QDate lastDay = pg->lastDay;
            const QDate monthStart(lastDay.year(), lastDay.month(), 1);
            QSqlDatabase lite = ctx.data.db->connection();
            QSqlDatabase team = pg->db->connection();
            // Each measured on both, one right after the other, so the machine's load is alike.
            const auto sideBySide = [&](const QString &what, const std::function<void(QSqlDatabase)> &call,
                                        std::optional<double> maxMs) {
                const Timing onSqlite = timeCalls([&] { call(lite); });
                const Timing onPg = timeCalls([&] { call(team); });
                ctx.report.time(scope, what + QStringLiteral(", first call"), onPg.firstMs,
                                QStringLiteral("SQLite first call"), onSqlite.firstMs);
                ctx.report.time(scope, what + QStringLiteral(", warm median"), onPg.medianMs,
                                QStringLiteral("SQLite warm median"), onSqlite.medianMs, {}, maxMs);
            };
            sideBySide(
                QStringLiteral("dashboard full refresh"), [&](QSqlDatabase db) { loadDashboard(db, lastDay); }, 100);
            sideBySide(QStringLiteral("month-to-date report (total + breakdowns)"),
                       [&](QSqlDatabase db) { ReportBuilder(db).build(monthStart, lastDay); }, {});
            sideBySide(QStringLiteral("report --by project, whole history"),
                       [&](QSqlDatabase db) {
                           ReportBuilder(db).breakdownBy(QLatin1String("project"), pg->firstDay, lastDay);
                       },
                       {});
        }
    }
    // FORCE: the worker connections a Database may leave behind do not keep it.
    if (const QString error = admin(server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        !error.isEmpty())
        std::fprintf(stderr, "could not drop %s: %s\n", qPrintable(name), qPrintable(error));
}

}   // namespace tl::bench
