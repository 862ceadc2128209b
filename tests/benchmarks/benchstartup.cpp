// Start-up: start -> first painted dashboard -> close of the real window (tokenledger on the
// generated ledger), next to a bare Qt Widgets + QtCharts window (tokenledger-barewindow) started
// the same way in the same run; offscreen, and under Xvfb when it is installed. Both follow the
// probe protocol of app/startupprobe.h; the database jobs the window ran (tl.dbjobs trace) are
// read from its log to report the longest job and how long the dashboard's read waited.

#include "benchsections.h"
#include "childrun.h"

#include "alerts/afterchange.h"
#include "analytics/report.h"
#include "common/clock.h"
#include "common/dates.h"
#include "pricing/pricingservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace tl::bench {

namespace {

struct StartRun
{
    bool ok = false;
    double paintMs = 0;       // process start -> first painted chart
    double paintCpuMs = -1;   // CPU time (every thread) the process had used by then
    double closeMs = 0;       // quit asked -> process ended
    double longestJobMs = 0;
    QString longestJob;
    double dashboardWaitMs = -1;   // the dashboard's first read: time in the queue
    double dashboardRunMs = -1;
    QList<std::pair<QByteArray, double>> marks;   // named moments, ms after the start
    QMap<QString, double> jobs;                   // each job's longest run (ms), by name
    QString error;
};

StartRun startOnce(const QString &program, const QStringList &arguments, const QStringList &environment,
                   const QString &folder)
{
    StartRun out;
    const QString probe = folder + QStringLiteral("/probe.txt");
    const QString log = folder + QStringLiteral("/stderr.txt");
    QFile::remove(probe);
    QStringList env = environment;
    env << QStringLiteral("TOKENLEDGER_STARTUP_PROBE=") + probe
        << QStringLiteral("QT_LOGGING_RULES=tl.dbjobs.debug=true");
    const ChildRun run = runChild(program, arguments, env, {}, log);
    if (!run.ok()) {
        out.error = run.error.isEmpty() ? QStringLiteral("exit code %1").arg(run.exitCode) : run.error;
        return out;
    }
    QFile file(probe);
    qint64 painted = 0;
    qint64 close = 0;
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() == 2 && f[0] == "painted-cpu-us") {
                out.paintCpuMs = double(f[1].toLongLong()) / 1e3;
                continue;
            }
            if (f.size() == 2)
                out.marks.append({f[0], double(f[1].toLongLong() - run.startNs) / 1e6});
            if (f.size() == 2 && f[0] == "painted")
                painted = f[1].toLongLong();
            else if (f.size() == 2 && f[0] == "close")
                close = f[1].toLongLong();
        }
    }
    if (!painted || !close) {
        out.error = QStringLiteral("no paint reported (see %1)").arg(log);
        return out;
    }
    out.ok = true;
    out.paintMs = double(painted - run.startNs) / 1e6;
    out.closeMs = double(run.startNs + run.wallNs - close) / 1e6;
    QFile trace(log);
    if (trace.open(QIODevice::ReadOnly)) {
        // A job's name may hold spaces ("QualityView::showRows(QualityFinding const&)::…"): `\S+` missed
        // those jobs, and with them a 35–60 ms read of the whole start-up at 1M dense rows.
        static const QRegularExpression job(QStringLiteral("job (.+) waited ([0-9.]+) ms ran ([0-9.]+) ms$"));
        for (const QString &line : QString::fromUtf8(trace.readAll()).split(u'\n')) {
            const QRegularExpressionMatch m = job.match(line);
            if (!m.hasMatch())
                continue;
            const double ran = m.captured(3).toDouble();
            out.jobs[m.captured(1)] = std::max(out.jobs.value(m.captured(1)), ran);
            if (ran > out.longestJobMs) {
                out.longestJobMs = ran;
                out.longestJob = m.captured(1);
            }
            if (out.dashboardWaitMs < 0 && m.captured(1).startsWith(QLatin1String("DashboardPage::refresh"))) {
                out.dashboardWaitMs = m.captured(2).toDouble();
                out.dashboardRunMs = ran;
            }
        }
    }
    return out;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// An X server of our own for the xcb runs; stopped with the object.
