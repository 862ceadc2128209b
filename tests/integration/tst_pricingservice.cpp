#include "analytics/report.h"
#include "pricing/pricingservice.h"
#include "storage/migrations.h"
#include "storage/sqlitestatement.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;
using tl::test::TestDatabase;

namespace {

UsageRecord row(qint64 account, QDate day, const char *model, qint64 input, qint64 output, std::optional<qint64> cost,
                CostStatus status)
{
    UsageRecord r = test::usage(account, day, QString::fromLatin1(model), input, output, cost);
    r.costStatus = status;
    return r;
}

qint64 totalCost(const TestDatabase &db)
{
    return db.scalar(QStringLiteral("SELECT COALESCE(SUM(cost_nano), 0) FROM usage_daily"));
}

// The summed cost of a copy of the ledger's file, with its WAL (as a crash leaves them) or without.
qint64 copiedTotal(const TestDatabase &db, const QString &name, bool withWal)
{
    const QString path = db.folder() + u'/' + name + QStringLiteral(".sqlite");
    if (!QFile::copy(db.path(), path) ||
        (withWal && !QFile::copy(db.path() + QStringLiteral("-wal"), path + QStringLiteral("-wal"))))
        return -1;
    Database copy(name);
    if (!copy.open(path))
        return -1;
    QSqlQuery q(copy.connection());
    return q.exec(QStringLiteral("SELECT COALESCE(SUM(cost_nano), 0) FROM usage")) && q.next() ? q.value(0).toLongLong()
                                                                                               : -1;
}

}   // namespace

