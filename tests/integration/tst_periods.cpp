// Periods: the arithmetic, the setting that keeps one across a restart, and the dashboard and budget
// figures of a period that is not the current month (a past month shows actuals, never a forecast).
#include "alerts/budgethistory.h"
#include "analytics/dashboard.h"
#include "analytics/groupbreakdown.h"
#include "analytics/period.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QTest>

using namespace tl;

namespace {

constexpr qint64 Usd = 1'000'000'000;

// January 2026 only (a real profile opened in November): $4 a day on the 5th..14th, and one $3 day
// in December 2025.
struct JanuaryProfile
{
    test::TestDatabase db;
    qint64 account = 0;

    JanuaryProfile()
    {
        account = db.addAccount(u"openai"_qs, u"Prod"_qs);
        QList<UsageRecord> usage;
        for (int day = 5; day <= 14; ++day)
            usage.append(test::usage(account, QDate(2026, 1, day), u"gpt-4o"_qs, 1000, 100, 4 * Usd));
        usage.append(test::usage(account, QDate(2025, 12, 20), u"gpt-4o"_qs, 10, 10, 3 * Usd));
        if (!UsageRepository(db.connection()).upsert(usage).ok)
            qFatal("could not write the January profile");
    }
};

}   // namespace

class TestPeriods : public QObject
{
    Q_OBJECT

private slots:
    void periodsStepByTheirOwnKind()
    {
        const QDate today(2026, 11, 30);
        const Period nov = Period::month(today);
        QCOMPARE(nov.from, QDate(2026, 11, 1));
        QCOMPARE(nov.to, QDate(2026, 11, 30));
        QCOMPARE(nov.previous(), Period::month(QDate(2026, 10, 9)));
        QCOMPARE(Period::month(QDate(2026, 1, 31)).next().to, QDate(2026, 2, 28));
        QVERIFY(nov.isCurrentMonth(today));
        QVERIFY(!nov.previous().isCurrentMonth(today));
        QVERIFY(nov.next().isFuture(today));

        const Period q = Period::quarter(QDate(2026, 8, 15));
        QCOMPARE(q.from, QDate(2026, 7, 1));
        QCOMPARE(q.to, QDate(2026, 9, 30));
        QCOMPARE(q.previous().from, QDate(2026, 4, 1));
        QCOMPARE(Period::year(today).previous().to, QDate(2025, 12, 31));

        const Period last30 = Period::last(30, today);
        QCOMPARE(last30.from, QDate(2026, 11, 1));
        QCOMPARE(last30.days(), 30);
        // Stepping back from "the last 30 days" gives the 30 days before: a fixed range.
        const Period before = last30.previous();
        QCOMPARE(before.kind, Period::Kind::Custom);
        QCOMPARE(before.from, QDate(2026, 10, 2));
        QCOMPARE(before.to, QDate(2026, 10, 31));

        const auto custom = Period::custom(QDate(2026, 2, 14), QDate(2026, 1, 3));   // the wrong way round
        QVERIFY(custom);
        QCOMPARE(custom->from, QDate(2026, 1, 3));
        QCOMPARE(custom->days(), 43);
        QCOMPARE(custom->movedTo(QDate(2026, 6, 30)).from, QDate(2026, 5, 19));
        QVERIFY(!Period::custom(QDate(), today));
    }

    void aPeriodSurvivesARestartAndADamagedSettingIsRefused()
    {
        const QDate today(2026, 11, 30);
        for (const Period &p :
             {Period::month(QDate(2026, 1, 9)), Period::quarter(QDate(2025, 5, 1)), Period::year(QDate(2024, 2, 2)),
              *Period::custom(QDate(2026, 1, 5), QDate(2026, 2, 10))})
            QCOMPARE(Period::fromSetting(p.toSetting(), today), p);
        QCOMPARE(Period::month(QDate(2026, 1, 9)).toSetting(), u"month:2026-01"_qs);
        QCOMPARE(Period::quarter(QDate(2025, 5, 1)).toSetting(), u"quarter:2025-Q2"_qs);
        // "The last 30 days" is relative: restored tomorrow, it ends tomorrow.
        const auto restored = Period::fromSetting(Period::last(30, today).toSetting(), today.addDays(1));
        QVERIFY(restored);
        QCOMPARE(restored->to, today.addDays(1));
        QCOMPARE(restored->lastDays, 30);
        for (const char *bad : {"", "month", "month:2026-13", "quarter:2026-Q5", "year:x", "range:2026-01-01",
                                "range:2026-01-01..nope", "last:0", "last:-3", "week:3"})
            QVERIFY2(!Period::fromSetting(QString::fromLatin1(bad), today), bad);
    }

