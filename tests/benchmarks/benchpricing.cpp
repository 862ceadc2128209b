// Re-pricing and CSV import: the two paths that price rows in bulk.

#include "benchanchors.h"
#include "benchsections.h"
#include "childrun.h"
#include "common/dates.h"
#include "io/csvimport.h"
#include "pricing/pricingservice.h"
#include "storage/accountrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>

#include <cstdio>

#include <sys/resource.h>

namespace tl::bench {

namespace {

// Rows the re-pricing anchor rewrites (copied from the ledger first): enough for a steady rate at
// every size without a copy of a 10M-row ledger.
constexpr qint64 RepriceAnchorRows = 1'000'000;

// CPU seconds (user + system) this process has used, all its threads (RUSAGE_SELF), this thread
// alone (RUSAGE_THREAD), or its children and the children they waited for (RUSAGE_CHILDREN).
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Re-pricing leaves what its chunks wrote in the WAL up to a bound (sql::CheckpointThreshold): the
// next commit at the usual threshold, or the last connection's close, backfills it. Timed here on its
// own, after the figure, so that it is neither hidden nor paid by the next figure.
void putOffCheckpoint(Context &ctx, const QString &figure)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(ctx.data.db->connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next())
        return;
    const qint64 pages = q.value(1).toLongLong();
    ctx.report.note(
        ctx.scope, figure + QStringLiteral(", its checkpoint put off"),
        QStringLiteral("%1 ms (%2 WAL pages)").arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 0).arg(pages));
}

}   // namespace

