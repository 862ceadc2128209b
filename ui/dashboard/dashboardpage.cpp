#include "dashboardpage.h"

#include <limits>

#include "charts/chartstyle.h"
#include "charts/dailyspendchart.h"
#include "charts/sharedonut.h"
#include "charts/trendchart.h"
#include "common/cheapstyle.h"
#include "common/clock.h"
#include "common/dates.h"
#include "common/emptystate.h"
#include "common/periodbar.h"
#include "common/tables.h"
#include "dashboard/breakdownpanels.h"
#include "dashboard/dashboardtext.h"
#include "dashboard/sectionfill.h"
#include "dashboard/welcomepanel.h"
#include "providers/providercatalog.h"
#include "storage/dbworker.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl {

using namespace dashboard;

namespace {

QString sourceText(SourceMix source)
{
    switch (source) {
    case SourceMix::Billed:
        return DashboardPage::tr("Billed");
    case SourceMix::Estimated:
        return DashboardPage::tr("Estimated");
    case SourceMix::Mixed:
        return DashboardPage::tr("Billed + estimated");
    case SourceMix::Manual:
        return DashboardPage::tr("Manual");
    case SourceMix::None:
        break;
    }
    return DashboardPage::tr("—");
}

// The page's states (loading, empty, first run, figures) in one place. Its size is the page's, not
// its pages': the stack's own size hint would measure every state, the figures' whole column (each
// label's text, each chart's axes) included, at the window's first show and every layout pass.
class StateStack final : public QStackedWidget
{
public:
    using QStackedWidget::QStackedWidget;
    QSize sizeHint() const override { return currentWidget() ? currentWidget()->sizeHint() : QSize(); }
    QSize minimumSizeHint() const override { return currentWidget() ? currentWidget()->minimumSizeHint() : QSize(); }
};

}   // namespace

DashboardPage::DashboardPage(DbWorker *reader, const Clock *clock, QWidget *parent, std::optional<Period> readNow)
    : QWidget(parent)
    , m_worker(reader)
    , m_clock(clock)
    , m_period(readNow && readNow->isValid() ? *readNow : Period::month(clock->todayUtc()))
{
    // Queued before the widgets are built: the worker reads while they are (its answer comes
    // through the event loop, once this page is whole).
    if (readNow)
        refresh();
    m_periodBar = new PeriodBar(clock, this);
    m_periodBar->setPeriod(m_period);
    m_stack = new StateStack(this);
    m_loading = new QLabel(tr("Loading…"), this);
    setObjectName(QStringLiteral("dashboardPage"));
    m_loading->setAlignment(Qt::AlignCenter);
    m_content = buildContent();
    m_stack->addWidget(m_loading);
    m_stack->addWidget(m_content);

    // "Nothing in this period", with the way to the data there is.
    m_periodNotice = new QFrame(this);
    m_periodNotice->setObjectName(QStringLiteral("periodEmptyNotice"));
    m_periodNoticeLabel = new QLabel(m_periodNotice);
    m_periodNoticeLabel->setObjectName(QStringLiteral("periodEmptyNoticeLabel"));
    m_periodNoticeLabel->setWordWrap(true);
    m_jumpToLatest = new QPushButton(m_periodNotice);
    m_jumpToLatest->setObjectName(QStringLiteral("jumpToLatestButton"));
    auto *noticeRow = new QHBoxLayout(m_periodNotice);
    noticeRow->setContentsMargins(12, 8, 12, 8);
    noticeRow->addWidget(m_periodNoticeLabel, 1);
    noticeRow->addWidget(m_jumpToLatest);
    m_periodNotice->hide();
    connect(m_jumpToLatest, &QPushButton::clicked, this, [this] {
        const QDate target = m_jumpToLatest->property("target").toDate();
        if (target.isValid())
            m_periodBar->choose(m_period.movedTo(target));
    });
    connect(m_periodBar, &PeriodBar::periodChanged, this, [this](const Period &period) {
        setPeriod(period);
        emit periodChanged(period);
    });

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_periodBar);
    header->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_periodNotice);
    layout->addWidget(m_stack, 1);
}

EmptyState *DashboardPage::emptyState()
{
    if (!m_empty) {
        m_empty = new EmptyState(tr("No spending recorded yet"), QString(), this);
        m_empty->setObjectName(QStringLiteral("dashboardEmptyState"));
        m_stack->addWidget(m_empty);
    }
    return m_empty;
}

