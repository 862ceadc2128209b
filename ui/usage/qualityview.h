#pragma once

#include "analytics/quality.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace tl {

class Clock;
class DbWorker;

// Data-quality findings (a model on the wrong account, impossible values, the same day from two
// sources, future dates) with the usage rows behind the selected one. Nothing is changed here:
// the user decides what to remove or re-import.
class QualityView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualityView)

public:
    QualityView(DbWorker *worker, const Clock *clock, QWidget *parent = nullptr);

    void refresh();
    const QList<QualityFinding> &findings() const { return m_findings; }
    void selectFinding(int row);
    int detailRows() const;

signals:
    void refreshed();
    void detailLoaded();

private:
    void showRows(const QualityFinding &finding);

    DbWorker *m_worker = nullptr;
    const Clock *m_clock = nullptr;
    QList<QualityFinding> m_findings;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_rowsModel = nullptr;
    QTableView *m_rows = nullptr;
};

}   // namespace tl
