#include "storage/costrepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace tl;
using tl::test::TestDatabase;
namespace test = tl::test;

namespace {
CostRecord cost(qint64 account, QDate day, const QString &item, const QString &amount, const QString &currency = {})
{
    CostRecord c;
    c.accountId = account;
    c.day = day;
    c.lineItem = item;
    c.amount = *Money::fromDecimal(amount);
    if (!currency.isEmpty())
        c.currency = currency;
    return c;
}
}   // namespace

class TestCostRepository : public QObject
{
    Q_OBJECT

private slots:
    void countsAndIdempotency_data() { test::addBackendColumn(); }
    void countsAndIdempotency()
    {
        TL_FETCH_BACKEND(backend);
        TestDatabase db(backend);
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Org"));
        CostRepository repo(db.connection());
        QList<CostRecord> batch;
        for (int d = 0; d < 30; ++d) {
            batch.append(cost(account, QDate(2026, 9, 1).addDays(d), QStringLiteral("gpt-4o, input"),
                              QStringLiteral("0.8958740000000000")));
            batch.append(cost(account, QDate(2026, 9, 1).addDays(d), QStringLiteral("gpt-4o, output"),
                              QStringLiteral("4.5e-05")));
        }
        UpsertResult r = repo.upsert(batch);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.created, 60);
        const qint64 total = db.scalar(QStringLiteral("SELECT SUM(amount_nano) FROM costs"));
        QCOMPARE(total, qint64(30) * (895'874'000 + 45'000));
        for (int i = 0; i < 100; ++i) {
            r = repo.upsert(batch);
            QVERIFY(r.ok);
            QCOMPARE(r.unchanged, 60);
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(amount_nano) FROM costs")), total);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM costs")), qint64(60));

        batch[0].amount = *Money::fromDecimal(u"1");   // a revised bucket replaces, never adds
        r = repo.upsert(batch);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.unchanged, 59);
        QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(amount_nano) FROM costs")), total - 895'874'000 + 1'000'000'000);
    }

    void currenciesStaySeparate_data() { test::addBackendColumn(); }
    void currenciesStaySeparate()
    {
        TL_FETCH_BACKEND(backend);
        TestDatabase db(backend);
        const qint64 account = db.addAccount(QStringLiteral("deepseek"), QStringLiteral("DS"));
        CostRepository repo(db.connection());
        const QDate day(2026, 9, 1);
        QVERIFY(repo.upsert({cost(account, day, QStringLiteral("x"), QStringLiteral("10"), QStringLiteral("CNY")),
                             cost(account, day, QStringLiteral("x"), QStringLiteral("2"), QStringLiteral("usd"))})
                    .ok);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM costs")), qint64(2));
        QCOMPARE(db.scalar(QStringLiteral("SELECT amount_nano FROM costs WHERE currency = 'USD'")),
                 qint64(2'000'000'000));
        const UpsertResult bad =
            repo.upsert({cost(account, day, QStringLiteral("y"), QStringLiteral("1"), QStringLiteral("DOLLARS"))});
        QVERIFY(!bad.ok);
        QVERIFY(bad.error.contains(QStringLiteral("currency")));
    }

    void failureHalfWayLeavesTableAsItWas_data() { test::addBackendColumn(); }
    void failureHalfWayLeavesTableAsItWas()
    {
        TL_FETCH_BACKEND(backend);
        TestDatabase db(backend);
        const qint64 account = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("Org"));
        CostRepository repo(db.connection());
        QList<CostRecord> batch;
        for (int d = 0; d < 20; ++d)
            batch.append(cost(account, QDate(2026, 9, 1).addDays(d), QStringLiteral("Claude Sonnet 4.5"),
                              QStringLiteral("1.25")));
        QVERIFY(repo.upsert(batch).ok);
        const qint64 before = db.scalar(QStringLiteral("SELECT SUM(amount_nano) FROM costs"));
        QSqlQuery q(db.connection());
        // A row the database refuses half-way through the batch (PostgreSQL has no temporary triggers).
        QVERIFY(q.exec(db.isPostgres() ? QStringLiteral("ALTER TABLE costs ADD CONSTRAINT poison CHECK (line_item <> "
                                                        "'poison')")
                                       : QStringLiteral("CREATE TEMP TRIGGER poison BEFORE INSERT ON costs WHEN "
                                                        "NEW.line_item = 'poison' BEGIN SELECT RAISE(ABORT, 'injected "
                                                        "failure'); END")));
        for (CostRecord &c : batch)
            c.amount = *Money::fromDecimal(u"9");
        batch.insert(10, cost(account, QDate(2026, 9, 5), QStringLiteral("poison"), QStringLiteral("1")));
        const UpsertResult r = repo.upsert(batch);
        QVERIFY(!r.ok);
        QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(amount_nano) FROM costs")), before);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM costs")), qint64(20));
    }
};

QTEST_GUILESS_MAIN(TestCostRepository)
#include "tst_costrepository.moc"
