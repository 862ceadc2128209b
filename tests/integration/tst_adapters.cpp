#include "fakeproviderserver.h"
#include "providers/provideradapter.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace tl;
using tl::test::FakeProviderServer;

namespace {

RetryPolicy fastRetries()
{
    RetryPolicy p;
    p.attempts = 3;
    p.baseDelayMs = 10;
    p.maxDelayMs = 2000;
    p.minIntervalMs = 0;
    p.timeoutMs = 1500;
    return p;
}

struct Harness
{
    FakeProviderServer server;
    QNetworkAccessManager network;

    Harness()
    {
        QVERIFY(server.start());
        server.loadStandardFixtures();
    }

    std::unique_ptr<ProviderAdapter> adapter(const QString &provider, const QString &basePath,
                                             const QString &key = QStringLiteral("test-key-not-real"))
    {
        Account a;
        a.id = 1;
        a.provider = provider;
        a.label = provider;
        a.baseUrl = server.url(basePath);
        return createAdapter(a, key, &network, fastRetries());
    }

    FetchResult fetch(ProviderAdapter &adapter, QDate from = QDate(2026, 3, 1), QDate to = QDate(2026, 3, 3))
    {
        std::optional<FetchResult> out;
        adapter.fetch(from, to, [&](FetchResult r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20'000))
            return FetchResult{
                {}, {}, {}, {}, {ProviderError::Kind::Transient, QStringLiteral("test timed out"), 0, -1}};
        return *out;
    }
};

qint64 sumCosts(const FetchResult &r)
{
    qint64 sum = 0;
    for (const CostRecord &c : r.costs)
        sum += c.amount.nanos();
    return sum;
}

const UsageRecord *find(const FetchResult &r, const QString &model, QDate day)
{
    for (const UsageRecord &u : r.usage) {
        if (u.model == model && u.day == day)
            return &u;
    }
    return nullptr;
}

}   // namespace

class TestAdapters : public QObject
{
    Q_OBJECT

private slots:
    void openAiUsageAndCosts()
    {
        Harness h;
        auto adapter = h.adapter(QStringLiteral("openai"), QStringLiteral("/openai/v1"));
        const FetchResult r = h.fetch(*adapter);
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.usage.size(), 4);   // two pages of completions, one embedding, empty moderations
        const UsageRecord *mini = find(r, QStringLiteral("gpt-4o-mini-2024-07-18"), QDate(2026, 3, 1));
        QVERIFY(mini);
        QCOMPARE(mini->inputTokens, qint64(200'000));   // uncached
        QCOMPARE(mini->cachedInputTokens, qint64(50'000));
        QCOMPARE(mini->outputTokens, qint64(40'000));
        QCOMPARE(mini->requests, qint64(120));
        QCOMPARE(mini->project, QStringLiteral("proj_abc"));
        QCOMPARE(mini->apiKeyId, QStringLiteral("key_1"));
        const UsageRecord *older = find(r, QStringLiteral("gpt-4.1-2025-04-14"), QDate(2026, 3, 1));
        QVERIFY(older);
        QVERIFY(older->project.isEmpty());   // null group key
        QCOMPARE(older->inputTokens, qint64(80'000));
        const UsageRecord *batch = find(r, QStringLiteral("gpt-4o-mini-2024-07-18"), QDate(2026, 3, 3));
        QVERIFY(batch);
        QCOMPARE(batch->serviceTier, QStringLiteral("batch"));
        QCOMPARE(batch->inputTokens, qint64(600'000));   // 1,000,000 incl. 400,000 cached (older row shape)
        QVERIFY(find(r, QStringLiteral("text-embedding-3-small"), QDate(2026, 3, 1)));
        // 0.03 + 4.5e-05 + 0.8958740000000000 + 2, exactly.
        QCOMPARE(r.costs.size(), 4);
        QCOMPARE(sumCosts(r), qint64(2'925'919'000));
        QCOMPARE(r.costs.first().currency, QStringLiteral("USD"));
        // The key travels as a bearer token; queries carry the window and grouping.
        const auto headers = h.server.lastHeaders(QStringLiteral("/openai/v1/organization/costs"));
        QCOMPARE(headers.value("authorization"), QByteArray("Bearer test-key-not-real"));
        QVERIFY(h.server.lastQuery(QStringLiteral("/openai/v1/organization/usage/completions"))
                    .contains(QStringLiteral("start_time=1772323200")));
        QCOMPARE(h.server.requests(QStringLiteral("/openai/v1/organization/usage/completions")), 2);
    }

    void anthropicUsageAndCentsCosts()
    {
        Harness h;
        auto adapter = h.adapter(QStringLiteral("anthropic"), QStringLiteral("/anthropic"));
        const FetchResult r = h.fetch(*adapter);
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.usage.size(), 2);
        const UsageRecord *sonnet = find(r, QStringLiteral("claude-sonnet-4-5-20250929"), QDate(2026, 3, 1));
        QVERIFY(sonnet);
        QCOMPARE(sonnet->inputTokens, qint64(120'000));
        QCOMPARE(sonnet->cachedInputTokens, qint64(400'000));
        QCOMPARE(sonnet->cacheWrite5mTokens, qint64(20'000));
        QCOMPARE(sonnet->outputTokens, qint64(8'000));
        const UsageRecord *haiku = find(r, QStringLiteral("claude-3-5-haiku-20241022"), QDate(2026, 3, 2));
        QVERIFY(haiku);
        QCOMPARE(haiku->cacheWrite1hTokens, qint64(5'000));
        QCOMPARE(haiku->project, QStringLiteral("wrkspc_01"));
        QCOMPARE(haiku->serviceTier, QStringLiteral("batch"));
        // Cents strings: 36 + 12 + 7.5 + 12 + 3 = 70.5 cents, plus 0.4567891 cents.
        QCOMPARE(sumCosts(r), qint64(705'000'000 + 4'567'891));
        const auto headers = h.server.lastHeaders(QStringLiteral("/anthropic/v1/organizations/cost_report"));
        QCOMPARE(headers.value("x-api-key"), QByteArray("test-key-not-real"));
        QCOMPARE(headers.value("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(!headers.contains("authorization"));
    }

    void openRouterManagementKey()
    {
        Harness h;
        auto adapter = h.adapter(QStringLiteral("openrouter"), QStringLiteral("/openrouter/api/v1"));
        const FetchResult r = h.fetch(*adapter, QDate(2026, 3, 1), QDate(2026, 3, 2));
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.usage.size(), 3);
        QCOMPARE(sumCosts(r), qint64(2'500'000'000));
        QCOMPARE(r.balances.size(), 2);
        QCOMPARE(r.balances[0].kind, QStringLiteral("limit_remaining"));
        QCOMPARE(r.balances[0].amount.nanos(), qint64(74'250'000'000));
        QCOMPARE(r.balances[1].amount.nanos(), qint64(107'876'543'211));   // 150 - 42.123456789
        QVERIFY(!r.partial);
        // A window ending before the activity's days keeps nothing of it.
        const FetchResult early = h.fetch(*adapter, QDate(2026, 2, 1), QDate(2026, 2, 28));
        QVERIFY(early.usage.isEmpty());
    }

    void openRouterOrdinaryKeyIsPartial()
    {
        Harness h;
        h.server.setJson(QStringLiteral("/openrouter/api/v1/key"), {},
                         FakeProviderServer::fixture(QStringLiteral("openrouter/key-ordinary.json")));
        auto adapter = h.adapter(QStringLiteral("openrouter"), QStringLiteral("/openrouter/api/v1"));
        const FetchResult r = h.fetch(*adapter);
        QVERIFY(r.error.ok());
        QVERIFY(r.partial);
        QVERIFY(r.usage.isEmpty());
        QVERIFY(r.notes.join(QString()).contains(QStringLiteral("management key")));
        QCOMPARE(h.server.requests(QStringLiteral("/openrouter/api/v1/activity")), 0);
    }

    void deepSeekBalancesPerCurrency()
    {
        Harness h;
        auto adapter = h.adapter(QStringLiteral("deepseek"), QStringLiteral("/deepseek"));
        const FetchResult r = h.fetch(*adapter);
        QVERIFY(r.error.ok());
        QVERIFY(r.usage.isEmpty());
        QCOMPARE(r.balances.size(), 2);
        QCOMPARE(r.balances[0].currency, QStringLiteral("USD"));
        QCOMPARE(r.balances[0].amount.nanos(), qint64(18'400'000'000));
        QCOMPARE(r.balances[1].currency, QStringLiteral("CNY"));   // kept apart, never converted
        QVERIFY(r.notes.join(QString()).contains(QStringLiteral("no usage API")));
    }

    void providersWithoutUsageApiSaySoAndTestConnection()
    {
        Harness h;
        auto groq = h.adapter(QStringLiteral("groq"), QStringLiteral("/groq"));
        const FetchResult r = h.fetch(*groq);
        QCOMPARE(r.error.kind, ProviderError::Kind::NotSupported);
        QVERIFY(r.error.message.contains(QStringLiteral("import a CSV")));
        QCOMPARE(h.server.totalRequests(), 0);   // nothing asked, nothing made up
        std::optional<std::pair<ProviderError, QString>> test;
        groq->testConnection([&](ProviderError e, QString summary) { test = {e, summary}; });
        QTRY_VERIFY(test.has_value());
        QVERIFY(test->first.ok());
        QVERIFY(test->second.contains(QStringLiteral("Connected")));
    }

    void faults_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("hang");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("requests");   // to the failing path: retries only when worth it
        QTest::addColumn<QString>("message");
        const QByteArray errorBody =
            "{\"error\":{\"message\":\"Missing scopes: api.usage.read\",\"type\":\"invalid_request_error\"}}";
        using K = ProviderError::Kind;
        QTest::newRow("401") << 401 << errorBody << QByteArray() << false << int(K::Unauthorized) << 1 << "admin key";
        QTest::newRow("403") << 403 << errorBody << QByteArray() << false << int(K::Forbidden) << 1 << "Admin keys";
        QTest::newRow("404") << 404 << QByteArray("{}") << QByteArray() << false << int(K::NotFound) << 1 << "base URL";
        QTest::newRow("429 with Retry-After")
            << 429 << QByteArray("{}") << QByteArray("1") << false << int(K::RateLimited) << 3 << "Rate limited";
        QTest::newRow("500") << 500 << QByteArray("oops") << QByteArray() << false << int(K::Transient) << 3 << "500";
        QTest::newRow("503") << 503 << QByteArray() << QByteArray() << false << int(K::Transient) << 3 << "503";
        QTest::newRow("timeout") << 200 << QByteArray() << QByteArray() << true << int(K::Transient) << 3
                                 << "did not answer";
        QTest::newRow("truncated json") << 200
                                        << QByteArray("{\"object\":\"page\",\"data\":[{\"object\":\"bucket\",\"start_t")
                                        << QByteArray() << false << int(K::BadPayload) << 1 << "not valid JSON";
        QTest::newRow("malformed json") << 200 << QByteArray("<html>Bad gateway</html>") << QByteArray() << false
                                        << int(K::BadPayload) << 1 << "not valid JSON";
        QTest::newRow("wrong types")
            << 200
            << QByteArray("{\"object\":\"page\",\"data\":[{\"object\":\"bucket\",\"start_time\":1772323200, "
                          "\"results\":[{\"input_tokens\":\"lots\",\"output_tokens\":1,\"num_model_requests\":1,"
                          "\"model\":\"gpt-4o\"}]}], \"has_more\":false,\"next_page\":null}")
            << QByteArray() << false << int(K::BadPayload) << 1 << "input_tokens";
        QTest::newRow("data not a list") << 200 << QByteArray("{\"object\":\"page\",\"data\":{},\"has_more\":false}")
                                         << QByteArray() << false << int(K::BadPayload) << 1 << "not a list";
        QTest::newRow("repeated cursor")
            << 200 << QByteArray("{\"object\":\"page\",\"data\":[],\"has_more\":true,\"next_page\":null}")
            << QByteArray() << false << int(K::BadPayload) << 1 << "next_page";
    }

    void faults()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, hang);
        QFETCH(int, kind);
        QFETCH(int, requests);
        QFETCH(QString, message);
        Harness h;
        const QString path = QStringLiteral("/openai/v1/organization/usage/completions");
        h.server.setFault(path, {status, body, retryAfter, hang});
        auto adapter = h.adapter(QStringLiteral("openai"), QStringLiteral("/openai/v1"));
        QElapsedTimer timer;
        timer.start();
        const FetchResult r = h.fetch(*adapter);
        QCOMPARE(int(r.error.kind), kind);
        QVERIFY2(r.error.message.contains(message), qPrintable(r.error.message));
        QCOMPARE(h.server.requests(path), requests);
        QCOMPARE(h.server.requests(QStringLiteral("/openai/v1/organization/costs")), 0);   // stopped at the fault
        if (!retryAfter.isEmpty())
            QVERIFY(timer.elapsed() >= 2000);   // honoured Retry-After: 1 s between attempts
    }

    void transientFaultThenSuccessRecovers()
    {
        Harness h;
        h.server.setFault(QStringLiteral("/openai/v1/organization/costs"), {503, {}, {}, false}, 2);
        auto adapter = h.adapter(QStringLiteral("openai"), QStringLiteral("/openai/v1"));
        const FetchResult r = h.fetch(*adapter);
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(sumCosts(r), qint64(2'925'919'000));
        QCOMPARE(h.server.requests(QStringLiteral("/openai/v1/organization/costs")), 3);
    }
};

QTEST_GUILESS_MAIN(TestAdapters)
#include "tst_adapters.moc"
