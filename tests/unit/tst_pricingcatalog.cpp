#include "pricing/catalog.h"

#include <QTest>

using namespace tl;

namespace {
const PricingCatalog &bundled()
{
    static const PricingCatalog catalog = [] {
        QString error;
        auto c = PricingCatalog::fromJson(PricingCatalog::bundledData(), &error);
        if (!c)
            qFatal("bundled catalog: %s", qPrintable(error));
        return *c;
    }();
    return catalog;
}

// USD per million tokens as nano-USD, from decimal text.
qint64 usd(const char *text)
{
    return Money::fromDecimal(QString::fromLatin1(text))->nanos();
}
}   // namespace

class TestPricingCatalog : public QObject
{
    Q_OBJECT

private slots:
    void bundledCatalogLoads()
    {
        QCOMPARE(bundled().providers().size(), 36);
        QCOMPARE(bundled().modelCount(), 1466);
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("catalogModel");   // empty: must not be priced
        QTest::addColumn<qint64>("input");
        QTest::addColumn<qint64>("output");

        const QDate d(2026, 10, 15);
        const auto row = [&](const char *name, const char *provider, const char *model, const char *entry,
                             const char *in, const char *out, QDate day = QDate(2026, 10, 15)) {
            QTest::newRow(name) << QString::fromLatin1(provider) << QString::fromLatin1(model) << day
                                << QString::fromLatin1(entry) << (in ? usd(in) : qint64(-1))
                                << (out ? usd(out) : qint64(-1));
        };
        // OpenAI: dated snapshots, case, price history.
        row("openai gpt-4o", "openai", "gpt-4o", "gpt-4o", "2.5", "10");
        row("openai dated snapshot", "openai", "gpt-4o-2024-08-06", "gpt-4o", "2.5", "10");
        row("openai mini snapshot", "openai", "gpt-4o-mini-2024-07-18", "gpt-4o-mini", "0.15", "0.6");
        row("openai upper case", "openai", "GPT-4o-Mini", "gpt-4o-mini", "0.15", "0.6");
        row("openai spaces", "openai", "  gpt-4.1-nano  ", "gpt-4.1-nano", "0.1", "0.4");
        row("openai o3 before price cut", "openai", "o3", "o3", "10", "40", QDate(2025, 6, 9));
        row("openai o3 on price cut", "openai", "o3", "o3", "2", "8", QDate(2025, 6, 10));
        row("openai o3 after price cut", "openai", "o3-2025-04-16", "o3", "2", "8", d);
        row("openai embeddings", "openai", "text-embedding-3-small", "text-embedding-3-small", "0.02", nullptr);
        row("openai gpt-5", "openai", "gpt-5", "gpt-5", "1.25", "10");
        row("openai o1-mini", "openai", "o1-mini", "o1-mini", "1.1", "4.4");
        // Anthropic: dated snapshots, -latest, tiers (base price).
        row("anthropic sonnet 4.5 dated", "anthropic", "claude-sonnet-4-5-20250929", "claude-sonnet-4-5", "3", "15");
        row("anthropic haiku 3.5 dated", "anthropic", "claude-3-5-haiku-20241022", "claude-3-5-haiku-latest", "0.8",
            "4");
        row("anthropic opus 4.1 dated", "anthropic", "claude-opus-4-1-20250805", "claude-opus-4-1", "15", "75");
        row("anthropic haiku 3", "anthropic", "claude-3-haiku-20240307", "claude-3-haiku", "0.25", "1.25");
        row("anthropic latest alias", "anthropic", "claude-3-5-sonnet-latest", "claude-3-5-sonnet", "3", "15");
        row("anthropic haiku 4.5", "anthropic", "claude-haiku-4-5", "claude-haiku-4-5", "1", "5");
        // Google: resource names, tiers.
        row("google flash", "google", "gemini-2.0-flash", "gemini-2.0-flash", "0.1", "0.4");
        row("google models/ prefix", "google", "models/gemini-2.0-flash", "gemini-2.0-flash", "0.1", "0.4");
        row("google 2.5 pro tiered base", "google", "gemini-2.5-pro", "gemini-2.5-pro", "1.25", "10");
        row("google flash lite", "google", "gemini-2.5-flash-lite", "gemini-2.5-flash-lite", "0.1", "0.4");
        // Groq, Mistral (-latest), xAI (our id "xai"), DeepSeek (time-of-day), Perplexity.
        row("groq llama 70b", "groq", "llama-3.3-70b-versatile", "llama-3.3-70b-versatile", "0.59", "0.79");
        row("groq llama 8b", "groq", "llama-3.1-8b-instant", "llama-3.1-8b-instant", "0.05", "0.08");
        row("groq gemma2", "groq", "gemma2-9b-it", "gemma2-9b-it", "0.2", "0.2");
        row("mistral large latest", "mistral", "mistral-large-latest", "mistral-large", "2", "6");
        row("mistral codestral latest", "mistral", "codestral-latest", "codestral", "0.3", "0.9");
        row("mistral nemo", "mistral", "open-mistral-nemo", "mistral-nemo", "0.15", "0.15");
        row("xai grok 4", "xai", "grok-4", "grok-4-0709", "3", "15");
        row("xai grok 3 mini", "xai", "grok-3-mini", "grok-3-mini", "0.3", "0.5");
        row("xai grok 2", "xai", "grok-2-1212", "grok-2-1212", "2", "10");
        row("deepseek chat standard hours", "deepseek", "deepseek-chat", "deepseek-chat", "0.27", "1.1");
        row("deepseek reasoner standard hours", "deepseek", "deepseek-reasoner", "deepseek-reasoner", "0.55", "2.19");
        row("perplexity sonar", "perplexity", "sonar", "sonar", "1", "1");
        row("perplexity sonar pro", "perplexity", "sonar-pro", "sonar-pro", "3", "15");
        // OpenRouter: vendor/model names, then the vendor's own list price.
        row("openrouter gpt-4o", "openrouter", "openai/gpt-4o", "openai/gpt-4o", "2.5", "10");
        row("openrouter dated", "openrouter", "openai/gpt-4o-2024-08-06", "openai/gpt-4o", "2.5", "10");
        row("openrouter claude dots", "openrouter", "anthropic/claude-sonnet-4.5", "anthropic/claude-sonnet-4.5", "3",
            "15");
        row("openrouter gemini", "openrouter", "google/gemini-2.5-pro", "google/gemini-2.5-pro", "1.25", "10");
        row("openrouter llama", "openrouter", "meta-llama/llama-3.3-70b-instruct", "meta-llama/llama-3.3-70b-instruct",
            "0.05", "0.24");
        row("openrouter vendor fallback", "openrouter", "x-ai/grok-4", "grok-4-0709", "3", "15");
        row("openrouter mistral", "openrouter", "mistralai/mistral-large", "mistralai/mistral-large", "2", "6");
        // Names that must not be priced.
        row("openai unknown model", "openai", "gpt-99-ultra", "", nullptr, nullptr);
        row("claude on an openai account", "openai", "claude-3-opus-20240229", "", nullptr, nullptr);
        row("gpt on an anthropic account", "anthropic", "gpt-4o", "", nullptr, nullptr);
        row("empty name", "openai", "", "", nullptr, nullptr);
        row("unknown provider", "acme", "gpt-4o", "", nullptr, nullptr);
        row("openrouter unknown vendor", "openrouter", "nobody/secret-model", "", nullptr, nullptr);
        row("groq unknown", "groq", "llama-9-900b", "", nullptr, nullptr);
    }

