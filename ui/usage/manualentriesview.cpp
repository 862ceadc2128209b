#include "manualentriesview.h"

#include "common/clock.h"
#include "common/dates.h"
#include "providers/providercatalog.h"
#include "storage/dbworker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl {

ManualEntriesView::ManualEntriesView(DbWorker *worker, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_clock(clock)
    , m_account(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_recurrence(new QComboBox(this))
    , m_start(new QDateEdit(clock->todayUtc(), this))
    , m_message(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("manualEntriesView"));
    m_account->setObjectName(QStringLiteral("manualAccountComboBox"));
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_account->setMinimumContentsLength(16);
    m_label->setObjectName(QStringLiteral("manualLabelLineEdit"));
    m_label->setPlaceholderText(tr("e.g. GitHub Copilot Business, 5 seats"));
    m_amount->setObjectName(QStringLiteral("manualAmountLineEdit"));
    m_amount->setPlaceholderText(tr("USD, e.g. 95"));
    m_amount->setMaximumWidth(120);
    m_recurrence->setObjectName(QStringLiteral("manualRecurrenceComboBox"));
    m_recurrence->addItem(tr("every month from"), ManualEntry::recurrenceName(ManualEntry::Recurrence::Monthly));
    m_recurrence->addItem(tr("once, on"), ManualEntry::recurrenceName(ManualEntry::Recurrence::Once));
    m_start->setObjectName(QStringLiteral("manualStartDateEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("manualAddButton"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("manualRemoveButton"));
    m_message->setObjectName(QStringLiteral("manualMessageLabel"));
    m_message->setWordWrap(true);
    auto *intro = new QLabel(tr("For what no API reports: seats and subscriptions billed per month (Copilot, ChatGPT "
                                "Team), or a one-off cost (a GPU box for local models). Amounts are in USD, added "
                                "to every total and shown as manual."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QHBoxLayout;
    form->addWidget(m_account);
    form->addWidget(m_label, 1);
    form->addWidget(m_amount);
    form->addWidget(m_recurrence);
    form->addWidget(m_start);
    form->addWidget(add);
    m_table->setObjectName(QStringLiteral("manualTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    connect(add, &QPushButton::clicked, this, &ManualEntriesView::addFromForm);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            removeEntry(m_model->index(current.row(), 0).data(Qt::UserRole).toLongLong());
    });
}

void ManualEntriesView::setAccounts(const QList<std::pair<qint64, QString>> &accounts)
{
    m_accounts = accounts;
    const QVariant current = m_account->currentData();
    m_account->clear();
    for (const auto &[id, label] : accounts)
        m_account->addItem(label, id);
    int index = m_account->findData(current);
    for (int i = 0; index < 0 && i < m_account->count(); ++i) {
        if (m_account->itemText(i).contains(providerDisplayName(u"other")))
            index = i;   // seats and subscriptions usually belong to an "Other service" account
    }
    m_account->setCurrentIndex(std::max(0, index));
}

QString ManualEntriesView::formError() const
{
    if (m_account->count() == 0)
        return tr("Add an account first — an “Other service” account suits seats and subscriptions.");
    if (m_label->text().trimmed().isEmpty())
        return tr("Say what it is.");
    const Money::ParseResult amount = Money::parse(m_amount->text().trimmed().remove(QLatin1Char('$')));
    if (!amount.value || amount.inexact || amount.value->nanos() <= 0)
        return tr("The amount must be a positive number of US dollars.");
    return {};
}

void ManualEntriesView::addFromForm()
{
    const QString error = formError();
    if (!error.isEmpty()) {
        m_message->setText(error);
        return;
    }
    ManualEntry e;
    e.accountId = m_account->currentData().toLongLong();
    e.label = m_label->text().trimmed();
    e.amount = *Money::parse(m_amount->text().trimmed().remove(QLatin1Char('$'))).value;
    e.recurrence = ManualEntry::recurrenceFromName(m_recurrence->currentData().toString())
                       .value_or(ManualEntry::Recurrence::Monthly);
    e.start = m_start->date();
    const QDate today = m_clock->todayUtc();
    m_worker->run(
        [e, today](QSqlDatabase db) {
            QString problem;
            ManualEntryRepository repo(db);
            const bool ok = repo.add(e, &problem) > 0 && repo.materialize(today, &problem);
            return std::pair{ok, problem};
        },
        this,
        [this](std::pair<bool, QString> result) {
            m_message->setText(result.first ? tr("Added.") : tr("Not added: %1").arg(result.second));
            if (result.first) {
                m_label->clear();
                m_amount->clear();
                emit changed();
            }
            refresh();
        });
}

void ManualEntriesView::removeEntry(qint64 id)
{
    const QDate today = m_clock->todayUtc();
    m_worker->run(
        [id, today](QSqlDatabase db) {
            QString error;
            ManualEntryRepository repo(db);
            const bool ok = repo.remove(id, &error) && repo.materialize(today, &error);
            return std::pair{ok, error};
        },
        this,
        [this](std::pair<bool, QString> result) {
            m_message->setText(result.first ? tr("Removed; its charges are gone from every total.")
                                            : tr("Not removed: %1").arg(result.second));
            emit changed();
            refresh();
        });
}

void ManualEntriesView::refresh()
{
    const QDate today = m_clock->todayUtc();
    m_worker->run(
        [](QSqlDatabase db) {
            QString error;
            QList<ManualEntry> entries = ManualEntryRepository(db).list(&error);
            return std::pair{std::move(entries), error};
        },
        this,
        [this, today](std::pair<QList<ManualEntry>, QString> result) {
            auto &[entries, error] = result;
            if (!error.isEmpty())
                m_message->setText(tr("Manual entries could not be read: %1").arg(error));
            m_entries = std::move(entries);
            m_model->clear();
            m_model->setHorizontalHeaderLabels(
                {tr("What"), tr("Account"), tr("Amount"), tr("When"), tr("Charged so far")});
            for (const ManualEntry &e : std::as_const(m_entries)) {
                QString account = QString::number(e.accountId);
                for (const auto &[id, label] : std::as_const(m_accounts)) {
                    if (id == e.accountId)
                        account = label;
                }
                const qsizetype charges = e.chargeDays(today).size();
                auto *what = new QStandardItem(e.label);
                what->setData(e.id, Qt::UserRole);
                m_model->appendRow({what, new QStandardItem(account), new QStandardItem(e.amount.toDisplayString()),
                                    new QStandardItem(e.recurrence == ManualEntry::Recurrence::Monthly
                                                          ? tr("monthly from %1").arg(isoDay(e.start))
                                                          : tr("once on %1").arg(isoDay(e.start))),
                                    new QStandardItem(Money::fromNanos(e.amount.nanos() * charges).toDisplayString())});
            }
            m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
            m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
            emit refreshed();
        });
}

}   // namespace tl