class TestPricingService : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheBundledCatalog()
    {
        TestDatabase db;
        PricingService service(db.connection());
        QVERIFY(service.load());
        QCOMPARE(service.catalog().source().origin, QStringLiteral("bundled"));
        QCOMPARE(service.catalog().source().dataDate, QStringLiteral("2026-08-21"));
        QCOMPARE(service.catalog().modelCount(), 1466);
    }

    void repriceFixesEstimatesAndLeavesReportedCosts()
    {
        TestDatabase db;
        const qint64 openai = db.addAccount(QStringLiteral("openai"), QStringLiteral("Org"));
        const QDate day(2026, 9, 1);
        UsageRepository usage(db.connection());
        QVERIFY(usage
                    .upsert({row(openai, day, "gpt-4o", 1'000'000, 100'000, 1, CostStatus::Estimated),   // stale
                             row(openai, day, "my-finetune", 500, 50, std::nullopt, CostStatus::Unpriced),
                             row(openai, day, "gpt-4o-mini", 1'000'000, 0, 777, CostStatus::Reported)})
                    .ok);
        PricingService service(db.connection());
        QVERIFY(service.load());
        const auto result = service.reprice();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.examined, qint64(2));   // the reported row is not even looked at
        QCOMPARE(result.changed, 1);
        // gpt-4o: 1M × $2.50 + 100k × $10 per 1M = $3.50
        QCOMPARE(db.scalar(QStringLiteral("SELECT cost_nano FROM usage WHERE model = 'gpt-4o'")),
                 qint64(3'500'000'000));
        QCOMPARE(db.scalar(QStringLiteral("SELECT cost_nano FROM usage WHERE model = 'gpt-4o-mini'")), qint64(777));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE cost_status = 'unpriced'")), qint64(1));
        QCOMPARE(totalCost(db), qint64(3'500'000'000 + 777));
        // Idempotent: a second run changes nothing.
        QCOMPARE(service.reprice().changed, 0);
    }

    // Re-pricing's chunk commits do not backfill the WAL (sql::CheckpointThreshold) up to a bound: a
    // crash loses none of them (the WAL holds them), the connection's own threshold comes back after,
    // and past the bound the commits checkpoint as before.
    void repricingPutsOffCheckpointsUpToABound_data()
    {
        QTest::addColumn<int>("boundPages");
        QTest::addColumn<bool>("inFile");   // the new costs in the database file itself afterwards
        QTest::newRow("within the bound") << 65'536 << false;
        QTest::newRow("past the bound") << 2 << true;
    }

    void repricingPutsOffCheckpointsUpToABound()
    {
        QFETCH(int, boundPages);
        QFETCH(bool, inFile);
        TestDatabase db;
        const qint64 openai = db.addAccount(QStringLiteral("openai"), QStringLiteral("Org"));
        QList<UsageRecord> rows;
        for (int d = 0; d < 60; ++d) {   // several chunks of days
            for (const char *model : {"gpt-4o", "gpt-4o-mini", "o3"})
                rows.append(
                    row(openai, QDate(2026, 3, 1).addDays(d), model, 1'000'000 + d, 50'000, 1, CostStatus::Estimated));
        }
        QVERIFY(UsageRepository(db.connection()).upsert(rows).ok);
        sqlite3 *handle = sql::nativeHandle(db.connection());
        QVERIFY(handle);
        // A threshold below what re-pricing writes: at it, every chunk's commit would checkpoint.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1")));
        const qint64 before = db.scalar(QStringLiteral("SELECT SUM(cost_nano) FROM usage"));

        PricingService service(db.connection());
        QVERIFY(service.load());
        service.setCheckpointPages(boundPages);
        const auto result = service.reprice();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.changed, rows.size());
        QCOMPARE(sql::CheckpointThreshold::of(handle), 1);   // the connection's own again
        const qint64 after = db.scalar(QStringLiteral("SELECT SUM(cost_nano) FROM usage"));
        QVERIFY(after != before);
        QCOMPARE(copiedTotal(db, QStringLiteral("crashed"), true), after);
        QCOMPARE(copiedTotal(db, QStringLiteral("file-alone"), false), inFile ? after : before);
    }

    void overridesPriceFromTheirDateAndRemoveCleanly()
    {
        TestDatabase db;
        const qint64 openai = db.addAccount(QStringLiteral("openai"), QStringLiteral("Org"));
        UsageRepository usage(db.connection());
        QVERIFY(
            usage
                .upsert(
                    {row(openai, QDate(2026, 8, 31), "my-finetune", 1'000'000, 0, std::nullopt, CostStatus::Unpriced),
                     row(openai, QDate(2026, 9, 1), "my-finetune-2026-09-01", 1'000'000, 0, std::nullopt,
                         CostStatus::Unpriced),
                     row(openai, QDate(2026, 9, 1), "gpt-4o", 1'000'000, 0, 2'500'000'000, CostStatus::Estimated)})
                .ok);
        PricingService service(db.connection());
        QVERIFY(service.load());
        PriceOverride o;
        o.provider = QStringLiteral("openai");
        o.model = PricingCatalog::modelKey(QStringLiteral("my-finetune"));
        o.effectiveFrom = QDate(2026, 9, 1);
        o.prices.input = TieredPrice{*Money::fromDecimal(u"12"), {}};
        o.prices.output = TieredPrice{*Money::fromDecimal(u"48"), {}};
        auto result = service.setOverride(o);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.changed, 1);   // the dated snapshot from 2026-09-01; the day before stays unpriced
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE cost_status = 'unpriced'")), qint64(1));
        QCOMPARE(totalCost(db), qint64(12'000'000'000 + 2'500'000'000));
        const auto report = ReportBuilder(db.connection()).build(QDate(2026, 8, 1), QDate(2026, 9, 30));
        QCOMPARE(report->unpriced.size(), 1);
        QCOMPARE(report->unpriced.first().model, QStringLiteral("my-finetune"));
        QCOMPARE(report->total.unpricedTokens, qint64(1'000'000));

        int removed = 0;
        result = service.removeOverride(QStringLiteral("openai"), o.model, std::nullopt, &removed);
        QVERIFY(result.ok);
        QCOMPARE(removed, 1);
        QCOMPARE(result.changed, 1);
        QCOMPARE(totalCost(db), qint64(2'500'000'000));
    }

    void badDatasetChangesNothing()
    {
        TestDatabase db;
        const qint64 openai = db.addAccount(QStringLiteral("openai"), QStringLiteral("Org"));
        QVERIFY(
            UsageRepository(db.connection())
                .upsert({row(openai, QDate(2026, 9, 1), "gpt-4o", 1'000'000, 0, 2'500'000'000, CostStatus::Estimated)})
                .ok);
        PricingService service(db.connection());
        QVERIFY(service.load());
        for (const QByteArray &bad :
             {QByteArray("not json"), QByteArray("[]"), QByteArray("{\"a\":1}"),
              QByteArray("[{\"id\":\"openai\",\"models\":[{\"id\":\"x\",\"match\":{\"bad\":1},\"prices\":{}}]}]")}) {
            const auto result = service.updateCatalog(bad, QStringLiteral("bad.json"));
            QVERIFY(!result.ok);
            QVERIFY(!result.error.isEmpty());
            QCOMPARE(service.catalog().source().origin, QStringLiteral("bundled"));
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM price_catalogs")), qint64(0));
            QCOMPARE(totalCost(db), qint64(2'500'000'000));
        }
    }

    void newerDatasetRepricesAndIsRemembered()
    {
        TestDatabase db;
        const qint64 openai = db.addAccount(QStringLiteral("openai"), QStringLiteral("Org"));
        QVERIFY(
            UsageRepository(db.connection())
                .upsert({row(openai, QDate(2026, 9, 1), "gpt-4o", 1'000'000, 0, 2'500'000'000, CostStatus::Estimated)})
                .ok);
        const QByteArray newer =
            "[{\"id\":\"openai\",\"name\":\"OpenAI\",\"models\":[ "
            "{\"id\":\"gpt-4o\",\"name\":\"GPT-4o\",\"match\":{\"starts_with\":\"gpt-4o\"}, "
            "\"prices\":[{\"prices\":{\"input_mtok\":2.5,\"output_mtok\":10}}, "
            "{\"constraint\":{\"start_date\":\"2026-09-01\"},\"prices\":{\"input_mtok\":2.25,\"output_mtok\":9}}]}]}]";
        {
            PricingService service(db.connection());
            QVERIFY(service.load());
            const auto result = service.updateCatalog(newer, QStringLiteral("/tmp/data.json"));
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.changed, 1);
            QCOMPARE(totalCost(db), qint64(2'250'000'000));
        }
        PricingService reopened(db.connection());   // the next start uses the stored dataset
        QVERIFY(reopened.load());
        QCOMPARE(reopened.catalog().source().origin, QStringLiteral("/tmp/data.json"));
        QCOMPARE(reopened.catalog().modelCount(), 1);
        QVERIFY(!reopened.catalog().source().loadedAt.isEmpty());
        QCOMPARE(reopened.catalog().source().sha256.size(), 64);
    }

    void upgradesAVersionOneDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QString error;
            QVERIFY2(migrations::create(raw, &error), qPrintable(error));
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO accounts (provider, label, created_at) "
                                          "VALUES ('openai', 'Kept', '2026-01-01T00:00:00Z')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.storedSchemaVersion(), Database::SchemaVersion);
        QVERIFY(db.connection().tables().contains(QStringLiteral("price_catalogs")));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT label FROM accounts")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Kept"));
    }
};

QTEST_GUILESS_MAIN(TestPricingService)
#include "tst_pricingservice.moc"
