#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace tl {

class Database;
class DashboardPage;
class DbWorker;
class PricingPage;
class Settings;

// The main window: a sidebar of pages (Dashboard, Usage, Accounts, Budgets & Alerts,
// Sync History, Pricing, Settings) beside the page itself. Remembers its size and position.
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

    MainWindow(Database &database, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void addPage(Page page, const QString &title, QWidget *content);
    void restoreWindowState();
    void saveWindowState();

    Database &m_database;
    Settings &m_settings;
    DbWorker *m_worker = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    DashboardPage *m_dashboard = nullptr;
    PricingPage *m_pricing = nullptr;
};

}   // namespace tl
