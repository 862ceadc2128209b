#include "alerts/budgets.h"
#include "analytics/spend.h"
#include "clirunner.h"
#include "common/dates.h"
#include "storage/accountrepository.h"
#include "storage/costrepository.h"
#include "storage/manualentryrepository.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace tl;

namespace {
using Series = QList<std::pair<QDate, Money>>;

Series constant(QDate from, QDate to, qint64 nanos)
{
    Series s;
    for (QDate d = from; d <= to; d = d.addDays(1))
        s.append({d, Money::fromNanos(nanos)});
    return s;
}
}   // namespace

Q_DECLARE_METATYPE(Series)

class TestSpend : public QObject
{
    Q_OBJECT

private slots:
    void billedWinsOverEstimatedPerAccountAndDay()
    {
        test::TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        const qint64 b = db.addAccount(QStringLiteral("groq"), QStringLiteral("B"));
        const QDate d1(2026, 5, 1);
        const QDate d2(2026, 5, 2);
        QVERIFY(UsageRepository(db.connection())
                    .upsert({test::usage(a, d1, QStringLiteral("gpt-4o"), 1, 1, 700),
                             test::usage(a, d2, QStringLiteral("gpt-4o"), 1, 1, 800),
                             test::usage(b, d1, QStringLiteral("llama"), 1, 1, 50)})
                    .ok);
        CostRecord billed;
        billed.accountId = a;
        billed.day = d1;
        billed.lineItem = QStringLiteral("gpt-4o, input");
        billed.amount = Money::fromNanos(1000);
        CostRecord yuan = billed;
        yuan.currency = QStringLiteral("CNY");
        yuan.lineItem = QStringLiteral("other");
        yuan.amount = Money::fromNanos(999'999);
        QVERIFY(CostRepository(db.connection()).upsert({billed, yuan}).ok);

        const auto spend = dailySpend(db.connection(), d1, d2);
        QVERIFY(spend);
        QCOMPARE(spend->size(), 3);
        const DailySpend &aDay1 = spend->at(0);
        QCOMPARE(aDay1.source(), CostSource::Billed);
        QCOMPARE(aDay1.spend().nanos(), qint64(1000));   // billed, not the 700 estimate, and no CNY
        QCOMPARE(aDay1.estimated.nanos(), qint64(700));
        QCOMPARE(spend->at(1).source(), CostSource::Estimated);   // B, day 1
        QCOMPARE(spend->at(2).spend().nanos(), qint64(800));      // A, day 2: no bill yet
        const Series totals = totalsByDay(*spend).value();
        QCOMPARE(totals.size(), 2);
        QCOMPARE(totals[0].second.nanos(), qint64(1050));
        QCOMPARE(totals[1].second.nanos(), qint64(800));
    }

    void forecast_data()
    {
        QTest::addColumn<Series>("daily");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<qint64>("mtd");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("high");
        QTest::addColumn<int>("rateDays");
        QTest::addColumn<qint64>("lastMonth");

        // $1 a day all along: mid-month, 30-day month.
        const qint64 usd = 1'000'000'000;
        QTest::newRow("steady") << constant(QDate(2026, 5, 1), QDate(2026, 6, 10), usd) << QDate(2026, 6, 10)
                                << 10 * usd << 30 * usd << 30 * usd << 30 * usd << 7 << 10 * usd;
        // Alternating $3 (odd days) / $1: $20 by the 10th; the rate days 06-03..06-09 are 3,1,3,1,3,1,3.
        Series alternating;
        for (QDate d(2026, 6, 1); d <= QDate(2026, 6, 10); d = d.addDays(1))
            alternating.append({d, Money::fromNanos(d.day() % 2 ? 3 * usd : usd)});
        // rate days 06-03..06-09: 3,1,3,1,3,1,3 = 15/7 -> 2.142857142; deviation 0.989743318
        const qint64 rate = 2'142'857'142;
        const qint64 deviation = 989'743'318;
        QTest::newRow("varying") << alternating << QDate(2026, 6, 10) << 20 * usd << 20 * usd + 20 * rate
                                 << 20 * usd + 20 * (rate - deviation) << 20 * usd + 20 * (rate + deviation) << 7
                                 << qint64(0);
        // First of the month: the rate comes from the end of the previous month (1 May had no data).
        QTest::newRow("month boundary") << constant(QDate(2026, 5, 20), QDate(2026, 6, 1), usd) << QDate(2026, 6, 1)
                                        << usd << 30 * usd << 30 * usd << 30 * usd << 7 << qint64(0);
        // Leap day: February 2028 has 29 days; 29 Feb compares with 29 Jan.
        QTest::newRow("leap day") << constant(QDate(2028, 1, 1), QDate(2028, 2, 29), usd) << QDate(2028, 2, 29)
                                  << 29 * usd << 29 * usd << 29 * usd << 29 * usd << 7 << 29 * usd;
        // 31 March compares with the 29 days of February 2028.
        QTest::newRow("longer month than the last")
            << constant(QDate(2028, 2, 1), QDate(2028, 3, 31), usd) << QDate(2028, 3, 31) << 31 * usd << 31 * usd
            << 31 * usd << 31 * usd << 7 << 29 * usd;
        // No data at all: zeros, no rate.
        QTest::newRow("no data") << Series{} << QDate(2026, 6, 15) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                 << 0 << qint64(0);
        // A single day of history (yesterday): the rate is that day.
        QTest::newRow("single day") << Series{{QDate(2026, 6, 14), Money::fromNanos(5 * usd)}} << QDate(2026, 6, 15)
                                    << 5 * usd << 5 * usd + 15 * 5 * usd << 5 * usd + 15 * 5 * usd
                                    << 5 * usd + 15 * 5 * usd << 1 << qint64(0);
        // Only today so far: nothing complete to take a rate from.
        QTest::newRow("only today") << Series{{QDate(2026, 6, 15), Money::fromNanos(usd)}} << QDate(2026, 6, 15) << usd
                                    << usd << usd << usd << 0 << qint64(0);
    }

    void forecast()
    {
        QFETCH(Series, daily);
        QFETCH(QDate, today);
        QFETCH(qint64, mtd);
        QFETCH(qint64, expected);
        QFETCH(qint64, low);
        QFETCH(qint64, high);
        QFETCH(int, rateDays);
        QFETCH(qint64, lastMonth);
        const Forecast f = forecastMonthEnd(daily, today);
        QCOMPARE(f.monthToDate.nanos(), mtd);
        QCOMPARE(f.expected.nanos(), expected);
        QCOMPARE(f.low.nanos(), low);
        QCOMPARE(f.high.nanos(), high);
        QCOMPARE(f.rateDaysUsed, rateDays);
        QCOMPARE(f.sameDaysLastMonth.nanos(), lastMonth);
        QVERIFY(f.low <= f.expected && f.expected <= f.high);
        QCOMPARE(f.daysLeft, int(today.daysTo(f.monthEnd)));
    }

    // Issue 14: a $95 monthly seat charged on the 2nd is a known amount, not part of a daily rate.
    // Before, it made the month's rate 24.75 $/day and the forecast $743.50 on $100 spent.
    void fixedChargesAreKnownAmountsNotARunRate()
    {
        const qint64 usd = 1'000'000'000;
        QList<DailySpend> spend;
        for (int day = 1; day <= 5; ++day) {
            DailySpend d;
            d.day = QDate(2027, 1, day);
            d.accountId = 1;
            d.estimated = Money::fromNanos(usd);
            if (day == 2)
                d.manual = Money::fromNanos(95 * usd);
            spend.append(d);
        }
        const QDate today(2027, 1, 5);
        const Forecast old = forecastMonthEnd(totalsByDay(spend).value(), today);
        QCOMPARE(old.expected.nanos(), 100 * usd + 26 * 24'750'000'000);   // the failure, kept visible
        const Forecast f = forecastWithFixedCharges(spend, today, Money());
        QCOMPARE(f.monthToDate.nanos(), 100 * usd);
        QCOMPARE(f.fixedCharged.nanos(), 95 * usd);
        QCOMPARE(f.dailyRate.nanos(), usd);
        QCOMPARE(f.expected.nanos(), 126 * usd);   // $100 + $1 x 26 days left
        QCOMPARE(f.low.nanos(), 126 * usd);
        QCOMPARE(f.high.nanos(), 126 * usd);
    }

    void fixedChargesStillDueAreAdded()
    {
        const qint64 usd = 1'000'000'000;
        const QDate today(2027, 1, 5);
        const auto entry = [](qint64 account, ManualEntry::Recurrence r, qint64 amount, QDate start,
                              std::optional<QDate> end = std::nullopt) {
            ManualEntry e;
            e.accountId = account;
            e.recurrence = r;
            e.amount = Money::fromNanos(amount);
            e.start = start;
            e.end = end;
            return e;
        };
        using R = ManualEntry::Recurrence;
        const QList<ManualEntry> entries = {
            entry(1, R::Monthly, 95 * usd, QDate(2026, 12, 20)),                       // due on the 20th
            entry(1, R::Once, 40 * usd, QDate(2027, 1, 25)),                           // due on the 25th
            entry(1, R::Once, 10 * usd, QDate(2027, 1, 3)),                            // already charged
            entry(1, R::Monthly, 20 * usd, QDate(2027, 2, 15)),                        // starts next month
            entry(1, R::Monthly, 30 * usd, QDate(2026, 6, 28), QDate(2026, 12, 31)),   // ended
            entry(2, R::Monthly, 7 * usd, QDate(2026, 11, 28)),                        // another account
        };
        QCOMPARE(fixedChargesDue(entries, today).value().nanos(), 142 * usd);
        QCOMPARE(fixedChargesDue(entries, today, [](qint64 account) { return account == 1; }).value().nanos(),
                 135 * usd);
        // Mid-month: the monthly entry that started on the 20th last month is due again this month.
        QList<DailySpend> spend;
        for (int day = 1; day <= 5; ++day) {
            DailySpend d;
            d.day = QDate(2027, 1, day);
            d.accountId = 1;
            d.estimated = Money::fromNanos(usd);
            if (day == 3)
                d.manual = Money::fromNanos(10 * usd);
            spend.append(d);
        }
        const Forecast f = forecastWithFixedCharges(spend, today, Money::fromNanos(135 * usd));
        QCOMPARE(f.monthToDate.nanos(), 15 * usd);
        QCOMPARE(f.fixedDue.nanos(), 135 * usd);
        QCOMPARE(f.expected.nanos(), 15 * usd + 26 * usd + 135 * usd);

        // A budget of the account forecasts the same figure (and so its forecast alert); one of
        // the other account does not see account 1's charges.
        Budget b;
        b.name = QStringLiteral("Team");
        b.scope = Budget::Scope::Account;
        b.scopeValue = QStringLiteral("1");
        b.amount = Money::fromNanos(150 * usd);
        const BudgetStatus status = budgetStatus(b, spend, {{1, QStringLiteral("openai")}}, today, entries);
        QCOMPARE(status.forecast.expected.nanos(), 176 * usd);
        b.scopeValue = QStringLiteral("2");
        const BudgetStatus other = budgetStatus(b, spend, {{1, QStringLiteral("openai")}}, today, entries);
        QCOMPARE(other.forecast.expected.nanos(), 7 * usd);
    }

    // On the day a monthly charge falls due, `report` includes it without waiting for a sync.
    void reportIncludesTodaysChargeWithoutASync()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("other"), QStringLiteral("Seats"));
        const QDate today = utcToday();
        QSqlQuery q(db.connection());
        // Written straight into the table, as if the entry was added last month: nothing charged it today.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO manual_entries (account_id, label, recurrence, amount_nano, "
                                      "start_day, note, created_at) VALUES (%1, 'Copilot', 'monthly', 19000000000, "
                                      "'%2', '', '2026-01-01T00:00:00Z')")
                           .arg(account)
                           .arg(isoDay(today.addMonths(-1)))));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM costs WHERE day = '%1'").arg(isoDay(today))), 0);
        const QString path = db.path();
        const test::CliRun run =
            test::runCli({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("--from"),
                          isoDay(today), QStringLiteral("--to"), isoDay(today), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("\"19.000000000\"")) || run.out.contains(QStringLiteral("\"19\"")),
                 qPrintable(run.out));
        QCOMPARE(db.scalar(QStringLiteral("SELECT amount_nano FROM costs WHERE day = '%1' AND source = 'manual'")
                               .arg(isoDay(today))),
                 19'000'000'000);
    }
};

QTEST_GUILESS_MAIN(TestSpend)
#include "tst_spend.moc"
