#include "dashboardpage.h"

#include "analytics/report.h"
#include "common/dates.h"
#include "common/emptystate.h"
#include "storage/dbworker.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tl {

DashboardPage::DashboardPage(DbWorker *reader, QWidget *parent)
    : QWidget(parent)
    , m_worker(reader)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(tr("No spending recorded yet"),
                             tr("Add a provider account to start syncing, or import a CSV of your usage. "
                                "TokenLedger shows only numbers it has read from your providers or your own "
                                "files — never estimates it made up."),
                             this))
    , m_loading(new QLabel(tr("Loading…"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_empty->setObjectName(QStringLiteral("dashboardEmptyState"));
    m_empty->setAction(tr("Add an account…"));
    connect(m_empty, &EmptyState::actionTriggered, this, &DashboardPage::addAccountRequested);
    m_loading->setAlignment(Qt::AlignCenter);
    m_summary->setObjectName(QStringLiteral("dashboardSummaryLabel"));
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setMargin(24);

    m_stack->addWidget(m_loading);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void DashboardPage::refresh()
{
    const QDate today = utcToday();
    const QDate from(today.year(), today.month(), 1);
    m_worker->run([from, today](QSqlDatabase db) { return ReportBuilder(db).build(from, today); }, this,
                  [this](std::optional<Report> report) {
                      if (report)
                          present(*report);
                      else
                          m_stack->setCurrentWidget(m_empty);
                      m_loaded = true;
                      emit refreshed();
                  });
}

void DashboardPage::present(const Report &report)
{
    if (report.total.rows == 0 && report.billed.isEmpty()) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_summary->setText(tr("<h2>Month to date</h2><p>%1 – %2 (UTC days)</p>"
                          "<p style='font-size:x-large'><b>%3</b> usage cost</p>"
                          "<p>%4 tokens, %5 requests, %6 tokens without a price</p>")
                           .arg(isoDay(report.from), isoDay(report.to), report.total.cost.toDisplayString(),
                                QLocale().toString(report.total.tokens()), QLocale().toString(report.total.requests),
                                QLocale().toString(report.total.unpricedTokens)));
    m_stack->setCurrentWidget(m_summary);
}

}   // namespace tl
