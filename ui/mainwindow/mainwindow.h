#pragma once

#include "analytics/period.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace tl {

class Database;
class AccountsPage;
class AlertService;
class BudgetsPage;
class DesktopNotifier;
class TrayController;
struct Alert;
class Clock;
class DashboardPage;
class DbWorker;
class SecretStore;
class SettingsPage;
class SyncHistoryPage;
class UsagePage;
class SyncNowButton;
class SyncScheduler;
class SyncService;
class PricingPage;
class Settings;

// What the main window works with; missing pieces are made with their defaults (the system
// keychain, a sync service on the window's database).
struct MainWindowServices
{
    SyncService *sync = nullptr;
    SecretStore *secrets = nullptr;
    const Clock *clock = nullptr;   // "today" for the dashboard (UTC); the system clock by default
};

// The main window: a sidebar of pages (Dashboard, Usage, Accounts, Budgets & Alerts,
// Sync History, Pricing, Settings) beside the page itself. Remembers its size and position.
// Only the dashboard is built with the window: every other page is built when it is first shown
// or needed (a menu, an alert), and at the latest once the dashboard shows its first figures.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page
    {
        DashboardPageIndex,
        UsagePageIndex,
        AccountsPageIndex,
        BudgetsPageIndex,
        SyncHistoryPageIndex,
        PricingPageIndex,
        SettingsPageIndex,
        PageCount
    };

    using Services = MainWindowServices;

    MainWindow(Database &database, Settings &settings, Services services = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    // Builds the page now if it is not built yet (MainWindow's header comment).
    void ensurePage(Page page);
    SyncNowButton *syncNowButton() const { return m_syncNow; }
    // Everything that shows data reads it again (after a sync or an account change).
    void refreshAll();
    // Re-pricing owed after a price change that a sync or import held up (PricingService).
    void resumeRepricing();
    Page currentPage() const;
    AlertService *alertService() const { return m_alerts; }
    TrayController *tray() const { return m_tray; }
    // Null until the window has started up (showInDesktop).
    DesktopNotifier *notifier() const { return m_notifier; }
    // Brings the window forward on Budgets & Alerts with this alert selected.
    void showAlert(qint64 alertId);
    // Quits for real (the tray's Quit), rather than closing to the tray.
    void quit();

signals:
    // The user chose another schedule on the Settings page (minutes, 0 = off).
    void syncIntervalChanged(int minutes);
    // The user turned "Follow coding-agent logs live" on or off (already saved in the settings).
    void followAgentLogsChanged(bool on);
    // Accounts were added, edited or removed on the Accounts page.
    void accountsChanged();
    // Once, when the dashboard's first figures are on screen and the other pages are built: what
    // a start-up can leave until then (scheduled syncs, the agent-log watcher) starts here.
    void startedUp();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void buildMenus();
    // Once the dashboard's first figures are painted: the other pages are built and read, the
    // after-change step and a pending re-pricing run.
    void finishStartUp();
    // Every page built but the dashboard reads again (refreshAll, and start-up once the dashboard has read).
    void refreshPagesBesideDashboard();
    // The sidebar entry and the stack's slot of a page; placePage puts the built page in its slot.
    void addPageSlot(Page page);
    void placePage(Page page, QWidget *content);
    static QString pageTitle(Page page);
    // The pages but the dashboard (mainwindowpages.cpp): each builds its page and wires it.
    void buildUsagePage();
    void buildAccountsPage();
    void buildBudgetsPage();
    void buildHistoryPage();
    void buildPricingPage();
    void buildSettingsPage();
    void restoreWindowState();
    void saveWindowState();
    // The tray icon and desktop notifications, made once the window has started up (or when an
    // alert comes earlier): connecting to the session bus and asking for a tray are blocking calls
    // on a desktop, and the tray icon loads the SVG icon engine, none of which the first paint needs.
    void showInDesktop();
    void onNewAlerts(const QList<Alert> &alerts);
    void setUnreadBadge(int unread);
    void bringToFront();

    Database &m_database;
    Settings &m_settings;
    DbWorker *m_worker = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    DashboardPage *m_dashboard = nullptr;
    UsagePage *m_usage = nullptr;
    PricingPage *m_pricing = nullptr;
    AccountsPage *m_accounts = nullptr;
    SyncHistoryPage *m_history = nullptr;
    SyncNowButton *m_syncNow = nullptr;
    BudgetsPage *m_budgets = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    AlertService *m_alerts = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    TrayController *m_tray = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerLabel = nullptr;
    qint64 m_bannerAlert = 0;
    bool m_quitting = false;
    bool m_awaitingFirstPaint = false;
    bool m_startedUp = false;
    // The period the dashboard chose or a restart kept, for the Usage and Budgets pages built later.
    std::optional<Period> m_followedPeriod;
    Services m_services;
    std::unique_ptr<Clock> m_ownClock;
};

}   // namespace tl
