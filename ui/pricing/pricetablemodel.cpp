#include "pricetablemodel.h"

#include "pricing/catalog.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace tl {

QString pricePerMillionText(const std::optional<TieredPrice> &price)
{
    if (!price)
        return QStringLiteral("—");
    // The locale's separator and sign place: "$0.075" (en), "0,075 $" (ru).
    return withDollarSign(price->base.toEditString(QLocale()), false, QLocale());
}

namespace {

const std::optional<TieredPrice> &priceIn(const PriceRow &row, int column)
{
    static const std::optional<TieredPrice> none;
    switch (column) {
    case PriceTableModel::InputColumn:
        return row.input;
    case PriceTableModel::CachedInputColumn:
        return row.cachedInput;
    case PriceTableModel::CacheWriteColumn:
        return row.cacheWrite;
    case PriceTableModel::OutputColumn:
        return row.output;
    default:
        return none;
    }
}

QString tierTooltip(const std::optional<TieredPrice> &price)
{
    if (!price || !price->isTiered())
        return {};
    QStringList lines;
    for (const auto &[threshold, tierPrice] : price->tiers)
        lines.append(PriceTableModel::tr("Requests above %1 input tokens: $%2 per 1M")
                         .arg(QLocale().toString(threshold), tierPrice.toEditString(QLocale())));
    lines.append(PriceTableModel::tr("Daily totals are priced at the base price."));
    return lines.join(QLatin1Char('\n'));
}

}   // namespace

PriceTableModel::PriceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PriceTableModel::setRows(QList<PriceRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PriceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PriceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PriceRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ProviderColumn:
            return r.providerName;
        case ModelColumn:
            return r.model;
        case InputColumn:
        case CachedInputColumn:
        case CacheWriteColumn:
        case OutputColumn: {
            const auto &price = priceIn(r, column);
            return QString(pricePerMillionText(price) +
                           (price && price->isTiered() ? QStringLiteral(" *") : QString()));
        }
        case SourceColumn:
            return r.isOverride ? tr("Your override") : tr("Catalog");
        case SinceColumn:
            return r.since ? r.since->toString(Qt::ISODate) : QString();
        }
        break;
    case SortRole:
        if (column >= InputColumn && column <= OutputColumn) {
            const auto &price = priceIn(r, column);
            return price ? QVariant(price->base.nanos()) : QVariant(qint64(-1));
        }
        if (column == SinceColumn)
            return r.since ? r.since->toJulianDay() : 0;
        if (column == ProviderColumn)   // your overrides first, then providers by name
            return QString((r.isOverride ? QStringLiteral("0") : QStringLiteral("1")) + r.providerName.toLower());
        return data(index, Qt::DisplayRole).toString().toLower();
    case ProviderRole:
        return r.isOverride ? PricingCatalog::catalogProviderId(r.provider) : r.provider;
    case Qt::TextAlignmentRole:
        if (column >= InputColumn && column <= OutputColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == ModelColumn)
            return r.modelName;
        if (column >= InputColumn && column <= OutputColumn)
            return tierTooltip(priceIn(r, column));
        if (column == SourceColumn && r.isOverride)
            return tr("Your price wins over the catalog from %1 on.").arg(r.since->toString(Qt::ISODate));
        break;
    case Qt::FontRole:
        if (r.isOverride) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::BackgroundRole:
        if (r.isOverride)
            return QBrush(QColor(0xf2, 0xc1, 0x4e, 60));
        break;
    }
    return {};
}

QVariant PriceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section >= InputColumn && section <= OutputColumn)
        return tr("USD per 1M tokens");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case ModelColumn:
        return tr("Model");
    case InputColumn:
        return tr("Input");
    case CachedInputColumn:
        return tr("Cached input");
    case CacheWriteColumn:
        return tr("Cache write");
    case OutputColumn:
        return tr("Output");
    case SourceColumn:
        return tr("Source");
    case SinceColumn:
        return tr("In force since");
    }
    return {};
}

}   // namespace tl
