// Hostile and absurd CSV input: amounts with commas, sums past 64 bits. Every case is a real import into a real
// database; nothing may be half-written.
#include "io/csvimport.h"
#include "pricing/pricingservice.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace tl;

namespace {

CsvImportResult import(test::TestDatabase &db, qint64 account, QIODevice &in, CsvImportOptions options = {})
{
    PricingService pricing(db.connection());
    pricing.load();
    options.accountId = account;
    return importCsv(db.connection(), in, options, pricing.catalog());
}

CsvImportResult import(test::TestDatabase &db, qint64 account, const QByteArray &bytes, CsvImportOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return import(db, account, buffer, options);
}

qint64 rowCount(test::TestDatabase &db)
{
    return db.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM usage) + (SELECT COUNT(*) FROM costs)"));
}

QByteArray quoted(const QString &cell)
{
    QByteArray bytes = cell.toUtf8();
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QString describe(const CsvImportResult &r)
{
    QString text = r.error;
    for (const CsvBadRow &b : r.badRows)
        text += QStringLiteral(" | line %1: %2").arg(b.line).arg(b.reason);
    return text;
}

}   // namespace

class TestCsvInput : public QObject
{
    Q_OBJECT

private slots:
    // A comma is a thousands separator in its exact places, or the row is bad — never a guess
    // ("1,5" was $15, "1.234,50" $1.2345, "12,34,5" $12,345).
    void amountCells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<qint64>("nanos");     // the stored amount when the cell is good
        QTest::addColumn<QString>("reason");   // part of the bad row's reason, empty when good
        const QString comma = QStringLiteral("a comma may only separate thousands");
        QTest::newRow("thousands with cents") << "1,234.50" << qint64(1'234'500'000'000) << QString();
        QTest::newRow("thousands, no fraction") << "12,345" << qint64(12'345'000'000'000) << QString();
        QTest::newRow("millions") << "1,234,567.891" << qint64(1'234'567'891'000'000) << QString();
        QTest::newRow("negative thousands") << "-1,234.5" << qint64(-1'234'500'000'000) << QString();
        QTest::newRow("dollar sign") << "$1,234.50" << qint64(1'234'500'000'000) << QString();
        QTest::newRow("sign before dollar") << "-$1,234.50" << qint64(-1'234'500'000'000) << QString();
        QTest::newRow("sign after dollar") << "$-3" << qint64(-3'000'000'000) << QString();
        QTest::newRow("plain") << "0.06" << qint64(60'000'000) << QString();
        QTest::newRow("exponent") << "4.5e-05" << qint64(45'000) << QString();
        QTest::newRow("spaces around") << " $12.5 " << qint64(12'500'000'000) << QString();
        QTest::newRow("decimal comma") << "1,5" << qint64(0) << comma;
        QTest::newRow("european thousands") << "1.234,50" << qint64(0) << comma;
        QTest::newRow("groups of two") << "12,34,5" << qint64(0) << comma;
        QTest::newRow("group of four") << "1,2345" << qint64(0) << comma;
        QTest::newRow("leading comma") << ",123" << qint64(0) << comma;
        QTest::newRow("double comma") << "1,,234" << qint64(0) << comma;
        QTest::newRow("short last group") << "1,234,5" << qint64(0) << comma;
        QTest::newRow("comma in the fraction") << "1,234.5,0" << qint64(0) << comma;
        QTest::newRow("four leading digits") << "1234,567" << qint64(0) << comma;
        QTest::newRow("comma and exponent") << "1,234e3" << qint64(0) << comma;
        QTest::newRow("dollar at the end") << "5$" << qint64(0) << "is not a decimal amount";
        QTest::newRow("dollar inside") << "1$5" << qint64(0) << "is not a decimal amount";
        QTest::newRow("only a dollar") << "$" << qint64(0) << "is not a decimal amount";
        QTest::newRow("two signs") << "--1" << qint64(0) << "is not a decimal amount";
        QTest::newRow("sign on both sides") << "-$-1" << qint64(0) << "is not a decimal amount";
        QTest::newRow("words") << "abc" << qint64(0) << "is not a decimal amount";
        QTest::newRow("past 64-bit nano-USD") << "10,000,000,000" << qint64(0) << "is too large";
    }
    void amountCells()
    {
        QFETCH(QString, cell);
        QFETCH(qint64, nanos);
        QFETCH(QString, reason);
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        // A cost export: credits are negative, so both signs are amounts.
        const QByteArray csv = "start_time,amount_value,amount_currency,line_item\n"
                               "1772323200,1,usd,first\n"
                               "1772323200," +
                               quoted(cell) + ",usd,second\n";
        const CsvImportResult r = import(db, account, csv);
        if (reason.isEmpty()) {
            QVERIFY2(r.ok, qPrintable(describe(r)));
            QCOMPARE(db.scalar(QStringLiteral("SELECT amount_nano FROM costs WHERE line_item = 'second'")), nanos);
        } else {
            QVERIFY(!r.ok);
            QCOMPARE(r.badRowCount, qint64(1));
            QCOMPARE(r.badRows.first().line, qint64(3));
            QVERIFY2(r.badRows.first().reason.contains(reason), qPrintable(r.badRows.first().reason));
            QVERIFY2(r.badRows.first().reason.contains(cell.trimmed()), qPrintable(r.badRows.first().reason));
            QCOMPARE(rowCount(db), qint64(0));
        }
    }

    // A usage cost with thousands separators is read the same way.
    void usageCostWithThousands()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        const CsvImportResult r = import(db, account,
                                         "date,model,input_tokens,output_tokens,cost_usd\n"
                                         "2026-03-01,gpt-4o,100,10,\"$1,234.50\"\n"
                                         "2026-03-02,gpt-4o,100,10,\"1,5\"\n");
        QCOMPARE(r.badRowCount, qint64(1));
        QCOMPARE(r.badRows.first().line, qint64(3));
        CsvImportOptions keep;
        keep.keepGoodRows = true;
        QVERIFY(import(db, account,
                       "date,model,input_tokens,output_tokens,cost_usd\n2026-03-01,gpt-4o,100,10,\"$1,234.50\"\n", keep)
                    .ok);
        QCOMPARE(db.scalar(QStringLiteral("SELECT cost_nano FROM usage")), qint64(1'234'500'000'000));
    }

    // Sums past 64 bits are an error naming the lines behind them, on a dry run too, and nothing
    // is written — never a wrapped total, a bare "integer overflow", a half import or "unpriced".
    void overflowNamesTheLines_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("expected");
        const QByteArray generic = "date,model,project,input_tokens,output_tokens,cost_usd\n";
        // my-finetune has no price: only the token sums can overflow.
        QTest::newRow("token counts of one key")
            << "openai"
            << generic + "2026-03-01,my-finetune,p,9223372036854775000,1,\n2026-03-01,my-finetune,p,1000,1,\n"
            << QStringList{QStringLiteral("lines 2 and 3 (2026-03-01, my-finetune)"),
                           QStringLiteral("input tokens add up to more than")};
        QTest::newRow("token counts of one model and day (the daily rollup)")
            << "openai"
            << generic + "2026-03-01,my-finetune,a,1,5000000000000000000,\n2026-03-02,my-finetune,a,1,1,\n"
                         "2026-03-01,my-finetune,b,1,5000000000000000000,\n"
            << QStringList{QStringLiteral("lines 2 and 4 (2026-03-01, my-finetune)"),
                           QStringLiteral("output tokens add up to more than")};
        QTest::newRow("all token kinds of one row")
            << "openai" << generic + "2026-03-01,my-finetune,p,5000000000000000000,5000000000000000000,\n"
            << QStringList{QStringLiteral("line 2 (2026-03-01, my-finetune)"),
                           QStringLiteral("all their tokens add up to more than")};
        QTest::newRow("reported costs of one key")
            << "openai" << generic + "2026-03-01,gpt-4o,p,1,1,5000000000\n2026-03-01,gpt-4o,p,1,1,\"5,000,000,000\"\n"
            << QStringList{QStringLiteral("lines 2 and 3 (2026-03-01, gpt-4o)"),
                           QStringLiteral("costs add up to more than $9223372036.854775807")};
        QTest::newRow("estimated cost of one row") << "openai" << generic + "2026-03-01,gpt-4o,p,4000000000000000,1,\n"
                                                   << QStringList{QStringLiteral("line 2 (2026-03-01, gpt-4o)"),
                                                                  QStringLiteral("the estimated cost is more than")};
        QTest::newRow("billed costs of one line item")
            << "openai"
            << QByteArray("start_time,amount_value,line_item\n1772323200,5000000000,tokens\n1772323200,1,other\n"
                          "1772323200,5000000000,tokens\n")
            << QStringList{QStringLiteral("lines 2 and 4 (2026-03-01, tokens)"),
                           QStringLiteral("add up to more than 9223372036.854775807 USD")};
        QTest::newRow("credits of one line item")
            << "openai"
            << QByteArray("start_time,amount_value,line_item\n1772323200,-5000000000,credit\n"
                          "1772323200,-5000000000,credit\n")
            << QStringList{QStringLiteral("lines 2 and 3 (2026-03-01, credit)")};
        QTest::newRow("one cell past 64 bits is a bad row")
            << "openai" << generic + "2026-03-01,gpt-4o,p,99999999999999999999,1,\n"
            << QStringList{QStringLiteral("line 2: input tokens \"99999999999999999999\" is too large")};
        QTest::newRow("one cost past 64-bit nano-USD is a bad row")
            << "openai" << generic + "2026-03-01,gpt-4o,p,1,1,10000000000\n"
            << QStringList{QStringLiteral("line 2: cost \"10000000000\" is too large")};
    }
    void overflowNamesTheLines()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, expected);
        test::TestDatabase db;
        const qint64 account = db.addAccount(provider, QStringLiteral("Work"));
        for (const bool dryRun : {true, false}) {
            CsvImportOptions options;
            options.dryRun = dryRun;
            const CsvImportResult r = import(db, account, csv, options);
            QVERIFY2(!r.ok, qPrintable(describe(r)));
            QVERIFY(!r.written);
            for (const QString &part : expected)
                QVERIFY2(describe(r).contains(part), qPrintable(describe(r)));
            QVERIFY2(!describe(r).contains(QStringLiteral("integer overflow")), qPrintable(describe(r)));
            QCOMPARE(rowCount(db), qint64(0));
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_daily")), qint64(0));
        }
    }

    // The overflowing key comes last, after more rows than one write batch: the batches written
    // before it are rolled back too.
    void overflowAfterWrittenBatchesWritesNothing()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        QByteArray csv = "date,model,input_tokens,output_tokens\n";
        for (int i = 0; i < 5000; ++i)
            csv += "2026-03-01,model-" + QByteArray::number(i) + ",10,1\n";
        csv += "2026-03-31,gpt-4o,9223372036854775000,1\n2026-03-31,gpt-4o,1000,1\n";
        const CsvImportResult r = import(db, account, csv);
        QVERIFY2(!r.ok, qPrintable(describe(r)));
        QVERIFY2(r.error.contains(QStringLiteral("lines 5002 and 5003 (2026-03-31, gpt-4o)")), qPrintable(r.error));
        QVERIFY(!r.written);
        QCOMPARE(r.usageCreated, qint64(0));
        QCOMPARE(rowCount(db), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestCsvInput)
#include "tst_csvinput.moc"
