#include "usagepage.h"

#include "agentbreakdownview.h"
#include "common/clock.h"
#include "common/emptystate.h"
#include "common/privatefiles.h"
#include "importdialog.h"
#include "importsview.h"
#include "manualentriesview.h"
#include "providers/providercatalog.h"
#include "qualityview.h"
#include "reconciliationview.h"
#include "storage/dbworker.h"
#include "storage/queryloop.h"
#include "usagetablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tl {

namespace {

QComboBox *combo(const QString &name, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    c->setMinimumContentsLength(10);
    c->setMaximumWidth(260);
    return c;
}

// Replaces a combo's items with "All" and `values`, keeping the current choice when it is still there.
void refill(QComboBox *box, const QString &all, const QList<std::pair<QString, QVariant>> &values)
{
    const QVariant current = box->currentData();
    box->clear();
    box->addItem(all, QVariant());
    for (const auto &[text, value] : values)
        box->addItem(text, value);
    const int index = current.isValid() ? box->findData(current) : 0;
    box->setCurrentIndex(std::max(0, index));
}

}   // namespace

UsagePage::UsagePage(DbWorker *worker, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_clock(clock)
    , m_model(new UsageTableModel(worker, this))
    , m_tabs(new QTabWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(tr("No usage rows yet"),
                             tr("Usage appears here after the first sync or import: one row per UTC day, model, "
                                "project and API key, with its tokens, requests and cost."),
                             this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_provider(combo(QStringLiteral("usageProviderComboBox"), this))
    , m_account(combo(QStringLiteral("usageAccountComboBox"), this))
    , m_modelFilter(combo(QStringLiteral("usageModelComboBox"), this))
    , m_project(combo(QStringLiteral("usageProjectComboBox"), this))
    , m_key(combo(QStringLiteral("usageKeyComboBox"), this))
    , m_status(combo(QStringLiteral("usageStatusComboBox"), this))
    , m_table(new QTableView(this))
    , m_pageLabel(new QLabel(this))
    , m_previous(new QPushButton(tr("‹ Previous"), this))
    , m_next(new QPushButton(tr("Next ›"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("usagePage"));
    m_empty->setObjectName(QStringLiteral("usageEmptyState"));
    m_empty->setAction(tr("Import a CSV…"));
    connect(m_empty, &EmptyState::actionTriggered, this, &UsagePage::openImport);
    const QDate today = m_clock->todayUtc();
    // The window's period (this month until the dashboard picks another; followPeriod()).
    m_period = Period::month(today);
    m_from->setDate(m_period.from);
    m_to->setDate(today);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("usageFromDateEdit"));
    m_to->setObjectName(QStringLiteral("usageToDateEdit"));
    refill(m_provider, tr("All providers"), {});
    refill(m_account, tr("All accounts"), {});
    refill(m_modelFilter, tr("All models"), {});
    refill(m_project, tr("All projects"), {});
    refill(m_key, tr("All API keys"), {});
    refill(m_status, tr("Any cost source"),
           {{tr("Estimated (tokens × price)"), costStatusName(CostStatus::Estimated)},
            {tr("Reported by the provider"), costStatusName(CostStatus::Reported)},
            {tr("Unpriced"), costStatusName(CostStatus::Unpriced)}});

    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(8);
    filters->addWidget(new QLabel(tr("From"), this), 0, 0);
    filters->addWidget(m_from, 0, 1);
    filters->addWidget(new QLabel(tr("to"), this), 0, 2);
    filters->addWidget(m_to, 0, 3);
    filters->addWidget(m_provider, 0, 4);
    filters->addWidget(m_account, 0, 5);
    filters->addWidget(m_status, 0, 6);
    filters->addWidget(m_modelFilter, 1, 1, 1, 3);
    filters->addWidget(m_project, 1, 4);
    filters->addWidget(m_key, 1, 5);
    auto *reset = new QPushButton(tr("Reset filters"), this);
    reset->setObjectName(QStringLiteral("usageResetButton"));
    filters->addWidget(reset, 1, 6);
    filters->setColumnStretch(7, 1);

    m_table->setObjectName(QStringLiteral("usageTableView"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(int(UsageColumn::Day), Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Money first: cost and its source right after the model, token counts after them.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(int(UsageColumn::Cost)), int(UsageColumn::Model) + 1);
    header->moveSection(header->visualIndex(int(UsageColumn::Status)), int(UsageColumn::Model) + 2);

    m_pageLabel->setObjectName(QStringLiteral("usagePageLabel"));
    m_previous->setObjectName(QStringLiteral("usagePreviousButton"));
    m_next->setObjectName(QStringLiteral("usageNextButton"));
    m_message->setObjectName(QStringLiteral("usageMessageLabel"));
    m_message->setWordWrap(true);
    auto *importButton = new QPushButton(tr("Import CSV…"), this);
    importButton->setObjectName(QStringLiteral("usageImportButton"));
    connect(importButton, &QPushButton::clicked, this, &UsagePage::openImport);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(QStringLiteral("usageExportCsvButton"));
    auto *json = new QPushButton(tr("Export JSON…"), this);
    json->setObjectName(QStringLiteral("usageExportJsonButton"));
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_previous);
    pager->addWidget(m_pageLabel);
    pager->addWidget(m_next);
    pager->addSpacing(12);
    pager->addWidget(m_message, 1);
    pager->addWidget(importButton);
    pager->addWidget(csv);
    pager->addWidget(json);

    auto *rowsTab = new QWidget(this);
    auto *rowsLayout = new QVBoxLayout(rowsTab);
    rowsLayout->setContentsMargins(0, 8, 0, 0);
    rowsLayout->addLayout(filters);
    rowsLayout->addWidget(m_table, 1);
    // The dashboard counts a provider's bill where there is one; rows are what usage cost.
    auto *costNote = new QLabel(tr("Rows show usage cost: tokens × catalog prices, or the cost a provider reported per "
                                   "row. Where a provider sends a bill (a cost API or a cost export), the dashboard "
                                   "counts the bill instead — Billed vs estimated shows the difference per day."),
                                rowsTab);
    costNote->setObjectName(QStringLiteral("usageCostNoteLabel"));
    costNote->setWordWrap(true);
    costNote->setForegroundRole(QPalette::PlaceholderText);
    rowsLayout->addWidget(costNote);
    rowsLayout->addLayout(pager);
    m_reconciliation = new ReconciliationView(worker, today, this);
    m_tabs->setObjectName(QStringLiteral("usageTabWidget"));
    m_tabs->addTab(rowsTab, tr("Rows"));
    m_tabs->addTab(m_reconciliation, tr("Billed vs estimated"));
    m_quality = new QualityView(worker, clock, this);
    m_tabs->addTab(m_quality, tr("Data quality"));
    m_imports = new ImportsView(worker, this);
    m_tabs->addTab(m_imports, tr("Imports"));
    connect(m_quality, &QualityView::showImportRequested, this, &UsagePage::showImports);
    connect(m_imports, &ImportsView::importRequested, this, &UsagePage::openImport);
    connect(m_imports, &ImportsView::importRemoved, this, [this](qint64 importId) {
        m_stayOnTabs = true;   // the outcome stays in view even when no usage is left
        emit importRemoved(importId);
    });
    m_manual = new ManualEntriesView(worker, clock, this);
    m_tabs->addTab(m_manual, tr("Manual entries"));
    connect(m_manual, &ManualEntriesView::changed, this, &UsagePage::manualEntriesChanged);
    // A tab of its own rather than filters on Rows: rows are daily rollups, while sessions and git
    // branches exist only per request, and each request is priced at its own long-context tier.
    m_agents = new AgentBreakdownView(worker, today, this);
    m_tabs->addTab(m_agents, tr("Coding agents"));
    // One date range for the page: the tab follows Rows and Rows follows the tab.
    connect(m_agents, &AgentBreakdownView::rangeChanged, this, [this](QDate from, QDate to) {
        if (m_from->date() != from || m_to->date() != to) {
            m_from->setDate(from);
            m_to->setDate(to);
        }
    });
    connect(m_from, &QDateEdit::dateChanged, m_agents, [this] { m_agents->setRange(m_from->date(), m_to->date()); });
    connect(m_to, &QDateEdit::dateChanged, m_agents, [this] { m_agents->setRange(m_from->date(), m_to->date()); });
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &UsagePage::applyFilter);
    for (QComboBox *box : {m_provider, m_account, m_modelFilter, m_project, m_key, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &UsagePage::applyFilter);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_filling = true;
        m_from->setDate(m_period.from);
        m_to->setDate(m_period.lastDayUpTo(m_clock->todayUtc()));
        for (QComboBox *box : {m_provider, m_account, m_modelFilter, m_project, m_key, m_status})
            box->setCurrentIndex(0);
        m_filling = false;
        applyFilter();
    });
    connect(m_previous, &QPushButton::clicked, this, [this] { m_model->setPage(m_model->page() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_model->setPage(m_model->page() + 1); });
    connect(m_model, &UsageTableModel::loaded, this, &UsagePage::updatePager);
    connect(m_model, &UsageTableModel::failed, this,
            [this](const QString &message) { m_message->setText(tr("Could not read usage: %1").arg(message)); });
    connect(csv, &QPushButton::clicked, this, [this] { chooseExport(ExportFormat::Csv); });
    connect(json, &QPushButton::clicked, this, [this] { chooseExport(ExportFormat::Json); });
    connect(this, &UsagePage::exported, this, [this](const QString &path, qint64 rows) {
        m_message->setText(tr("Exported %1 rows to %2").arg(QLocale().toString(rows), path));
    });
    connect(this, &UsagePage::exportFailed, this,
            [this](const QString &message) { m_message->setText(tr("Export failed: %1").arg(message)); });
}

void UsagePage::showManualEntries()
{
    m_stayOnTabs = true;
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(m_manual);
}

void UsagePage::showImports(qint64 importId)
{
    m_stayOnTabs = true;
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(m_imports);
    if (importId != 0)
        m_imports->selectImport(importId);
}

void UsagePage::showAgents()
{
    m_stayOnTabs = true;
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(m_agents);
}

void UsagePage::openImport()
{
    QList<std::pair<qint64, QString>> accounts;
    for (int i = 1; i < m_account->count(); ++i)
        accounts.append({m_account->itemData(i).toLongLong(), m_account->itemText(i)});
    auto *dialog = new ImportDialog(m_worker, accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_account->currentData().isValid())
        dialog->setAccount(m_account->currentData().toLongLong());
    connect(dialog, &ImportDialog::imported, this, [this](qint64 accountId, QDate firstDay, QDate lastDay) {
        showImported(accountId, firstDay, lastDay);
        emit dataImported(accountId);
    });
    connect(dialog, &ImportDialog::accountCreated, this, &UsagePage::accountCreated);
    dialog->open();
}

void UsagePage::showImported(qint64 accountId, QDate firstDay, QDate lastDay)
{
    m_filling = true;
    if (firstDay.isValid() && lastDay.isValid()) {
        m_from->setDate(firstDay);
        m_to->setDate(lastDay);
    }
    for (QComboBox *box : {m_provider, m_modelFilter, m_project, m_key, m_status})
        box->setCurrentIndex(0);
    const int index = m_account->findData(accountId);
    m_account->setCurrentIndex(std::max(0, index));
    m_pendingAccount = index < 0 ? accountId : 0;
    m_filling = false;
    m_stayOnTabs = true;
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(0);
    applyFilter();
}

void UsagePage::followPeriod(const Period &period)
{
    const QDate to = period.lastDayUpTo(m_clock->todayUtc());
    if (to < period.from)
        return;
    m_period = period;
    if (!m_refreshed) {
        // Before the page's first refresh nothing is read yet: that refresh reads these days.
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(period.from);
        m_to->setDate(to);
        m_reconciliation->setRange(period.from, to, false);
        m_agents->setRange(period.from, to, false);
        return;
    }
    m_filling = true;
    m_from->setDate(period.from);
    m_to->setDate(to);
    m_filling = false;
    m_reconciliation->setRange(period.from, to);
    applyFilter();
}

void UsagePage::showRows(QDate from, QDate to)
{
    m_filling = true;
    m_from->setDate(from);
    m_to->setDate(to);
    for (QComboBox *box : {m_provider, m_account, m_modelFilter, m_project, m_key, m_status})
        box->setCurrentIndex(0);
    m_filling = false;
    m_stayOnTabs = true;
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(0);
    m_reconciliation->setRange(from, to);
    applyFilter();
}

UsageFilter UsagePage::currentFilter() const
{
    UsageFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.provider = m_provider->currentData().toString();
    if (m_account->currentData().isValid())
        f.accountId = m_account->currentData().toLongLong();
    f.model = m_modelFilter->currentData().toString();
    f.project = m_project->currentData().toString();
    f.apiKeyId = m_key->currentData().toString();
    if (m_status->currentData().isValid())
        f.status = costStatusFromName(m_status->currentData().toString());
    return f;
}

void UsagePage::refresh()
{
    m_refreshed = true;
    struct Data
    {
        UsageFilterChoices choices;
        QList<std::pair<qint64, QString>> accounts;
        bool any = false;
        QString error;   // set when a read failed: then the lists are not the whole truth
    };
    m_worker->read(
        [](QSqlDatabase db) {
            Data d;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (q.exec(QStringLiteral("SELECT id, label, provider FROM accounts ORDER BY label"))) {
                while (q.next())
                    d.accounts.append({q.value(0).toLongLong(), q.value(1).toString() + QStringLiteral(" (") +
                                                                    providerDisplayName(q.value(2).toString()) +
                                                                    QLatin1Char(')')});
            }
            if (!sql::readSucceeded(q, &d.error))
                return d;
            // The import history counts too: it can be all there is (cost exports, a removed import).
            if (q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM usage_daily) OR EXISTS (SELECT 1 FROM imports)")) &&
                q.next())
                d.any = q.value(0).toBool();
            if (!sql::readSucceeded(q, &d.error))
                return d;
            if (auto choices = usageFilterChoices(db, &d.error))
                d.choices = std::move(*choices);
            return d;
        },
        this,
        [this](Data d) {
            // On a failed read the tabs stay, so the message below the table is seen.
            m_stack->setCurrentWidget(d.any || m_stayOnTabs || !d.error.isEmpty() ? static_cast<QWidget *>(m_tabs)
                                                                                  : m_empty);
            fillChoices(d.choices, d.accounts);
            m_manual->setAccounts(d.accounts);
            m_manual->refresh();
            applyFilter();
            if (!d.error.isEmpty())
                m_message->setText(tr("Could not read usage: %1").arg(d.error));
            m_reconciliation->refresh();
            m_quality->refresh();
            m_imports->refresh();
            m_agents->refresh();
        });
}

void UsagePage::fillChoices(const UsageFilterChoices &choices, const QList<std::pair<qint64, QString>> &accounts)
{
    m_filling = true;
    QList<std::pair<QString, QVariant>> providers;
    for (const ProviderInfo &p : knownProviders())
        providers.append({p.displayName, p.id});
    refill(m_provider, tr("All providers"), providers);
    QList<std::pair<QString, QVariant>> accountItems;
    for (const auto &[id, label] : accounts)
        accountItems.append({label, id});
    refill(m_account, tr("All accounts"), accountItems);
    if (m_pendingAccount != 0 && m_account->findData(m_pendingAccount) >= 0) {
        m_account->setCurrentIndex(m_account->findData(m_pendingAccount));
        m_pendingAccount = 0;
    }
    const auto items = [](const QStringList &values) {
        QList<std::pair<QString, QVariant>> out;
        for (const QString &v : values)
            out.append({v, v});
        return out;
    };
    refill(m_modelFilter, tr("All models"), items(choices.models));
    refill(m_project, tr("All projects"), items(choices.projects));
    refill(m_key, tr("All API keys"), items(choices.apiKeys));
    m_filling = false;
}

void UsagePage::applyFilter()
{
    if (m_filling)
        return;
    m_message->clear();
    m_model->setFilter(currentFilter());
}

void UsagePage::updatePager()
{
    const qint64 total = m_model->totals().rows;
    const qint64 first = m_model->page() * UsageTableModel::PageSize;
    m_pageLabel->setText(total == 0
                             ? tr("No rows match these filters on %1 – %2 (UTC days)")
                                   .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate))
                             : tr("Rows %1–%2 of %3")
                                   .arg(QLocale().toString(first + 1),
                                        QLocale().toString(first + m_model->rows().size()), QLocale().toString(total)));
    m_previous->setEnabled(m_model->page() > 0);
    m_next->setEnabled(m_model->page() + 1 < m_model->pageCount());
    // Fit the columns to the first page once; after that the user's widths stay.
    if (!m_table->property("fitted").toBool() && total > 0) {
        m_table->resizeColumnsToContents();
        // Room for the bold totals row, which is measured in the regular font.
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, m_table->columnWidth(c) + m_table->fontMetrics().averageCharWidth() * 2);
        m_table->setProperty("fitted", true);
    }
}

}   // namespace tl
