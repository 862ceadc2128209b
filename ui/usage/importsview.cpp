#include "importsview.h"

#include "common/dates.h"
#include "common/emptystate.h"
#include "common/tables.h"
#include "pricing/pricingservice.h"
#include "storage/dbworker.h"
#include "storage/profilelock.h"
#include "storage/sqlutil.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <optional>

namespace tl {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

// Cells have two lines (what, then its detail), so the table fits beside the sidebar.
enum Column
{
    IdColumn,
    WhenColumn,   // date, then local time
    FileColumn,   // file name, then format (and the same file imported as another import)
    AccountColumn,
    DaysColumn,      // first, then last UTC day
    RowsColumn,      // good of read, then bad and skipped
    WrittenColumn,   // new, then updated and unchanged
    StateColumn,     // active, or removed and when
};

// A moment, the window's one way: local time with its zone.
QString localTime(const QDateTime &t)
{
    return momentText(t);
}

QString days(const ImportRecord &r, const QString &separator = QStringLiteral(" – "))
{
    if (!r.firstDay.isValid())
        return QStringLiteral("—");
    return r.firstDay == r.lastDay ? isoDay(r.firstDay) : isoDay(r.firstDay) + separator + isoDay(r.lastDay);
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString rowsText(const ImportRecord &r)
{
    QString text = ImportsView::tr("%1 of %2").arg(number(r.rowsGood), number(r.rowsRead));
    QStringList left;
    if (r.rowsBad > 0)
        left << ImportsView::tr("%1 bad").arg(number(r.rowsBad));
    if (r.rowsSkipped > 0)
        left << ImportsView::tr("%1 skipped").arg(number(r.rowsSkipped));
    if (!left.isEmpty())
        text += u'\n' + left.join(QStringLiteral(", "));
    return text;
}

QString writtenText(const ImportRecord &r)
{
    QString text = ImportsView::tr("%1 new\n%2 updated")
                       .arg(number(r.usageCreated + r.costsCreated), number(r.usageUpdated + r.costsUpdated));
    if (const qint64 same = r.usageUnchanged + r.costsUnchanged; same > 0)
        text += ImportsView::tr(", %1 unchanged").arg(number(same));
    return text;
}

// Who else imported this very file (its SHA-256): re-imports are recognised.
QList<qint64> sameFile(const QList<ImportRecord> &imports, const ImportRecord &r)
{
    QList<qint64> out;
    for (const ImportRecord &other : imports) {
        if (other.id != r.id && !r.sha256.isEmpty() && other.sha256 == r.sha256)
            out << other.id;
    }
    std::sort(out.begin(), out.end());
    return out;
}

// For %n, which takes an int.
int plural(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, INT_MAX));
}

QString ids(const QList<qint64> &list)
{
    QStringList out;
    for (qint64 id : list)
        out << QString::number(id);
    return out.join(QStringLiteral(", "));
}

// Core removeImport under the profile lock, like an import. A preview runs it inside a
// transaction that is rolled back, so the confirmation states exactly what the removal will do.
ImportRemoval removeOnWorker(QSqlDatabase db, qint64 importId, bool preview)
{
    ImportRemoval out;
    ProfileLock lock(ProfileLock::locationOf(db));
    if (!lock.tryLock(preview ? QStringLiteral("checking an import removal") : QStringLiteral("removing an import"))) {
        out.error = ImportsView::tr("%1 is using this profile; nothing was removed. Try again when it has finished.")
                        .arg(lock.holder().isEmpty() ? ImportsView::tr("Another TokenLedger") : lock.holder());
        return out;
    }
    std::optional<sql::Savepoint> dryRun;
    if (preview) {
        dryRun.emplace(db, QStringLiteral("import_removal_preview"));
        if (!dryRun->isActive()) {
            out.error = dryRun->error();
            return out;
        }
    }
    PricingService pricing(db);
    if (!pricing.load(&out.error))
        return out;
    return tl::removeImport(db, importId, pricing.catalog());   // a preview's savepoint rolls it back
}

}   // namespace

ImportsView::ImportsView(DbWorker *worker, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(tr("No imports yet — File → Import CSV…"),
                             tr("Every CSV import is listed here with what it read and wrote, and can be removed "
                                "again: removing one takes out exactly the rows it added and puts back what it "
                                "overwrote."),
                             this))
    , m_model(new QStandardItemModel(this))
    , m_detail(new QLabel(this))
    , m_message(new QLabel(this))
    , m_remove(new QPushButton(tr("Remove Import…"), this))
{
    setObjectName(QStringLiteral("importsView"));
    m_empty->setObjectName(QStringLiteral("importsEmptyState"));
    m_empty->setAction(tr("Import CSV…"));
    connect(m_empty, &EmptyState::actionTriggered, this, &ImportsView::importRequested);
    m_table = readOnlyTable(m_model, QStringLiteral("importsTableView"), this);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() * 2 + 10);
    m_table->setTextElideMode(Qt::ElideMiddle);   // a long file name keeps its end (.csv)
    m_detail->setObjectName(QStringLiteral("importsDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("importsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_remove->setObjectName(QStringLiteral("removeImportButton"));
    m_remove->setEnabled(false);
    auto *intro = new QLabel(tr("Every CSV import, newest first. Removing one takes out exactly the rows it added "
                                "and puts back what it overwrote; it stays listed, as removed."),
                             this);
    intro->setObjectName(QStringLiteral("importsIntroLabel"));
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(intro);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_detail);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_remove, 0, Qt::AlignTop);
    listLayout->addLayout(bottom);
    m_stack->addWidget(list);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_stack);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ImportsView::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedImport())
            removeImport(id, Confirm::Ask);
    });
}

