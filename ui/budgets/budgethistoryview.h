#pragma once

#include "alerts/budgets.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace tl {

class Clock;
class DbWorker;

// Every budget month by month over the last year: spent, the budget, how much of it was used, the
// state and the overage. The window's period marks its month; a past month shows its final figures.
class BudgetHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetHistoryView)

public:
    BudgetHistoryView(DbWorker *worker, const Clock *clock, QWidget *parent = nullptr);

    // Reads the history now when the view is shown, else as soon as it is.
    void refresh();
    // The month whose rows are marked (the window's period ends in it).
    void setMarkedMonth(QDate anyDay);
    QDate markedMonth() const { return m_marked; }
    const QList<BudgetStatus> &rows() const { return m_rows; }
    QStandardItemModel *model() const { return m_model; }

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void present();

    DbWorker *m_worker = nullptr;
    const Clock *m_clock = nullptr;
    QList<BudgetStatus> m_rows;
    QDate m_marked;
    bool m_stale = true;   // not read since the last change: read when shown
    QLabel *m_message = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

}   // namespace tl
