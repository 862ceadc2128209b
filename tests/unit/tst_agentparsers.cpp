#include "agents/agentrequest.h"
#include "agents/claudecodeparser.h"
#include "agents/jsonscan.h"

#include <QFile>
#include <QTest>

using namespace tl;

// The coding-agent log readers over fixtures written from the documented formats
// (../shared/sources/AGENT-LOGS.md, copied facts only): every duplicate trap and every line that
// cannot be used is counted, never guessed.
namespace {

QByteArray fixture(const QString &path)
{
    QFile f(QStringLiteral(TOKENLEDGER_FIXTURES_DIR "/agents/") + path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    return f.readAll();
}

const AgentRequest *find(const RequestDeduplicator &d, const QString &key)
{
    for (const AgentRequest &r : d.requests()) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

}   // namespace

class TestAgentParsers : public QObject
{
    Q_OBJECT

private slots:
    void jsonScanReadsOnlyWhatItIsAskedFor()
    {
        const QByteArray text =
            "{\"a\": \"x\\\"}]\", \"skip\": {\"n\": [1, {\"s\": \"]}\"}], \"t\": true}, \"n\": 12.0,\n"
            "            \"neg\": -5, \"b\": false, \"z\": null, \"e\": \"caf\\u00e9\"}";
        JsonScan s(text);
        QVERIFY(s.enterObject());
        QByteArrayView key;
        QVERIFY(s.nextKey(&key));
        QCOMPARE(key, QByteArrayView("a"));
        QCOMPARE(s.readString().value(), QStringLiteral("x\"}]"));
        QVERIFY(s.nextKey(&key));
        QCOMPARE(key, QByteArrayView("skip"));
        QVERIFY(s.skipValue());
        QVERIFY(s.nextKey(&key));
        QCOMPARE(s.readInteger().value(), 12);
        QVERIFY(s.nextKey(&key));
        QCOMPARE(s.readInteger().value(), -5);
        QVERIFY(s.nextKey(&key));
        QCOMPARE(s.readBool().value(), false);
        QVERIFY(s.nextKey(&key));
        QVERIFY(!s.readInteger().has_value());
        QVERIFY(s.ok());   // null is not an error
        QVERIFY(s.nextKey(&key));
        QCOMPARE(s.readString().value(), QStringLiteral("café"));
        QVERIFY(!s.nextKey(&key));
        QVERIFY(s.ok());
    }

    void jsonScanRefusesWrongTypesAndBrokenText()
    {
        for (const QByteArray &bad :
             {QByteArray("{\"n\": \"12\"}"), QByteArray("{\"n\": 1.5}"), QByteArray("{\"n\": 1e3}"),
              QByteArray("{\"n\": 99999999999999999999}"), QByteArray("{\"n\": tru}")}) {
            JsonScan s(bad);
            QByteArrayView key;
            QVERIFY(s.enterObject());
            QVERIFY(s.nextKey(&key));
            QVERIFY2(!s.readInteger().has_value() && !s.ok(), bad.constData());
        }
        JsonScan unterminated(QByteArrayView("{\"a\": \"never closed"));
        QByteArrayView key;
        QVERIFY(unterminated.enterObject());
        QVERIFY(unterminated.nextKey(&key));
        QVERIFY(!unterminated.skipValue());
        QVERIFY(!unterminated.ok());
    }

    void claudeCodeKeepsOneCopyOfEachResponse()
    {
        const QByteArray data = fixture(QStringLiteral("claude/projects/-home-dev-shop/s-1111.jsonl"));
        RequestDeduplicator out;
        AgentReadStats stats;
        const qsizetype consumed = ClaudeCodeParser::parse(data, false, &out, &stats);

        // The last line is being written: left for the next read.
        QCOMPARE(consumed, data.lastIndexOf('\n') + 1);
        QCOMPARE(stats.unfinishedBytes, data.size() - consumed);

        QCOMPARE(out.size(), 5);
        QCOMPARE(stats.requests, 5);
        QCOMPARE(stats.streamingCopies, 2);   // msg_A's first two snapshots
        QCOMPARE(stats.replays, 2);           // msg_B's sidechain copy, msg_A under a new requestId
        QCOMPARE(stats.synthetic, 1);
        QCOMPARE(stats.apiErrors, 1);
        QCOMPARE(stats.noModel, 1);
        QCOMPARE(stats.undated, 1);
        QCOMPARE(stats.malformed, 0);
        QCOMPARE(stats.lines, 13);

        // The most complete snapshot wins.
        const AgentRequest *a = find(out, QStringLiteral("claude:msg_A"));
        QVERIFY(a);
        QCOMPARE(a->input, 10);
        QCOMPARE(a->cacheRead, 1000);
        QCOMPARE(a->cacheWrite5m, 200);
        QCOMPARE(a->cacheWrite1h, 0);
        QCOMPARE(a->output, 480);
        QCOMPARE(a->time, QDateTime(QDate(2026, 11, 2), QTime(10, 0, 3), Qt::UTC));
        QCOMPARE(a->session, QStringLiteral("s-1111"));
        QCOMPARE(a->project, QStringLiteral("/home/dev/shop"));
        QCOMPARE(a->gitBranch, QStringLiteral("main"));
        QVERIFY(!a->sidechain);

        // Cache writes split by TTL; web searches counted; the main chain's copy kept.
        const AgentRequest *b = find(out, QStringLiteral("claude:msg_B"));
        QVERIFY(b);
        QCOMPARE(b->cacheWrite5m, 1000);
        QCOMPARE(b->cacheWrite1h, 2000);
        QCOMPARE(b->webSearches, 2);
        QVERIFY(!b->sidechain);

        // No requestId (a gateway): the message id identifies it; no TTL split: 5-minute writes.
        const AgentRequest *c = find(out, QStringLiteral("claude:msg_C"));
        QVERIFY(c);
        QCOMPARE(c->model, QStringLiteral("claude-opus-4-5@20251101"));
        QCOMPARE(c->cacheWrite5m, 40);

        // Either side of midnight UTC: two days.
        QCOMPARE(find(out, QStringLiteral("claude:msg_N1"))->time.date(), QDate(2026, 11, 2));
        QCOMPARE(find(out, QStringLiteral("claude:msg_N2"))->time.date(), QDate(2026, 11, 3));
    }

    void claudeCodeFinishesTheLastLineOnlyWhenTheFileIsComplete()
    {
        QByteArray data = fixture(QStringLiteral("claude/projects/-home-dev-shop/s-1111.jsonl"));
        RequestDeduplicator out;
        AgentReadStats stats;
        // Read as complete, the half line is malformed JSON, counted as such.
        QCOMPARE(ClaudeCodeParser::parse(data, true, &out, &stats), data.size());
        QCOMPARE(stats.malformed, 1);
        QCOMPARE(stats.unfinishedBytes, 0);
        QCOMPARE(out.size(), 5);
    }

    void claudeCodeRefusesNegativeAndWrongTypedCounts()
    {
        AgentReadStats stats;
        AgentRequest r;
        const QByteArray negative =
            "{\"type\":\"assistant\",\"timestamp\":\"2026-11-02T10:00:00Z\",\"message\":{\"id\":\"m\",\"model\":"
            "\"claude-sonnet-4-5\",\"usage\":{\"input_tokens\":-4,\"output_tokens\":1}}}";
        QVERIFY(!ClaudeCodeParser::parseLine(negative, &r, &stats));
        const QByteArray text =
            "{\"type\":\"assistant\",\"timestamp\":\"2026-11-02T10:00:00Z\",\"message\":{\"id\":\"m\",\"model\":"
            "\"claude-sonnet-4-5\",\"usage\":{\"input_tokens\":\"4\",\"output_tokens\":1}}}";
        QVERIFY(!ClaudeCodeParser::parseLine(text, &r, &stats));
        QCOMPARE(stats.malformed, 2);
    }
};

QTEST_GUILESS_MAIN(TestAgentParsers)
#include "tst_agentparsers.moc"
