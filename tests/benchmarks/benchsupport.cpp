#include "benchsupport.h"

#include "analytics/quality.h"
#include "common/dates.h"
#include "pricing/catalog.h"
#include "storage/accountrepository.h"
#include "storage/costrepository.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace tl::bench {

QString Shape::describe() const
{
    return QStringLiteral("%1 accounts x %2 models x %3 project/key pairs a day (%4 rows a day)")
        .arg(accounts)
        .arg(modelsPerAccount)
        .arg(combosPerModel)
        .arg(rowsPerDay());
}

Shape sparseShape()
{
    return {QStringLiteral("sparse"), 4, 8, 29};
}

Shape denseShape()
{
    return {QStringLiteral("dense"), 4, 80, 3};
}

std::optional<Shape> shapeNamed(const QString &name)
{
    if (name == QLatin1String("sparse"))
        return sparseShape();
    if (name == QLatin1String("dense"))
        return denseShape();
    return std::nullopt;
}

QString scopeName(qint64 rows, const Shape &shape)
{
    const QString count = rows % 1'000'000 == 0 ? QStringLiteral("%1M").arg(rows / 1'000'000)
                          : rows % 1000 == 0    ? QStringLiteral("%1k").arg(rows / 1000)
                                                : QString::number(rows);
    return count + u' ' + shape.name;
}

QStringList modelsFor(const QString &provider, int count)
{
    static const std::optional<PricingCatalog> catalog = [] {
        QString error;
        return PricingCatalog::fromJson(PricingCatalog::bundledData(), &error);
    }();
    QStringList models;
    if (catalog) {
        if (const PricingCatalog::Provider *p = catalog->provider(PricingCatalog::catalogProviderId(provider))) {
            for (const PricingCatalog::Model &m : p->models) {
                if (models.size() == count)
                    break;
                models << m.id;
            }
        }
    }
    for (int i = 0; models.size() < count; ++i)
        models << QStringLiteral("%1-bench-model-%2").arg(provider).arg(i);
    return models;
}

