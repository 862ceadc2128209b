// tokenledger-agentbench: generates realistic Claude Code trees with a known answer (tests/support/
// agenttree) in several shapes, then measures, as child processes in the same run on a warm page
// cache: `cat` of the whole tree (the read-speed anchor), ccusage 20 (`claude daily --json`) and
// TokenLedger's `agents import --claude` (first import, then a re-import with nothing new). Prints
// wall time, MB/s, peak RSS (wait4) and the TokenLedger/ccusage ratios. Not run by ctest.

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
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

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

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / 1048576.0, 'f', 1) + QStringLiteral(" MiB");
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

std::optional<QJsonObject> readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

// `part` of `whole` in percent, one decimal, from integers.
QString percentOff(qint64 got, qint64 expected)
{
    if (expected == 0)
        return QStringLiteral("n/a");
    const qint64 tenths = (got - expected) * 1000 / expected;
    return (tenths >= 0 ? QStringLiteral("+") : QStringLiteral("-")) + QString::number(qAbs(tenths) / 10) + u'.' +
           QString::number(qAbs(tenths) % 10) + u'%';
}

// What ccusage's totals say next to the known answer (its duplicates and its pricing show here).
void compareCcusage(const QString &jsonPath, const AgentTreeAnswer &answer)
{
    const auto json = readJson(jsonPath);
    if (!json) {
        std::printf("  ccusage output not readable as JSON (%s)\n", qPrintable(jsonPath));
        return;
    }
    const QJsonObject t = json->value(u"totals").toObject();
    const auto n = [&](const char *key) { return qint64(t.value(QLatin1String(key)).toDouble()); };
    const AgentTreeTotals &k = answer.total;
    const qint64 costNanos = qRound64(t.value(u"totalCost").toDouble() * 1e9);
    std::printf("  ccusage vs known answer: input %s, output %s, cache reads %s, cache writes %s, cost %s "
                "($%lld.%06lld vs $%lld.%06lld)\n",
                qPrintable(percentOff(n("inputTokens"), k.input)), qPrintable(percentOff(n("outputTokens"), k.output)),
                qPrintable(percentOff(n("cacheReadTokens"), k.cacheRead)),
                qPrintable(percentOff(n("cacheCreationTokens"), k.cacheWrite5m + k.cacheWrite1h)),
                qPrintable(percentOff(costNanos, k.costNanos)), costNanos / 1'000'000'000,
                (costNanos % 1'000'000'000) / 1000, k.costNanos / 1'000'000'000, (k.costNanos % 1'000'000'000) / 1000);
}

void compareStandIn(const QString &jsonPath, const AgentTreeAnswer &answer)
{
    const auto json = readJson(jsonPath);
    const AgentTreeTotals &k = answer.total;
    const auto n = [&](const char *key) { return json ? json->value(QLatin1String(key)).toInteger() : -1; };
    const bool same = n("requests") == k.requests && n("input") == k.input && n("cacheRead") == k.cacheRead &&
                      n("cacheWrite5m") == k.cacheWrite5m && n("cacheWrite1h") == k.cacheWrite1h &&
                      n("output") == k.output;
    std::printf("  stand-in vs known answer: %s (%lld requests, %lld copies dropped)\n",
                same ? "every token total matches" : "MISMATCH", n("requests"), n("dropped"));
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

    ChildRun cc;
    if (!tools.ccusage.isEmpty()) {
        const QStringList args = {QStringLiteral("claude"),    QStringLiteral("daily"), QStringLiteral("--json"),
                                  QStringLiteral("--offline"), QStringLiteral("-z"),    QStringLiteral("UTC")};
        const QStringList env = isolated + QStringList{QStringLiteral("CLAUDE_CONFIG_DIR=") + tree};
        const QString out = work + u'/' + shape.name + QStringLiteral("-ccusage.json");
        cc = runChild(tools.ccusage, args, env, out, work + u'/' + shape.name + QStringLiteral("-ccusage.err"));
        printRow("ccusage claude daily --json", cc, answer.bytes);
        const ChildRun again = runChild(tools.ccusage, args, env, {}, {});
        printRow("ccusage again (it keeps no state)", again, answer.bytes);
        if (cc.ok())
            compareCcusage(out, answer);
    } else {
        std::printf("  ccusage: not measured (scripts/ccusage.sh installs it; or --ccusage PATH)\n");
    }

    // TokenLedger: its import command, or (until it exists) the in-process parse standing in.
    ChildRun first;
    ChildRun again;
    bool standIn = tools.tokenledger.isEmpty();
    if (!standIn) {
        const QString db = work + u'/' + shape.name + QStringLiteral("-p.sqlite");
        QFile::remove(db);
        const QStringList args = {QStringLiteral("--db"),     db,   QStringLiteral("agents"), QStringLiteral("import"),
                                  QStringLiteral("--claude"), tree, QStringLiteral("--json")};
        const QString base = work + u'/' + shape.name + QStringLiteral("-tokenledger");
        first = runChild(tools.tokenledger, args, isolated, base + QStringLiteral("-1.json"),
                         base + QStringLiteral("-1.err"));
        if (first.ok()) {
            again = runChild(tools.tokenledger, args, isolated, base + QStringLiteral("-2.json"),
                             base + QStringLiteral("-2.err"));
            printRow("tokenledger agents import --claude", first, answer.bytes);
            printRow("tokenledger re-import (nothing new)", again, answer.bytes);
            std::printf("  tokenledger output: %s-1.json\n", qPrintable(base));
        } else {
            std::printf("  tokenledger agents import failed (exit %d, see %s-1.err): measuring the stand-in\n",
                        first.exitCode, qPrintable(base));
            standIn = true;
        }
    }
    if (standIn) {
        const QString out = work + u'/' + shape.name + QStringLiteral("-standin.json");
        first = runChild(tools.self, {QStringLiteral("--parse-only"), tree}, {}, out, {});
        printRow("STAND-IN: in-process ClaudeCodeParser parse", first, answer.bytes,
                 "(not the import command: no storing, no pricing)");
        compareStandIn(out, answer);
    }

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
    const auto shapes = option("shapes", "which shapes: profile,large", "LIST", "profile,large");
    const auto work = option("work", "where the trees go (default: a temporary folder)", "DIR", "");
    const auto tokenledger = option("tokenledger", "the tokenledger binary, or none", "PATH", "");
    const auto ccusage = option("ccusage", "the ccusage binary, or none", "PATH", "");
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
    std::printf("tokenledger-agentbench: trees in %s\n  ccusage: %s\n  tokenledger: %s\n", qPrintable(workDir),
                tools.ccusage.isEmpty() ? "(none)" : qPrintable(tools.ccusage),
                tools.tokenledger.isEmpty() ? "(none: in-process stand-in)" : qPrintable(tools.tokenledger));
    std::printf("  MB/s = 10^6 bytes of logs per second; peak RSS = the child's ru_maxrss from wait4()\n");

    const QStringList wanted = p.value(shapes).split(u',', Qt::SkipEmptyParts);
    if (wanted.contains(u"profile")) {
        Shape s{QStringLiteral("profile"), {}};
        s.options.seed = p.value(seed).toULongLong();
        s.options.files = p.value(files).toInt();
        s.options.medianFileBytes = p.value(median).toLongLong() * 1024;
        s.options.p99FileBytes = p.value(p99).toLongLong() * 1024;
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
    std::fflush(stdout);
    return 0;
}
