#include "mainwindow.h"

#include "about/aboutdialog.h"
#include "accounts/accountspage.h"
#include "common/clock.h"
#include "common/emptystate.h"
#include "dashboard/dashboardpage.h"
#include "pricing/pricingpage.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "settingspage/settingspage.h"
#include "storage/database.h"
#include "storage/dbworker.h"
#include "sync/synchistorypage.h"
#include "sync/syncnowbutton.h"
#include "sync/syncservice.h"
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
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace tl {

namespace {

QWidget *withHeading(const QString &title, QWidget *content, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *heading = new QLabel(title, page);
    heading->setObjectName(QStringLiteral("pageHeadingLabel"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->addWidget(heading);
    layout->addWidget(content, 1);
    return page;
}

EmptyState *emptyPage(const QString &objectName, const QString &title, const QString &body, QWidget *parent)
{
    auto *state = new EmptyState(title, body, parent);
    state->setObjectName(objectName);
    return state;
}

}   // namespace

MainWindow::MainWindow(Database &database, Settings &settings, Services services, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_settings(settings)
    , m_worker(new DbWorker(database.path(), this))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_services(services)
{
    if (!m_services.secrets)
        m_services.secrets = new KeychainSecretStore(QStringLiteral(TOKENLEDGER_APP_ID), this);
    if (!m_services.clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_services.clock = m_ownClock.get();
    }
    if (!m_services.sync)
        m_services.sync = new SyncService(database.path(), QStringLiteral(TOKENLEDGER_APP_ID), {}, this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("TokenLedger"));
    setMinimumSize(820, 560);

    m_sidebar->setObjectName(QStringLiteral("sidebarListWidget"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setFixedWidth(200);
    m_sidebar->setSpacing(2);
    m_sidebar->setAttribute(Qt::WA_MacShowFocusRect, false);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebarListWidget { background: palette(alternate-base); padding: 10px 6px; outline: 0; }"
        "QListWidget#sidebarListWidget::item { padding: 7px 10px; border-radius: 5px; }"
        "QListWidget#sidebarListWidget::item:selected { background: palette(highlight); "
        "color: palette(highlighted-text); }"));
    m_pages->setObjectName(QStringLiteral("pageStackedWidget"));

    m_dashboard = new DashboardPage(m_worker, m_services.clock, m_pages);
    connect(m_dashboard, &DashboardPage::addAccountRequested, this, [this] { showPage(AccountsPageIndex); });
    connect(m_dashboard, &DashboardPage::budgetsRequested, this, [this] { showPage(BudgetsPageIndex); });
    addPage(DashboardPageIndex, tr("Dashboard"), m_dashboard);
    m_usage = new UsagePage(m_worker, m_services.clock, m_pages);
    addPage(UsagePageIndex, tr("Usage"), m_usage);
    m_accounts = new AccountsPage(m_worker, m_services.secrets, m_services.sync, m_pages);
    addPage(AccountsPageIndex, tr("Accounts"), m_accounts);
    addPage(BudgetsPageIndex, tr("Budgets & Alerts"),
            emptyPage(QStringLiteral("budgetsPage"), tr("No budgets yet"),
                      tr("Set a monthly budget for everything, a provider or an account. TokenLedger warns you "
                         "at 50 %, 80 % and 100 % of it, and earlier when the forecast says you will cross it."),
                      m_pages));
    m_history = new SyncHistoryPage(m_worker, m_pages);
    addPage(SyncHistoryPageIndex, tr("Sync History"), m_history);
    m_pricing = new PricingPage(m_worker, m_pages);
    connect(m_pricing, &PricingPage::pricesChanged, this, &MainWindow::refreshAll);
    addPage(PricingPageIndex, tr("Pricing"), m_pricing);
    auto *settingsPage =
        new SettingsPage(database.path(), settings.path(), settings.value(keys::SyncIntervalMinutes),
                         settings.value(keys::SyncBackfillDays), settings.value(keys::SyncHistoryDays), m_pages);
    connect(settingsPage, &SettingsPage::syncIntervalChanged, this, &MainWindow::syncIntervalChanged);
    connect(settingsPage, &SettingsPage::backfillDaysChanged, this, [this](int days) {
        m_settings.setValue(keys::SyncBackfillDays, days);
        m_services.sync->setOptions(syncOptionsFrom(m_settings));
    });
    connect(settingsPage, &SettingsPage::historyDaysChanged, this, [this](int days) {
        m_settings.setValue(keys::SyncHistoryDays, days);
        m_services.sync->setOptions(syncOptionsFrom(m_settings));
    });
    addPage(SettingsPageIndex, tr("Settings"), settingsPage);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *toolbar = addToolBar(tr("Sync"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_syncNow = new SyncNowButton(m_services.sync, toolbar);
    toolbar->addWidget(m_syncNow);
    connect(m_services.sync, &SyncService::accountFinished, m_history, &SyncHistoryPage::refresh);
    connect(m_services.sync, &SyncService::finished, this, &MainWindow::refreshAll);
    connect(m_accounts, &AccountsPage::accountsChanged, this, &MainWindow::refreshAll);
    buildMenus();
    statusBar()->showMessage(tr("Database: %1").arg(database.path()));

    restoreWindowState();
    refreshAll();
}

void MainWindow::refreshAll()
{
    m_dashboard->refresh();
    m_usage->refresh();
    m_accounts->refresh();
    m_history->refresh();
    m_pricing->refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const QString &title, QWidget *content)
{
    Q_ASSERT(m_pages->count() == page);
    m_sidebar->addItem(title);
    m_pages->addWidget(withHeading(title, content, m_pages));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // Ctrl+R belongs to the window, so it works wherever the focus is.
    QAction *sync = file->addAction(tr("&Sync Now"), m_syncNow, &QToolButton::click);
    sync->setObjectName(QStringLiteral("syncNowAction"));
    sync->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        QAction *go = view->addAction(m_sidebar->item(i)->text(), this, [this, i] { showPage(static_cast<Page>(i)); });
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
    QMainWindow::closeEvent(event);
}

}   // namespace tl
