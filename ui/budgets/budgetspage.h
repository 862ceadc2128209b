#pragma once

#include "alerts/alerts.h"
#include "alerts/budgets.h"
#include "analytics/period.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace tl {

class AlertService;
class BudgetHistoryView;
class Clock;
class DbWorker;

// Budgets & Alerts: each monthly budget with a progress bar, its state (ok / warning / over)
// and the overage; below, the alert centre — severity colours, unread/read, acknowledge,
// filters by severity, kind and read state.
class BudgetsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetsPage)

public:
    BudgetsPage(DbWorker *worker, AlertService *alerts, const Clock *clock, QWidget *parent = nullptr);

    void refresh();
    // The window's period: its month's line in the history is marked (and shown for a past month).
    void followPeriod(const Period &period);
    BudgetHistoryView *history() const { return m_history; }
    void showAlert(qint64 alertId);   // selects it (and marks it read)
    const QList<BudgetStatus> &statuses() const { return m_statuses; }
    const QList<Alert> &alerts() const { return m_alerts; }
    int visibleAlerts() const;
    // Saves a budget through the worker thread (add when id is 0); `budgetsChanged` follows.
    void saveBudget(const Budget &budget);
    void removeBudget(qint64 id);

signals:
    void refreshed();
    void budgetsChanged();

private:
    void presentBudgets();
    void presentAlerts();
    void fitSplit();
    void editBudget(const Budget &budget);
    qint64 selectedAlertId() const;

    DbWorker *m_worker = nullptr;
    AlertService *m_alertService = nullptr;
    const Clock *m_clock = nullptr;
    QList<BudgetStatus> m_statuses;
    QList<Alert> m_alerts;
    QList<std::pair<qint64, QString>> m_accounts;
    qint64 m_pendingSelection = 0;

    QSplitter *m_split = nullptr;
    QTabWidget *m_budgetTabs = nullptr;
    BudgetHistoryView *m_history = nullptr;
    QVBoxLayout *m_budgetRows = nullptr;
    QLabel *m_readError = nullptr;
    QLabel *m_budgetsEmpty = nullptr;
    QLabel *m_alertsHeading = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_state = nullptr;
    QStandardItemModel *m_alertModel = nullptr;
    QTableView *m_alertTable = nullptr;
    QLabel *m_alertDetail = nullptr;
    QPushButton *m_acknowledge = nullptr;
};

}   // namespace tl
