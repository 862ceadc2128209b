#include "budgetspage.h"

#include "alertcentre.h"
#include "alerts/alertservice.h"
#include "alerts/alerttext.h"
#include "budgetdialog.h"
#include "budgethistoryview.h"
#include "common/clock.h"
#include "common/dates.h"
#include "common/tables.h"
#include "providers/providercatalog.h"
#include "storage/dbworker.h"
#include "storage/queryloop.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tl {

using namespace budgets;

BudgetsPage::BudgetsPage(DbWorker *worker, AlertService *alerts, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_alertService(alerts)
    , m_clock(clock)
    , m_readError(new QLabel(this))
    , m_budgetsEmpty(new QLabel(this))
    , m_alertsHeading(new QLabel(this))
    , m_severity(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_alertModel(new QStandardItemModel(this))
    , m_alertTable(readOnlyTable(m_alertModel, QStringLiteral("alertTableView"), this))
    , m_alertDetail(new QLabel(this))
    , m_acknowledge(new QPushButton(tr("Acknowledge"), this))
{
    setObjectName(QStringLiteral("budgetsPage"));

    // Budgets
    auto *budgetsBox = new QWidget(this);
    auto *budgetsLayout = new QVBoxLayout(budgetsBox);
    budgetsLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *heading = new QLabel(tr("<b>Monthly budgets</b> (calendar months, UTC)"), budgetsBox);
    header->addWidget(heading, 1);
    auto *add = new QPushButton(tr("Add budget…"), budgetsBox);
    add->setObjectName(QStringLiteral("addBudgetButton"));
    header->addWidget(add);
    budgetsLayout->addLayout(header);
    m_readError->setObjectName(QStringLiteral("budgetsErrorLabel"));
    m_readError->setWordWrap(true);
    m_readError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_readError->hide();
    budgetsLayout->addWidget(m_readError);
    m_budgetsEmpty->setObjectName(QStringLiteral("budgetsEmptyLabel"));
    m_budgetsEmpty->setWordWrap(true);
    m_budgetsEmpty->setText(tr("No budgets yet. Set a monthly budget for everything, a provider or an account: "
                               "TokenLedger warns you at 50 %, 80 % and 100 % of it, and earlier when the forecast "
                               "says you will cross it."));
    // The "no budgets yet" sentence is in the This month tab, where the budgets would be: above
    // the tabs it left the tab an empty box.
    auto *thisMonth = new QWidget(budgetsBox);
    auto *thisMonthLayout = new QVBoxLayout(thisMonth);
    thisMonthLayout->addWidget(m_budgetsEmpty);
    auto *rowsWidget = new QWidget(thisMonth);
    m_budgetRows = new QVBoxLayout(rowsWidget);
    m_budgetRows->setContentsMargins(0, 0, 0, 0);
    m_budgetRows->setSpacing(6);
    thisMonthLayout->addWidget(rowsWidget);
    thisMonthLayout->addStretch(1);
    auto *scroll = new QScrollArea(budgetsBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(thisMonth);
    // This month's budgets, and every month's result beside them.
    m_history = new BudgetHistoryView(worker, clock, budgetsBox);
    m_budgetTabs = new QTabWidget(budgetsBox);
    m_budgetTabs->setObjectName(QStringLiteral("budgetTabWidget"));
    m_budgetTabs->addTab(scroll, tr("This month"));
    m_budgetTabs->addTab(m_history, tr("History by month"));
    budgetsLayout->addWidget(m_budgetTabs, 1);
    connect(m_budgetTabs, &QTabWidget::currentChanged, this, &BudgetsPage::fitSplit);
    connect(add, &QPushButton::clicked, this, [this] { editBudget(Budget{}); });

    // Alerts
    auto *alertsBox = new QWidget(this);
    auto *alertsLayout = new QVBoxLayout(alertsBox);
    alertsLayout->setContentsMargins(0, 8, 0, 0);
    m_alertsHeading->setObjectName(QStringLiteral("alertsHeadingLabel"));
    m_alertsHeading->setWordWrap(true);   // the "none yet" sentence runs long (Russian, small windows)
    m_severity->setObjectName(QStringLiteral("alertSeverityComboBox"));
    m_severity->addItem(tr("All severities"));
    for (Alert::Severity s : {Alert::Severity::Critical, Alert::Severity::Warning, Alert::Severity::Info})
        m_severity->addItem(severityText(s), int(s));
    m_kind->setObjectName(QStringLiteral("alertKindComboBox"));
    m_kind->addItem(tr("All kinds"));
    for (Alert::Kind k : Alert::allKinds())
        m_kind->addItem(kindText(k), int(k));
    m_state->setObjectName(QStringLiteral("alertStateComboBox"));
    m_state->addItem(tr("Read and unread"));
    m_state->addItem(tr("Unread"), 0);
    m_state->addItem(tr("Read"), 1);
    m_state->addItem(tr("Not acknowledged"), 2);
    auto *markRead = new QPushButton(tr("Mark all as read"), alertsBox);
    markRead->setObjectName(QStringLiteral("markAllReadButton"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlertButton"));
    m_acknowledge->setEnabled(false);
    // The filters on a line of their own above the table: beside the heading and the buttons they
    // were squeezed until their text was cut (Russian at 1024 pixels).
    auto *alertHeader = new QHBoxLayout;
    alertHeader->addWidget(m_alertsHeading, 1);
    alertHeader->addWidget(m_acknowledge);
    alertHeader->addWidget(markRead);
    alertsLayout->addLayout(alertHeader);
    auto *alertFilters = new QHBoxLayout;
    alertFilters->addWidget(m_severity);
    alertFilters->addWidget(m_kind);
    alertFilters->addWidget(m_state);
    alertFilters->addStretch(1);
    alertsLayout->addLayout(alertFilters);
    m_alertTable->setSelectionMode(QAbstractItemView::SingleSelection);
    alertsLayout->addWidget(m_alertTable, 1);
    m_alertDetail->setObjectName(QStringLiteral("alertDetailLabel"));
    m_alertDetail->setWordWrap(true);
    m_alertDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_alertDetail->setMinimumHeight(m_alertDetail->fontMetrics().height() * 3);
    alertsLayout->addWidget(m_alertDetail);

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("budgetsSplitter"));
    m_split->addWidget(budgetsBox);
    m_split->addWidget(alertsBox);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);

    for (QComboBox *box : {m_severity, m_kind, m_state})
        connect(box, &QComboBox::currentIndexChanged, this, &BudgetsPage::presentAlerts);
    connect(markRead, &QPushButton::clicked, m_alertService, &AlertService::markAllRead);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedAlertId())
            m_alertService->acknowledge(id);
    });
    connect(m_alertService, &AlertService::alertsChanged, this, &BudgetsPage::refresh);
    connect(m_alertTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id =
                    current.isValid() ? m_alertModel->index(current.row(), 0).data(Qt::UserRole).toLongLong() : 0;
                const auto it =
                    std::find_if(m_alerts.cbegin(), m_alerts.cend(), [id](const Alert &a) { return a.id == id; });
                if (it == m_alerts.cend()) {
                    m_alertDetail->clear();
                    m_acknowledge->setEnabled(false);
                    return;
                }
                m_alertDetail->setText(detailHtml(*it));
                m_acknowledge->setEnabled(!it->acknowledgedAt.isValid());
                if (!it->isRead())
                    m_alertService->markRead(id);   // reading it is looking at it
            });
}

