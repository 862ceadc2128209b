#include "manualentriesview.h"

#include "common/clock.h"
#include "common/dates.h"
#include "common/fieldhint.h"
#include "common/tables.h"
#include "manualentrydialog.h"
#include "providers/providercatalog.h"
#include "storage/dbworker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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
    m_amount->setPlaceholderText(tr("USD, e.g. %1").arg(Money::fromNanos(19'990'000'000).toEditString(locale())));
    m_amount->setMaximumWidth(120);
    m_recurrence->setObjectName(QStringLiteral("manualRecurrenceComboBox"));
    m_recurrence->addItem(tr("every month from"), ManualEntry::recurrenceName(ManualEntry::Recurrence::Monthly));
    m_recurrence->addItem(tr("once, on"), ManualEntry::recurrenceName(ManualEntry::Recurrence::Once));
    m_start->setObjectName(QStringLiteral("manualStartDateEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("manualAddButton"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("manualEditButton"));
    m_end = new QPushButton(tr("End…"), this);
    m_end->setObjectName(QStringLiteral("manualEndButton"));
    m_end->setToolTip(tr("Stop its monthly charge from a day on; the charges so far stay."));
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setObjectName(QStringLiteral("manualRemoveButton"));
    m_labelHint = new FieldHint(m_label, this);
    m_amountHint = new FieldHint(m_amount, this);
    m_message->setObjectName(QStringLiteral("manualMessageLabel"));
    m_message->setWordWrap(true);
    auto *intro = new QLabel(tr("For what no API reports: seats and subscriptions billed per month (Copilot, ChatGPT "
                                "Team), or a one-off cost (a GPU box for local models). Amounts are in USD, added "
                                "to every total and shown as manual."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    // The fields in a row, each one's message right under it.
    auto *form = new QGridLayout;
    form->setVerticalSpacing(2);
    form->addWidget(m_account, 0, 0);
    form->addWidget(m_label, 0, 1);
    form->addWidget(m_amount, 0, 2);
    form->addWidget(m_recurrence, 0, 3);
    form->addWidget(m_start, 0, 4);
    form->addWidget(add, 0, 5);
    form->addWidget(m_labelHint, 1, 1);
    form->addWidget(m_amountHint, 1, 2, 1, 3, Qt::AlignTop);
    form->setColumnStretch(1, 1);
    m_table->setObjectName(QStringLiteral("manualTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_edit);
    bottom->addWidget(m_end);
    bottom->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    connect(add, &QPushButton::clicked, this, &ManualEntriesView::addFromForm);
    connect(m_edit, &QPushButton::clicked, this, [this] { editEntry(selectedId()); });
    connect(m_end, &QPushButton::clicked, this, [this] { editEntry(selectedId(), true); });
    connect(m_remove, &QPushButton::clicked, this, [this] { confirmRemove(selectedId()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ManualEntriesView::updateButtons);
    onRowActivation(m_table, [this](int row) { editEntry(m_model->index(row, 0).data(Qt::UserRole).toLongLong()); });
    const auto check = [this] {
        m_labelHint->setProblem(m_label->text().trimmed().isEmpty() ? tr("Say what it is.") : QString());
        m_amountHint->setProblem(manualAmountProblem(m_amount->text(), m_amount->locale()));
    };
    for (QLineEdit *edit : {m_label, m_amount})
        connect(edit, &QLineEdit::textChanged, this, check);
    check();
    updateButtons();
}

qint64 ManualEntriesView::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->index(current.row(), 0).data(Qt::UserRole).toLongLong() : 0;
}

const ManualEntry *ManualEntriesView::entry(qint64 id) const
{
    const auto it =
        std::find_if(m_entries.cbegin(), m_entries.cend(), [id](const ManualEntry &e) { return e.id == id; });
    return it == m_entries.cend() ? nullptr : &*it;
}

void ManualEntriesView::updateButtons()
{
    const ManualEntry *e = entry(selectedId());
    m_edit->setEnabled(e);
    m_remove->setEnabled(e);
    // Only a monthly entry still charging has something to end.
    m_end->setEnabled(e && e->recurrence == ManualEntry::Recurrence::Monthly && e->nextChargeDay(m_clock->todayUtc()));
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
    return manualAmountProblem(m_amount->text(), m_amount->locale());
}

void ManualEntriesView::addFromForm()
{
    const QString error = formError();
    if (!error.isEmpty()) {
        m_labelHint->reveal();
        m_amountHint->reveal();
        // A problem of a field shows under it; the rest (no account yet) here.
        m_message->setText(m_labelHint->problem().isEmpty() && m_amountHint->problem().isEmpty() ? error : QString());
        return;
    }
    ManualEntry e;
    e.accountId = m_account->currentData().toLongLong();
    e.label = m_label->text().trimmed();
    e.amount = *Money::parseLocalized(m_amount->text(), m_amount->locale()).value;
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
                // A fresh form: no messages until the user types again.
                m_labelHint->reset();
                m_amountHint->reset();
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

void ManualEntriesView::editEntry(qint64 id, bool ending)
{
    const ManualEntry *e = entry(id);
    if (!e)
        return;
    delete m_dialog;
    m_dialog = new ManualEntryDialog(*e, m_clock->todayUtc(), ending, this);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            saveEdit(m_dialog->entry(), m_dialog->scope());
        m_dialog->deleteLater();
        m_dialog = nullptr;
    });
    m_dialog->open();
}

void ManualEntriesView::saveEdit(const ManualEntry &edited, ManualEntryRepository::EditScope scope)
{
    const QDate today = m_clock->todayUtc();
    m_worker->run(
        [edited, today, scope](QSqlDatabase db) {
            QString problem;
            ManualEntryRepository repo(db);
            const bool ok = repo.update(edited, today, scope, &problem) > 0 && repo.materialize(today, &problem);
            return std::pair{ok, problem};
        },
        this,
        [this](std::pair<bool, QString> result) {
            m_message->setText(result.first ? tr("Saved.") : tr("Not saved: %1").arg(result.second));
            if (result.first)
                emit changed();
            refresh();
        });
}

void ManualEntriesView::confirmRemove(qint64 id)
{
    const ManualEntry *e = entry(id);
    if (!e)
        return;
    const QDate today = m_clock->todayUtc();
    const ManualEntry::History history = e->history(today);
    delete m_confirmation;
    m_confirmation = new QMessageBox(QMessageBox::Question, tr("Remove Manual Entry"), tr("Remove “%1”?").arg(e->label),
                                     QMessageBox::Cancel, this);
    m_confirmation->setObjectName(QStringLiteral("removeManualEntryMessageBox"));
    QString consequence =
        history.charges == 0
            ? tr("It has not charged anything yet.")
            : tr("Its history goes with it: the charges so far (%1, %2) leave every total.")
                  .arg(QLocale().toString(qlonglong(history.charges)), history.total.toDisplayString());
    const bool canEnd = e->recurrence == ManualEntry::Recurrence::Monthly && e->nextChargeDay(today);
    if (canEnd && history.charges > 0)
        consequence += QStringLiteral("\n\n") + tr("To stop its charges but keep the ones so far, end it instead.");
    m_confirmation->setInformativeText(consequence);
    QPushButton *remove = m_confirmation->addButton(history.charges > 0 ? tr("Remove with Its History") : tr("Remove"),
                                                    QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("manualRemoveConfirmButton"));
    QPushButton *end = nullptr;
    if (canEnd) {
        end = m_confirmation->addButton(tr("End Instead…"), QMessageBox::AcceptRole);
        end->setObjectName(QStringLiteral("manualEndInsteadButton"));
    }
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    m_confirmation->setWindowModality(Qt::WindowModal);
    connect(m_confirmation, &QMessageBox::finished, this, [this, id, remove, end] {
        QAbstractButton *clicked = m_confirmation->clickedButton();
        m_confirmation->deleteLater();
        m_confirmation = nullptr;
        if (clicked == remove)
            removeEntry(id);
        else if (end && clicked == end)
            editEntry(id, true);
    });
    m_confirmation->open();
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
                const QString when = e.recurrence == ManualEntry::Recurrence::Once
                                         ? tr("once on %1").arg(isoDay(e.start))
                                     : e.end ? tr("monthly from %1 to %2").arg(isoDay(e.start), isoDay(*e.end))
                                             : tr("monthly from %1").arg(isoDay(e.start));
                m_model->appendRow({what, new QStandardItem(account), new QStandardItem(e.amount.toDisplayString()),
                                    new QStandardItem(when),
                                    new QStandardItem(Money::fromNanos(e.amount.nanos() * charges).toDisplayString())});
            }
            updateButtons();
            m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
            m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
            emit refreshed();
        });
}

}   // namespace tl
