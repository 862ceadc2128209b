// Write figures: the append path of the generated ledger (every row new), the update path of a
// re-sync (the last 30 days written again, one account's window per transaction, a tenth of the
// rows revised, the rest identical), and the peak memory of a real sync of as many rows as the
// ledger has, in a child process (tokenledger-syncmemory: the SyncEngine's whole path, HTTP pages
// from a loopback server included), measured by wait4()'s ru_maxrss.

#include "benchanchors.h"
#include "benchsections.h"
#include "childrun.h"
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace tl::bench {

namespace {

constexpr int ResyncDays = 30;
// Rows SQLite alone writes for the ingest anchors (the ledger's first days): a steady rate without
// holding a 10M-row ledger in memory.
constexpr qint64 AnchorRows = 500'000;
// Rounds of the re-sync (each revises other rows: every tenth from the round's offset); each is
// about 0.1 s at 1M rows, and a median of 3 still moved by a third between back-to-back runs.
constexpr int ResyncRounds = 5;
// Records per upsert call in the re-sync, as the sync engine writes a window (SyncEngine's batch).
constexpr int ResyncBatch = 4096;

// The stored rows of the last `days` days, per account, in key order (what a provider answers).
QList<QList<UsageRecord>> readWindow(Dataset &data, int days)
{
    QList<QList<UsageRecord>> perAccount(data.accountIds.size());
    QSqlQuery q(data.db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT account_id, day, model, project, api_key_id, service_tier, input_tokens, "
                             "cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, "
                             "requests, cost_nano FROM usage WHERE day >= ? ORDER BY account_id, day, model, project, "
                             "api_key_id, service_tier"));
    q.addBindValue(data.lastDay.addDays(-(days - 1)).toString(Qt::ISODate));
    q.exec();
    while (q.next()) {
        UsageRecord r;
        r.accountId = q.value(0).toLongLong();
        r.day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        r.model = q.value(2).toString();
        r.project = q.value(3).toString();
        r.apiKeyId = q.value(4).toString();
        r.serviceTier = q.value(5).toString();
        r.inputTokens = q.value(6).toLongLong();
        r.cachedInputTokens = q.value(7).toLongLong();
        r.cacheWrite5mTokens = q.value(8).toLongLong();
        r.cacheWrite1hTokens = q.value(9).toLongLong();
        r.outputTokens = q.value(10).toLongLong();
        r.requests = q.value(11).toLongLong();
        if (q.value(12).isNull()) {
            r.costStatus = CostStatus::Unpriced;
        } else {
            r.cost = Money::fromNanos(q.value(12).toLongLong());
            r.costStatus = CostStatus::Estimated;
        }
        perAccount[data.accountIds.indexOf(r.accountId)].append(r);
    }
    return perAccount;
}

// Re-upserts the window with every tenth row (offset `round`) revised; the rate and the counts,
// and in *cpuRate the rate over this thread's CPU time.
double resync(Dataset &data, QList<QList<UsageRecord>> &window, int round, UpsertResult *total, double *cpuRate,
              QString *error)
{
    qint64 rows = 0;
    for (QList<UsageRecord> &account : window) {
        for (qsizetype i = round; i < account.size(); i += 10) {
            account[i].outputTokens += 1;
            if (account[i].cost)
                account[i].cost = Money::fromNanos(account[i].cost->nanos() + 1);
        }
        rows += account.size();
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuNanos();
    for (const QList<UsageRecord> &account : window) {
        sql::Savepoint transaction(data.db->connection(), QStringLiteral("account_sync"));
        UsageRepository repo(data.db->connection());   // one per account, deferring rollups as UsageStage::write
        repo.setDeferRollups(true);
        for (qsizetype i = 0; i < account.size(); i += ResyncBatch) {
            const UpsertResult r = repo.upsert(account.mid(i, ResyncBatch));
            if (!r.ok) {
                *error = r.error;
                return 0;
            }
            total->created += r.created;
            total->updated += r.updated;
            total->unchanged += r.unchanged;
        }
        if (!repo.flushRollups(error) || !transaction.commit()) {
            if (error->isEmpty())
                *error = transaction.error();
            return 0;
        }
    }
    *cpuRate = double(rows) / (double(threadCpuNanos() - cpuStart) / 1e9);
    return double(rows) / (double(timer.nsecsElapsed()) / 1e9);
}

// Results in one page (one day) at most: a 1M-row sync over 120 days. The sync holds one page at
// a time, and its peak grows with the page (about 1.7 KB a result: the body, its parsed JSON and
// records), not with the rows already written: 3M rows in 360 days of such pages peak as 1M rows
// in 120 do (72 vs 70 MiB), 3M rows in 120 days of 25k-result pages at 98 MiB. A larger ledger is
// measured over more days, as a provider pages it, instead of in pages 10 times larger.
constexpr qint64 MaxPageResults = 8334;

// Runs tokenledger-syncmemory for `rows` rows in the shape's models a day.
void syncMemory(Context &ctx)
{
    const qint64 days = std::max<qint64>(120, (ctx.data.rows + MaxPageResults - 1) / MaxPageResults);
    const QString figure = QStringLiteral("sync of %1 rows over %2 days, peak memory (whole process: SyncEngine, "
                                          "HTTP pages from a loopback server, SQLite)")
                               .arg(ctx.data.rows)
                               .arg(days);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.txt"));
    const ChildRun run = runChild(QCoreApplication::applicationDirPath() + QStringLiteral("/tokenledger-syncmemory"),
                                  {QString::number(ctx.data.rows), QString::number(ctx.data.shape.modelsPerAccount),
                                   dir.path(), QString::number(days)},
                                  {}, out, dir.filePath(QStringLiteral("err.txt")));
    QFile file(out);
    const QStringList fields =
        file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).simplified().split(u' ') : QStringList();
    if (!run.ok() || fields.size() != 4) {
        ctx.report.note(ctx.scope, figure,
                        QStringLiteral("FAILED: %1 %2").arg(run.error, fields.join(QLatin1Char(' '))));
        return;
    }
    ctx.report.memory(ctx.scope, figure, run.rssMiB(), 100);
    ctx.report.note(ctx.scope, QStringLiteral("that sync"),
                    QStringLiteral("%1 rows stored in %2 s; %3 MiB before it started")
                        .arg(fields[0], fields[1], QString::number(fields[2].toDouble() / 1024.0, 'f', 1)));
}

}   // namespace