class Xvfb
{
public:
    bool start()
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (program.isEmpty())
            return false;
        for (int display = 90; display < 110; ++display) {
            if (QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(display)) ||
                QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(display)))
                continue;
            m_process.start(program,
                            {QStringLiteral(":%1").arg(display), QStringLiteral("-screen"), QStringLiteral("0"),
                             QStringLiteral("1600x1000x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
            m_process.waitForStarted();
            for (int i = 0; i < 100 && m_process.state() == QProcess::Running; ++i) {
                if (QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(display))) {
                    m_display = QStringLiteral(":%1").arg(display);
                    return true;
                }
                QThread::msleep(50);
            }
            m_process.kill();
            m_process.waitForFinished();
        }
        return false;
    }
    QString display() const { return m_display; }
    ~Xvfb()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(3000);
        }
    }

private:
    QProcess m_process;
    QString m_display;
};

// Every job that ran longer than 20 ms in some round (target: none over 50 ms).
void noteSlowJobs(Context &ctx, const QMap<QString, double> &jobs, const QString &figure)
{
    QStringList slow;
    for (auto it = jobs.cbegin(); it != jobs.cend(); ++it) {
        if (it.value() > 20)
            slow << QStringLiteral("%1 %2").arg(it.key()).arg(it.value(), 0, 'f', 1);
    }
    ctx.report.note(ctx.scope, figure, slow.isEmpty() ? QStringLiteral("none") : slow.join(QStringLiteral(", ")));
}

// The whole start-up, not only up to the first paint: the window stays 1.5 s after it
// (TOKENLEDGER_STARTUP_PROBE_LINGER_MS), so the other pages' reads, the after-change step and a
// pending re-pricing run and are traced; then it quits.
void benchSettledStartup(Context &ctx, const QString &app, const QStringList &env, const QString &folder)
{
    constexpr int Rounds = 3;
    std::vector<double> close;
    QMap<QString, double> jobs;
    for (int round = 0; round < Rounds; ++round) {
        const StartRun a =
            startOnce(app, {QStringLiteral("--db"), ctx.data.path},
                      env + QStringList{QStringLiteral("TOKENLEDGER_STARTUP_PROBE_LINGER_MS=1500")}, folder);
        if (!a.ok) {
            ctx.report.note(ctx.scope, QStringLiteral("whole start-up"), QStringLiteral("FAILED: ") + a.error);
            return;
        }
        close.push_back(a.closeMs);
        for (auto it = a.jobs.cbegin(); it != a.jobs.cend(); ++it)
            jobs[it.key()] = std::max(jobs.value(it.key()), it.value());
    }
    noteSlowJobs(ctx, jobs, QStringLiteral("whole start-up, jobs over 20 ms (longest run of %1, ms)").arg(Rounds));
    const auto longest = std::max_element(jobs.cbegin(), jobs.cend());
    if (longest != jobs.cend())
        ctx.report.time(ctx.scope, QStringLiteral("whole start-up: longest database job (%1)").arg(longest.key()),
                        *longest, {}, {}, {}, 50);
    ctx.report.time(ctx.scope, QStringLiteral("close after the whole start-up (median of %1)").arg(Rounds),
                    median(close), {}, {}, {}, 100);
}

