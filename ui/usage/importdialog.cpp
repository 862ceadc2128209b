#include "importdialog.h"

#include "importaccountpicker.h"

#include "io/csvproblemtext.h"
#include "io/csvreader.h"
#include "io/importinput.h"
#include "pricing/pricingservice.h"
#include "storage/dbworker.h"
#include "storage/profilelock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl {

namespace {

constexpr int PreviewRows = 20;
constexpr int LineRole = Qt::UserRole + 1;

QString formatDescription(CsvFormat f)
{
    switch (f) {
    case CsvFormat::Generic:
        return ImportDialog::tr("TokenLedger's generic usage format");
    case CsvFormat::OpenAiUsage:
        return ImportDialog::tr("OpenAI platform usage export");
    case CsvFormat::OpenAiCosts:
        return ImportDialog::tr("OpenAI platform cost export");
    case CsvFormat::AnthropicUsage:
        return ImportDialog::tr("Anthropic usage (Admin API field names)");
    case CsvFormat::AnthropicCosts:
        return ImportDialog::tr("Anthropic costs (Admin API field names)");
    case CsvFormat::AnthropicConsoleUsage:
        return ImportDialog::tr("Anthropic Console usage export");
    case CsvFormat::AnthropicConsoleCosts:
        return ImportDialog::tr("Anthropic Console cost export");
    case CsvFormat::GoogleBilling:
        return ImportDialog::tr("Google Cloud Billing report (Gemini / Vertex AI rows)");
    }
    return csvFormatName(f);   // a format added later: its name says enough
}

struct RunResult
{
    CsvImportResult result;
    QDate firstDay;
    QDate lastDay;
};

RunResult runOnWorker(QSqlDatabase db, const QString &path, CsvImportOptions options)
{
    RunResult out;
    CsvImportResult &r = out.result;
    // Recorded in the import history (Usage → Imports), which can undo it.
    ImportInput input;
    if (!input.open(path, &r.error))
        return out;
    // One writer per profile: a sync (here or in another process) finishes first.
    ProfileLock lock(ProfileLock::locationOf(db));
    if (!options.dryRun && !lock.tryLock(QStringLiteral("importing"))) {
        r.error = ImportDialog::tr("%1 is syncing or importing this profile; nothing was imported. Import again "
                                   "when it has finished.")
                      .arg(lock.holder().isEmpty() ? ImportDialog::tr("Another TokenLedger") : lock.holder());
        return out;
    }
    PricingService pricing(db);
    if (!pricing.load(&r.error))
        return out;
    if (!options.dryRun)
        options.source = input.source();
    r = importCsv(db, input.device(), options, pricing.catalog());
    out.firstDay = r.firstDay;
    out.lastDay = r.lastDay;
    return out;
}

}   // namespace

