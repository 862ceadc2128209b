// The Usage page's export: the current filter's rows to CSV or JSON, written on the worker thread.
#include "usagepage.h"

#include "common/privatefiles.h"
#include "storage/dbworker.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QLabel>
#include <QSaveFile>

namespace tl {

void UsagePage::chooseExport(ExportFormat format)
{
    const bool csv = format == ExportFormat::Csv;
    const QString suggested = QStringLiteral("tokenledger-usage-%1-to-%2.%3")
                                  .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate),
                                       csv ? QStringLiteral("csv") : QStringLiteral("json"));
    const QString path =
        QFileDialog::getSaveFileName(this, csv ? tr("Export usage as CSV") : tr("Export usage as JSON"), suggested,
                                     csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

void UsagePage::exportTo(const QString &path, ExportFormat format)
{
    m_message->setText(tr("Exporting…"));
    m_worker->run(
        [path, format, filter = currentFilter()](QSqlDatabase db) -> std::pair<qint64, QString> {
            // Written beside the target and renamed at the end: never a half-written export.
            QSaveFile file(path);
            if (!files::openPrivately(file))
                return {-1, file.errorString()};
            QString error;
            const qint64 rows = exportUsage(db, filter, format, file, &error);
            if (rows < 0) {
                file.cancelWriting();
                return {-1, error};
            }
            if (!file.commit())
                return {-1, file.errorString()};
            return {rows, {}};
        },
        this,
        [this, path](std::pair<qint64, QString> result) {
            if (result.first < 0)
                emit exportFailed(result.second);
            else
                emit exported(path, result.first);
        });
}

}   // namespace tl
