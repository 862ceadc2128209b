#include "analytics/reconciliation.h"
#include "io/csvimport.h"
#include "io/csvrow.h"
#include "pricing/catalog.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace tl;

// The four console exports people without an admin key download — OpenAI platform Usage (every
// endpoint file) and Cost, Anthropic Console Usage (both variants) and Cost — in exactly the shape
// the consoles write them (tests/fixtures/csv/console/, headers from ../shared/sources/CONSOLE-EXPORTS.md).
namespace {

const PricingCatalog &bundled()
{
    static const PricingCatalog catalog = *PricingCatalog::fromJson(PricingCatalog::bundledData(), nullptr);
    return catalog;
}

QByteArray console(const QString &name)
{
    QFile f(QStringLiteral(TOKENLEDGER_FIXTURES_DIR "/csv/console/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

CsvImportResult import(test::TestDatabase &db, qint64 account, const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvImportOptions options;
    options.accountId = account;
    return importCsv(db.connection(), buffer, options, bundled());
}

QString describe(const CsvImportResult &r)
{
    QString text = r.error;
    for (const CsvBadRow &b : r.badRows)
        text += QStringLiteral("; line %1: %2").arg(b.line).arg(b.reason);
    return text;
}

}   // namespace

class TestConsoleExports : public QObject
{
    Q_OBJECT

private slots:
    void importsExactlyAsDownloaded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<qint64>("skipped");
        QTest::addColumn<QList<qint64>>("tokens");   // uncached, cached, write 5m, write 1h, output, requests
        QTest::addColumn<qint64>("estimated");       // nano-USD from the catalog
        QTest::addColumn<qint64>("billed");          // nano-USD of the costs
        QTest::addColumn<QString>("firstDay");
        QTest::addColumn<QString>("lastDay");
        // gpt-4o 10-01: 100,000 uncached × $2.50 + 20,000 cached × $1.25 + 30,000 out × $10 = $0.575;
        // gpt-4o-mini (batch) $0.0135 at standard prices; gpt-4o (flex) 10-03 $0.045. The 10-02 bucket is
        // empty: skipped, not bad. Counts are written "120000.0".
        QTest::newRow("OpenAI completions")
            << "openai-completions.csv"
            << "openai"
            << "openai-usage" << qint64(4) << qint64(1) << QList<qint64>{160'000, 20'000, 0, 0, 42'000, 55}
            << qint64(633'500'000) << qint64(0) << "2026-10-01"
            << "2026-10-03";
        QTest::newRow("OpenAI embeddings")
            << "openai-embeddings.csv"
            << "openai"
            << "openai-usage" << qint64(2) << qint64(1) << QList<qint64>{1'000'000, 0, 0, 0, 0, 12}
            << qint64(20'000'000) << qint64(0) << "2026-10-01"
            << "2026-10-01";
        QTest::newRow("OpenAI, a period without usage")
            << "openai-empty.csv"
            << "openai"
            << "openai-usage" << qint64(0) << qint64(0) << QList<qint64>{0, 0, 0, 0, 0, 0} << qint64(0) << qint64(0)
            << QString() << QString();
        // 16-decimal amounts in lower-case "usd"; an empty bucket row.
        QTest::newRow("OpenAI costs") << "openai-costs.csv"
                                      << "openai"
                                      << "openai-costs" << qint64(6) << qint64(1) << QList<qint64>{0, 0, 0, 0, 0, 0}
                                      << qint64(0) << qint64(1'480'249'000) << "2026-10-01"
                                      << "2026-10-03";
        // Sonnet 4.5, 10-01 "≤ 200k": $0.30 + 5m writes $0.075 + 1h writes $0.06 + reads $0.015 + out
        // $0.12 = $0.57; "> 200k": 300,000 in × $6 + 4,000 out × $22.50 = $1.89 (long-context prices);
        // 10-02 batch at standard prices $0.75.
        QTest::newRow("Anthropic Console usage") << "anthropic-console-usage.csv"
                                                 << "anthropic"
                                                 << "anthropic-console-usage" << qint64(3) << qint64(0)
                                                 << QList<qint64>{600'000, 50'000, 20'000, 10'000, 22'000, 0}
                                                 << qint64(3'210'000'000) << qint64(0) << "2026-10-01"
                                                 << "2026-10-02";
        QTest::newRow("Anthropic Console usage, single cache-write column")
            << "anthropic-console-usage-old.csv"
            << "anthropic"
            << "anthropic-console-usage" << qint64(1) << qint64(0) << QList<qint64>{1'000, 0, 2'000, 0, 100, 0}
            << qint64(4'000'000) << qint64(0) << "2026-10-03"
            << "2026-10-03";
        // Dollars, not cents; token types of a day summed.
        QTest::newRow("Anthropic Console costs")
            << "anthropic-console-costs.csv"
            << "anthropic"
            << "anthropic-console-costs" << qint64(9) << qint64(0) << QList<qint64>{0, 0, 0, 0, 0, 0} << qint64(0)
            << qint64(2'835'000'000) << "2026-10-01"
            << "2026-10-02";
    }
    void importsExactlyAsDownloaded()
    {
        QFETCH(QString, file);
        QFETCH(QString, provider);
        QFETCH(QString, format);
        QFETCH(qint64, rows);
        QFETCH(qint64, skipped);
        QFETCH(QList<qint64>, tokens);
        QFETCH(qint64, estimated);
        QFETCH(qint64, billed);
        QFETCH(QString, firstDay);
        QFETCH(QString, lastDay);
        test::TestDatabase db;
        const qint64 account = db.addAccount(provider, QStringLiteral("Console"));
        const QByteArray bytes = console(file);
        const CsvImportResult r = import(db, account, bytes);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(csvFormatName(r.format), format);
        QCOMPARE(r.rows, rows);
        QCOMPARE(r.badRowCount, qint64(0));
        QCOMPARE(r.skippedRows, skipped);
        QCOMPARE(r.goodRows, rows - skipped);
        QCOMPARE(r.firstDay.toString(Qt::ISODate), firstDay);
        QCOMPARE(r.lastDay.toString(Qt::ISODate), lastDay);
        const char *const columns[] = {"input_tokens",          "cached_input_tokens", "cache_write_5m_tokens",
                                       "cache_write_1h_tokens", "output_tokens",       "requests"};
        for (int i = 0; i < 6; ++i)
            QCOMPARE(db.scalar(QStringLiteral("SELECT COALESCE(SUM(%1), 0) FROM usage").arg(QLatin1String(columns[i]))),
                     tokens.at(i));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COALESCE(SUM(cost_nano), 0) FROM usage")), estimated);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE cost_status = 'unpriced'")), qint64(0));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COALESCE(SUM(amount_nano), 0) FROM costs")), billed);
        // The rollup the dashboard reads agrees with the rows.
        QCOMPARE(db.scalar(QStringLiteral("SELECT COALESCE(SUM(cost_nano), 0) FROM usage_daily")), estimated);

        // Importing the same file again changes nothing.
        const CsvImportResult again = import(db, account, bytes);
        QVERIFY(again.ok);
        QCOMPARE(again.usageCreated + again.usageUpdated + again.costsCreated + again.costsUpdated, qint64(0));
    }

    void countsAreWholeNumbersEvenWrittenAsFloats_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<qint64>("value");   // -1: a bad row
        QTest::newRow("integer") << "59200" << qint64(59'200);
        QTest::newRow("float with .0") << "59200.0" << qint64(59'200);
        QTest::newRow("float with .000") << "7.000" << qint64(7);
        QTest::newRow("zero as float") << "0.0" << qint64(0);
        QTest::newRow("a fraction") << "10.5" << qint64(-1);
        QTest::newRow("fraction after zeros") << "10.01" << qint64(-1);
        QTest::newRow("point without digits") << "10." << qint64(-1);
        QTest::newRow("negative") << "-3.0" << qint64(-1);
        QTest::newRow("negative zero") << "-0" << qint64(0);   // a spreadsheet's: zero, not negative
        QTest::newRow("negative zero as float") << "-0.0" << qint64(0);
        QTest::newRow("a lone minus") << "-" << qint64(-1);
        QTest::newRow("exponent") << "1e3" << qint64(-1);
    }
    void countsAreWholeNumbersEvenWrittenAsFloats()
    {
        QFETCH(QString, cell);
        QFETCH(qint64, value);
        QString reason;
        const auto parsed = parseCsvCount(cell, QStringLiteral("input tokens"), &reason);
        if (value < 0) {
            QVERIFY(!parsed);
            QVERIFY2(reason.contains(cell.trimmed()), qPrintable(reason));
        } else {
            QCOMPARE(parsed, std::optional<qint64>(value));
        }
    }

    void aFractionOfATokenIsABadRowWithItsLine()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
        QByteArray bytes = console(QStringLiteral("openai-completions.csv"));
        bytes.replace("120000.0,30000.0", "120000.5,30000.0");
        const CsvImportResult r = import(db, account, bytes);
        QVERIFY(!r.ok);
        QCOMPARE(r.badRowCount, qint64(1));
        QCOMPARE(r.badRows.first().line, qint64(2));
        QVERIFY2(r.badRows.first().reason.contains(QStringLiteral("\"120000.5\" is not a whole number")),
                 qPrintable(r.badRows.first().reason));
    }

    void displayNamesAndTiersStayApart()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("Console"));
        QVERIFY(import(db, account, console(QStringLiteral("anthropic-console-usage.csv"))).ok);
        QVERIFY(import(db, account, console(QStringLiteral("anthropic-console-costs.csv"))).ok);
        // Long-context rows keep their own key and are priced at the long-context price.
        QCOMPARE(db.scalar(QStringLiteral("SELECT cost_nano FROM usage WHERE service_tier = 'long-context'")),
                 qint64(1'890'000'000));
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT cost_nano FROM usage WHERE day = '2026-10-01' AND service_tier = ''")),
            qint64(570'000'000));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE service_tier = 'batch'")), qint64(1));
        // "Claude Sonnet 4.5" is the catalog's claude-sonnet-4-5; token types of one day are one line.
        const auto line = [&](const char *item) {
            return db.scalar(QStringLiteral("SELECT COALESCE(SUM(amount_nano), -1) FROM costs WHERE line_item = '%1'")
                                 .arg(QLatin1String(item)));
        };
        QCOMPARE(line("claude-sonnet-4-5"), qint64(570'000'000));
        QCOMPARE(line("claude-sonnet-4-5 (long context)"), qint64(1'890'000'000));
        QCOMPARE(line("claude-sonnet-4-5 (batch)"), qint64(375'000'000));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM costs")), qint64(3));
    }

    // Usage and cost exports of one account reconcile like synced data: the long-context day to the
    // nano, the batch day explained by its tier.
    void usageAndCostExportsReconcile()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("Console"));
        QVERIFY(import(db, account, console(QStringLiteral("anthropic-console-usage.csv"))).ok);
        QVERIFY(import(db, account, console(QStringLiteral("anthropic-console-costs.csv"))).ok);
        QString error;
        const auto rows = reconcile(db.connection(), QDate(2026, 10, 1), QDate(2026, 10, 2), &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 2);
        const ReconciliationRow &first = rows->at(0);
        QCOMPARE(first.day, QDate(2026, 10, 1));
        QVERIFY(first.hasBilled && first.hasUsage);
        QCOMPARE(first.billed.nanos(), qint64(2'460'000'000));
        QCOMPARE(first.estimated.nanos(), qint64(2'460'000'000));
        QCOMPARE(first.difference().nanos(), qint64(0));
        QVERIFY(first.longContext);
        QVERIFY(first.serviceTiers.isEmpty());
        const ReconciliationRow &second = rows->at(1);
        QCOMPARE(second.billed.nanos(), qint64(375'000'000));
        QCOMPARE(second.estimated.nanos(), qint64(750'000'000));
        QCOMPARE(second.serviceTiers, QStringList{QStringLiteral("batch")});
        QVERIFY(!second.longContext);
    }

    // The Admin API's spelling of the windows ("0-200k", "200k-1M") prices as the Console's does;
    // a window in neither spelling was once priced at the standard rate, now it is a bad row. A
    // cost row whose currency cell is empty was once taken as USD.
    void contextWindowsInBothSpellingsAndNoGuesses()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("Console"));
        QByteArray api = console(QStringLiteral("anthropic-console-usage.csv"));
        api.replace("\xE2\x89\xA4 200k", "0-200k").replace("> 200k", "200k-1M");
        QVERIFY(import(db, account, api).ok);
        QCOMPARE(db.scalar(QStringLiteral("SELECT cost_nano FROM usage WHERE service_tier = 'long-context'")),
                 qint64(1'890'000'000));
        QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(cost_nano) FROM usage")), qint64(3'210'000'000));

        for (const QByteArray &window : {QByteArray("1M"), QByteArray("long"), QByteArray("200k+")}) {
            QByteArray odd = console(QStringLiteral("anthropic-console-usage.csv"));
            odd.replace("> 200k", window);
            const CsvImportResult r = import(db, account, odd);
            QVERIFY(!r.ok);
            QCOMPARE(r.badRowCount, qint64(1));
            QCOMPARE(r.badRows.first().line, qint64(3));
            QCOMPARE(r.badRows.first().reason,
                     QStringLiteral("unknown context window \"%1\"").arg(QString::fromUtf8(window)));
        }

        const qint64 openai = db.addAccount(QStringLiteral("openai"), QStringLiteral("Costs"));
        QByteArray costs = console(QStringLiteral("openai-costs.csv"));
        costs.replace("0.2500000000000000,usd,", "0.2500000000000000,,");
        const CsvImportResult r = import(db, openai, costs);
        QVERIFY(!r.ok);
        QCOMPARE(r.badRowCount, qint64(1));
        QCOMPARE(r.badRows.first().reason, QStringLiteral("no currency"));
    }
};

QTEST_GUILESS_MAIN(TestConsoleExports)
#include "tst_consoleexports.moc"
