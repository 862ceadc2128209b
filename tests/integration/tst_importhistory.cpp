#include "analytics/quality.h"
#include "clirunner.h"
#include "csvimporttesting.h"
#include "io/csvimport.h"
#include "io/importremoval.h"
#include "pricing/catalog.h"
#include "storage/costrepository.h"
#include "storage/importrepository.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

// Every import is recorded, and removing one takes out exactly what it added and restores what it
// overwrote — in any order, over overlapping imports (issue 12, item 2).
namespace {

// Everything a total is made of: usage rows, the rollups the dashboard reads, and the costs.
QStringList state(const test::TestDatabase &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    for (const char *sql :
         {"SELECT day, account_id, model, project, api_key_id, service_tier, source, input_tokens, "
          "cached_input_tokens, "
          "cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, requests, cost_nano, cost_status FROM usage "
          "ORDER BY 1, 2, 3, 4, 5, 6, 7",
          "SELECT * FROM usage_daily ORDER BY day, account_id, model",
          "SELECT account_id, day, line_item, project, api_key_id, currency, source, amount_nano FROM costs ORDER BY "
          "1, 2, 3, 4, 5, 6, 7"}) {
        q.exec(QString::fromLatin1(sql));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row.join(u'|');
        }
        out << QStringLiteral("--");
    }
    return out;
}

// Generic usage with a file cost on some rows, and billed lines: both kinds are journalled.
const QByteArray FileA = "date,model,input_tokens,output_tokens,requests,cost_usd\n"
                         "2026-03-01,gpt-4o,1000,100,1,\n"
                         "2026-03-02,gpt-4o,2000,200,2,0.5\n";
const QByteArray FileB = "date,model,input_tokens,output_tokens,requests,cost_usd\n"
                         "2026-03-02,gpt-4o,2500,250,3,0.75\n"   // overwrites A's
                         "2026-03-03,gpt-4o,3000,300,3,\n";      // new
const QByteArray FileC = "date,model,input_tokens,output_tokens,requests,cost_usd\n"
                         "2026-03-01,gpt-4o,1200,120,1,\n"    // overwrites A's
                         "2026-03-03,gpt-4o,3000,300,3,\n";   // the same as B's
const QByteArray CostsA = "start_time,amount_value,amount_currency,line_item\n"
                          "1772323200,1.25,usd,\"gpt-4o, input\"\n";
const QByteArray CostsB = "start_time,amount_value,amount_currency,line_item\n"
                          "1772323200,2.5,usd,\"gpt-4o, input\"\n";

}   // namespace