void benchReprice(Context &ctx, bool everyRow)
{
    // Every estimated row priced again from the catalog (the generator's costs are random, so
    // nearly every row changes and is rewritten), then one override that covers one model's rows.
    QSqlDatabase conn = ctx.data.db->connection();
    PricingService pricing(conn);
    pricing.load();
    QElapsedTimer timer;
    if (everyRow) {
        const double cpuBefore = cpuSeconds(RUSAGE_THREAD);
        timer.start();
        const PricingService::RepriceResult all = pricing.reprice();
        const double allSeconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds(RUSAGE_THREAD) - cpuBefore;
        if (!all.ok) {
            ctx.report.note(ctx.scope, QStringLiteral("reprice all rows"), QStringLiteral("FAILED: ") + all.error);
            return;
        }
        putOffCheckpoint(ctx, QStringLiteral("reprice all rows"));
        // The anchor, after the re-pricing so that its reads do not warm the ledger's pages first.
        QString anchorError;
        const AnchorRate anchor = measureRepriceAnchor(ctx.data, RepriceAnchorRows, &anchorError);
        const QString anchorName = QStringLiteral("SQLite alone, one UPDATE of %1 rows' cost").arg(anchor.rows);
        ctx.report.rate(ctx.scope,
                        QStringLiteral("reprice all rows (%1 examined, %2 changed)").arg(all.examined).arg(all.changed),
                        double(all.examined) / allSeconds, anchorName,
                        anchor.rows ? std::optional(anchor.wall) : std::nullopt, {}, 500'000);
        // On a machine busy with other work the wall clock says more about the scheduler: the
        // CPU the re-pricing's thread used is what a quiet machine can reach at best.
        ctx.report.rate(ctx.scope,
                        QStringLiteral("reprice all rows, over the thread's CPU time (%1 s)").arg(cpu, 0, 'f', 2),
                        double(all.examined) / cpu, anchorName + QStringLiteral(" (CPU)"),
                        anchor.rows ? std::optional(anchor.cpu) : std::nullopt);
        if (!anchorError.isEmpty())
            ctx.report.note(ctx.scope, QStringLiteral("reprice anchor"), QStringLiteral("FAILED: ") + anchorError);
    }
    PriceOverride override;
    override.provider = ctx.data.providers.value(0);
    override.model = ctx.data.models.value(0).value(0);
    override.effectiveFrom = ctx.data.firstDay;
    override.prices.input = TieredPrice{Money::fromNanos(2'000'000'000), {}};
    override.prices.output = TieredPrice{Money::fromNanos(8'000'000'000), {}};
    const double cpuBefore = cpuSeconds(RUSAGE_THREAD);
    timer.start();
    const PricingService::RepriceResult one = pricing.setOverride(override);
    const double cpu = cpuSeconds(RUSAGE_THREAD) - cpuBefore;
    ctx.report.time(ctx.scope, QStringLiteral("price override for one model (%1 rows re-priced)").arg(one.changed),
                    double(timer.nsecsElapsed()) / 1e6, {}, {}, {}, 2000);
    ctx.report.note(ctx.scope, QStringLiteral("price override for one model, CPU used"),
                    QStringLiteral("%1 ms").arg(cpu * 1000, 0, 'f', 0));
    putOffCheckpoint(ctx, QStringLiteral("price override for one model"));
}

void benchCsvImport(Report &report, qint64 rows)
{
    // A generated file in the generic format, every row's model in the catalog and no cost column
    // filled (so every row is priced by TokenLedger), streamed from disk into a fresh ledger.
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("import.csv"));
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly)) {
        report.note(QString(), QStringLiteral("CSV import"), QStringLiteral("cannot write ") + csvPath);
        return;
    }
    const QStringList models = modelsFor(QStringLiteral("openai"), 40);
    csv.write("date,model,input_tokens,cached_input_tokens,output_tokens,requests,cost_usd,project,api_key_id\n");
    QRandomGenerator rng(7);
    const QDate firstDay(2020, 1, 1);
    for (qint64 i = 0; i < rows; ++i) {
        const QDate day = firstDay.addDays(i / 400);
        csv.write(QStringLiteral("%1,%2,%3,%4,%5,%6,,proj_%7,key_%8\n")
                      .arg(isoDay(day), models[int(i % models.size())])
                      .arg(rng.bounded(1, 900'000))
                      .arg(rng.bounded(0, 1000))
                      .arg(rng.bounded(1, 90'000))
                      .arg(rng.bounded(1, 500))
                      .arg(i % 20)
                      .arg(i % 400 / 40)
                      .toUtf8());
    }
    csv.close();
    const QString scope = scopeName(rows, Shape{QStringLiteral("csv"), 1, 40, 1});
    const double megabytes = double(QFileInfo(csvPath).size()) / 1e6;

    // The anchor: SQLite's own shell importing the same file into a table, same run.
    std::optional<double> anchorRate;
    std::optional<double> anchorCpu;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        const double childCpuBefore = cpuSeconds(RUSAGE_CHILDREN);
        const ChildRun run = runChild(sqlite3,
                                      {dir.filePath(QStringLiteral("anchor.sqlite")), QStringLiteral(".mode csv"),
                                       QStringLiteral(".import ") + csvPath + QStringLiteral(" rows")},
                                      {}, {}, {});
        if (run.ok()) {
            anchorRate = double(rows) / run.seconds();
            anchorCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpuBefore;
        }
    }

    Database db(QStringLiteral("bench-csv"));
    if (!db.open(dir.filePath(QStringLiteral("import.sqlite")))) {
        report.note(scope, QStringLiteral("CSV import"), db.errorString());
        return;
    }
    Account account;
    account.provider = QStringLiteral("openai");
    account.label = QStringLiteral("Imported");
    CsvImportOptions options;
    options.accountId = AccountRepository(db.connection()).add(account);
    PricingService pricing(db.connection());
    pricing.load();
    QFile in(csvPath);
    in.open(QIODevice::ReadOnly);
    const long rssBefore = currentRssKb();
    QElapsedTimer timer;
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    const double threadCpuBefore = cpuSeconds(RUSAGE_THREAD);
    timer.start();
    const CsvImportResult result = importCsv(db.connection(), in, options, pricing.catalog());
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    const double threadCpu = cpuSeconds(RUSAGE_THREAD) - threadCpuBefore;
    if (!result.ok) {
        report.note(scope, QStringLiteral("CSV import"), QStringLiteral("FAILED: ") + result.error);
        return;
    }
    report.rate(scope,
                QStringLiteral("CSV import, every row priced (%1 MB, %2 MB/s)")
                    .arg(megabytes, 0, 'f', 1)
                    .arg(megabytes / seconds, 0, 'f', 1),
                double(result.rows) / seconds, QStringLiteral("sqlite3 .import"), anchorRate, 0.4, 250'000);
    // The CPU both took (the import's threads, the shell's one): on a machine busy with other work
    // the wall-clock ratio above says more about the scheduler than about either program. The
    // calling thread's share is the import's critical path when its reading thread has a core of
    // its own (csvstream.h): rows per second of it is what a quiet machine can reach at best.
    if (anchorCpu && *anchorCpu > 0 && cpu > 0 && threadCpu > 0)
        report.note(scope, QStringLiteral("CSV import, CPU used"),
                    QStringLiteral("%1 s, %2 s of it on the writing thread (%3k rows/s of it); sqlite3 .import "
                                   "%4 s: %5x its rows per CPU-second")
                        .arg(cpu, 0, 'f', 2)
                        .arg(threadCpu, 0, 'f', 2)
                        .arg(double(result.rows) / threadCpu / 1000, 0, 'f', 0)
                        .arg(*anchorCpu, 0, 'f', 2)
                        .arg(*anchorCpu / cpu, 0, 'f', 2));
    report.memory(scope, QStringLiteral("CSV import, peak RSS growth"), double(peakRssKb() - rssBefore) / 1024.0, 100);
}

}   // namespace tl::bench
