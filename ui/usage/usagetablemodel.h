#pragma once

#include "analytics/usagetable.h"

#include <QAbstractTableModel>

namespace tl {

class DbWorker;

// One page of usage rows at a time (the filter, order and page live in SQL), below a totals row
// (row 0) over every matching row. Queries run on the DbWorker thread; the table never waits on SQL,
// so a million rows page as smoothly as a hundred.
class UsageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageTableModel)

public:
    static constexpr int PageSize = 200;

    explicit UsageTableModel(DbWorker *worker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorting is done by SQL over all matching rows, then the first page is shown.
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const UsageFilter &filter);   // back to the first page; totals re-read
    const UsageFilter &filter() const { return m_filter; }
    void setPage(qint64 page);
    void reload();   // same filter, order and page (after a sync)

    qint64 page() const { return m_page; }
    qint64 pageCount() const;
    const UsageRowTotals &totals() const { return m_totals; }
    const QList<UsageRow> &rows() const { return m_rows; }
    bool isBusy() const { return m_pending > 0; }

signals:
    void loaded();   // a page (and, when asked, its totals) arrived
    void failed(const QString &message);

private:
    void query(bool withTotals);

    DbWorker *m_worker = nullptr;
    UsageFilter m_filter;
    UsageColumn m_sort = UsageColumn::Day;
    bool m_descending = true;   // newest first
    qint64 m_page = 0;
    QList<UsageRow> m_rows;
    UsageRowTotals m_totals;
    int m_generation = 0;   // answers to superseded queries are dropped
    int m_pending = 0;
    bool m_active = false;   // a filter has been set
};

}   // namespace tl
