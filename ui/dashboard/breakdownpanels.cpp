#include "breakdownpanels.h"

#include "charts/chartstyle.h"
#include "common/int128.h"
#include "common/tables.h"
#include "providers/providercatalog.h"
#include "storage/dbworker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl {

namespace {

using i128 = tl::Int128;

// As tall as its rows, up to a limit, then a scroll bar.
void fitHeight(QTableView *view, int rows, int maxHeight = 280)
{
    const int rowsHeight = view->verticalHeader()->defaultSectionSize() * rows;
    view->setFixedHeight(std::clamp(
        rowsHeight + view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth() + 2, 60, maxHeight));
}

QTableView *table(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    model->setSortRole(Qt::UserRole);
    QTableView *view = readOnlyTable(model, name, parent);
    view->setSortingEnabled(true);
    view->setShowGrid(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

// "12,345 (41.2 %)": a count and its share of `total`, the share in tenths of a percent, half up.
QString countWithShare(qint64 count, qint64 total)
{
    if (total <= 0 || count <= 0)
        return QLocale().toString(count);
    const qint64 permille = static_cast<qint64>((static_cast<i128>(count) * 2000 / total + 1) / 2);
    return QStringLiteral("%1 (%2 %)").arg(QLocale().toString(count), QLocale().toString(permille / 10.0, 'f', 1));
}

}   // namespace

GroupBreakdownPanel::GroupBreakdownPanel(DbWorker *worker, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_group(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_table(table(m_model, QStringLiteral("groupBreakdownTable"), this))
{
    setObjectName(QStringLiteral("groupBreakdownPanel"));
    m_group->setObjectName(QStringLiteral("groupBreakdownComboBox"));
    m_group->addItem(tr("By project / workspace"), int(UsageGroup::Project));
    m_group->addItem(tr("By API key"), int(UsageGroup::ApiKey));
    connect(m_group, &QComboBox::currentIndexChanged, this, &GroupBreakdownPanel::read);
    m_message->setObjectName(QStringLiteral("groupBreakdownMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
}

UsageGroup GroupBreakdownPanel::group() const
{
    return static_cast<UsageGroup>(m_group->currentData().toInt());
}

void GroupBreakdownPanel::setGroup(UsageGroup group)
{
    const int index = m_group->findData(int(group));
    if (index == m_group->currentIndex())
        read();
    else
        m_group->setCurrentIndex(index);
}

void GroupBreakdownPanel::setDays(QDate from, QDate to)
{
    m_from = from;
    m_to = to;
    read();
}

void GroupBreakdownPanel::read()
{
    if (!m_from.isValid() || !m_to.isValid())
        return;
    const quint64 generation = ++m_generation;
    const QDate from = m_from;
    const QDate to = m_to;
    const UsageGroup by = group();
    struct Result
    {
        QList<Share> shares;
        QString error;
    };
    m_worker->read(
        [from, to, by](QSqlDatabase db) {
            Result r;
            r.shares = usageByGroup(db, from, to, by, &r.error).value_or(QList<Share>{});
            return r;
        },
        this,
        [this, generation](Result r) {
            if (generation != m_generation)
                return;   // a newer period or grouping was asked for meanwhile
            m_shares = std::move(r.shares);
            present(r.error);
            emit loaded();
        });
}

void GroupBreakdownPanel::present(const QString &error)
{
    const bool projects = group() == UsageGroup::Project;
    m_model->clear();
    m_model->setHorizontalHeaderLabels({projects ? tr("Project / workspace") : tr("API key"), tr("Provider"),
                                        tr("Cost"), tr("Share"), tr("Tokens"), tr("Requests")});
    bool anyNamed = false;
    for (const Share &s : std::as_const(m_shares)) {
        const QString name = !s.label.isEmpty() ? s.label
                             : projects         ? tr("(no project reported)")
                                                : tr("(no key reported)");
        anyNamed = anyNamed || !s.label.isEmpty();
        auto *nameItem = readOnlyItem(name, name);
        nameItem->setToolTip(s.label.isEmpty() ? tr("Usage the provider or the file reported without one") : s.label);
        auto *cost = readOnlyItem(s.cost.toDisplayString(), s.cost.nanos(), Qt::AlignRight);
        cost->setToolTip(charts::exactMoneyText(s.cost.nanos()));
        m_model->appendRow(
            {nameItem, readOnlyItem(providerDisplayName(s.provider)), cost,
             readOnlyItem(charts::percentText(s.shareBasisPoints) + QStringLiteral(" %"), s.shareBasisPoints,
                          Qt::AlignRight),
             readOnlyItem(QLocale().toString(s.tokens), s.tokens, Qt::AlignRight),
             readOnlyItem(s.requests > 0 ? QLocale().toString(s.requests) : tr("—"), s.requests, Qt::AlignRight)});
    }
    fitColumnsToContents(m_table);
    fitHeight(m_table, int(m_model->rowCount()));
    if (!error.isEmpty())
        m_message->setText(tr("Could not read the breakdown: %1").arg(error));
    else if (m_shares.isEmpty())
        m_message->setText(tr("No usage in this period."));
    else if (!anyNamed)
        m_message->setText(projects ? tr("None of this period's usage names a project: OpenAI reports projects, "
                                         "Anthropic workspaces, and CSV imports their project column.")
                                    : tr("None of this period's usage names an API key: OpenAI and Anthropic report "
                                         "key ids when usage is grouped by key, CSV imports their key column."));
    else
        m_message->setText(tr("Usage cost, like the model breakdown; shares add up to exactly 100 %."));
}

TokenKindsTable::TokenKindsTable(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_table(table(m_model, QStringLiteral("tokenKindsTable"), this))
{
    setObjectName(QStringLiteral("tokenKindsView"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
}

void TokenKindsTable::setShares(const QList<Share> &byModel)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Model"), tr("Input (uncached)"), tr("Cache reads"), tr("Cache writes"), tr("Output"), tr("All tokens")});
    Share all;
    all.label = tr("All models");
    for (const Share &s : byModel) {
        all.inputTokens += s.inputTokens;
        all.cachedTokens += s.cachedTokens;
        all.cacheWriteTokens += s.cacheWriteTokens;
        all.outputTokens += s.outputTokens;
        all.tokens += s.tokens;
    }
    QList<Share> rows;
    if (!byModel.isEmpty())
        rows << all;
    rows << byModel;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Share &s = rows.at(i);
        QList<QStandardItem *> row;
        auto *name = readOnlyItem(i == 0 ? s.label : s.label + QStringLiteral(" · ") + providerDisplayName(s.provider),
                                  i == 0 ? QString() : s.label);
        row << name;
        for (qint64 count : {s.inputTokens, s.cachedTokens, s.cacheWriteTokens, s.outputTokens})
            row << readOnlyItem(countWithShare(count, s.tokens), count, Qt::AlignRight);
        row << readOnlyItem(QLocale().toString(s.tokens), s.tokens, Qt::AlignRight);
        if (i == 0) {
            for (QStandardItem *item : row) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        }
        m_model->appendRow(row);
    }
    fitColumnsToContents(m_table);
    fitHeight(m_table, int(m_model->rowCount()));
    m_message->setText(byModel.isEmpty()
                           ? tr("No tokens in this period.")
                           : tr("Each kind's share of the row's tokens. Cache reads are billed at a fraction of "
                                "input, cache writes above it; providers that report no cache split show it all "
                                "as input."));
}

}   // namespace tl