// The after-change step the window runs at start-up and after every change (manual charges,
// quality checks, alert rules), in this process on the ledger: first call and warm median. On a
// connection opened as the window's database worker opens its own (no migration, SQLite's default
// page cache), not on the benchmark's writing connection: after the sections before it that one
// holds a full 32 MiB page cache, which the first statement after the start-up windows' commits
// throws away — 32–97 ms of free() that was reported as the step's first call.
void benchAfterChange(Context &ctx)
{
    Database worker(QStringLiteral("bench-after-change"));
    Database::Options asTheWorker;
    asTheWorker.migrate = false;
    if (!worker.open(ctx.data.path, asTheWorker)) {
        ctx.report.note(ctx.scope, QStringLiteral("after-change step"),
                        QStringLiteral("FAILED: ") + worker.errorString());
        return;
    }
    const Timing t = timeCalls(
        [&] {
            const AfterChange r = runAfterChange(worker.connection(), SystemClock(), ChangeKind::StartUp);
            if (!r.ok)
                std::fprintf(stderr, "after-change step: %s\n", qPrintable(r.error));
        },
        5);
    ctx.report.time(ctx.scope, QStringLiteral("after-change step (alert rules), first call"), t.firstMs, {}, {}, {},
                    50);
    ctx.report.time(ctx.scope, QStringLiteral("after-change step (alert rules), warm median"), t.medianMs, {}, {}, {},
                    50);
    // As after a sync that wrote the last 30 days again (a re-sync's window): the rollups' triggers
    // mark those account-days for the quality checks, and the next after-change step (the window's
    // at start-up, or the sync's own) looks at every row of them. Marked here as the triggers do.
    std::vector<double> afterResync;
    std::vector<double> afterResyncCpu;
    for (int round = 0; round < 3; ++round) {
        QSqlQuery mark(ctx.data.db->connection());
        mark.prepare(QStringLiteral("INSERT OR IGNORE INTO quality_dirty (account_id, day) SELECT account_id, day "
                                    "FROM usage_account_daily WHERE day >= ?"));
        mark.addBindValue(isoDay(ctx.data.lastDay.addDays(-29)));
        if (!mark.exec()) {
            ctx.report.note(ctx.scope, QStringLiteral("after-change step after a 30-day re-sync"),
                            QStringLiteral("FAILED: could not mark the days"));
            break;
        }
        QElapsedTimer timer;
        timer.start();
        const qint64 cpu = threadCpuNanos();
        const AfterChange r = runAfterChange(worker.connection(), SystemClock(), ChangeKind::Sync);
        afterResyncCpu.push_back(double(threadCpuNanos() - cpu) / 1e6);
        afterResync.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!r.ok)
            std::fprintf(stderr, "after-change step: %s\n", qPrintable(r.error));
    }
    if (!afterResync.empty()) {
        ctx.report.time(ctx.scope,
                        QStringLiteral("after-change step after a 30-day re-sync (quality check of its days), "
                                       "median of 3"),
                        median(afterResync), {}, {}, {}, 50);
        ctx.report.time(ctx.scope, QStringLiteral("… its CPU time"), median(afterResyncCpu));
    }
    // The Pricing page's read at start-up without its widgets: the catalog (a JSON parse, the same
    // at any ledger size) and the models no price covers (the per-model rollup).
    QString error;
    const Timing catalog = timeCalls([&] { PricingService(worker.connection()).load(&error); }, 5);
    ctx.report.time(ctx.scope, QStringLiteral("Pricing page read: price catalog load, warm median"), catalog.medianMs);
    const Timing unpriced = timeCalls(
        [&] {
            tl::Report report;
            ReportBuilder(worker.connection()).readUnpricedEver(&report, &error);
        },
        5);
    ctx.report.time(ctx.scope, QStringLiteral("Pricing page read: unpriced models (whole history), first call"),
                    unpriced.firstMs, {}, {}, {}, 50);
}

}   // namespace

