// The main window's pages beside the dashboard, built when first needed (mainwindow.h).

#include "mainwindow.h"

#include "accounts/accountspage.h"
#include "alerts/alertservice.h"
#include "alerts/traycontroller.h"
#include "budgets/budgetspage.h"
#include "dashboard/dashboardpage.h"
#include "pricing/pricingpage.h"
#include "settings/settings.h"
#include "settingspage/settingspage.h"
#include "storage/database.h"
#include "sync/synchistorypage.h"
#include "sync/syncservice.h"
#include "usage/usagepage.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
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

}   // namespace

QString MainWindow::pageTitle(Page page)
{
    switch (page) {
    case DashboardPageIndex:
        return tr("Dashboard");
    case UsagePageIndex:
        return tr("Usage");
    case AccountsPageIndex:
        return tr("Accounts");
    case BudgetsPageIndex:
        return tr("Budgets & Alerts");
    case SyncHistoryPageIndex:
        return tr("Sync History");
    case PricingPageIndex:
        return tr("Pricing");
    case SettingsPageIndex:
        return tr("Settings");
    case PageCount:
        break;
    }
    return {};
}

void MainWindow::addPageSlot(Page page)
{
    Q_ASSERT(m_pages->count() == page);
    m_sidebar->addItem(pageTitle(page));
    auto *slot = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(slot);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(slot);
}

void MainWindow::placePage(Page page, QWidget *content)
{
    QWidget *slot = m_pages->widget(page);
    slot->layout()->addWidget(withHeading(pageTitle(page), content, slot));
}

void MainWindow::ensurePage(Page page)
{
    switch (page) {
    case UsagePageIndex:
        if (!m_usage)
            buildUsagePage();
        break;
    case AccountsPageIndex:
        if (!m_accounts)
            buildAccountsPage();
        break;
    case BudgetsPageIndex:
        if (!m_budgets)
            buildBudgetsPage();
        break;
    case SyncHistoryPageIndex:
        if (!m_history)
            buildHistoryPage();
        break;
    case PricingPageIndex:
        if (!m_pricing)
            buildPricingPage();
        break;
    case SettingsPageIndex:
        if (!m_settingsPage)
            buildSettingsPage();
        break;
    case DashboardPageIndex:
    case PageCount:
        break;
    }
}

void MainWindow::buildUsagePage()
{
    m_usage = new UsagePage(m_worker, m_services.clock, m_pages);
    placePage(UsagePageIndex, m_usage);
    if (m_followedPeriod)
        m_usage->followPeriod(*m_followedPeriod);
    connect(m_usage, &UsagePage::dataImported, this, &MainWindow::refreshAll);
    // The page shows the imported days (UsagePage::showImported); wherever the import began.
    connect(m_usage, &UsagePage::dataImported, this, [this] { showPage(UsagePageIndex); });
    connect(m_usage, &UsagePage::dataImported, m_alerts, [this] { m_alerts->afterChange(ChangeKind::Import); });
    connect(m_usage, &UsagePage::importRemoved, this, &MainWindow::refreshAll);
    connect(m_usage, &UsagePage::importRemoved, m_alerts, [this] { m_alerts->afterChange(ChangeKind::ImportRemoved); });
    connect(m_usage, &UsagePage::manualEntriesChanged, this, &MainWindow::refreshAll);
    connect(m_usage, &UsagePage::manualEntriesChanged, m_alerts,
            [this] { m_alerts->afterChange(ChangeKind::ManualEntry); });
    connect(m_usage, &UsagePage::accountCreated, this, &MainWindow::refreshAll);
    connect(m_usage, &UsagePage::accountCreated, m_alerts, [this] { m_alerts->afterChange(ChangeKind::Account); });
}

