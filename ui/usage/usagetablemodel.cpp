#include "usagetablemodel.h"

#include "charts/chartstyle.h"
#include "providers/providercatalog.h"
#include "records/records.h"
#include "storage/dbworker.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

namespace tl {

namespace {

QString statusText(CostStatus status)
{
    switch (status) {
    case CostStatus::Estimated:
        return UsageTableModel::tr("Estimated");
    case CostStatus::Reported:
        return UsageTableModel::tr("Reported");
    case CostStatus::Unpriced:
        return UsageTableModel::tr("Unpriced");
    }
    return {};
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

}   // namespace

UsageTableModel::UsageTableModel(DbWorker *worker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(worker)
{}

int UsageTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_rows.isEmpty() ? 0 : int(m_rows.size()) + 1;   // + the totals row
}

int UsageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(UsageColumn::Count);
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (UsageColumn(section)) {
        case UsageColumn::Day:
            return tr("UTC day");
        case UsageColumn::Input:
            return tr("Input tokens not read from a cache");
        case UsageColumn::Cached:
            return tr("Input tokens read from a prompt cache");
        case UsageColumn::CacheWrite:
            return tr("Tokens written to a prompt cache (5-minute and 1-hour)");
        case UsageColumn::Cost:
            return tr("Usage cost in USD: estimated from catalog prices, or reported by the provider per request");
        case UsageColumn::Status:
            return tr("Estimated: tokens × catalog price. Reported: the provider's own per-request cost. "
                      "Unpriced: no price known, so not in any total.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (UsageColumn(section)) {
    case UsageColumn::Day:
        return tr("Day (UTC)");
    case UsageColumn::Provider:
        return tr("Provider");
    case UsageColumn::Account:
        return tr("Account");
    case UsageColumn::Model:
        return tr("Model");
    case UsageColumn::Project:
        return tr("Project");
    case UsageColumn::ApiKey:
        return tr("API key");
    case UsageColumn::Input:
        return tr("Input");
    case UsageColumn::Cached:
        return tr("Cached");
    case UsageColumn::CacheWrite:
        return tr("Cache writes");
    case UsageColumn::Output:
        return tr("Output");
    case UsageColumn::Requests:
        return tr("Requests");
    case UsageColumn::Cost:
        return tr("Cost");
    case UsageColumn::Status:
        return tr("Cost source");
    case UsageColumn::Count:
        break;
    }
    return {};
}

QVariant UsageTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto column = UsageColumn(index.column());
    const bool numeric = column >= UsageColumn::Input && column <= UsageColumn::Cost;
    if (role == Qt::TextAlignmentRole)
        return int((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (index.row() == 0) {   // totals over every matching row, pinned at the top
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setWeight(QFont::DemiBold);
            return bold;
        }
        if (role == Qt::BackgroundRole)
            return QPalette().color(QPalette::AlternateBase);
        if (role == Qt::ToolTipRole && column == UsageColumn::Cost)
            return charts::exactMoneyText(m_totals.cost.nanos());
        if (role != Qt::DisplayRole)
            return {};
        switch (column) {
        case UsageColumn::Day:
            return tr("All %1 rows").arg(count(m_totals.rows));
        case UsageColumn::Input:
            return count(m_totals.inputTokens);
        case UsageColumn::Cached:
            return count(m_totals.cachedInputTokens);
        case UsageColumn::CacheWrite:
            return count(m_totals.cacheWriteTokens);
        case UsageColumn::Output:
            return count(m_totals.outputTokens);
        case UsageColumn::Requests:
            return count(m_totals.requests);
        case UsageColumn::Cost:
            return m_totals.cost.toDisplayString();
        case UsageColumn::Status:
            return m_totals.unpricedRows ? tr("%1 unpriced").arg(count(m_totals.unpricedRows)) : QString();
        default:
            return {};
        }
    }
    const UsageRow &r = m_rows.at(index.row() - 1);
    if (role == Qt::ToolTipRole) {
        if (column == UsageColumn::Cost && r.cost)
            return charts::exactMoneyText(r.cost->nanos());
        if (column == UsageColumn::Model && isUnattributedModel(r.model))
            return tr("Usage the provider reported without a model name (source: %1). No price can cover it: its "
                      "cost comes from the provider's billed amount, or cannot be estimated.")
                .arg(r.source);
        if (column == UsageColumn::Model && !r.serviceTier.isEmpty())
            return tr("%1 (%2 tier, source: %3)").arg(r.model, r.serviceTier, r.source);
        if (column == UsageColumn::Model)
            return tr("%1 (source: %2)").arg(r.model, r.source);
        return {};
    }
    if (role == Qt::ForegroundRole && r.status == CostStatus::Unpriced && column == UsageColumn::Status)
        return QColor(0xb3, 0x26, 0x1e);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case UsageColumn::Day:
        return r.day.toString(Qt::ISODate);
    case UsageColumn::Provider:
        return providerDisplayName(r.provider);
    case UsageColumn::Account:
        return r.account;
    case UsageColumn::Model:
        return r.model;
    case UsageColumn::Project:
        return r.project;
    case UsageColumn::ApiKey:
        return r.apiKeyId;
    case UsageColumn::Input:
        return count(r.inputTokens);
    case UsageColumn::Cached:
        return count(r.cachedInputTokens);
    case UsageColumn::CacheWrite:
        return count(r.cacheWriteTokens);
    case UsageColumn::Output:
        return count(r.outputTokens);
    case UsageColumn::Requests:
        return count(r.requests);
    case UsageColumn::Cost:
        return r.cost ? r.cost->toDisplayString(r.cost->nanos() < 10'000'000 ? 4 : 2) : tr("—");
    case UsageColumn::Status:
        return statusText(r.status);
    case UsageColumn::Count:
        break;
    }
    return {};
}

void UsageTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(UsageColumn::Count))
        return;
    m_sort = UsageColumn(column);
    m_descending = order == Qt::DescendingOrder;
    m_page = 0;
    if (m_active)   // before the first filter there is nothing to order
        query(false);
}

void UsageTableModel::setFilter(const UsageFilter &filter)
{
    m_filter = filter;
    m_active = true;
    m_page = 0;
    query(true);
}

void UsageTableModel::setPage(qint64 page)
{
    m_page = std::clamp<qint64>(page, 0, std::max<qint64>(0, pageCount() - 1));
    query(false);
}

void UsageTableModel::reload()
{
    query(true);
}

qint64 UsageTableModel::pageCount() const
{
    return (m_totals.rows + PageSize - 1) / PageSize;
}

void UsageTableModel::query(bool withTotals)
{
    const int generation = ++m_generation;
    ++m_pending;
    struct Result
    {
        std::optional<QList<UsageRow>> rows;
        std::optional<UsageRowTotals> totals;
        QString error;
    };
    m_worker->read(
        [filter = m_filter, sort = m_sort, descending = m_descending, page = m_page, withTotals](QSqlDatabase db) {
            Result r;
            r.rows = queryUsageRows(db, filter, sort, descending, page * PageSize, PageSize, &r.error);
            if (r.rows && withTotals)
                r.totals = queryUsageTotals(db, filter, &r.error);
            return r;
        },
        this,
        [this, generation, withTotals](Result r) {
            --m_pending;
            if (generation != m_generation)
                return;   // a newer filter, order or page is on its way
            if (!r.rows || (withTotals && !r.totals)) {
                emit failed(r.error);
                return;
            }
            beginResetModel();
            m_rows = std::move(*r.rows);
            if (r.totals)
                m_totals = *r.totals;
            endResetModel();
            emit loaded();
        });
}

}   // namespace tl