WelcomePanel *DashboardPage::welcomePanel()
{
    if (!m_welcome) {
        m_welcome = new WelcomePanel(this);
        connect(m_welcome, &WelcomePanel::agentsRequested, this, &DashboardPage::agentsRequested);
        connect(m_welcome, &WelcomePanel::addAccountRequested, this, &DashboardPage::addAccountRequested);
        connect(m_welcome, &WelcomePanel::importRequested, this, &DashboardPage::importRequested);
        m_stack->addWidget(m_welcome);
    }
    return m_welcome;
}

void DashboardPage::setPeriod(const Period &period)
{
    if (!period.isValid())
        return;
    m_period = period;
    m_periodBar->setPeriod(period);
    if (m_loaded || m_inFlight)   // before the first read, the owner's refresh reads it
        refresh();
}

void DashboardPage::refresh()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    const QDateTime now = m_clock->nowUtc();
    const Period period = m_period;
    struct Result
    {
        std::optional<DashboardData> data;
        QString error;
        AgentPanelData agents;
    };
    m_worker->read(
        [now, period](QSqlDatabase db) {
            Result r;
            r.data = loadDashboard(db, now.date(), period, &r.error);
            r.agents = loadAgentPanel(db, now);
            return r;
        },
        this,
        [this](Result result) {
            m_inFlight = false;
            m_agentData = std::move(result.agents);
            m_agents->setData(m_agentData);
            m_subscriptionNote->setVisible(m_agentData.overview &&
                                           !m_agentData.overview->subscriptionValueMtd.isZero());
            if (result.data) {
                m_data = std::move(*result.data);
                m_errorLabel->hide();
            } else {
                m_errorLabel->setText(tr("The dashboard could not be read: %1").arg(result.error));
                showStyled(m_errorLabel, QStringLiteral("color: #b3261e;"));
            }
            m_loaded = true;
            present();   // refreshed() once every section holds the figures
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

void DashboardPage::present()
{
    if (!m_data.hasSpendData()) {
        if (m_data.accountCount > 0) {
            emptyState()->setTitle(tr("No spending recorded yet"));
            m_empty->setBody(tr("Your accounts are set up, but no usage or billed cost has been reported so far. Run "
                                "Sync Now, or check Sync History if a sync failed. Providers can take a few hours to "
                                "report the latest day."));
            m_empty->setAction(QString());
        } else {
            // A new user: the three ways to their data, with the agents found on this computer.
            m_periodBar->hide();
            m_periodNotice->hide();
            m_stack->setCurrentWidget(welcomePanel());
            if (!m_welcome->detectionDone() && !m_detecting) {
                m_detecting = true;
                const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                const QString home = QDir::homePath();
                // Detection lists folders (it reads no log), off the UI thread.
                m_worker->read([env, home](QSqlDatabase) { return detectAgentSources(env, home); }, this,
                               [this](QList<DetectedAgentSource> found) {
                                   m_detecting = false;
                                   m_welcome->setDetectedAgents(found);
                               });
            }
            emit refreshed();
            return;
        }
        m_periodBar->hide();
        m_periodNotice->hide();
        m_stack->setCurrentWidget(emptyState());
        emit refreshed();
        return;
    }
    m_periodBar->show();
    presentPeriodNotice();
    // The sections in view now, those below after the next paint; an empty period shows its
    // cards, the notice and the trend — not empty charts and tables. Not on screen: all now.
    QSize viewport;
    if (isVisible()) {
        layout()->activate();   // the period bar or the notice may have just appeared above the stack
        viewport = m_stack->currentWidget() == m_content ? static_cast<QScrollArea *>(m_content)->viewport()->size()
                                                         : m_stack->contentsRect().size();
    }
    m_fill->fill(viewport);
    // A column with sections waiting below the view is taller than it: shown with its scroll bar
    // from the start, its charts are laid out once, not at the full width and again beside the bar.
    if (m_fill->isFilling())
        static_cast<QScrollArea *>(m_content)->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    // Shown at the size it will have: a page the stack has not laid out yet would lay out its
    // charts at a stale size first, then again at the stack's.
    if (m_stack->currentWidget() != m_content)
        m_content->setGeometry(m_stack->contentsRect());
    m_stack->setCurrentWidget(m_content);
    // The layouts the new figures asked for, before the frame that shows them rather than after it
    // (in a narrow window the cards' grid took the figures' widths a frame later, moving all below).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

bool DashboardPage::isLoaded() const
{
    return m_loaded && !m_fill->isFilling();
}

QList<QWidget *> DashboardPage::sectionsAwaitingFigures() const
{
    return m_fill->waiting();
}

void DashboardPage::presentPeriodNotice()
{
    if (m_data.periodHasData()) {
        m_periodNotice->hide();
        return;
    }
    const Period &p = m_data.period;
    QString text = p.kind == Period::Kind::Custom
                       ? tr("Nothing was recorded on %1 (UTC days).").arg(PeriodBar::span(p))
                       : tr("Nothing was recorded in %1 (%2, UTC days).").arg(PeriodBar::label(p), PeriodBar::span(p));
    QDate target;
    if (m_data.lastDataDay.isValid() && m_data.lastDataDay < p.from) {
        target = m_data.lastDataDay;
        text += QLatin1Char(' ') + tr("The latest data is from %1.").arg(longDay(target));
        m_jumpToLatest->setText(tr("Show %1").arg(PeriodBar::label(p.movedTo(target))));
    } else if (m_data.firstDataDay.isValid() && m_data.firstDataDay > p.to) {
        target = m_data.firstDataDay;
        text += QLatin1Char(' ') + tr("The earliest data is from %1.").arg(longDay(target));
        m_jumpToLatest->setText(tr("Show %1").arg(PeriodBar::label(p.movedTo(target))));
    }
    m_periodNoticeLabel->setText(text);
    m_jumpToLatest->setProperty("target", target);
    m_jumpToLatest->setVisible(target.isValid());
    // Styled when shown: a sheet would cost at start-up, hidden or not (cheapstyle.h).
    showStyled(m_periodNotice, QStringLiteral("QFrame#periodEmptyNotice { background: palette(alternate-base); "
                                              "border: 1px solid palette(mid); border-radius: 6px; }"));
}

void DashboardPage::presentBreakdown(QStandardItemModel *model, const QList<Share> &shares, bool providers)
{
    model->clear();
    QStringList headers{providers ? tr("Provider") : tr("Model"), tr("Cost"), tr("Share"), tr("Tokens"),
                        tr("Requests")};
    headers << (providers ? tr("Source") : tr("Unpriced tokens"));
    if (!providers)
        headers.insert(1, tr("Provider"));
    model->setHorizontalHeaderLabels(headers);
    int index = 0;
    for (const Share &s : shares) {
        QList<QStandardItem *> row;
        auto *name = readOnlyItem(s.label, s.label);
        const QColor swatch = providers ? charts::providerColor(s.provider) : charts::seriesColor(index);
        if (s.cost.nanos() > 0)
            name->setData(swatch, Qt::DecorationRole);
        name->setToolTip(s.key);
        row << name;
        if (!providers)
            row << readOnlyItem(providerDisplayName(s.provider), providerDisplayName(s.provider));
        auto *cost = readOnlyItem(s.cost.toDisplayString(), s.cost.nanos(), Qt::AlignRight);
        cost->setToolTip(charts::exactMoneyText(s.cost.nanos()));
        row << cost
            << readOnlyItem(charts::percentText(s.shareBasisPoints) + QStringLiteral(" %"), s.shareBasisPoints,
                            Qt::AlignRight)
            << readOnlyItem(QLocale().toString(s.tokens), s.tokens, Qt::AlignRight)
            // Some providers report no request counts: "—", never a 0 that reads as "no requests".
            << readOnlyItem(s.requests > 0 ? QLocale().toString(s.requests) : tr("—"), s.requests, Qt::AlignRight);
        if (providers)
            row << readOnlyItem(sourceText(s.source), int(s.source));
        else
            row << readOnlyItem(s.unpricedTokens ? QLocale().toString(s.unpricedTokens) : QStringLiteral("—"),
                                s.unpricedTokens, Qt::AlignRight);
        model->appendRow(row);
        if (s.cost.nanos() > 0)
            ++index;
    }
    // The name column takes the room left (the header has sections only once there are columns);
    // the table is as tall as its rows, up to the donut's height and a scroll bar beyond.
    for (QTableView *view : findChildren<QTableView *>()) {
        if (view->model() != model)
            continue;
        fitColumnsToContents(view);
        const int rowsHeight = view->verticalHeader()->defaultSectionSize() * int(model->rowCount());
        view->setFixedHeight(std::min(
            std::max(rowsHeight + view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth() + 2, 80),
            240));
    }
}

}   // namespace tl
