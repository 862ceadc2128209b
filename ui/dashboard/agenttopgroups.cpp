#include "agenttopgroups.h"

#include "charts/chartstyle.h"
#include "common/tables.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl {

namespace {

enum Column
{
    NameColumn,
    SpendColumn,
    ValueColumn,
    RequestsColumn,
};

QStandardItem *moneyItem(Money amount)
{
    QStandardItem *item = readOnlyItem(amount.isZero() ? AgentTopGroupsView::tr("—") : amount.toDisplayString(),
                                       amount.nanos(), Qt::AlignRight);
    if (!amount.isZero())
        item->setToolTip(charts::exactMoneyText(amount.nanos()));
    return item;
}

}   // namespace

AgentTopGroups topAgentGroups(const AgentBreakdown &breakdown, qsizetype limit)
{
    AgentTopGroups out;
    out.rows = breakdown.rows.mid(0, limit);
    out.more = breakdown.rows.size() - out.rows.size();
    return out;
}

AgentTopGroupsView::AgentTopGroupsView(const QString &name, const QString &title, const QString &keyHeader,
                                       QWidget *parent)
    : QWidget(parent)
    , m_keyHeader(keyHeader)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(name + QStringLiteral("GroupsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(name + QStringLiteral("TitleLabel"));
    QFont f = heading->font();
    f.setWeight(QFont::DemiBold);
    heading->setFont(f);
    layout->addWidget(heading);

    m_table = readOnlyTable(m_model, name + QStringLiteral("TableView"), this);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideMiddle);   // long project paths keep both ends
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_table);

    m_more = new QLabel(this);
    m_more->setObjectName(name + QStringLiteral("MoreLabel"));
    m_more->setForegroundRole(QPalette::PlaceholderText);
    m_more->hide();
    layout->addWidget(m_more);
    layout->addStretch(1);
}

void AgentTopGroupsView::setGroups(const AgentTopGroups &groups)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {m_keyHeader, tr("Spend (API key)"), tr("Value (subscription)"), tr("Requests")});
    for (const AgentBreakdownRow &r : groups.rows) {
        QStandardItem *key = readOnlyItem(r.key.isEmpty() ? tr("(none recorded)") : r.key, r.key);
        key->setToolTip(r.key);
        m_model->appendRow({key, moneyItem(r.spend), moneyItem(r.value),
                            readOnlyItem(QLocale().toString(r.requests), r.requests, Qt::AlignRight)});
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c : {SpendColumn, ValueColumn, RequestsColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Every row shown, no scrolling: the table is at most a handful of lines.
    const int rows = int(groups.rows.size());
    m_table->setFixedHeight(header->sizeHint().height() + rows * m_table->verticalHeader()->defaultSectionSize() +
                            2 * m_table->frameWidth());

    m_more->setText(tr("… %1 more in Usage → Coding agents").arg(QLocale().toString(groups.more)));
    m_more->setVisible(groups.more > 0);
}

}   // namespace tl
