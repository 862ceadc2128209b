#include "importdialog.h"

#include "io/csvreader.h"
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
    return {};
}

}   // namespace

ImportDialog::ImportDialog(DbWorker *worker, const QList<std::pair<qint64, QString>> &accounts, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_account(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_formatLabel(new QLabel(this))
    , m_mappingBox(new QWidget(this))
    , m_preview(new QStandardItemModel(this))
    , m_resultLabel(new QLabel(this))
    , m_keepGood(new QCheckBox(tr("Import the good rows and leave out the bad ones"), this))
    , m_checkButton(new QPushButton(tr("Check file"), this))
    , m_importButton(new QPushButton(tr("Import"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import CSV"));
    m_account->setObjectName(QStringLiteral("importAccountComboBox"));
    for (const auto &[id, label] : accounts)
        m_account->addItem(label, id);
    m_file->setObjectName(QStringLiteral("importFileLineEdit"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("Choose a CSV file…"));
    auto *browse = new QPushButton(tr("Browse…"), this);
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

    m_mappingForm = new QFormLayout(m_mappingBox);
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
        auto *combo = new QComboBox(m_mappingBox);
        combo->setObjectName(QStringLiteral("importMapping%1ComboBox").arg(int(field)));
        m_mappingCombos.insert(field, combo);
        m_mappingForm->addRow(label, combo);
    }
    m_mappingBox->hide();

    auto *preview = new QTableView(this);
    preview->setObjectName(QStringLiteral("importPreviewTable"));
    preview->setModel(m_preview);
    preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview->verticalHeader()->hide();
    preview->setMinimumHeight(180);
    m_resultLabel->setObjectName(QStringLiteral("importResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keepGood->setObjectName(QStringLiteral("importKeepGoodRowsCheckBox"));
    m_keepGood->setEnabled(false);
    m_checkButton->setObjectName(QStringLiteral("importCheckButton"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_checkButton->setEnabled(false);
    m_importButton->setEnabled(false);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);

    auto *form = new QFormLayout;
    form->addRow(tr("Account"), m_account);
    form->addRow(tr("File"), fileRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_checkButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_formatLabel);
    layout->addWidget(m_mappingBox);
    layout->addWidget(preview, 1);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_keepGood);
    layout->addWidget(buttons);
    resize(820, 560);
}

void ImportDialog::setAccount(qint64 accountId)
{
    m_account->setCurrentIndex(std::max(0, m_account->findData(accountId)));
}

void ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(path);
    m_header.clear();
    m_preview->clear();
    m_resultLabel->clear();
    m_keepGood->setChecked(false);
    m_keepGood->setEnabled(false);
    QFile file(path);
    bool readable = file.open(QIODevice::ReadOnly);
    CsvReader reader(file);
    QStringList row;
    if (readable && reader.next(&row) == CsvReader::Status::Record && row.size() >= 2) {
        m_header = row;
        m_preview->setHorizontalHeaderLabels(m_header);
        for (int i = 0; i < PreviewRows; ++i) {
            const CsvReader::Status status = reader.next(&row);
            if (status != CsvReader::Status::Record && status != CsvReader::Status::BrokenQuote &&
                status != CsvReader::Status::TooLong)
                break;
            QList<QStandardItem *> items;
            if (status == CsvReader::Status::BrokenQuote)
                items << new QStandardItem(tr("⚠ line %1: broken quoting").arg(reader.recordLine()));
            if (status == CsvReader::Status::TooLong)
                items << new QStandardItem(tr("⚠ line %1: longer than 1 MiB").arg(reader.recordLine()));
            for (const QString &value : std::as_const(row))
                items << new QStandardItem(value);
            m_preview->appendRow(items);
        }
    } else {
        readable = false;
    }
    m_format = readable ? detectCsvFormat(m_header) : std::nullopt;
    for (auto it = m_mappingCombos.begin(); it != m_mappingCombos.end(); ++it) {
        QComboBox *combo = it.value();
        combo->clear();
        combo->addItem(tr("(none)"), -1);
        for (int i = 0; i < m_header.size(); ++i)
            combo->addItem(m_header.at(i), i);
    }
    if (!readable) {
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
            const QString field =
                m_mappingForm->labelForField(it.value())
                    ? static_cast<QLabel *>(m_mappingForm->labelForField(it.value()))->text().toLower()
                    : QString();
            for (int i = 0; i < m_header.size(); ++i) {
                if (!field.isEmpty() && m_header.at(i).trimmed().toLower() == field.section(QLatin1Char(' '), 0, 0))
                    it.value()->setCurrentIndex(i + 1);
            }
        }
    }
    if (m_account->count() == 0)
        m_formatLabel->setText(tr("Add an account first (Accounts page): the provider's, or an “Other service” "
                                  "account for seats, subscriptions and local models."));
    m_checkButton->setEnabled(readable && m_account->count() > 0);
    m_importButton->setEnabled(readable && m_account->count() > 0);
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
    CsvImportOptions options;
    options.accountId = m_account->currentData().toLongLong();
    options.dryRun = dryRun;
    options.keepGoodRows = dryRun || m_keepGood->isChecked();   // a check always reports every row
    if (!m_format) {
        const CsvMapping m = mapping();
        if (!m.has(CsvField::Date) || !m.has(CsvField::Model)) {
            m_resultLabel->setText(tr("Map at least the date and the model columns."));
            return;
        }
        options.mapping = m;
    }
    m_checkButton->setEnabled(false);
    m_importButton->setEnabled(false);
    m_resultLabel->setText(dryRun ? tr("Checking every row…") : tr("Importing…"));
    m_worker->run(
        [path = m_path, options](QSqlDatabase db) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                CsvImportResult r;
                r.error = file.errorString();
                return r;
            }
            // One writer per profile: a sync (here or in another process) finishes first.
            ProfileLock lock(db.databaseName());
            if (!options.dryRun && !lock.tryLock(QStringLiteral("importing"))) {
                CsvImportResult r;
                r.error = ImportDialog::tr("%1 is syncing or importing this profile; nothing was imported. Import "
                                           "again when it has finished.")
                              .arg(lock.holder().isEmpty() ? ImportDialog::tr("Another TokenLedger") : lock.holder());
                return r;
            }
            PricingService pricing(db);
            QString error;
            if (!pricing.load(&error)) {
                CsvImportResult r;
                r.error = error;
                return r;
            }
            return importCsv(db, file, options, pricing.catalog());
        },
        this,
        [this, dryRun, account = options.accountId](CsvImportResult result) {
            m_result = result;
            m_checkButton->setEnabled(true);
            m_importButton->setEnabled(true);
            showResult(result, dryRun);
            if (dryRun)
                emit checked();
            else if (result.written)
                emit imported(account);
        });
}

void ImportDialog::showResult(const CsvImportResult &r, bool dryRun)
{
    if (!r.error.isEmpty() && r.rows == 0) {
        m_resultLabel->setText(tr("Not imported: %1").arg(r.error));
        return;
    }
    QString text = tr("%1 rows: %2 good, %3 bad").arg(r.rows).arg(r.goodRows).arg(r.badRowCount);
    if (r.skippedRows)
        text += tr(", %1 skipped (other Google Cloud services)").arg(r.skippedRows);
    text += QLatin1Char('.');
    for (qsizetype i = 0; i < std::min<qsizetype>(r.badRows.size(), 8); ++i)
        text += QStringLiteral("<br>") +
                tr("Line %1: %2").arg(r.badRows.at(i).line).arg(r.badRows.at(i).reason.toHtmlEscaped());
    if (r.badRowCount > 8)
        text += QStringLiteral("<br>") + tr("… and %1 more bad rows.").arg(r.badRowCount - 8);
    if (dryRun) {
        text += QStringLiteral("<br>") +
                (r.badRowCount ? tr("Fix the file, or import only the good rows.") : tr("Everything can be imported."));
    } else if (r.written) {
        text += QStringLiteral("<br><b>") +
                tr("Imported: %1 new, %2 updated, %3 unchanged rows.")
                    .arg(r.usageCreated + r.costsCreated)
                    .arg(r.usageUpdated + r.costsUpdated)
                    .arg(r.usageUnchanged + r.costsUnchanged) +
                QStringLiteral("</b>");
    } else {
        text += QStringLiteral("<br><b>") + tr("Nothing was imported: %1").arg(r.error.toHtmlEscaped()) +
                QStringLiteral("</b>");
    }
    m_resultLabel->setText(text);
    m_keepGood->setEnabled(r.badRowCount > 0 && r.goodRows > 0);
}

}   // namespace tl
