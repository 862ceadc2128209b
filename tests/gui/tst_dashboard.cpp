#include "alerts/alertservice.h"
#include "alerts/traycontroller.h"
#include "budgets/budgetdialog.h"
#include "budgets/budgetspage.h"
#include "charts/dailyspendchart.h"
#include "charts/trendchart.h"
#include "common/clock.h"
#include "dashboard/dashboardpage.h"
#include "fakeproviderserver.h"
#include "mainwindow/mainwindow.h"
#include "pricing/pricingpage.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "storage/accountrepository.h"
#include "storage/dbworker.h"
#include "storage/manualentryrepository.h"
#include "sync/syncservice.h"
#include "testdatabase.h"
#include "usage/importdialog.h"
#include "usage/manualentriesview.h"
#include "usage/qualityview.h"
#include "usage/reconciliationview.h"
#include "usage/usagepage.h"
#include "usage/usagetablemodel.h"
#include "windowharness.h"

#include <QAbstractItemModel>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>

using namespace tl;

namespace {

qint64 addAccount(test::TestDatabase &db, const QString &provider, const QString &label, const QString &url)
{
    Account a;
    a.provider = provider;
    a.label = label;
    a.baseUrl = url;
    const qint64 id = AccountRepository(db.connection()).add(a);
    test::setEnvironmentKey(db.connection(), id, "dashboard-test-key-not-real");
    return id;
}

QString text(QWidget *root, const char *name)
{
    auto *label = root->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

// A window over a fresh database whose accounts point at the loopback provider server, with
// today fixed to 2026-03-03 (the fixtures' days): what every test here starts from.
struct Harness : test::WindowHarness
{
    test::FakeProviderServer server;

    Harness()
        : WindowHarness(QDateTime(QDate(2026, 3, 3), QTime(18, 0), Qt::UTC))
    {
        if (server.start())
            server.loadStandardFixtures();
    }
    ~Harness() { close(); }   // the window and its service before the server they sync from
    Q_DISABLE_COPY_MOVE(Harness)

    MainWindow &open()
    {
        SyncOptions options;
        options.retry.baseDelayMs = 5;
        options.retry.minIntervalMs = 0;
        return WindowHarness::open({}, options);
    }
    void syncFixtureDays()
    {
        SyncRequest request;
        request.from = QDate(2026, 3, 1);
        request.to = QDate(2026, 3, 3);
        service->start(request);
    }
};

}   // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    // The whole path: loopback provider APIs → sync → SQLite → dashboard figures and charts.
    // Each change the window makes or sees ends in the core after-change step exactly once.
    void everyChangeRunsTheAfterChangeStepOnce()
    {
        Harness h;
        const qint64 openai = addAccount(h.db, u"openai"_qs, u"Prod"_qs, h.server.url(u"/openai/v1"_qs));
        MainWindow &window = h.open();
        QHash<int, int> runs;
        connect(window.alertService(), &AlertService::afterChangeRan, this, [&runs](int change) { ++runs[change]; });
        const auto settled = [&runs](ChangeKind change) {
            const bool once = QTest::qWaitFor([&] { return runs.value(int(change)) >= 1; }, 20'000);
            QTest::qWait(400);   // and not a second time
            return once && runs.value(int(change)) == 1;
        };
        QVERIFY(settled(ChangeKind::StartUp));

        h.syncFixtureDays();
        QVERIFY(settled(ChangeKind::Sync));

        Budget b;
        b.name = u"Team"_qs;
        b.amount = Money::fromNanos(2'000'000'000);
        window.findChild<BudgetsPage *>()->saveBudget(b);
        QVERIFY(settled(ChangeKind::Budget));

        ManualEntriesView *manual = window.findChild<UsagePage *>(u"usagePage"_qs)->manualEntries();
        QTRY_VERIFY(!manual->formError().contains(u"account first"_qs));
        manual->findChild<QLineEdit *>(u"manualLabelLineEdit"_qs)->setText(u"Seats"_qs);
        manual->findChild<QLineEdit *>(u"manualAmountLineEdit"_qs)->setText(u"95"_qs);
        manual->addFromForm();
        QVERIFY(settled(ChangeKind::ManualEntry));

        PriceOverride o;
        o.provider = u"openai"_qs;
        o.model = u"gpt-4o"_qs;
        o.effectiveFrom = QDate(2026, 1, 1);
        o.prices.input = TieredPrice{Money::fromNanos(1'000'000'000), {}};
        o.prices.output = TieredPrice{Money::fromNanos(2'000'000'000), {}};
        window.findChild<PricingPage *>()->saveOverride(o);
        QVERIFY(settled(ChangeKind::Price));

        emit window.findChild<UsagePage *>(u"usagePage"_qs)->dataImported(openai);
        QVERIFY(settled(ChangeKind::Import));
        QCOMPARE(runs.value(int(ChangeKind::Sync)), 1);   // nothing ran twice along the way
        test::clearEnvironmentKey(h.db.connection(), openai);
    }

    void showsWhatARealSyncBrought()
    {
        Harness h;
        const qint64 openai = addAccount(h.db, u"openai"_qs, u"Prod"_qs, h.server.url(u"/openai/v1"_qs));
        const qint64 anthropic = addAccount(h.db, u"anthropic"_qs, u"Research"_qs, h.server.url(u"/anthropic"_qs));
        MainWindow &window = h.open();
        auto *page = window.findChild<DashboardPage *>(u"dashboardPage"_qs);
        QVERIFY(page);
        QTRY_VERIFY(page->isLoaded());
        QVERIFY(!page->data().hasSpendData());
        QVERIFY(window.findChild<QWidget *>(u"dashboardEmptyState"_qs)->isVisible());

        // Sync the fixtures' days; the dashboard refreshes by itself when the sync finishes.
        QSignalSpy refreshed(page, &DashboardPage::refreshed);
        h.syncFixtureDays();
        // Every section holds the figures (those below the window follow the first paint).
        QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded() && page->data().hasSpendData(), 20'000);
        QVERIFY(refreshed.count() >= 1);
        QVERIFY(!window.findChild<QWidget *>(u"dashboardEmptyState"_qs)->isVisible());

        // Billed amounts win: OpenAI 0.925919 + 2.00, Anthropic 0.705 + 0.004567891 (cents strings).
        QCOMPARE(page->data().forecast.monthToDate.nanos(), qint64(3'635'486'891));
        QCOMPARE(text(page, "mtdValueLabel"), u"$3.64"_qs);
        QVERIFY2(text(page, "mtdDetailLabel").contains(u"All billed by the providers"_qs),
                 qPrintable(text(page, "mtdDetailLabel")));
        // Rate: the mean of 1–2 March = 0.8177434455 → 817743445 nanos a day, × 28 days left.
        QCOMPARE(text(page, "forecastValueLabel"), u"$26.53"_qs);
        const QString method = text(page, "forecastDetailLabel");
        QVERIFY2(method.contains(u"2 complete UTC days"_qs) && method.contains(u"28 days left"_qs), qPrintable(method));
        QVERIFY(method.contains(u"$0.82 a day"_qs));
        QVERIFY(!method.contains(u"still due"_qs));

        // A $95 seat charged on the 20th: a known amount still due, added to the forecast as it is.
        ManualEntry seat;
        seat.accountId = openai;
        seat.label = u"Seats"_qs;
        seat.amount = Money::fromNanos(95'000'000'000);
        seat.start = QDate(2026, 2, 20);
        QVERIFY(ManualEntryRepository(h.db.connection()).add(seat) > 0);
        QSignalSpy again(page, &DashboardPage::refreshed);
        page->refresh();
        QVERIFY(again.wait(10'000));
        QCOMPARE(page->data().forecast.fixedDue.nanos(), qint64(95'000'000'000));
        QCOMPARE(text(page, "forecastValueLabel"), u"$121.53"_qs);
        QVERIFY2(text(page, "forecastDetailLabel").contains(u"Plus $95.00 of fixed charges still due"_qs),
                 qPrintable(text(page, "forecastDetailLabel")));
        // The seat's February charge is last month's: this month's rate and month to date are unchanged.
        QCOMPARE(page->data().forecast.monthToDate.nanos(), qint64(3'635'486'891));
        QCOMPARE(text(page, "budgetValueLabel"), u"Not set"_qs);
        QCOMPARE(text(page, "balanceValueLabel"), u"—"_qs);   // neither reports a balance
        QVERIFY(text(page, "dashboardStatusLabel").contains(u"success"_qs));

        // The daily chart draws those exact amounts, stacked by provider.
        auto *chart = page->findChild<charts::DailySpendChart *>(u"dailySpendChart"_qs);
        QVERIFY(chart);
        QCOMPARE(chart->dailyNanos(u"openai"_qs).mid(0, 3), (QList<qint64>{925'919'000, 0, 2'000'000'000}));
        QCOMPARE(chart->dailyNanos(u"anthropic"_qs).mid(0, 3), (QList<qint64>{705'000'000, 4'567'891, 0}));
        QCOMPARE(chart->cumulativeNanos(), (QList<qint64>{1'630'919'000, 1'635'486'891, 3'635'486'891}));
        QStackedBarSeries *bars = nullptr;
        for (QAbstractSeries *s : chart->chart()->series())
            bars = bars ? bars : qobject_cast<QStackedBarSeries *>(s);
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2);
        QCOMPARE(bars->barSets().at(0)->label(), u"OpenAI"_qs);
        QCOMPARE(bars->barSets().at(0)->count(), 31);
        QVERIFY(qFuzzyCompare(bars->barSets().at(0)->at(0), 0.925919));
        QVERIFY(qFuzzyCompare(bars->barSets().at(1)->at(1), 0.004567891));

        // Breakdown tables: exact shares that add up to 100 %, and the source of each figure.
        auto *providers = page->findChild<QTableView *>(u"providerTable"_qs)->model();
        QCOMPARE(providers->rowCount(), 2);
        QCOMPARE(providers->index(0, 0).data().toString(), u"OpenAI"_qs);
        QCOMPARE(providers->index(0, 1).data().toString(), u"$2.93"_qs);
        QCOMPARE(providers->index(0, 2).data().toString(), u"80.48 %"_qs);
        QCOMPARE(providers->index(1, 2).data().toString(), u"19.52 %"_qs);
        QCOMPARE(providers->index(0, 5).data().toString(), u"Billed"_qs);
        auto *models = page->findChild<QTableView *>(u"modelTable"_qs)->model();
        QVERIFY(models->rowCount() >= 3);

        // Trend: this month's spend, requests and tokens.
        auto *trend = page->findChild<charts::TrendChart *>(u"trendChart"_qs);
        QCOMPARE(trend->values().size(), 6);
        QCOMPARE(trend->values().last(), qint64(3'635'486'891));
        page->findChild<QPushButton *>(u"trendMetric1Button"_qs)->click();
        QCOMPARE(trend->metric(), charts::TrendChart::Metric::Requests);
        QCOMPARE(trend->values().last(), qint64(192 + 500));
        Q_UNUSED(openai);
        Q_UNUSED(anthropic);

        // The Usage page over the same rows: totals, filters, export round trip, reconciliation.
        auto *usage = window.findChild<UsagePage *>(u"usagePage"_qs);
        QVERIFY(usage);
        window.showPage(MainWindow::UsagePageIndex);
        UsageTableModel *model = usage->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->totals().rows, qint64(6), 10'000);   // 4 OpenAI + 2 Anthropic rows
        QTRY_VERIFY(!model->isBusy());
        const Money usageCost = model->totals().cost;
        QCOMPARE(usageCost.nanos(), qint64(373'750'000 + 180'000'000 + 675'000'000 + 24'000'000));
        QCOMPARE(model->rowCount(), 7);   // the totals row first
        QCOMPARE(model->index(0, int(UsageColumn::Cost)).data().toString(), usageCost.toDisplayString());
        QCOMPARE(model->index(1, int(UsageColumn::Day)).data().toString(), u"2026-03-03"_qs);   // newest first
        model->sort(int(UsageColumn::Cost), Qt::DescendingOrder);
        QTRY_VERIFY(!model->isBusy());
        QCOMPARE(model->rows().first().cost->nanos(), qint64(675'000'000));
        auto *provider = usage->findChild<QComboBox *>(u"usageProviderComboBox"_qs);
        provider->setCurrentIndex(provider->findData(u"anthropic"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(model->totals().rows, qint64(2), 10'000);

        for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Json}) {
            QSignalSpy done(usage, &UsagePage::exported);
            const QString path = h.db.folder() + (format == ExportFormat::Csv ? u"/out.csv"_qs : u"/out.json"_qs);
            usage->exportTo(path, format);
            QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10'000);
            QCOMPARE(done.first().at(1).toLongLong(), qint64(2));
            // Spend data is private: a new export is its owner's only, whatever the umask.
            QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser),
                     QFile::ReadOwner | QFile::WriteOwner);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains("dashboard-test-key-not-real"));
            MoneySum sum;
            if (format == ExportFormat::Csv) {
                const QList<QByteArray> lines = bytes.trimmed().split('\n');
                QVERIFY(lines.first().startsWith("day,provider,account_id"));
                const int costColumn = int(lines.first().split(',').indexOf("cost_usd"));
                QCOMPARE(lines.size(), 3);
                for (const QByteArray &line : lines.mid(1))
                    sum.add(*Money::fromDecimal(QString::fromUtf8(line.trimmed().split(',').at(costColumn))));
            } else {
                const QJsonArray rows = QJsonDocument::fromJson(bytes).array();
                QCOMPARE(rows.size(), 2);
                for (const QJsonValue &row : rows)
                    sum.add(*Money::fromDecimal(row[u"cost_usd"_qs].toString()));
            }
            QCOMPARE(sum.total().nanos(), qint64(675'000'000 + 24'000'000));   // exactly the filtered total
        }

        // Billed vs estimated: 1 March Anthropic billed 0.705 against 0.675 estimated.
        ReconciliationView *reconciliation = usage->reconciliation();
        reconciliation->setRange(QDate(2026, 3, 1), QDate(2026, 3, 3));
        QTRY_VERIFY_WITH_TIMEOUT(!reconciliation->rows().isEmpty(), 10'000);
        const auto it = std::find_if(
            reconciliation->rows().cbegin(), reconciliation->rows().cend(),
            [](const ReconciliationRow &r) { return r.day == QDate(2026, 3, 1) && r.provider == u"anthropic"_qs; });
        QVERIFY(it != reconciliation->rows().cend());
        QCOMPARE(it->billed.nanos(), qint64(705'000'000));
        QCOMPARE(it->estimated.nanos(), qint64(675'000'000));
        QCOMPARE(it->differenceBasisPoints(), std::optional<qint64>(426));   // 0.03 / 0.705
        reconciliation->setThresholdBasisPoints(300);
        QVERIFY(it->isGap(300));
        QVERIFY(reconciliation->gapCount() >= 1);
        QSignalSpy drilled(reconciliation, &ReconciliationView::drillDownLoaded);
        reconciliation->selectRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(drilled.count(), 1, 10'000);
        auto *detail = reconciliation->findChild<QTableView *>(u"reconciliationDetailTable"_qs)->model();
        QVERIFY(detail->rowCount() >= 2);   // billed lines and usage rows of that day
    }

    // Without a tray or a notification service (offscreen), a new alert still shows: a banner in
    // the window, the badge on the sidebar, the alert centre. Budgets are set through the page.
    void alertsShowInTheWindowWithoutATray()
    {
        Harness h;
        const qint64 id = addAccount(h.db, u"openai"_qs, u"Prod"_qs, h.server.url(u"/openai/v1"_qs));
        MainWindow &window = h.open();
        QVERIFY(!window.tray()->isAvailable());
        window.ensurePage(MainWindow::BudgetsPageIndex);
        auto *budgets = window.findChild<BudgetsPage *>(u"budgetsPage"_qs);
        QSignalSpy changed(budgets, &BudgetsPage::budgetsChanged);
        Budget budget;
        budget.name = u"Team"_qs;
        budget.amount = Money::fromNanos(2'000'000'000);
        budget.thresholds = {50, 80, 100};
        budgets->saveBudget(budget);
        QTRY_COMPARE(changed.count(), 1);
        QTRY_COMPARE(budgets->statuses().size(), 1);
        QCOMPARE(budgets->statuses().first().state, BudgetStatus::State::Ok);

        auto *banner = window.findChild<QWidget *>(u"alertBanner"_qs);
        QVERIFY(banner->styleSheet().isEmpty());   // styled when first shown (cheapstyle.h)
        h.syncFixtureDays();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20'000);
        QVERIFY(!banner->styleSheet().isEmpty());
        QVERIFY2(text(&window, "alertBannerLabel").contains(u"3 new alerts"_qs),
                 qPrintable(text(&window, "alertBannerLabel")));
        auto *sidebar = window.findChild<QListWidget *>(u"sidebarListWidget"_qs);
        QTRY_COMPARE(sidebar->item(MainWindow::BudgetsPageIndex)->text(), u"Budgets & Alerts (3)"_qs);
        QTRY_COMPARE(budgets->alerts().size(), 3);
        QTRY_COMPARE(budgets->statuses().first().state, BudgetStatus::State::Over);
        QCOMPARE(budgets->statuses().first().overage().nanos(), qint64(925'919'000));
        QVERIFY(text(&window, "budgetValueLabel").contains(u"146 % used"_qs));   // the dashboard card

        // "View" opens the alert; reading it lowers the badge; acknowledging is remembered.
        window.findChild<QPushButton *>(u"alertBannerViewButton"_qs)->click();
        QCOMPARE(window.currentPage(), MainWindow::BudgetsPageIndex);
        QTRY_COMPARE(sidebar->item(MainWindow::BudgetsPageIndex)->text(), u"Budgets & Alerts (2)"_qs);
        window.findChild<QPushButton *>(u"acknowledgeAlertButton"_qs)->click();
        QTRY_VERIFY(std::any_of(budgets->alerts().cbegin(), budgets->alerts().cend(),
                                [](const Alert &a) { return a.acknowledgedAt.isValid(); }));
        auto *severity = window.findChild<QComboBox *>(u"alertSeverityComboBox"_qs);
        severity->setCurrentIndex(severity->findData(int(Alert::Severity::Critical)));
        QCOMPARE(budgets->visibleAlerts(), 1);
        window.findChild<QPushButton *>(u"markAllReadButton"_qs)->click();
        QTRY_COMPARE(sidebar->item(MainWindow::BudgetsPageIndex)->text(), u"Budgets & Alerts"_qs);
        test::clearEnvironmentKey(h.db.connection(), id);
    }

    // The import wizard over real files: detection, preview, a check with bad rows and their
    // lines, importing only the good rows, a layout mapped by hand; then the data-quality tab
    // finds the day counted from two sources (the sync and the CSV).
    void importWizardAndDataQuality()
    {
        Harness h;
        test::TestDatabase &db = h.db;
        const qint64 openai = addAccount(db, u"openai"_qs, u"Prod"_qs, h.server.url(u"/openai/v1"_qs));
        const qint64 seats = db.addAccount(u"other"_qs, u"Team seats"_qs);
        MainWindow &window = h.open();
        h.syncFixtureDays();
        QTRY_VERIFY_WITH_TIMEOUT(!h.service->isRunning() && db.scalar(u"SELECT COUNT(*) FROM usage"_qs) > 0, 20'000);

        auto *worker = new DbWorker(db.path(), &window);
        ImportDialog dialog(worker, {{openai, u"Prod (OpenAI)"_qs}, {seats, u"Team seats (Other service)"_qs}});
        dialog.setAccount(openai);
        const QString fixtures = QStringLiteral(TOKENLEDGER_FIXTURES_DIR "/csv/");
        dialog.setFile(fixtures + u"bad-rows.csv"_qs);
        QVERIFY(dialog.formatText().contains(u"generic"_qs));
        QCOMPARE(dialog.previewRows(), 7);
        QSignalSpy checked(&dialog, &ImportDialog::checked);
        dialog.check();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 10'000);
        QCOMPARE(dialog.lastResult().badRowCount, qint64(5));
        QVERIFY(text(&dialog, "importResultLabel").contains(u"Line 3: bad date"_qs));
        auto *keep = dialog.findChild<QCheckBox *>(u"importKeepGoodRowsCheckBox"_qs);
        QVERIFY(keep->isEnabled());
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.runImport();   // without "keep good rows": nothing
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QPushButton *>(u"importButton"_qs)->isEnabled(), 10'000);
        QCOMPARE(imported.count(), 0);
        QVERIFY(text(&dialog, "importResultLabel").contains(u"Nothing was imported"_qs));
        keep->setChecked(true);
        dialog.runImport();
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 10'000);
        QCOMPARE(dialog.lastResult().usageCreated, qint64(2));

        // An unknown layout, mapped by hand, into the seats account.
        const QString custom = db.folder() + u"/custom.csv"_qs;
        QFile f(custom);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("When,What,Spent\n2026-03-01,Copilot Business,19.00\n2026-03-02,Copilot Business,19.00\n");
        f.close();
        dialog.setAccount(seats);
        dialog.setFile(custom);
        QVERIFY(dialog.formatText().contains(u"Map them below"_qs));
        dialog.mapColumn(CsvField::Date, 0);
        dialog.mapColumn(CsvField::Model, 1);
        dialog.mapColumn(CsvField::CostUsd, 2);
        dialog.runImport();
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 2, 10'000);
        QCOMPARE(db.scalar(u"SELECT SUM(cost_nano) FROM usage WHERE account_id = %1"_qs.arg(seats)),
                 qint64(38'000'000'000));

        // The synced OpenAI day 2026-03-01 now also has a CSV row: the quality tab says so.
        const QString dup = db.folder() + u"/dup.csv"_qs;
        QFile d(dup);
        QVERIFY(d.open(QIODevice::WriteOnly));
        d.write("date,model,input_tokens,output_tokens\n2026-03-01,gpt-4o-mini-2024-07-18,100,10\n");
        d.close();
        dialog.setAccount(openai);
        dialog.setFile(dup);
        dialog.runImport();
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 3, 10'000);
        auto *usage = window.findChild<UsagePage *>(u"usagePage"_qs);
        QualityView *quality = usage->quality();
        QSignalSpy refreshed(quality, &QualityView::refreshed);
        quality->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 10'000);
        const auto it =
            std::find_if(quality->findings().cbegin(), quality->findings().cend(),
                         [](const QualityFinding &q) { return q.kind == QualityFinding::Kind::DuplicateSources; });
        QVERIFY(it != quality->findings().cend());
        QCOMPARE(it->firstDay, QDate(2026, 3, 1));
        quality->selectFinding(int(it - quality->findings().cbegin()));
        QTRY_COMPARE_WITH_TIMEOUT(quality->detailRows(), 2, 10'000);   // the API row and the CSV row
        QVERIFY(text(quality, "qualityDetailLabel").contains(u"more than one source"_qs));

        // A manual entry from the window: stored, charged, in every total.
        ManualEntriesView *manual = usage->manualEntries();
        QTRY_VERIFY(!manual->formError().contains(u"account first"_qs));
        QVERIFY(manual->formError().contains(u"Say what it is"_qs));
        manual->findChild<QLineEdit *>(u"manualLabelLineEdit"_qs)->setText(u"Copilot Business"_qs);
        manual->findChild<QLineEdit *>(u"manualAmountLineEdit"_qs)->setText(u"abc"_qs);
        QVERIFY(manual->formError().contains(u"US dollars"_qs));
        manual->findChild<QLineEdit *>(u"manualAmountLineEdit"_qs)->setText(u"95"_qs);
        manual->findChild<QDateEdit *>(u"manualStartDateEdit"_qs)->setDate(QDate(2026, 3, 1));
        QSignalSpy manualChanged(manual, &ManualEntriesView::changed);
        manual->addFromForm();
        QTRY_COMPARE_WITH_TIMEOUT(manualChanged.count(), 1, 10'000);
        QTRY_COMPARE(manual->entries().size(), 1);
        QCOMPARE(db.scalar(u"SELECT SUM(amount_nano) FROM costs WHERE source = 'manual'"_qs), qint64(95'000'000'000));
        test::clearEnvironmentKey(db.connection(), openai);
    }

    void budgetDialogValidates()
    {
        BudgetDialog dialog({{7, u"Prod (OpenAI)"_qs}});
        QVERIFY(dialog.validationError().contains(u"name"_qs));
        dialog.findChild<QLineEdit *>(u"budgetNameLineEdit"_qs)->setText(u"Team"_qs);
        auto *amount = dialog.findChild<QLineEdit *>(u"budgetAmountLineEdit"_qs);
        for (const QString &bad : {u"abc"_qs, u"0"_qs, u"-5"_qs, u"1.0000000001"_qs}) {
            amount->setText(bad);
            QVERIFY2(!dialog.validationError().isEmpty(), qPrintable(bad));
        }
        amount->setText(u"$1,250.50"_qs);
        QVERIFY(dialog.validationError().isEmpty());
        dialog.findChild<QLineEdit *>(u"budgetThresholdsLineEdit"_qs)->setText(u"75, x"_qs);
        QVERIFY(!dialog.validationError().isEmpty());
        dialog.findChild<QLineEdit *>(u"budgetThresholdsLineEdit"_qs)->setText(u"90, 75"_qs);
        auto *scope = dialog.findChild<QComboBox *>(u"budgetScopeComboBox"_qs);
        scope->setCurrentIndex(scope->findData(u"account"_qs));
        QVERIFY(dialog.validationError().isEmpty());
        const Budget b = dialog.budget();
        QCOMPARE(b.amount.nanos(), qint64(1'250'500'000'000));
        QCOMPARE(b.thresholds, (QList<int>{75, 90}));
        QCOMPARE(b.scope, Budget::Scope::Account);
        QCOMPARE(b.scopeValue, u"7"_qs);
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboard.moc"
