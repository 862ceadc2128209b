// The dashboard's first frame shows only what is in view: the sections wholly below the window
// are built and filled right after that paint (SectionFill), decided by geometry. In a small window
// and in a tall one: nothing in view is left empty at the first paint, nothing waits that reaches
// into view, a waiting section is not built yet (no widgets, no charts), what is in view does not
// move when the rest comes, every section ends up with its figures before refreshed(), and the
// empty state is as it was.
#include "charts/dailyspendchart.h"
#include "charts/trendchart.h"
#include "common/clock.h"
#include "dashboard/breakdownpanels.h"
#include "dashboard/dashboardpage.h"
#include "mainwindow/mainwindow.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "storage/dbworker.h"
#include "storage/usagerepository.h"
#include "sync/syncservice.h"
#include "testdatabase.h"
#include "windowharness.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace tl;

namespace {

constexpr qint64 Usd = 1'000'000'000;

struct Harness : test::WindowHarness
{
    explicit Harness(int models)
        : WindowHarness(QDateTime(QDate(2026, 3, 3), QTime(18, 0), Qt::UTC))
    {
        const qint64 account = db.addAccount(u"openai"_qs, u"Prod"_qs);
        QList<UsageRecord> usage;
        for (int day = 1; day <= 3; ++day) {
            for (int m = 0; m < models; ++m)
                usage.append(
                    test::usage(account, QDate(2026, 3, day), u"model-%1"_qs.arg(m), 1000, 100, (m + 1) * Usd));
        }
        if (!usage.isEmpty() && !UsageRepository(db.connection()).upsert(usage).ok)
            qFatal("could not write the profile");
    }
};

// What the dashboard showed at the daily chart's first paint with figures.
struct FirstFrame final : QObject
{
    explicit FirstFrame(DashboardPage *dashboard)
        : page(dashboard)
    {
        page->dailyChart()->viewport()->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !seen && page->figuresInView()) {
            seen = true;
            check();
        }
        return QObject::eventFilter(watched, event);
    }
    // The section (a widget of the column) that holds `w`.
    static QWidget *sectionOf(QWidget *w, QWidget *column)
    {
        while (w && w->parentWidget() != column)
            w = w->parentWidget();
        return w;
    }
    void check()
    {
        auto *scroll = page->findChild<QScrollArea *>(u"dashboardScrollArea"_qs);
        QWidget *column = scroll->widget();
        const int top = scroll->verticalScrollBar()->value();
        const int bottom = top + scroll->viewport()->height();
        waiting = page->sectionsAwaitingFigures();
        for (QWidget *section : std::as_const(waiting)) {
            // Wholly below the band in view (its room kept, so its place is where it will show).
            if (section->geometry().top() < bottom)
                problems << u"%1 waits but starts at %2, in view down to %3"_qs.arg(section->objectName())
                                .arg(section->geometry().top())
                                .arg(bottom);
        }
        const auto inView = [&](QWidget *w) {
            QWidget *section = sectionOf(w, column);
            return !waiting.contains(section) && section->isVisible() && section->geometry().top() < bottom &&
                   section->geometry().bottom() >= top;
        };
        const auto need = [&](QWidget *w, bool filled, const QString &what) {
            if (inView(w) && !filled)
                problems << what + u" is in view but empty at the first paint"_qs;
        };
        need(page->dailyChart(), !page->dailyChart()->dailyNanos(u"openai"_qs).isEmpty(), u"daily chart"_qs);
        auto *mtd = page->findChild<QLabel *>(u"mtdValueLabel"_qs);
        need(mtd, !mtd->text().isEmpty(), u"month to date"_qs);
        // A section not built yet is in a waiting slot (checked below).
        for (const QString &name : {u"providerTable"_qs, u"modelTable"_qs, u"tokenKindsTable"_qs}) {
            if (auto *table = page->findChild<QTableView *>(name))
                need(table, table->model()->rowCount() > 0, name);
        }
        if (page->trendChart())
            need(page->trendChart(), !page->trendChart()->values().isEmpty(), u"trend"_qs);
        shownSections = 0;
        for (QObject *o : column->children()) {
            auto *w = qobject_cast<QWidget *>(o);
            if (w && w->isVisible() && w->geometry().top() < bottom)
                ++shownSections;
        }
        // A waiting section is an empty slot: nothing of it is built before this paint.
        for (QWidget *section : std::as_const(waiting)) {
            if (!section->findChildren<QWidget *>().isEmpty())
                problems << u"a waiting section (at %1) is built before the first paint"_qs.arg(section->y());
        }
        builtAtPaint = {page->trendChart() != nullptr, page->tokenKinds() != nullptr, page->groups() != nullptr};
        dailyAt = QRect(page->dailyChart()->mapTo(column, QPoint(0, 0)), page->dailyChart()->size());
        columnHeight = column->height();
    }

