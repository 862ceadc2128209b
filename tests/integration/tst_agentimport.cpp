#include "agents/agentimporter.h"
#include "agenttree.h"
#include "alerts/alerts.h"
#include "analytics/agentoverview.h"
#include "analytics/spend.h"
#include "clirunner.h"
#include "common/clock.h"
#include "pricing/pricingservice.h"
#include "storage/accountrepository.h"
#include "storage/agentrepository.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace tl;
using namespace tl::test;

// The agent-log importer end to end: real files in a temporary tree, a real migrated database,
// the bundled price catalog. Expected costs are computed by hand from the catalog's list prices
// (nano-USD per token = USD per million tokens × 1000).
namespace {

struct Req
{
    QString id;
    QString time;   // ISO, UTC
    QString model = QStringLiteral("claude-sonnet-4-5-20250929");
    qint64 input = 0;
    qint64 cacheRead = 0;
    qint64 write5m = 0;
    qint64 write1h = 0;
    qint64 output = 0;
    QString cwd = QStringLiteral("/home/dev/shop");
    QString branch = QStringLiteral("main");
};

QByteArray claudeLine(const Req &r)
{
    QJsonObject cacheCreation;
    cacheCreation.insert(QStringLiteral("ephemeral_5m_input_tokens"), r.write5m);
    cacheCreation.insert(QStringLiteral("ephemeral_1h_input_tokens"), r.write1h);
    QJsonObject usage;
    usage.insert(QStringLiteral("input_tokens"), r.input);
    usage.insert(QStringLiteral("cache_read_input_tokens"), r.cacheRead);
    usage.insert(QStringLiteral("cache_creation_input_tokens"), r.write5m + r.write1h);
    usage.insert(QStringLiteral("cache_creation"), cacheCreation);
    usage.insert(QStringLiteral("output_tokens"), r.output);
    QJsonObject message;
    message.insert(QStringLiteral("id"), QString(QStringLiteral("msg_") + r.id));
    message.insert(QStringLiteral("model"), r.model);
    message.insert(QStringLiteral("usage"), usage);
    QJsonObject line;
    line.insert(QStringLiteral("type"), QStringLiteral("assistant"));
    line.insert(QStringLiteral("timestamp"), r.time);
    line.insert(QStringLiteral("sessionId"), QStringLiteral("s-1"));
    line.insert(QStringLiteral("cwd"), r.cwd);
    line.insert(QStringLiteral("gitBranch"), r.branch);
    line.insert(QStringLiteral("isSidechain"), false);
    line.insert(QStringLiteral("uuid"), QString(QStringLiteral("u-") + r.id));
    line.insert(QStringLiteral("requestId"), QString(QStringLiteral("req_") + r.id));
    line.insert(QStringLiteral("message"), message);
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

void writeFile(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(mode));
    QCOMPARE(f.write(bytes), bytes.size());
}

class Fixture
{
public:
    Fixture()
        : pricing(db.connection())
    {
        QString error;
        if (!pricing.load(&error))
            qFatal("catalog: %s", qPrintable(error));
        Account a;
        a.provider = QStringLiteral("claude-code");
        a.label = QStringLiteral("Claude Code on this computer");
        account = AccountRepository(db.connection()).add(a, &error);
        folder = tree.filePath(QStringLiteral("claude"));
        AgentRepository(db.connection()).setFolders(account, {folder});
    }

    AgentImportResult import()
    {
        AgentImporter importer(db.connection(), pricing.catalog(), clock);
        return importer.run(accountOf(db.connection(), account), {folder}, QStringLiteral("cli"));
    }
    QString file(const QString &name) const { return folder + QStringLiteral("/projects/-home-dev-shop/") + name; }
    qint64 cost() const
    {
        return db.scalar(QStringLiteral("SELECT COALESCE(SUM(cost_nano), 0) FROM usage WHERE account_id = %1 AND "
                                        "source = 'agent'")
                             .arg(account));
    }
    qint64 requests() const
    {
        return db.scalar(QStringLiteral("SELECT COUNT(*) FROM agent_requests WHERE account_id = %1").arg(account));
    }

