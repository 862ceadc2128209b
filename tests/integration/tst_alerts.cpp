#include "alerts/alerts.h"
#include "alerts/alertservice.h"
#include "alerts/alerttext.h"
#include "alerts/budgets.h"
#include "common/clock.h"
#include "settings/settings.h"
#include "storage/costrepository.h"
#include "storage/syncrunrepository.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

namespace {

constexpr qint64 Usd = 1'000'000'000;

// Billed spend for an account on a day (billed wins, so it is exactly the day's spend).
void spend(test::TestDatabase &db, qint64 account, QDate day, qint64 nanos)
{
    CostRecord c;
    c.accountId = account;
    c.day = day;
    c.lineItem = QStringLiteral("usage");
    c.amount = Money::fromNanos(nanos);
    QVERIFY(CostRepository(db.connection()).upsert({c}).ok);
}

Budget budget(qint64 usd, Budget::Scope scope = Budget::Scope::All, const QString &value = {})
{
    Budget b;
    b.name = QStringLiteral("Team");
    b.scope = scope;
    b.scopeValue = value;
    b.amount = Money::fromNanos(usd * Usd);
    return b;
}

QList<Alert::Kind> kinds(const QList<Alert> &alerts)
{
    QList<Alert::Kind> out;
    for (const Alert &a : alerts)
        out.append(a.kind);
    return out;
}

FixedClock at(QDate day)
{
    return FixedClock(QDateTime(day, QTime(12, 0), Qt::UTC));
}

}   // namespace

Q_DECLARE_METATYPE(BudgetStatus::State)

class TestAlerts : public QObject
{
    Q_OBJECT

private slots:
    void thresholdsStateAndOverage_data()
    {
        QTest::addColumn<qint64>("spentNanos");
        QTest::addColumn<QList<int>>("crossed");
        QTest::addColumn<BudgetStatus::State>("state");
        QTest::addColumn<qint64>("overageNanos");
        QTest::addColumn<qint64>("usedBasisPoints");
        using S = BudgetStatus::State;
        QTest::newRow("nothing") << qint64(0) << QList<int>{} << S::Ok << qint64(0) << qint64(0);
        QTest::newRow("just under half") << 49'999'999'999LL << QList<int>{} << S::Ok << qint64(0) << qint64(4999);
        QTest::newRow("exactly half") << 50 * Usd << QList<int>{50} << S::Ok << qint64(0) << qint64(5000);
        QTest::newRow("warning at 80") << 80 * Usd << QList<int>{50, 80} << S::Warning << qint64(0) << qint64(8000);
        QTest::newRow("exactly used up") << 100 * Usd << QList<int>{50, 80, 100} << S::Warning << qint64(0)
                                         << qint64(10000);
        QTest::newRow("a nano over") << 100 * Usd + 1 << QList<int>{50, 80, 100} << S::Over << qint64(1)
                                     << qint64(10000);
        QTest::newRow("well over") << 130 * Usd << QList<int>{50, 80, 100} << S::Over << 30 * Usd << qint64(13000);
    }
    void thresholdsStateAndOverage()
    {
        QFETCH(qint64, spentNanos);
        QFETCH(QList<int>, crossed);
        QFETCH(BudgetStatus::State, state);
        QFETCH(qint64, overageNanos);
        QFETCH(qint64, usedBasisPoints);
        // All of it on the last day of the month: no days left, so the forecast equals the spend.
        const QDate today(2026, 11, 30);
        QList<DailySpend> days;
        DailySpend d;
        d.day = today;
        d.accountId = 1;
        d.billed = Money::fromNanos(spentNanos);
        d.hasBilled = true;
        days.append(d);
        const BudgetStatus s = budgetStatus(budget(100), days, {{1, QStringLiteral("openai")}}, today);
        QCOMPARE(s.crossedThresholds(), crossed);
        QCOMPARE(s.state, state);
        QCOMPARE(s.overage().nanos(), overageNanos);
        QCOMPARE(s.usedBasisPoints(), std::optional<qint64>(usedBasisPoints));
    }