void MainWindow::buildAccountsPage()
{
    m_accounts = new AccountsPage(m_worker, m_services.secrets, m_services.sync, m_pages);
    placePage(AccountsPageIndex, m_accounts);
    connect(m_accounts, &AccountsPage::accountsChanged, this, &MainWindow::refreshAll);
    connect(m_accounts, &AccountsPage::accountsChanged, this, &MainWindow::accountsChanged);
    connect(m_accounts, &AccountsPage::accountsChanged, m_alerts,
            [this] { m_alerts->afterChange(ChangeKind::Account); });
}

void MainWindow::buildBudgetsPage()
{
    m_budgets = new BudgetsPage(m_worker, m_alerts, m_services.clock, m_pages);
    placePage(BudgetsPageIndex, m_budgets);
    if (m_followedPeriod)
        m_budgets->followPeriod(*m_followedPeriod);
    // Alert rules run after every sync, when budgets change and at start-up.
    connect(m_budgets, &BudgetsPage::budgetsChanged, m_alerts, [this] { m_alerts->afterChange(ChangeKind::Budget); });
    connect(m_budgets, &BudgetsPage::budgetsChanged, m_dashboard, &DashboardPage::refresh);
}

void MainWindow::buildHistoryPage()
{
    m_history = new SyncHistoryPage(m_worker, m_pages);
    placePage(SyncHistoryPageIndex, m_history);
}

void MainWindow::buildPricingPage()
{
    m_pricing = new PricingPage(m_worker, m_pages);
    placePage(PricingPageIndex, m_pricing);
    connect(m_pricing, &PricingPage::pricesChanged, this, &MainWindow::refreshAll);
    connect(m_pricing, &PricingPage::pricesChanged, m_alerts, [this] { m_alerts->afterChange(ChangeKind::Price); });
}

void MainWindow::buildSettingsPage()
{
    auto *settingsPage =
        new SettingsPage(m_database.path(), m_settings.path(), m_settings.value(keys::SyncIntervalMinutes),
                         m_settings.value(keys::SyncBackfillDays), m_settings.value(keys::SyncHistoryDays), m_pages);
    m_settingsPage = settingsPage;
    placePage(SettingsPageIndex, settingsPage);
    connect(settingsPage, &SettingsPage::syncIntervalChanged, this, &MainWindow::syncIntervalChanged);
    connect(settingsPage, &SettingsPage::backfillDaysChanged, this, [this](int days) {
        m_settings.setValue(keys::SyncBackfillDays, days);
        m_services.sync->setOptions(syncOptionsFrom(m_settings));
    });
    connect(settingsPage, &SettingsPage::historyDaysChanged, this, [this](int days) {
        m_settings.setValue(keys::SyncHistoryDays, days);
        m_services.sync->setOptions(syncOptionsFrom(m_settings));
    });
    connect(settingsPage, &SettingsPage::notificationSettingsChanged, this, [this](const NotificationSettings &n) {
        n.save(m_settings);
        m_settings.sync();
    });
    connect(settingsPage, &SettingsPage::closeToTrayChanged, this, [this](bool on) {
        m_settings.setValue(keys::CloseToTray, on);
        m_settings.sync();
    });
    settingsPage->setFollowAgentLogs(m_settings.value(keys::FollowAgentLogs));
    connect(settingsPage, &SettingsPage::followAgentLogsChanged, this, [this](bool on) {
        m_settings.setValue(keys::FollowAgentLogs, on);
        m_settings.sync();
        emit followAgentLogsChanged(on);
    });
    settingsPage->setLanguage(m_settings.value(keys::Language));
    connect(settingsPage, &SettingsPage::languageChanged, this, [this](const QString &language) {
        m_settings.setValue(keys::Language, language);
        m_settings.sync();
    });
    showInDesktop();   // whether there is a tray (a page built before the window has started up)
    settingsPage->setNotificationOptions(NotificationSettings::from(m_settings), m_settings.value(keys::CloseToTray),
                                         m_tray->isAvailable());
}

}   // namespace tl
