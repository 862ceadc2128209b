#include "fakeproviderserver.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"
#include "storage/accountrepository.h"
#include "sync/syncengine.h"
#include "testdatabase.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace tl;
using tl::test::FakeProviderServer;

namespace {

// Billed amounts in the fixtures: OpenAI 2.925919, Anthropic 7.09567891, OpenRouter 2.5 USD.
constexpr qint64 BilledOpenAi = 2'925'919'000;
constexpr qint64 BilledAnthropic = 709'567'891;
constexpr qint64 BilledOpenRouter = 2'500'000'000;
// Estimated from the bundled catalog (see tst_adapters for the token counts).
constexpr qint64 EstimatedOpenAi = 57'750'000 + 256'000'000 + 180'000'000 + 60'000'000;
constexpr qint64 EstimatedAnthropic = 675'000'000 + 24'000'000;
constexpr qint64 EstimatedOpenRouter = 2'500'000'000;

struct World
{
    test::TestDatabase db;
    FakeProviderServer server;
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    FixedClock clock{QDateTime(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<SyncEngine> engine;
    QHash<QString, qint64> ids;

    World()
    {
        server.start();
        server.loadStandardFixtures();
        const std::pair<const char *, const char *> accounts[] = {{"openai", "/openai/v1"},
                                                                  {"anthropic", "/anthropic"},
                                                                  {"openrouter", "/openrouter/api/v1"},
                                                                  {"deepseek", "/deepseek"},
                                                                  {"groq", "/groq"}};
        for (const auto &[provider, path] : accounts) {
            Account a;
            a.provider = QString::fromLatin1(provider);
            a.label = QStringLiteral("My %1").arg(a.provider);
            a.baseUrl = server.url(QString::fromLatin1(path));
            const qint64 id = AccountRepository(db.connection()).add(a);
            ids.insert(a.provider, id);
            storeAccountKeyNow(secrets, test::accountOf(db.connection(), id), QStringLiteral("test-key-%1").arg(id));
        }
        SyncOptions options;
        options.retry.baseDelayMs = 5;
        options.retry.minIntervalMs = 0;
        options.retry.timeoutMs = 1000;
        engine = std::make_unique<SyncEngine>(db.connection(), secrets, &network, clock, options);
    }

    SyncSummary sync(SyncRequest request = {})
    {
        QSignalSpy finished(engine.get(), &SyncEngine::finished);
        QString error;
        if (!engine->start(request, &error)) {
            qWarning("sync refused: %s", qPrintable(error));
            return {};
        }
        if (!finished.wait(60'000))
            return {};
        return finished.first().first().value<SyncSummary>();
    }

    qint64 billed(const char *provider) const
    {
        return db.scalar(QStringLiteral("SELECT COALESCE(SUM(amount_nano), 0) FROM costs WHERE account_id = %1")
                             .arg(ids.value(QString::fromLatin1(provider))));
    }
    qint64 estimated(const char *provider) const
    {
        return db.scalar(QStringLiteral("SELECT COALESCE(SUM(cost_nano), 0) FROM usage_daily WHERE account_id = %1")
                             .arg(ids.value(QString::fromLatin1(provider))));
    }
    qint64 rows(const char *table, const char *provider) const
    {
        return db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE account_id = %2")
                             .arg(QLatin1String(table))
                             .arg(ids.value(QString::fromLatin1(provider))));
    }
};

const SyncRun *runOf(const SyncSummary &s, qint64 accountId)
{
    for (const SyncRun &r : s.runs) {
        if (r.accountId == accountId)
            return &r;
    }
    return nullptr;
}

}   // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void syncsEveryAccountExactly()
    {
        World w;
        const SyncSummary s = w.sync();
        QCOMPARE(s.runs.size(), 4);   // groq has no usage API: skipped, said so
        QCOMPARE(s.skipped.size(), 1);
        QVERIFY(s.skipped.first().contains(QStringLiteral("no usage API")));
        for (const SyncRun &r : s.runs)
            QVERIFY2(r.status == SyncRun::Status::Success, qPrintable(r.accountLabel + u": " + r.message));
        QCOMPARE(w.billed("openai"), BilledOpenAi);
        QCOMPARE(w.billed("anthropic"), BilledAnthropic);
        QCOMPARE(w.billed("openrouter"), BilledOpenRouter);
        QCOMPARE(w.estimated("openai"), EstimatedOpenAi);
        QCOMPARE(w.estimated("anthropic"), EstimatedAnthropic);
        QCOMPARE(w.estimated("openrouter"), EstimatedOpenRouter);
        QCOMPARE(w.rows("balances", "deepseek"), qint64(2));
        QCOMPARE(w.rows("balances", "openrouter"), qint64(2));

        const SyncRun *openai = runOf(s, w.ids.value(QStringLiteral("openai")));
        QCOMPARE(openai->created, 8);   // 4 usage rows + 4 cost rows
        QVERIFY2(openai->message.startsWith(QStringLiteral("Synced 8 new records, 0 updated (")),
                 qPrintable(openai->message));
        QCOMPARE(openai->windowFrom, QDate(2025, 12, 5));   // first sync: 90 days back
        QCOMPARE(openai->windowTo, QDate(2026, 3, 4));
        const qint64 stored = w.db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE status = 'success'"));
        QCOMPARE(stored, qint64(4));
        // The next automatic window starts three days before the last one ended.
        QCOMPARE(w.engine->windowFor(w.ids.value(QStringLiteral("openai"))).first, QDate(2026, 3, 1));
    }

    void hundredSyncsGiveIdenticalTotals()
    {
        World w;
        w.sync();
        const QString totals = QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM usage) || '/' || (SELECT SUM(cost_nano) FROM usage_daily) || '/' || "
            "(SELECT COUNT(*) FROM costs) || '/' || (SELECT SUM(amount_nano) FROM costs)");
        QSqlQuery q(w.db.connection());
        QVERIFY(q.exec(totals) && q.next());
        const QString first = q.value(0).toString();
        q.finish();
        for (int i = 0; i < 100; ++i) {
            const SyncSummary s = w.sync();
            QCOMPARE(s.runs.size(), 4);
            for (const SyncRun &r : s.runs) {
                QCOMPARE(r.status, SyncRun::Status::Success);
                QCOMPARE(r.created, 0);
                QCOMPARE(r.updated, 0);
            }
        }
        QVERIFY(q.exec(totals) && q.next());
        QCOMPARE(q.value(0).toString(), first);
    }

