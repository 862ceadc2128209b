#pragma once

#include "pricingsnapshot.h"

#include <QAbstractTableModel>

namespace tl {

// The Pricing page's table: prices in $ per 1M tokens, overrides marked, sortable by value
// (SortRole carries nano-USD so $10 sorts after $9).
class PriceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceTableModel)

public:
    enum Column
    {
        ProviderColumn,
        ModelColumn,
        InputColumn,
        CachedInputColumn,
        CacheWriteColumn,
        OutputColumn,
        SourceColumn,
        SinceColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int ProviderRole = Qt::UserRole + 2;   // provider id, for the filter

    explicit PriceTableModel(QObject *parent = nullptr);

    void setRows(QList<PriceRow> rows);
    const PriceRow &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PriceRow> m_rows;
};

// "$2.50" for a price per 1M tokens, every digit the price has but at least two.
QString pricePerMillionText(const std::optional<TieredPrice> &price);

}   // namespace tl
