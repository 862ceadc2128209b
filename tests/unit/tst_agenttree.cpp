#include "agents/agentrequest.h"
#include "agents/claudecodeparser.h"
#include "agenttree.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace tl;
using namespace tl::test;

// The generated Claude Code trees of the agent benchmark: read back with the product's reader and
// deduplicator, they add up to the generator's known answer; the generator's own prices match
// hand-computed requests.
namespace {

QStringList treeFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.jsonl")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

using DayModel = std::map<std::pair<QDate, QString>, AgentTreeTotals>;

DayModel readBack(const QString &root, AgentReadStats *stats)
{
    RequestDeduplicator dedup;
    for (const QString &path : treeFiles(root)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        const QByteArray data = f.readAll();
        if (ClaudeCodeParser::parse(data, true, &dedup, stats) != data.size())
            qFatal("%s not read to its end", qPrintable(path));
    }
    DayModel sums;
    for (const AgentRequest &r : dedup.requests()) {
        AgentTreeTotals t;
        t.requests = 1;
        t.input = r.input;
        t.cacheRead = r.cacheRead;
        t.cacheWrite5m = r.cacheWrite5m;
        t.cacheWrite1h = r.cacheWrite1h;
        t.output = r.output;
        t.webSearches = r.webSearches;
        t.longContextRequests = r.inputTotal() > AgentTreeLongContextThreshold ? 1 : 0;
        t.costNanos = agentTreeRequestCostNanos(r.model, r.input, r.cacheRead, r.cacheWrite5m, r.cacheWrite1h, r.output,
                                                r.webSearches);
        t.webSearchCostNanos = agentTreeRequestCostNanos(r.model, 0, 0, 0, 0, 0, r.webSearches);
        sums[{r.time.date(), r.model}].add(t);
    }
    return sums;
}

QByteArray treeHash(const QString &root)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &path : treeFiles(root)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        hash.addData(path.mid(root.size()).toUtf8());
        hash.addData(&f);
    }
    return hash.result();
}

AgentTreeOptions smallTree()
{
    AgentTreeOptions o;
    o.seed = 13;
    o.files = 40;
    o.medianFileBytes = 30 * 1024;
    o.p99FileBytes = 600 * 1024;
    o.projects = 4;
    o.days = 6;
    return o;
}

}   // namespace

class TestAgentTree : public QObject
{
    Q_OBJECT

private slots:
    void readBackMatchesTheKnownAnswer()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const AgentTreeAnswer answer = generateClaudeTree(dir.path(), smallTree());

        AgentReadStats stats;
        const DayModel read = readBack(dir.path(), &stats);
        QCOMPARE(read.size(), answer.byDayModel.size());
        for (const auto &[key, expected] : answer.byDayModel) {
            const auto it = read.find(key);
            QVERIFY2(it != read.end(), qPrintable(key.first.toString(Qt::ISODate) + u' ' + key.second));
            const AgentTreeTotals &got = it->second;
            const QByteArray where = (key.first.toString(Qt::ISODate) + u' ' + key.second).toUtf8();
            QVERIFY2(got.requests == expected.requests, where.constData());
            QVERIFY2(got.input == expected.input, where.constData());
            QVERIFY2(got.cacheRead == expected.cacheRead, where.constData());
            QVERIFY2(got.cacheWrite5m == expected.cacheWrite5m, where.constData());
            QVERIFY2(got.cacheWrite1h == expected.cacheWrite1h, where.constData());
            QVERIFY2(got.output == expected.output, where.constData());
            QVERIFY2(got.webSearches == expected.webSearches, where.constData());
            QVERIFY2(got.longContextRequests == expected.longContextRequests, where.constData());
            QVERIFY2(got.costNanos == expected.costNanos, where.constData());
            QVERIFY2(got.webSearchCostNanos == expected.webSearchCostNanos, where.constData());
        }