    TestDatabase db;
    PricingService pricing;
    SystemClock clock;
    QTemporaryDir tree;
    QString folder;
    qint64 account = 0;
};

// A long-context request (input incl. cache reads past 200k) and two ordinary ones.
const Req LongRequest{QStringLiteral("long"),
                      QStringLiteral("2026-11-02T10:00:00.000Z"),
                      QStringLiteral("claude-sonnet-4-5-20250929"),
                      150000,
                      60000,
                      0,
                      0,
                      1000};
// 150,000 × 6,000 + 60,000 × 600 + 1,000 × 22,500: every token at the > 200k price.
constexpr qint64 LongCost = 958'500'000;
const Req SmallRequest{QStringLiteral("small"),
                       QStringLiteral("2026-11-02T11:00:00.000Z"),
                       QStringLiteral("claude-sonnet-4-5-20250929"),
                       1000,
                       0,
                       0,
                       0,
                       100};
constexpr qint64 SmallCost = 4'500'000;   // 1,000 × 3,000 + 100 × 15,000
const Req CacheRequest{QStringLiteral("cache"),
                       QStringLiteral("2026-11-03T09:00:00.000Z"),
                       QStringLiteral("claude-haiku-4-5-20251001"),
                       100,
                       0,
                       1000,
                       2000,
                       10};
// 100 × 1,000 + 1,000 × 1,250 (5-minute writes) + 2,000 × 2,000 (1-hour writes) + 10 × 5,000
constexpr qint64 CacheCost = 5'400'000;

}   // namespace