const ImportRecord *ImportsView::record(qint64 importId) const
{
    for (const ImportRecord &r : m_imports) {
        if (r.id == importId)
            return &r;
    }
    return nullptr;
}

void ImportsView::refresh()
{
    m_worker->run(
        [](QSqlDatabase db) {
            QString error;
            auto imports = ImportRepository(db).list(std::nullopt, true, &error);
            return std::pair{std::move(imports), error};
        },
        this,
        [this](std::pair<std::optional<QList<ImportRecord>>, QString> result) {
            if (!result.first) {
                // The last list stays; the message says it may be out of date.
                m_message->setText(tr("The import history could not be read: %1").arg(result.second));
                emit refreshed();
                return;
            }
            m_imports = std::move(*result.first);
            fill();
            emit refreshed();
        });
}

void ImportsView::fill()
{
    const qint64 selected = m_pendingSelection ? m_pendingSelection : selectedImport();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Import"), tr("Imported"), tr("File and format"), tr("Account"),
                                        tr("Days (UTC)"), tr("Rows good"), tr("Rows written"), tr("State")});
    m_model->horizontalHeaderItem(WhenColumn)->setToolTip(tr("When it was imported, in local time"));
    m_model->horizontalHeaderItem(RowsColumn)->setToolTip(tr("Good rows of the rows read; bad and skipped rows"));
    m_model->horizontalHeaderItem(WrittenColumn)
        ->setToolTip(tr("Rows it added, and rows it overwrote (updated, or written with the values they had)"));
    const QColor grey = palette().color(QPalette::PlaceholderText);
    for (const ImportRecord &r : std::as_const(m_imports)) {
        QString file = r.fileName + u'\n' + r.format;
        const QList<qint64> same = sameFile(m_imports, r);
        if (!same.isEmpty())
            file += tr(" · same file as %1").arg(ids(same));
        const QList<QStandardItem *> items{
            readOnlyItem(QString::number(r.id), r.id, Qt::AlignRight),
            readOnlyItem(localTime(r.importedAt)),
            readOnlyItem(file),
            readOnlyItem(r.account),
            readOnlyItem(days(r, QStringLiteral(" –\n"))),
            readOnlyItem(rowsText(r)),
            readOnlyItem(writtenText(r)),
            readOnlyItem(r.isActive() ? tr("Active") : tr("Removed\n%1").arg(localTime(r.removedAt)))};
        items.at(IdColumn)->setData(r.id, IdRole);
        items.at(FileColumn)->setToolTip(tr("%1 — %2 bytes, SHA-256 %3").arg(r.fileName, number(r.fileSize), r.sha256));
        if (!r.isActive()) {
            for (QStandardItem *item : items)
                item->setForeground(grey);
        }
        m_model->appendRow(items);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_stack->setCurrentIndex(m_imports.isEmpty() ? 1 : 0);
    m_pendingSelection = 0;
    selectImport(selected);
    updateButtons();
}

void ImportsView::selectImport(qint64 importId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, IdColumn)->data(IdRole).toLongLong() == importId) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
    }
    // Not listed yet (an import that just happened, or the list is still loading).
    m_pendingSelection = importId;
    m_table->clearSelection();
}

qint64 ImportsView::selectedImport() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->item(rows.first().row(), IdColumn)->data(IdRole).toLongLong();
}

QString ImportsView::message() const
{
    return m_message->text();
}

void ImportsView::updateButtons()
{
    const ImportRecord *r = record(selectedImport());
    m_remove->setEnabled(!m_busy && r && r->isActive());
    if (!r) {
        m_detail->setText(m_imports.isEmpty() ? QString() : tr("Select an import to see its file and to remove it."));
        return;
    }
    QString text = tr("Import %1: %2 (%3 bytes, SHA-256 %4…) into %5, imported %6 (local time).")
                       .arg(QString::number(r->id), r->fileName, number(r->fileSize), r->sha256.left(12), r->account,
                            localTime(r->importedAt));
    if (!r->isActive())
        text += QLatin1Char(' ') + tr("Removed %1: what it added is gone and what it overwrote is back. Importing "
                                      "the file again brings its rows back.")
                                       .arg(localTime(r->removedAt));
    m_detail->setText(text);
}

