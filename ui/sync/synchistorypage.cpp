#include "synchistorypage.h"

#include "common/dates.h"
#include "common/emptystate.h"
#include "storage/dbworker.h"
#include "sync/syncruntext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl {

namespace {

QString statusText(SyncRun::Status status)
{
    switch (status) {
    case SyncRun::Status::Running:
        return SyncHistoryPage::tr("Running");
    case SyncRun::Status::Success:
        return SyncHistoryPage::tr("Success");
    case SyncRun::Status::Partial:
        return SyncHistoryPage::tr("Partial");
    case SyncRun::Status::Failed:
        return SyncHistoryPage::tr("Failed");
    case SyncRun::Status::Cancelled:
        return SyncHistoryPage::tr("Cancelled");
    }
    return {};
}

// What started the run, as stored ("manual", "scheduled", "startup", "cli"), for reading.
QString triggerText(const QString &trigger)
{
    if (trigger == u"manual")
        return SyncHistoryPage::tr("manual");
    if (trigger == u"scheduled")
        return SyncHistoryPage::tr("scheduled");
    if (trigger == u"startup")
        return SyncHistoryPage::tr("at start-up");
    if (trigger == u"cli")
        return SyncHistoryPage::tr("command line");
    return trigger;
}

}   // namespace

SyncHistoryPage::SyncHistoryPage(DbWorker *worker, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_account(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("syncHistoryPage"));
    m_account->setObjectName(QStringLiteral("historyAccountComboBox"));
    m_status->setObjectName(QStringLiteral("historyStatusComboBox"));
    m_table->setObjectName(QStringLiteral("syncHistoryTableView"));
    m_status->addItem(tr("All statuses"), QString());
    for (SyncRun::Status s : {SyncRun::Status::Success, SyncRun::Status::Partial, SyncRun::Status::Failed,
                              SyncRun::Status::Cancelled, SyncRun::Status::Running})
        m_status->addItem(statusText(s), SyncRun::statusName(s));
    m_account->addItem(tr("All accounts"), qint64(0));

    m_model->setHorizontalHeaderLabels({tr("When (local time)"), tr("Trigger"), tr("Account"), tr("Status"), tr("New"),
                                        tr("Updated"), tr("Days (UTC)"), tr("Duration"), tr("Message")});
    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *empty = new EmptyState(tr("No sync has run yet"),
                                 tr("Every sync is recorded here with its status, the records it created or updated, "
                                    "its duration and any error. Add an account, then press Sync Now (Ctrl+R)."),
                                 this);
    empty->setObjectName(QStringLiteral("syncHistoryEmptyState"));
    auto *list = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Account:"), list));
    filters->addWidget(m_account);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Status:"), list));
    filters->addWidget(m_status);
    filters->addStretch(1);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table, 1);
    // The chosen run's whole message (the newest run's at first): in the table it is cut to the
    // column the short columns leave it, shortest in a narrow window or a longer language.
    m_detail = new QLabel(list);
    m_detail->setObjectName(QStringLiteral("syncMessageLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    listLayout->addWidget(m_detail);
    m_stack->addWidget(empty);
    m_stack->addWidget(list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showMessageOf(current.isValid() ? current.row() : 0); });
    connect(m_account, &QComboBox::currentIndexChanged, this, &SyncHistoryPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SyncHistoryPage::applyFilter);
}

void SyncHistoryPage::refresh()
{
    m_worker->read([](QSqlDatabase db) { return SyncRunRepository(db).list(std::nullopt, 1000); }, this,
                   [this](QList<SyncRun> runs) { present(std::move(runs)); });
}

void SyncHistoryPage::present(QList<SyncRun> runs)
{
    m_runs = std::move(runs);
    const qint64 chosen = m_account->currentData().toLongLong();
    QSignalBlocker block(m_account);
    while (m_account->count() > 1)
        m_account->removeItem(1);
    QMap<qint64, QString> accounts;
    for (const SyncRun &r : std::as_const(m_runs))
        accounts.insert(r.accountId, r.accountLabel.isEmpty() ? tr("(removed account)") : r.accountLabel);
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it)
        m_account->addItem(it.value(), it.key());
    m_account->setCurrentIndex(std::max(0, m_account->findData(chosen)));
    m_stack->setCurrentIndex(m_runs.isEmpty() ? 0 : 1);
    applyFilter();
    emit refreshed();
}

void SyncHistoryPage::applyFilter()
{
    const qint64 account = m_account->currentData().toLongLong();
    const QString status = m_status->currentData().toString();
    m_model->removeRows(0, m_model->rowCount());
    const QBrush failed(QColor(0xfd, 0xe7, 0xe9));
    const QBrush partial(QColor(0xff, 0xf4, 0xd6));
    for (const SyncRun &r : std::as_const(m_runs)) {
        if ((account != 0 && r.accountId != account) || (!status.isEmpty() && SyncRun::statusName(r.status) != status))
            continue;
        // In the window's language, whatever language the run was synced in.
        const QString message = syncRunMessage(r);
        QList<QStandardItem *> row{
            new QStandardItem(momentText(r.startedAt)),
            new QStandardItem(triggerText(r.trigger)),
            new QStandardItem(r.accountLabel),
            new QStandardItem(statusText(r.status)),
            new QStandardItem(QString::number(r.created)),
            new QStandardItem(QString::number(r.updated)),
            new QStandardItem(r.windowFrom.isValid() ? r.windowFrom.toString(Qt::ISODate) + QStringLiteral(" – ") +
                                                           r.windowTo.toString(Qt::ISODate)
                                                     : QString()),
            new QStandardItem(tr("%1 s", "seconds").arg(QLocale().toString(double(r.durationMs) / 1000.0, 'f', 1))),
            new QStandardItem(message),
        };
        row.last()->setToolTip(message);
        for (int c : {4, 5, 7})
            row[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (r.status == SyncRun::Status::Failed || r.status == SyncRun::Status::Partial) {
            for (QStandardItem *item : row)
                item->setBackground(r.status == SyncRun::Status::Failed ? failed : partial);
            QFont bold = row[3]->font();
            bold.setBold(true);
            row[3]->setFont(bold);
        }
        m_model->appendRow(row);
    }
    // Fit the short columns to their text; the message takes the rest (its full text is the tooltip).
    for (int c = 0; c < m_model->columnCount() - 1; ++c)
        m_table->resizeColumnToContents(c);
    showMessageOf(0);
}

void SyncHistoryPage::showMessageOf(int row)
{
    const QStandardItem *item = m_model->item(row, m_model->columnCount() - 1);
    const QStandardItem *account = m_model->item(row, 2);
    m_detail->setText(item && account ? tr("%1: %2").arg(account->text(), item->text()) : QString());
}

int SyncHistoryPage::visibleRuns() const
{
    return m_model->rowCount();
}

}   // namespace tl
