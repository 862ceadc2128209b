#include "pricingpage.h"

#include "common/dates.h"
#include "common/tables.h"
#include "overridedialog.h"
#include "pricetablemodel.h"
#include "pricing/pricingservice.h"
#include "providers/providercatalog.h"
#include "storage/dbworker.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace tl {

namespace {

// The provider column is at most this many average characters wide: the catalog's longest names
// ("HuggingFace (fireworks-ai)") are elided, with the whole name in a tooltip.
constexpr int ProviderCharacters = 16;

// Filters on the search text (model id or name) and the provider combo.
class PriceFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(const QString &search, const QString &provider)
    {
        setTerms(search, provider);
        invalidateFilter();
    }
    // For the next reset of the source model, which filters anew.
    void setTerms(const QString &search, const QString &provider)
    {
        m_search = search.trimmed().toLower();
        m_provider = provider;
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        const auto *model = static_cast<const PriceTableModel *>(sourceModel());
        const PriceRow &row = model->row(sourceRow);
        if (!m_provider.isEmpty() &&
            model->index(sourceRow, 0).data(PriceTableModel::ProviderRole).toString() != m_provider)
            return false;
        return m_search.isEmpty() || row.model.toLower().contains(m_search) ||
               row.modelName.toLower().contains(m_search) || row.providerName.toLower().contains(m_search);
    }

private:
    QString m_search;
    QString m_provider;
};

QString sourceText(const PricingSnapshot &s)
{
    const QString origin = s.source.origin == u"bundled" ? PricingPage::tr("bundled with TokenLedger")
                                                         : PricingPage::tr("loaded from %1").arg(s.source.origin);
    QString text = PricingPage::tr("Catalog: genai-prices, data of %1 (%2) — %3 models, %4 override(s).")
                       .arg(s.source.dataDate.isEmpty() ? PricingPage::tr("unknown date") : s.source.dataDate, origin)
                       .arg(QLocale().toString(s.catalogModels))
                       .arg(s.overrides);
    if (!s.source.loadedAt.isEmpty())
        text += QLatin1Char(' ') + PricingPage::tr("Loaded %1.").arg(s.source.loadedAt);
    return text;
}

}   // namespace