ImportDialog::ImportDialog(DbWorker *worker, const QList<std::pair<qint64, QString>> &accounts, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_account(new ImportAccountPicker(worker, accounts, this))
    , m_file(new QLineEdit(this))
    , m_formatLabel(new QLabel(this))
    , m_preview(new QStandardItemModel(this))
    , m_resultLabel(new QLabel(this))
    , m_keepGood(new QCheckBox(tr("Import the good rows and leave out the bad ones"), this))
    , m_checkButton(new QPushButton(tr("Check file"), this))
    , m_importButton(new QPushButton(tr("Import"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import CSV"));
    connect(m_account, &ImportAccountPicker::accountChanged, this, [this] {
        forgetResult();
        updateButtons();
    });
    connect(m_account, &ImportAccountPicker::canImportChanged, this, &ImportDialog::updateButtons);
    connect(m_account, &ImportAccountPicker::accountCreated, this, &ImportDialog::accountCreated);
    connect(m_account, &ImportAccountPicker::loaded, this, [this] {
        updateButtons();
        emit accountsLoaded();
        if (const std::optional<bool> pending = std::exchange(m_pendingRun, std::nullopt))
            run(*pending);
    });
    m_file->setObjectName(QStringLiteral("importFileLineEdit"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("Choose a CSV file…"));
    auto *browse = m_browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import CSV"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_formatLabel->setObjectName(QStringLiteral("importFormatLabel"));
    m_formatLabel->setWordWrap(true);
    m_mappingBox = buildMapping();

    m_previewView = buildPreview();
    m_resultLabel->setObjectName(QStringLiteral("importResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keepGood->setObjectName(QStringLiteral("importKeepGoodRowsCheckBox"));
    connect(m_keepGood, &QCheckBox::toggled, this,
            [this](bool on) { m_importButton->setText(on ? tr("Import good rows only") : tr("Import")); });
    m_checkButton->setObjectName(QStringLiteral("importCheckButton"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);

    auto *form = new QFormLayout;
    form->addRow(tr("Account"), m_account);
    form->addRow(tr("File"), fileRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    buttons->addButton(m_checkButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_formatLabel);
    layout->addWidget(m_mappingBox);
    layout->addWidget(m_previewView, 1);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_keepGood);
    layout->addWidget(buttons);
    resize(820, 560);
    updateButtons();
}

QTableView *ImportDialog::buildPreview()
{
    auto *preview = new QTableView(this);
    preview->setObjectName(QStringLiteral("importPreviewTable"));
    preview->setModel(m_preview);
    preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview->setWordWrap(false);
    // The vertical header shows the file's line numbers, as the check's messages name them.
    preview->verticalHeader()->setDefaultSectionSize(preview->fontMetrics().height() + 8);
    preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    preview->setMinimumHeight(180);
    return preview;
}

QWidget *ImportDialog::buildMapping()
{
    auto *box = new QWidget(this);
    m_mappingForm = new QFormLayout(box);
    m_mappingForm->setContentsMargins(0, 0, 0, 0);
    const std::pair<CsvField, QString> fields[] = {{CsvField::Date, tr("Date (UTC)")},
                                                   {CsvField::Model, tr("Model")},
                                                   {CsvField::InputTokens, tr("Input tokens")},
                                                   {CsvField::CachedTokens, tr("Cached input tokens")},
                                                   {CsvField::OutputTokens, tr("Output tokens")},
                                                   {CsvField::Requests, tr("Requests")},
                                                   {CsvField::CostUsd, tr("Cost (USD)")},
                                                   {CsvField::Project, tr("Project")},
                                                   {CsvField::ApiKey, tr("API key id")}};
    for (const auto &[field, label] : fields) {
        auto *combo = new QComboBox(box);
        combo->setObjectName(QStringLiteral("importMapping%1ComboBox").arg(int(field)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            forgetResult();
            updateButtons();
        });
        m_mappingCombos.insert(field, combo);
        m_mappingForm->addRow(label, combo);
    }
    box->hide();
    return box;
}

void ImportDialog::setAccount(qint64 accountId)
{
    m_account->setAccount(accountId);
}

qint64 ImportDialog::currentAccount() const
{
    return m_account->currentAccount();
}

void ImportDialog::createAccountForImports()
{
    m_account->createAccountForImports();
}

QString ImportDialog::formatProvider() const
{
    return m_format ? ImportAccountPicker::providerOfFormat(csvFormatName(*m_format)) : QString();
}

void ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(path);
    m_header.clear();
    m_preview->clear();
    m_previewProblems.clear();
    m_hasResult = false;
    m_firstDay = m_lastDay = {};
    m_resultLabel->clear();
    m_keepGood->setChecked(false);
    QFile file(path);
    m_readable = file.open(QIODevice::ReadOnly);
    CsvReader reader(file);
    QStringList row;
    if (m_readable && reader.next(&row) == CsvReader::Status::Record && row.size() >= 2) {
        m_header = row;
        m_preview->setHorizontalHeaderLabels(m_header);
        for (int i = 0; i < PreviewRows; ++i) {
            const CsvReader::Status status = reader.next(&row);
            if (status != CsvReader::Status::Record && status != CsvReader::Status::BrokenQuote &&
                status != CsvReader::Status::TooLong)
                break;
            if (status == CsvReader::Status::BrokenQuote)
                m_previewProblems.insert(reader.recordLine(), tr("broken quoting"));
            if (status == CsvReader::Status::TooLong)
                m_previewProblems.insert(reader.recordLine(), tr("longer than 1 MiB"));
            QList<QStandardItem *> items;
            for (const QString &value : std::as_const(row))
                items << new QStandardItem(QString(value).replace(QLatin1Char('\n'), QStringLiteral(" ↵ ")));
            while (items.size() < m_header.size())
                items << new QStandardItem;   // every cell can show the row's mark
            m_preview->appendRow(items);
            auto *line = new QStandardItem(QString::number(reader.recordLine()));
            line->setData(reader.recordLine(), LineRole);
            m_preview->setVerticalHeaderItem(m_preview->rowCount() - 1, line);
        }
    } else {
        m_readable = false;
    }
    markPreviewRows(m_previewProblems);
    m_previewView->resizeColumnsToContents();
    const int widest = m_previewView->fontMetrics().averageCharWidth() * 36;   // long names scroll, not the table
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_previewView->setColumnWidth(c, std::min(m_previewView->columnWidth(c), widest));
    m_format = m_readable ? detectCsvFormat(m_header) : std::nullopt;
    for (auto it = m_mappingCombos.begin(); it != m_mappingCombos.end(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->clear();
        it.value()->addItem(tr("(none)"), -1);
        for (int i = 0; i < m_header.size(); ++i)
            it.value()->addItem(m_header.at(i), i);
    }
    if (!m_readable) {
        m_formatLabel->setText(tr("This is not a CSV file TokenLedger can read: it needs a header row of "
                                  "comma-separated column names."));
        m_mappingBox->hide();
    } else if (m_format) {
        m_formatLabel->setText(tr("Detected: %1. Rows without a cost are priced from the catalog and marked "
                                  "estimated; re-importing the same file changes nothing.")
                                   .arg(formatDescription(*m_format)));
        m_mappingBox->hide();
    } else {
        m_formatLabel->setText(tr("TokenLedger does not know these columns. Map them below: a date and a model are "
                                  "needed; columns left at “(none)” count as zero."));
        m_mappingBox->show();
        // Guess by name where it is obvious.
        for (auto it = m_mappingCombos.begin(); it != m_mappingCombos.end(); ++it) {
            const auto *label = static_cast<QLabel *>(m_mappingForm->labelForField(it.value()));
            const QString field = label ? label->text().toLower().section(QLatin1Char(' '), 0, 0) : QString();
            for (int i = 0; i < m_header.size(); ++i) {
                if (!field.isEmpty() && m_header.at(i).trimmed().toLower() == field)
                    it.value()->setCurrentIndex(i + 1);
            }
        }
    }
    m_account->setProvider(formatProvider());
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const CsvMapping m = mapping();
    const bool ready = !m_busy && m_readable && m_account->count() > 0 &&
                       (m_format || (m.has(CsvField::Date) && m.has(CsvField::Model)));
    // A check (or an import) that found no good row leaves nothing to import.
    m_checkButton->setEnabled(ready);
    m_importButton->setEnabled(ready && m_account->canImport() && !(m_hasResult && m_nothingToImport));
    m_keepGood->setEnabled(!m_busy && m_hasResult && m_result.badRowCount > 0 && m_result.goodRows > 0);
    m_account->setEnabled(!m_busy);
    m_browse->setEnabled(!m_busy);
    m_mappingBox->setEnabled(!m_busy);
}

void ImportDialog::forgetResult()
{
    if (!m_hasResult)
        return;
    // The check was for another account or mapping: its verdict no longer holds.
    m_hasResult = false;
    m_firstDay = m_lastDay = {};
    m_result = {};
    m_resultLabel->clear();
    m_keepGood->setChecked(false);
    markPreviewRows(m_previewProblems);
}

void ImportDialog::markPreviewRows(const QHash<qint64, QString> &badLines)
{
    const QBrush bad(QColor(220, 38, 38, 56));   // translucent: readable on light and dark palettes
    for (int r = 0; r < m_preview->rowCount(); ++r) {
        QStandardItem *header = m_preview->verticalHeaderItem(r);
        const qint64 line = header ? header->data(LineRole).toLongLong() : 0;
        const auto it = badLines.constFind(line);
        const bool isBad = it != badLines.cend();
        const QString tip = isBad ? tr("Line %1: %2").arg(line).arg(*it) : QString();
        for (int c = 0; c < m_preview->columnCount(); ++c) {
            if (QStandardItem *item = m_preview->item(r, c)) {
                item->setBackground(isBad ? bad : QBrush());
                item->setToolTip(tip);
            }
        }
        if (header) {
            header->setText(isBad ? QStringLiteral("⚠ %1").arg(line) : QString::number(line));
            header->setToolTip(tip);
        }
    }
}

QString ImportDialog::formatText() const
{
    return m_formatLabel->text();
}

int ImportDialog::previewRows() const
{
    return m_preview->rowCount();
}

void ImportDialog::mapColumn(CsvField field, int column)
{
    if (QComboBox *combo = m_mappingCombos.value(field))
        combo->setCurrentIndex(std::max(0, combo->findData(column)));
}

CsvMapping ImportDialog::mapping() const
{
    CsvMapping m;
    for (auto it = m_mappingCombos.cbegin(); it != m_mappingCombos.cend(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0)
            m.columns.insert(it.key(), column);
    }
    return m;
}

void ImportDialog::check()
{
    run(true);
}

void ImportDialog::runImport()
{
    run(false);
}

void ImportDialog::run(bool dryRun)
{
    if (!m_account->isLoaded()) {
        m_pendingRun = dryRun;   // once the accounts are read and the fitting one is chosen
        return;
    }
    if (!(dryRun ? m_checkButton : m_importButton)->isEnabled())
        return;
    CsvImportOptions options;
    options.accountId = currentAccount();
    options.dryRun = dryRun;
    options.keepGoodRows = dryRun || m_keepGood->isChecked();   // a check always reports every row
    if (!m_format)
        options.mapping = mapping();
    m_busy = true;
    updateButtons();
    m_resultLabel->setText(dryRun ? tr("Checking every row…") : tr("Importing…"));
    m_worker->run([path = m_path, options](QSqlDatabase db) { return runOnWorker(db, path, options); }, this,
                  [this, dryRun, path = m_path, account = options.accountId](RunResult out) {
                      m_busy = false;
                      m_result = out.result;
                      // The account may have changed meanwhile (one created for imports): then this
                      // verdict is not about the chosen account and file.
                      m_hasResult = account == currentAccount() && path == m_path;
                      // A refused lock or an unreadable price list says nothing about the rows.
                      m_nothingToImport = (dryRun || m_result.rows > 0) && m_result.goodRows == 0;
                      m_firstDay = out.firstDay;
                      m_lastDay = out.lastDay;
                      QHash<qint64, QString> badLines = m_previewProblems;
                      for (const CsvBadRow &bad : std::as_const(m_result.badRows))
                          badLines.insert(bad.line, translatedCsvProblem(bad.reason));
                      if (path == m_path)
                          markPreviewRows(badLines);
                      showResult(m_result, dryRun);
                      updateButtons();
                      if (dryRun) {
                          emit checked();
                      } else if (m_result.written) {
                          m_closeButton->setDefault(true);
                          emit imported(account, m_firstDay, m_lastDay);
                      }
                  });
}

void ImportDialog::showResult(const CsvImportResult &r, bool dryRun)
{
    if (!r.error.isEmpty() && r.rows == 0) {
        m_resultLabel->setText(tr("Not imported: %1").arg(translatedCsvProblem(r.error).toHtmlEscaped()));
        return;
    }
    QString text = tr("%1 rows: %2 good, %3 bad").arg(r.rows).arg(r.goodRows).arg(r.badRowCount);
    if (r.skippedRows)
        text += tr(", %1 skipped (other Google Cloud services)").arg(r.skippedRows);
    text += QLatin1Char('.');
    if (m_firstDay.isValid() && (dryRun || r.written))
        text += QLatin1Char(' ') + (m_firstDay == m_lastDay
                                        ? tr("The good rows are for %1.").arg(m_firstDay.toString(Qt::ISODate))
                                        : tr("The good rows cover %1 to %2.")
                                              .arg(m_firstDay.toString(Qt::ISODate), m_lastDay.toString(Qt::ISODate)));
    for (qsizetype i = 0; i < std::min<qsizetype>(r.badRows.size(), 8); ++i)
        text += QStringLiteral("<br>") + tr("Line %1: %2")
                                             .arg(r.badRows.at(i).line)
                                             .arg(translatedCsvProblem(r.badRows.at(i).reason).toHtmlEscaped());
    if (r.badRowCount > 8)
        text += QStringLiteral("<br>") + tr("… and %1 more bad rows.").arg(r.badRowCount - 8);
    if (dryRun && r.goodRows == 0) {
        text += QStringLiteral("<br><b>") + tr("There is no good row to import.") + QStringLiteral("</b>");
    } else if (dryRun) {
        text += QStringLiteral("<br>") + (r.badRowCount ? tr("Fix the file, or tick the box below to import only "
                                                             "the good rows (marked rows are left out).")
                                                        : tr("Everything can be imported."));
    } else if (r.written && r.importId == 0 && r.sameFileImportId != 0) {
        text += QStringLiteral("<br><b>") +
                tr("This file was imported before (import %1): nothing changed.").arg(r.sameFileImportId) +
                QStringLiteral("</b>");
    } else if (r.written) {
        text += QStringLiteral("<br><b>") +
                tr("Imported: %1 new, %2 updated, %3 unchanged rows.")
                    .arg(r.usageCreated + r.costsCreated)
                    .arg(r.usageUpdated + r.costsUpdated)
                    .arg(r.usageUnchanged + r.costsUnchanged) +
                QStringLiteral("</b> ") + tr("Recorded as import %1: Usage → Imports can undo it.").arg(r.importId);
        if (r.sameFileImportId != 0)
            text += QLatin1Char(' ') + tr("The same file was imported before (import %1).").arg(r.sameFileImportId);
    } else {
        text += QStringLiteral("<br><b>") +
                tr("Nothing was imported: %1").arg(translatedCsvProblem(r.error).toHtmlEscaped()) +
                QStringLiteral("</b>");
    }
    m_resultLabel->setText(text);
}

}   // namespace tl