    void aFailingAccountWritesNothingAndOthersSync()
    {
        World w;
        // Anthropic's usage pages succeed, then its cost report keeps failing.
        w.server.setFault(QStringLiteral("/anthropic/v1/organizations/cost_report"), {500, "{}", {}, false});
        const SyncSummary s = w.sync();
        const SyncRun *anthropic = runOf(s, w.ids.value(QStringLiteral("anthropic")));
        QCOMPARE(anthropic->status, SyncRun::Status::Failed);
        QCOMPARE(anthropic->errorKind, QStringLiteral("transient"));
        QVERIFY(anthropic->message.contains(QStringLiteral("HTTP 500")));
        QCOMPARE(w.rows("usage", "anthropic"), qint64(0));   // its usage pages were fine, but nothing half-written
        QCOMPARE(w.rows("costs", "anthropic"), qint64(0));
        QCOMPARE(runOf(s, w.ids.value(QStringLiteral("openai")))->status, SyncRun::Status::Success);
        QCOMPARE(w.billed("openai"), BilledOpenAi);
        QVERIFY(s.anyFailed());
        QCOMPARE(
            SyncRunRepository(w.db.connection()).health(w.ids.value(QStringLiteral("anthropic"))).consecutiveFailures,
            1);

        // Once it works again, the same sync stores the account completely.
        w.server.clearFaults();
        const SyncSummary again = w.sync();
        QCOMPARE(runOf(again, w.ids.value(QStringLiteral("anthropic")))->status, SyncRun::Status::Success);
        QCOMPARE(w.billed("anthropic"), BilledAnthropic);
        QCOMPARE(
            SyncRunRepository(w.db.connection()).health(w.ids.value(QStringLiteral("anthropic"))).consecutiveFailures,
            0);
    }