    void hugeRatiosAndSumsNeverWrap()
    {
        const QDate today(2026, 11, 30);
        // A one-nano-dollar budget against real spend: the percentage does not fit in 64 bits.
        Budget tiny = budget(100);
        tiny.name = QStringLiteral("Tiny");
        tiny.amount = Money::fromNanos(1);
        DailySpend d;
        d.day = today;
        d.accountId = 1;
        d.billed = Money::fromNanos(9'000'000'000'000'000'000);   // $9 billion
        d.hasBilled = true;
        BudgetStatus s = budgetStatus(tiny, {d}, {{1, QStringLiteral("openai")}}, today);
        QVERIFY(s.error.isEmpty());
        QCOMPARE(s.usedBasisPoints(), std::nullopt);   // not a wrapped, negative figure
        QVERIFY(s.usedPercentText().startsWith(QStringLiteral("more than 92233720368547758")));
        QCOMPARE(s.state, BudgetStatus::State::Over);

        // Two accounts' days that add up past 2^63 − 1: an error naming the budget.
        DailySpend other = d;
        other.accountId = 2;
        s = budgetStatus(budget(100), {d, other}, {{1, QStringLiteral("openai")}, {2, QStringLiteral("openai")}},
                         today);
        QVERIFY2(s.error.contains(QStringLiteral("Budget")) && s.error.contains(QStringLiteral("too large")),
                 qPrintable(s.error));
    }

    void thresholdsParse()
    {
        QCOMPARE(Budget::parseThresholds(u"80, 50,100,50"), std::optional<QList<int>>(QList<int>{50, 80, 100}));
        QVERIFY(!Budget::parseThresholds(u""));
        QVERIFY(!Budget::parseThresholds(u"50,x"));
        QVERIFY(!Budget::parseThresholds(u"0"));
        Budget b;
        b.thresholds = {25, 90, 120};
        QCOMPARE(b.warningPercent(), 90);
    }

