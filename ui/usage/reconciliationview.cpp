#include "reconciliationview.h"

#include "analytics/usagetable.h"
#include "charts/chartstyle.h"
#include "common/tables.h"
#include "providers/providercatalog.h"
#include "storage/dbworker.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl {

namespace {

QStandardItem *cell(const QString &text, const QVariant &sortKey = {}, bool number = false)
{
    return readOnlyItem(text, sortKey, number ? Qt::AlignRight : Qt::AlignLeft);
}

QTableView *table(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    QTableView *view = readOnlyTable(model, name, parent);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

}   // namespace

QStringList ReconciliationView::explanations(const ReconciliationRow &r)
{
    QStringList out;
    if (!r.hasBilled)
        out << tr("Nothing billed for this day yet: cost reports can lag a day or two, and some providers have none.");
    if (!r.hasUsage)
        out << tr("Billed without usage rows: charges that are not tokens (web search, code execution, fine-tuning, "
                  "images) or usage TokenLedger does not fetch.");
    if (r.unpricedTokens > 0)
        out << tr("%1 tokens of models without a known price are not in the estimate.")
                   .arg(QLocale().toString(r.unpricedTokens));
    if (!r.serviceTiers.isEmpty())
        out << tr("Used the %1 tier: estimates use standard prices (batch is usually billed at half, priority "
                  "above).")
                   .arg(r.serviceTiers.join(QStringLiteral(", ")));
    if (r.longContext)
        out << tr("Long-context requests (over 200k input tokens, as the Console export says): every token of them is "
                  "estimated at the long-context price, as Anthropic bills them.");
    if (r.credits.isNegative())
        out << tr("Credits or refunds of %1 lowered the bill.").arg(charts::exactMoneyText(-r.credits.nanos()));
    if (r.cacheWriteTokens > 0)
        out << tr("%1 cache-write tokens are estimated at cache-write prices.")
                   .arg(QLocale().toString(r.cacheWriteTokens));
    if (!r.accountsWithoutBill.isEmpty())
        out << tr("No bill from %1 this day: their usage is only in the estimate.")
                   .arg(r.accountsWithoutBill.join(QStringLiteral(", ")));
    return out;
}

ReconciliationView::ReconciliationView(DbWorker *worker, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_from(new QDateEdit(QDate(today.year(), today.month(), 1), this))
    , m_to(new QDateEdit(today, this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_onlyGaps(new QCheckBox(tr("Only highlighted days"), this))
    , m_summary(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_detailTitle(new QLabel(this))
    , m_detailModel(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("reconciliationView"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("reconciliationFromDateEdit"));
    m_to->setObjectName(QStringLiteral("reconciliationToDateEdit"));
    m_threshold->setObjectName(QStringLiteral("reconciliationThresholdSpinBox"));
    m_threshold->setRange(0, 100);
    m_threshold->setDecimals(1);
    m_threshold->setValue(5.0);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setToolTip(tr("Days whose billed and estimated amounts differ by more than this (and more than a "
                               "cent) are highlighted."));
    m_summary->setObjectName(QStringLiteral("reconciliationSummaryLabel"));
    m_summary->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addSpacing(16);
    filters->addWidget(new QLabel(tr("Highlight gaps over"), this));
    filters->addWidget(m_threshold);
    m_onlyGaps->setObjectName(QStringLiteral("reconciliationOnlyGapsCheckBox"));
    filters->addWidget(m_onlyGaps);
    filters->addStretch(1);

    m_table = table(m_model, QStringLiteral("reconciliationTable"), this);
    m_table->setSortingEnabled(true);
    m_model->setSortRole(Qt::UserRole);
    m_detail = table(m_detailModel, QStringLiteral("reconciliationDetailTable"), this);
    m_detailTitle->setObjectName(QStringLiteral("reconciliationDetailLabel"));
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setText(tr("Select a day to see the billed lines and usage rows behind it."));

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 6, 0, 0);
    bottomLayout->addWidget(m_detailTitle);
    bottomLayout->addWidget(m_detail, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &ReconciliationView::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ReconciliationView::refresh);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &ReconciliationView::present);
    connect(m_onlyGaps, &QCheckBox::toggled, this, &ReconciliationView::present);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const int source = m_model->index(current.row(), 0).data(Qt::UserRole + 1).toInt();
                if (source >= 0 && source < m_rows.size())
                    showDrillDown(m_rows.at(source));
            });
}

void ReconciliationView::setRange(QDate from, QDate to, bool read)
{
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    if (read)
        refresh();
}

void ReconciliationView::setThresholdBasisPoints(qint64 basisPoints)
{
    m_threshold->setValue(double(basisPoints) / 100);
}

void ReconciliationView::refresh()
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    m_worker->read(
        [from, to](QSqlDatabase db) {
            QString error;
            auto rows = reconcile(db, from, to, &error);
            return std::pair{std::move(rows), error};
        },
        this,
        [this](std::pair<std::optional<QList<ReconciliationRow>>, QString> result) {
            if (!result.first) {
                m_summary->setText(tr("Could not read the data: %1").arg(result.second));
                return;
            }
            m_rows = std::move(*result.first);
            present();
            emit refreshed();
        });
}

int ReconciliationView::gapCount() const
{
    const qint64 threshold = qRound64(m_threshold->value() * 100);
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [threshold](const ReconciliationRow &r) { return r.isGap(threshold); }));
}

