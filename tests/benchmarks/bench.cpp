// tokenledger-bench: generates ledgers of N usage rows (default 1,000,000) in the sparse and the
// dense shape, deterministically, through the real upsert path into temporary databases, and
// measures every figure issue 15 names (ingest, dashboard, Usage page, report, start-up,
// re-pricing, CSV import), each printed with the anchor measured in the same run, the ratio and
// the target; a table of all of them at the end. Not run by ctest: speed targets live here.
//
//   tokenledger-bench [ROWS ...] [--shapes sparse,dense] [--sections LIST] [--ledgers DIR]
//   sections: writes,dashboard,usage,startup,reprice,csv,team (default: all; team needs
//   TOKENLEDGER_BENCH_PG, see benchteam.cpp and scripts/bench-pg.sh); "override" alone: only the
//   re-pricing section's one-model override, not every row first
//   --ledgers DIR: keep each generated ledger in DIR and, on later runs, work on a copy of it
//   instead of generating it again (minutes at 10M rows); the ingest figure is then not measured.

#include "benchsections.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace tl;
using namespace tl::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("TokenLedger benchmark (README: Performance)"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("rows"), QStringLiteral("Ledger sizes to measure (default 1000000)."));
    const QCommandLineOption shapesOption(QStringLiteral("shapes"), QStringLiteral("sparse,dense"),
                                          QStringLiteral("list"), QStringLiteral("sparse,dense"));
    const QCommandLineOption sectionsOption(
        QStringLiteral("sections"), QStringLiteral("writes,dashboard,usage,startup,reprice,csv,team (or override)"),
        QStringLiteral("list"), QStringLiteral("writes,dashboard,usage,startup,reprice,csv,team"));
    const QCommandLineOption ledgersOption(
        QStringLiteral("ledgers"),
        QStringLiteral("Keep generated ledgers in this folder and reuse copies of them in later runs (the "
                       "ingest figure is then not measured)."),
        QStringLiteral("dir"));
    parser.addOption(shapesOption);
    parser.addOption(sectionsOption);
    parser.addOption(ledgersOption);
    parser.process(app);

    QList<qint64> sizes;
    for (const QString &arg : parser.positionalArguments()) {
        const qint64 rows = arg.toLongLong();
        if (rows <= 0) {
            std::fprintf(stderr, "not a row count: %s\n", qPrintable(arg));
            return 2;
        }
        sizes << rows;
    }
    if (sizes.isEmpty())
        sizes << 1'000'000;
    QList<Shape> shapes;
    for (const QString &name : parser.value(shapesOption).split(u',', Qt::SkipEmptyParts)) {
        const std::optional<Shape> shape = shapeNamed(name);
        if (!shape) {
            std::fprintf(stderr, "unknown shape: %s\n", qPrintable(name));
            return 2;
        }
        shapes << *shape;
    }
    const QStringList sections = parser.value(sectionsOption).split(u',', Qt::SkipEmptyParts);
    const auto wanted = [&](const char *name) { return sections.contains(QLatin1String(name)); };

    Report report;
    // First, while the process is small: its memory figure is the import's own.
    if (wanted("csv")) {
        for (qint64 rows : sizes)
            benchCsvImport(report, rows);
    }
    for (qint64 rows : sizes) {
        for (const Shape &shape : shapes) {
            std::printf("== %lld rows, %s: %s\n", static_cast<long long>(rows), qPrintable(shape.name),
                        qPrintable(shape.describe()));
            std::fflush(stdout);
            QString error;
            const std::unique_ptr<Dataset> data = buildDataset(shape, rows, &error, parser.value(ledgersOption));
            if (!data) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            Context ctx{*data, report, scopeName(rows, shape)};
            if (wanted("writes"))
                benchWrites(ctx);
            if (wanted("dashboard"))
                benchDashboard(ctx);
            if (wanted("usage"))
                benchUsagePage(ctx);
            if (wanted("startup"))
                benchStartup(ctx);
            if (wanted("team"))   // before re-pricing, which rewrites the SQLite ledger's costs
                benchTeam(ctx);
            if (wanted("reprice") || wanted("override"))
                benchReprice(ctx, wanted("reprice"));
        }
    }
    report.printTable();
    return 0;
}