    void scopesCountOnlyTheirAccounts()
    {
        test::TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        const qint64 b = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("B"));
        const QDate today(2026, 11, 10);
        spend(db, a, QDate(2026, 11, 2), 30 * Usd);
        spend(db, b, QDate(2026, 11, 3), 12 * Usd);
        BudgetRepository repo(db.connection());
        QVERIFY(repo.add(budget(100)) > 0);
        QVERIFY(repo.add(budget(100, Budget::Scope::Provider, QStringLiteral("anthropic"))) > 0);
        QVERIFY(repo.add(budget(100, Budget::Scope::Account, QString::number(a))) > 0);
        const auto statuses = budgetStatuses(db.connection(), today);
        QVERIFY(statuses);
        QCOMPARE(statuses->size(), 3);
        QList<qint64> spent;
        for (const BudgetStatus &s : *statuses)
            spent.append(s.spent.nanos());
        QCOMPARE(spent, (QList<qint64>{42 * Usd, 12 * Usd, 30 * Usd}));
    }

    // Crossing thresholds during a month, many evaluations, then the next month.
    void firesOncePerBudgetThresholdAndMonth()
    {
        test::TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        const qint64 id = BudgetRepository(db.connection()).add(budget(100));
        QVERIFY(id > 0);
        spend(db, a, QDate(2026, 11, 28), 55 * Usd);
        FixedClock clock = at(QDate(2026, 11, 30));   // forecast = spend (one day, rate 55 × 0 days left)
        auto created = evaluateAlerts(db.connection(), clock);
        QVERIFY(created);
        QCOMPARE(kinds(*created), QList<Alert::Kind>{Alert::Kind::BudgetThreshold});
        QCOMPARE(created->first().severity, Alert::Severity::Info);
        QCOMPARE(created->first().dedupKey, QStringLiteral("budget:%1:2026-11:50").arg(id));
        QVERIFY(
            renderAlert(created->first(), QLocale::c()).message.contains(QStringLiteral("$55.00 spent of $100.00")));
        for (int i = 0; i < 25; ++i)
            QCOMPARE(evaluateAlerts(db.connection(), clock)->size(), 0);   // no repeats

        spend(db, a, QDate(2026, 11, 29), 50 * Usd);   // 105: crosses 80 and 100 at once
        created = evaluateAlerts(db.connection(), clock);
        QCOMPARE(created->size(), 2);
        QCOMPARE(created->at(0).severity, Alert::Severity::Warning);
        QCOMPARE(created->at(1).severity, Alert::Severity::Critical);
        QVERIFY(renderAlert(created->at(1), QLocale::c()).message.contains(QStringLiteral("$5.00 over")));
        QCOMPARE(evaluateAlerts(db.connection(), clock)->size(), 0);
        QCOMPARE(AlertRepository(db.connection()).unreadCount(), 3);

        // December: a new period, the same thresholds fire again when crossed again.
        clock.set(QDateTime(QDate(2026, 12, 31), QTime(1, 0), Qt::UTC));
        QCOMPARE(evaluateAlerts(db.connection(), clock)->size(), 0);   // nothing spent in December yet
        spend(db, a, QDate(2026, 12, 31), 60 * Usd);
        created = evaluateAlerts(db.connection(), clock);
        QCOMPARE(created->size(), 1);
        QCOMPARE(created->first().period, QStringLiteral("2026-12"));
    }

    void warnsWhenTheForecastGoesOverBeforeItHappens()
    {
        test::TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        const qint64 id = BudgetRepository(db.connection()).add(budget(100));
        for (int day = 1; day <= 9; ++day)
            spend(db, a, QDate(2026, 11, day), 4 * Usd);   // 36 by the 10th, rate 4/day × 20 days → 116
        const FixedClock clock = at(QDate(2026, 11, 10));
        const auto created = evaluateAlerts(db.connection(), clock);
        QVERIFY(created);
        QCOMPARE(kinds(*created), QList<Alert::Kind>{Alert::Kind::BudgetForecast});
        QCOMPARE(created->first().dedupKey, QStringLiteral("forecast:%1:2026-11").arg(id));
        QVERIFY(renderAlert(created->first(), QLocale::c()).message.contains(QStringLiteral("$116.00")));
        QCOMPARE(evaluateAlerts(db.connection(), clock)->size(), 0);
        // A disabled budget says nothing.
        Budget b = *BudgetRepository(db.connection()).find(id);
        b.enabled = false;
        b.amount = Money::fromNanos(10 * Usd);
        QVERIFY(BudgetRepository(db.connection()).update(b));
        QCOMPARE(evaluateAlerts(db.connection(), clock)->size(), 0);
    }

    void spikeRule_data()
    {
        QTest::addColumn<QList<qint64>>("baseline");   // 14 days before the day, in dollars
        QTest::addColumn<qint64>("day");
        QTest::addColumn<bool>("spike");
        const QList<qint64> flat(14, 10);
        QTest::newRow("double a flat baseline is not enough") << flat << qint64(20) << false;
        QTest::newRow("above twice the median") << flat << qint64(21) << true;
        QList<qint64> noisy;
        for (int i = 0; i < 14; ++i)
            noisy.append(i % 2 ? 4 : 16);   // median 10, σ 6 → limit max(28, 20)
        QTest::newRow("noisy: within three sigma") << noisy << qint64(28) << false;
        QTest::newRow("noisy: beyond three sigma") << noisy << qint64(29) << true;
        QTest::newRow("below the minimum amount") << QList<qint64>(14, 1) << qint64(4) << false;
        QList<qint64> young(14, 0);
        for (int i = 8; i < 14; ++i)
            young[i] = 10;   // only 6 days of history
        QTest::newRow("too little history") << young << qint64(100) << false;
    }
    void spikeRule()
    {
        QFETCH(QList<qint64>, baseline);
        QFETCH(qint64, day);
        QFETCH(bool, spike);
        test::TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("Prod"));
        const QDate spikeDay(2026, 3, 1);   // the baseline crosses February (and 28 days)
        for (int i = 0; i < 14; ++i) {
            if (baseline[i] > 0)
                spend(db, a, spikeDay.addDays(-14 + i), baseline[i] * Usd);
        }
        spend(db, a, spikeDay, day * Usd);
        const FixedClock clock = at(spikeDay.addDays(1));
        const auto created = evaluateAlerts(db.connection(), clock);
        QVERIFY(created);
        QCOMPARE(kinds(*created).count(Alert::Kind::Spike), spike ? 1 : 0);
        if (spike) {
            QCOMPARE(created->first().dedupKey, QStringLiteral("spike:%1:2026-03-01").arg(a));
            QVERIFY(renderAlert(created->first(), QLocale::c()).message.contains(QStringLiteral("$%1.00").arg(day)));
            // Looked at again on the next days (late data counts), it never fires twice.
            QCOMPARE(evaluateAlerts(db.connection(), at(spikeDay.addDays(2)))->size(), 0);
        }
    }

    void syncFailuresBalancesAndUnpricedModels()
    {
        test::TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openrouter"), QStringLiteral("Gateway"));
        SyncRunRepository runs(db.connection());
        const auto fail = [&](int times) {
            for (int i = 0; i < times; ++i) {
                SyncRun r;
                r.accountId = a;
                r.trigger = QStringLiteral("scheduled");
                r.startedAt = QDateTime::currentDateTimeUtc();
                r.id = runs.start(r);
                r.status = SyncRun::Status::Failed;
                r.finishedAt = r.startedAt;
                r.message = QStringLiteral("HTTP 401");
                QVERIFY(runs.finish(r));
            }
        };
        const FixedClock clock = at(QDate(2026, 11, 20));
        fail(2);
        QCOMPARE(evaluateAlerts(db.connection(), clock)->size(), 0);
        fail(1);
        auto created = evaluateAlerts(db.connection(), clock);
        QCOMPARE(kinds(*created), QList<Alert::Kind>{Alert::Kind::SyncFailing});
        QCOMPARE(created->first().severity, Alert::Severity::Critical);
        fail(3);
        QCOMPARE(evaluateAlerts(db.connection(), clock)->size(), 0);   // the same streak

        QVERIFY(BalanceRepository(db.connection())
                    .replace(a, {{QStringLiteral("USD"), QStringLiteral("credits_remaining"), Money::fromNanos(Usd)}},
                             clock.nowUtc()));
        QVERIFY(
            UsageRepository(db.connection())
                .upsert({test::usage(a, QDate(2026, 11, 19), QStringLiteral("mystery/model-x"), 10, 10, std::nullopt)})
                .ok);
        created = evaluateAlerts(db.connection(), clock);
        QCOMPARE(kinds(*created), (QList<Alert::Kind>{Alert::Kind::LowBalance, Alert::Kind::UnpricedModel}));
        QVERIFY(renderAlert(created->first(), QLocale::c()).message.contains(QStringLiteral("1.00 USD left")));
        QCOMPARE(evaluateAlerts(db.connection(), clock)->size(), 0);

        AlertRepository alerts(db.connection());
        QCOMPARE(alerts.unreadCount(), 3);
        QVERIFY(alerts.acknowledge(created->first().id, clock.nowUtc()));
        QCOMPARE(alerts.unreadCount(), 2);
        QVERIFY(alerts.find(created->first().id)->acknowledgedAt.isValid());
        QVERIFY(alerts.markAllRead(clock.nowUtc()));
        QCOMPARE(alerts.unreadCount(), 0);
    }

    void quietHoursAndMutedKinds_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("hour");
        QTest::addColumn<bool>("quiet");
        QTest::newRow("off") << -1 << -1 << 3 << false;
        QTest::newRow("night, late") << 22 << 7 << 23 << true;
        QTest::newRow("night, early") << 22 << 7 << 6 << true;
        QTest::newRow("night, the end hour is not quiet") << 22 << 7 << 7 << false;
        QTest::newRow("night, afternoon") << 22 << 7 << 15 << false;
        QTest::newRow("lunch") << 12 << 14 << 13 << true;
        QTest::newRow("lunch, before") << 12 << 14 << 11 << false;
        QTest::newRow("same hour means off") << 5 << 5 << 5 << false;
    }
    void quietHoursAndMutedKinds()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, hour);
        QFETCH(bool, quiet);
        NotificationSettings n;
        n.quietStartHour = from;
        n.quietEndHour = to;
        n.muted = {Alert::Kind::UnpricedModel};
        QCOMPARE(n.isQuiet(QTime(hour, 30)), quiet);
        Alert budgetAlert;
        budgetAlert.kind = Alert::Kind::BudgetThreshold;
        Alert unpriced;
        unpriced.kind = Alert::Kind::UnpricedModel;
        QCOMPARE(n.shouldNotify(budgetAlert, QTime(hour, 30)), !quiet);
        QVERIFY(!n.shouldNotify(unpriced, QTime(hour, 30)));

        // Kept in the profile's settings and read back.
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        n.save(settings);
        const NotificationSettings back = NotificationSettings::from(settings);
        QCOMPARE(back.muted, n.muted);
        QCOMPARE(back.quietStartHour, from);
        QCOMPARE(back.quietEndHour, to);
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
