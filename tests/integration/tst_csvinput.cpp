// Hostile and absurd CSV input: amounts with commas, sums past 64 bits, lines and fields past the
// record limit. Every case is a real import into a real database; nothing may be half-written.
#include "io/csvimport.h"
#include "io/csvreader.h"
#include "pricing/pricingservice.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
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

// Peak resident memory of this process so far, in KiB (Linux).
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
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

    // Unix seconds whose day "YYYY-MM-DD" cannot hold are a bad date on their line (found by
    // fuzz_csvrow; the import used to fail as a whole with "usage record without a valid day").
    void unixSecondsOutsideTheCalendar()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        const CsvImportResult r = import(db, account,
                                         "start_time,model,input_tokens,output_tokens,num_model_requests\n"
                                         "1772323200,gpt-4o,1,1,1\n17723232017024096,gpt-4o,1,1,1\n"
                                         "253402300800,gpt-4o,1,1,1\n253402300799,gpt-4o,1,1,1\n"
                                         "-62135596801,gpt-4o,1,1,1\n");
        QCOMPARE(r.badRowCount, qint64(3));
        QCOMPARE(r.badRows.at(0).line, qint64(3));
        QCOMPARE(r.badRows.at(1).line, qint64(4));
        QCOMPARE(r.badRows.at(2).line, qint64(6));
        for (const CsvBadRow &b : r.badRows)
            QVERIFY2(b.reason.startsWith(QStringLiteral("bad date")), qPrintable(b.reason));
    }

    // A time with an offset from UTC lands on its UTC day, as agent logs do; a compact ISO day
    // ("20261101") is that day, not Unix seconds (both found by a hostile probe: the offset was
    // ignored, and 20261101 became 1970-08-23).
    void timesWithAnOffsetLandOnTheirUtcDay()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        const QByteArray rows = "date,model,input_tokens,output_tokens,cost_usd\n"
                                "2026-11-01T23:30:00-02:00,late-west,1,1,1\n"
                                "2026-11-02T00:30:00+01:00,early-east,1,1,1\n"
                                "2026-11-03T12:00:00+0530,noon-india,1,1,1\n"
                                "2026-11-04T23:59:59Z,last-second,1,1,1\n"
                                "2026-11-05 00:15:00+00:00,space,1,1,1\n"
                                "2026-11-06T01:00:00.250-01:30,fraction,1,1,1\n"
                                "20261107,compact,1,1,1\n";
        // A number too short for Unix seconds is no day of 1970: a bad date on its line.
        const CsvImportResult r = import(db, account, rows + "1234567,short-number,1,1,1\n");
        QCOMPARE(r.badRowCount, qint64(1));
        QCOMPARE(r.badRows.at(0).line, qint64(9));
        QVERIFY2(r.badRows.at(0).reason.startsWith(QStringLiteral("bad date")), qPrintable(r.badRows.at(0).reason));
        const CsvImportResult good = import(db, account, rows);
        QVERIFY2(good.ok, qPrintable(describe(good)));
        const auto dayOf = [&](const char *model) {
            // The day's number: julianday() of the stored ISO day, against the expected one.
            return db.scalar(
                QStringLiteral("SELECT CAST(julianday(day) + 0.5 AS INTEGER) FROM usage WHERE model = '%1'")
                    .arg(QLatin1String(model)));
        };
        const auto jd = [](const char *day) {
            return QDate::fromString(QLatin1String(day), Qt::ISODate).toJulianDay();
        };
        QCOMPARE(dayOf("late-west"), jd("2026-11-02"));
        QCOMPARE(dayOf("early-east"), jd("2026-11-01"));
        QCOMPARE(dayOf("noon-india"), jd("2026-11-03"));
        QCOMPARE(dayOf("last-second"), jd("2026-11-04"));
        QCOMPARE(dayOf("space"), jd("2026-11-05"));
        QCOMPARE(dayOf("fraction"), jd("2026-11-06"));
        QCOMPARE(dayOf("compact"), jd("2026-11-07"));
    }

    // A file that is not text yields no fields with NotText, however long the record was.
    void notTextKeepsNoFields()
    {
        for (const qsizetype limit : {qsizetype(4), CsvReader::MaxRecordBytes}) {
            QBuffer buffer;
            buffer.setData(QByteArray("a,b\nc,d,\0e\n", 12));
            buffer.open(QIODevice::ReadOnly);
            CsvReader reader(buffer, limit);
            QStringList row;
            reader.next(&row);
            QCOMPARE(reader.next(&row), CsvReader::Status::NotText);
            QVERIFY(row.isEmpty());
        }
    }

    // The reader keeps at most MaxRecordBytes of one record: a longer line or field is skipped to
    // its end and reported with the line it began on; the records around it are read as usual.
    void readerSkipsRecordsPastTheLimit()
    {
        QBuffer buffer;
        QByteArray bytes = "a,b\n\"" + QByteArray(40, 'x') + "\n" + QByteArray(40, 'y') + "\",2\nc,\"\"\"d\"\"\"\n";
        bytes += QByteArray(50, 'z') + "\"q\"" + QByteArray(10, 'z') + "\nlast,1\n\"never closed" +
                 QByteArray(60, 'w') + "\nstill inside";
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, 32);
        QStringList row;
        QCOMPARE(reader.next(&row), CsvReader::Status::Record);
        QCOMPARE(reader.next(&row), CsvReader::Status::TooLong);   // a quoted field spanning two lines
        QCOMPARE(reader.recordLine(), qint64(2));
        QVERIFY(row.isEmpty());
        QCOMPARE(reader.next(&row), CsvReader::Status::Record);
        QCOMPARE(reader.recordLine(), qint64(4));
        QCOMPARE(row, (QStringList{QStringLiteral("c"), QStringLiteral("\"d\"")}));
        // A quote inside an over-long unquoted field does not open a quoted field.
        QCOMPARE(reader.next(&row), CsvReader::Status::TooLong);
        QCOMPARE(reader.recordLine(), qint64(5));
        QCOMPARE(reader.next(&row), CsvReader::Status::Record);
        QCOMPARE(row, (QStringList{QStringLiteral("last"), QStringLiteral("1")}));
        QCOMPARE(reader.recordLine(), qint64(6));
        QCOMPARE(reader.next(&row), CsvReader::Status::TooLong);   // unterminated: discarded to the end
        QCOMPARE(reader.recordLine(), qint64(7));
        QCOMPARE(reader.next(&row), CsvReader::Status::End);
    }

    // A real file with a 5 MiB quoted field (over many lines) and a 3 MiB unquoted line between
    // good rows: the good rows import, the two bad ones are reported with their lines, and the
    // reader's memory stays within the limit plus one chunk.
    void longLinesAndFieldsAreBadRows()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("date,model,input_tokens,output_tokens,cost_usd\n");
            file.write("2026-03-01,gpt-4o,100,10,0.5\n");   // line 2
            QByteArray field;
            for (int i = 0; i < 5 * 1024; ++i)   // 5 MiB over 5120 lines
                field += QByteArray(1023, 'm') + '\n';
            file.write("2026-03-02,\"" + field + "\",100,10,0.5\n");                          // lines 3..5123
            file.write("2026-03-03,gpt-4o,100,10,0.5\n");                                     // line 5124
            file.write("2026-03-04," + QByteArray(3 * 1024 * 1024, 'u') + ",100,10,0.5\n");   // line 5125
            file.write("2026-03-05,gpt-4o,100,10,0.5\n");                                     // line 5126
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(file);
        QStringList row;
        QList<std::pair<CsvReader::Status, qint64>> seen;
        for (CsvReader::Status s = reader.next(&row); s != CsvReader::Status::End; s = reader.next(&row))
            seen.append({s, reader.recordLine()});
        using S = CsvReader::Status;
        QCOMPARE(seen, (QList<std::pair<S, qint64>>{{S::Record, 1},
                                                    {S::Record, 2},
                                                    {S::TooLong, 3},
                                                    {S::Record, 5124},
                                                    {S::TooLong, 5125},
                                                    {S::Record, 5126}}));
        QVERIFY2(reader.peakHeldBytes() <= CsvReader::MaxRecordBytes + CsvReader::ChunkBytes,
                 qPrintable(QString::number(reader.peakHeldBytes())));

        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        CsvImportOptions keep;
        keep.keepGoodRows = true;
        const CsvImportResult r = import(db, account, again, keep);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.rows, qint64(5));
        QCOMPARE(r.goodRows, qint64(3));
        QCOMPARE(r.badRowCount, qint64(2));
        QCOMPARE(r.badRows.at(0).line, qint64(3));
        QCOMPARE(r.badRows.at(1).line, qint64(5125));
        for (const CsvBadRow &b : r.badRows)
            QVERIFY2(b.reason.contains(QStringLiteral("longer than 1 MiB")), qPrintable(b.reason));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(3));
    }

    // Memory does not follow the line: a 64 MiB line raises the peak resident size by far less
    // than the line itself (before the limit it took several times the line: bytes, then UTF-16).
    void longLineKeepsMemoryFlat()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("line.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("a,b\n");
            const QByteArray block(1 << 20, 'v');
            for (int i = 0; i < 64; ++i)
                file.write(block);
            file.write(",1\nlast,2\n");
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // Start from the current size, not an earlier test's peak (clear_refs 5 resets VmHWM).
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
        clear.close();
        const qint64 before = peakRssKiB();
        QVERIFY(before > 0);
        CsvReader reader(file);
        QStringList row;
        QCOMPARE(reader.next(&row), CsvReader::Status::Record);
        QCOMPARE(reader.next(&row), CsvReader::Status::TooLong);
        QCOMPARE(reader.next(&row), CsvReader::Status::Record);
        QCOMPARE(row.first(), QStringLiteral("last"));
        const qint64 grownKiB = peakRssKiB() - before;
        qInfo("a 64 MiB line raised the peak RSS by %lld KiB", grownKiB);
        QVERIFY2(grownKiB < 32 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(grownKiB)));
    }
};

QTEST_GUILESS_MAIN(TestCsvInput)
#include "tst_csvinput.moc"