void benchWrites(Context &ctx)
{
    const WriteAnchors anchors = measureWriteAnchors(ctx.data, AnchorRows);
    if (!anchors.error.isEmpty())
        ctx.report.note(ctx.scope, QStringLiteral("ingest anchors"), QStringLiteral("FAILED: ") + anchors.error);
    const auto anchor = [](const AnchorRate &a, bool cpu) {
        return a.rows ? std::optional(cpu ? a.cpu : a.wall) : std::nullopt;
    };
    const QString appendAnchor = QStringLiteral("SQLite alone, plain INSERT of %1 rows").arg(anchors.append.rows);
    if (ctx.data.reused) {
        ctx.report.note(ctx.scope, QStringLiteral("ingest, append"),
                        QStringLiteral("not measured: the ledger is a copy of a kept one (--ledgers)"));
    } else {
        ctx.report.rate(ctx.scope,
                        QStringLiteral("ingest, append (UsageRepository::upsert, rollups included; one transaction per "
                                       "account and 30 days, as a sync)"),
                        double(ctx.data.rows) / ctx.data.ingestSeconds, appendAnchor, anchor(anchors.append, false), {},
                        300'000);
        ctx.report.rate(ctx.scope, QStringLiteral("ingest, append, over the thread's CPU time (load-steadier)"),
                        double(ctx.data.rows) / ctx.data.ingestCpuSeconds, appendAnchor + QStringLiteral(" (CPU)"),
                        anchor(anchors.append, true));
        ctx.report.time(ctx.scope, QStringLiteral("data-quality check of every new day after the ingest (once)"),
                        ctx.data.qualitySeconds * 1000);
    }

    QList<QList<UsageRecord>> window = readWindow(ctx.data, ResyncDays);
    std::vector<double> rates;
    std::vector<double> cpuRates;
    UpsertResult counts;
    QString error;
    for (int round = 0; round < ResyncRounds; ++round) {
        double cpuRate = 0;
        const double rate = resync(ctx.data, window, round, &counts, &cpuRate, &error);
        if (!error.isEmpty()) {
            ctx.report.note(ctx.scope, QStringLiteral("ingest, re-sync update path"),
                            QStringLiteral("FAILED: ") + error);
            return;
        }
        rates.push_back(rate);
        cpuRates.push_back(cpuRate);
    }
    std::sort(rates.begin(), rates.end());
    std::sort(cpuRates.begin(), cpuRates.end());
    const QString resyncAnchor = QStringLiteral("SQLite alone, UPSERT of %1 rows").arg(anchors.resync.rows);
    ctx.report.rate(
        ctx.scope,
        QStringLiteral("ingest, re-sync update path (last %1 days again, 1 row in 10 revised; median of %2)")
            .arg(ResyncDays)
            .arg(ResyncRounds),
        rates[rates.size() / 2], resyncAnchor, anchor(anchors.resync, false), {}, 300'000);
    ctx.report.rate(
        ctx.scope, QStringLiteral("ingest, re-sync update path, over the thread's CPU time (load-steadier)"),
        cpuRates[cpuRates.size() / 2], resyncAnchor + QStringLiteral(" (CPU)"), anchor(anchors.resync, true));
    ctx.report.note(ctx.scope, QStringLiteral("re-sync counts (all rounds)"),
                    QStringLiteral("%1 revised, %2 identical, %3 new")
                        .arg(counts.updated)
                        .arg(counts.unchanged)
                        .arg(counts.created));
    syncMemory(ctx);
}

}   // namespace tl::bench
