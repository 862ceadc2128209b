#include "agents/agentrequest.h"
#include "agents/codexparser.h"
#include "agents/geminiparser.h"
#include "agents/jsonscan.h"

#include <QFile>
#include <QTest>

using namespace tl;

// The Codex CLI and Gemini CLI log readers over fixtures written from the documented formats
// (../shared/sources/AGENT-LOGS.md): cumulative totals, zero placeholders, rate-limit-only lines,
// subagent replays, copies in other files, a missing model, undated lines, midnight, a file cut
// mid-line — and reading a file in pieces with the saved state gives what reading it at once gives.
namespace {

const QString sessionA = QStringLiteral("0199a1b2-0000-7000-8000-00000000000a");
const QString sessionB = QStringLiteral("0199a1b2-0000-7000-8000-00000000000b");
const QString sessionC = QStringLiteral("01992f00-0000-7000-8000-00000000000c");

QString fileA()
{
    return QStringLiteral("codex/sessions/2025/10/01/rollout-2025-10-01T23-50-00-") + sessionA + u".jsonl";
}
QString archivedA()
{
    return QStringLiteral("codex/archived_sessions/rollout-2025-10-01T23-50-00-") + sessionA + u".jsonl";
}
QString fileB()
{
    return QStringLiteral("codex/sessions/2025/10/02/rollout-2025-10-02T00-07-00-") + sessionB + u".jsonl";
}
QString fileC()
{
    return QStringLiteral("codex/sessions/2025/09/10/rollout-2025-09-10T10-00-00-") + sessionC + u".jsonl";
}
const char *geminiHash = "5e2b8c0a9d4f7e6b3a1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a";
QString geminiFile()
{
    return QStringLiteral("gemini/tmp/") + QLatin1String(geminiHash) +
           QStringLiteral("/chats/session-2025-10-03T10-00-1a2b3c4d.json");
}

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

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

CodexFileState stateFor(const QString &path)
{
    CodexFileState state;
    state.session = CodexParser::sessionFromFileName(path);
    return state;
}

// Everything a request says, for comparing two readings.
QString describe(const AgentRequest &r)
{
    return QStringList{r.key,
                       r.time.toString(Qt::ISODateWithMs),
                       r.model,
                       r.session,
                       r.project,
                       r.gitBranch,
                       QString::number(r.input),
                       QString::number(r.cacheRead),
                       QString::number(r.cacheWrite5m),
                       QString::number(r.cacheWrite1h),
                       QString::number(r.output),
                       QString::number(r.reasoning)}
        .join(u'|');
}

QStringList describeAll(const RequestDeduplicator &d)
{
    QStringList out;
    for (const AgentRequest &r : d.requests())
        out.append(describe(r));
    return out;
}

QList<qint64> counters(const AgentReadStats &s)
{
    // unfinishedBytes left out: a piecewise read counts the cut line once more.
    return {s.lines,     s.requests,  s.streamingCopies, s.replays, s.zeroPlaceholders, s.repeatedSnapshots,
            s.synthetic, s.apiErrors, s.undated,         s.noModel, s.malformed};
}

}   // namespace

class TestAgentLogs2 : public QObject
{
    Q_OBJECT

private slots:
    void jsonScanWalksArraysAndReadsNumbers()
    {
        const QByteArray text = "{\"a\": [1, {\"b\": \"]\"}, [2]], \"p\": 12.5, \"raw\": {\"x\": [1]}, \"e\": []}";
        JsonScan s(text);
        QByteArrayView key;
        QVERIFY(s.enterObject());
        QVERIFY(s.nextKey(&key));
        QVERIFY(s.enterArray());
        QVERIFY(s.nextElement());
        QCOMPARE(s.readInteger().value(), 1);
        QVERIFY(s.nextElement());
        QVERIFY(s.skipValue());
        QVERIFY(s.nextElement());
        QVERIFY(s.skipValue());
        QVERIFY(!s.nextElement());
        QVERIFY(s.nextKey(&key));
        QCOMPARE(s.readNumber().value(), 12.5);
        QVERIFY(s.nextKey(&key));
        QCOMPARE(s.readRaw(), QByteArrayView("{\"x\": [1]}"));
        QVERIFY(s.nextKey(&key));
        QVERIFY(s.enterArray());
        QVERIFY(!s.nextElement());
        QVERIFY(!s.nextKey(&key));
        QVERIFY(s.ok());

        JsonScan bad(QByteArrayView("{\"p\": \"12\"}"));
        QVERIFY(bad.enterObject());
        QVERIFY(bad.nextKey(&key));
        QVERIFY(!bad.readNumber().has_value());
        QVERIFY(!bad.ok());
    }