namespace {

const char *const Providers[] = {"openai", "anthropic", "openrouter", "google"};

// A kept ledger: DIR/ledger-ROWS-SHAPE.sqlite, its first and last day and row count beside it.
QString keptPath(const QString &keepDir, const Shape &shape, qint64 target)
{
    return QDir(keepDir).filePath(QStringLiteral("ledger-%1-%2.sqlite").arg(target).arg(shape.name));
}

bool restoreKept(Dataset &data, const QString &kept, QString *error)
{
    QFile meta(kept + QStringLiteral(".meta"));
    if (!meta.open(QIODevice::ReadOnly))
        return false;
    const QStringList fields = QString::fromUtf8(meta.readAll()).simplified().split(u' ');
    if (fields.size() != 3 || !QFile::copy(kept, data.path))
        return false;
    data.firstDay = QDate::fromString(fields[0], Qt::ISODate);
    data.lastDay = QDate::fromString(fields[1], Qt::ISODate);
    data.rows = fields[2].toLongLong();
    data.reused = true;
    data.db = std::make_unique<Database>(QStringLiteral("bench-") + data.shape.name);
    if (!data.db->open(data.path)) {
        *error = data.db->errorString();
        return false;
    }
    std::printf("ledger copied from %s (generated for %s .. %s)\n", qPrintable(kept), qPrintable(fields[0]),
                qPrintable(fields[1]));
    return true;
}

// Copies the open ledger page by page through its own connection (SQLite's backup API). Never
// through a second file descriptor of the live file: POSIX advisory locks belong to the process,
// so closing any other descriptor of the file drops the connection's own lock on it. The next
// process that closed the ledger (the start-up section's windows) then took itself for the last
// connection, checkpointed and removed the WAL under this one, and the later in-process steps
// read "database disk image is malformed" (seen only in runs that had just generated a ledger).
bool backupTo(QSqlDatabase db, const QString &target)
{
    sqlite3 *source = sql::nativeHandle(db);
    sqlite3 *copy = nullptr;
    if (!source || sqlite3_open_v2(target.toUtf8().constData(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                   nullptr) != SQLITE_OK) {
        sqlite3_close(copy);
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(copy, "main", source, "main");
    const bool ok = backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
    sqlite3_backup_finish(backup);
    // The copy stays in WAL mode (the source's header): leave nothing of it in a -wal file.
    sqlite3_exec(copy, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    return sqlite3_close(copy) == SQLITE_OK && ok;
}

void keep(Dataset &data, const QString &kept)
{
    QDir().mkpath(QFileInfo(kept).path());
    QFile::remove(kept);
    QFile meta(kept + QStringLiteral(".meta"));
    if (!backupTo(data.db->connection(), kept) || !meta.open(QIODevice::WriteOnly)) {
        QFile::remove(kept);
        return;
    }
    meta.write(QStringLiteral("%1 %2 %3\n").arg(isoDay(data.firstDay), isoDay(data.lastDay)).arg(data.rows).toUtf8());
    std::printf("ledger kept for later runs: %s\n", qPrintable(kept));
}

}   // namespace

std::unique_ptr<Dataset> buildDataset(const Shape &shape, qint64 target, QString *error, const QString &keepDir,
                                      const QString &location)
{
    auto data = std::make_unique<Dataset>();
    data->shape = shape;
    data->path = location.isEmpty() ? data->dir.filePath(QStringLiteral("bench.sqlite")) : location;
    // The accounts the generator adds, in its order (ids 1..n in a new ledger).
    for (int a = 0; a < shape.accounts; ++a) {
        data->accountIds << a + 1;
        data->providers << QString::fromLatin1(Providers[a % 4]);
        data->models << modelsFor(data->providers.last(), shape.modelsPerAccount);
    }
    const QString kept = keepDir.isEmpty() || !location.isEmpty() ? QString() : keptPath(keepDir, shape, target);
    if (!kept.isEmpty() && QFile::exists(kept)) {
        if (restoreKept(*data, kept, error))
            return data;
        if (error->isEmpty())
            *error = QStringLiteral("could not copy the kept ledger %1").arg(kept);
        return nullptr;
    }
    data->db = std::make_unique<Database>(QStringLiteral("bench-") + shape.name +
                                          (location.isEmpty() ? QString() : QStringLiteral("-pg")));
    if (!data->db->open(data->path)) {
        *error = data->db->errorString();
        return nullptr;
    }
    AccountRepository accounts(data->db->connection());
    for (int a = 0; a < shape.accounts; ++a) {
        Account account;
        account.provider = data->providers[a];
        account.label = QStringLiteral("Account %1").arg(a + 1);
        if (accounts.add(account) != data->accountIds[a]) {
            *error = QStringLiteral("the generator's accounts are not numbered 1..n");
            return nullptr;
        }
    }

    const qint64 days = (target + shape.rowsPerDay() - 1) / shape.rowsPerDay();
    // Up to today: the window started on the ledger shows this month's figures.
    data->lastDay = QDateTime::currentDateTimeUtc().date();
    data->firstDay = data->lastDay.addDays(-(days - 1));
    QRandomGenerator rng(20261125);
    UsageRepository repo(data->db->connection());
    // As a sync's stage writes (UsageStage::write): a day's rollups once, before the commit at the
    // latest, not after every batch that touched it.
    repo.setDeferRollups(true);
    CostRepository costs(data->db->connection());
    qint64 upsertNanos = 0;
    qint64 upsertCpuNanos = 0;
    QList<UsageRecord> batch;
    const qint64 perAccountDay = qint64(shape.modelsPerAccount) * shape.combosPerModel;
    // Written as syncs write: one account's window of SyncWindowDays days in one transaction (the
    // sync engine's account_sync savepoint), day by day. Which rows exist does not depend on that
    // order: the (day, account) pairs are filled in day order up to the target, as before.
    constexpr int SyncWindowDays = 30;
    for (QDate windowStart = data->firstDay; windowStart <= data->lastDay;
         windowStart = windowStart.addDays(SyncWindowDays)) {
        const QDate windowEnd = std::min(data->lastDay, windowStart.addDays(SyncWindowDays - 1));
        for (int a = 0; a < shape.accounts; ++a) {
            QElapsedTimer transactionTimer;
            transactionTimer.start();
            qint64 cpuStart = threadCpuNanos();
            sql::Savepoint transaction(data->db->connection(), QStringLiteral("account_sync"));
            upsertNanos += transactionTimer.nsecsElapsed();
            upsertCpuNanos += threadCpuNanos() - cpuStart;
            for (QDate day = windowStart; day <= windowEnd; day = day.addDays(1)) {
                const qint64 before = (data->firstDay.daysTo(day) * shape.accounts + a) * perAccountDay;
                const qint64 rowsHere = std::clamp(target - before, qint64(0), perAccountDay);
                if (rowsHere == 0)
                    break;
                batch.clear();
                for (const QString &model : data->models[a]) {
                    for (int c = 0; c < shape.combosPerModel && batch.size() < rowsHere; ++c) {
                        UsageRecord r;
                        r.accountId = data->accountIds[a];
                        r.day = day;
                        r.model = model;
                        r.project = QStringLiteral("proj_%1").arg(c % 6);
                        r.apiKeyId = QStringLiteral("key_%1").arg(c);
                        r.inputTokens = rng.bounded(1000, 2'000'000);
                        r.cachedInputTokens = rng.bounded(0, 200'000);
                        r.outputTokens = rng.bounded(100, 400'000);
                        r.requests = rng.bounded(1, 500);
                        if (c % 13 == 12) {
                            r.costStatus = CostStatus::Unpriced;
                        } else {
                            r.cost = Money::fromNanos(rng.bounded(1'000, 50'000'000));
                            r.costStatus = CostStatus::Estimated;
                        }
                        batch.append(r);
                    }
                }
                QElapsedTimer upsertTimer;
                upsertTimer.start();
                cpuStart = threadCpuNanos();
                const UpsertResult result = repo.upsert(batch);
                upsertNanos += upsertTimer.nsecsElapsed();
                upsertCpuNanos += threadCpuNanos() - cpuStart;
                if (!result.ok) {
                    *error = QStringLiteral("upsert failed: ") + result.error;
                    return nullptr;
                }
                data->rows += result.created;
                if (a % 2 != 0)
                    continue;   // half the accounts have a cost API: one billed line per model, as OpenAI's
                QList<CostRecord> lines;
                for (const QString &model : data->models[a].mid(0, 8)) {
                    CostRecord c;
                    c.accountId = data->accountIds[a];
                    c.day = day;
                    c.lineItem = model;
                    c.amount = Money::fromNanos(rng.bounded(1'000'000, 900'000'000));
                    lines.append(c);
                }
                if (!costs.upsert(lines).ok) {
                    *error = QStringLiteral("cost upsert failed");
                    return nullptr;
                }
            }
            transactionTimer.restart();
            cpuStart = threadCpuNanos();
            QString flushError;
            if (!repo.flushRollups(&flushError)) {
                *error = QStringLiteral("rollups failed: ") + flushError;
                return nullptr;
            }
            if (!transaction.commit()) {
                *error = QStringLiteral("commit failed: ") + transaction.error();
                return nullptr;
            }
            upsertNanos += transactionTimer.nsecsElapsed();
            upsertCpuNanos += threadCpuNanos() - cpuStart;
        }
    }
    data->ingestSeconds = double(upsertNanos) / 1e9;
    data->ingestCpuSeconds = double(upsertCpuNanos) / 1e9;
    // The after-change step of the syncs that wrote them looks at the new days once (incremental
    // quality checks); timed, so the window's start-up measures a ledger at rest.
    QElapsedTimer quality;
    quality.start();
    QString qualityError;
    if (!refreshQualityMarks(data->db->connection(), &qualityError)) {
        *error = QStringLiteral("quality check failed: ") + qualityError;
        return nullptr;
    }
    data->qualitySeconds = double(quality.nsecsElapsed()) / 1e9;
    // TOKENLEDGER_BENCH_KEEP=1: the ledger stays after the run, to look at its queries with sqlite3.
    if (qEnvironmentVariableIsSet("TOKENLEDGER_BENCH_KEEP")) {
        data->dir.setAutoRemove(false);
        std::printf("ledger kept: %s\n", qPrintable(data->path));
    }
    if (!kept.isEmpty())
        keep(*data, kept);
    return data;
}

Timing timeCalls(const std::function<void()> &run, int warmRepeats)
{
    Timing timing;
    QElapsedTimer t;
    t.start();
    run();
    timing.firstMs = double(t.nsecsElapsed()) / 1e6;
    timing.medianMs = medianMs(run, warmRepeats);
    return timing;
}

double medianMs(const std::function<void()> &run, int repeats)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

qint64 threadCpuNanos()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

long currentRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

namespace {

QString ms(double v)
{
    return v >= 1000 ? QStringLiteral("%1 s").arg(v / 1000, 0, 'f', 2) : QStringLiteral("%1 ms").arg(v, 0, 'f', 1);
}

QString rowsPerSecond(double v)
{
    return QStringLiteral("%1k rows/s").arg(v / 1000, 0, 'f', 0);
}

}   // namespace

void Report::add(Row row)
{
    std::printf("[%s] %s: %s", qPrintable(row.scope), qPrintable(row.figure), qPrintable(row.value));
    if (!row.anchor.isEmpty())
        std::printf("  (anchor %s, ratio %s)", qPrintable(row.anchor), qPrintable(row.ratio));
    if (!row.target.isEmpty())
        std::printf("  target %s: %s", qPrintable(row.target), qPrintable(row.verdict));
    std::printf("\n");
    std::fflush(stdout);
    m_rows.push_back(std::move(row));
}

void Report::time(const QString &scope, const QString &figure, double value, const QString &anchorName,
                  std::optional<double> anchorMs, std::optional<double> maxRatio, std::optional<double> maxMs)
{
    Row row{scope, figure, ms(value), {}, {}, {}, {}};
    bool met = true;
    QStringList targets;
    if (anchorMs) {
        row.anchor = anchorName + u' ' + ms(*anchorMs);
        const double ratio = *anchorMs > 0 ? value / *anchorMs : 0;
        row.ratio = QStringLiteral("%1x").arg(ratio, 0, 'f', 2);
        if (maxRatio) {
            targets << QStringLiteral("<= %1x").arg(*maxRatio, 0, 'f', 1);
            met = met && ratio <= *maxRatio;
        }
    }
    if (maxMs) {
        targets << QStringLiteral("<= %1").arg(ms(*maxMs));
        met = met && value <= *maxMs;
    }
    if (!targets.isEmpty()) {
        row.target = targets.join(QStringLiteral(", "));
        row.verdict = met ? QStringLiteral("met") : QStringLiteral("MISSED");
    }
    add(std::move(row));
}

void Report::rate(const QString &scope, const QString &figure, double value, const QString &anchorName,
                  std::optional<double> anchorRate, std::optional<double> minRatio, std::optional<double> minRate)
{
    Row row{scope, figure, rowsPerSecond(value), {}, {}, {}, {}};
    bool met = true;
    QStringList targets;
    if (anchorRate) {
        row.anchor = anchorName + u' ' + rowsPerSecond(*anchorRate);
        const double ratio = *anchorRate > 0 ? value / *anchorRate : 0;
        row.ratio = QStringLiteral("%1x").arg(ratio, 0, 'f', 2);
        if (minRatio) {
            targets << QStringLiteral(">= %1x").arg(*minRatio, 0, 'f', 1);
            met = met && ratio >= *minRatio;
        }
    }
    if (minRate) {
        targets << QStringLiteral(">= %1").arg(rowsPerSecond(*minRate));
        met = met && value >= *minRate;
    }
    if (!targets.isEmpty()) {
        row.target = targets.join(QStringLiteral(", "));
        row.verdict = met ? QStringLiteral("met") : QStringLiteral("MISSED");
    }
    add(std::move(row));
}

void Report::memory(const QString &scope, const QString &figure, double mib, std::optional<double> maxMib)
{
    Row row{scope, figure, QStringLiteral("%1 MiB").arg(mib, 0, 'f', 1), {}, {}, {}, {}};
    if (maxMib) {
        row.target = QStringLiteral("<= %1 MiB").arg(*maxMib, 0, 'f', 0);
        row.verdict = mib <= *maxMib ? QStringLiteral("met") : QStringLiteral("MISSED");
    }
    add(std::move(row));
}

void Report::note(const QString &scope, const QString &figure, const QString &value)
{
    add({scope, figure, value, {}, {}, {}, {}});
}

void Report::printTable() const
{
    std::printf("\n| data | figure | value | anchor (same run) | ratio | target | |\n|---|---|---|---|---|---|---|\n");
    for (const Row &r : m_rows) {
        std::printf("| %s | %s | %s | %s | %s | %s | %s |\n", qPrintable(r.scope), qPrintable(r.figure),
                    qPrintable(r.value), qPrintable(r.anchor), qPrintable(r.ratio), qPrintable(r.target),
                    qPrintable(r.verdict));
    }
    std::printf("\n%d target(s) missed\n", missed());
}

int Report::missed() const
{
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.verdict == QLatin1String("MISSED"); }));
}

}   // namespace tl::bench
