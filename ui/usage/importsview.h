#pragma once

#include "io/importremoval.h"
#include "storage/importrepository.h"

#include <QWidget>

class QLabel;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace tl {

class DbWorker;
class EmptyState;

// The import history (Usage → Imports): every CSV import, newest first, with what it read and
// wrote; removed ones stay listed, greyed. "Remove Import…" undoes a standing one exactly (core
// removeImport, under the profile lock, on the worker thread) after saying what will happen.
class ImportsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportsView)

public:
    explicit ImportsView(DbWorker *worker, QWidget *parent = nullptr);

    void refresh();
    const QList<ImportRecord> &imports() const { return m_imports; }
    // Selects the import's row, now or once the next refresh lists it.
    void selectImport(qint64 importId);
    qint64 selectedImport() const;   // 0 when none

    enum class Confirm
    {
        Ask,   // the confirmation first (what the button does)
        No,    // already confirmed
    };
    // Removes a standing import; the outcome shows below the table and as importRemoved() or
    // removeFailed().
    void removeImport(qint64 importId, Confirm confirm = Confirm::Ask);
    QString message() const;
    // What a removal does, in the confirmation's words, from a rolled-back run of it.
    static QString consequences(const ImportRemoval &preview);
    static QString removedText(qint64 importId, const ImportRemoval &removed);   // the outcome

signals:
    void refreshed();
    void importRemoved(qint64 importId, const tl::ImportRemoval &removal);   // totals changed
    void removeFailed(qint64 importId, const QString &message);
    void importRequested();   // the empty state's "Import CSV…"

private:
    const ImportRecord *record(qint64 importId) const;
    void fill();
    void updateButtons();
    void run(qint64 importId, bool preview);
    void confirm(const ImportRecord &record, const ImportRemoval &preview);

    DbWorker *m_worker = nullptr;
    QList<ImportRecord> m_imports;
    qint64 m_pendingSelection = 0;
    bool m_busy = false;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_remove = nullptr;
    QMessageBox *m_confirmation = nullptr;
};

}   // namespace tl
