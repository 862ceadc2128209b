// Hostile and absurd CSV input: amounts with commas. Every case is a real import into a real
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
};

QTEST_GUILESS_MAIN(TestCsvInput)
#include "tst_csvinput.moc"