    void aDatabaseFailureMidAccountRollsBackThatAccount()
    {
        World w;
        QSqlQuery q(w.db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER poison BEFORE INSERT ON costs WHEN NEW.line_item = "
                                      "'Web Search' BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        const SyncSummary s = w.sync();
        const SyncRun *anthropic = runOf(s, w.ids.value(QStringLiteral("anthropic")));
        QCOMPARE(anthropic->status, SyncRun::Status::Failed);
        QVERIFY(anthropic->message.contains(QStringLiteral("injected failure")));
        QCOMPARE(w.rows("usage", "anthropic"), qint64(0));   // usage was written first, then rolled back
        QCOMPARE(w.db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_daily WHERE account_id = %1")
                                 .arg(w.ids.value(QStringLiteral("anthropic")))),
                 qint64(0));
        QCOMPARE(w.billed("openrouter"), BilledOpenRouter);
    }

    void missingKeyAndEnvironmentKey()
    {
        World w;
        const qint64 openai = w.ids.value(QStringLiteral("openai"));
        removeAccountKeyNow(w.secrets, test::accountOf(w.db.connection(), openai));
        SyncRequest one;
        one.accountId = openai;
        // Without a key the account is not synced, and said so once — never a failing run that
        // would raise "sync failing" (an account kept for CSV imports has no key).
        SyncSummary s = w.sync(one);
        QVERIFY(s.runs.isEmpty());
        QCOMPARE(s.skipped.size(), 1);
        QVERIFY(s.skipped.first().contains(QStringLiteral("no API key")));
        QVERIFY(s.skipped.first().contains(test::keyVariable(w.db.connection(), openai)));
        QCOMPARE(w.db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE account_id = %1").arg(openai)),
                 qint64(0));

        test::setEnvironmentKey(w.db.connection(), openai, "env-key-not-real");
        s = w.sync(one);
        test::clearEnvironmentKey(w.db.connection(), openai);
        QCOMPARE(s.runs.first().status, SyncRun::Status::Success);
        QCOMPARE(w.server.lastHeaders(QStringLiteral("/openai/v1/organization/costs")).value("authorization"),
                 QByteArray("Bearer env-key-not-real"));
    }