PricingPage::PricingPage(DbWorker *worker, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_source(new QLabel(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_unattributedNote(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_providerFilter(new QComboBox(this))
    , m_add(new QPushButton(tr("Add Override…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_status(new QLabel(this))
    , m_model(new PriceTableModel(this))
    , m_proxy(new PriceFilter(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("pricingPage"));
    m_source->setObjectName(QStringLiteral("catalogSourceLabel"));
    m_source->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);

    m_banner->setObjectName(QStringLiteral("unpricedBanner"));
    m_banner->setStyleSheet(QStringLiteral("QFrame#unpricedBanner { background: #fff4d6; border: 1px solid #e0b84a; "
                                           "border-radius: 6px; } QFrame#unpricedBanner QLabel { color: #5c4400; }"));
    m_bannerText->setObjectName(QStringLiteral("unpricedBannerLabel"));
    m_bannerText->setWordWrap(true);
    auto *priceThem = new QPushButton(tr("Price Them…"), m_banner);
    priceThem->setObjectName(QStringLiteral("priceUnpricedButton"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 8, 12, 8);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(priceThem);
    m_banner->hide();
    // Not a warning: nothing here can be priced, so it is said plainly, with no button.
    m_unattributedNote->setObjectName(QStringLiteral("unattributedNoteLabel"));
    m_unattributedNote->setWordWrap(true);
    m_unattributedNote->setForegroundRole(QPalette::PlaceholderText);
    m_unattributedNote->hide();

    m_search->setObjectName(QStringLiteral("pricingSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search models…"));
    m_search->setClearButtonEnabled(true);
    m_providerFilter->setObjectName(QStringLiteral("pricingProviderComboBox"));
    m_providerFilter->addItem(tr("All providers"), QString());
    m_add->setObjectName(QStringLiteral("addOverrideButton"));
    m_edit->setObjectName(QStringLiteral("editOverrideButton"));
    m_remove->setObjectName(QStringLiteral("removeOverrideButton"));
    m_status->setObjectName(QStringLiteral("pricingStatusLabel"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PriceTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("priceTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PriceTableModel::ProviderColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // Every row is measured, not a sample of 1,000 (the catalog has ~1,500): see fitColumns().
    m_table->horizontalHeader()->setResizeContentsPrecision(-1);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->viewport()->installEventFilter(this);
    fitColumns();   // the headings, until the catalog is read

    auto *footnote = new QLabel(tr("Prices in USD per 1M tokens, in force today (UTC). * Tiered: requests above a "
                                   "size threshold cost more; daily totals are priced at the base price. Price data "
                                   "© Pydantic Services Inc., MIT licence."),
                                this);
    footnote->setWordWrap(true);
    footnote->setForegroundRole(QPalette::PlaceholderText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_providerFilter, 1);
    filters->addStretch(1);
    filters->addWidget(m_add);
    filters->addWidget(m_edit);
    filters->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(m_banner);
    layout->addWidget(m_unattributedNote);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(footnote);

    connect(m_search, &QLineEdit::textChanged, this, &PricingPage::applyFilter);
    connect(m_providerFilter, &QComboBox::currentIndexChanged, this, &PricingPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PricingPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &PricingPage::editSelected);
    connect(m_add, &QPushButton::clicked, this, [this] {
        OverrideDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            saveOverride(dialog.result());
    });
    connect(m_edit, &QPushButton::clicked, this, &PricingPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &PricingPage::removeSelected);
    connect(priceThem, &QPushButton::clicked, this, &PricingPage::priceUnpriced);
    updateButtons();
}

void PricingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void PricingPage::refresh()
{
    // Read only when someone looks (issue 15): the catalog's parse is a 20–70 ms job that held up
    // the start-up's other reads, for a page that is not on screen; hidden, it remembers to.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QDate today = utcToday();
    m_worker->read([today](QSqlDatabase db) { return PricingSnapshot::load(db, today); }, this,
                   [this](PricingSnapshot snapshot) { present(std::move(snapshot)); });
}

void PricingPage::present(PricingSnapshot snapshot)
{
    m_snapshot = std::move(snapshot);
    m_source->setText(m_snapshot.error.isEmpty() ? sourceText(m_snapshot)
                                                 : tr("The price catalog could not be read: %1").arg(m_snapshot.error));

    // Keep the provider filter's choice across refreshes.
    const QString chosen = m_providerFilter->currentData().toString();
    QSignalBlocker block(m_providerFilter);
    while (m_providerFilter->count() > 1)
        m_providerFilter->removeItem(1);
    QMap<QString, QString> providers;
    for (const PriceRow &row : std::as_const(m_snapshot.rows))
        providers.insert(row.providerName,
                         row.isOverride ? PricingCatalog::catalogProviderId(row.provider) : row.provider);
    for (auto it = providers.cbegin(); it != providers.cend(); ++it) {
        if (m_providerFilter->findData(it.value()) < 0)
            m_providerFilter->addItem(it.key(), it.value());
    }
    m_providerFilter->setCurrentIndex(std::max(0, m_providerFilter->findData(chosen)));

    // Fitted to the whole catalog, whatever the search shows: those widths hold for any search, so
    // typing in it measures nothing and no column jumps. The reset filters with no terms.
    static_cast<PriceFilter *>(m_proxy)->setTerms({}, {});
    m_model->setRows(m_snapshot.rows);
    fitColumns();
    applyFilter();

    if (m_snapshot.unpriced.isEmpty()) {
        m_banner->hide();
    } else {
        QStringList names;
        for (const UnpricedModel &u :
             std::as_const(m_snapshot.unpriced).first(std::min<qsizetype>(3, m_snapshot.unpriced.size())))
            names.append(
                tr("%1 (%2, %3 tokens)").arg(u.model, providerDisplayName(u.provider), QLocale().toString(u.tokens)));
        if (m_snapshot.unpriced.size() > 3)
            names.append(tr("and %n more", nullptr, int(m_snapshot.unpriced.size() - 3)));
        m_bannerText->setText(tr("%n model(s) in your data have no price, so their usage is not counted in any "
                                 "cost: %1.",
                                 nullptr, int(m_snapshot.unpriced.size()))
                                  .arg(names.join(QStringLiteral(", "))));
        m_banner->show();
    }
    m_unattributedNote->setVisible(m_snapshot.unattributedTokens > 0);
    m_unattributedNote->setText(
        tr("%1 tokens are “(unattributed)”: usage the provider reported without a model name. That is no "
           "model to add a price for — its cost comes from the provider's billed amount, or cannot be estimated.")
            .arg(QLocale().toString(m_snapshot.unattributedTokens)));
    m_loaded = true;
    updateButtons();
    emit refreshed();
}

// Every column as wide as its widest cell (the provider at most ProviderCharacters), the model
// taking the room left but never less than its names up to 24 characters: in a narrow window the
// table scrolls sideways rather than cutting the model names (common/tables.h).
void PricingPage::fitColumns()
{
    fitColumnsToContents(m_table, PriceTableModel::ModelColumn,
                         {{PriceTableModel::ProviderColumn, ProviderCharacters}});
}

// A provider name cut short shows whole in a tooltip (the model gives none for that column).
bool PricingPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip && watched == m_table->viewport()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_table->indexAt(help->pos());
        if (index.column() == PriceTableModel::ProviderColumn && !index.data(Qt::ToolTipRole).isValid()) {
            const int room = m_table->columnWidth(index.column()) - (m_table->showGrid() ? 1 : 0);
            if (m_table->sizeHintForIndex(index).width() > room)
                QToolTip::showText(help->globalPos(), index.data().toString(), m_table->viewport(),
                                   m_table->visualRect(index));
            else
                QToolTip::hideText();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PricingPage::applyFilter()
{
    static_cast<PriceFilter *>(m_proxy)->setFilter(m_search->text(), m_providerFilter->currentData().toString());
}

const PriceRow *PricingPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->row(m_proxy->mapToSource(rows.first()).row());
}

void PricingPage::updateButtons()
{
    const PriceRow *row = selectedRow();
    m_edit->setEnabled(row != nullptr);
    m_remove->setEnabled(row && row->isOverride);
    m_edit->setText(row && !row->isOverride ? tr("Override…") : tr("Edit…"));
}

void PricingPage::editSelected()
{
    const PriceRow *row = selectedRow();
    if (!row)
        return;
    OverrideDialog dialog(this);
    if (row->isOverride) {
        dialog.setOverride(row->override);
    } else {
        // Start from the catalog's prices for that model.
        PriceOverride start;
        const QString ours = row->provider == u"x-ai" ? QStringLiteral("xai") : row->provider;
        start.provider = isKnownProvider(ours) ? ours : QStringLiteral("openrouter");
        start.model = row->model;
        start.effectiveFrom = QDate(2000, 1, 1);
        start.prices.input = row->input;
        start.prices.cacheRead = row->cachedInput;
        start.prices.cacheWrite5m = row->cacheWrite;
        start.prices.output = row->output;
        for (auto *price :
             {&start.prices.input, &start.prices.cacheRead, &start.prices.cacheWrite5m, &start.prices.output}) {
            if (*price)
                (*price)->tiers.clear();
        }
        dialog.setOverride(start);
    }
    if (dialog.exec() == QDialog::Accepted)
        saveOverride(dialog.result());
}

void PricingPage::removeSelected()
{
    const PriceRow *row = selectedRow();
    if (!row || !row->isOverride)
        return;
    const PriceOverride o = row->override;
    if (QMessageBox::question(this, tr("Remove Override"),
                              tr("Remove your price for %1 (%2) from %3? Its usage is re-priced from the catalog, or "
                                 "shown as unpriced if the catalog has no price.")
                                  .arg(o.model, providerDisplayName(o.provider), isoDay(o.effectiveFrom))) ==
        QMessageBox::Yes)
        removeOverride(o);
}

void PricingPage::priceUnpriced()
{
    if (m_snapshot.unpriced.isEmpty())
        return;
    const UnpricedModel &u = m_snapshot.unpriced.first();
    OverrideDialog dialog(this);
    dialog.setModel(u.provider, u.model);
    if (dialog.exec() == QDialog::Accepted)
        saveOverride(dialog.result());
}

void PricingPage::saveOverride(const PriceOverride &override)
{
    m_status->setText(tr("Saving the price and re-pricing stored usage…"));
    m_worker->run(
        [override](QSqlDatabase db) {
            PricingService service(db);
            service.setLockWait(0);   // never hold up the window's queries behind a running sync
            PricingService::RepriceResult result;
            if (!service.load(&result.error)) {
                result.ok = false;
                return result;
            }
            return service.setOverride(override);
        },
        this,
        [this](PricingService::RepriceResult result) {
            m_status->setText(!result.ok ? tr("The price was not saved: %1").arg(result.error)
                              : result.pending
                                  ? tr("Price saved; stored usage is re-priced as soon as the running "
                                       "sync or import has finished.")
                                  : tr("Price saved; %n stored row(s) re-priced.", nullptr, result.changed));
            refresh();
            if (result.ok)
                emit pricesChanged();
        });
}

void PricingPage::removeOverride(const PriceOverride &override)
{
    m_status->setText(tr("Removing the price and re-pricing stored usage…"));
    m_worker->run(
        [override](QSqlDatabase db) {
            PricingService service(db);
            service.setLockWait(0);
            PricingService::RepriceResult result;
            int removed = 0;
            if (service.load(&result.error))
                result = service.removeOverride(override.provider, override.model, override.effectiveFrom, &removed);
            else
                result.ok = false;
            return result;
        },
        this,
        [this](PricingService::RepriceResult result) {
            m_status->setText(!result.ok ? tr("The override was not removed: %1").arg(result.error)
                              : result.pending
                                  ? tr("Override removed; stored usage is re-priced as soon as the "
                                       "running sync or import has finished.")
                                  : tr("Override removed; %n stored row(s) re-priced.", nullptr, result.changed));
            refresh();
            if (result.ok)
                emit pricesChanged();
        });
}

}   // namespace tl