void ReconciliationView::present()
{
    const qint64 threshold = qRound64(m_threshold->value() * 100);
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Day (UTC)"), tr("Provider"), tr("Billed"), tr("Estimated"),
                                        tr("Difference"), tr("Difference %"), tr("What explains it")});
    QColor gapColour(0xf2, 0xb8, 0x4b, 90);
    int gaps = 0;
    Money billed;
    Money estimated;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const ReconciliationRow &r = m_rows.at(i);
        const bool both = r.hasBilled && r.hasUsage;
        if (both) {
            billed = billed.checkedAdd(r.billed).value_or(billed);
            estimated = estimated.checkedAdd(r.estimated).value_or(estimated);
        }
        if (r.isGap(threshold))
            ++gaps;
        else if (m_onlyGaps->isChecked())
            continue;
        const auto bp = r.differenceBasisPoints();
        QList<QStandardItem *> row;
        row << cell(r.day.toString(Qt::ISODate)) << cell(providerDisplayName(r.provider))
            << cell(r.hasBilled ? r.billed.toDisplayString() : tr("—"), r.billed.nanos(), true)
            << cell(r.hasUsage ? r.estimated.toDisplayString() : tr("—"), r.estimated.nanos(), true)
            << cell(both ? r.difference().toDisplayString() : tr("—"), r.difference().nanos(), true)
            << cell(bp ? charts::percentText(*bp) + QStringLiteral(" %") : tr("—"), bp.value_or(0), true);
        const QStringList why = explanations(r);
        // Explanations only where there is something to explain; the drill-down always lists them.
        QString whyText;
        if (r.isGap(threshold))
            whyText =
                why.isEmpty() ? tr("Not known: check the prices on the Pricing page.") : why.join(QLatin1Char(' '));
        row << cell(whyText);
        row.first()->setData(int(i), Qt::UserRole + 1);
        row[2]->setToolTip(charts::exactMoneyText(r.billed.nanos()));
        row[3]->setToolTip(charts::exactMoneyText(r.estimated.nanos()));
        row[4]->setToolTip(charts::exactMoneyText(r.difference().nanos()));
        row.last()->setToolTip(why.join(QLatin1Char('\n')));
        if (r.isGap(threshold)) {
            for (QStandardItem *item : std::as_const(row))
                item->setBackground(gapColour);
        }
        m_model->appendRow(row);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (m_rows.isEmpty()) {
        m_summary->setText(tr("Nothing billed or used between %1 and %2 (UTC).")
                               .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
    } else {
        m_summary->setText(
            tr("On days with both figures, providers billed %1 against %2 estimated from tokens × prices. "
               "%3 of %4 day-and-provider rows are highlighted.")
                .arg(billed.toDisplayString(), estimated.toDisplayString())
                .arg(gaps)
                .arg(m_rows.size()));
    }
}

void ReconciliationView::setOnlyGaps(bool only)
{
    m_onlyGaps->setChecked(only);
}

void ReconciliationView::selectRow(int row)
{
    m_table->selectRow(row);
}

void ReconciliationView::showDrillDown(const ReconciliationRow &r)
{
    m_detailTitle->setText(
        tr("%1 on %2 (UTC)").arg(providerDisplayName(r.provider), r.day.toString(Qt::ISODate)) + QStringLiteral(" — ") +
        (explanations(r).isEmpty() ? tr("no known cause of a difference") : explanations(r).join(QLatin1Char(' '))));
    UsageFilter filter;
    filter.from = filter.to = r.day;
    filter.provider = r.provider;
    const QDate day = r.day;
    const QString provider = r.provider;
    struct Detail
    {
        std::optional<QList<BilledLine>> billed;
        std::optional<QList<UsageRow>> usage;
        QString error;
    };
    m_worker->read(
        [filter, day, provider](QSqlDatabase db) {
            Detail d;
            d.billed = billedLines(db, day, provider, &d.error);
            if (d.billed)
                d.usage = queryUsageRows(db, filter, UsageColumn::Cost, true, 0, 500, &d.error);
            return d;
        },
        this,
        [this](Detail d) {
            if (!d.error.isEmpty())
                m_detailTitle->setText(m_detailTitle->text() + QLatin1Char(' ') +
                                       tr("The lines behind it could not be read: %1").arg(d.error));
            m_detailModel->clear();
            m_detailModel->setHorizontalHeaderLabels(
                {tr("Kind"), tr("Account"), tr("Line item / model"), tr("Project"), tr("Tokens"), tr("Amount")});
            for (const BilledLine &b : d.billed.value_or(QList<BilledLine>{})) {
                const QString amount = b.currency == QStringLiteral("USD")
                                           ? charts::exactMoneyText(b.amount.nanos())
                                           : b.amount.toExactString(2) + QLatin1Char(' ') + b.currency;
                m_detailModel->appendRow({cell(tr("Billed")), cell(b.account), cell(b.lineItem), cell(b.project),
                                          cell(QString()), cell(amount, {}, true)});
            }
            for (const UsageRow &u : d.usage.value_or(QList<UsageRow>{})) {
                const qint64 tokens = u.inputTokens + u.cachedInputTokens + u.cacheWriteTokens + u.outputTokens;
                m_detailModel->appendRow(
                    {cell(u.status == CostStatus::Unpriced   ? tr("Usage (unpriced)")
                          : u.status == CostStatus::Reported ? tr("Usage (reported)")
                                                             : tr("Usage (estimated)")),
                     cell(u.account),
                     cell(u.serviceTier.isEmpty() ? u.model : tr("%1 (%2 tier)").arg(u.model, u.serviceTier)),
                     cell(u.project), cell(QLocale().toString(tokens), {}, true),
                     cell(u.cost ? charts::exactMoneyText(u.cost->nanos()) : tr("no price"), {}, true)});
            }
            m_detail->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
            m_detail->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
            emit drillDownLoaded();
        });
}

}   // namespace tl