    void lookup()
    {
        QFETCH(QString, provider);
        QFETCH(QString, model);
        QFETCH(QDate, day);
        QFETCH(QString, catalogModel);
        QFETCH(qint64, input);
        QFETCH(qint64, output);
        const auto quote = bundled().price(provider, model, day);
        if (catalogModel.isEmpty()) {
            QVERIFY2(!quote, quote ? qPrintable(quote->provider + u'/' + quote->modelId) : "");
            return;
        }
        QVERIFY2(quote, qPrintable(model));
        QCOMPARE(quote->modelId, catalogModel);
        QVERIFY(!quote->matchedRule.isEmpty());
        if (input >= 0) {
            QVERIFY(quote->prices.input);
            QCOMPARE(quote->prices.input->base.nanos(), input);
        }
        if (output >= 0) {
            QVERIFY(quote->prices.output);
            QCOMPARE(quote->prices.output->base.nanos(), output);
        } else {
            QVERIFY(!quote->prices.output);
        }
    }

    void tiersAndTimeOfDayAreReported()
    {
        const auto sonnet =
            bundled().price(QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-5"), QDate(2026, 1, 1));
        QVERIFY(sonnet && sonnet->prices.isTiered());
        QCOMPARE(sonnet->prices.input->tiers.first().first, qint64(200'000));
        QCOMPARE(sonnet->prices.input->tiers.first().second.nanos(), usd("6"));
        QCOMPARE(sonnet->prices.cacheWrite1h->base.nanos(), usd("6"));
        QCOMPARE(sonnet->prices.webSearchesPerThousand->nanos(), usd("10"));
        const auto deepseek =
            bundled().price(QStringLiteral("deepseek"), QStringLiteral("deepseek-chat"), QDate(2026, 1, 1));
        QVERIFY(deepseek && deepseek->timeOfDayVaries);
        const auto sonar = bundled().price(QStringLiteral("perplexity"), QStringLiteral("sonar"), QDate(2026, 1, 1));
        QCOMPARE(sonar->prices.requestsPerThousand->nanos(), usd("12"));
    }

    void overridesWinFromTheirDate()
    {
        PricingCatalog catalog = bundled();
        PriceOverride o;
        o.provider = QStringLiteral("openai");
        o.model = PricingCatalog::modelKey(QStringLiteral("gpt-4o-2024-08-06"));
        QCOMPARE(o.model, QStringLiteral("gpt-4o"));
        o.effectiveFrom = QDate(2026, 3, 1);
        o.prices.input = TieredPrice{Money::fromNanos(usd("2")), {}};
        o.prices.output = TieredPrice{Money::fromNanos(usd("8")), {}};
        catalog.setOverrides({o});
        const auto before = catalog.price(QStringLiteral("openai"), QStringLiteral("gpt-4o"), QDate(2026, 2, 28));
        QVERIFY(before && !before->isOverride);
        QCOMPARE(before->prices.input->base.nanos(), usd("2.5"));
        const auto after =
            catalog.price(QStringLiteral("openai"), QStringLiteral("gpt-4o-2024-11-20"), QDate(2026, 3, 1));
        QVERIFY(after && after->isOverride);
        QCOMPARE(after->prices.input->base.nanos(), usd("2"));
        QCOMPARE(after->effectiveFrom, QDate(2026, 3, 1));
        // Overrides also price a model the catalog does not know.
        o.model = QStringLiteral("my-finetune");
        catalog.setOverrides({o});
        QVERIFY(catalog.price(QStringLiteral("openai"), QStringLiteral("my-finetune"), QDate(2026, 4, 1)));
    }

    void exactNumbersFromText()
    {
        // Values that double arithmetic cannot hold exactly.
        const QByteArray json =
            "[{\"id\":\"p\",\"name\":\"P\",\"models\":[{\"id\":\"m\",\"match\":{\"equals\":\"m\"}, "
            "\"prices\":{\"input_mtok\":0.18000000000000002,\"output_mtok\":1.1,\"cache_read_mtok\":0.000000001}}]}]";
        QString error;
        const auto catalog = PricingCatalog::fromJson(json, &error);
        QVERIFY2(catalog, qPrintable(error));
        const auto quote = catalog->price(QStringLiteral("p"), QStringLiteral("m"), QDate(2026, 1, 1));
        QVERIFY(quote);
        QCOMPARE(quote->prices.input->base.nanos(), qint64(180'000'000));   // the float artefact rounds away
        QCOMPARE(quote->prices.output->base.nanos(), qint64(1'100'000'000));
        QCOMPARE(quote->prices.cacheRead->base.nanos(), qint64(1));
    }

    void malformedDatasets_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{{{") << "invalid JSON";
        QTest::newRow("truncated") << QByteArray("[{\"id\":\"p\",\"models\":[{\"id\":\"m\"") << "invalid JSON";
        QTest::newRow("object, not list") << QByteArray("{\"id\":\"p\"}") << "list of providers";
        QTest::newRow("empty list") << QByteArray("[]") << "list of providers";
        QTest::newRow("no models") << QByteArray("[{\"id\":\"p\"}]") << "models";
        QTest::newRow("bad match")
            << QByteArray("[{\"id\":\"p\",\"models\":[{\"id\":\"m\",\"match\":{\"like\":\"m\"},\"prices\":{}}]}]")
            << "unknown match rule";
        QTest::newRow("bad regex")
            << QByteArray("[{\"id\":\"p\",\"models\":[{\"id\":\"m\",\"match\":{\"regex\":\"((\"},\"prices\":{}}]}]")
            << "regular";
        QTest::newRow("price is text") << QByteArray("[{\"id\":\"p\",\"models\":[{\"id\":\"m\",\"match\":{\"equals\":"
                                                     "\"m\"},\"prices\":{\"input_mtok\":\"cheap\"}}]}]")
                                       << "input_mtok";
        QTest::newRow("negative price") << QByteArray("[{\"id\":\"p\",\"models\":[{\"id\":\"m\",\"match\":{\"equals\":"
                                                      "\"m\"},\"prices\":{\"input_mtok\":-1}}]}]")
                                        << "non-negative";
        QTest::newRow("price past 64-bit nano-USD")
            << QByteArray("[{\"id\":\"p\",\"models\":[{\"id\":\"m\",\"match\":{\"equals\":\"m\"},\"prices\":{"
                          "\"input_mtok\":1e300}}]}]")
            << "is too large (the limit is $9,223,372,036.85 per million tokens)";
        // Once read as $0: every token of the model would have been priced at nothing.
        QTest::newRow("positive price below a nano-USD")
            << QByteArray("[{\"id\":\"p\",\"models\":[{\"id\":\"m\",\"match\":{\"equals\":\"m\"},\"prices\":{"
                          "\"input_mtok\":1e-320}}]}]")
            << "below the smallest price";
        QTest::newRow("bad start date")
            << QByteArray("[{\"id\":\"p\",\"models\":[{\"id\":\"m\",\"match\":{\"equals\":\"m\"},\"prices\":[{"
                          "\"constraint\":{\"start_date\":\"soon\"},\"prices\":{\"input_mtok\":1}}]}]}]")
            << "start_date";
        QTest::newRow("no models at all") << QByteArray("[{\"id\":\"p\",\"models\":[]}]") << "no models";
    }

    void malformedDatasets()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!PricingCatalog::fromJson(json, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void modelKeys_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("key");
        QTest::newRow("dated dashes") << "gpt-4o-2024-08-06"
                                      << "gpt-4o";
        QTest::newRow("dated compact") << "claude-sonnet-4-5-20250929"
                                       << "claude-sonnet-4-5";
        QTest::newRow("latest") << "claude-3-5-sonnet-latest"
                                << "claude-3-5-sonnet";
        QTest::newRow("google resource") << "models/gemini-2.0-flash"
                                         << "gemini-2.0-flash";
        QTest::newRow("case") << "GPT-4o"
                              << "gpt-4o";
        QTest::newRow("plain") << "o3"
                               << "o3";
    }

    void modelKeys()
    {
        QFETCH(QString, model);
        QFETCH(QString, key);
        QCOMPARE(PricingCatalog::modelKey(model), key);
    }
};

QTEST_GUILESS_MAIN(TestPricingCatalog)
#include "tst_pricingcatalog.moc"
