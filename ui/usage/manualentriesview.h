#pragma once

#include "storage/manualentryrepository.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace tl {

class Clock;
class DbWorker;
class FieldHint;
class ManualEntryDialog;

// Manual entries: what is billed per seat or per month with no API (Copilot, ChatGPT Team, a
// GPU box) — a monthly amount or a one-off, added to every total and shown as "manual". Entries
// are edited and ended without losing their past charges; removing one says what history goes.
class ManualEntriesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualEntriesView)

public:
    ManualEntriesView(DbWorker *worker, const Clock *clock, QWidget *parent = nullptr);

    void setAccounts(const QList<std::pair<qint64, QString>> &accounts);
    void refresh();
    const QList<ManualEntry> &entries() const { return m_entries; }
    // Adds the entry described by the form; the result arrives as changed() or a message.
    void addFromForm();
    void removeEntry(qint64 id);
    // Opens the edit dialog for an entry (`ending`: to end it); saving goes through saveEdit().
    void editEntry(qint64 id, bool ending = false);
    void saveEdit(const ManualEntry &entry, ManualEntryRepository::EditScope scope);
    // Asks first, saying how many charges and how much money go with it (or offers to end it).
    void confirmRemove(qint64 id);
    QString formError() const;

signals:
    void changed();   // an entry was added or removed (totals changed)
    void refreshed();

private:
    qint64 selectedId() const;
    const ManualEntry *entry(qint64 id) const;
    void updateButtons();

    DbWorker *m_worker = nullptr;
    const Clock *m_clock = nullptr;
    QList<ManualEntry> m_entries;
    QList<std::pair<qint64, QString>> m_accounts;
    QComboBox *m_account = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_recurrence = nullptr;
    QDateEdit *m_start = nullptr;
    FieldHint *m_labelHint = nullptr;
    FieldHint *m_amountHint = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_end = nullptr;
    QPushButton *m_remove = nullptr;
    ManualEntryDialog *m_dialog = nullptr;
    QMessageBox *m_confirmation = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

}   // namespace tl
