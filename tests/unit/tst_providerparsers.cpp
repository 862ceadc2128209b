// What the fuzz targets found in the exact JSON reader and the adapters' response parsers, kept
// as ordinary tests (the inputs themselves are in tests/fuzz/regressions/).
#include "common/exactjson.h"
#include "providers/openaiadapter.h"
#include "providers/otheradapters.h"

#include <QJsonArray>
#include <QTest>

using namespace tl;

namespace {

QJsonObject object(const char *json)
{
    return parseJsonExact(QByteArray(json)).object();
}

}   // namespace

class TestProviderParsers : public QObject
{
    Q_OBJECT

private slots:
    // parseJsonExact quoted number tokens and let Qt parse the result, which made text that is
    // not JSON parse ({1:2}, 0886) and broke numbers Qt reads (.5).
    void exactJsonAcceptsWhatQtAccepts_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("firstNumber");   // its exact text; empty when the text is refused
        QTest::newRow("number as a key") << QByteArray("{1:2}") << QString();
        QTest::newRow("leading zero") << QByteArray("[0886248000]") << QString();
        QTest::newRow("two points") << QByteArray("[1.2.3]") << QString();
        QTest::newRow("lone minus") << QByteArray("[-]") << QString();
        QTest::newRow("starts with a point") << QByteArray("[.0042]") << ".0042";
        QTest::newRow("ends with a point") << QByteArray("[1.]") << "1.";
        QTest::newRow("negative zero") << QByteArray("[-0]") << "-0";
        QTest::newRow("exponent") << QByteArray("[4.5e-05]") << "4.5e-05";
    }
    void exactJsonAcceptsWhatQtAccepts()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, firstNumber);
        QJsonParseError exactError;
        const QJsonDocument exact = parseJsonExact(json, &exactError);
        QJsonParseError qtError;
        QJsonDocument::fromJson(json, &qtError);
        QCOMPARE(exactError.error, qtError.error);
        if (qtError.error != QJsonParseError::NoError)
            QCOMPARE(exactError.offset, qtError.offset);   // the offset in the text as given
        if (firstNumber.isEmpty())
            QVERIFY(exact.isNull());
        else
            QCOMPARE(exactNumberText(exact.array().first()), firstNumber);
    }

    void openAiBucketOutsideTheCalendar()
    {
        FetchResult out;
        QString error;
        QVERIFY(!OpenAiAdapter::parseUsagePage(
            object(R"({"data":[{"start_time":253402300800,"results":[{"model":"gpt-4o","input_tokens":1}]}]})"), out,
            &error));
        QVERIFY2(error.contains(QStringLiteral("between the years 1 and 9999")), qPrintable(error));
        QVERIFY(out.usage.isEmpty());
        error.clear();
        QVERIFY(!OpenAiAdapter::parseCostsPage(object(R"({"data":[{"start_time":-9223372036854775808,"results":[]}]})"),
                                               out, &error));
    }

    // input_cached_tokens + input_cache_write_tokens overflowed (undefined behaviour) before the
    // uncached input was derived.
    void openAiCacheCountsPast64Bits()
    {
        FetchResult out;
        QString error;
        QVERIFY(!OpenAiAdapter::parseUsagePage(
            object(R"({"data":[{"start_time":1772323200,"results":[{"model":"gpt-4o",)"
                   R"("input_tokens":9223372036854775807,"input_cached_tokens":9223372036854775807,)"
                   R"("input_cache_write_tokens":9223372036854775807}]}]})"),
            out, &error));
        QVERIFY2(error.contains(QStringLiteral("add up to more than 64 bits")), qPrintable(error));
    }

    // An activity row without a model was stored with an empty one; the other adapters say
    // "(unattributed)".
    void openRouterRowWithoutModel()
    {
        FetchResult out;
        QString error;
        QVERIFY(OpenRouterAdapter::parseActivity(
            object(R"({"data":[{"date":"2026-03-01","prompt_tokens":10,"usage":0.5}]})"), QDate(2026, 3, 1),
            QDate(2026, 3, 31), out, &error));
        QCOMPARE(out.usage.size(), 1);
        QCOMPARE(out.usage.first().model, QStringLiteral("(unattributed)"));
        QCOMPARE(out.costs.first().lineItem, QStringLiteral("(unattributed)"));
    }
};

QTEST_GUILESS_MAIN(TestProviderParsers)
#include "tst_providerparsers.moc"