    // Opened in November, the profile's data is in January: the current month is honestly empty and
    // says where the latest data is; January shows its actual figures and no forecast.
    void aPastMonthShowsItsActualsAndNoForecast()
    {
        JanuaryProfile p;
        const QDate today(2026, 11, 30);
        const auto now = loadDashboard(p.db.connection(), today, Period::month(today));
        QVERIFY(now);
        QVERIFY(now->hasSpendData());
        QVERIFY(!now->periodHasData());
        QVERIFY(now->showsForecast);
        QCOMPARE(now->lastDataDay, QDate(2026, 1, 14));
        QCOMPARE(now->firstDataDay, QDate(2025, 12, 20));
        QCOMPARE(now->spent.nanos(), 0);

        const auto jan = loadDashboard(p.db.connection(), today, Period::month(QDate(2026, 1, 1)));
        QVERIFY(jan);
        QVERIFY(jan->periodHasData());
        QVERIFY(!jan->showsForecast);
        QCOMPARE(jan->periodEnd, QDate(2026, 1, 31));
        QCOMPARE(jan->spent.nanos(), 40 * Usd);
        // Compared with all of December (as many days as January has had: all 31).
        QCOMPARE(jan->compareFrom, QDate(2025, 12, 1));
        QCOMPARE(jan->compareTo, QDate(2025, 12, 31));
        QCOMPARE(jan->previousSpent.nanos(), 3 * Usd);
        QCOMPARE(jan->byModel.size(), 1);
        QCOMPARE(jan->byModel.first().tokens, 10 * 1100);
        QCOMPARE(jan->byProvider.first().cost.nanos(), 40 * Usd);
        // The trend ends with January; its months hold what happened in them.
        QCOMPARE(jan->trend.size(), 12);
        QCOMPARE(jan->trend.last().month, QDate(2026, 1, 1));
        QCOMPARE(jan->trend.last().spend.nanos(), 40 * Usd);
        QCOMPARE(jan->trend.at(10).spend.nanos(), 3 * Usd);
        // Days of the daily chart are January's.
        QCOMPARE(jan->daily.size(), 10);
        QCOMPARE(jan->daily.first().day, QDate(2026, 1, 5));
    }

    void otherPeriodsCountTheirOwnDays()
    {
        JanuaryProfile p;
        const QDate today(2026, 1, 20);
        // The last 7 days on the 20th: the 14th only ($4); the 7 days before: the 7th..13th ($28).
        const auto week = loadDashboard(p.db.connection(), today, Period::last(7, today));
        QVERIFY(week);
        QVERIFY(!week->showsForecast);
        QCOMPARE(week->spent.nanos(), 4 * Usd);
        QCOMPARE(week->compareFrom, QDate(2026, 1, 7));
        QCOMPARE(week->compareTo, QDate(2026, 1, 13));
        QCOMPARE(week->previousSpent.nanos(), 28 * Usd);
        // A custom range across the new year.
        const auto range =
            loadDashboard(p.db.connection(), today, *Period::custom(QDate(2025, 12, 15), QDate(2026, 1, 6)));
        QVERIFY(range);
        QCOMPARE(range->spent.nanos(), 3 * Usd + 2 * 4 * Usd);
        QCOMPARE(range->byModel.first().tokens, 20 + 2 * 1100);
        // A year runs to today.
        const auto year = loadDashboard(p.db.connection(), today, Period::year(today));
        QVERIFY(year);
        QCOMPARE(year->periodEnd, today);
        QCOMPARE(year->spent.nanos(), 40 * Usd);
        QCOMPARE(year->previousSpent.nanos(), 0);   // 1..20 Jan 2025
    }

    // Budgets are monthly: a past month's budget shows how that month ended, and the history lists
    // every month's result.
    void budgetHistoryShowsEachMonthsFinalState()
    {
        JanuaryProfile p;
        Budget b;
        b.name = u"Everything"_qs;
        b.amount = Money::fromNanos(30 * Usd);
        b.id = BudgetRepository(p.db.connection()).add(b);
        QVERIFY(b.id > 0);
        const QDate today(2026, 3, 10);

        const auto jan = loadDashboard(p.db.connection(), today, Period::month(QDate(2026, 1, 1)));
        QVERIFY(jan);
        QCOMPARE(jan->budgetAsOf, QDate(2026, 1, 31));
        QCOMPARE(jan->budgets.size(), 1);
        QCOMPARE(jan->budgets.first().spent.nanos(), 40 * Usd);
        QCOMPARE(jan->budgets.first().state, BudgetStatus::State::Over);
        QCOMPARE(jan->budgets.first().overage().nanos(), 10 * Usd);
        // A finished month's forecast is what it spent: nothing is projected past its end.
        QCOMPARE(jan->budgets.first().forecast.expected.nanos(), 40 * Usd);

        QString error;
        const auto history = budgetHistory(p.db.connection(), today, 4, &error);
        QVERIFY2(history, qPrintable(error));
        QCOMPARE(history->size(), 4);   // March, February, January, December
        QCOMPARE(history->at(0).monthStart, QDate(2026, 3, 1));
        QCOMPARE(history->at(0).spent.nanos(), 0);
        QCOMPARE(history->at(0).state, BudgetStatus::State::Ok);
        QCOMPARE(history->at(2).monthStart, QDate(2026, 1, 1));
        QCOMPARE(history->at(2).spent.nanos(), 40 * Usd);
        QCOMPARE(history->at(2).state, BudgetStatus::State::Over);
        QCOMPARE(history->at(2).overage().nanos(), 10 * Usd);
        QCOMPARE(history->at(3).monthStart, QDate(2025, 12, 1));
        QCOMPARE(history->at(3).spent.nanos(), 3 * Usd);
        QCOMPARE(history->at(3).state, BudgetStatus::State::Ok);
    }

