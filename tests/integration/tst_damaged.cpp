// A database file with damaged pages, built through the real upsert path and damaged on disk:
// every read that meets the damage must fail loudly (never a shorter, well-formed answer), and
// `tokenledger check` must say what is damaged. Nothing may write to the file.

#include "analytics/dashboard.h"
#include "analytics/quality.h"
#include "analytics/reconciliation.h"
#include "analytics/report.h"
#include "analytics/spend.h"
#include "analytics/usagetable.h"
#include "clirunner.h"
#include "common/dates.h"
#include "pricing/pricingservice.h"
#include "rawfiles.h"
#include "storage/database.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace tl;
using tl::test::runCli;

namespace {

constexpr int Days = 600;
constexpr int Models = 20;
constexpr int Projects = 5;   // Days × Models × Projects = 60,000 usage rows
const QDate FirstDay(2024, 1, 1);

quint32 bigEndian(const char *p, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | quint8(p[i]);
    return v;
}

// The file's page size, from its header (1 stands for 65,536).
int pageSizeOf(const QByteArray &file)
{
    const int size = int(bigEndian(file.constData() + 16, 2));
    return size == 1 ? 65536 : size;
}

// The leaf pages of the B-tree rooted at `root`, in key order, read from the file itself (the
// SQLite file format: interior pages 2/5 hold child page numbers, leaves are 10/13).
QList<quint32> leafPages(const QByteArray &file, int pageSize, quint32 root)
{
    QList<quint32> leaves;
    std::function<bool(quint32)> walk = [&](quint32 page) {
        if (page == 0 || qsizetype(page) * pageSize > file.size())
            return false;
        const char *p = file.constData() + qsizetype(page - 1) * pageSize;
        const int header = page == 1 ? 100 : 0;
        const quint8 type = quint8(p[header]);
        if (type == 10 || type == 13) {
            leaves.append(page);
            return true;
        }
        if (type != 2 && type != 5)
            return false;
        const int cells = int(bigEndian(p + header + 3, 2));
        for (int i = 0; i < cells; ++i) {
            const int cell = int(bigEndian(p + header + 12 + 2 * i, 2));
            if (!walk(bigEndian(p + cell, 4)))
                return false;
        }
        return walk(bigEndian(p + header + 8, 4));
    };
    return walk(root) ? leaves : QList<quint32>{};
}

}   // namespace

