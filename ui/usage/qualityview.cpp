#include "qualityview.h"

#include "common/clock.h"
#include "common/dates.h"
#include "common/tables.h"
#include "providers/providercatalog.h"
#include "storage/dbworker.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl {

namespace {

QString kindText(QualityFinding::Kind kind)
{
    switch (kind) {
    case QualityFinding::Kind::ForeignModel:
        return QualityView::tr("Model of another provider");
    case QualityFinding::Kind::ImpossibleValue:
        return QualityView::tr("Impossible value");
    case QualityFinding::Kind::DuplicateSources:
        return QualityView::tr("Counted from two sources");
    case QualityFinding::Kind::FutureDate:
        return QualityView::tr("Dated in the future");
    }
    return {};
}

QTableView *makeTable(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    QTableView *view = readOnlyTable(model, name, parent);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    return view;
}

QStandardItem *cell(const QString &text)
{
    return readOnlyItem(text);
}

}   // namespace

QualityView::QualityView(DbWorker *worker, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_clock(clock)
    , m_summary(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_rowsModel(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("qualityView"));
    m_summary->setObjectName(QStringLiteral("qualitySummaryLabel"));
    m_summary->setWordWrap(true);
    m_table = makeTable(m_model, QStringLiteral("qualityTable"), this);
    m_rows = makeTable(m_rowsModel, QStringLiteral("qualityRowsTable"), this);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("qualityDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showImport = new QPushButton(tr("Show Import"), this);
    m_showImport->setObjectName(QStringLiteral("qualityShowImportButton"));
    m_showImport->setToolTip(tr("The import in Usage → Imports, where it can be removed"));
    m_showImport->hide();
    connect(m_showImport, &QPushButton::clicked, this, [this] {
        if (m_importId != 0)
            emit showImportRequested(m_importId);
    });
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 6, 0, 0);
    auto *detailRow = new QHBoxLayout;
    detailRow->addWidget(m_detail, 1);
    detailRow->addWidget(m_showImport, 0, Qt::AlignTop);
    bottomLayout->addLayout(detailRow);
    bottomLayout->addWidget(m_rows, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() < m_findings.size()) {
                    const QualityFinding &f = m_findings.at(current.row());
                    m_detail->setText(f.description);
                    m_importId = f.importId;
                    m_showImport->setText(f.importId != 0 ? tr("Show Import %1").arg(f.importId) : tr("Show Import"));
                    m_showImport->setVisible(f.importId != 0);
                    showRows(f);
                }
            });
}

void QualityView::refresh()
{
    const QDate today = m_clock->todayUtc();
    m_worker->read(
        [today](QSqlDatabase db) {
            QString error;
            auto findings = checkDataQuality(db, today, &error);
            return std::pair{std::move(findings), error};
        },
        this,
        [this](std::pair<std::optional<QList<QualityFinding>>, QString> result) {
            m_model->clear();
            m_rowsModel->clear();
            m_importId = 0;
            m_showImport->hide();
            if (!result.first) {
                m_summary->setText(tr("The checks could not run: %1").arg(result.second));
                return;
            }
            m_findings = std::move(*result.first);
            m_model->setHorizontalHeaderLabels(
                {tr("Check"), tr("Account"), tr("Model"), tr("Days (UTC)"), tr("Rows"), tr("What to look at")});
            for (const QualityFinding &f : std::as_const(m_findings)) {
                m_model->appendRow(
                    {cell(kindText(f.kind)),
                     cell(f.account + QStringLiteral(" (") + providerDisplayName(f.provider) + QLatin1Char(')')),
                     cell(f.model),
                     cell(f.firstDay == f.lastDay ? isoDay(f.firstDay)
                                                  : isoDay(f.firstDay) + QStringLiteral(" – ") + isoDay(f.lastDay)),
                     cell(QLocale().toString(f.rows)), cell(f.description)});
                m_model->item(m_model->rowCount() - 1, 5)->setToolTip(f.description);
            }
            m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
            m_table->horizontalHeader()->setStretchLastSection(true);
            m_summary->setText(m_findings.isEmpty()
                                   ? tr("No findings: every model belongs to its account's provider, no value is "
                                        "impossible, no day is counted from two sources and nothing is dated in "
                                        "the future.")
                                   : tr("Findings: %1. Nothing has been changed: select one to see the rows behind "
                                        "it, then fix the source (remove an import, correct a file) if it is wrong.")
                                         .arg(m_findings.size()));
            m_detail->clear();
            if (!m_findings.isEmpty())
                m_table->selectRow(0);   // the rows behind the first finding, straight away
            emit refreshed();
        });
}

void QualityView::selectFinding(int row)
{
    m_table->selectRow(row);
}

int QualityView::detailRows() const
{
    return m_rowsModel->rowCount();
}

void QualityView::showRows(const QualityFinding &finding)
{
    m_worker->read(
        [filter = finding.filter()](QSqlDatabase db) {
            QString error;
            QList<UsageRow> rows =
                queryUsageRows(db, filter, UsageColumn::Day, false, 0, 500, &error).value_or(QList<UsageRow>{});
            return std::pair{std::move(rows), error};
        },
        this,
        [this](std::pair<QList<UsageRow>, QString> result) {
            const auto &[rows, error] = result;
            if (!error.isEmpty())
                m_detail->setText(tr("The rows behind this finding could not be read: %1").arg(error));
            m_rowsModel->clear();
            m_rowsModel->setHorizontalHeaderLabels({tr("Day (UTC)"), tr("Model"), tr("Source"), tr("Input"),
                                                    tr("Cached"), tr("Output"), tr("Requests"), tr("Cost")});
            for (const UsageRow &r : rows) {
                m_rowsModel->appendRow(
                    {cell(isoDay(r.day)), cell(r.model), cell(r.source), cell(QLocale().toString(r.inputTokens)),
                     cell(QLocale().toString(r.cachedInputTokens)), cell(QLocale().toString(r.outputTokens)),
                     cell(QLocale().toString(r.requests)), cell(r.cost ? r.cost->toExactString(2) : tr("no price"))});
            }
            m_rows->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
            emit detailLoaded();
        });
}

}   // namespace tl
