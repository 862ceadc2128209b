// The dashboard's column of sections (cards, status, coding agents, daily chart, breakdowns,
// trend), each registered with what fills it: SectionFill fills those in view before the first paint
// and the rest right after it.
#include "dashboardpage.h"

#include "charts/dailyspendchart.h"
#include "charts/sharedonut.h"
#include "charts/trendchart.h"
#include "common/clock.h"
#include "common/periodbar.h"
#include "common/tables.h"
#include "dashboard/breakdownpanels.h"
#include "dashboard/dashboardtext.h"
#include "dashboard/sectionfill.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl {

using namespace dashboard;

namespace {

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
    // Set while the column is empty: the scroll area sizes a new widget to its size hint, which
    // for the whole column is a layout pass over every section (the layout sizes it from then on).
    scroll->setWidget(inner);
    m_fill = new SectionFill(scroll);
    connect(m_fill, &SectionFill::filled, this, [this, scroll] {
        if (scroll->verticalScrollBarPolicy() != Qt::ScrollBarAsNeeded)
            scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);   // see present()
        emit refreshed();
    });
    const auto periodHasData = [this] { return m_data.periodHasData(); };

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
    // Plain text (lines broken by \n) but for the budget's link: a rich-text label is laid out as
    // a QTextDocument, several times the work of plain text at the first paint.
    for (QLabel *detail : {m_mtdDetail, m_forecastDetail, m_balanceDetail})
        detail->setTextFormat(Qt::PlainText);
    m_budgetDetail->setTextFormat(Qt::RichText);
    connect(m_budgetDetail, &QLabel::linkActivated, this, &DashboardPage::budgetsRequested);
    auto *cardsBox = new QWidget(inner);
    cardsBox->setObjectName(QStringLiteral("dashboardCards"));
    auto *cards = new QGridLayout(cardsBox);
    cards->setContentsMargins(0, 0, 0, 0);
    cards->setSpacing(12);
    cards->addWidget(card(tr("Month to date"), &m_mtdTitle, m_mtdValue, m_mtdDetail, inner), 0, 0);
    cards->addWidget(card(tr("Forecast"), &m_forecastTitle, m_forecastValue, m_forecastDetail, inner), 0, 1);
    cards->addWidget(card(tr("Budget"), &m_budgetTitle, m_budgetValue, m_budgetDetail, inner), 0, 2);
    cards->addWidget(card(tr("Credits left"), nullptr, m_balanceValue, m_balanceDetail, inner), 0, 3);
    for (int c = 0; c < 4; ++c)
        cards->setColumnStretch(c, 1);
    layout->addWidget(cardsBox);
    m_fill->add(cardsBox, [this] { presentKpis(); });   // and the status line below

    m_statusLabel = label(QStringLiteral("dashboardStatusLabel"), inner);
    layout->addWidget(m_statusLabel);

    m_agents = new AgentsPanel(inner);
    layout->addWidget(m_agents);

    m_daily = new charts::DailySpendChart(inner);
    m_daily->setMinimumHeight(300);
    connect(m_daily, &charts::DailySpendChart::dayClicked, this, [this](QDate day) { emit rowsRequested(day, day); });
    auto *dailySection = section(tr("Daily spend"), m_daily, nullptr, inner);
    m_dailyTitle = dailySection->findChild<QLabel *>();
    layout->addWidget(dailySection);
    m_fill->add(
        dailySection,
        [this] {
            m_dailyTitle->setText(tr("Daily spend, %1 (UTC days)").arg(PeriodBar::label(m_data.period)));
            m_daily->setData(m_data);
        },
        periodHasData);

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
    m_fill->add(
        providerSection,
        [this] {
            m_providerTitle->setText(tr("By provider, %1").arg(PeriodBar::label(m_data.period)));
            m_providerDonut->setShares(m_data.byProvider);
            presentBreakdown(m_providerModel, m_data.byProvider, true);
        },
        periodHasData);
    QWidget *modelSection =
        section(tr("By model"), breakdown(m_modelDonut, m_modelModel, QStringLiteral("modelTable")), nullptr, inner);
    m_modelTitle = modelSection->findChild<QLabel *>();
    layout->addWidget(modelSection);
    m_fill->add(
        modelSection,
        [this] {
            m_modelTitle->setText(tr("By model, %1").arg(PeriodBar::label(m_data.period)));
            m_modelDonut->setShares(m_data.byModel);
            presentBreakdown(m_modelModel, m_data.byModel, false);
        },
        periodHasData);
    m_groups = new GroupBreakdownPanel(m_worker, inner);
    QWidget *groupSection = section(tr("By project or API key"), m_groups, m_groups->groupBox(), inner);
    m_groupTitle = groupSection->findChild<QLabel *>();
    layout->addWidget(groupSection);
    m_fill->add(
        groupSection,
        [this] {
            m_groupTitle->setText(tr("By project or API key, %1").arg(PeriodBar::label(m_data.period)));
            if (m_data.periodEnd >= m_data.period.from)
                m_groups->setDays(m_data.period.from, m_data.periodEnd);
        },
        periodHasData);
    m_tokenKinds = new TokenKindsTable(inner);
    QWidget *kindsSection = section(tr("Tokens by kind"), m_tokenKinds, nullptr, inner);
    m_tokenKindsTitle = kindsSection->findChild<QLabel *>();
    layout->addWidget(kindsSection);
    m_fill->add(
        kindsSection,
        [this] {
            m_tokenKindsTitle->setText(tr("Tokens by kind, %1").arg(PeriodBar::label(m_data.period)));
            m_tokenKinds->setShares(m_data.byModel);
        },
        periodHasData);
    auto *modelNote = label(QString(), inner, 0.9);
    modelNote->setText(tr("Models show usage cost — tokens × catalog prices, or the cost a provider reported per "
                          "request — because bills are not itemised by model everywhere."));
    modelNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(modelNote);
    m_fill->add(
        modelNote, [] {}, periodHasData);
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
    QWidget *trendSection = section(tr("Trend by month (UTC)"), m_trend, controls, inner);
    layout->addWidget(trendSection);
    m_fill->add(trendSection, [this] {
        m_trend->setMonths(m_data.trend, m_data.today);
        m_trend->setRange(m_trendRange->currentData().toInt());
    });
    layout->addStretch(1);
    return scroll;
}

}   // namespace tl