    void codexSessionFromFileName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("session");
        QTest::newRow("rollout") << QString(u"rollout-2025-10-01T23-50-00-" + sessionA + u".jsonl") << sessionA;
        QTest::newRow("path") << QString(u"/home/dev/.codex/sessions/2025/10/01/rollout-2025-10-01T23-50-00-" +
                                         sessionA.toUpper() + u".jsonl")
                              << sessionA;
        QTest::newRow("no uuid") << QStringLiteral("rollout-2025-10-01T23-50-00.jsonl") << QString();
        QTest::newRow("not jsonl") << QString(u"rollout-2025-10-01T23-50-00-" + sessionA + u".json") << QString();
    }

    void codexSessionFromFileName()
    {
        QFETCH(QString, name);
        QFETCH(QString, session);
        QCOMPARE(CodexParser::sessionFromFileName(name), session);
    }

    void codexTakesDeltasOfCumulativeTotals()
    {
        const QByteArray data = fixture(fileA());
        CodexFileState state = stateFor(fileA());
        RequestDeduplicator out;
        AgentReadStats stats;
        const qsizetype consumed = CodexParser::parse(data, false, &state, &out, &stats);

        // The last line is being written: left for the next read.
        QCOMPARE(consumed, data.lastIndexOf('\n') + 1);
        QCOMPARE(stats.unfinishedBytes, data.size() - consumed);

        // Five token_count lines with usage: three requests, a repeat of the previous totals, an
        // all-zero placeholder. The two info:null lines carry only rate limits; the user message
        // that mentions "token_count" is not an event.
        QCOMPARE(stats.lines, 5);
        QCOMPARE(stats.requests, 3);
        QCOMPARE(out.size(), 3);
        QCOMPARE(stats.repeatedSnapshots, 1);
        QCOMPARE(stats.zeroPlaceholders, 1);
        QCOMPARE(stats.replays, 0);
        QCOMPARE(stats.malformed, 0);
        QCOMPARE(stats.noModel, 0);
        QCOMPARE(stats.undated, 0);
        QCOMPARE(stats.dropped(), 2);

        // First snapshot: 12000 input of which 8000 cached, 500 output of which 200 reasoning.
        const AgentRequest *r1 = find(out, QStringLiteral("codex:2025-10-01T23:55:00.000Z:12000/8000/500/200"));
        QVERIFY(r1);
        QCOMPARE(r1->input, 4000);
        QCOMPARE(r1->cacheRead, 8000);
        QCOMPARE(r1->cacheWrite5m, 0);
        QCOMPARE(r1->cacheWrite1h, 0);
        QCOMPARE(r1->output, 500);
        QCOMPARE(r1->reasoning, 200);
        QCOMPARE(r1->model, QStringLiteral("gpt-5-codex"));
        QCOMPARE(r1->session, sessionA);
        QCOMPARE(r1->project, QStringLiteral("/home/dev/shop"));
        QCOMPARE(r1->gitBranch, QStringLiteral("main"));
        QCOMPARE(r1->time, utc(2025, 10, 1, 23, 55));

        // After the placeholder, the delta is still from 12000/8000/500/200 (not from zero):
        // 30000-12000 = 18000 input, 20000-8000 = 12000 cached, 800 output, 400 reasoning.
        // Past midnight: the next day, though the file sits under 2025/10/01.
        const AgentRequest *r2 = find(out, QStringLiteral("codex:2025-10-02T00:05:00.000Z:30000/20000/1300/600"));
        QVERIFY(r2);
        QCOMPARE(r2->input, 6000);
        QCOMPARE(r2->cacheRead, 12000);
        QCOMPARE(r2->output, 800);
        QCOMPARE(r2->reasoning, 400);
        QCOMPARE(r2->time.date(), QDate(2025, 10, 2));

        // A new turn_context: another model and folder from then on.
        const AgentRequest *r3 = find(out, QStringLiteral("codex:2025-10-02T00:10:00.000Z:45000/32000/1500/600"));
        QVERIFY(r3);
        QCOMPARE(r3->input, 3000);
        QCOMPARE(r3->cacheRead, 12000);
        QCOMPARE(r3->output, 200);
        QCOMPARE(r3->reasoning, 0);
        QCOMPARE(r3->model, QStringLiteral("gpt-5"));
        QCOMPARE(r3->project, QStringLiteral("/home/dev/shop/api"));

        // The three requests add up to the last cumulative snapshot.
        qint64 input = 0;
        qint64 cached = 0;
        qint64 output = 0;
        for (const AgentRequest &r : out.requests()) {
            input += r.input + r.cacheRead;
            cached += r.cacheRead;
            output += r.output;
        }
        QCOMPARE(input, 45000);
        QCOMPARE(cached, 32000);
        QCOMPARE(output, 1500);

        // The latest rate limits: 12.5 % of the 5-hour window, 3 % of the week.
        QVERIFY(state.rateLimits.isValid());
        QCOMPARE(state.rateLimits.observedAt, utc(2025, 10, 2, 0, 10));
        QCOMPARE(state.rateLimits.primary.usedPercent, 12.5);
        QCOMPARE(state.rateLimits.primary.windowMinutes, 300);
        QCOMPARE(state.rateLimits.primary.resetsAt, utc(2025, 10, 2, 0, 30));
        QCOMPARE(state.rateLimits.secondary.usedPercent, 3.0);
        QCOMPARE(state.rateLimits.secondary.windowMinutes, 10080);
        QCOMPARE(state.rateLimits.secondary.resetsAt, utc(2025, 10, 6, 12, 0));
        QCOMPARE(state.rateLimits.planType, QStringLiteral("plus"));
        QVERIFY(state.hasTotals);
        QCOMPARE(state.totals, (CodexTotals{45000, 32000, 1500, 600, 46500}));
    }

    void codexCutLastLineIsMalformedOnlyWhenTheFileIsComplete()
    {
        const QByteArray data = fixture(fileA());
        CodexFileState state = stateFor(fileA());
        RequestDeduplicator out;
        AgentReadStats stats;
        QCOMPARE(CodexParser::parse(data, true, &state, &out, &stats), data.size());
        QCOMPARE(stats.malformed, 1);
        QCOMPARE(stats.unfinishedBytes, 0);
        QCOMPARE(out.size(), 3);
    }

    void codexArchivedCopyAddsNothing()
    {
        RequestDeduplicator out;
        AgentReadStats stats;
        CodexFileState live = stateFor(fileA());
        CodexParser::parse(fixture(fileA()), false, &live, &out, &stats);
        const QStringList before = describeAll(out);
        CodexFileState archived = stateFor(archivedA());
        AgentReadStats archivedStats;
        CodexParser::parse(fixture(archivedA()), true, &archived, &out, &archivedStats);
        QCOMPARE(archivedStats.requests, 0);
        QCOMPARE(archivedStats.replays, 3);
        QCOMPARE(describeAll(out), before);
    }

    void codexSubagentReplayIsDroppedAndItsOwnRequestKept()
    {
        RequestDeduplicator out;
        AgentReadStats stats;
        CodexFileState parent = stateFor(fileA());
        CodexParser::parse(fixture(fileA()), false, &parent, &out, &stats);
        CodexFileState sub = stateFor(fileB());
        AgentReadStats subStats;
        CodexParser::parse(fixture(fileB()), true, &sub, &out, &subStats);

        // Three replayed parent lines in the subagent's first second (new times, the parent's
        // totals): dropped, counted, and the baseline of the subagent's own request.
        QCOMPARE(subStats.lines, 4);
        QCOMPARE(subStats.replays, 3);
        QCOMPARE(subStats.requests, 1);
        QCOMPARE(out.size(), 4);
        const AgentRequest *own = find(out, QStringLiteral("codex:2025-10-02T00:09:00.000Z:52000/36000/1900/700"));
        QVERIFY(own);
        // 52000-45000 = 7000 input, 36000-32000 = 4000 cached, 400 output, 100 reasoning.
        QCOMPARE(own->input, 3000);
        QCOMPARE(own->cacheRead, 4000);
        QCOMPARE(own->output, 400);
        QCOMPARE(own->reasoning, 100);
        QCOMPARE(own->session, sessionB);
        QCOMPARE(own->gitBranch, QStringLiteral("feature/cart"));
        QCOMPARE(own->model, QStringLiteral("gpt-5-codex"));

        // Read alone (the parent never imported), the replay is still not the subagent's usage.
        RequestDeduplicator alone;
        AgentReadStats aloneStats;
        CodexFileState fresh = stateFor(fileB());
        CodexParser::parse(fixture(fileB()), true, &fresh, &alone, &aloneStats);
        QCOMPARE(alone.size(), 1);
        QCOMPARE(describe(alone.requests().first()), describe(*own));
    }

    void codexCopyInAnotherFileMeetsTheOriginal()
    {
        // A fork that copied the parent's lines with their times and totals, without a
        // session_meta to date its start: the keys (time + cumulative totals, no session) match.
        const QByteArray fork =
            "{\"timestamp\":\"2025-10-01T23:50:01.500Z\",\"type\":\"turn_context\",\"payload\":{\"model\":\"gpt-5-"
            "codex\"}}\n"
            "{\"timestamp\":\"2025-10-01T23:55:00.000Z\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\","
            "\"info\":{\"total_token_usage\":{\"input_tokens\":12000,\"cached_input_tokens\":8000,\"output_tokens\":"
            "500,"
            "\"reasoning_output_tokens\":200,\"total_tokens\":12500}}}}\n"
            "{\"timestamp\":\"2025-10-02T00:05:00.000Z\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\","
            "\"info\":{\"total_token_usage\":{\"input_tokens\":30000,\"cached_input_tokens\":20000,\"output_tokens\":"
            "1300,\"reasoning_output_tokens\":600,\"total_tokens\":31300}}}}\n"
            "{\"timestamp\":\"2025-10-02T01:00:00.000Z\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\","
            "\"info\":{\"total_token_usage\":{\"input_tokens\":31000,\"cached_input_tokens\":20000,\"output_tokens\":"
            "1400,\"reasoning_output_tokens\":600,\"total_tokens\":32400}}}}\n";
        RequestDeduplicator out;
        AgentReadStats stats;
        CodexFileState parent = stateFor(fileA());
        CodexParser::parse(fixture(fileA()), false, &parent, &out, &stats);
        CodexFileState forked;
        forked.session = QStringLiteral("fork");
        AgentReadStats forkStats;
        CodexParser::parse(fork, true, &forked, &out, &forkStats);
        QCOMPARE(forkStats.replays, 2);
        QCOMPARE(forkStats.requests, 1);
        QCOMPARE(out.size(), 4);
        QCOMPARE(find(out, QStringLiteral("codex:2025-10-01T23:55:00.000Z:12000/8000/500/200"))->session, sessionA);
        const AgentRequest *own = find(out, QStringLiteral("codex:2025-10-02T01:00:00.000Z:31000/20000/1400/600"));
        QVERIFY(own);
        QCOMPARE(own->input, 1000);
        QCOMPARE(own->cacheRead, 0);
        QCOMPARE(own->output, 100);
    }

    void codexWithoutTurnContextOrTimeIsCountedNotGuessed()
    {
        const QByteArray data = fixture(fileC());
        CodexFileState state = stateFor(fileC());
        RequestDeduplicator out;
        AgentReadStats stats;
        CodexParser::parse(data, true, &state, &out, &stats);
        QCOMPARE(out.size(), 0);
        QCOMPARE(stats.lines, 2);
        QCOMPARE(stats.noModel, 1);
        QCOMPARE(stats.undated, 1);
        QCOMPARE(stats.dropped(), 2);
        QVERIFY(state.model.isEmpty());
        QCOMPARE(state.cwd, QStringLiteral("/home/dev/old"));
        // Both lines still moved the baseline.
        QCOMPARE(state.totals, (CodexTotals{2000, 500, 300, 0, 2300}));
        // An older build: resets_in_seconds from the line's time; no weekly window logged.
        QVERIFY(state.rateLimits.isValid());
        QCOMPARE(state.rateLimits.primary.usedPercent, 1.0);
        QCOMPARE(state.rateLimits.primary.resetsAt, utc(2025, 9, 10, 11, 2));
        QVERIFY(!state.rateLimits.secondary.isValid());
    }

    void codexCounterRestartFallsBackToLastUsage()
    {
        const QByteArray data =
            "{\"timestamp\":\"2025-10-05T09:00:00.000Z\",\"type\":\"turn_context\",\"payload\":{\"model\":\"gpt-5\"}}\n"
            "{\"timestamp\":\"2025-10-05T09:01:00.000Z\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\","
            "\"info\":{\"total_token_usage\":{\"input_tokens\":5000,\"cached_input_tokens\":1000,\"output_tokens\":100,"
            "\"reasoning_output_tokens\":0,\"total_tokens\":5100}}}}\n"
            "{\"timestamp\":\"2025-10-05T09:02:00.000Z\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\","
            "\"info\":{\"total_token_usage\":{\"input_tokens\":900,\"cached_input_tokens\":0,\"output_tokens\":50,"
            "\"reasoning_output_tokens\":0,\"total_tokens\":950},\"last_token_usage\":{\"input_tokens\":900,"
            "\"cached_input_tokens\":0,\"output_tokens\":50,\"reasoning_output_tokens\":0,\"total_tokens\":950}}}}\n"
            "{\"timestamp\":\"2025-10-05T09:03:00.000Z\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\","
            "\"info\":{\"last_token_usage\":{\"input_tokens\":300,\"cached_input_tokens\":100,\"output_tokens\":7,"
            "\"reasoning_output_tokens\":2,\"total_tokens\":307}}}}\n";
        CodexFileState state;
        RequestDeduplicator out;
        AgentReadStats stats;
        CodexParser::parse(data, true, &state, &out, &stats);
        QCOMPARE(out.size(), 3);
        QCOMPARE(out.requests().at(0).input, 4000);
        QCOMPARE(out.requests().at(1).input, 900);   // totals went down: last_token_usage
        QCOMPARE(out.requests().at(2).input, 200);   // only last_token_usage logged
        QCOMPARE(out.requests().at(2).cacheRead, 100);
        QCOMPARE(out.requests().at(2).key, QStringLiteral("codex-last:2025-10-05T09:03:00.000Z:300/100/7/2"));
    }

    void codexPiecewiseReadingEqualsWholeReading_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("main") << fileA();
        QTest::newRow("subagent") << fileB();
        QTest::newRow("no turn_context") << fileC();
    }

    void codexPiecewiseReadingEqualsWholeReading()
    {
        QFETCH(QString, path);
        const QByteArray data = fixture(path);
        CodexFileState wholeState = stateFor(path);
        RequestDeduplicator whole;
        AgentReadStats wholeStats;
        QCOMPARE(CodexParser::parse(data, true, &wholeState, &whole, &wholeStats), data.size());

        // Cut anywhere, even mid-line: the first read stops at the last newline, the state goes
        // through save()/load() as it would through the database, the second read goes on.
        for (qsizetype cut = 0; cut <= data.size(); ++cut) {
            CodexFileState state = stateFor(path);
            RequestDeduplicator out;
            AgentReadStats stats;
            const qsizetype consumed = CodexParser::parse(QByteArrayView(data).first(cut), false, &state, &out, &stats);
            QVERIFY(consumed <= cut);
            CodexFileState reloaded = CodexFileState::load(state.save());
            QCOMPARE(reloaded, state);
            QCOMPARE(CodexParser::parse(QByteArrayView(data).sliced(consumed), true, &reloaded, &out, &stats),
                     data.size() - consumed);
            QCOMPARE(describeAll(out), describeAll(whole));
            QCOMPARE(counters(stats), counters(wholeStats));
            QCOMPARE(reloaded, wholeState);
        }
    }

    void codexStateRoundTrip()
    {
        CodexFileState s;
        s.session = sessionA;
        s.cwd = QStringLiteral("/home/dev/caf\u00e9 \"q\"");
        s.gitBranch = QStringLiteral("feature/x");
        s.model = QStringLiteral("gpt-5-codex");
        s.start = QDateTime(QDate(2025, 10, 1), QTime(23, 50, 0, 250), Qt::UTC);
        s.pastReplay = true;
        s.hasTotals = true;
        s.totals = {9007199254740993, 2, 3, 4, 9007199254740996};   // beyond a double's exact integers
        s.rateLimits.observedAt = utc(2025, 10, 2, 0, 10);
        s.rateLimits.primary = {12.5, 300, utc(2025, 10, 2, 0, 30)};
        s.rateLimits.secondary = {3.25, 10080, utc(2025, 10, 6, 12, 0)};
        s.rateLimits.planType = QStringLiteral("pro");
        const QByteArray saved = s.save();
        QVERIFY(saved.size() < 600);
        QCOMPARE(CodexFileState::load(saved), s);

        // A default state round-trips too; nothing usable loads as a default state.
        QCOMPARE(CodexFileState::load(CodexFileState().save()), CodexFileState());
        QCOMPARE(CodexFileState::load(QByteArrayView()), CodexFileState());
        QCOMPARE(CodexFileState::load(QByteArrayView("{\"v\":99,\"model\":\"x\"}")), CodexFileState());
        QCOMPARE(CodexFileState::load(QByteArrayView("not json")), CodexFileState());
    }

    void geminiSessionMapsTokens()
    {
        const QByteArray data = fixture(geminiFile());
        RequestDeduplicator out;
        AgentReadStats stats;
        QString error;
        QVERIFY2(GeminiParser::parseSession(data, geminiFile(), &out, &stats, &error), qPrintable(error));
        QCOMPARE(stats.lines, 6);
        QCOMPARE(stats.requests, 3);
        QCOMPARE(stats.zeroPlaceholders, 1);
        QCOMPARE(stats.noModel, 1);
        QCOMPARE(stats.undated, 1);
        QCOMPARE(stats.malformed, 0);
        QCOMPARE(out.size(), 3);

        const QString session = QStringLiteral("1a2b3c4d-1111-2222-3333-444455556666");
        const QString prefix = QStringLiteral("gemini:") + session + u':';
        // input 12000 includes 8000 cached; 150 thoughts billed as output.
        const AgentRequest *m2 = find(out, prefix + u"m2");
        QVERIFY(m2);
        QCOMPARE(m2->input, 4000);
        QCOMPARE(m2->cacheRead, 8000);
        QCOMPARE(m2->output, 450);
        QCOMPARE(m2->reasoning, 150);
        QCOMPARE(m2->model, QStringLiteral("gemini-2.5-pro"));
        QCOMPARE(m2->session, session);
        QCOMPARE(m2->project, QString::fromLatin1(geminiHash));
        QCOMPARE(m2->time, utc(2025, 10, 3, 10, 0, 5));
        // total 15700 = 15000 + 200 + 500: the 500 tool-use tokens are input outside `input`.
        const AgentRequest *m3 = find(out, prefix + u"m3");
        QVERIFY(m3);
        QCOMPARE(m3->input, 15500);
        QCOMPARE(m3->cacheRead, 0);
        QCOMPARE(m3->output, 200);
        // total 2150 = 2000 + 100 + 50: the 300 tool-use tokens are already inside `input`.
        const AgentRequest *m4 = find(out, prefix + u"m4");
        QVERIFY(m4);
        QCOMPARE(m4->input, 2000);
        QCOMPARE(m4->output, 150);
        QCOMPARE(m4->reasoning, 50);
        QCOMPARE(m4->model, QStringLiteral("gemini-2.5-flash"));

        // The file is rewritten whole as the session grows: reading it again adds nothing.
        AgentReadStats again;
        QVERIFY(GeminiParser::parseSession(data, geminiFile(), &out, &again, &error));
        QCOMPARE(again.requests, 0);
        QCOMPARE(again.replays, 3);
        QCOMPARE(out.size(), 3);
    }

    void geminiSessionCutShortIsRefused()
    {
        const QByteArray data = fixture(geminiFile());
        RequestDeduplicator out;
        AgentReadStats stats;
        QString error;
        QVERIFY(!GeminiParser::parseSession(QByteArrayView(data).first(data.size() / 2), geminiFile(), &out, &stats,
                                            &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(stats.malformed, 1);
        QCOMPARE(out.size(), 0);
        QVERIFY(!GeminiParser::parseSession("{\"sessionId\":\"x\"}", geminiFile(), &out, &stats, &error));
        QCOMPARE(out.size(), 0);
    }

    void geminiProjectFromPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("project");
        QTest::newRow("chats") << QStringLiteral("/home/dev/.gemini/tmp/abc123/chats/session-1.json")
                               << QStringLiteral("abc123");
        QTest::newRow("relative") << QStringLiteral("abc123/chats/session-1.jsonl") << QStringLiteral("abc123");
        QTest::newRow("no chats") << QStringLiteral("/tmp/abc123/session-1.json") << QStringLiteral("abc123");
        QTest::newRow("bare") << QStringLiteral("session-1.json") << QString();
    }

    void geminiProjectFromPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, project);
        QCOMPARE(GeminiParser::projectFromPath(path), project);
    }

    void geminiSessionNamesItsProject()
    {
        const QByteArray data =
            "{\"messages\":[{\"id\":\"a\",\"timestamp\":\"2025-10-03T10:00:00Z\",\"type\":\"gemini\","
            "\"tokens\":{\"input\":10,\"output\":1},\"model\":\"gemini-2.5-pro\"}],"
            "\"sessionId\":\"late\",\"projectPath\":\"/home/dev/shop\"}";
        RequestDeduplicator out;
        AgentReadStats stats;
        QString error;
        QVERIFY(GeminiParser::parseSession(data, QStringLiteral("h/chats/session-x.json"), &out, &stats, &error));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.requests().first().key, QStringLiteral("gemini:late:a"));
        QCOMPARE(out.requests().first().project, QStringLiteral("/home/dev/shop"));
        QCOMPARE(out.requests().first().input, 10);
    }

    void geminiLinesCarryTheSessionAcrossReads()
    {
        const QByteArray data =
            "{\"sessionId\":\"s-j\",\"projectHash\":\"h1\",\"startTime\":\"2025-10-03T10:00:00.000Z\"}\n"
            "{\"id\":\"u1\",\"timestamp\":\"2025-10-03T10:00:01.000Z\",\"type\":\"user\",\"content\":\"hi\"}\n"
            "{\"id\":\"g1\",\"timestamp\":\"2025-10-03T10:00:04.000Z\",\"type\":\"gemini\",\"content\":\"ok\","
            "\"tokens\":{\"input\":100,\"output\":10,\"cached\":40,\"thoughts\":5,\"tool\":0,\"total\":115},"
            "\"model\":\"gemini-2.5-pro\"}\n"
            "{\"id\":\"g2\",\"timestamp\":\"2025-10-03T10:00:09.000Z\",\"type\":\"gemini\",\"content\":\"ok\","
            "\"tokens\":{\"input\":200,\"output\":20,\"cached\":0,\"thoughts\":0,\"tool\":0,\"total\":220},"
            "\"model\":\"gemini-2.5-pro\"}\n"
            "{\"id\":\"g3\",\"timestamp\":\"2025-10-03T10:00:12.000Z\",\"type\":\"gemini\",\"tok";
        const QString path = QStringLiteral("/home/dev/.gemini/tmp/h1/chats/session-2025-10-03T10-00-s.jsonl");
        const qsizetype cut = data.indexOf("{\"id\":\"g2\"");
        QString session;
        RequestDeduplicator out;
        AgentReadStats stats;
        QCOMPARE(GeminiParser::parseLines(QByteArrayView(data).first(cut), false, path, &session, &out, &stats), cut);
        QCOMPARE(session, QStringLiteral("s-j"));
        const qsizetype rest =
            GeminiParser::parseLines(QByteArrayView(data).sliced(cut), false, path, &session, &out, &stats);
        QCOMPARE(cut + rest, data.lastIndexOf('\n') + 1);
        QVERIFY(stats.unfinishedBytes > 0);
        QCOMPARE(stats.malformed, 0);
        QCOMPARE(out.size(), 2);
        const AgentRequest *g1 = find(out, QStringLiteral("gemini:s-j:g1"));
        QVERIFY(g1);
        QCOMPARE(g1->input, 60);
        QCOMPARE(g1->cacheRead, 40);
        QCOMPARE(g1->output, 15);
        QCOMPARE(g1->project, QStringLiteral("h1"));
        QVERIFY(find(out, QStringLiteral("gemini:s-j:g2")));
    }
};

QTEST_GUILESS_MAIN(TestAgentLogs2)
#include "tst_agentlogs2.moc"
