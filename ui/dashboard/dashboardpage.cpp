#include "dashboardpage.h"

#include <limits>

#include "charts/chartstyle.h"
#include "charts/dailyspendchart.h"
#include "charts/sharedonut.h"
#include "charts/trendchart.h"
#include "common/clock.h"
#include "common/dates.h"
#include "common/emptystate.h"
#include "common/periodbar.h"
#include "common/tables.h"
#include "dashboard/breakdownpanels.h"
#include "dashboard/dashboardtext.h"
#include "dashboard/welcomepanel.h"
#include "providers/providercatalog.h"
#include "storage/dbworker.h"

#include <QButtonGroup>
#include <QComboBox>
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

QTableView *breakdownTable(QStandardItemModel *model, const QString &objectName, QWidget *parent)
{
    QTableView *view = readOnlyTable(model, objectName, parent);
    view->setSortingEnabled(true);
    view->setShowGrid(false);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

}   // namespace

DashboardPage::DashboardPage(DbWorker *reader, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_worker(reader)
    , m_clock(clock)
    , m_period(Period::month(clock->todayUtc()))
    , m_periodBar(new PeriodBar(clock, this))
    , m_stack(new QStackedWidget(this))
    , m_loading(new QLabel(tr("Loading…"), this))
    , m_empty(new EmptyState(tr("No spending recorded yet"), QString(), this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_empty->setObjectName(QStringLiteral("dashboardEmptyState"));
    m_loading->setAlignment(Qt::AlignCenter);
    m_content = buildContent();
    m_stack->addWidget(m_loading);
    m_stack->addWidget(m_empty);
    m_welcome = new WelcomePanel(this);
    connect(m_welcome, &WelcomePanel::agentsRequested, this, &DashboardPage::agentsRequested);
    connect(m_welcome, &WelcomePanel::addAccountRequested, this, &DashboardPage::addAccountRequested);
    connect(m_welcome, &WelcomePanel::importRequested, this, &DashboardPage::importRequested);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_content);

    // "Nothing in this period", with the way to the data there is.
    m_periodNotice = new QFrame(this);
    m_periodNotice->setObjectName(QStringLiteral("periodEmptyNotice"));
    m_periodNotice->setStyleSheet(QStringLiteral("QFrame#periodEmptyNotice { background: palette(alternate-base); "
                                                 "border: 1px solid palette(mid); border-radius: 6px; }"));
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

void DashboardPage::setPeriod(const Period &period)
{
    if (!period.isValid())
        return;
    m_period = period;
    m_periodBar->setPeriod(period);
    if (m_loaded || m_inFlight)   // before the first read, the owner's refresh reads it
        refresh();
}

QWidget *DashboardPage::buildContent()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *layout = new QVBoxLayout(inner);
    layout->setContentsMargins(0, 0, 8, 8);
    layout->setSpacing(12);

    m_errorLabel = label(QStringLiteral("dashboardErrorLabel"), inner);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_mtdValue = label(QStringLiteral("mtdValueLabel"), inner, 1.9, true);
    m_mtdDetail = label(QStringLiteral("mtdDetailLabel"), inner, 0.9);
    m_forecastValue = label(QStringLiteral("forecastValueLabel"), inner, 1.9, true);
    m_forecastDetail = label(QStringLiteral("forecastDetailLabel"), inner, 0.9);
    m_budgetValue = label(QStringLiteral("budgetValueLabel"), inner, 1.9, true);
    m_budgetDetail = label(QStringLiteral("budgetDetailLabel"), inner, 0.9);
    m_balanceValue = label(QStringLiteral("balanceValueLabel"), inner, 1.9, true);
    m_balanceDetail = label(QStringLiteral("balanceDetailLabel"), inner, 0.9);
    connect(m_budgetDetail, &QLabel::linkActivated, this, &DashboardPage::budgetsRequested);
    auto *cards = new QGridLayout;
    cards->setSpacing(12);
    cards->addWidget(card(tr("Month to date"), &m_mtdTitle, m_mtdValue, m_mtdDetail, inner), 0, 0);
    cards->addWidget(card(tr("Forecast"), &m_forecastTitle, m_forecastValue, m_forecastDetail, inner), 0, 1);
    cards->addWidget(card(tr("Budget"), &m_budgetTitle, m_budgetValue, m_budgetDetail, inner), 0, 2);
    cards->addWidget(card(tr("Credits left"), nullptr, m_balanceValue, m_balanceDetail, inner), 0, 3);
    for (int c = 0; c < 4; ++c)
        cards->setColumnStretch(c, 1);
    layout->addLayout(cards);

    m_statusLabel = label(QStringLiteral("dashboardStatusLabel"), inner);
    m_statusLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_statusLabel);

    m_agents = new AgentsPanel(inner);
    layout->addWidget(m_agents);

    m_daily = new charts::DailySpendChart(inner);
    m_daily->setMinimumHeight(300);
    connect(m_daily, &charts::DailySpendChart::dayClicked, this, [this](QDate day) { emit rowsRequested(day, day); });
    auto *dailySection = section(tr("Daily spend"), m_daily, nullptr, inner);
    m_dailyTitle = dailySection->findChild<QLabel *>();
    layout->addWidget(dailySection);
    m_periodSections << dailySection;

    m_providerModel = new QStandardItemModel(this);
    m_providerModel->setSortRole(Qt::UserRole);
    m_modelModel = new QStandardItemModel(this);
    m_modelModel->setSortRole(Qt::UserRole);
    m_providerDonut = new charts::ShareDonut(charts::ShareDonut::Colouring::ByProvider, inner);
    m_providerDonut->setObjectName(QStringLiteral("providerDonut"));
    m_modelDonut = new charts::ShareDonut(charts::ShareDonut::Colouring::ByIndex, inner);
    m_modelDonut->setObjectName(QStringLiteral("modelDonut"));
    const auto breakdown = [&](charts::ShareDonut *donut, QStandardItemModel *model, const QString &name) {
        auto *w = new QWidget(inner);
        auto *row = new QHBoxLayout(w);
        row->setContentsMargins(0, 0, 0, 0);
        donut->setFixedSize(210, 210);
        row->addWidget(donut, 0, Qt::AlignTop);
        row->addWidget(breakdownTable(model, name, w), 1, Qt::AlignTop);
        return w;
    };
    QWidget *providerSection =
        section(tr("By provider"), breakdown(m_providerDonut, m_providerModel, QStringLiteral("providerTable")),
                nullptr, inner);
    m_providerTitle = providerSection->findChild<QLabel *>();
    layout->addWidget(providerSection);
    m_periodSections << providerSection;
    QWidget *modelSection =
        section(tr("By model"), breakdown(m_modelDonut, m_modelModel, QStringLiteral("modelTable")), nullptr, inner);
    m_modelTitle = modelSection->findChild<QLabel *>();
    layout->addWidget(modelSection);
    m_periodSections << modelSection;
    m_groups = new GroupBreakdownPanel(m_worker, inner);
    QWidget *groupSection = section(tr("By project or API key"), m_groups, m_groups->groupBox(), inner);
    m_groupTitle = groupSection->findChild<QLabel *>();
    layout->addWidget(groupSection);
    m_periodSections << groupSection;
    m_tokenKinds = new TokenKindsTable(inner);
    QWidget *kindsSection = section(tr("Tokens by kind"), m_tokenKinds, nullptr, inner);
    m_tokenKindsTitle = kindsSection->findChild<QLabel *>();
    layout->addWidget(kindsSection);
    m_periodSections << kindsSection;
    auto *modelNote = label(QString(), inner, 0.9);
    modelNote->setText(tr("Models show usage cost — tokens × catalog prices, or the cost a provider reported per "
                          "request — because bills are not itemised by model everywhere."));
    modelNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(modelNote);
    m_periodSections << modelNote;
    m_subscriptionNote = label(QStringLiteral("subscriptionModelNoteLabel"), inner, 0.9);
    m_subscriptionNote->setText(tr("Models used through a subscription show no cost here: their usage is value at API "
                                   "prices, not spend (see Coding agents above)."));
    m_subscriptionNote->setForegroundRole(QPalette::PlaceholderText);
    m_subscriptionNote->hide();
    layout->addWidget(m_subscriptionNote);

    m_trend = new charts::TrendChart(inner);
    connect(m_trend, &charts::TrendChart::monthClicked, this, [this](QDate month) {
        emit rowsRequested(month, std::min(month.addMonths(1).addDays(-1), m_clock->todayUtc()));
    });
    auto *controls = new QWidget(inner);
    auto *controlRow = new QHBoxLayout(controls);
    controlRow->setContentsMargins(0, 0, 0, 0);
    m_trendRange = new QComboBox(controls);
    m_trendRange->setObjectName(QStringLiteral("trendRangeComboBox"));
    m_trendRange->addItem(tr("Last 3 months"), 3);
    m_trendRange->addItem(tr("Last 6 months"), 6);
    m_trendRange->addItem(tr("Last 12 months"), 12);
    m_trendRange->setCurrentIndex(1);
    connect(m_trendRange, &QComboBox::currentIndexChanged, this,
            [this] { m_trend->setRange(m_trendRange->currentData().toInt()); });
    controlRow->addWidget(m_trendRange);
    m_trendMetric = new QButtonGroup(controls);
    const std::pair<QString, charts::TrendChart::Metric> metrics[] = {
        {tr("Cost"), charts::TrendChart::Metric::Cost},
        {tr("Requests"), charts::TrendChart::Metric::Requests},
        {tr("Tokens"), charts::TrendChart::Metric::Tokens}};
    for (const auto &[text, metric] : metrics) {
        auto *button = new QPushButton(text, controls);
        button->setCheckable(true);
        button->setChecked(metric == charts::TrendChart::Metric::Cost);
        button->setObjectName(QStringLiteral("trendMetric%1Button").arg(int(metric)));
        m_trendMetric->addButton(button, int(metric));
        controlRow->addWidget(button);
    }
    connect(m_trendMetric, &QButtonGroup::idClicked, this,
            [this](int id) { m_trend->setMetric(static_cast<charts::TrendChart::Metric>(id)); });
    layout->addWidget(section(tr("Trend by month (UTC)"), m_trend, controls, inner));
    layout->addStretch(1);
    scroll->setWidget(inner);
    return scroll;
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
                m_errorLabel->show();
            }
            present();
            m_loaded = true;
            emit refreshed();
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
            m_empty->setTitle(tr("No spending recorded yet"));
            m_empty->setBody(tr("Your accounts are set up, but no usage or billed cost has been reported so far. Run "
                                "Sync Now, or check Sync History if a sync failed. Providers can take a few hours to "
                                "report the latest day."));
            m_empty->setAction(QString());
        } else {
            // A new user: the three ways to their data, with the agents found on this computer.
            m_periodBar->hide();
            m_periodNotice->hide();
            m_stack->setCurrentWidget(m_welcome);
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
            return;
        }
        m_periodBar->hide();
        m_periodNotice->hide();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_periodBar->show();
    presentPeriodNotice();
    // An empty period shows its cards, the notice and the trend — not empty charts and tables.
    for (QWidget *w : std::as_const(m_periodSections))
        w->setVisible(m_data.periodHasData());
    presentKpis();
    const QString periodName = PeriodBar::label(m_data.period);
    m_dailyTitle->setText(tr("Daily spend, %1 (UTC days)").arg(periodName));
    m_providerTitle->setText(tr("By provider, %1").arg(periodName));
    m_modelTitle->setText(tr("By model, %1").arg(periodName));
    m_groupTitle->setText(tr("By project or API key, %1").arg(periodName));
    m_tokenKindsTitle->setText(tr("Tokens by kind, %1").arg(periodName));
    m_tokenKinds->setShares(m_data.byModel);
    if (m_data.periodEnd >= m_data.period.from)
        m_groups->setDays(m_data.period.from, m_data.periodEnd);
    m_daily->setData(m_data);
    m_providerDonut->setShares(m_data.byProvider);
    m_modelDonut->setShares(m_data.byModel);
    presentBreakdown(m_providerModel, m_data.byProvider, true);
    presentBreakdown(m_modelModel, m_data.byModel, false);
    m_trend->setMonths(m_data.trend, m_data.today);
    m_trend->setRange(m_trendRange->currentData().toInt());
    m_stack->setCurrentWidget(m_content);
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
    m_periodNotice->show();
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
