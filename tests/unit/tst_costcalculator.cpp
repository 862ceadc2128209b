#include "pricing/costcalculator.h"

#include <QTest>

#include <limits>

using namespace tl;

namespace {
const PricingCatalog &bundled()
{
    static const PricingCatalog catalog = *PricingCatalog::fromJson(PricingCatalog::bundledData(), nullptr);
    return catalog;
}

UsageRecord record(const char *model, qint64 input, qint64 cached, qint64 write5m, qint64 write1h, qint64 output,
                   qint64 requests = 0)
{
    UsageRecord r;
    r.accountId = 1;
    r.day = QDate(2026, 10, 1);
    r.model = QString::fromLatin1(model);
    r.inputTokens = input;
    r.cachedInputTokens = cached;
    r.cacheWrite5mTokens = write5m;
    r.cacheWrite1hTokens = write1h;
    r.outputTokens = output;
    r.requests = requests;
    return r;
}
}   // namespace

class TestCostCalculator : public QObject
{
    Q_OBJECT

private slots:
    void prices_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<UsageRecord>("usage");
        QTest::addColumn<qint64>("nanos");   // -1: unpriced

        // gpt-4o-mini: $0.15 / $0.075 / $0.60 per 1M = 150 / 75 / 600 nano per token.
        QTest::newRow("openai mini") << "openai" << record("gpt-4o-mini-2024-07-18", 1'234'567, 10'000, 0, 0, 98'765)
                                     << qint64(1'234'567 * 150 + 10'000 * 75 + 98'765 * 600);
        // claude-sonnet-4-5: input 3, cache read 0.3, write 3.75, write 1h 6, output 15.
        // 1000×3000 + 2000×300 + 3000×3750 + 4000×6000 + 5000×15000 nano
        QTest::newRow("anthropic all token kinds")
            << "anthropic" << record("claude-sonnet-4-5-20250929", 1000, 2000, 3000, 4000, 5000) << qint64(113'850'000);
        // Perplexity sonar: 1 in / 1 out per 1M plus $12 per 1000 requests: 5 requests = $0.06.
        QTest::newRow("per-request price")
            << "perplexity" << record("sonar", 1'000'000, 0, 0, 0, 0, 5) << qint64(1'000'000'000 + 60'000'000);
        // gpt-4o has no cache-write price: writes cost the input price (never $0).
        QTest::newRow("missing cache-write price uses input")
            << "openai" << record("gpt-4o", 0, 0, 1'000'000, 0, 0) << qint64(2'500'000'000);
        // Groq llama has no cached price: cached tokens cost the input price.
        QTest::newRow("missing cache-read price uses input")
            << "groq" << record("llama-3.1-8b-instant", 0, 1'000'000, 0, 0, 0) << qint64(50'000'000);
        // Embeddings have no output price: output tokens cannot be priced.
        QTest::newRow("output without a price is unpriced")
            << "openai" << record("text-embedding-3-small", 100, 0, 0, 0, 5) << qint64(-1);
        QTest::newRow("embeddings input only")
            << "openai" << record("text-embedding-3-small", 1'000'000, 0, 0, 0, 0) << qint64(20'000'000);
        QTest::newRow("unknown model") << "openai" << record("gpt-99", 100, 0, 0, 0, 100) << qint64(-1);
        QTest::newRow("zero usage costs zero") << "openai" << record("gpt-4o", 0, 0, 0, 0, 0) << qint64(0);
        // gemini-1.5-flash cache reads: $0.01875 per 1M = 18.75 nano per token.
        QTest::newRow("half nano rounds to even")
            << "google" << record("gemini-1.5-flash", 0, 2, 0, 0, 0) << qint64(38);   // 37.5
        QTest::newRow("quarter nano rounds down")
            << "google" << record("gemini-1.5-flash", 0, 3, 0, 0, 0) << qint64(56);   // 56.25
        QTest::newRow("parts summed before rounding")                                 // 75 + 3 × 18.75 = 131.25 -> 131
            << "google" << record("gemini-1.5-flash", 1, 3, 0, 0, 0) << qint64(131);
    }

    void prices()
    {
        QFETCH(QString, provider);
        QFETCH(UsageRecord, usage);
        QFETCH(qint64, nanos);
        const CostResult result = CostCalculator(bundled()).price(provider, usage);
        if (nanos < 0) {
            QVERIFY(!result.cost);
            QCOMPARE(result.status, CostStatus::Unpriced);
            QVERIFY(!result.reason.isEmpty());
            return;
        }
        QVERIFY2(result.cost, qPrintable(result.reason));
        QCOMPARE(result.status, CostStatus::Estimated);
        QCOMPARE(result.cost->nanos(), nanos);
    }

    void cachedTokensInsideOrBesideInput()
    {
        // OpenAI reports input_tokens = 10,000 of which 4,000 were cached.
        QCOMPARE(uncachedInputTokens(QStringLiteral("openai"), 10'000, 4'000), qint64(6'000));
        QVERIFY(providerCountsCachedInsideInput(QStringLiteral("openai")));
        QVERIFY(providerCountsCachedInsideInput(QStringLiteral("openrouter")));
        // Anthropic reports 10,000 uncached input and 4,000 cache reads separately.
        QCOMPARE(uncachedInputTokens(QStringLiteral("anthropic"), 10'000, 4'000), qint64(10'000));
        QVERIFY(!providerCountsCachedInsideInput(QStringLiteral("anthropic")));
        QCOMPARE(uncachedInputTokens(QStringLiteral("openai"), 100, 300), qint64(0));   // never negative

        // The same real traffic priced either way gives the same money.
        UsageRecord openai =
            record("gpt-4o", uncachedInputTokens(QStringLiteral("openai"), 10'000, 4'000), 4'000, 0, 0, 0);
        QCOMPARE(CostCalculator(bundled()).price(QStringLiteral("openai"), openai).cost->nanos(),
                 qint64(6'000 * 2'500 + 4'000 * 1'250));
        UsageRecord anthropic =
            record("claude-3-haiku", uncachedInputTokens(QStringLiteral("anthropic"), 10'000, 4'000), 4'000, 0, 0, 0);
        QCOMPARE(CostCalculator(bundled()).price(QStringLiteral("anthropic"), anthropic).cost->nanos(),
                 qint64(10'000 * 250 + 4'000 * 30));
    }

    void reportedCostsAreNotRepriced()
    {
        UsageRecord r = record("gpt-4o", 1000, 0, 0, 0, 0);
        r.cost = Money::fromNanos(42);
        r.costStatus = CostStatus::Reported;
        CostCalculator(bundled()).apply(QStringLiteral("openai"), r);
        QCOMPARE(r.cost->nanos(), qint64(42));
        QCOMPARE(r.costStatus, CostStatus::Reported);
    }

    void aCostTooLargeIsAnErrorNotUnpriced()
    {
        // 9.2e18 output tokens at $10 per million: $92 trillion, past 64-bit nano-USD.
        UsageRecord r = record("gpt-4o", 0, 0, 0, 0, std::numeric_limits<qint64>::max());
        const CostResult priced = CostCalculator(bundled()).price(QStringLiteral("openai"), r);
        QVERIFY(priced.overflow);
        QVERIFY(!priced.cost);
        QVERIFY2(priced.reason.contains(QStringLiteral("gpt-4o on 2026-10-01")), qPrintable(priced.reason));
        QString error;
        QVERIFY(!CostCalculator(bundled()).apply(QStringLiteral("openai"), r, &error));
        QVERIFY(error.contains(QStringLiteral("too large")));
        QCOMPARE(r.costStatus, CostStatus::Unpriced);   // untouched: the caller refuses the record

        // The largest cost that fits is still a cost.
        UsageRecord fits = record("gpt-4o", 0, 0, 0, 0, 900'000'000'000'000);
        QVERIFY(CostCalculator(bundled()).apply(QStringLiteral("openai"), fits));
        QCOMPARE(fits.costStatus, CostStatus::Estimated);
    }
};

QTEST_GUILESS_MAIN(TestCostCalculator)
#include "tst_costcalculator.moc"