void benchStartup(Context &ctx)
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QString bare = dir + QStringLiteral("/tokenledger-barewindow");
    const QString app = QDir(dir).absoluteFilePath(QStringLiteral("../../app/tokenledger"));
    if (!QFileInfo(bare).isExecutable() || !QFileInfo(app).isExecutable()) {
        ctx.report.note(ctx.scope, QStringLiteral("start-up"),
                        QStringLiteral("skipped: build the tokenledger and tokenledger-barewindow targets"));
        return;
    }
    QTemporaryDir home;
    // A profile of its own (settings, keychain migration marker), the generated ledger as --db.
    const QStringList baseEnv{QStringLiteral("HOME=") + home.path(),
                              QStringLiteral("XDG_CONFIG_HOME=") + home.filePath(QStringLiteral("config")),
                              QStringLiteral("XDG_DATA_HOME=") + home.filePath(QStringLiteral("data"))};
    Xvfb xvfb;
    QList<std::pair<QString, QStringList>> platforms{
        {QStringLiteral("offscreen"), {QStringLiteral("QT_QPA_PLATFORM=offscreen")}}};
    if (xvfb.start())
        platforms.append({QStringLiteral("Xvfb"),
                          {QStringLiteral("QT_QPA_PLATFORM=xcb"), QStringLiteral("DISPLAY=") + xvfb.display()}});
    else
        ctx.report.note(ctx.scope, QStringLiteral("start-up under Xvfb"), QStringLiteral("skipped: no Xvfb"));

    // Eleven starts each, the bare window and TokenLedger in turn: a median of five moved by ±0.1 in
    // ratio between runs of the same build on this shared machine.
    constexpr int Rounds = 11;
    for (const auto &[platform, platformEnv] : platforms) {
        std::vector<double> barePaint, bareClose, appPaint, appClose, waits, longest, bareCpu, appCpu;
        QString longestName;
        QString failure;
        QMap<QByteArray, std::vector<double>> marks, bareMarks;
        QMap<QString, double> jobs;
        for (int round = 0; round < Rounds; ++round) {
            const StartRun b = startOnce(bare, {}, baseEnv + platformEnv, home.path());
            const StartRun a =
                startOnce(app, {QStringLiteral("--db"), ctx.data.path}, baseEnv + platformEnv, home.path());
            if (!b.ok || !a.ok) {
                failure = b.ok ? QStringLiteral("tokenledger: ") + a.error : QStringLiteral("bare window: ") + b.error;
                break;
            }
            barePaint.push_back(b.paintMs);
            bareClose.push_back(b.closeMs);
            appPaint.push_back(a.paintMs);
            appClose.push_back(a.closeMs);
            bareCpu.push_back(b.paintCpuMs);
            appCpu.push_back(a.paintCpuMs);
            for (const auto &[name, ms] : a.marks)
                marks[name].push_back(ms);
            for (const auto &[name, ms] : b.marks)
                bareMarks[name].push_back(ms);
            marks["dashboard job ran"].push_back(a.dashboardRunMs);
            for (auto it = a.jobs.cbegin(); it != a.jobs.cend(); ++it)
                jobs[it.key()] = std::max(jobs.value(it.key()), it.value());
            waits.push_back(a.dashboardWaitMs);
            if (longest.empty() || a.longestJobMs > *std::max_element(longest.begin(), longest.end()))
                longestName = a.longestJob;
            longest.push_back(a.longestJobMs);
        }
        if (!failure.isEmpty()) {
            ctx.report.note(ctx.scope, QStringLiteral("start-up, %1").arg(platform),
                            QStringLiteral("FAILED: ") + failure);
            continue;
        }
        ctx.report.time(ctx.scope,
                        QStringLiteral("start -> first painted dashboard, %1 (median of %2)").arg(platform).arg(Rounds),
                        median(appPaint), QStringLiteral("bare Qt Widgets+Charts window"), median(barePaint), 1.5);
        // Each start next to the bare window's just before it: the pair shares the machine's state,
        // so the spread of these ratios shows how far the load moved the figure above.
        std::vector<double> paired;
        for (size_t i = 0; i < appPaint.size(); ++i)
            paired.push_back(barePaint[i] > 0 ? appPaint[i] / barePaint[i] : 0);
        ctx.report.note(
            ctx.scope,
            QStringLiteral("start -> painted, %1: each start's ratio to the bare window's before it").arg(platform),
            QStringLiteral("median %1x, range %2-%3x")
                .arg(median(paired), 0, 'f', 2)
                .arg(*std::min_element(paired.begin(), paired.end()), 0, 'f', 2)
                .arg(*std::max_element(paired.begin(), paired.end()), 0, 'f', 2));
        // The same moment in CPU time: what the load on a shared machine changes least.
        ctx.report.time(ctx.scope, QStringLiteral("CPU time used by the first paint, %1 (every thread)").arg(platform),
                        median(appCpu), QStringLiteral("bare window"), median(bareCpu));
        QStringList timeline;
        for (const char *name : {"main", "application", "database", "window", "loaded", "painted", "dashboard job ran",
                                 "close", "exec-returned", "torn-down"}) {
            if (marks.contains(name))
                timeline << QStringLiteral("%1 %2").arg(QLatin1String(name)).arg(median(marks[name]), 0, 'f', 1);
        }
        ctx.report.note(ctx.scope, QStringLiteral("start-up timeline, %1 (ms after start)").arg(platform),
                        timeline.join(QStringLiteral(", ")));
        // The anchor's: its process start and QApplication cost what TokenLedger's do.
        QStringList bareTimeline;
        for (const char *name : {"main", "application", "painted"}) {
            if (bareMarks.contains(name))
                bareTimeline
                    << QStringLiteral("%1 %2").arg(QLatin1String(name)).arg(median(bareMarks[name]), 0, 'f', 1);
        }
        ctx.report.note(ctx.scope, QStringLiteral("bare window's timeline, %1 (ms after start)").arg(platform),
                        bareTimeline.join(QStringLiteral(", ")));
        ctx.report.time(ctx.scope, QStringLiteral("close: quit -> process ended, %1").arg(platform), median(appClose),
                        QStringLiteral("bare window"), median(bareClose), {}, 100);
        ctx.report.time(ctx.scope, QStringLiteral("start-up: dashboard read's queue wait, %1").arg(platform),
                        median(waits));
        noteSlowJobs(ctx, jobs, QStringLiteral("start-up jobs over 20 ms, %1 (longest run, ms)").arg(platform));
        ctx.report.time(ctx.scope, QStringLiteral("start-up: longest database job (%1), %2").arg(longestName, platform),
                        *std::max_element(longest.begin(), longest.end()), {}, {}, {}, 50);
    }
    benchSettledStartup(ctx, app, baseEnv + platforms.first().second, home.path());
    benchAfterChange(ctx);
}

}   // namespace tl::bench