class TestAgentImport : public QObject
{
    Q_OBJECT

private slots:
    void pricesEachRequestWhollyAtItsTier()
    {
        Fixture f;
        writeFile(f.file(QStringLiteral("a.jsonl")),
                  claudeLine(LongRequest) + claudeLine(SmallRequest) + claudeLine(CacheRequest));
        const AgentImportResult r = f.import();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.requestsNew, 3);
        QCOMPARE(f.cost(), LongCost + SmallCost + CacheCost);
        // The long request is its own row, marked long-context; the small one of the same model and
        // day stays at the base price.
        QCOMPARE(f.db.scalar(QStringLiteral("SELECT cost_nano FROM usage WHERE service_tier = 'long-context'")),
                 LongCost);
        QCOMPARE(f.db.scalar(QStringLiteral("SELECT cost_nano FROM usage WHERE day = '2026-11-02' AND "
                                            "service_tier = ''")),
                 SmallCost);
        QCOMPARE(f.db.scalar(QStringLiteral("SELECT cache_write_1h_tokens FROM usage WHERE day = '2026-11-03'")), 2000);
        QCOMPARE(f.db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE project = '/home/dev/shop'")), 3);
        // The run is in the history, like a sync.
        QCOMPARE(f.db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE status = 'success' AND "
                                            "created_count = 3")),
                 1);
    }

    void readsOnlyWhatWasAppended()
    {
        Fixture f;
        const QString path = f.file(QStringLiteral("a.jsonl"));
        writeFile(path, claudeLine(LongRequest) + claudeLine(SmallRequest));
        QCOMPARE(f.import().requestsNew, 2);

        AgentImportResult r = f.import();   // nothing new: the file is not even opened
        QCOMPARE(r.filesUnchanged, 1);
        QCOMPARE(r.filesRead, 0);
        QCOMPARE(r.bytesRead, 0);

        const QByteArray third = claudeLine(CacheRequest);
        const qint64 before = QFileInfo(path).size();
        writeFile(path, third, QIODevice::Append);
        r = f.import();
        QCOMPARE(r.filesRead, 1);
        QCOMPARE(r.requestsNew, 1);
        QCOMPARE(r.requestsKnown, 0);   // the first two lines were not read again
        QCOMPARE(r.bytesRead, QFileInfo(path).size() - before + 0);
        QCOMPARE(f.cost(), LongCost + SmallCost + CacheCost);

        // Half a line (the agent is writing it): left for the next import, then read whole.
        Req fourth = SmallRequest;
        fourth.id = QStringLiteral("fourth");
        fourth.time = QStringLiteral("2026-11-03T12:00:00.000Z");
        const QByteArray line = claudeLine(fourth);
        writeFile(path, line.left(40), QIODevice::Append);
        r = f.import();
        QCOMPARE(r.requestsNew, 0);
        QCOMPARE(r.stats.malformed, 0);
        QCOMPARE(r.stats.unfinishedBytes, 40);
        writeFile(path, line.mid(40), QIODevice::Append);
        r = f.import();
        QCOMPARE(r.requestsNew, 1);
        QCOMPARE(r.stats.malformed, 0);
        QCOMPARE(f.cost(), LongCost + 2 * SmallCost + CacheCost);
    }

    // A line whose counts fit in 64 bits but no request could hold (2^63 − 1 tokens) is malformed,
    // not priced: priced, it failed every import of the account for good (a hostile probe).
    void impossibleCountsAreMalformedAndBlockNothing()
    {
        Fixture f;
        Req forged = SmallRequest;
        forged.id = QStringLiteral("forged");
        forged.input = std::numeric_limits<qint64>::max();
        forged.output = std::numeric_limits<qint64>::max();
        writeFile(f.file(QStringLiteral("bad.jsonl")), claudeLine(forged));
        writeFile(f.file(QStringLiteral("good.jsonl")), claudeLine(SmallRequest));
        AgentImportResult r = f.import();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.requestsNew, 1);
        QCOMPARE(r.stats.malformed, 1);
        QCOMPARE(f.cost(), SmallCost);
        // New requests keep arriving and keep being imported.
        writeFile(f.file(QStringLiteral("good.jsonl")), claudeLine(CacheRequest), QIODevice::Append);
        r = f.import();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.requestsNew, 1);
        QCOMPARE(f.cost(), SmallCost + CacheCost);
    }

    void aHalfLineIsReadOnceTheFileRests()
    {
        Fixture f;
        const QString path = f.file(QStringLiteral("a.jsonl"));
        writeFile(path, claudeLine(SmallRequest) + claudeLine(LongRequest).left(30));
        AgentImportResult r = f.import();
        QCOMPARE(r.requestsNew, 1);
        QCOMPARE(r.stats.unfinishedBytes, 30);
        QCOMPARE(r.stats.malformed, 0);
        // Nobody finishes the line (the agent was killed): a minute later the file is complete, and
        // its cut last line is counted as malformed, once.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-120), QFileDevice::FileModificationTime));
        file.close();
        r = f.import();
        QCOMPARE(r.filesRead, 1);
        QCOMPARE(r.stats.malformed, 1);
        QCOMPARE(r.stats.unfinishedBytes, 0);
        r = f.import();
        QCOMPARE(r.filesUnchanged, 1);
        QCOMPARE(f.cost(), SmallCost);
    }

    void rereadsShrunkOrReplacedFilesAndKeepsDeletedHistory()
    {
        Fixture f;
        const QString path = f.file(QStringLiteral("a.jsonl"));
        writeFile(path, claudeLine(LongRequest) + claudeLine(SmallRequest) + claudeLine(CacheRequest));
        QCOMPARE(f.import().requestsNew, 3);

        // Shrunk (the agent rewrote it shorter): read again from the start, nothing counted twice.
        writeFile(path, claudeLine(SmallRequest));
        AgentImportResult r = f.import();
        QCOMPARE(r.filesReread, 1);
        QCOMPARE(r.requestsKnown, 1);
        QCOMPARE(r.requestsNew, 0);
        QCOMPARE(f.requests(), 3);   // what it held before stays in the history
        QCOMPARE(f.cost(), LongCost + SmallCost + CacheCost);

        // Replaced by another file of at least the same size: its head differs, so it is re-read.
        Req other = LongRequest;
        other.id = QStringLiteral("other");
        writeFile(path, claudeLine(other) + claudeLine(SmallRequest));
        r = f.import();
        QCOMPARE(r.filesReread, 1);
        QCOMPARE(r.requestsNew, 1);
        QCOMPARE(f.cost(), 2 * LongCost + SmallCost + CacheCost);

        // Deleted (Claude Code removes transcripts after 30 days): the history stays.
        QVERIFY(QFile::remove(path));
        r = f.import();
        QVERIFY(r.ok);
        QCOMPARE(r.filesSeen, 0);
        QCOMPARE(f.requests(), 4);
        QCOMPARE(f.cost(), 2 * LongCost + SmallCost + CacheCost);
    }

    void aMoreCompleteCopyWinsAcrossFilesAndImports()
    {
        Fixture f;
        Req partial = SmallRequest;
        partial.output = 10;   // a streaming snapshot, written before the response finished
        writeFile(f.file(QStringLiteral("a.jsonl")), claudeLine(partial));
        QCOMPARE(f.import().requestsNew, 1);
        // The resumed session replays the complete response in another file.
        writeFile(f.file(QStringLiteral("b.jsonl")), claudeLine(SmallRequest));
        const AgentImportResult r = f.import();
        QCOMPARE(r.requestsCompleted, 1);
        QCOMPARE(f.requests(), 1);
        QCOMPARE(f.cost(), SmallCost);
        // Any number of re-imports from scratch give the same totals.
        QVERIFY(QSqlQuery(f.db.connection()).exec(QStringLiteral("DELETE FROM agent_files")));
        QVERIFY(f.import().ok);
        QCOMPARE(f.requests(), 1);
        QCOMPARE(f.cost(), SmallCost);
    }

    void aFailureStoresNothingAndIsRecorded()
    {
        Fixture f;
        Req bad = SmallRequest;
        bad.id = QStringLiteral("bad");
        writeFile(f.file(QStringLiteral("a.jsonl")), claudeLine(LongRequest) + claudeLine(bad));
        QSqlQuery q(f.db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON agent_requests WHEN NEW.request_key = "
                                      "'claude:msg_bad' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
        const AgentImportResult r = f.import();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("disk on fire")), qPrintable(r.error));
        QCOMPARE(f.requests(), 0);
        QCOMPARE(f.db.scalar(QStringLiteral("SELECT COUNT(*) FROM agent_files")), 0);
        QCOMPARE(f.db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), 0);
        QCOMPARE(f.db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE status = 'failed'")), 1);
        // Fixed, the next import takes everything.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER boom")));
        QCOMPARE(f.import().requestsNew, 2);
    }

    void subscriptionUsageIsValueNeverSpend()
    {
        Fixture f;
        writeFile(f.file(QStringLiteral("a.jsonl")), claudeLine(SmallRequest));
        QVERIFY(f.import().ok);
        const QDate day(2026, 11, 2);
        auto spend = dailySpend(f.db.connection(), day, day);
        QVERIFY(spend && spend->size() == 1);
        QCOMPARE(spend->constFirst().spend().nanos(), SmallCost);   // API key: estimated spend

        Account a = accountOf(f.db.connection(), f.account);
        a.subscription = true;
        QVERIFY(AccountRepository(f.db.connection()).update(a));
        spend = dailySpend(f.db.connection(), day, day);
        QVERIFY(spend && spend->size() == 1);
        QCOMPARE(spend->constFirst().spend().nanos(), 0);
        QCOMPARE(spend->constFirst().value.nanos(), SmallCost);

        // The fee is a manual entry; the overview says what the subscription returned.
        QSqlQuery q(f.db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO costs (account_id, day, line_item, source, amount_nano) VALUES "
                                      "(%1, '2026-11-01', 'Claude Max', 'manual', 1500000)")
                           .arg(f.account)));
        const auto overview =
            agentOverview(f.db.connection(), f.pricing.catalog(), QDateTime(day, QTime(12, 0), Qt::UTC));
        QVERIFY(overview && overview->accounts.size() == 1);
        QCOMPARE(overview->subscriptionValueMtd.nanos(), SmallCost);
        QCOMPARE(overview->apiUsageMtd.nanos(), 0);
        QCOMPARE(overview->accounts.constFirst().feeMtd.nanos(), 1500000);
        QCOMPARE(overview->accounts.constFirst().returnBasisPoints.value_or(-1), 30000);   // 300 %
        // The fee is spend; the value is not.
        spend = dailySpend(f.db.connection(), QDate(2026, 11, 1), day);
        qint64 total = 0;
        for (const DailySpend &d : *spend)
            total += d.spend().nanos();
        QCOMPARE(total, 1500000);
    }

    void codexAndGeminiLogsImport()
    {
        TestDatabase db;
        PricingService pricing(db.connection());
        QVERIFY(pricing.load());
        SystemClock clock;
        bool created = false;
        AgentRepository agents(db.connection());
        const auto codex = agents.accountFor(AgentKind::CodexCli,
                                             {QStringLiteral(TOKENLEDGER_FIXTURES_DIR "/agents/codex")}, &created);
        QVERIFY(codex && created);
        QCOMPARE(codex->label, QStringLiteral("Codex CLI on this computer"));
        AgentImporter importer(db.connection(), pricing.catalog(), clock);
        AgentImportResult r = importer.run(*codex, agents.folders(codex->id), QStringLiteral("cli"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.requestsNew > 0);
        QVERIFY(r.stats.zeroPlaceholders > 0);
        QVERIFY(agents.rateLimits(codex->id).has_value());
        const qint64 requests = r.requestsNew;
        // The archived copy adds nothing, and a second import reads nothing.
        r = importer.run(*codex, agents.folders(codex->id), QStringLiteral("cli"));
        QCOMPARE(r.requestsNew, 0);
        QCOMPARE(r.filesRead, 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM agent_requests")), requests);

        const auto gemini = agents.accountFor(AgentKind::GeminiCli,
                                              {QStringLiteral(TOKENLEDGER_FIXTURES_DIR "/agents/gemini")}, &created);
        QVERIFY(gemini && created);
        r = importer.run(*gemini, agents.folders(gemini->id), QStringLiteral("cli"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.requestsNew > 0);
        // Priced from Google's catalog entries.
        QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE account_id = %1 AND cost_status = "
                                         "'estimated'")
                              .arg(gemini->id)) > 0);
    }

    void aGeneratedTreeMatchesItsKnownAnswerToTheNano()
    {
        // A generated tree (streaming snapshots, replays across files, synthetic lines, long-context
        // requests, midnight straddles) with the generator's own answer per UTC day and model.
        TestDatabase db;
        PricingService pricing(db.connection());
        QVERIFY(pricing.load());
        QTemporaryDir tree;
        AgentTreeOptions options;
        options.seed = 7;
        options.files = 60;
        options.medianFileBytes = 40 * 1024;
        options.p99FileBytes = 800 * 1024;
        options.projects = 5;
        options.days = 9;
        const AgentTreeAnswer answer = generateClaudeTree(tree.path(), options);
        bool created = false;
        const auto account =
            AgentRepository(db.connection()).accountFor(AgentKind::ClaudeCode, {tree.path()}, &created);
        QVERIFY(account);
        SystemClock clock;
        const AgentImportResult r = AgentImporter(db.connection(), pricing.catalog(), clock)
                                        .run(*account, {tree.path()}, QStringLiteral("cli"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.requestsNew, answer.total.requests);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT day, model, SUM(requests), SUM(input_tokens), SUM(cached_input_tokens), "
            "SUM(cache_write_5m_tokens), "
            "SUM(cache_write_1h_tokens), SUM(output_tokens), SUM(cost_nano), SUM(service_tier = 'long-context') "
            "FROM usage WHERE source = 'agent' GROUP BY day, model")));
        qsizetype rows = 0;
        while (q.next()) {
            ++rows;
            const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            const auto it = answer.byDayModel.find({day, q.value(1).toString()});
            const QByteArray where = (q.value(0).toString() + u' ' + q.value(1).toString()).toUtf8();
            QVERIFY2(it != answer.byDayModel.end(), where.constData());
            const AgentTreeTotals &expected = it->second;
            QVERIFY2(q.value(2).toLongLong() == expected.requests, where.constData());
            QVERIFY2(q.value(3).toLongLong() == expected.input, where.constData());
            QVERIFY2(q.value(4).toLongLong() == expected.cacheRead, where.constData());
            QVERIFY2(q.value(5).toLongLong() == expected.cacheWrite5m, where.constData());
            QVERIFY2(q.value(6).toLongLong() == expected.cacheWrite1h, where.constData());
            QVERIFY2(q.value(7).toLongLong() == expected.output, where.constData());
            // To the nano-dollar; web searches are counted, not priced (README).
            QVERIFY2(q.value(8).toLongLong() == expected.costNanos - expected.webSearchCostNanos, where.constData());
        }
        QCOMPARE(rows, qsizetype(answer.byDayModel.size()));
        QVERIFY(answer.total.longContextRequests > 0);
    }

    void commandLineFindsDefaultFoldersAndImportsIncrementally()
    {
        // A home with Claude Code and Codex logs where the agents keep them; nothing else.
        QTemporaryDir home;
        const QString claude = home.filePath(QStringLiteral(".claude/projects/-home-dev-shop/a.jsonl"));
        writeFile(claude, claudeLine(LongRequest) + claudeLine(SmallRequest));
        const QString rollout = QStringLiteral(
            "sessions/2025/10/01/rollout-2025-10-01T23-50-00-0199a1b2-0000-7000-8000-00000000000a.jsonl");
        QFile source(QStringLiteral(TOKENLEDGER_FIXTURES_DIR "/agents/codex/") + rollout);
        QVERIFY(source.open(QIODevice::ReadOnly));
        writeFile(home.filePath(QStringLiteral(".codex/") + rollout), source.readAll());
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), QString());
        env.insert(QStringLiteral("CODEX_HOME"), QString());
        env.insert(QStringLiteral("GEMINI_DATA_DIR"), QString());
        const QString db = home.filePath(QStringLiteral("profile.sqlite"));

        CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("agents"), QStringLiteral("list")}, {}, env);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("No coding-agent accounts yet")), qPrintable(run.out));
        QVERIFY2(run.out.contains(home.filePath(QStringLiteral(".claude"))), qPrintable(run.out));

        run = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("agents"), QStringLiteral("import"), QStringLiteral("--json")},
            {}, env);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QJsonArray results = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("claude-code"));
        QCOMPARE(results[0].toObject()[QStringLiteral("requests_new")].toInt(), 2);
        QCOMPARE(results[1].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("codex-cli"));
        QVERIFY(results[1].toObject()[QStringLiteral("requests_new")].toInt() > 0);

        // Again: nothing new, no file opened.
        run = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("agents"), QStringLiteral("import"), QStringLiteral("--json")},
            {}, env);
        QCOMPARE(run.code, 0);
        results = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(results.size(), 2);
        for (const QJsonValue &r : results) {
            QCOMPARE(r.toObject()[QStringLiteral("requests_new")].toInt(), 0);
            QCOMPARE(r.toObject()[QStringLiteral("files_read")].toInt(), 0);
        }

        // A second Claude Code account (another machine's logs, copied here) is imported too.
        const QString other = home.filePath(QStringLiteral("laptop-claude"));
        Req laptop = CacheRequest;
        laptop.id = QStringLiteral("laptop");
        writeFile(other + QStringLiteral("/projects/-home-dev-shop/l.jsonl"), claudeLine(laptop));
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("accounts"), QStringLiteral("add"),
                      QStringLiteral("--provider"), QStringLiteral("claude-code"), QStringLiteral("--label"),
                      QStringLiteral("Claude Code on the laptop"), QStringLiteral("--no-key")},
                     {}, env);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("agents"), QStringLiteral("folders"),
                      QStringLiteral("3"), other},
                     {}, env);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("agents"), QStringLiteral("import"), QStringLiteral("--json")},
            {}, env);
        QCOMPARE(run.code, 0);
        results = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[2].toObject()[QStringLiteral("account")].toString(),
                 QStringLiteral("Claude Code on the laptop"));
        QCOMPARE(results[2].toObject()[QStringLiteral("requests_new")].toInt(), 1);

        // The report counts the API-key agent's usage as spend; as a subscription it is not.
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--from"),
                      QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
                      QStringLiteral("--json")},
                     {}, env);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("\"nano_usd\": \"%1\"").arg(LongCost + SmallCost + CacheCost)),
                 qPrintable(run.out));
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("agents"), QStringLiteral("billing"),
                      QStringLiteral("1"), QStringLiteral("subscription")},
                     {}, env);
        QCOMPARE(run.code, 0);
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("agents"), QStringLiteral("list")}, {}, env);
        QVERIFY2(run.out.contains(QStringLiteral("subscription: usage is value, not spend")), qPrintable(run.out));
    }

    void windowAlertFiresOncePerWindow()
    {
        Fixture f;
        // Yesterday's window: 10,000 tokens. Today's, started an hour ago: 8,000 tokens so far, on
        // course for 40,000 at its end — 400 % of the highest earlier window.
        const QDateTime now(QDate(2026, 11, 2), QTime(13, 0), Qt::UTC);
        Req earlier = SmallRequest;
        earlier.id = QStringLiteral("earlier");
        earlier.time = QStringLiteral("2026-11-01T09:10:00.000Z");
        earlier.input = 9900;
        earlier.output = 100;
        Req active = SmallRequest;
        active.id = QStringLiteral("active");
        active.time = QStringLiteral("2026-11-02T12:00:00.000Z");
        active.input = 7900;
        active.output = 100;
        writeFile(f.file(QStringLiteral("a.jsonl")), claudeLine(earlier) + claudeLine(active));
        QVERIFY(f.import().ok);
        QSqlQuery q(f.db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE accounts SET window_alert_percent = 150 WHERE id = %1").arg(f.account)));
        const FixedClock clock(now);
        auto alerts = evaluateAlerts(f.db.connection(), clock);
        QVERIFY(alerts);
        int windows = 0;
        for (const Alert &a : *alerts)
            windows += a.kind == Alert::Kind::UsageWindow ? 1 : 0;
        QCOMPARE(windows, 1);
        alerts = evaluateAlerts(f.db.connection(), clock);
        QVERIFY(alerts);
        for (const Alert &a : *alerts)
            QVERIFY(a.kind != Alert::Kind::UsageWindow);
    }
};

QTEST_GUILESS_MAIN(TestAgentImport)
#include "tst_agentimport.moc"