class TestDamaged : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("TOKENLEDGER_BINARY")));
        buildDatabase();
        if (QTest::currentTestFailed())
            return;
        // Before any damage the check passes.
        const test::CliRun ok = runCli({QStringLiteral("--db"), m_db.path(), QStringLiteral("check")});
        QVERIFY2(ok.code == 0, qPrintable(ok.out + ok.err));
        QVERIFY2(ok.out.contains(QStringLiteral("intact")), qPrintable(ok.out));
        damage();
        m_hash = test::fileHash(m_db.path());
    }

    void cleanup()
    {
        // No command may write to a damaged file (not even a checkpoint of its own).
        QCOMPARE(test::fileHash(m_db.path()), m_hash);
    }

    void exportFailsInsteadOfStoppingEarly()
    {
        // Depends on exportUsage checking its query loop (core/io/usageexport.cpp).
        const test::CliRun json =
            runCli({QStringLiteral("--db"), m_db.path(), QStringLiteral("export"), QStringLiteral("--json")});
        QVERIFY2(json.code == 1, qPrintable(QStringLiteral("exit %1 after %2 bytes of output; stderr: %3")
                                                .arg(json.code)
                                                .arg(json.out.size())
                                                .arg(json.err)));
        // SQLite's own words, whatever the wording around them.
        QVERIFY2(json.err.contains(QStringLiteral("export failed")) && json.err.contains(QStringLiteral("malformed")),
                 qPrintable(json.err));
        // The way on, and nothing of Qt's own wording ("Unable to fetch row").
        QVERIFY2(json.err.contains(QStringLiteral("tokenledger check")) && !json.err.contains(QStringLiteral("Unable")),
                 qPrintable(json.err));

        const QString output = m_db.folder() + QStringLiteral("/usage.csv");
        const test::CliRun csv = runCli({QStringLiteral("--db"), m_db.path(), QStringLiteral("export"),
                                         QStringLiteral("--csv"), QStringLiteral("--output"), output});
        QCOMPARE(csv.code, 1);
        QVERIFY2(!QFile::exists(output), "a partial export was left behind");
    }

    void reportFailsClearly()
    {
        for (const bool json : {false, true}) {
            QStringList args{QStringLiteral("--db"),
                             m_db.path(),
                             QStringLiteral("report"),
                             QStringLiteral("--from"),
                             isoDay(FirstDay),
                             QStringLiteral("--to"),
                             isoDay(FirstDay.addDays(Days - 1))};
            if (json)
                args << QStringLiteral("--json");
            const test::CliRun r = runCli(args);
            QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.contains(QStringLiteral("could not read the database")) &&
                         r.err.contains(QStringLiteral("malformed")) &&
                         r.err.contains(QStringLiteral("tokenledger check")),
                     qPrintable(r.err));
        }
        // A breakdown by project reads its own rollups (schema 12), but the report's totals around it
        // read usage_daily: the command still fails.
        const test::CliRun byProject =
            runCli({QStringLiteral("--db"), m_db.path(), QStringLiteral("report"), QStringLiteral("--from"),
                    isoDay(FirstDay), QStringLiteral("--by"), QStringLiteral("project")});
        QVERIFY2(byProject.code == 1, qPrintable(byProject.out + byProject.err));
    }

    void checkNamesTheDamage()
    {
        const test::CliRun text = runCli({QStringLiteral("--db"), m_db.path(), QStringLiteral("check")});
        QVERIFY2(text.code == 1, qPrintable(text.out + text.err));
        QVERIFY2(text.out.contains(QStringLiteral("damaged")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("table usage (usage rows)")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("usage_daily")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("is not a valid page")), qPrintable(text.out));

        const test::CliRun json =
            runCli({QStringLiteral("--db"), m_db.path(), QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(json.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o[QStringLiteral("ok")].toBool(true), false);
        QStringList damaged;
        for (const QJsonValue &v : o[QStringLiteral("damaged")].toArray())
            damaged << v[QStringLiteral("name")].toString();
        QVERIFY2(damaged.contains(QStringLiteral("usage")) && damaged.contains(QStringLiteral("usage_daily")),
                 qPrintable(json.out));
        QVERIFY(!o[QStringLiteral("integrity_check")].toArray().isEmpty());
    }

    void checkNamesBrokenReferences()
    {
        // Intact pages, but usage rows of an account that does not exist (written with foreign keys
        // off, as another tool could).
        test::TestDatabase db(QStringLiteral("orphans"));
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        QVERIFY(UsageRepository(db.connection())
                    .upsert({test::usage(account, FirstDay, QStringLiteral("gpt-4o"), 10, 10, 1000)})
                    .ok);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("UPDATE usage SET account_id = 99")));
        q.finish();
        db.database().close();

        const test::CliRun text = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("check")});
        QCOMPARE(text.code, 1);
        QVERIFY2(text.out.contains(QStringLiteral("table usage: 1 row refers to a missing row of accounts")),
                 qPrintable(text.out));
        const test::CliRun json =
            runCli({QStringLiteral("--db"), db.path(), QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(json.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o[QStringLiteral("broken_references")][0][QStringLiteral("table")].toString(),
                 QStringLiteral("usage"));
        QCOMPARE(o[QStringLiteral("broken_references")][0][QStringLiteral("rows")].toInt(), 1);
        QVERIFY(o[QStringLiteral("damaged")].toArray().isEmpty());
    }

    void everyReaderFails_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"report", "daily spend", "dashboard", "reconciliation", "data quality",
                                 "usage rows of the damaged day sorted by cost", "usage rows up to the damage",
                                 "usage totals", "re-pricing", "remove missing"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    // The core readers the window and the command line use, over the damaged file.
    void everyReaderFails()
    {
        QFETCH(QString, name);
        Database db(QStringLiteral("damaged-reader"));
        QVERIFY2(db.open(m_db.path()), qPrintable(db.errorString()));
        const QSqlDatabase c = db.connection();
        const QDate last = FirstDay.addDays(Days - 1);
        QString error;
        bool failed = false;
        if (name == u"report") {
            failed = !ReportBuilder(c).build(FirstDay, last, &error);
        } else if (name == u"daily spend") {
            failed = !dailySpend(c, FirstDay, last, &error);
        } else if (name == u"dashboard") {
            failed = !loadDashboard(c, last, &error);
        } else if (name == u"reconciliation") {
            failed = !reconcile(c, FirstDay, last, &error);
        } else if (name == u"data quality") {
            failed = !checkDataQuality(c, last, &error);
        } else if (name == u"usage rows of the damaged day sorted by cost") {
            // The rollups pick the buckets of the page; their rows are read from the damaged page.
            UsageFilter day;
            day.from = day.to = FirstDay.addDays(int(m_rowsBeforeDamage / (Models * Projects)));
            failed = !queryUsageRows(c, day, UsageColumn::Cost, true, 0, 200, &error);
        } else if (name == u"usage rows up to the damage") {
            // A page whose first 100 rows read fine and whose next rows are on the damaged page.
            failed = !queryUsageRows(c, {}, UsageColumn::Day, false, m_rowsBeforeDamage - 100, 200, &error);
        } else if (name == u"usage totals") {
            failed = !queryUsageTotals(c, {}, &error);
        } else if (name == u"re-pricing") {
            PricingService pricing(c);
            QVERIFY(pricing.load(&error));
            const PricingService::RepriceResult r = pricing.reprice();
            failed = !r.ok;
            error = r.error;
        } else if (name == u"remove missing") {
            // Reads the stored keys of a window to delete the ones a provider no longer reports: here it
            // reports them all, so a read that stopped early would look like "nothing to remove".
            failed = UsageRepository(c).removeMissing(m_account, QStringLiteral("api"), FirstDay, last, records(),
                                                      &error) < 0;
        }
        QVERIFY2(failed, qPrintable(name + QStringLiteral(" read the damaged file without an error")));
        QVERIFY2(error.contains(QStringLiteral("malformed")), qPrintable(error));
    }

    void readsBeforeTheDamageStillWork()
    {
        // The damage is in the middle: the first page of the Usage table still reads.
        Database db(QStringLiteral("damaged-start"));
        QVERIFY2(db.open(m_db.path()), qPrintable(db.errorString()));
        QString error;
        const auto rows = queryUsageRows(db.connection(), {}, UsageColumn::Day, false, 0, 200, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 200);
        QCOMPARE(rows->first().day, FirstDay);
        // The filter choices no longer read the raw rows (schema 9 keeps them on write), so the
        // damage in the middle of the usage table does not reach them.
        const auto choices = usageFilterChoices(db.connection(), &error);
        QVERIFY2(choices, qPrintable(error));
        QVERIFY(!choices->projects.isEmpty());
        // So does a breakdown by project or key (schema 12: sums per day and month kept on write),
        // and the first page by cost (its rows are the last days').
        const auto byKey = ReportBuilder(db.connection())
                               .breakdownBy(QStringLiteral("key"), FirstDay, FirstDay.addDays(Days - 1), &error);
        QVERIFY2(byKey, qPrintable(error));
        QCOMPARE(byKey->size(), 7);
        const auto byCost = queryUsageRows(db.connection(), {}, UsageColumn::Cost, true, 0, 200, &error);
        QVERIFY2(byCost, qPrintable(error));
        QCOMPARE(byCost->first().day, FirstDay.addDays(Days - 1));
    }

    // A page whose header is intact but whose cell pointers are scrambled (a torn write, a bad
    // copy): without SQLite's cell-size check the rows it reads from the wrong offsets summed to
    // a smaller total with exit 0 (a hostile probe: $1,213,173 instead of $1,990,001).
    void aScrambledCellPointerArrayFailsTheReport()
    {
        test::TestDatabase db(QStringLiteral("damaged-cells"));
        QVERIFY(db.isOpen());
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Cells"));
        {
            UsageRepository usage(db.connection());
            for (int d = 0; d < 60; ++d)
                QVERIFY(usage.upsert(dayRecords(account, d)).ok);
        }
        const quint32 root =
            quint32(db.scalar(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'usage_daily'")));
        db.database().close();   // checkpoints the WAL into the file
        QFile file(db.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        const int pageSize = pageSizeOf(bytes);
        const QList<quint32> leaves = leafPages(bytes, pageSize, root);
        QVERIFY(leaves.size() >= 3);
        const quint32 page = leaves.at(leaves.size() / 2);
        const qint64 at = qint64(page - 1) * pageSize;
        const int cells = int(bigEndian(bytes.constData() + at + 3, 2));
        QVERIFY(cells > 10);
        QVERIFY(file.seek(at + 8));   // a leaf's header is 8 bytes; its cell pointers follow
        QCOMPARE(file.write(QByteArray(2 * cells, char(0x7f))), qint64(2 * cells));
        file.close();

        const test::CliRun r =
            runCli({QStringLiteral("--db"), db.path(), QStringLiteral("report"), QStringLiteral("--from"),
                    isoDay(FirstDay), QStringLiteral("--to"), isoDay(FirstDay.addDays(59))});
        QVERIFY2(r.code == 1, qPrintable(QStringLiteral("exit %1: %2 %3").arg(r.code).arg(r.out, r.err)));
        QVERIFY2(r.err.contains(QStringLiteral("tokenledger check")), qPrintable(r.err));
    }

private:
    void buildDatabase()
    {
        QVERIFY(m_db.isOpen());
        m_account = m_db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        writeUsage();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(Days) * Models * Projects);
        {
            QSqlQuery q(m_db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT name, rootpage FROM sqlite_schema WHERE name IN ('usage', "
                                          "'usage_daily', 'usage_account_daily')")));
            while (q.next())
                m_roots.insert(q.value(0).toString(), q.value(1).toUInt());
            QVERIFY(!q.lastError().isValid());
            QCOMPARE(m_roots.size(), 3);
        }
        m_db.database().close();   // the last connection checkpoints the WAL into the file
        QVERIFY(!QFile::exists(m_db.path() + QStringLiteral("-wal")));
    }

    // The usage of one day (Models × Projects rows).
    QList<UsageRecord> dayRecords(int d) const { return dayRecords(m_account, d); }
    static QList<UsageRecord> dayRecords(qint64 account, int d)
    {
        QList<UsageRecord> batch;
        for (int m = 0; m < Models; ++m) {
            for (int p = 0; p < Projects; ++p) {
                UsageRecord r = test::usage(account, FirstDay.addDays(d), QStringLiteral("model-%1").arg(m), 1000 + d,
                                            100 + m, 1'000'000 + d * 7 + m);
                r.project = QStringLiteral("proj_%1").arg(p);
                r.apiKeyId = QStringLiteral("key_%1").arg((d + m + p) % 7);
                r.source = QStringLiteral("api");
                batch.append(r);
            }
        }
        return batch;
    }

    QList<UsageRecord> records() const
    {
        QList<UsageRecord> all;
        for (int d = 0; d < Days; ++d)
            all.append(dayRecords(d));
        return all;
    }

    // 60,000 rows through the upsert path, one batch per day as a sync writes them.
    void writeUsage()
    {
        UsageRepository usage(m_db.connection());
        for (int d = 0; d < Days; ++d) {
            const UpsertResult written = usage.upsert(dayRecords(d));
            QVERIFY2(written.ok, qPrintable(written.error));
        }
    }

    // Overwrites leaf pages in the middle of the usage, usage_daily and usage_account_daily B-trees, as
    // a failing disk or a bad copy would.
    void damage()
    {
        QFile file(m_db.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        const int pageSize = pageSizeOf(bytes);
        QVERIFY(pageSize >= 512);
        for (const QString &table :
             {QStringLiteral("usage"), QStringLiteral("usage_daily"), QStringLiteral("usage_account_daily")}) {
            const QList<quint32> leaves = leafPages(bytes, pageSize, m_roots.value(table));
            // The per-account rollup holds a row a day (600): a handful of pages.
            QVERIFY2(leaves.size() > (table == u"usage_account_daily" ? 5 : 20), qPrintable(table));
            if (table == u"usage") {
                // Rows stored before the first damaged page, in key order: the cells of the leaves
                // before it, plus one row between each two of them (WITHOUT ROWID interior pages
                // hold rows too).
                for (qsizetype i = 0; i < leaves.size() / 2; ++i)
                    m_rowsBeforeDamage += bigEndian(bytes.constData() + qsizetype(leaves[i] - 1) * pageSize + 3, 2) + 1;
            }
            for (qsizetype i = leaves.size() / 2; i < leaves.size() / 2 + 3; ++i) {
                QVERIFY(file.seek(qint64(leaves[i] - 1) * pageSize));
                QCOMPARE(file.write(QByteArray(pageSize, char(0xA5))), qint64(pageSize));
            }
        }
        file.close();

        // SQLite agrees that the file is damaged now.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(m_db.path());
            raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toString() != u"ok");
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    test::TestDatabase m_db{QStringLiteral("damaged-writer")};
    qint64 m_account = 0;
    qint64 m_rowsBeforeDamage = 0;
    QHash<QString, quint32> m_roots;
    QByteArray m_hash;
};

QTEST_GUILESS_MAIN(TestDamaged)
#include "tst_damaged.moc"
