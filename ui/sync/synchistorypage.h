#pragma once

#include "storage/syncrunrepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QStackedWidget;
class QTableView;

namespace tl {

class DbWorker;

// Every sync run: when, trigger, account, status, counts, duration and message; filterable by
// account and status, failed runs highlighted. Refreshes when a sync finishes.
class SyncHistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncHistoryPage)

public:
    explicit SyncHistoryPage(DbWorker *worker, QWidget *parent = nullptr);

    void refresh();
    int visibleRuns() const;

signals:
    void refreshed();

private:
    void present(QList<SyncRun> runs);
    void applyFilter();
    void showMessageOf(int row);

    DbWorker *m_worker = nullptr;
    QList<SyncRun> m_runs;
    QComboBox *m_account = nullptr;
    QComboBox *m_status = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detail = nullptr;
    QStackedWidget *m_stack = nullptr;
};

}   // namespace tl
