// Time navigation in the window: a profile whose data is in January, opened in November. The period
// control, "jump to the latest data", the pages that follow, the clickable charts, the month and
// range pickers, and the period kept across a restart.
#include "alerts/budgets.h"
#include "budgets/budgethistoryview.h"
#include "budgets/budgetspage.h"
#include "charts/chartstyle.h"
#include "charts/dailyspendchart.h"
#include "charts/trendchart.h"
#include "common/clock.h"
#include "common/periodbar.h"
#include "dashboard/breakdownpanels.h"
#include "dashboard/dashboardpage.h"
#include "mainwindow/mainwindow.h"
#include "providers/providercatalog.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "storage/manualentryrepository.h"
#include "storage/usagerepository.h"
#include "sync/syncservice.h"
#include "testdatabase.h"
#include "usage/usagepage.h"
#include "windowharness.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace tl;

namespace {

constexpr qint64 Usd = 1'000'000'000;

struct Harness : test::WindowHarness
{
    Harness()
        : WindowHarness(QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC))
    {
        const qint64 account = db.addAccount(u"openai"_qs, u"Prod"_qs);
        QList<UsageRecord> usage;
        for (int day = 5; day <= 14; ++day)
            usage.append(test::usage(account, QDate(2026, 1, day), u"gpt-4o"_qs, 1000, 100, 4 * Usd));
        usage.append(test::usage(account, QDate(2025, 12, 20), u"gpt-4o"_qs, 10, 10, 3 * Usd));
        if (!UsageRepository(db.connection()).upsert(usage).ok)
            qFatal("could not write the profile");
    }
    MainWindow &open() { return WindowHarness::open(QSize(1280, 900)); }
    DashboardPage *dashboard() const { return window->findChild<DashboardPage *>(u"dashboardPage"_qs); }
    // Pages beside the dashboard are built on first need (MainWindow::ensurePage).
    UsagePage *usage() const
    {
        window->ensurePage(MainWindow::UsagePageIndex);
        return window->findChild<UsagePage *>(u"usagePage"_qs);
    }
    BudgetsPage *budgets() const
    {
        window->ensurePage(MainWindow::BudgetsPageIndex);
        return window->findChild<BudgetsPage *>();
    }
    QDate usageFrom() const { return usage()->findChild<QDateEdit *>(u"usageFromDateEdit"_qs)->date(); }
    QDate usageTo() const { return usage()->findChild<QDateEdit *>(u"usageToDateEdit"_qs)->date(); }
    QString label(const char *name) const
    {
        auto *l = window->findChild<QLabel *>(QString::fromLatin1(name));
        return l ? l->text() : QString();
    }
    // Waits for the dashboard to show `period` as read from the database.
    bool shows(const Period &period) const
    {
        return QTest::qWaitFor([&] { return dashboard()->isLoaded() && dashboard()->data().period == period; }, 10'000);
    }
};

// A real mouse click on bar `index` of the first bar series of `view` (half-way up the bar).
void clickBar(QChartView *view, int index)
{
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().first());
    QVERIFY(series);
    double value = 0;
    for (QBarSet *set : series->barSets())
        value += set->at(index);
    const QPointF inChart = view->chart()->mapToPosition(QPointF(index, value / 2), series);
    const QPoint at = view->mapFromScene(view->chart()->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
}

}   // namespace

class TestPeriodNavigation : public QObject
{
    Q_OBJECT

private slots:
    // "Other service" and Anthropic used to share #E69F00, and Mistral OpenAI's blue.
    void everyProviderHasAColourOfItsOwn()
    {
        QSet<QRgb> seen{QColor(0x99, 0x99, 0x99).rgb()};   // the folded "Other" slice and unknown providers
        for (const ProviderInfo &p : knownProviders()) {
            const QRgb c = charts::providerColor(p.id).rgb();
            QVERIFY2(!seen.contains(c), qPrintable(p.id));
            seen.insert(c);
        }
        QCOMPARE(charts::providerColor(u"no-such-provider"_qs), QColor(0x99, 0x99, 0x99));
    }

