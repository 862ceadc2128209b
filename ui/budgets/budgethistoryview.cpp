#include "budgethistoryview.h"

#include "alerts/budgethistory.h"
#include "common/clock.h"
#include "common/dates.h"
#include "common/tables.h"
#include "storage/dbworker.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tl {

BudgetHistoryView::BudgetHistoryView(DbWorker *worker, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_clock(clock)
    , m_marked(QDate(clock->todayUtc().year(), clock->todayUtc().month(), 1))
    , m_message(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_table(readOnlyTable(m_model, QStringLiteral("budgetHistoryTable"), this))
{
    setObjectName(QStringLiteral("budgetHistoryView"));
    m_message->setObjectName(QStringLiteral("budgetHistoryMessageLabel"));
    m_message->setWordWrap(true);
    m_model->setSortRole(Qt::UserRole);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    present();
}

void BudgetHistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void BudgetHistoryView::refresh()
{
    // A year of spend is read only when someone looks: hidden, the view just remembers to.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QDate today = m_clock->todayUtc();
    struct Data
    {
        QList<BudgetStatus> rows;
        QString error;
    };
    m_worker->read(
        [today](QSqlDatabase db) {
            Data d;
            d.rows = budgetHistory(db, today, 12, &d.error).value_or(QList<BudgetStatus>{});
            return d;
        },
        this,
        [this](Data d) {
            m_rows = std::move(d.rows);
            present();
            if (!d.error.isEmpty())
                m_message->setText(tr("The budget history could not be read: %1").arg(d.error));
            emit refreshed();
        });
}

void BudgetHistoryView::setMarkedMonth(QDate anyDay)
{
    const QDate month(anyDay.year(), anyDay.month(), 1);
    if (month == m_marked)
        return;
    m_marked = month;
    present();
}

void BudgetHistoryView::present()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Month"), tr("Budget"), tr("Spent"), tr("Budget amount"), tr("Used"), tr("State"), tr("Over by")});
    if (m_rows.isEmpty()) {
        m_message->setText(tr("No budgets yet: once you add one, each month's result is listed here."));
        return;
    }
    m_message->setText(tr("Each budget's current amount against each month's spend (UTC months). Past months show "
                          "their final figures; this month shows where it stands today."));
    const QDate thisMonth(m_clock->todayUtc().year(), m_clock->todayUtc().month(), 1);
    int markedRow = -1;
    for (const BudgetStatus &s : std::as_const(m_rows)) {
        const bool running = s.monthStart == thisMonth;
        QString state;
        QColor colour;
        switch (s.state) {
        case BudgetStatus::State::Ok:
            state = running ? tr("On track") : tr("Within budget");
            colour = QColor(0x1e, 0x8e, 0x3e);
            break;
        case BudgetStatus::State::Warning:
            state = running && s.forecast.expected > s.budget.amount && s.spent <= s.budget.amount
                        ? tr("Heading over")
                        : tr("Past %1 %").arg(s.budget.warningPercent());
            colour = QColor(0xe3, 0x8b, 0x00);
            break;
        case BudgetStatus::State::Over:
            state = tr("Over");
            colour = QColor(0xc5, 0x22, 0x1f);
            break;
        }
        QString month = monthText(s.monthStart, QLocale());
        if (running)
            month = tr("%1 (so far)").arg(month);
        QList<QStandardItem *> row;
        row << readOnlyItem(month, s.monthStart) << readOnlyItem(s.budget.name)
            << readOnlyItem(s.spent.toDisplayString(), s.spent.nanos(), Qt::AlignRight)
            << readOnlyItem(s.budget.amount.toDisplayString(), s.budget.amount.nanos(), Qt::AlignRight)
            << readOnlyItem(tr("%1 %").arg(s.usedPercentText()), s.usedBasisPoints().value_or(0), Qt::AlignRight)
            << readOnlyItem(state, int(s.state))
            << readOnlyItem(s.overage().isZero() ? tr("—") : s.overage().toDisplayString(), s.overage().nanos(),
                            Qt::AlignRight);
        row.at(5)->setForeground(colour);
        if (s.monthStart == m_marked) {
            for (QStandardItem *item : row) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            if (markedRow < 0)
                markedRow = m_model->rowCount();
        }
        m_model->appendRow(row);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (markedRow >= 0) {
        // Once laid out: a table that has not been shown yet has no geometry to scroll in.
        QTimer::singleShot(0, this, [this, markedRow] {
            if (markedRow < m_model->rowCount())
                m_table->scrollTo(m_model->index(markedRow, 0), QAbstractItemView::PositionAtTop);
        });
    }
}

}   // namespace tl