    DashboardPage *page;
    bool seen = false;
    QList<QWidget *> waiting;
    QStringList problems;
    int shownSections = 0;
    struct
    {
        bool trend = false, kinds = false, groups = false;
    } builtAtPaint;
    QRect dailyAt;   // the daily chart in the column
    int columnHeight = 0;
};

// Every section holds the period's figures.
void verifyAllFilled(DashboardPage *page, int models)
{
    QVERIFY(page->sectionsAwaitingFigures().isEmpty());
    QCOMPARE(page->findChild<QTableView *>(u"providerTable"_qs)->model()->rowCount(), 1);
    QCOMPARE(page->findChild<QTableView *>(u"modelTable"_qs)->model()->rowCount(), models);
    QCOMPARE(page->tokenKinds()->model()->rowCount(), models + 1);   // and "All models"
    QCOMPARE(page->trendChart()->values().last(), qint64(3) * models * (models + 1) / 2 * Usd);
    QVERIFY(page->findChild<QTableView *>(u"modelTable"_qs)->isVisible());
    QVERIFY(page->trendChart()->isVisible());
    // The scroll bar shown from the first frame (a column taller than the view) is the usual one again.
    QCOMPARE(page->findChild<QScrollArea *>(u"dashboardScrollArea"_qs)->verticalScrollBarPolicy(),
             Qt::ScrollBarAsNeeded);
}

}   // namespace

