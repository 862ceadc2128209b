#pragma once

#include "analytics/quality.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace tl {

class Clock;
class DbWorker;

// Data-quality findings (a model on the wrong account, impossible values, the same day from two
// sources, future dates) with the usage rows behind the selected one. Nothing is changed here:
// the user decides what to remove or re-import. A finding that names an import (the same day from
// an API sync and a CSV) links to it in the import history, where it can be removed.
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
    void showImportRequested(qint64 importId);   // "Show Import" on a finding that names one

private:
    void showRows(const QualityFinding &finding);

    DbWorker *m_worker = nullptr;
    const Clock *m_clock = nullptr;
    QList<QualityFinding> m_findings;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_showImport = nullptr;
    qint64 m_importId = 0;   // the selected finding's import, 0 when it names none
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_rowsModel = nullptr;
    QTableView *m_rows = nullptr;
};

}   // namespace tl