    // Projects and API keys beside provider and model, with the same exact shares; and tokens by
    // kind (input, cache reads, cache writes, output).
    void projectsKeysAndTokenKindsOfAPeriod()
    {
        test::TestDatabase db;
        const qint64 openai = db.addAccount(u"openai"_qs, u"Prod"_qs);
        const qint64 anthropic = db.addAccount(u"anthropic"_qs, u"Team"_qs);
        const auto row = [](qint64 account, QDate day, const QString &model, const QString &project, const QString &key,
                            qint64 nanos) {
            UsageRecord r = test::usage(account, day, model, 1000, 100, nanos);
            r.project = project;
            r.apiKeyId = key;
            r.cachedInputTokens = 400;
            r.cacheWrite5mTokens = 50;
            r.cacheWrite1hTokens = 10;
            return r;
        };
        const QDate day(2026, 3, 4);
        QVERIFY(UsageRepository(db.connection())
                    .upsert({row(openai, day, u"gpt-4o"_qs, u"proj_web"_qs, u"key_a"_qs, 1 * Usd),
                             row(openai, day, u"gpt-4o"_qs, u"proj_api"_qs, u"key_a"_qs, 1 * Usd),
                             row(openai, day.addDays(1), u"gpt-4o-mini"_qs, u"proj_web"_qs, u"key_b"_qs, 1 * Usd),
                             row(anthropic, day, u"claude-sonnet-4-5"_qs, u"wrkspc_1"_qs, QString(), 3 * Usd),
                             // Outside the period: never counted.
                             row(openai, QDate(2026, 2, 27), u"gpt-4o"_qs, u"proj_web"_qs, u"key_a"_qs, 50 * Usd)})
                    .ok);
        QString error;
        const auto projects =
            usageByGroup(db.connection(), QDate(2026, 3, 1), QDate(2026, 3, 31), UsageGroup::Project, &error);
        QVERIFY2(projects, qPrintable(error));
        QCOMPARE(projects->size(), 3);
        QCOMPARE(projects->at(0).label, u"wrkspc_1"_qs);
        QCOMPARE(projects->at(0).provider, u"anthropic"_qs);
        QCOMPARE(projects->at(0).cost.nanos(), 3 * Usd);
        QCOMPARE(projects->at(0).shareBasisPoints, 5000);
        QCOMPARE(projects->at(1).label, u"proj_web"_qs);
        QCOMPARE(projects->at(1).cost.nanos(), 2 * Usd);
        QCOMPARE(projects->at(1).shareBasisPoints, 3333);
        QCOMPARE(projects->at(1).requests, 2);
        QCOMPARE(projects->at(2).shareBasisPoints, 1667);   // largest remainder: the shares add up to 100 %
        QCOMPARE(projects->at(1).tokens, 2 * (1000 + 400 + 60 + 100));
        QCOMPARE(projects->at(1).cacheWriteTokens, 2 * 60);

        const auto keys =
            usageByGroup(db.connection(), QDate(2026, 3, 1), QDate(2026, 3, 31), UsageGroup::ApiKey, &error);
        QVERIFY2(keys, qPrintable(error));
        QCOMPARE(keys->size(), 3);
        QCOMPARE(keys->at(0).label, QString());   // Anthropic reported no key: one group, said as such
        QCOMPARE(keys->at(1).label, u"key_a"_qs);
        QCOMPARE(keys->at(1).cost.nanos(), 2 * Usd);

        const auto dashboard = loadDashboard(db.connection(), QDate(2026, 3, 20), Period::month(day));
        QVERIFY(dashboard);
        const Share &gpt4o = *std::find_if(dashboard->byModel.cbegin(), dashboard->byModel.cend(),
                                           [](const Share &s) { return s.label == u"gpt-4o"_qs; });
        QCOMPARE(gpt4o.inputTokens, 2000);
        QCOMPARE(gpt4o.cachedTokens, 800);
        QCOMPARE(gpt4o.cacheWriteTokens, 120);
        QCOMPARE(gpt4o.outputTokens, 200);
        QCOMPARE(gpt4o.tokens, 2000 + 800 + 120 + 200);
    }
};

QTEST_GUILESS_MAIN(TestPeriods)
#include "tst_periods.moc"
