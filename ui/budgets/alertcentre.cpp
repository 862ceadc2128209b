// Budgets & Alerts: the alert centre half of the page (the list, its filters, the detail) and the
// words and colours of an alert.
#include "alertcentre.h"

#include "alerts/alertservice.h"
#include "alerts/alerttext.h"
#include "budgetspage.h"
#include "common/dates.h"
#include "common/tables.h"

#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>

namespace tl {

namespace budgets {

QColor severityColour(Alert::Severity s)
{
    switch (s) {
    case Alert::Severity::Info:
        return QColor(0x1a, 0x73, 0xe8);
    case Alert::Severity::Warning:
        return QColor(0xe3, 0x8b, 0x00);
    case Alert::Severity::Critical:
        return QColor(0xc5, 0x22, 0x1f);
    }
    return {};
}

QString severityText(Alert::Severity s)
{
    switch (s) {
    case Alert::Severity::Info:
        return BudgetsPage::tr("Info");
    case Alert::Severity::Warning:
        return BudgetsPage::tr("Warning");
    case Alert::Severity::Critical:
        return BudgetsPage::tr("Critical");
    }
    return {};
}

QString kindText(Alert::Kind k)
{
    switch (k) {
    case Alert::Kind::BudgetThreshold:
        return BudgetsPage::tr("Budget threshold");
    case Alert::Kind::BudgetForecast:
        return BudgetsPage::tr("Budget forecast");
    case Alert::Kind::Spike:
        return BudgetsPage::tr("Spending spike");
    case Alert::Kind::SyncFailing:
        return BudgetsPage::tr("Sync failing");
    case Alert::Kind::LowBalance:
        return BudgetsPage::tr("Low balance");
    case Alert::Kind::UnpricedModel:
        return BudgetsPage::tr("Unpriced model");
    case Alert::Kind::UsageWindow:
        return BudgetsPage::tr("Usage window");
    }
    return {};
}

QStandardItem *cell(const QString &text)
{
    return readOnlyItem(text);
}

// The selected alert's words, made now: in the window's language.
QString detailHtml(const Alert &alert)
{
    const AlertText text = renderAlert(alert);
    return QStringLiteral("<b>%1</b><br>%2").arg(text.title.toHtmlEscaped(), text.message.toHtmlEscaped());
}

}   // namespace budgets

using namespace budgets;

void BudgetsPage::presentAlerts()
{
    const qint64 selected = m_pendingSelection ? m_pendingSelection : selectedAlertId();
    m_pendingSelection = 0;
    m_alertModel->clear();
    m_alertModel->setHorizontalHeaderLabels({tr("Severity"), tr("When"), tr("Kind"), tr("Alert"), tr("State")});
    int unread = 0;
    int selectRow = -1;
    for (const Alert &a : std::as_const(m_alerts)) {
        unread += !a.isRead();
        if (m_severity->currentData().isValid() && m_severity->currentData().toInt() != int(a.severity))
            continue;
        if (m_kind->currentData().isValid() && m_kind->currentData().toInt() != int(a.kind))
            continue;
        if (m_state->currentData().isValid()) {
            const int state = m_state->currentData().toInt();
            if ((state == 0 && a.isRead()) || (state == 1 && !a.isRead()) || (state == 2 && a.acknowledgedAt.isValid()))
                continue;
        }
        auto *severity = cell(severityText(a.severity));
        severity->setData(a.id, Qt::UserRole);
        severity->setData(severityColour(a.severity), Qt::DecorationRole);
        severity->setForeground(severityColour(a.severity));
        const AlertText text = renderAlert(a);
        auto *title = cell(text.title);
        title->setToolTip(text.message);
        const QString state = a.acknowledgedAt.isValid() ? tr("Acknowledged") : a.isRead() ? tr("Read") : tr("Unread");
        QList<QStandardItem *> row{severity, cell(momentText(a.createdAt)), cell(kindText(a.kind)), title, cell(state)};
        if (!a.isRead()) {
            for (QStandardItem *item : row) {
                QFont bold = item->font();
                bold.setWeight(QFont::DemiBold);
                item->setFont(bold);
            }
        }
        if (a.id == selected)
            selectRow = m_alertModel->rowCount();
        m_alertModel->appendRow(row);
    }
    m_alertTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_alertTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_alertsHeading->setText(m_alerts.isEmpty()
                                 ? tr("<b>Alerts</b> — none yet: they appear when spend crosses a budget's "
                                      "threshold or its forecast, a day spikes, a sync keeps failing, credits run "
                                      "low or a model has no price")
                                 : tr("<b>Alerts</b> — %1 unread of %2").arg(unread).arg(m_alerts.size()));
    if (selectRow >= 0) {
        const QSignalBlocker block(m_alertTable->selectionModel());
        m_alertTable->selectRow(selectRow);
        m_alertTable->scrollTo(m_alertModel->index(selectRow, 0));
    }
    if (selectRow >= 0) {
        // Show the detail without waiting for another selection change.
        const Alert &a =
            *std::find_if(m_alerts.cbegin(), m_alerts.cend(), [selected](const Alert &x) { return x.id == selected; });
        m_alertDetail->setText(detailHtml(a));
        m_acknowledge->setEnabled(!a.acknowledgedAt.isValid());
        if (!a.isRead())
            m_alertService->markRead(a.id);
    } else {
        m_alertDetail->setText(m_alerts.isEmpty() ? tr("Alerts appear here after a sync: budget thresholds, a "
                                                       "forecast heading over budget, spending spikes, failing syncs, "
                                                       "low balances and models without a price.")
                                                  : QString());
        m_acknowledge->setEnabled(false);
    }
}

int BudgetsPage::visibleAlerts() const
{
    return m_alertModel->rowCount();
}

qint64 BudgetsPage::selectedAlertId() const
{
    const QModelIndex current = m_alertTable->selectionModel()->currentIndex();
    return current.isValid() ? m_alertModel->index(current.row(), 0).data(Qt::UserRole).toLongLong() : 0;
}

void BudgetsPage::showAlert(qint64 alertId)
{
    m_pendingSelection = alertId;
    for (QComboBox *box : {m_severity, m_kind, m_state}) {
        const QSignalBlocker block(box);
        box->setCurrentIndex(0);
    }
    refresh();
}

}   // namespace tl
