// tokenledger-agentbench: generates realistic Claude Code trees with a known answer (tests/support/
// agenttree) in several shapes, then measures, as child processes in the same run on a warm page
// cache: `cat` of the whole tree (the read-speed anchor), ccusage 20 (`claude daily --json`) and
// TokenLedger's `agents import --claude` (first import, then a re-import with nothing new; its
// database checked against the known answer), and ClaudeCodeParser alone as a reference (the
// stand-in when the import command is missing). Prints wall time, MB/s, peak RSS (wait4) and the
// TokenLedger/ccusage ratios. Not run by ctest; the README's "Agent logs benchmark" tells how to run it.

#include "agentbenchchecks.h"
#include "agents/agentrequest.h"
#include "agents/claudecodeparser.h"
#include "agenttree.h"
#include "childrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace tl;
using namespace tl::bench;
using namespace tl::test;

namespace {

struct Shape
{
    QString name;
    AgentTreeOptions options;
};

struct Tools
{
    QString ccusage;       // empty: not measured
    QString tokenledger;   // empty: the in-process stand-in only
    QString self;
    int repeat = 1;   // each measurement: the best of this many runs
};

QStringList treeFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.jsonl")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// The stand-in (child mode): reads every file of the tree in 4 MiB chunks with ClaudeCodeParser and
// one RequestDeduplicator, as an import would before it stores anything, and prints the totals.
int parseOnly(const QString &root)
{
    RequestDeduplicator dedup;
    AgentReadStats stats;
    QByteArray buf;
    for (const QString &path : treeFiles(root)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 2;
        buf.clear();
        for (;;) {
            buf.append(f.read(4 << 20));
            const bool atEnd = f.atEnd();
            const qsizetype used = ClaudeCodeParser::parse(buf, atEnd, &dedup, &stats);
            buf.remove(0, used);
            if (atEnd)
                break;
        }
    }
    AgentTreeTotals t;
    for (const AgentRequest &r : dedup.requests()) {
        ++t.requests;
        t.input += r.input;
        t.cacheRead += r.cacheRead;
        t.cacheWrite5m += r.cacheWrite5m;
        t.cacheWrite1h += r.cacheWrite1h;
        t.output += r.output;
    }
    std::printf("{\"requests\":%lld,\"input\":%lld,\"cacheRead\":%lld,\"cacheWrite5m\":%lld,\"cacheWrite1h\":%lld,"
                "\"output\":%lld,\"dropped\":%lld}\n",
                t.requests, t.input, t.cacheRead, t.cacheWrite5m, t.cacheWrite1h, t.output, stats.dropped());
    return 0;
}

// Keeps the best of the rounds so far: the shortest wall time (on a shared machine, the least
// disturbed run) and the largest peak memory of any. A failure stays.
void keepBest(ChildRun &best, const ChildRun &run, int round)
{
    if (round > 0 && !best.ok())
        return;
    if (round == 0 || !run.ok()) {
        best = run;
        return;
    }
    const qint64 rss = std::max(best.maxRssKiB, run.maxRssKiB);
    if (run.wallNs < best.wallNs)
        best = run;
    best.maxRssKiB = rss;
}

void printRow(const char *label, const ChildRun &r, qint64 bytes, const char *note = "")
{
    if (!r.ok()) {
        std::printf("  %-44s failed (exit %d%s%s) %s\n", label, r.exitCode, r.error.isEmpty() ? "" : ": ",
                    qPrintable(r.error), note);
        return;
    }
    const double mbps = double(bytes) / 1e6 / std::max(r.seconds(), 1e-9);
    std::printf("  %-44s %9.3f s %9.1f MB/s %9.1f MiB  %s\n", label, r.seconds(), mbps, r.rssMiB(), note);
}

void runShape(const Shape &shape, const QString &work, const Tools &tools)
{
    const QString tree = work + u'/' + shape.name;
    QDir(tree).removeRecursively();
    QElapsedTimer gen;
    gen.start();
    const AgentTreeAnswer answer = generateClaudeTree(tree, shape.options);
    const double genSeconds = double(gen.nsecsElapsed()) / 1e9;
    const QStringList files = treeFiles(tree);
    std::printf("\n== %s: %lld files, %s, largest %s, %lld lines; known answer: %lld requests, %lld day/model "
                "rows, %lld long-context; %lld streaming copies, %lld replays (%lld under a new requestId), %lld "
                "synthetic (generated in %.1f s)\n",
                qPrintable(shape.name), answer.files, qPrintable(mib(answer.bytes)),
                qPrintable(mib(answer.largestFileBytes)), answer.lines, answer.total.requests,
                qint64(answer.byDayModel.size()), answer.total.longContextRequests, answer.streamingCopies,
                answer.replays, answer.replaysNewRequestId, answer.synthetic, genSeconds);
    std::printf("  %-44s %11s %14s %13s\n", "", "wall", "throughput", "peak RSS");

    // The anchor: reading the bytes at all. A first pass warms the page cache for everyone.
    const auto catAll = [&]() {
        ChildRun total;
        total.started = true;
        total.exitCode = 0;
        for (qsizetype i = 0; i < files.size(); i += 1000) {
            const ChildRun r = runChild(QStringLiteral("cat"), files.mid(i, 1000), {}, {}, {});
            total.wallNs += r.wallNs;
            total.maxRssKiB = std::max(total.maxRssKiB, r.maxRssKiB);
            if (!r.ok())
                total.exitCode = r.exitCode;
        }
        return total;
    };
    catAll();
    printRow("cat > /dev/null (warm anchor)", catAll(), answer.bytes);

    const QString home = work + QStringLiteral("/home");
    QDir().mkpath(home);
    const QStringList isolated = {QStringLiteral("HOME=") + home,
                                  QStringLiteral("XDG_CONFIG_HOME=") + home + QStringLiteral("/.config"),
                                  QStringLiteral("XDG_DATA_HOME=") + home + QStringLiteral("/.local/share"),
                                  QStringLiteral("XDG_CACHE_HOME=") + home + QStringLiteral("/.cache"),
                                  QStringLiteral("QT_QPA_PLATFORM=offscreen")};

    const QStringList ccArgs = {QStringLiteral("claude"),    QStringLiteral("daily"), QStringLiteral("--json"),
                                QStringLiteral("--offline"), QStringLiteral("-z"),    QStringLiteral("UTC")};
    const QStringList ccEnv = isolated + QStringList{QStringLiteral("CLAUDE_CONFIG_DIR=") + tree};
    const QString ccOut = work + u'/' + shape.name + QStringLiteral("-ccusage.json");
    const QString ccErr = work + u'/' + shape.name + QStringLiteral("-ccusage.err");
    const QString db = work + u'/' + shape.name + QStringLiteral("-p.sqlite");
    const QStringList tlArgs = {QStringLiteral("--db"),     db,   QStringLiteral("agents"), QStringLiteral("import"),
                                QStringLiteral("--claude"), tree, QStringLiteral("--json")};
    const QString base = work + u'/' + shape.name + QStringLiteral("-tokenledger");
    const QString parseOut = work + u'/' + shape.name + QStringLiteral("-standin.json");

    // Rounds: each runs every tool once, so a burst of load on a shared machine hits them alike;
    // the fastest round of each counts. TokenLedger: a new database, the first import, then the
    // re-import with nothing new. Reading alone (one thread, no storing, no pricing) is the
    // stand-in while the import command is missing, and otherwise tells reading from storing.
    ChildRun cc, ccAgain, first, again, parse;
    bool standIn = tools.tokenledger.isEmpty();
    for (int round = 0; round < tools.repeat; ++round) {
        if (!tools.ccusage.isEmpty()) {
            keepBest(cc, runChild(tools.ccusage, ccArgs, ccEnv, ccOut, ccErr), round);
            keepBest(ccAgain, runChild(tools.ccusage, ccArgs, ccEnv, {}, {}), round);
        }
        if (!standIn) {
            QFile::remove(db);
            keepBest(first,
                     runChild(tools.tokenledger, tlArgs, isolated, base + QStringLiteral("-1.json"),
                              base + QStringLiteral("-1.err")),
                     round);
            if (first.ok()) {
                keepBest(again,
                         runChild(tools.tokenledger, tlArgs, isolated, base + QStringLiteral("-2.json"),
                                  base + QStringLiteral("-2.err")),
                         round);
            }
            standIn = round == 0 && !first.ok();
            if (standIn) {
                std::printf("  tokenledger agents import failed (exit %d, see %s-1.err): measuring the stand-in\n",
                            first.exitCode, qPrintable(base));
            }
        }
        keepBest(parse, runChild(tools.self, {QStringLiteral("--parse-only"), tree}, {}, parseOut, {}), round);
    }

    if (!tools.ccusage.isEmpty()) {
        printRow("ccusage claude daily --json", cc, answer.bytes);
        printRow("ccusage re-run (no state: reads all again)", ccAgain, answer.bytes);
        if (cc.ok())
            compareCcusage(ccOut, answer);
    } else {
        std::printf("  ccusage: not measured (scripts/ccusage.sh installs it; or --ccusage PATH)\n");
    }
    if (!standIn) {
        printRow("tokenledger agents import --claude", first, answer.bytes);
        printRow("tokenledger re-import (nothing new)", again, answer.bytes);
        printImportSummary("import", base + QStringLiteral("-1.json"));
        printImportSummary("re-import", base + QStringLiteral("-2.json"));
        compareDatabase(db, answer);
        printRow("reference: ClaudeCodeParser alone, 1 thread", parse, answer.bytes, "(reading only)");
    } else {
        first = parse;
        printRow("STAND-IN: in-process ClaudeCodeParser parse", parse, answer.bytes,
                 "(not the import command: no storing, no pricing)");
    }
    compareStandIn(parseOut, answer);

    if (cc.ok() && first.ok()) {
        std::printf("  ratios TokenLedger%s / ccusage: throughput %.2fx, peak memory %.2fx\n",
                    standIn ? " (STAND-IN)" : "", cc.seconds() / first.seconds(), first.rssMiB() / cc.rssMiB());
    }
    if (!standIn && again.ok()) {
        const double speedUp = first.seconds() / std::max(again.seconds(), 1e-9);
        std::printf("  re-import speed-up: %.0fx (goal >= 50x): %s\n", speedUp, speedUp >= 50 ? "met" : "NOT MET");
    } else {
        std::printf("  re-import speed-up: not measured (the stand-in keeps no state)\n");
    }
}

QString findTokenledger(const QString &given)
{
    if (!given.isEmpty())
        return given == u"none" ? QString() : QFileInfo(given).absoluteFilePath();
    const QString dir = QCoreApplication::applicationDirPath();
    // Next to the benchmark (the same build) first, then the release and dev builds.
    const QStringList candidates = {dir + QStringLiteral("/../../app/tokenledger"),
                                    QStringLiteral(TOKENLEDGER_SOURCE_DIR "/build/release/app/tokenledger"),
                                    QStringLiteral(TOKENLEDGER_SOURCE_DIR "/build/dev/app/tokenledger")};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

QString findCcusage(const QString &given)
{
    if (!given.isEmpty())
        return given == u"none" ? QString() : given;
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    script.start(QStringLiteral(TOKENLEDGER_SOURCE_DIR "/scripts/ccusage.sh"), {});
    if (!script.waitForFinished(600000) || script.exitCode() != 0)
        return {};
    return QString::fromLocal8Bit(script.readAllStandardOutput()).trimmed();
}

}   // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Agent-log import benchmark: TokenLedger next to ccusage"));
    p.addHelpOption();
    const auto option = [&](const char *name, const char *help, const char *value, const char *def) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value),
                             QString::fromLatin1(def));
        p.addOption(o);
        return o;
    };
    const auto files = option("files", "ordinary session files in the profile shape", "N", "3142");
    const auto median = option("median-kb", "median file size", "KB", "105");
    const auto p99 = option("p99-kb", "99th percentile file size", "KB", "5530");
    const auto large = option("large", "files of 50-100 MB in the large shape", "N", "3");
    const auto largeMax = option("large-max-mb", "largest file of the large shape", "MB", "100");
    const auto seed = option("seed", "generator seed", "N", "1");
    const auto total =
        option("total-mb", "scale the profile shape's files to about this total (0: as drawn)", "MB", "0");
    const auto small = option("small-files", "files of a few KB in the small shape", "N", "20000");
    const auto shapes = option("shapes", "which shapes: profile,large,small", "LIST", "profile,large,small");
    const auto work = option("work", "where the trees go (default: a temporary folder)", "DIR", "");
    const auto tokenledger = option("tokenledger", "the tokenledger binary, or none", "PATH", "");
    const auto ccusage = option("ccusage", "the ccusage binary, or none", "PATH", "");
    const auto repeat = option("repeat", "runs of each measurement (the fastest counts)", "N", "3");
    const QCommandLineOption parseOnlyOption(QStringLiteral("parse-only"), QStringLiteral("(internal) stand-in child"),
                                             QStringLiteral("DIR"));
    p.addOption(parseOnlyOption);
    p.process(app);
    if (p.isSet(parseOnlyOption))
        return parseOnly(p.value(parseOnlyOption));

    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/tokenledger-agentbench-XXXXXX"));
    const QString workDir = p.value(work).isEmpty() ? tmp.path() : QFileInfo(p.value(work)).absoluteFilePath();
    QDir().mkpath(workDir);

    Tools tools;
    tools.self = QCoreApplication::applicationFilePath();
    tools.tokenledger = findTokenledger(p.value(tokenledger));
    tools.ccusage = findCcusage(p.value(ccusage));
    tools.repeat = std::max(p.value(repeat).toInt(), 1);
    std::printf("tokenledger-agentbench: trees in %s\n  ccusage: %s\n  tokenledger: %s\n", qPrintable(workDir),
                tools.ccusage.isEmpty() ? "(none)" : qPrintable(tools.ccusage),
                tools.tokenledger.isEmpty() ? "(none: in-process stand-in)" : qPrintable(tools.tokenledger));
    QFile load(QStringLiteral("/proc/loadavg"));
    const QByteArray loadavg = load.open(QIODevice::ReadOnly) ? load.readAll().trimmed() : QByteArray("?");
    std::printf("  MB/s = 10^6 bytes of logs per second; peak RSS = the child's ru_maxrss from wait4(); best of %d "
                "runs each; %d cores, load average %s\n",
                tools.repeat, QThread::idealThreadCount(), loadavg.constData());

    const QStringList wanted = p.value(shapes).split(u',', Qt::SkipEmptyParts);
    if (wanted.contains(u"profile")) {
        Shape s{QStringLiteral("profile"), {}};
        s.options.seed = p.value(seed).toULongLong();
        s.options.files = p.value(files).toInt();
        s.options.medianFileBytes = p.value(median).toLongLong() * 1024;
        s.options.p99FileBytes = p.value(p99).toLongLong() * 1024;
        s.options.totalBytes = p.value(total).toLongLong() * 1000 * 1000;
        runShape(s, workDir, tools);
    }
    if (wanted.contains(u"large")) {
        Shape s{QStringLiteral("large"), {}};
        s.options.seed = p.value(seed).toULongLong() + 1;
        s.options.files = 0;
        s.options.largeFiles = p.value(large).toInt();
        s.options.largeMaxBytes = p.value(largeMax).toLongLong() * 1000 * 1000;
        s.options.largeMinBytes = s.options.largeMaxBytes / 2;
        runShape(s, workDir, tools);
    }
    if (wanted.contains(u"small")) {
        // Many short sessions: what costs per file (opening, stating, bookkeeping) shows here.
        Shape s{QStringLiteral("small"), {}};
        s.options.seed = p.value(seed).toULongLong() + 2;
        s.options.files = p.value(small).toInt();
        s.options.medianFileBytes = 6 * 1024;
        s.options.p99FileBytes = 60 * 1024;
        s.options.projects = 40;
        runShape(s, workDir, tools);
    }
    std::fflush(stdout);
    return 0;
}
