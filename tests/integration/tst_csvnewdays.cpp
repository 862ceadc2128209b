#include "csvimporttesting.h"
#include "io/csvimport.h"
#include "io/importremoval.h"
#include "pricing/catalog.h"
#include "storage/newdaywriter.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace tl;

// A CSV import writes a day the ledger holds no usage of with plain INSERTs and that day's rollups
// from its sums in memory (NewDayWriter); a day that holds rows goes through the upsert. Both must
// leave exactly the rollups a rebuild from the rows gives, and a journal that undoes the import.
namespace {

// Every table an import writes, but the journal: rows, rollups and (`all`) what removing an import
// leaves as it is — the filter choices (never pruned) and the models' unpriced counts.
QStringList state(const test::TestDatabase &db, bool all = true)
{
    QStringList out;
    QSqlQuery q(db.connection());
    QStringList tables = {QStringLiteral("usage"),
                          QStringLiteral("usage_daily"),
                          QStringLiteral("usage_page_buckets"),
                          QStringLiteral("usage_page_days"),
                          QStringLiteral("usage_group_days"),
                          QStringLiteral("usage_group_months"),
                          QStringLiteral("usage_model_months"),
                          QStringLiteral("usage_account_daily")};
    if (all)
        tables << QStringLiteral("usage_models") << QStringLiteral("usage_dims");
    for (const QString &table : tables) {
        // (usage's revision counts the writes: an undone import leaves it moved on)
        const QString columns =
            table == QStringLiteral("usage")
                ? QStringLiteral("day, account_id, model, project, api_key_id, service_tier, "
                                 "source, input_tokens, cached_input_tokens, cache_write_5m_tokens, "
                                 "cache_write_1h_tokens, output_tokens, requests, cost_nano, cost_status")
                : QStringLiteral("*");
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns, table)))
            qFatal("cannot read %s", qPrintable(table));
        QStringList rows;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << row.join(u'|');
        }
        rows.sort();
        out << table << rows;
    }
    return out;
}

// The rollups as they are, then as a rebuild from the rows makes them.
void compareWithRebuild(test::TestDatabase &db)
{
    const QStringList kept = state(db);
    QString error;
    QVERIFY2(UsageRepository(db.connection()).rebuildRollups(&error), qPrintable(error));
    QCOMPARE(kept, state(db));
}

// Rows over two months: models whose UTF-16 and UTF-8 orders differ (U+FF21 sorts after U+1F600 in
// UTF-8, before it in UTF-16), enough rows a model for several page buckets, unpriced, estimated and
// file-priced rows, empty projects and keys, and one day of more records than a batch holds.
QByteArray manyDays()
{
    const QStringList models = {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("model-\uFF21"),
                                QStringLiteral("model-\U0001F600"), QStringLiteral("zz-unknown")};
    QByteArray bytes = "date,model,input_tokens,cached_input_tokens,output_tokens,requests,cost_usd,project,"
                       "api_key_id\n";
    const QStringList days = {QStringLiteral("2026-02-27"), QStringLiteral("2026-02-28"), QStringLiteral("2026-03-01"),
                              QStringLiteral("2026-03-02")};
    for (const QString &day : days) {
        const int rows = day == days[2] ? 5000 : 130;
        for (int i = 0; i < rows; ++i) {
            const QString cost = i % 7 == 0 ? QStringLiteral("0.0%1").arg(i % 9 + 1) : QString();
            bytes += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9\n")
                         .arg(day, models[i % models.size()])
                         .arg(100 + i * 13)
                         .arg(i % 3 * 5)
                         .arg(7 + i)
                         .arg(1 + i % 4)
                         .arg(cost, i % 5 == 0 ? QString() : QStringLiteral("proj_%1").arg(i % 11),
                              i % 6 == 0 ? QString() : QStringLiteral("key_%1").arg(i % (rows > 1000 ? 4999 : 37)))
                         .toUtf8();
        }
    }
    return bytes;
}

}   // namespace

