#pragma once

#include "io/csvimport.h"

#include <QDate>
#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace tl {

class DbWorker;
class ImportAccountPicker;

// Import a CSV into an account: choose the file and account, see the detected format and a
// preview, map the columns of an unknown layout, check the whole file (bad rows with line
// numbers and reasons, marked in the preview), then import everything or only the good rows.
// For a provider's own export it chooses an account of that provider (or offers to create one).
// The work runs on the database worker thread; nothing is half-imported.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    // `accounts` (id, shown label) fill the account list at once (see ImportAccountPicker).
    ImportDialog(DbWorker *worker, const QList<std::pair<qint64, QString>> &accounts, QWidget *parent = nullptr);

    void setFile(const QString &path);   // reads the header and a preview
    // A starting choice (the Usage page's account filter): kept for a file that fits any
    // account, replaced by a fitting account for a provider's export. A choice the user makes
    // in the list is never replaced.
    void setAccount(qint64 accountId);
    qint64 currentAccount() const;
    void check();   // a dry run over the whole file
    void runImport();
    // Adds an account of the export's provider, without a key, for imports, and chooses it.
    void createAccountForImports();
    const CsvImportResult &lastResult() const { return m_result; }
    // The first and last UTC day of the good rows of the last check or import (invalid if none).
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_lastDay; }
    QString formatText() const;
    // The provider id the detected format comes from ("openai", ...); empty when any account fits.
    QString formatProvider() const;
    int previewRows() const;
    // The mapping chosen in the dialog (for an unknown layout): field → column.
    CsvMapping mapping() const;
    void mapColumn(CsvField field, int column);

signals:
    void checked();
    // Rows were written; the days are those of the imported rows (invalid if unknown).
    void imported(qint64 accountId, QDate firstDay, QDate lastDay);
    void accountCreated(qint64 accountId);
    void accountsLoaded();

private:
    QWidget *buildMapping();
    QTableView *buildPreview();
    void updateButtons();
    void forgetResult();
    void markPreviewRows(const QHash<qint64, QString> &badLines);
    void run(bool dryRun);
    void showResult(const CsvImportResult &result, bool dryRun);

    DbWorker *m_worker = nullptr;
    QString m_path;
    QStringList m_header;
    bool m_readable = false;
    std::optional<CsvFormat> m_format;
    CsvImportResult m_result;
    bool m_hasResult = false;   // m_result belongs to this file, account and mapping
    QDate m_firstDay;
    QDate m_lastDay;
    bool m_nothingToImport = false;     // a check read the file and found no good row
    bool m_busy = false;                // a check or an import is running
    std::optional<bool> m_pendingRun;   // check (true) or import (false) asked for before the accounts were read
    QHash<qint64, QString> m_previewProblems;   // line → reason the reader found while previewing
    ImportAccountPicker *m_account = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_formatLabel = nullptr;
    QWidget *m_mappingBox = nullptr;
    QFormLayout *m_mappingForm = nullptr;
    QHash<CsvField, QComboBox *> m_mappingCombos;
    QStandardItemModel *m_preview = nullptr;
    QTableView *m_previewView = nullptr;
    QLabel *m_resultLabel = nullptr;
    QCheckBox *m_keepGood = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

}   // namespace tl
