#pragma once

#include "analytics/period.h"
#include "analytics/usagetable.h"
#include "io/usageexport.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace tl {

class Clock;
class DbWorker;
class AgentBreakdownView;
class EmptyState;
class ImportsView;
class ManualEntriesView;
class QualityView;
class ReconciliationView;
class UsageTableModel;

// The usage rows behind every figure: filters (UTC dates, provider, account, model, project,
// API key, cost source), server-side sorting, pages of 200 with a totals row over all matching
// rows, and export of the current filter to CSV or JSON. A second tab reconciles billed against
// estimated amounts per day and provider; others list data-quality findings, the import history
// (where an import can be removed), manual entries and the coding agents' requests by project,
// git branch, session and model.
class UsagePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsagePage)

public:
    UsagePage(DbWorker *worker, const Clock *clock, QWidget *parent = nullptr);

    void refresh();   // after a sync or an account change: choices, rows, totals, reconciliation
    UsageFilter currentFilter() const;
    UsageTableModel *model() const { return m_model; }
    ReconciliationView *reconciliation() const { return m_reconciliation; }
    QualityView *quality() const { return m_quality; }
    ManualEntriesView *manualEntries() const { return m_manual; }
    ImportsView *imports() const { return m_imports; }
    AgentBreakdownView *agents() const { return m_agents; }
    void showAgents();   // the Coding agents tab
    void showManualEntries();
    // The Imports tab, with this import selected (0: none in particular).
    void showImports(qint64 importId = 0);
    // Writes the current filter's rows to `path` (atomically) on the worker thread; `exported`
    // or `exportFailed` follows.
    void exportTo(const QString &path, ExportFormat format);

    void openImport();   // the CSV import dialog
    // The window's period changed: Rows, Billed vs estimated and Coding agents show its days.
    void followPeriod(const Period &period);
    // A chart's day or month was clicked: the Rows tab on those days, other filters off.
    void showRows(QDate from, QDate to);
    // After an import: the Rows tab on these days (when known) and this account, other filters off.
    void showImported(qint64 accountId, QDate firstDay, QDate lastDay);

signals:
    void dataImported(qint64 accountId);     // a CSV import wrote rows
    void accountCreated(qint64 accountId);   // the import dialog added an account for imports
    void manualEntriesChanged();             // a manual entry was added or removed
    void importRemoved(qint64 importId);     // an import was taken out of the data
    void exported(const QString &path, qint64 rows);
    void exportFailed(const QString &message);

private:
    void applyFilter();
    void updatePager();
    void chooseExport(ExportFormat format);
    void fillChoices(const UsageFilterChoices &choices, const QList<std::pair<qint64, QString>> &accounts);

    Period m_period;            // the window's period: what Reset filters goes back to
    bool m_refreshed = false;   // refresh() ran: reads follow changes from now on
    DbWorker *m_worker = nullptr;
    const Clock *m_clock = nullptr;
    UsageTableModel *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_account = nullptr;
    QComboBox *m_modelFilter = nullptr;
    QComboBox *m_project = nullptr;
    QComboBox *m_key = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_message = nullptr;
    ReconciliationView *m_reconciliation = nullptr;
    QualityView *m_quality = nullptr;
    ManualEntriesView *m_manual = nullptr;
    ImportsView *m_imports = nullptr;
    AgentBreakdownView *m_agents = nullptr;
    bool m_stayOnTabs = false;   // the user asked for manual entries on an empty database
    bool m_filling = false;
    qint64 m_pendingAccount = 0;   // to choose once the next refresh lists it (an account just created)
};

}   // namespace tl