class TestDashboardFill : public QObject
{
    Q_OBJECT

private slots:
    // The smallest window (the cards and the daily chart in view, the rest after the first paint)
    // and one tall enough for every section (nothing waits, all is in the first frame).
    void fillsWhatIsInViewBeforeThePaint_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("models");
        QTest::addColumn<bool>("waits");
        QTest::newRow("small window") << QSize(820, 560) << 12 << true;
        QTest::newRow("tall window") << QSize(1280, 2600) << 3 << false;
    }
    void fillsWhatIsInViewBeforeThePaint()
    {
        QFETCH(QSize, size);
        QFETCH(int, models);
        QFETCH(bool, waits);
        Harness h(models);
        auto &window = h.open(size);
        auto *page = window.findChild<DashboardPage *>(u"dashboardPage"_qs);
        FirstFrame first(page);
        QSignalSpy refreshed(page, &DashboardPage::refreshed);
        QVERIFY(refreshed.wait(10'000));
        QTRY_VERIFY(first.seen);   // with nothing waiting, refreshed() comes before the paint
        QVERIFY2(first.problems.isEmpty(), qPrintable(first.problems.join(u"; "_qs)));
        QVERIFY2(first.waiting.isEmpty() != waits, qPrintable(u"%1 section(s) waited"_qs.arg(first.waiting.size())));
        QVERIFY(!first.waiting.contains(page->dailyChart()->parentWidget()));
        // Below the small window, the trend, tokens by kind and the project breakdown were not
        // built for the first frame; in the tall one all were.
        QCOMPARE(first.builtAtPaint.trend, !waits);
        QCOMPARE(first.builtAtPaint.kinds, !waits);
        QCOMPARE(first.builtAtPaint.groups, !waits);
        QCOMPARE(page->findChild<QLabel *>(u"mtdValueLabel"_qs)->text(),   // 3 days × (1 + … + models) dollars
                 Money::fromNanos(qint64(3) * models * (models + 1) / 2 * Usd).toDisplayString());
        QVERIFY(page->isLoaded());
        verifyAllFilled(page, models);
        // What the first frame showed stays where it was when the sections below are built, and
        // the column was about as tall as it became (the slots' room is an estimate).
        auto *column = page->findChild<QScrollArea *>(u"dashboardScrollArea"_qs)->widget();
        QTest::qWait(50);   // the column's layout after the build
        QCOMPARE(QRect(page->dailyChart()->mapTo(column, QPoint(0, 0)), page->dailyChart()->size()), first.dailyAt);
        if (waits) {
            const double change = std::abs(column->height() - first.columnHeight) / double(column->height());
            QVERIFY2(
                change < 0.15,
                qPrintable(
                    u"column %1 px at the first paint, %2 px built"_qs.arg(first.columnHeight).arg(column->height())));
        }
        // Scrolled to the end, the trend is in view (the column took the filled sections' room).
        auto *scroll = page->findChild<QScrollArea *>(u"dashboardScrollArea"_qs);
        QWidget *trend = page->trendChart()->parentWidget();
        QTRY_VERIFY([&] {
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            const QRect band(0, scroll->verticalScrollBar()->value(), scroll->viewport()->width(),
                             scroll->viewport()->height());
            return band.contains(QRect(trend->mapTo(scroll->widget(), QPoint(0, 0)), trend->size()));
        }());
    }

    // A refresh while sections wait (a sync ended): each ends with the newest figures.
    void aRefreshWhileSectionsWaitEndsWithTheNewest()
    {
        constexpr int Models = 12;
        Harness h(Models);
        auto &window = h.open(QSize(820, 560));
        auto *page = window.findChild<DashboardPage *>(u"dashboardPage"_qs);
        QSignalSpy refreshed(page, &DashboardPage::refreshed);
        QVERIFY(QTest::qWaitFor([&] { return page->figuresInView(); }, 10'000));
        const qint64 account = h.db.addAccount(u"anthropic"_qs, u"Research"_qs);
        QVERIFY(UsageRepository(h.db.connection())
                    .upsert({test::usage(account, QDate(2026, 3, 2), u"claude"_qs, 10, 10, 5 * Usd)})
                    .ok);
        page->refresh();
        QVERIFY(QTest::qWaitFor([&] { return page->isLoaded() && page->data().byProvider.size() == 2; }, 10'000));
        QCOMPARE(page->findChild<QTableView *>(u"providerTable"_qs)->model()->rowCount(), 2);
        QCOMPARE(page->findChild<QTableView *>(u"modelTable"_qs)->model()->rowCount(), Models + 1);
        QVERIFY(page->sectionsAwaitingFigures().isEmpty());
        QVERIFY(refreshed.count() >= 1);
    }

    // The forecast from one complete day names that day and the days left (the day was put where
    // the days left go: "× 1 Mar days left").
    void forecastFromOneCompleteDaySaysTheDaysLeft()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(u"openai"_qs, u"Prod"_qs);
        QVERIFY(UsageRepository(db.connection())
                    .upsert({test::usage(account, QDate(2026, 3, 1), u"gpt-4o"_qs, 10, 10, 2 * Usd)})
                    .ok);
        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC));
        DbWorker worker(db.path());
        DashboardPage page(&worker, &clock);
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(page.data().forecast.rateDaysUsed, 1);
        const QString method = page.findChild<QLabel *>(u"forecastDetailLabel"_qs)->text();
        QVERIFY2(method.contains(u"the spend of 1 Mar, the one complete UTC day so far) × 29 days left."_qs),
                 qPrintable(method));
    }

    // No usage yet: the honest empty state, refreshed() at once, nothing waiting.
    void emptyStateIsUnchanged()
    {
        Harness h(0);
        auto &window = h.open(QSize(820, 560));
        auto *page = window.findChild<DashboardPage *>(u"dashboardPage"_qs);
        QSignalSpy refreshed(page, &DashboardPage::refreshed);
        QVERIFY(refreshed.wait(10'000));
        QVERIFY(page->isLoaded());
        QVERIFY(page->sectionsAwaitingFigures().isEmpty());
        QVERIFY(window.findChild<QWidget *>(u"dashboardEmptyState"_qs)->isVisible());
        QVERIFY(!page->findChild<QScrollArea *>(u"dashboardScrollArea"_qs)->isVisible());
    }
};

QTEST_MAIN(TestDashboardFill)
#include "tst_dashboardfill.moc"