void BudgetsPage::followPeriod(const Period &period)
{
    // A past month opens its line in the history; the current one, this month's budgets.
    const QDate today = m_clock->todayUtc();
    const QDate end = period.lastDayUpTo(today);
    m_history->setMarkedMonth(end);
    m_budgetTabs->setCurrentWidget(end.year() == today.year() && end.month() == today.month()
                                       ? m_budgetTabs->widget(0)
                                       : static_cast<QWidget *>(m_history));
}

void BudgetsPage::refresh()
{
    const QDate today = m_clock->todayUtc();
    struct Data
    {
        QList<BudgetStatus> statuses;
        QList<Alert> alerts;
        QList<std::pair<qint64, QString>> accounts;
        QString error;   // the first read that failed: what is shown is not the whole truth
    };
    m_worker->run(
        [today](QSqlDatabase db) {
            Data d;
            d.statuses = budgetStatuses(db, today, &d.error).value_or(QList<BudgetStatus>{});
            QString alertsError;
            d.alerts = AlertRepository(db).list(500, &alertsError);
            if (d.error.isEmpty())
                d.error = alertsError;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (q.exec(QStringLiteral("SELECT id, label, provider FROM accounts WHERE archived = 0 ORDER BY label"))) {
                while (q.next())
                    d.accounts.append({q.value(0).toLongLong(), q.value(1).toString() + QStringLiteral(" (") +
                                                                    providerDisplayName(q.value(2).toString()) +
                                                                    QLatin1Char(')')});
            }
            QString accountsError;
            if (!sql::readSucceeded(q, &accountsError) && d.error.isEmpty())
                d.error = accountsError;
            return d;
        },
        this,
        [this](Data d) {
            m_readError->setText(tr("Budgets and alerts could not be read: %1").arg(d.error));
            m_readError->setVisible(!d.error.isEmpty());
            m_statuses = std::move(d.statuses);
            m_alerts = std::move(d.alerts);
            m_accounts = std::move(d.accounts);
            presentBudgets();
            presentAlerts();
            m_history->refresh();
            emit refreshed();
        });
}

