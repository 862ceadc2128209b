// The reads that take SQLite's own API on SQLite (daily spend, the quality checks' marks, a model's
// usage rows) against the same reads on PostgreSQL, which go through QtSql and SQL of their own: the
// same ledger gives the same figures, to the nano-dollar, on both.
#include "analytics/quality.h"
#include "analytics/spend.h"
#include "analytics/usagetable.h"
#include "storage/accountrepository.h"
#include "storage/costrepository.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QTest>

#include <limits>

using namespace tl;

namespace {

const QDate First(2026, 4, 1);
// Amounts whose sums pass 2^53 nano-USD ($9M) with odd last digits: a double on the way loses them.
constexpr qint64 Big = 3'000'000'000'000'001;
constexpr qint64 Bill = 5'000'000'000'000'001;

// One ledger, written the same way into each backend: two API accounts, a subscription (its usage is
// value, not spend), usage on four days with sums past 2^53, cost lines (USD and CNY, billed and
// manual) on some of them, and days outside the range read.
struct Ledger
{
    explicit Ledger(test::Backend backend)
        : db(backend)
    {
        openai = db.addAccount(QStringLiteral("openai"), QStringLiteral("Prod"));
        anthropic = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("Research"));
        Account plan;
        plan.provider = QStringLiteral("anthropic");
        plan.label = QStringLiteral("Max plan");
        plan.subscription = true;
        subscription = AccountRepository(db.connection()).add(plan);
    }

