#include "dashboardpage.h"

#include "analytics/report.h"
#include "common/dates.h"
#include "common/emptystate.h"
#include "storage/accountrepository.h"
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
    m_worker->run(
        [from, today](QSqlDatabase db) {
            return std::pair{ReportBuilder(db).build(from, today), AccountRepository(db).count()};
        },
        this,
        [this](std::pair<std::optional<Report>, int> result) {
            m_hasAccounts = result.second > 0;
            if (result.first)
                present(*result.first);
            else
                m_stack->setCurrentWidget(m_empty);
            m_loaded = true;
            emit refreshed();
        });
}

void DashboardPage::present(const Report &report)
{
    if (report.total.rows == 0 && report.billed.isEmpty()) {
        if (m_hasAccounts) {
            m_empty->setTitle(tr("No spending recorded this month yet"));
            m_empty->setBody(tr("Your accounts are set up, but no usage or billed cost has been reported for %1 (UTC) "
                                "so far. Providers can take a few hours to report the latest day.")
                                 .arg(QLocale().monthName(report.from.month()) + QLatin1Char(' ') +
                                      QString::number(report.from.year())));
            m_empty->setAction(QString());
        }
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