    void explicitWindowAndOnlyOneRunAtATime()
    {
        World w;
        SyncRequest request;
        request.from = QDate(2026, 3, 1);
        request.to = QDate(2026, 3, 2);
        request.accountId = w.ids.value(QStringLiteral("openrouter"));
        QSignalSpy finished(w.engine.get(), &SyncEngine::finished);
        QVERIFY(w.engine->start(request));
        QString error;
        QVERIFY(!w.engine->start(request, &error));
        QVERIFY(error.contains(QStringLiteral("already running")));
        QVERIFY(finished.wait(20'000));
        const SyncRun run = finished.first().first().value<SyncSummary>().runs.first();
        QCOMPARE(run.windowFrom, QDate(2026, 3, 1));
        QCOMPARE(run.windowTo, QDate(2026, 3, 2));
        SyncRequest bad;
        bad.from = QDate(2026, 3, 5);
        bad.to = QDate(2026, 3, 1);
        QVERIFY(!w.engine->start(bad, &error));
    }

    void tokenSumsPastTheLimitAreAnErrorNamingTheRow()
    {
        World w;
        // Two result rows with the same key (model, project, key, tier) whose counts cannot be added.
        const QByteArray page = R"({"object":"page","has_more":false,"next_page":null,"data":[
            {"object":"bucket","start_time":1772409600,"end_time":1772496000,"results":[
              {"object":"organization.usage.completions.result","model":"gpt-4o","input_tokens":9000000000000000000,
               "output_tokens":1,"num_model_requests":1},
              {"object":"organization.usage.completions.result","model":"gpt-4o","input_tokens":9000000000000000000,
               "output_tokens":1,"num_model_requests":1}]}]})";
        w.server.setFault(QStringLiteral("/openai/v1/organization/usage/completions"), {200, page});
        SyncRequest one;
        one.accountId = w.ids.value(QStringLiteral("openai"));
        const SyncSummary s = w.sync(one);
        QCOMPARE(s.runs.size(), 1);
        QCOMPARE(s.runs.first().status, SyncRun::Status::Failed);
        QCOMPARE(s.runs.first().errorKind, QStringLiteral("overflow"));
        QVERIFY2(s.runs.first().message.contains(QStringLiteral("gpt-4o on 2026-03-02")),
                 qPrintable(s.runs.first().message));
        QCOMPARE(w.rows("usage", "openai"), qint64(0));
    }

    void cancellationStopsAndIsRecorded()
    {
        World w;
        w.server.setFault(QStringLiteral("/openai/v1/organization/usage/completions"), {200, {}, {}, true});
        SyncRequest request;
        request.accountId = w.ids.value(QStringLiteral("openai"));
        QSignalSpy finished(w.engine.get(), &SyncEngine::finished);
        QVERIFY(w.engine->start(request));
        // Cancel while the provider is answering (not before the account has started).
        QTRY_VERIFY_WITH_TIMEOUT(w.server.requests(QStringLiteral("/openai/v1/organization/usage/completions")) > 0,
                                 20'000);
        w.engine->cancel();
        QVERIFY(finished.wait(20'000));
        const SyncSummary s = finished.first().first().value<SyncSummary>();
        QVERIFY(s.cancelled);
        QCOMPARE(s.runs.first().status, SyncRun::Status::Cancelled);
        QCOMPARE(w.rows("usage", "openai"), qint64(0));
    }

    void aRevisedWindowReplacesRowsTheProviderWithdrew()
    {
        World w;
        w.sync();
        const qint64 rowsBefore = w.rows("usage", "openai");
        QCOMPARE(rowsBefore, qint64(4));
        // The provider's next answer no longer has the embeddings row nor the $2 cost of 2026-03-03.
        w.server.setJson(QStringLiteral("/openai/v1/organization/usage/embeddings"), {},
                         FakeProviderServer::fixture(QStringLiteral("openai/empty.json")));
        QByteArray costs = FakeProviderServer::fixture(QStringLiteral("openai/costs.json"));
        costs.replace("\"value\": 2,", "\"value\": 0.5,");   // revised, not withdrawn
        w.server.setJson(QStringLiteral("/openai/v1/organization/costs"), {}, costs);
        const SyncSummary s = w.sync();
        const SyncRun *openai = runOf(s, w.ids.value(QStringLiteral("openai")));
        QVERIFY2(openai->message.contains(QStringLiteral("1 withdrawn")), qPrintable(openai->message));
        QCOMPARE(openai->updated, 1);
        QCOMPARE(w.rows("usage", "openai"), qint64(3));
        QCOMPARE(w.estimated("openai"), EstimatedOpenAi - 60'000'000);   // the embeddings' estimate is gone
        QCOMPARE(w.billed("openai"), BilledOpenAi - 1'500'000'000);
        // OpenRouter's activity covers only its last 30 days, so its answers never remove anything.
        QCOMPARE(w.billed("openrouter"), BilledOpenRouter);
    }

    void historyIsPruned()
    {
        World w;
        QSqlQuery q(w.db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_runs (account_id, trigger, status, started_at, message) "
                                      "VALUES (1, 'manual', 'success', '2025-01-01T00:00:00.000Z', 'old')")));
        w.sync();
        QCOMPARE(w.db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE message = 'old'")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
