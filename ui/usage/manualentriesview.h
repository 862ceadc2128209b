#pragma once

#include "storage/manualentryrepository.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace tl {

class Clock;
class DbWorker;

// Manual entries: what is billed per seat or per month with no API (Copilot, ChatGPT Team, a
// GPU box) — a monthly amount or a one-off, added to every total and shown as "manual".
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
    QString formError() const;

signals:
    void changed();   // an entry was added or removed (totals changed)
    void refreshed();

private:
    DbWorker *m_worker = nullptr;
    const Clock *m_clock = nullptr;
    QList<ManualEntry> m_entries;
    QList<std::pair<qint64, QString>> m_accounts;
    QComboBox *m_account = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_recurrence = nullptr;
    QDateEdit *m_start = nullptr;
    QLabel *m_message = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

}   // namespace tl