    void anEmptyMonthOffersTheLatestDataAndThePagesFollow()
    {
        Harness h;
        h.open();
        QVERIFY(h.shows(Period::month(QDate(2026, 11, 1))));
        // November is empty: said plainly, with the way to January — not $0.00 with no way out.
        auto *notice = h.window->findChild<QWidget *>(u"periodEmptyNotice"_qs);
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(h.label("periodEmptyNoticeLabel").contains(u"14 Jan 2026"_qs));
        auto *jump = h.window->findChild<QPushButton *>(u"jumpToLatestButton"_qs);
        QVERIFY(jump->isVisible());
        QCOMPARE(jump->text(), u"Show January 2026"_qs);
        // The Usage page starts on the window's period, not on two months.
        QCOMPARE(h.usageFrom(), QDate(2026, 11, 1));

        QTest::mouseClick(jump, Qt::LeftButton);
        const Period january = Period::month(QDate(2026, 1, 1));
        QVERIFY(h.shows(january));
        QTRY_VERIFY(!notice->isVisible());
        QCOMPARE(h.label("mtdValueLabel"), u"$40.00"_qs);
        QVERIFY(h.label("mtdDetailLabel").contains(u"$3.00"_qs));   // compared with December
        // A past month: actuals, no forecast.
        QCOMPARE(h.label("forecastValueLabel"), u"$1.29"_qs);   // $40 over 31 days
        QVERIFY(h.label("forecastDetailLabel").contains(u"no forecast"_qs));
        QCOMPARE(h.dashboard()->dailyChart()->dailyNanos(u"openai"_qs).size(), 31);
        // The Usage page and the budgets follow; the period is kept for the next start.
        QCOMPARE(h.usageFrom(), QDate(2026, 1, 1));
        QCOMPARE(h.usageTo(), QDate(2026, 1, 31));
        QCOMPARE(h.budgets()->history()->markedMonth(), QDate(2026, 1, 1));
        QCOMPARE(h.settings->value(keys::ViewPeriod), u"month:2026-01"_qs);
        // The project / key breakdown and tokens by kind follow the period too, and say what they lack.
        GroupBreakdownPanel *groups = h.dashboard()->groups();
        QTRY_COMPARE(groups->model()->rowCount(), 1);
        QCOMPARE(groups->model()->index(0, 0).data().toString(), u"(no project reported)"_qs);
        QCOMPARE(groups->model()->index(0, 2).data().toString(), u"$40.00"_qs);
        QCOMPARE(groups->model()->index(0, 3).data().toString(), u"100.00 %"_qs);
        QVERIFY(h.label("groupBreakdownMessageLabel").contains(u"names a project"_qs));
        groups->groupBox()->setCurrentIndex(1);
        QTRY_COMPARE(groups->model()->index(0, 0).data().toString(), u"(no key reported)"_qs);
        QCOMPARE(h.dashboard()->tokenKinds()->model()->index(0, 0).data().toString(), u"All models"_qs);
        QCOMPARE(h.dashboard()->tokenKinds()->model()->index(0, 5).data().toString(), QLocale().toString(11000));

        // ‹ and › step a month; › stops at the current month.
        QTest::mouseClick(h.window->findChild<QToolButton *>(u"periodPreviousButton"_qs), Qt::LeftButton);
        QVERIFY(h.shows(Period::month(QDate(2025, 12, 1))));
        QCOMPARE(h.label("mtdValueLabel"), u"$3.00"_qs);
        auto *thisMonth = h.window->findChild<QPushButton *>(u"periodThisMonthButton"_qs);
        QTest::mouseClick(thisMonth, Qt::LeftButton);
        QVERIFY(h.shows(Period::month(QDate(2026, 11, 30))));
        QVERIFY(!h.window->findChild<QToolButton *>(u"periodNextButton"_qs)->isEnabled());
        QVERIFY(!thisMonth->isEnabled());
        QVERIFY(h.label("forecastValueLabel").startsWith(u'$'));   // the current month has a forecast again
    }