QString ImportsView::consequences(const ImportRemoval &preview)
{
    const QString takesOut = tr("takes out the %n row(s) it added", nullptr, plural(preview.deleted));
    const QString putsBack =
        tr("puts back the %n row(s) it overwrote, as they were before it", nullptr, plural(preview.restored));
    QString text;
    if (preview.deleted > 0 && preview.restored > 0)
        text = tr("Removing it %1 and %2.").arg(takesOut, putsBack);
    else if (preview.deleted > 0)
        text = tr("Removing it %1; nothing needs putting back.").arg(takesOut);
    else if (preview.restored > 0)
        text = tr("Removing it %1.").arg(putsBack);
    else if (preview.handedOver == 0)
        text = tr("No row is still as it left it; removing it only marks it removed.");
    // Imports stack key by key: where a later import wrote the same row again, its values stay.
    if (preview.handedOver > 0)
        text += QLatin1Char(' ') + tr("%n row(s) that a later import wrote again keep that import's values.", nullptr,
                                      plural(preview.handedOver));
    return text.trimmed() + QLatin1Char(' ') + tr("Totals, budgets and alerts follow.");
}

QString ImportsView::removedText(qint64 importId, const ImportRemoval &removed)
{
    QStringList parts;
    if (removed.deleted > 0)
        parts << tr("%n row(s) it added are gone", nullptr, plural(removed.deleted));
    if (removed.restored > 0)
        parts << tr("%n row(s) it overwrote are as they were before it", nullptr, plural(removed.restored));
    if (removed.handedOver > 0)
        parts << tr("%n row(s) a later import wrote again keep that import's values", nullptr,
                    plural(removed.handedOver));
    const QString text =
        parts.isEmpty() ? tr("Removed import %1; no row was still as it had left it.").arg(importId)
                        : tr("Removed import %1: %2.").arg(QString::number(importId), parts.join(QStringLiteral(", ")));
    return text + QLatin1Char(' ') + tr("Totals, budgets and alerts follow.");
}

void ImportsView::removeImport(qint64 importId, Confirm confirm)
{
    if (m_busy)
        return;
    const ImportRecord *r = record(importId);
    if (r && !r->isActive()) {
        const QString why = tr("Import %1 was already removed on %2; there is nothing to undo.")
                                .arg(importId)
                                .arg(localTime(r->removedAt));
        m_message->setText(why);
        emit removeFailed(importId, why);
        return;
    }
    if (confirm == Confirm::No || !r) {
        run(importId, false);   // without a listed record, core says what is wrong
        return;
    }
    run(importId, true);   // the confirmation follows with the exact counts
}

void ImportsView::confirm(const ImportRecord &r, const ImportRemoval &preview)
{
    delete m_confirmation;
    m_confirmation = new QMessageBox(
        QMessageBox::Question, tr("Remove Import"),
        tr("Remove import %1, %2 into %3 (%4)?").arg(QString::number(r.id), r.fileName, r.account, days(r)),
        QMessageBox::Cancel, this);
    m_confirmation->setObjectName(QStringLiteral("removeImportMessageBox"));
    m_confirmation->setInformativeText(consequences(preview) + QStringLiteral("\n\n") +
                                       tr("It stays listed as removed; importing the file again brings its rows "
                                          "back."));
    QPushButton *yes = m_confirmation->addButton(tr("Remove Import"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("removeImportConfirmButton"));
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    m_confirmation->setWindowModality(Qt::WindowModal);
    const qint64 importId = r.id;
    connect(m_confirmation, &QMessageBox::finished, this, [this, importId, yes] {
        const bool confirmed = m_confirmation->clickedButton() == yes;
        m_confirmation->deleteLater();
        m_confirmation = nullptr;
        if (confirmed)
            run(importId, false);
    });
    m_confirmation->open();
}

void ImportsView::run(qint64 importId, bool preview)
{
    m_busy = true;
    updateButtons();
    m_message->setText(preview ? tr("Working out what removing import %1 changes…").arg(importId)
                               : tr("Removing import %1…").arg(importId));
    m_worker->run([importId, preview](QSqlDatabase db) { return removeOnWorker(db, importId, preview); }, this,
                  [this, importId, preview](const ImportRemoval &removed) {
                      m_busy = false;
                      updateButtons();
                      if (!removed.ok) {
                          const QString why = tr("Import %1 was not removed: %2").arg(importId).arg(removed.error);
                          m_message->setText(why);
                          emit removeFailed(importId, why);
                          refresh();   // someone else may have removed it meanwhile
                      } else if (preview) {
                          m_message->clear();
                          if (const ImportRecord *r = record(importId))
                              confirm(*r, removed);
                      } else {
                          m_message->setText(removedText(importId, removed));
                          emit importRemoved(importId, removed);
                          refresh();
                      }
                  });
}

}   // namespace tl