class TestImportHistory : public QObject
{
    Q_OBJECT

private slots:
    void everyImportIsRecordedAndTheSameFileRecognised()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
        const CsvImportResult first = test::importFile(db, account, FileA, QStringLiteral("a.csv"));
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(first.importId > 0);
        const auto imports = ImportRepository(db.connection()).list();
        QVERIFY(imports && imports->size() == 1);
        const ImportRecord &r = imports->first();
        QCOMPARE(r.fileName, QStringLiteral("a.csv"));
        QCOMPARE(r.fileSize, qint64(FileA.size()));
        QCOMPARE(r.sha256, QString::fromLatin1(QCryptographicHash::hash(FileA, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(r.format, QStringLiteral("generic"));
        QCOMPARE(r.accountId, account);
        QCOMPARE(r.account, QStringLiteral("Console"));
        QCOMPARE(r.rowsRead, qint64(2));
        QCOMPARE(r.rowsGood, qint64(2));
        QCOMPARE(r.firstDay, QDate(2026, 3, 1));
        QCOMPARE(r.lastDay, QDate(2026, 3, 2));
        QCOMPARE(r.usageCreated, qint64(2));
        QVERIFY(r.isActive());

        // The same file again: recognised, nothing changes, no second entry.
        const CsvImportResult again = test::importFile(db, account, FileA, QStringLiteral("a-copy.csv"));
        QVERIFY(again.ok);
        QCOMPARE(again.importId, qint64(0));
        QCOMPARE(again.sameFileImportId, first.importId);
        QCOMPARE(ImportRepository(db.connection()).list()->size(), 1);
        // A failed import leaves no entry.
        const CsvImportResult bad =
            test::importFile(db, account, "date,model,input_tokens\n2026-13-01,x,1\n", QStringLiteral("b"));
        QVERIFY(!bad.ok);
        QCOMPARE(ImportRepository(db.connection()).list()->size(), 1);
    }

    void removingImportsInAnyOrderRestoresTheExactTotals_data()
    {
        QTest::addColumn<QList<int>>("order");   // which of A (0), B (1), C (2) to remove, in turn
        QTest::newRow("newest first") << QList<int>{2, 1, 0};
        QTest::newRow("oldest first") << QList<int>{0, 1, 2};
        QTest::newRow("the middle one first") << QList<int>{1, 2, 0};
        QTest::newRow("middle, oldest, newest") << QList<int>{1, 0, 2};
    }
    void removingImportsInAnyOrderRestoresTheExactTotals()
    {
        QFETCH(QList<int>, order);
        const QList<QByteArray> usageFiles{FileA, FileB, FileC};
        // Expected states come from a second database that never had the removed imports.
        const auto replay = [&](const QList<int> &which) {
            test::TestDatabase fresh(QStringLiteral("replay"));
            const qint64 a = fresh.addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
            seedSyncedRows(fresh, a);
            for (int i : which) {
                if (!test::importFile(fresh, a, usageFiles.at(i), QStringLiteral("f%1").arg(i)).ok)
                    qFatal("replay import failed");
                if (i < 2 && !test::importFile(fresh, a, i == 0 ? CostsA : CostsB, QStringLiteral("c%1").arg(i)).ok)
                    qFatal("replay cost import failed");
            }
            return state(fresh);
        };

        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
        seedSyncedRows(db, account);
        const QStringList before = state(db);
        QList<qint64> usageImports;
        QList<qint64> costImports;
        for (int i = 0; i < 3; ++i) {
            const CsvImportResult r = test::importFile(db, account, usageFiles.at(i), QStringLiteral("f%1").arg(i));
            QVERIFY2(r.ok && r.importId > 0, qPrintable(r.error));
            usageImports << r.importId;
            if (i < 2) {
                const CsvImportResult c =
                    test::importFile(db, account, i == 0 ? CostsA : CostsB, QStringLiteral("c%1").arg(i));
                QVERIFY2(c.ok && c.importId > 0, qPrintable(c.error));
                costImports << c.importId;
            }
        }
        QList<int> remaining{0, 1, 2};
        for (int which : order) {
            ImportRemoval removed = removeImport(db.connection(), usageImports.at(which), test::bundledCatalog());
            QVERIFY2(removed.ok, qPrintable(removed.error));
            if (which < 2) {
                removed = removeImport(db.connection(), costImports.at(which), test::bundledCatalog());
                QVERIFY2(removed.ok, qPrintable(removed.error));
            }
            remaining.removeOne(which);
            // Exactly the totals (rows, rollups, costs) of never having made the removed imports.
            QCOMPARE(state(db), replay(remaining));
        }
        QCOMPARE(state(db), before);   // the synced rows were never touched
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM import_rows")), qint64(0));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM imports WHERE removed_at IS NOT NULL")), qint64(5));
        // Removing one twice is refused.
        const ImportRemoval twice = removeImport(db.connection(), usageImports.first(), test::bundledCatalog());
        QVERIFY(!twice.ok);
        QVERIFY(twice.error.contains(QStringLiteral("already removed")));
    }

    void aDoubleCountingFindingNamesTheImportToRemove()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
        seedSyncedRows(db, account);   // 2026-03-02 from the API...
        const CsvImportResult r =
            test::importFile(db, account, FileA, QStringLiteral("march.csv"));   // ...and from a file
        QVERIFY(r.ok);
        const auto findings = checkDataQuality(db.connection(), QDate(2026, 3, 4));
        QVERIFY(findings);
        const auto it = std::find_if(findings->cbegin(), findings->cend(), [](const QualityFinding &f) {
            return f.kind == QualityFinding::Kind::DuplicateSources;
        });
        QVERIFY(it != findings->cend());
        QCOMPARE(it->importId, r.importId);
        QVERIFY2(it->description.contains(QStringLiteral("Remove import %1 (march.csv").arg(r.importId)),
                 qPrintable(it->description));
        QVERIFY(removeImport(db.connection(), r.importId, test::bundledCatalog()).ok);
        QVERIFY(checkDataQuality(db.connection(), QDate(2026, 3, 4))->isEmpty());
    }

    void theCommandLineListsAndRemoves()
    {
        QTemporaryDir dir;
        QFile a(dir.filePath(QStringLiteral("march.csv")));
        QVERIFY(a.open(QIODevice::WriteOnly) && a.write(FileA) == FileA.size());
        a.close();
        const QStringList p{QStringLiteral("--profile"), dir.path()};
        QVERIFY(addConsoleAccount(p));
        const QStringList importArgs{QStringLiteral("import"), QStringLiteral("--csv"), a.fileName(),
                                     QStringLiteral("--account"), QStringLiteral("1")};
        test::CliRun r = test::runCli(p + importArgs);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Recorded as import 1")), qPrintable(r.out));
        r = test::runCli(p + importArgs);
        QVERIFY2(r.out.contains(QStringLiteral("imported before as import 1; nothing changed")), qPrintable(r.out));
        r = test::runCli(p + QStringList{QStringLiteral("imports"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[QStringLiteral("file")].toString(), QStringLiteral("march.csv"));
        QCOMPARE(list.first()[QStringLiteral("first_day")].toString(), QStringLiteral("2026-03-01"));
        QCOMPARE(list.first()[QStringLiteral("rows_good")].toInt(), 2);

        r = test::runCli(p + QStringList{QStringLiteral("imports"), QStringLiteral("remove"), QStringLiteral("1")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("2 rows it added are gone")));
        r = test::runCli(p + QStringList{QStringLiteral("report"), QStringLiteral("--from"),
                                         QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                                         QStringLiteral("2026-03-31"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[QStringLiteral("total")][QStringLiteral("rows")].toInt(), 0);
        r = test::runCli(p + QStringList{QStringLiteral("imports"), QStringLiteral("remove"), QStringLiteral("1")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("already removed")));
    }

    // A pipe can be read once: it is copied aside (and hashed) before the import reads it, so
    // "--csv -" and "--csv /dev/stdin" import the piped rows and are recorded like the file
    // itself. A device of binary data (/dev/zero never ends) is refused, not read for ever.
    void standardInputIsImportedAndAnEndlessDeviceRefused()
    {
        QTemporaryDir dir;
        const QStringList p{QStringLiteral("--profile"), dir.path()};
        QVERIFY(addConsoleAccount(p));
        const auto importFrom = [&](const QString &path, const QByteArray &input = {}) {
            return test::runCli(p + QStringList{QStringLiteral("import"), QStringLiteral("--csv"), path,
                                                QStringLiteral("--account"), QStringLiteral("1")},
                                input);
        };
        test::CliRun r = importFrom(QStringLiteral("-"), FileA);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Recorded as import 1")), qPrintable(r.out));
        // The same bytes through the other name of standard input: the same SHA-256.
        r = importFrom(QStringLiteral("/dev/stdin"), FileA);
        QVERIFY2(r.out.contains(QStringLiteral("imported before as import 1; nothing changed")), qPrintable(r.out));
        QFile a(dir.filePath(QStringLiteral("march.csv")));
        QVERIFY(a.open(QIODevice::WriteOnly) && a.write(FileA) == FileA.size());
        a.close();
        r = importFrom(a.fileName());
        QVERIFY2(r.out.contains(QStringLiteral("imported before as import 1; nothing changed")), qPrintable(r.out));
        r = test::runCli(p + QStringList{QStringLiteral("imports"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[QStringLiteral("file")].toString(), QStringLiteral("standard input"));
        QCOMPARE(list.first()[QStringLiteral("rows_good")].toInt(), 2);

        r = importFrom(QStringLiteral("/dev/zero"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("binary data")), qPrintable(r.err));
        // An empty pipe is an empty file, said as such.
        r = importFrom(QStringLiteral("-"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the file is empty")), qPrintable(r.err));
    }

private:
    // An OpenAI account without a key, added through the real CLI of the profile `p`.
    static bool addConsoleAccount(const QStringList &p)
    {
        return test::runCli(p + QStringList{QStringLiteral("accounts"), QStringLiteral("add"),
                                            QStringLiteral("--provider"), QStringLiteral("openai"),
                                            QStringLiteral("--label"), QStringLiteral("Console"),
                                            QStringLiteral("--no-key")})
                   .code == 0;
    }

    // Rows from a sync (source api) on the same days: imports never touch them.
    static void seedSyncedRows(test::TestDatabase &db, qint64 account)
    {
        UsageRecord r = test::usage(account, QDate(2026, 3, 2), QStringLiteral("gpt-4o"), 7, 7, 70);
        r.source = QStringLiteral("api");
        if (!UsageRepository(db.connection()).upsert({r}).ok)
            qFatal("seed failed");
        CostRecord c;
        c.accountId = account;
        c.day = QDate(2026, 3, 1);
        c.lineItem = QStringLiteral("gpt-4o, input");
        c.amount = Money::fromNanos(999);
        if (!CostRepository(db.connection()).upsert({c}).ok)
            qFatal("seed failed");
    }
};

QTEST_GUILESS_MAIN(TestImportHistory)
#include "tst_importhistory.moc"