    // Item 2's rollover: on the 1st, the window at start-up shows the new month's fixed charge (and
    // budgets count it) without waiting for a sync.
    void onTheFirstTheNewMonthsChargeIsThereAtStartUp()
    {
        Harness h;
        const qint64 account = h.db.addAccount(u"other"_qs, u"Seats"_qs);
        ManualEntry seat;
        seat.accountId = account;
        seat.label = u"Team seat"_qs;
        seat.amount = Money::fromNanos(95 * Usd);
        seat.start = QDate(2026, 10, 1);
        QVERIFY(ManualEntryRepository(h.db.connection()).add(seat) > 0);
        QVERIFY(ManualEntryRepository(h.db.connection()).materialize(QDate(2026, 11, 30)));
        Budget b;
        b.name = u"All"_qs;
        b.amount = Money::fromNanos(100 * Usd);
        QVERIFY(BudgetRepository(h.db.connection()).add(b) > 0);
        // The next morning: 1 December, no sync.
        h.clock.set(QDateTime(QDate(2026, 12, 1), QTime(7, 0), Qt::UTC));
        h.open();
        QVERIFY(h.shows(Period::month(QDate(2026, 12, 1))));
        QTRY_COMPARE_WITH_TIMEOUT(h.dashboard()->data().spent.nanos(), 95 * Usd, 10'000);
        QCOMPARE(h.label("mtdValueLabel"), u"$95.00"_qs);
        // A fixed charge is known, not a run rate: the forecast is the charge, not $95 × 31.
        QCOMPARE(h.dashboard()->data().forecast.expected.nanos(), 95 * Usd);
        auto *budgets = h.budgets();
        QTRY_VERIFY(!budgets->statuses().isEmpty() && budgets->statuses().first().spent.nanos() == 95 * Usd);
    }

    void thePeriodSurvivesARestart()
    {
        Harness h;
        h.open();
        QVERIFY(h.shows(Period::month(QDate(2026, 11, 1))));
        h.dashboard()->periodBar()->choose(*Period::custom(QDate(2026, 1, 10), QDate(2026, 1, 12)));
        QVERIFY(h.shows(*Period::custom(QDate(2026, 1, 10), QDate(2026, 1, 12))));
        h.close();

        h.open();
        const Period restored = *Period::custom(QDate(2026, 1, 10), QDate(2026, 1, 12));
        QVERIFY(h.shows(restored));
        QCOMPARE(h.dashboard()->periodBar()->period(), restored);
        QCOMPARE(h.label("mtdValueLabel"), u"$12.00"_qs);
        QCOMPARE(h.usageFrom(), QDate(2026, 1, 10));
        QCOMPARE(h.usageTo(), QDate(2026, 1, 12));
    }

    void chartBarsAndDaysOpenTheirRows()
    {
        Harness h;
        h.open();
        h.dashboard()->periodBar()->choose(Period::month(QDate(2026, 1, 1)));
        QVERIFY(h.shows(Period::month(QDate(2026, 1, 1))));
        auto *pages = h.window->findChild<QStackedWidget *>(u"pageStackedWidget"_qs);
        QTRY_VERIFY(h.dashboard()->dailyChart()->isVisible());

        // The daily chart: the 5th of January.
        h.dashboard()->dailyChart()->ensurePolished();
        QTest::qWait(50);
        clickBar(h.dashboard()->dailyChart(), 4);
        QTRY_COMPARE(pages->currentIndex(), int(MainWindow::UsagePageIndex));
        QCOMPARE(h.usageFrom(), QDate(2026, 1, 5));
        QCOMPARE(h.usageTo(), QDate(2026, 1, 5));
        QTRY_COMPARE(h.usage()->findChild<QTabWidget *>(u"usageTabWidget"_qs)->currentIndex(), 0);

        // The trend: December 2025's bar (the one before the last).
        h.window->showPage(MainWindow::DashboardPageIndex);
        charts::TrendChart *trend = h.dashboard()->trendChart();
        QTRY_VERIFY(trend->isVisible());
        h.dashboard()->findChild<QWidget *>(u"dashboardScrollArea"_qs)->setFocus();
        QCOMPARE(trend->shownMonths().last().month, QDate(2026, 1, 1));
        // Scroll the trend into view, then click its December bar.
        auto *scroll = h.dashboard()->findChild<QAbstractScrollArea *>(u"dashboardScrollArea"_qs);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QTest::qWait(50);
        clickBar(trend, int(trend->shownMonths().size()) - 2);
        QTRY_COMPARE(pages->currentIndex(), int(MainWindow::UsagePageIndex));
        QCOMPARE(h.usageFrom(), QDate(2025, 12, 1));
        QCOMPARE(h.usageTo(), QDate(2025, 12, 31));
    }

    void theMonthPickerAndTheCustomRange()
    {
        Harness h;
        h.open();
        QVERIFY(h.shows(Period::month(QDate(2026, 11, 1))));
        PeriodBar *bar = h.dashboard()->periodBar();

        bar->menu()->findChild<QAction *>(u"periodChooseMonthAction"_qs)->trigger();
        auto *picker = bar->findChild<MonthPickerDialog *>(u"monthPickerDialog"_qs);
        QTRY_VERIFY(picker && picker->isVisible());
        // Months after the current one cannot be picked.
        QVERIFY(!picker->findChild<QPushButton *>(u"monthPickerMonth12Button"_qs)->isEnabled());
        picker->findChild<QSpinBox *>(u"monthPickerYearSpinBox"_qs)->setValue(2025);
        QVERIFY(picker->findChild<QPushButton *>(u"monthPickerMonth12Button"_qs)->isEnabled());
        QTest::mouseClick(picker->findChild<QPushButton *>(u"monthPickerMonth12Button"_qs), Qt::LeftButton);
        QVERIFY(h.shows(Period::month(QDate(2025, 12, 1))));
        QCOMPARE(h.label("mtdValueLabel"), u"$3.00"_qs);

        bar->menu()->findChild<QAction *>(u"periodCustomRangeAction"_qs)->trigger();
        auto *range = bar->findChild<RangePickerDialog *>(u"rangePickerDialog"_qs);
        QTRY_VERIFY(range && range->isVisible());
        range->fromEdit()->setDate(QDate(2025, 12, 20));
        range->toEdit()->setDate(QDate(2026, 1, 5));
        range->accept();
        const Period custom = *Period::custom(QDate(2025, 12, 20), QDate(2026, 1, 5));
        QVERIFY(h.shows(custom));
        QCOMPARE(h.label("mtdValueLabel"), u"$7.00"_qs);
        QCOMPARE(h.dashboard()->dailyChart()->dailyNanos(u"openai"_qs).size(), 17);

        bar->menu()->findChild<QAction *>(u"periodLast90Action"_qs)->trigger();
        QVERIFY(h.shows(Period::last(90, QDate(2026, 11, 30))));
        QVERIFY(h.window->findChild<QWidget *>(u"periodEmptyNotice"_qs)->isVisible());
        QCOMPARE(h.window->findChild<QPushButton *>(u"jumpToLatestButton"_qs)->text(),
                 u"Show 17 Oct 2025 – 14 Jan 2026"_qs);
    }
};

QTEST_MAIN(TestPeriodNavigation)
#include "tst_periodnav.moc"
