// Usage exports: text that a spreadsheet would run as a formula is neutralised in CSV (numbers and
// JSON are untouched), and a read that fails part-way fails the export instead of truncating it.
#include "io/csvreader.h"
#include "io/usageexport.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace tl;

namespace {

const QString Formula = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")");

QList<QStringList> readCsv(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<QStringList> rows;
    QStringList row;
    while (reader.next(&row) == CsvReader::Status::Record)
        rows.append(row);
    return rows;
}

// Stops SQLite (SQLITE_INTERRUPT) once the export has written a few lines: a read that fails
// after part of the rows, as on a damaged page.
int interruptAfterAFewRows(void *context)
{
    return static_cast<QBuffer *>(context)->data().count('\n') > 3 ? 1 : 0;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    return v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(v.constData())
                                                                 : nullptr;
}

}   // namespace

class TestUsageExport : public QObject
{
    Q_OBJECT

private slots:
    void formulaCellsAreNeutralised()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("@SUM(1+1)"));
        UsageRecord hostile = test::usage(account, QDate(2026, 3, 1), Formula, 100, 10, 500'000'000);
        hostile.project = QStringLiteral("+1");
        hostile.apiKeyId = QStringLiteral("-2");
        hostile.serviceTier = QStringLiteral("\tbatch");
        hostile.source = QStringLiteral("\rcsv");
        UsageRecord credit = test::usage(account, QDate(2026, 3, 2), QStringLiteral("a=b"), 7, 0, -250'000'000);
        QVERIFY(UsageRepository(db.connection()).upsert({hostile, credit}).ok);

        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QString error;
        QCOMPARE(exportUsage(db.connection(), {}, ExportFormat::Csv, csv, &error), qint64(2));
        const QList<QStringList> rows = readCsv(csv.data());
        QCOMPARE(rows.size(), 3);
        const QStringList &header = rows.at(0);
        const auto cell = [&](int row, const char *column) {
            return rows.at(row).at(header.indexOf(QString::fromLatin1(column)));
        };
        QCOMPARE(cell(1, "account"), QStringLiteral("'@SUM(1+1)"));
        QCOMPARE(cell(1, "model"), QStringLiteral("'") + Formula);
        QCOMPARE(cell(1, "project"), QStringLiteral("'+1"));
        QCOMPARE(cell(1, "api_key_id"), QStringLiteral("'-2"));
        QCOMPARE(cell(1, "service_tier"), QStringLiteral("'\tbatch"));
        QCOMPARE(cell(1, "source"), QStringLiteral("'\rcsv"));
        // Numbers and money stay numbers, a minus included; text that merely contains = is text.
        QCOMPARE(cell(1, "input_tokens"), QStringLiteral("100"));
        QCOMPARE(cell(1, "cost_usd"), QStringLiteral("0.5"));
        QCOMPARE(cell(2, "cost_usd"), QStringLiteral("-0.25"));
        QCOMPARE(cell(2, "model"), QStringLiteral("a=b"));
        QCOMPARE(cell(2, "day"), QStringLiteral("2026-03-02"));
        QCOMPARE(cell(2, "provider"), QStringLiteral("openai"));

        // JSON is data for programs, not a spreadsheet: unchanged.
        QBuffer json;
        json.open(QIODevice::WriteOnly);
        QCOMPARE(exportUsage(db.connection(), {}, ExportFormat::Json, json, &error), qint64(2));
        const QJsonObject first = QJsonDocument::fromJson(json.data()).array().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("model")).toString(), Formula);
        QCOMPARE(first.value(QStringLiteral("account")).toString(), QStringLiteral("@SUM(1+1)"));
        QCOMPARE(first.value(QStringLiteral("api_key_id")).toString(), QStringLiteral("-2"));
    }

    void textFieldRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("equals") << "=1+1" << QByteArray("'=1+1");
        QTest::newRow("plus") << "+1" << QByteArray("'+1");
        QTest::newRow("minus") << "-1" << QByteArray("'-1");
        QTest::newRow("at") << "@x" << QByteArray("'@x");
        QTest::newRow("tab") << "\tx" << QByteArray("'\tx");
        QTest::newRow("carriage return, quoted") << "\rx" << QByteArray("\"'\rx\"");
        QTest::newRow("formula with a comma, quoted") << "=A1,B1" << QByteArray("\"'=A1,B1\"");
        QTest::newRow("plain") << "gpt-4o" << QByteArray("gpt-4o");
        QTest::newRow("empty") << "" << QByteArray("");
        QTest::newRow("space first") << " =x" << QByteArray(" =x");
    }
    void textFieldRule()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, cell);
        QCOMPARE(csvTextField(text), cell);
    }

    // A read error part-way (here SQLite interrupted after a few rows) fails the export with the
    // error instead of returning the rows read so far as if they were all.
    void failedReadFailsTheExport_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ExportFormat::Csv);
        QTest::newRow("json") << int(ExportFormat::Json);
    }
    void failedReadFailsTheExport()
    {
        QFETCH(int, format);
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        QList<UsageRecord> rows;
        for (int i = 0; i < 200; ++i)
            rows.append(test::usage(account, QDate(2026, 3, 1),
                                    QStringLiteral("model-%1").arg(i, 3, 10, QLatin1Char('0')), 10, 1, 1000));
        QVERIFY(UsageRepository(db.connection()).upsert(rows).ok);
        sqlite3 *handle = handleOf(db.connection());
        QVERIFY(handle);

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        sqlite3_progress_handler(handle, 1, interruptAfterAFewRows, &out);
        QString error;
        const qint64 written = exportUsage(db.connection(), {}, ExportFormat(format), out, &error);
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        QCOMPARE(written, qint64(-1));
        QVERIFY2(error.contains(QStringLiteral("reading the usage rows failed after")) &&
                     error.contains(QStringLiteral("interrupt")),
                 qPrintable(error));

        // Without the fault the same export is whole.
        QBuffer whole;
        whole.open(QIODevice::WriteOnly);
        QCOMPARE(exportUsage(db.connection(), {}, ExportFormat(format), whole, &error), qint64(200));
    }
};

QTEST_GUILESS_MAIN(TestUsageExport)
#include "tst_usageexport.moc"
