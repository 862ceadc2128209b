#include "io/csvimport.h"
#include "io/csvproblemtext.h"
#include "io/csvreader.h"
#include "pricing/pricingservice.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <cstring>
#include <tuple>

using namespace tl;

namespace {

// The import dialog and the command line can say it in the user's language.
bool recognised(const QString &problem)
{
    bool known = false;
    tl::translatedCsvProblem(problem, &known);
    return known;
}

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(TOKENLEDGER_FIXTURES_DIR "/csv/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

CsvImportResult import(test::TestDatabase &db, qint64 account, const QByteArray &bytes, CsvImportOptions options = {})
{
    PricingService pricing(db.connection());
    pricing.load();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    options.accountId = account;
    return importCsv(db.connection(), buffer, options, pricing.catalog());
}

// A device that cannot be read twice (a pipe, standard input): the import cannot restart on it.
class OneWayDevice : public QIODevice
{
public:
    explicit OneWayDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

qint64 rowCount(test::TestDatabase &db)
{
    return db.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM usage) + (SELECT COUNT(*) FROM costs)"));
}

}   // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void readerHandlesQuotingAndLines()
    {
        QBuffer buffer;
        buffer.setData("\xEF\xBB\xBF"
                       "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"multi\nline\",2\nlast,\"\"");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer);
        QStringList row;
        QCOMPARE(reader.next(&row), CsvReader::Status::Record);
        QCOMPARE(row, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(reader.next(&row), CsvReader::Status::Record);
        QCOMPARE(row, (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\"")}));
        QCOMPARE(reader.recordLine(), qint64(2));
        QCOMPARE(reader.next(&row), CsvReader::Status::Record);
        QCOMPARE(row.first(), QStringLiteral("multi\nline"));
        QCOMPARE(reader.recordLine(), qint64(4));   // after a blank line
        QCOMPARE(reader.next(&row), CsvReader::Status::Record);
        QCOMPARE(reader.recordLine(), qint64(6));
        QCOMPARE(row, (QStringList{QStringLiteral("last"), QString()}));
        QCOMPARE(reader.next(&row), CsvReader::Status::End);

        // A lone CR inside an unquoted field is dropped and the field goes on; plain fields are
        // decoded straight from the read buffer, the others piece by piece: the same text.
        QBuffer crs;
        crs.setData("a\rb,c\r\n\"q\"\"\",\xC3\xA9t\xC3\xA9,\r\nx\xC3\r\xA9,c\n");
        crs.open(QIODevice::ReadOnly);
        CsvReader crReader(crs);
        QCOMPARE(crReader.next(&row), CsvReader::Status::Record);
        QCOMPARE(row, (QStringList{QStringLiteral("ab"), QStringLiteral("c")}));
        QCOMPARE(crReader.next(&row), CsvReader::Status::Record);
        QCOMPARE(row, (QStringList{QStringLiteral("q\""), QString::fromUtf8("\xC3\xA9t\xC3\xA9"), QString()}));
        QCOMPARE(crReader.next(&row), CsvReader::Status::Record);
        // The CR drops out of a character it splits: the bytes around it are decoded together.
        QCOMPARE(row, (QStringList{QString::fromUtf8("x\xC3\xA9"), QStringLiteral("c")}));
        QCOMPARE(crReader.next(&row), CsvReader::Status::End);
    }

    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("goodRows");
        QTest::addColumn<qint64>("skippedRows");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("generic") << "generic.csv"
                                 << "openai"
                                 << "generic" << qint64(4) << qint64(0)
                                 << "SELECT SUM(input_tokens) || '/' || SUM(cached_input_tokens) || '/' || "
                                    "SUM(output_tokens) || '/' || SUM(requests) || '/' || "
                                    "SUM(cost_status = 'reported') || '/' || SUM(cost_status = 'unpriced') || '/' || "
                                    "SUM(CASE WHEN cost_status = 'reported' THEN cost_nano END) FROM usage"
                                 << "385000/50000/72500/215/1/1/256000000";
        QTest::newRow("openai usage: cached inside input")
            << "openai-usage.csv"
            << "openai"
            << "openai-usage" << qint64(3) << qint64(0)
            << "SELECT SUM(input_tokens) || '/' || SUM(cached_input_tokens) || '/' || SUM(output_tokens) || '/' || "
               "SUM(requests) || '/' || SUM(cost_status = 'estimated') || '/' || MIN(source) FROM usage"
            << "380000/50000/72000/210/3/csv";
        QTest::newRow("openai costs") << "openai-costs.csv"
                                      << "openai"
                                      << "openai-costs" << qint64(4) << qint64(0)
                                      << "SELECT SUM(amount_nano) || '/' || COUNT(*) || '/' || MIN(currency) FROM costs"
                                      << "2054045000/4/USD";
        QTest::newRow("anthropic usage") << "anthropic-usage.csv"
                                         << "anthropic"
                                         << "anthropic-usage" << qint64(3) << qint64(0)
                                         << "SELECT SUM(input_tokens) || '/' || SUM(cached_input_tokens) || '/' || "
                                            "SUM(cache_write_5m_tokens) || '/' "
                                            "|| SUM(output_tokens) || '/' || COUNT(DISTINCT project) FROM usage"
                                         << "180000/400000/20000/11000/2";
        QTest::newRow("anthropic costs: dollars")
            << "anthropic-costs.csv"
            << "anthropic"
            << "anthropic-costs" << qint64(4) << qint64(0) << "SELECT SUM(amount_nano) FROM costs"
            << "555000000";
        QTest::newRow("google billing: AI services only, unrounded")
            << "google-billing.csv"
            << "google"
            << "google-billing" << qint64(3) << qint64(1)
            << "SELECT SUM(amount_nano) || '/' || COUNT(DISTINCT project) || '/' || MIN(line_item) FROM costs"
            << "985000000/2/Gemini API — Gemini 2.5 Flash Input Tokens";
    }
    void formats()
    {
        QFETCH(QString, file);
        QFETCH(QString, provider);
        QFETCH(QString, format);
        QFETCH(qint64, goodRows);
        QFETCH(qint64, skippedRows);
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        test::TestDatabase db;
        const qint64 account = db.addAccount(provider, QStringLiteral("Imported"));
        const QByteArray bytes = fixture(file);
        QVERIFY(!bytes.isEmpty());
        CsvImportResult r = import(db, account, bytes);
        QVERIFY2(r.ok,
                 qPrintable(r.error +
                            QStringLiteral(" rows %1 good %2 bad %3").arg(r.rows).arg(r.goodRows).arg(r.badRowCount)));
        QCOMPARE(csvFormatName(r.format), format);
        QCOMPARE(r.goodRows, goodRows);
        QCOMPARE(r.skippedRows, skippedRows);
        QCOMPARE(r.badRowCount, qint64(0));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(sql) && q.next());
        QCOMPARE(q.value(0).toString(), expected);
        q.finish();

        // Re-importing the same file changes nothing.
        const qint64 before = rowCount(db);
        r = import(db, account, bytes);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.usageCreated + r.usageUpdated + r.costsCreated + r.costsUpdated, qint64(0));
        QCOMPARE(rowCount(db), before);
        QVERIFY(q.exec(sql) && q.next());
        QCOMPARE(q.value(0).toString(), expected);
    }

    void badRowsAreReportedAndNothingIsHalfImported()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        const QByteArray bytes = fixture(QStringLiteral("bad-rows.csv"));
        CsvImportResult r = import(db, account, bytes);
        QVERIFY(!r.ok);
        QCOMPARE(r.rows, qint64(7));
        QCOMPARE(r.badRowCount, qint64(5));
        const QList<std::pair<qint64, QString>> expected{{3, QStringLiteral("bad date")},
                                                         {4, QStringLiteral("negative input tokens")},
                                                         {5, QStringLiteral("expected 5 columns, found 4")},
                                                         {6, QStringLiteral("broken quoting")},
                                                         {7, QStringLiteral("is not a decimal amount")}};
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(r.badRows.at(i).line, expected.at(i).first);
            QVERIFY2(r.badRows.at(i).reason.contains(expected.at(i).second), qPrintable(r.badRows.at(i).reason));
            // Shown translated in the import dialog and the command line (csvproblemtext.h).
            QVERIFY2(recognised(r.badRows.at(i).reason), qPrintable(r.badRows.at(i).reason));
        }
        QVERIFY2(recognised(r.error), qPrintable(r.error));
        QCOMPARE(rowCount(db), qint64(0));   // nothing

        CsvImportOptions dry;
        dry.dryRun = true;
        dry.keepGoodRows = true;
        r = import(db, account, bytes, dry);
        QVERIFY(r.ok);
        QVERIFY(!r.written);
        QCOMPARE(rowCount(db), qint64(0));

        CsvImportOptions keep;
        keep.keepGoodRows = true;
        r = import(db, account, bytes, keep);
        QVERIFY(r.ok);
        QCOMPARE(r.usageCreated, qint64(2));   // line 2 and the multi-line model of line 8
        QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(cost_nano) FROM usage")), qint64(750'000'000));

        // Costs in a currency that is not one.
        r = import(db, account,
                   "start_time,amount_value,amount_currency\n1772323200,1.5,usd\n1772323200,2,dollars\n"
                   "1772323200,3,EUR\n");
        QCOMPARE(r.badRowCount, qint64(1));
        QCOMPARE(r.badRows.first().line, qint64(3));
        QVERIFY(r.badRows.first().reason.contains(QStringLiteral("unknown currency")));
    }

    // A file that comes day by day is read on a thread of its own while this one writes
    // (csvstream.h). A write that fails part-way — here on the fifth of eight days, with the
    // reading thread blocked on a full queue — stops the reading, names the failure, and keeps
    // nothing; the connection imports the next file as usual.
    void aWriteThatFailsWhileStreamingKeepsNothing()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        QByteArray bytes = "date,model,input_tokens,output_tokens,project\n";
        for (int day = 1; day <= 8; ++day) {
            for (int i = 0; i < 6000; ++i)
                bytes += QStringLiteral("2026-01-0%1,gpt-4o,%2,7,proj_%3\n").arg(day).arg(i + 1).arg(i).toUtf8();
        }
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER usage_fails BEFORE INSERT ON usage "
                                      "WHEN NEW.day >= '2026-01-05' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        CsvImportResult r = import(db, account, bytes);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("disk full")), qPrintable(r.error));
        QCOMPARE(rowCount(db), qint64(0));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_daily")), qint64(0));

        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER usage_fails")));
        r = import(db, account, bytes);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.usageCreated, qint64(48'000));
        QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(input_tokens) FROM usage")), qint64(8 * 6000 * 6001 / 2));
    }

    // A file is written as it is read while its days come in order; a day that comes back after a
    // later one makes the import read the file again through the staging table (sorted on disk), as
    // does a device that cannot be read twice. Every way gives the same ledger: rows with one key
    // summed wherever they stand, the rollups equal to a rebuild, re-importing changes nothing.
    void rowsInAnyOrderGiveTheSameLedger()
    {
        test::TestDatabase db;
        QStringList rows;
        for (int day = 1; day <= 4; ++day) {
            for (int i = 0; i < 30; ++i) {
                rows << QStringLiteral("2026-03-%1,%2,%3,%4,%5,%6,,proj_%7,key_%8")
                            .arg(day, 2, 10, QLatin1Char('0'))
                            .arg(i % 3 == 0 ? QStringLiteral("gpt-4o") : QStringLiteral("gpt-4o-mini"))
                            .arg(1000 + i * 7)
                            .arg(i % 4 * 10)
                            .arg(50 + i)
                            .arg(1 + i % 5)
                            .arg(i % 4)
                            .arg(i % 6);   // 12 distinct keys a day: the rows of a key are summed
            }
        }
        const QByteArray header =
            "date,model,input_tokens,cached_input_tokens,output_tokens,requests,cost_usd,project,api_key_id\n";
        QStringList shuffled = rows;
        QRandomGenerator rng(3);
        for (qsizetype i = shuffled.size() - 1; i > 0; --i)
            shuffled.swapItemsAt(i, rng.bounded(i + 1));
        const QString ledger = QStringLiteral(
            "SELECT group_concat(day || model || project || api_key_id || input_tokens || cached_input_tokens || "
            "output_tokens || requests || cost_nano || cost_status, ';') FROM (SELECT * FROM usage WHERE account_id = "
            "%1 ORDER BY day, model, project, api_key_id)");
        QString expected;
        for (const auto &[name, lines, oneWay] : {std::tuple{"in order", rows, false},
                                                  {"shuffled", shuffled, false},
                                                  {"in order, one way", rows, true},
                                                  {"shuffled, one way", shuffled, true}}) {
            const qint64 account = db.addAccount(QStringLiteral("openai"), QString::fromLatin1(name));
            const QByteArray bytes = header + lines.join(u'\n').toUtf8() + '\n';
            for (int round = 0; round < 2; ++round) {
                CsvImportResult r;
                if (oneWay) {
                    PricingService pricing(db.connection());
                    pricing.load();
                    OneWayDevice buffer(bytes);
                    CsvImportOptions options;
                    options.accountId = account;
                    r = importCsv(db.connection(), buffer, options, pricing.catalog());
                } else {
                    r = import(db, account, bytes);
                }
                QVERIFY2(r.ok, qPrintable(QLatin1String(name) + u' ' + r.error));
                QCOMPARE(r.rows, qint64(120));
                QCOMPARE(r.usageCreated, round == 0 ? qint64(48) : qint64(0));
                QCOMPARE(r.usageUnchanged, round == 0 ? qint64(0) : qint64(48));
            }
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE account_id = %1").arg(account)),
                     qint64(48));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(ledger.arg(account)) && q.next());
            if (expected.isEmpty())
                expected = q.value(0).toString();
            QCOMPARE(q.value(0).toString(), expected);
        }
        QVERIFY(expected.contains(QStringLiteral("estimated")));
        // The rollups the streamed and the staged writes kept equal a rebuild from the rows.
        QSqlQuery q(db.connection());
        const QString daily =
            QStringLiteral("SELECT group_concat(account_id || day || model || cost_nano || row_count, "
                           "';') FROM (SELECT * FROM usage_daily ORDER BY account_id, day, model)");
        QVERIFY(q.exec(daily) && q.next());
        const QString kept = q.value(0).toString();
        QString error;
        QVERIFY2(UsageRepository(db.connection()).rebuildRollups(&error), qPrintable(error));
        QVERIFY(q.exec(daily) && q.next());
        QCOMPARE(q.value(0).toString(), kept);
    }

    void filesThatAreNotCsvAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\x00\x00\x00",
                                              10)
                                << "not a CSV file";
        QTest::newRow("prose") << QByteArray("Dear team,\nhere are the numbers.\n") << "not a CSV file";
        QTest::newRow("unknown columns") << QByteArray("when,what,how much\n2026-01-01,x,3\n") << "match no format";
        QTest::newRow("missing column") << QByteArray("start_time,model,input_tokens,output_tokens\n")
                                        << "openai-usage format, which needs a \"num_model_requests\" column";
        // Found by a hostile probe: the first copy was read (a $250 row stored at $1), and a file of
        // carriage-return-only lines was "imported" as no rows with success.
        QTest::newRow("a column twice")
            << QByteArray("date,model,input_tokens,output_tokens,cost_usd,Cost_USD\n2026-11-01,dup,1,1,1.00,250.00\n")
            << "the column \"cost_usd\" is in the header more than once";
        QTest::newRow("old Mac line ends")
            << QByteArray("date,model,input_tokens,output_tokens,cost_usd\r2026-11-01,a,1,1,1\r2026-11-02,b,1,1,2\r")
            << "carriage return alone";
    }
    void filesThatAreNotCsvAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        const CsvImportResult r = import(db, account, bytes);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
        QVERIFY2(recognised(r.error), qPrintable(r.error));
        QCOMPARE(rowCount(db), qint64(0));
    }

    // Random bytes, truncated and corrupted fixtures: never a crash, a clear answer, and either
    // the whole file or nothing.
    void fuzz()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        QRandomGenerator rng(20261125);
        const QList<QByteArray> seeds{
            fixture(QStringLiteral("generic.csv")), fixture(QStringLiteral("openai-usage.csv")),
            fixture(QStringLiteral("openai-costs.csv")), fixture(QStringLiteral("google-billing.csv"))};
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes;
            const int kind = round % 3;
            if (kind == 0) {   // random bytes
                bytes.resize(rng.bounded(0, 400));
                for (char &c : bytes)
                    c = char(rng.bounded(0, 256));
            } else {
                bytes = seeds.at(rng.bounded(int(seeds.size())));
                if (kind == 1) {   // truncated anywhere
                    bytes.truncate(rng.bounded(0, int(bytes.size()) + 1));
                } else {   // a few bytes flipped
                    for (int i = 0; i < 4 && !bytes.isEmpty(); ++i)
                        bytes[rng.bounded(int(bytes.size()))] = "\",\n\r\x00x9-"[rng.bounded(9)];
                }
            }
            const qint64 before = rowCount(db);
            const CsvImportResult r = import(db, account, bytes);
            if (!r.ok) {
                QVERIFY(!r.error.isEmpty());
                QCOMPARE(rowCount(db), before);   // nothing half-imported
            }
            for (const CsvBadRow &b : r.badRows) {
                QVERIFY(b.line >= 2 && !b.reason.isEmpty());
                QVERIFY2(recognised(b.reason), qPrintable(b.reason));
            }
            QVERIFY2(r.error.isEmpty() || recognised(r.error), qPrintable(r.error));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
