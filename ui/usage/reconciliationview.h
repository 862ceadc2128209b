#pragma once

#include "analytics/reconciliation.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace tl {

class DbWorker;

// Billed against estimated, per UTC day and provider: the gap in $ and %, highlighted over a
// threshold, what explains it where that is known, and the rows behind a day on selection.
class ReconciliationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconciliationView)

public:
    ReconciliationView(DbWorker *worker, QDate today, QWidget *parent = nullptr);

    void setRange(QDate from, QDate to, bool read = true);
    void refresh();
    void setThresholdBasisPoints(qint64 basisPoints);
    const QList<ReconciliationRow> &rows() const { return m_rows; }
    // Rows currently highlighted as gaps.
    int gapCount() const;
    void selectRow(int row);   // shows the drill-down for it
    void setOnlyGaps(bool only);

    // Plain sentences on what explains a row's gap, for the table and the drill-down.
    static QStringList explanations(const ReconciliationRow &row);

signals:
    void refreshed();
    void drillDownLoaded();

private:
    void present();
    void showDrillDown(const ReconciliationRow &row);

    DbWorker *m_worker = nullptr;
    QList<ReconciliationRow> m_rows;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QCheckBox *m_onlyGaps = nullptr;
    QLabel *m_summary = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailTitle = nullptr;
    QStandardItemModel *m_detailModel = nullptr;
    QTableView *m_detail = nullptr;
};

}   // namespace tl