class TestCsvNewDays : public QObject
{
    Q_OBJECT

private slots:
    void newDaysGiveTheRollupsOfARebuild()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
        const CsvImportResult r = test::importFile(db, account, manyDays(), QStringLiteral("days.csv"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.usageCreated > 4096);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), r.usageCreated);
        QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE cost_status = 'unpriced'")) > 0);
        QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE cost_status = 'reported'")) > 0);
        QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_page_buckets")) > 8);
        // The journal: every record new, no look-up needed.
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM import_rows WHERE had_previous = 0")), r.usageCreated);
        compareWithRebuild(db);

        // Again: the same totals, nothing written (every day holds its rows now: the upsert path).
        const QStringList before = state(db);
        const CsvImportResult again = test::importFile(db, account, manyDays(), QStringLiteral("days-again.csv"));
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.usageCreated, qint64(0));
        QCOMPARE(again.usageUnchanged, r.usageCreated);
        QCOMPARE(state(db), before);

        // Undone, nothing is left (the rollups too).
        test::TestDatabase empty(QStringLiteral("empty"));
        empty.addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
        const ImportRemoval removed = removeImport(db.connection(), r.importId, test::bundledCatalog());
        QVERIFY2(removed.ok, qPrintable(removed.error));
        QCOMPARE(state(db, false), state(empty, false));
    }

    // A day that holds rows — another source's, or the same key — must never take the new-day
    // path: its rows would collide (UNIQUE) or be left out of the day's rollups, and the journal
    // would record them as new (undo would delete what was there before).
    void aDayThatHoldsRowsIsUpserted_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("project");
        QTest::newRow("another source's row") << QStringLiteral("api") << QStringLiteral("proj_1");
        QTest::newRow("another key of the file's source") << QStringLiteral("csv") << QStringLiteral("other");
        QTest::newRow("the same key") << QStringLiteral("csv") << QStringLiteral("proj_1");
    }
    void aDayThatHoldsRowsIsUpserted()
    {
        QFETCH(QString, source);
        QFETCH(QString, project);
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
        UsageRecord seeded = test::usage(account, QDate(2026, 3, 1), QStringLiteral("gpt-4o"), 7, 7, 70);
        seeded.source = source;
        seeded.project = project;
        seeded.costStatus = CostStatus::Reported;   // (undo prices an estimated row again from the catalog)
        QVERIFY(UsageRepository(db.connection()).upsert({seeded}).ok);
        const QStringList before = state(db, false);

        const QByteArray file = "date,model,input_tokens,output_tokens,requests,project\n"
                                "2026-03-01,gpt-4o,1000,100,1,proj_1\n"
                                "2026-03-01,gpt-4o,2000,200,2,proj_2\n"
                                "2026-03-02,gpt-4o,3000,300,3,proj_1\n";
        const CsvImportResult r = test::importFile(db, account, file, QStringLiteral("f.csv"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const bool sameKey = source == QStringLiteral("csv") && project == QStringLiteral("proj_1");
        QCOMPARE(r.usageUpdated, sameKey ? qint64(1) : qint64(0));
        QCOMPARE(r.usageCreated, sameKey ? qint64(2) : qint64(3));
        QCOMPARE(db.scalar(QStringLiteral("SELECT row_count FROM usage_daily WHERE day = '2026-03-01'")),
                 sameKey ? qint64(2) : qint64(3));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM import_rows WHERE had_previous = 1")),
                 sameKey ? qint64(1) : qint64(0));
        compareWithRebuild(db);

        const ImportRemoval removed = removeImport(db.connection(), r.importId, test::bundledCatalog());
        QVERIFY2(removed.ok, qPrintable(removed.error));
        QCOMPARE(state(db, false), before);
    }

    // The new-day path on its own: a key that exists after all fails the write, never counts twice.
    void aKeyThatExistsFailsTheNewDayInsert()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
        UsageRecord r = test::usage(account, QDate(2026, 3, 1), QStringLiteral("gpt-4o"), 7, 7, 70);
        r.source = QStringLiteral("csv");
        QVERIFY(UsageRepository(db.connection()).upsert({r}).ok);
        NewDayWriter writer(db.connection());
        bool empty = true;
        QString error;
        QVERIFY2(writer.dayIsEmpty(account, QStringLiteral("2026-03-01"), &empty, &error), qPrintable(error));
        QVERIFY(!empty);
        QVERIFY2(writer.dayIsEmpty(account, QStringLiteral("2026-03-02"), &empty, &error), qPrintable(error));
        QVERIFY(empty);
        UsageTexts texts;
        texts.add(r);
        QVERIFY(!writer.insert({r}, texts, 0, 1, QStringLiteral("2026-03-01"), &error));
        QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
        QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(input_tokens) FROM usage")), qint64(7));
    }
};

QTEST_GUILESS_MAIN(TestCsvNewDays)
#include "tst_csvnewdays.moc"
