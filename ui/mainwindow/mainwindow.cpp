#include "mainwindow.h"

#include "about/aboutdialog.h"
#include "accounts/accountspage.h"
#include "alerts/alertservice.h"
#include "alerts/alerttext.h"
#include "alerts/desktopnotifier.h"
#include "alerts/traycontroller.h"
#include "budgets/budgetspage.h"
#include "common/cheapstyle.h"
#include "common/clock.h"
#include "common/emptystate.h"
#include "dashboard/dashboardpage.h"
#include "pricing/pricingpage.h"
#include "pricing/pricingservice.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "settingspage/settingspage.h"
#include "storage/database.h"
#include "storage/dbworker.h"
#include "sync/synchistorypage.h"
#include "sync/syncnowbutton.h"
#include "sync/syncservice.h"
#include "teamdb/teamdatabasedialog.h"
#include "usage/usagepage.h"
#include "version.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace tl {

MainWindow::MainWindow(Database &database, Settings &settings, Services services, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_settings(settings)
    , m_worker(new DbWorker(database.path(), this))
    , m_sidebar(new SidebarList(this))   // drawn as a style sheet drew it: cheapstyle.h
    , m_pages(new QStackedWidget(this))
    , m_services(services)
{
    if (!m_services.secrets)
        m_services.secrets = new KeychainSecretStore(QStringLiteral(TOKENLEDGER_KEYCHAIN_SERVICE), this);
    if (!m_services.clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_services.clock = m_ownClock.get();
    }
    if (!m_services.sync)
        m_services.sync = new SyncService(database.path(), QStringLiteral(TOKENLEDGER_KEYCHAIN_SERVICE), {}, this);
    // One period for the window: the dashboard leads, the Usage page follows, a restart keeps it.
    // The dashboard's read is queued first thing, so the worker thread runs it while the window
    // is built (start -> first painted figures is what a user waits for).
    const std::optional<Period> savedPeriod =
        Period::fromSetting(settings.value(keys::ViewPeriod), m_services.clock->todayUtc());
    if (savedPeriod && !savedPeriod->isFuture(m_services.clock->todayUtc()))
        m_followedPeriod = savedPeriod;
    m_dashboard = new DashboardPage(m_worker, m_services.clock, m_pages,
                                    m_followedPeriod.value_or(Period::month(m_services.clock->todayUtc())));
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("TokenLedger"));
    setMinimumSize(820, 560);

    m_sidebar->setObjectName(QStringLiteral("sidebarListWidget"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setAttribute(Qt::WA_MacShowFocusRect, false);
    m_pages->setObjectName(QStringLiteral("pageStackedWidget"));

    // The first-run panel's ways in, each straight to its dialog.
    connect(m_dashboard, &DashboardPage::addAccountRequested, this, [this] {
        ensurePage(AccountsPageIndex);
        showPage(AccountsPageIndex);
        m_accounts->addClicked();
    });
    connect(m_dashboard, &DashboardPage::agentsRequested, this, [this] {
        ensurePage(AccountsPageIndex);
        showPage(AccountsPageIndex);
        m_accounts->addAgentClicked();
    });
    connect(m_dashboard, &DashboardPage::importRequested, this, [this] {
        ensurePage(UsagePageIndex);
        showPage(UsagePageIndex);
        m_usage->openImport();
    });
    connect(m_dashboard, &DashboardPage::budgetsRequested, this, [this] { showPage(BudgetsPageIndex); });
    addPageSlot(DashboardPageIndex);
    placePage(DashboardPageIndex, m_dashboard);
    // The other pages get their slots; each is built when first needed (ensurePage).
    for (int page = UsagePageIndex; page < PageCount; ++page)
        addPageSlot(static_cast<Page>(page));
    // As wide as the longest page name with an unread count needs, in any language (Russian runs
    // long): the items' and the list's padding (SidebarList), and room to spare.
    int widest = 0;
    for (int page = 0; page < PageCount; ++page)
        widest = std::max(widest, m_sidebar->fontMetrics().horizontalAdvance(pageTitle(static_cast<Page>(page)) +
                                                                             QStringLiteral(" (99)")));
    m_sidebar->setFixedWidth(std::max(200, widest + 2 * 10 + 2 * 6 + 12));
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_alerts = new AlertService(m_worker, m_services.clock, this);
    connect(m_dashboard, &DashboardPage::periodChanged, this, [this](const Period &period) {
        m_settings.setValue(keys::ViewPeriod, period.toSetting());
        m_settings.sync();
        m_followedPeriod = period;
        if (m_usage)
            m_usage->followPeriod(period);
        if (m_budgets)
            m_budgets->followPeriod(period);
    });
    connect(m_dashboard, &DashboardPage::rowsRequested, this, [this](QDate from, QDate to) {
        ensurePage(UsagePageIndex);
        m_usage->showRows(from, to);
        showPage(UsagePageIndex);
    });

    // New alerts always show here too, so none is lost where no tray or notification service exists.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("alertBanner"));
    m_bannerLabel = new QLabel(m_banner);
    m_bannerLabel->setObjectName(QStringLiteral("alertBannerLabel"));
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextFormat(Qt::RichText);
    auto *view = new QPushButton(tr("View"), m_banner);
    view->setObjectName(QStringLiteral("alertBannerViewButton"));
    auto *dismiss = new QPushButton(tr("Dismiss"), m_banner);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(16, 8, 16, 8);
    bannerLayout->addWidget(m_bannerLabel, 1);
    bannerLayout->addWidget(view);
    bannerLayout->addWidget(dismiss);
    m_banner->hide();
    connect(view, &QPushButton::clicked, this, [this] {
        m_banner->hide();
        showAlert(m_bannerAlert);
    });
    connect(dismiss, &QPushButton::clicked, m_banner, &QWidget::hide);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_banner);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= PageCount)
            return;
        ensurePage(static_cast<Page>(row));
        m_pages->setCurrentIndex(row);
    });

    auto *toolbar = addToolBar(tr("Sync"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_syncNow = new SyncNowButton(m_services.sync, toolbar);
    toolbar->addWidget(m_syncNow);
    // Beside Sync Now while a sync runs (the action shows and hides its button).
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_syncNow->cancelAction());
    toolbar->widgetForAction(m_syncNow->cancelAction())->setObjectName(QStringLiteral("cancelSyncButton"));
    connect(m_services.sync, &SyncService::finished, this, [this](const SyncSummary &summary) {
        if (summary.cancelled)
            statusBar()->showMessage(tr("Sync cancelled: the account being synced stored nothing."), 10'000);
    });
    connect(m_services.sync, &SyncService::accountFinished, this, [this] {
        if (m_history)
            m_history->refresh();
    });
    connect(m_services.sync, &SyncService::finished, this, &MainWindow::refreshAll);
    connect(m_services.sync, &SyncService::finished, this, &MainWindow::resumeRepricing);
    // Another process (a command line, a second window) holds the profile: say who, and wait.
    connect(m_services.sync, &SyncService::waitingForLock, this, [this](const QString &holder) {
        statusBar()->showMessage(tr("Sync waits for %1 to finish with this profile…").arg(holder));
    });
    // Alert rules run after every sync, when budgets change and at start-up.
    // Every change ends in the same after-change step (core runAfterChange), once.
    connect(m_services.sync, &SyncService::finished, m_alerts, [this] { m_alerts->afterChange(ChangeKind::Sync); });
    connect(m_alerts, &AlertService::newAlerts, this, &MainWindow::onNewAlerts);
    connect(m_alerts, &AlertService::unreadChanged, this, &MainWindow::setUnreadBadge);
    connect(m_alerts, &AlertService::alertsChanged, m_dashboard, &DashboardPage::refresh);
    // A charge the after-change step wrote (the 1st of a month at start-up) is shown at once.
    connect(m_alerts, &AlertService::spendChanged, this, [this] {
        m_dashboard->refresh();
        if (m_budgets)
            m_budgets->refresh();
        if (m_usage)
            m_usage->refresh();
    });
    m_tray = new TrayController(this);   // its icon and the notifier come with showInDesktop()
    connect(m_tray, &TrayController::openRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayController::syncRequested, m_syncNow, &QToolButton::click);
    connect(m_tray, &TrayController::cancelSyncRequested, m_syncNow, &SyncNowButton::cancel);
    connect(m_syncNow, &SyncNowButton::stateChanged, m_tray, [this](SyncNowButton::State state) {
        m_tray->setSyncing(state == SyncNowButton::State::Syncing || state == SyncNowButton::State::Cancelling);
    });
    connect(m_tray, &TrayController::alertRequested, this, &MainWindow::showAlert);
    connect(m_tray, &TrayController::quitRequested, this, &MainWindow::quit);
    connect(m_dashboard, &DashboardPage::refreshed, m_tray, [this] {
        if (m_dashboard->agents().overview)
            m_tray->setAgentWindows(agentTrayWindows(*m_dashboard->agents().overview), m_services.clock);
    });
    buildMenus();
    statusBar()->showMessage(tr("Database: %1").arg(database.path()));

    restoreWindowState();
    // The other pages, the after-change step and a pending re-pricing once the dashboard's first
    // figures are on screen: building the pages and their reads would hold up that paint.
    connect(
        m_dashboard, &DashboardPage::refreshed, this,
        [this] {
            if (!m_dashboard->isVisible()) {
                QTimer::singleShot(0, this, &MainWindow::finishStartUp);
                return;
            }
            // The next repaint of the window shows them (event()); at the latest, a moment later.
            m_awaitingFirstPaint = true;
            QTimer::singleShot(250, this, &MainWindow::finishStartUp);
        },
        Qt::SingleShotConnection);
}

bool MainWindow::event(QEvent *event)
{
    const bool repaint = event->type() == QEvent::UpdateRequest;
    const bool handled = QMainWindow::event(event);
    // The window has painted and flushed what the dashboard's first read showed.
    if (repaint && m_awaitingFirstPaint) {
        m_awaitingFirstPaint = false;
        QTimer::singleShot(0, this, &MainWindow::finishStartUp);
    }
    return handled;
}

void MainWindow::finishStartUp()
{
    // Quitting already (the quit came before the first repaint after the figures): nothing to build.
    if (m_startedUp || m_quitting)
        return;
    m_startedUp = true;
    m_awaitingFirstPaint = false;
    showInDesktop();
    for (int page = UsagePageIndex; page < PageCount; ++page)
        ensurePage(static_cast<Page>(page));
    refreshPagesBesideDashboard();
    m_alerts->afterChange(ChangeKind::StartUp);
    resumeRepricing();
    emit startedUp();
}

void MainWindow::resumeRepricing()
{
    // Redoable: a re-pricing cut short at close leaves its debt in reprice_pending (each
    // account's re-pricing is a transaction of its own), and the next start pays it.
    m_worker->runRedoable(
        [](QSqlDatabase db) {
            PricingService service(db);
            service.setLockWait(0);   // busy: the next sync's end tries again
            PricingService::RepriceResult result;
            if (service.repricingPending())
                result = service.resumeRepricing();
            return result;
        },
        this,
        [this](const PricingService::RepriceResult &result) {
            if (result.changed > 0)
                refreshAll();
        });
}

void MainWindow::showInDesktop()
{
    if (m_notifier)
        return;
    m_tray->showIcon();
    m_notifier = new DesktopNotifier(this);
    connect(m_notifier, &DesktopNotifier::activated, this, &MainWindow::showAlert);
    m_notifier->setTrayIcon(m_tray->icon());   // the backend where there is no notification service
}

void MainWindow::onNewAlerts(const QList<Alert> &alerts)
{
    if (alerts.isEmpty())
        return;
    showInDesktop();
    const Alert &latest = alerts.last();
    m_tray->setLatestAlert(latest);
    m_bannerAlert = latest.id;
    const AlertText text = renderAlert(latest);
    m_bannerLabel->setText(
        (alerts.size() == 1
             ? tr("<b>New alert:</b> %1 — %2").arg(text.title.toHtmlEscaped(), text.message.toHtmlEscaped())
             : tr("<b>%1 new alerts</b>, the latest: %2").arg(alerts.size()).arg(text.title.toHtmlEscaped())));
    // Styled when first shown: a style sheet costs at start-up, hidden or not (cheapstyle.h).
    showStyled(m_banner, QStringLiteral("QFrame#alertBanner { background: #fff4e5; border-bottom: 1px solid #f0c36d; }"
                                        "QFrame#alertBanner QLabel { color: #4d3200; }"));

    // Desktop notifications, unless muted for the kind or in quiet hours (local time). A burst
    // (the first sync of a new profile) becomes the two most severe and one summary.
    const NotificationSettings policy = NotificationSettings::from(m_settings);
    QList<Alert> wanted;
    for (const Alert &a : alerts) {
        if (policy.shouldNotify(a, QTime::currentTime()))
            wanted.append(a);
    }
    if (!m_notifier->isAvailable() || wanted.isEmpty())
        return;
    std::stable_sort(wanted.begin(), wanted.end(),
                     [](const Alert &a, const Alert &b) { return int(a.severity) > int(b.severity); });
    if (wanted.size() > 3) {
        Alert summary = wanted.first();
        summary.storedTitle = tr("%1 more TokenLedger alerts").arg(wanted.size() - 2);
        summary.storedMessage = tr("Open Budgets & Alerts to see them all.");
        wanted = {wanted.at(0), wanted.at(1), summary};
    }
    for (const Alert &a : std::as_const(wanted))
        m_notifier->notify(a);
}

void MainWindow::setUnreadBadge(int unread)
{
    m_sidebar->item(BudgetsPageIndex)
        ->setText(unread > 0 ? tr("Budgets & Alerts (%1)").arg(unread) : tr("Budgets & Alerts"));
    m_tray->setUnread(unread);
}

void MainWindow::bringToFront()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::showAlert(qint64 alertId)
{
    bringToFront();
    ensurePage(BudgetsPageIndex);
    showPage(BudgetsPageIndex);
    if (alertId > 0)
        m_budgets->showAlert(alertId);
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    QApplication::quit();
}

void MainWindow::refreshAll()
{
    m_dashboard->refresh();
    refreshPagesBesideDashboard();
}

void MainWindow::refreshPagesBesideDashboard()
{
    // A page not built yet reads when it is (start-up builds them all before this runs).
    if (m_usage)
        m_usage->refresh();
    if (m_accounts)
        m_accounts->refresh();
    if (m_history)
        m_history->refresh();
    if (m_pricing)
        m_pricing->refresh();
    if (m_budgets)
        m_budgets->refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // Ctrl+R belongs to the window, so it works wherever the focus is.
    QAction *sync = file->addAction(tr("&Sync Now"), m_syncNow, &QToolButton::click);
    sync->setObjectName(QStringLiteral("syncNowAction"));
    sync->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    file->addAction(m_syncNow->cancelAction());
    QAction *importCsv = file->addAction(tr("&Import CSV…"), this, [this] {
        ensurePage(UsagePageIndex);
        showPage(UsagePageIndex);
        m_usage->openImport();
    });
    importCsv->setObjectName(QStringLiteral("importCsvAction"));
    QAction *manual = file->addAction(tr("Add &Manual Entry…"), this, [this] {
        ensurePage(UsagePageIndex);
        showPage(UsagePageIndex);
        m_usage->showManualEntries();
    });
    manual->setObjectName(QStringLiteral("manualEntryAction"));
    file->addSeparator();
    QAction *team = file->addAction(tr("Connect to a &Team Database…"), this, [this] {
        chooseTeamDatabase(this, m_settings, m_services.secrets, m_database.path());
    });
    team->setObjectName(QStringLiteral("teamDatabaseAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        QAction *go =
            view->addAction(pageTitle(static_cast<Page>(i)), this, [this, i] { showPage(static_cast<Page>(i)); });
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About TokenLedger"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings.value(keys::WindowGeometry);
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(1180, available.width() - 80), std::min(760, available.height() - 80));
    }
    const int page = std::clamp(m_settings.value(keys::LastPage), 0, PageCount - 1);
    showPage(static_cast<Page>(page));
}

void MainWindow::saveWindowState()
{
    m_settings.setValue(keys::WindowGeometry, saveGeometry());
    m_settings.setValue(keys::LastPage, static_cast<int>(currentPage()));
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    // With a tray, closing keeps TokenLedger running there (alerts keep coming); Quit ends it.
    if (!m_quitting && m_tray->isAvailable() && m_settings.value(keys::CloseToTray)) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

}   // namespace tl
