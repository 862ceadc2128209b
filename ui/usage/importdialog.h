#pragma once

#include "io/csvimport.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace tl {

class DbWorker;

// Import a CSV into an account: choose the file and account, see the detected format and a
// preview, map the columns of an unknown layout, check the whole file (bad rows with line
// numbers and reasons), then import everything or only the good rows. The work runs on the
// database worker thread; nothing is half-imported.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(DbWorker *worker, const QList<std::pair<qint64, QString>> &accounts, QWidget *parent = nullptr);

    void setFile(const QString &path);   // reads the header and a preview
    void setAccount(qint64 accountId);
    void check();   // a dry run over the whole file
    void runImport();
    const CsvImportResult &lastResult() const { return m_result; }
    QString formatText() const;
    int previewRows() const;
    // The mapping chosen in the dialog (for an unknown layout): field → column.
    CsvMapping mapping() const;
    void mapColumn(CsvField field, int column);

signals:
    void checked();
    void imported(qint64 accountId);

private:
    void run(bool dryRun);
    void showResult(const CsvImportResult &result, bool dryRun);

    DbWorker *m_worker = nullptr;
    QString m_path;
    QStringList m_header;
    std::optional<CsvFormat> m_format;
    CsvImportResult m_result;
    QComboBox *m_account = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_formatLabel = nullptr;
    QWidget *m_mappingBox = nullptr;
    QFormLayout *m_mappingForm = nullptr;
    QHash<CsvField, QComboBox *> m_mappingCombos;
    QStandardItemModel *m_preview = nullptr;
    QLabel *m_resultLabel = nullptr;
    QCheckBox *m_keepGood = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_importButton = nullptr;
};

}   // namespace tl