void BudgetsPage::presentBudgets()
{
    while (QLayoutItem *item = m_budgetRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_budgetsEmpty->setVisible(m_statuses.isEmpty());
    for (const BudgetStatus &s : std::as_const(m_statuses)) {
        auto *row = new QFrame(this);
        row->setObjectName(QStringLiteral("budgetRow"));
        row->setFrameShape(QFrame::StyledPanel);
        // A row opens its Edit dialog on a double-click, or on Enter once Tab has reached it.
        row->setFocusPolicy(Qt::StrongFocus);
        row->setStyleSheet(QStringLiteral("QFrame#budgetRow:focus { border: 1px solid palette(highlight); }"));
        auto *layout = new QGridLayout(row);
        layout->setContentsMargins(10, 6, 10, 6);
        QString scope;
        switch (s.budget.scope) {
        case Budget::Scope::All:
            scope = tr("everything");
            break;
        case Budget::Scope::Provider:
            scope = providerDisplayName(s.budget.scopeValue);
            break;
        case Budget::Scope::Account: {
            scope = tr("account %1").arg(s.budget.scopeValue);
            for (const auto &[id, label] : std::as_const(m_accounts)) {
                if (QString::number(id) == s.budget.scopeValue)
                    scope = label;
            }
            break;
        }
        }
        auto *name = new QLabel(tr("<b>%1</b> — %2").arg(s.budget.name.toHtmlEscaped(), scope.toHtmlEscaped()), row);
        auto *bar = new QProgressBar(row);
        bar->setObjectName(QStringLiteral("budgetProgressBar"));
        bar->setRange(0, 10000);
        bar->setValue(int(std::min<qint64>(s.usedBasisPoints().value_or(10000), 10000)));
        bar->setFormat(tr("%1 %").arg(s.usedPercentText()));
        bar->setMinimumWidth(200);
        QString stateText;
        QString colour;
        switch (s.state) {
        case BudgetStatus::State::Ok:
            stateText = tr("On track");   // the dashboard's and the history's word
            colour = QStringLiteral("#1e8e3e");
            break;
        case BudgetStatus::State::Warning:
            stateText = s.forecast.expected > s.budget.amount && s.spent <= s.budget.amount
                            ? tr("Heading over: forecast %1").arg(s.forecast.expected.toDisplayString())
                            : tr("Warning: past %1 %").arg(s.budget.warningPercent());
            colour = QStringLiteral("#e38b00");
            break;
        case BudgetStatus::State::Over:
            stateText = tr("Over by %1").arg(s.overage().toDisplayString());
            colour = QStringLiteral("#c5221f");
            break;
        }
        bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(colour));
        auto *state =
            new QLabel(QStringLiteral("<b style='color:%1'>%2</b>").arg(colour, stateText.toHtmlEscaped()), row);
        state->setObjectName(QStringLiteral("budgetStateLabel"));
        auto *figures = new QLabel(tr("%1 of %2 spent · forecast %3 · alerts at %4 %%5")
                                       .arg(s.spent.toDisplayString(), s.budget.amount.toDisplayString(),
                                            s.forecast.expected.toDisplayString(),
                                            s.budget.thresholdsText().replace(QLatin1Char(','), QStringLiteral(", ")),
                                            s.budget.enabled ? QString() : tr(" · paused")),
                                   row);
        figures->setForegroundRole(QPalette::PlaceholderText);
        auto *edit = new QPushButton(tr("Edit…"), row);
        auto *remove = new QPushButton(tr("Delete"), row);
        layout->addWidget(name, 0, 0);
        layout->addWidget(state, 0, 1, Qt::AlignRight);
        layout->addWidget(bar, 1, 0, 1, 2);
        layout->addWidget(figures, 2, 0, 1, 2);
        layout->addWidget(edit, 0, 2);
        layout->addWidget(remove, 1, 2);
        layout->setColumnStretch(0, 1);
        const Budget budget = s.budget;
        connect(edit, &QPushButton::clicked, this, [this, budget] { editBudget(budget); });
        onActivation(row, [this, budget] { editBudget(budget); });
        connect(remove, &QPushButton::clicked, this, [this, budget] {
            if (QMessageBox::question(
                    this, tr("Delete budget"),
                    tr("Delete the budget “%1”? Its past alerts stay in the list.").arg(budget.name)) ==
                QMessageBox::Yes)
                removeBudget(budget.id);
        });
        m_budgetRows->addWidget(row);
    }
    m_budgetRows->addStretch(1);
    fitSplit();
}