    bool write()
    {
        QList<UsageRecord> usage;
        for (int d = -1; d < 5; ++d) {   // the day before the range and the one after it too
            const QDate day = First.addDays(d);
            for (int m = 0; m < 4; ++m) {
                const QString model = QStringLiteral("gpt-4o-%1").arg(m);
                usage << test::usage(openai, day, model, 1000 + m, 10 * (d + 1) + 7, Big + m);
                usage << test::usage(anthropic, day, QStringLiteral("claude-sonnet-4-5"), 5, 5, Big - m);
                usage.last().project = QStringLiteral("p%1").arg(m);
                usage << test::usage(subscription, day, QStringLiteral("claude-opus-4-1"), 9, 9, 123'456 + m);
                usage.last().project = QStringLiteral("p%1").arg(m);
            }
        }
        usage << test::usage(openai, First.addDays(2), QStringLiteral("unpriced-model"), 50, 50, std::nullopt);
        const UpsertResult written = UsageRepository(db.connection()).upsert(usage);
        if (!written.ok) {
            qWarning() << "usage:" << written.error;
            return false;
        }
        QList<CostRecord> costs;
        const auto line = [&](qint64 account, int day, const char *item, qint64 nanos, const char *source = "api",
                              const char *currency = "USD") {
            CostRecord c;
            c.accountId = account;
            c.day = First.addDays(day);
            c.lineItem = QString::fromLatin1(item);
            c.amount = Money::fromNanos(nanos);
            c.source = QString::fromLatin1(source);
            c.currency = QString::fromLatin1(currency);
            costs << c;
        };
        for (int d = -1; d < 5; ++d) {
            if (d == 1)
                continue;   // no bill that day: the estimate shows
            line(openai, d, "gpt-4o, input", Bill);
            line(openai, d, "gpt-4o, output", Bill + 2);
            line(openai, d, "gpt-4o-mini, input", 7);
            line(openai, d, "zero line", 0);
        }
        line(openai, 2, "yuan", 999'999'999, "api", "CNY");   // not USD: in no spend
        line(anthropic, 3, "seats", 25'000'000'000, "manual");
        line(anthropic, 3, "seat extra", 3, "manual");
        line(subscription, 0, "Max plan fee", 100'000'000'000, "manual");
        line(anthropic, 4, "a bill of zero", 0);   // billed, even at zero: the bill wins
        const UpsertResult billed = CostRepository(db.connection()).upsert(costs);
        if (!billed.ok)
            qWarning() << "costs:" << billed.error;
        return billed.ok;
    }

    test::TestDatabase db;
    qint64 openai = 0;
    qint64 anthropic = 0;
    qint64 subscription = 0;
};

QStringList describe(const QList<DailySpend> &spend)
{
    QStringList out;
    for (const DailySpend &d : spend)
        out << QStringLiteral("%1 %2 billed %3 estimated %4 manual %5 value %6 hasBilled %7 tokens %8 requests %9")
                   .arg(d.day.toString(Qt::ISODate))
                   .arg(d.accountId)
                   .arg(d.billed.nanos())
                   .arg(d.estimated.nanos())
                   .arg(d.manual.nanos())
                   .arg(d.value.nanos())
                   .arg(d.hasBilled)
                   .arg(d.tokens)
                   .arg(d.requests);
    return out;
}

}   // namespace

class TestReadPaths : public QObject
{
    Q_OBJECT

private slots:
    void dailySpendIsTheSameOnBothBackends()
    {
        TL_REQUIRE_TEST_SERVER();
        Ledger lite(test::Backend::Sqlite);
        Ledger pg(test::Backend::Postgres);
        QVERIFY(lite.db.isOpen() && pg.db.isOpen());
        QVERIFY(lite.write());
        QVERIFY(pg.write());
        QString error;
        const auto fromSqlite = dailySpend(lite.db.connection(), First, First.addDays(3), &error);
        QVERIFY2(fromSqlite, qPrintable(error));
        const auto fromPostgres = dailySpend(pg.db.connection(), First, First.addDays(3), &error);
        QVERIFY2(fromPostgres, qPrintable(error));
        QCOMPARE(describe(*fromSqlite), describe(*fromPostgres));

        // And what they are, exactly: 4 days × 3 accounts, nothing from the days around them.
        QCOMPARE(fromSqlite->size(), 12);
        const auto at = [&](int day, qint64 account) {
            for (const DailySpend &d : *fromSqlite) {
                if (d.day == First.addDays(day) && d.accountId == account)
                    return d;
            }
            return DailySpend{};
        };
        const DailySpend billed = at(2, lite.openai);
        QCOMPARE(billed.billed.nanos(), qint64(10'000'000'000'000'011));   // the three USD lines, not the yuan
        QVERIFY(billed.hasBilled);
        QCOMPARE(billed.estimated.nanos(), 4 * Big + 6);   // its usage, the unpriced row at 0
        QCOMPARE(billed.spend().nanos(), 2 * Bill + 9);
        QCOMPARE(billed.tokens, qint64(4 * (1000 + 37) + 6 + 100));
        const DailySpend estimated = at(1, lite.openai);
        QVERIFY(!estimated.hasBilled);
        QCOMPARE(estimated.spend().nanos(), 4 * Big + 6);
        const DailySpend seats = at(3, lite.anthropic);
        QCOMPARE(seats.manual.nanos(), qint64(25'000'000'003));
        QVERIFY(!seats.hasBilled);
        QCOMPARE(seats.spend().nanos(), 4 * Big - 6 + 25'000'000'003);
        const DailySpend plan = at(0, lite.subscription);
        QCOMPARE(plan.estimated.nanos(), qint64(0));   // a subscription's usage is no spend
        QCOMPARE(plan.value.nanos(), qint64(4 * 123'456 + 6));
        QCOMPARE(plan.spend().nanos(), qint64(100'000'000'000));   // its fee is
        // A bill of zero is a bill: it wins over the estimate.
        const auto lastDay = dailySpend(lite.db.connection(), First.addDays(4), First.addDays(4));
        QVERIFY(lastDay);
        QCOMPARE(describe(*lastDay), describe(*dailySpend(pg.db.connection(), First.addDays(4), First.addDays(4))));
        for (const DailySpend &d : *lastDay) {
            if (d.accountId == lite.anthropic) {
                QVERIFY(d.hasBilled);
                QCOMPARE(d.spend().nanos(), qint64(0));
            }
        }
    }

    // Two lines of one account and day that add up past 2^63 − 1: both refuse, neither wraps.
    void aDaysCostsPastSixtyFourBitsFailOnBothBackends_data() { test::addBackendColumn(); }
    void aDaysCostsPastSixtyFourBitsFailOnBothBackends()
    {
        TL_FETCH_BACKEND(backend);
        test::TestDatabase db(backend);
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Prod"));
        QList<CostRecord> costs;
        for (const char *item : {"a", "b"}) {
            CostRecord c;
            c.accountId = account;
            c.day = First;
            c.lineItem = QString::fromLatin1(item);
            c.amount = Money::fromNanos(std::numeric_limits<qint64>::max() / 2 + 1);
            costs << c;
        }
        QVERIFY(CostRepository(db.connection()).upsert(costs).ok);
        QString error;
        QVERIFY(!dailySpend(db.connection(), First, First, &error));
        QVERIFY2(!error.isEmpty(), "no reason given");
        if (backend == test::Backend::Sqlite)
            QVERIFY2(error.contains(u"past what adds up"), qPrintable(error));
    }

    void qualityMarksAreTheSameOnBothBackends()
    {
        TL_REQUIRE_TEST_SERVER();
        Ledger lite(test::Backend::Sqlite);
        Ledger pg(test::Backend::Postgres);
        for (Ledger *l : {&lite, &pg}) {
            QVERIFY(l->write());
            // Counted twice (the same model and day from a CSV and from an agent's logs too), an
            // absurd count and a foreign model.
            UsageRecord csv = test::usage(l->openai, First.addDays(1), QStringLiteral("gpt-4o-1"), 1, 1, 10);
            csv.source = QStringLiteral("csv");
            UsageRecord agent = csv;
            agent.source = QStringLiteral("agent");
            agent.project = QStringLiteral("elsewhere");
            UsageRecord absurd =
                test::usage(l->anthropic, First.addDays(2), QStringLiteral("claude-sonnet-4-5"), AbsurdCount + 1, 0, 1);
            absurd.project = QStringLiteral("absurd");
            const UsageRecord foreign = test::usage(l->openai, First, QStringLiteral("claude-sonnet-4-5"), 1, 1, 1);
            QVERIFY(UsageRepository(l->db.connection()).upsert({csv, agent, absurd, foreign}).ok);
        }
        QString error;
        const auto fromSqlite = checkDataQuality(lite.db.connection(), QDate(2026, 5, 1), &error);
        QVERIFY2(fromSqlite, qPrintable(error));
        const auto fromPostgres = checkDataQuality(pg.db.connection(), QDate(2026, 5, 1), &error);
        QVERIFY2(fromPostgres, qPrintable(error));
        const QStringList marks{QStringLiteral("quality_marks"), QStringLiteral("quality_mark_totals")};
        QCOMPARE(lite.db.tableRows(marks), pg.db.tableRows(marks));
        QVERIFY(lite.db.tableRows(marks).contains(
            QStringLiteral("quality_marks,sources,%1,gpt-4o-1,2026-04-02,3,agent,api,csv").arg(lite.openai)));
        QCOMPARE(fromSqlite->size(), fromPostgres->size());
        QCOMPARE(fromSqlite->size(), 3);   // foreign, impossible, sources
        for (qsizetype i = 0; i < fromSqlite->size(); ++i) {
            QCOMPARE(fromSqlite->at(i).kind, fromPostgres->at(i).kind);
            QCOMPARE(fromSqlite->at(i).model, fromPostgres->at(i).model);
            QCOMPARE(fromSqlite->at(i).rows, fromPostgres->at(i).rows);
            QCOMPARE(fromSqlite->at(i).firstDay, fromPostgres->at(i).firstDay);
        }
        // The rows behind the two-source finding: the same page on both.
        const QualityFinding &twice = fromSqlite->at(2);
        QCOMPARE(twice.kind, QualityFinding::Kind::DuplicateSources);
        const auto liteRows = queryUsageRows(lite.db.connection(), twice.filter(), UsageColumn::Day, false, 0, 500);
        const auto pgRows = queryUsageRows(pg.db.connection(), twice.filter(), UsageColumn::Day, false, 0, 500);
        QVERIFY(liteRows && pgRows);
        QCOMPARE(liteRows->size(), 3);
        QCOMPARE(pgRows->size(), 3);
        for (qsizetype i = 0; i < liteRows->size(); ++i) {
            QCOMPARE(liteRows->at(i).source, pgRows->at(i).source);
            QCOMPARE(liteRows->at(i).project, pgRows->at(i).project);
            QCOMPARE(liteRows->at(i).cost, pgRows->at(i).cost);
        }
    }
};

QTEST_GUILESS_MAIN(TestReadPaths)
#include "tst_readpaths.moc"