        // What was dropped is what the generator put in besides.
        QCOMPARE(stats.requests, answer.total.requests);
        QCOMPARE(stats.synthetic, answer.synthetic);
        QCOMPARE(stats.streamingCopies + stats.replays, answer.streamingCopies + answer.replays);
        QCOMPARE(stats.lines, answer.usageLines);
        QCOMPARE(stats.malformed, 0);
        QCOMPARE(stats.undated + stats.noModel + stats.apiErrors, 0);
    }

    void theSmallTreeHoldsEveryTrap()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const AgentTreeAnswer a = generateClaudeTree(dir.path(), smallTree());
        QCOMPARE(a.files, 40);
        QCOMPARE(qint64(treeFiles(dir.path()).size()), a.files);
        QVERIFY(a.streamingCopies > 0);
        QVERIFY(a.replays > 0);
        QVERIFY(a.replaysNewRequestId > 0);
        QVERIFY(a.synthetic > 0);
        QVERIFY(a.total.longContextRequests > 0);
        QVERIFY(a.total.cacheWrite1h > 0);
        QVERIFY(a.total.cacheWrite5m > 0);
        QVERIFY(a.total.webSearches > 0);
        QSet<QString> models;
        QSet<QDate> days;
        for (const auto &[key, totals] : a.byDayModel) {
            days.insert(key.first);
            models.insert(key.second);
        }
        QCOMPARE(models.size(), 3);
        QVERIFY(days.size() >= 5);

        // Some session has requests on either side of a midnight (UTC).
        bool straddles = false;
        for (const QString &path : treeFiles(dir.path())) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            RequestDeduplicator d;
            AgentReadStats s;
            ClaudeCodeParser::parse(f.readAll(), true, &d, &s);
            QSet<QDate> fileDays;
            for (const AgentRequest &r : d.requests())
                fileDays.insert(r.time.date());
            straddles = straddles || fileDays.size() > 1;
        }
        QVERIFY(straddles);
    }

    void sameSeedSameTree()
    {
        QTemporaryDir one;
        QTemporaryDir two;
        AgentTreeOptions o = smallTree();
        o.files = 8;
        const AgentTreeAnswer a = generateClaudeTree(one.path(), o);
        const AgentTreeAnswer b = generateClaudeTree(two.path(), o);
        QCOMPARE(treeHash(one.path()), treeHash(two.path()));
        QVERIFY(a.byDayModel == b.byDayModel);
        QCOMPARE(a.bytes, b.bytes);
        o.seed = 14;
        QTemporaryDir three;
        generateClaudeTree(three.path(), o);
        QVERIFY(treeHash(three.path()) != treeHash(one.path()));
    }

    void fileSizesFollowTheProfile()
    {
        QTemporaryDir dir;
        AgentTreeOptions o;
        o.seed = 5;
        o.files = 60;
        o.medianFileBytes = 40 * 1024;
        o.p99FileBytes = 800 * 1024;
        o.largeFiles = 1;
        o.largeMinBytes = 3 * 1024 * 1024;
        o.largeMaxBytes = 4 * 1024 * 1024;
        const AgentTreeAnswer a = generateClaudeTree(dir.path(), o);
        QCOMPARE(a.files, 61);
        std::vector<qint64> sizes;
        qint64 sum = 0;
        for (const QString &path : treeFiles(dir.path())) {
            sizes.push_back(QFileInfo(path).size());
            sum += sizes.back();
        }
        QCOMPARE(sum, a.bytes);
        std::sort(sizes.begin(), sizes.end());
        const qint64 median = sizes[sizes.size() / 2];
        QVERIFY2(median > 28 * 1024 && median < 56 * 1024, qPrintable(QString::number(median)));
        QVERIFY(sizes.back() >= 3 * 1024 * 1024 && sizes.back() < 4 * 1024 * 1024 + (4 << 20));
        QCOMPARE(a.largestFileBytes, sizes.back());

        // A total to aim at scales the ordinary files.
        QTemporaryDir scaled;
        o.largeFiles = 0;
        o.totalBytes = 6 * 1024 * 1024;
        const AgentTreeAnswer s = generateClaudeTree(scaled.path(), o);
        QVERIFY2(s.bytes > 5 * 1024 * 1024 && s.bytes < 8 * 1024 * 1024, qPrintable(QString::number(s.bytes)));
    }

    void pricesMatchHandComputedRequests_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("input");
        QTest::addColumn<qint64>("cacheRead");
        QTest::addColumn<qint64>("cacheWrite5m");
        QTest::addColumn<qint64>("cacheWrite1h");
        QTest::addColumn<qint64>("output");
        QTest::addColumn<qint64>("webSearches");
        QTest::addColumn<qint64>("nanos");

        const QString sonnet = QStringLiteral("claude-sonnet-4-5-20250929");
        // 10×$3 + 1000×$0.30 + 200×$3.75 + 480×$15 per million.
        QTest::newRow("sonnet") << sonnet << 10LL << 1000LL << 200LL << 0LL << 480LL << 0LL << 8'280'000LL;
        // 200,005 tokens in: every token at the long-context price ($6, $0.60, $7.50, $12, $22.50),
        // web searches at $10 per thousand whatever the context.
        QTest::newRow("sonnet long context")
            << sonnet << 5LL << 190000LL << 6000LL << 4000LL << 1000LL << 2LL
            << (30'000LL + 114'000'000LL + 45'000'000LL + 48'000'000LL + 22'500'000LL + 20'000'000LL);
        // Exactly 200,000 is not over the threshold.
        QTest::newRow("sonnet at the threshold")
            << sonnet << 0LL << 200000LL << 0LL << 0LL << 100LL << 0LL << (60'000'000LL + 1'500'000LL);
        // Opus 4.5 has no long-context price in the catalog: base prices past 200k.
        QTest::newRow("opus over 200k") << QStringLiteral("claude-opus-4-5-20251101") << 100LL << 250000LL << 0LL << 0LL
                                        << 2000LL << 0LL << (500'000LL + 125'000'000LL + 50'000'000LL);
        // 1-hour writes at 2× input ($2 for Haiku 4.5), 5-minute at 1.25× ($1.25).
        QTest::newRow("haiku cache writes") << QStringLiteral("claude-haiku-4-5-20251001") << 3LL << 0LL << 800LL
                                            << 1000LL << 4LL << 0LL << (3'000LL + 1'000'000LL + 2'000'000LL + 20'000LL);
        QTest::newRow("unknown model") << QStringLiteral("gpt-5") << 1LL << 0LL << 0LL << 0LL << 1LL << 0LL << -1LL;
    }

    void pricesMatchHandComputedRequests()
    {
        QFETCH(QString, model);
        QFETCH(qint64, input);
        QFETCH(qint64, cacheRead);
        QFETCH(qint64, cacheWrite5m);
        QFETCH(qint64, cacheWrite1h);
        QFETCH(qint64, output);
        QFETCH(qint64, webSearches);
        QFETCH(qint64, nanos);
        QCOMPARE(agentTreeRequestCostNanos(model, input, cacheRead, cacheWrite5m, cacheWrite1h, output, webSearches),
                 nanos);
    }
};

QTEST_GUILESS_MAIN(TestAgentTree)
#include "tst_agenttree.moc"