void BudgetsPage::fitSplit()
{
    // Room for every budget (up to half the page) before the alert list takes the rest; the
    // history by month gets a little more than half, it is a table of a year.
    const int total = std::max(m_split->height(), 400);
    int wanted = (m_budgetsEmpty->isVisible() ? m_budgetsEmpty->sizeHint().height() + 48 : 40) +
                 m_budgetTabs->tabBar()->sizeHint().height();
    for (int i = 0; i < m_budgetRows->count(); ++i) {
        if (QWidget *w = m_budgetRows->itemAt(i)->widget())
            wanted += w->sizeHint().height() + m_budgetRows->spacing();
    }
    wanted = m_budgetTabs->currentWidget() == m_history ? total * 11 / 20 : std::min(wanted, total / 2);
    m_split->setSizes({wanted, total - wanted});
}

void BudgetsPage::editBudget(const Budget &budget)
{
    BudgetDialog dialog(m_accounts, this);
    if (budget.id > 0)
        dialog.setBudget(budget);
    if (dialog.exec() == QDialog::Accepted && dialog.validationError().isEmpty())
        saveBudget(dialog.budget());
}

void BudgetsPage::saveBudget(const Budget &budget)
{
    m_worker->run(
        [budget](QSqlDatabase db) {
            QString error;
            BudgetRepository repo(db);
            const bool ok = budget.id > 0 ? repo.update(budget, &error) : repo.add(budget, &error) > 0;
            return std::pair{ok, error};
        },
        this,
        [this](std::pair<bool, QString> result) {
            if (!result.first)
                QMessageBox::warning(this, tr("Budget not saved"), result.second);
            refresh();
            emit budgetsChanged();
        });
}

void BudgetsPage::removeBudget(qint64 id)
{
    m_worker->run([id](QSqlDatabase db) { return BudgetRepository(db).remove(id); }, this,
                  [this](bool) {
                      refresh();
                      emit budgetsChanged();
                  });
}

}   // namespace tl
