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
#include <QFontMetrics>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

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
    m_errorLabel->hide();   // red when shown (showStyled): a sheet costs at start-up even hidden
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
    // The sections below are built when first filled: those wholly below the window after the
    // first paint. Until then each slot is about as tall as its section will be: a heading, and a
    // body as tall as its rows say (a table is as tall as its rows up to a limit, then scrolls).
    const auto heading = [inner] {
        QFont font = inner->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        font.setWeight(QFont::DemiBold);
        return 8 + QFontMetrics(font).height() + 6;   // section()'s margin, heading, spacing
    };
    const auto rows = [inner](qsizetype count, int limit) {
        const int row = inner->fontMetrics().height() + 8;   // as a table's rows, with its header
        return std::min(int(count + 1) * row + 4, limit);
    };
    const auto later = [&](const std::function<QWidget *(QWidget * slot)> &build, std::function<void()> fill,
                           std::function<int()> room, std::function<bool()> shows) {
        auto *slot = new QWidget(inner);
        auto *slotLayout = new QVBoxLayout(slot);
        slotLayout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(slot);
        m_fill->addBuiltOnFill(
            slot,
            [slot, slotLayout, build] {
                QWidget *section = build(slot);
                slotLayout->addWidget(section);
                section->show();   // with the slot (shown now or later)
            },
            std::move(fill), std::move(room), std::move(shows));
    };
    // A donut beside its table.
    const auto breakdown = [](charts::ShareDonut::Colouring colouring, charts::ShareDonut **donut,
                              QStandardItemModel *model, const QString &name, QWidget *parent) {
        auto *w = new QWidget(parent);
        auto *row = new QHBoxLayout(w);
        row->setContentsMargins(0, 0, 0, 0);
        *donut = new charts::ShareDonut(colouring, w);
        (*donut)->setFixedSize(210, 210);
        row->addWidget(*donut, 0, Qt::AlignTop);
        row->addWidget(breakdownTable(model, name, w), 1, Qt::AlignTop);
        return w;
    };
    later(
        [this, breakdown](QWidget *slot) {
            QWidget *body = breakdown(charts::ShareDonut::Colouring::ByProvider, &m_providerDonut, m_providerModel,
                                      QStringLiteral("providerTable"), slot);
            m_providerDonut->setObjectName(QStringLiteral("providerDonut"));
            QWidget *box = section(tr("By provider"), body, nullptr, slot);
            m_providerTitle = box->findChild<QLabel *>();
            return box;
        },
        [this] {
            m_providerTitle->setText(tr("By provider, %1").arg(PeriodBar::label(m_data.period)));
            m_providerDonut->setShares(m_data.byProvider);
            presentBreakdown(m_providerModel, m_data.byProvider, true);
        },
        [this, heading, rows] { return heading() + std::max(210, rows(m_data.byProvider.size(), 240)); },
        periodHasData);
    later(
        [this, breakdown](QWidget *slot) {
            QWidget *body = breakdown(charts::ShareDonut::Colouring::ByIndex, &m_modelDonut, m_modelModel,
                                      QStringLiteral("modelTable"), slot);
            m_modelDonut->setObjectName(QStringLiteral("modelDonut"));
            QWidget *box = section(tr("By model"), body, nullptr, slot);
            m_modelTitle = box->findChild<QLabel *>();
            return box;
        },
        [this] {
            m_modelTitle->setText(tr("By model, %1").arg(PeriodBar::label(m_data.period)));
            m_modelDonut->setShares(m_data.byModel);
            presentBreakdown(m_modelModel, m_data.byModel, false);
        },
        [this, heading, rows] { return heading() + std::max(210, rows(m_data.byModel.size(), 240)); }, periodHasData);
    later(
        [this](QWidget *slot) {
            m_groups = new GroupBreakdownPanel(m_worker, slot);
            QWidget *box = section(tr("By project or API key"), m_groups, m_groups->groupBox(), slot);
            m_groupTitle = box->findChild<QLabel *>();
            return box;
        },
        [this] {
            m_groupTitle->setText(tr("By project or API key, %1").arg(PeriodBar::label(m_data.period)));
            if (m_data.periodEnd >= m_data.period.from)
                m_groups->setDays(m_data.period.from, m_data.periodEnd);
        },
        [heading, rows] { return heading() + rows(5, 280); }, periodHasData);   // its rows are read later
    later(
        [this](QWidget *slot) {
            m_tokenKinds = new TokenKindsTable(slot);
            QWidget *box = section(tr("Tokens by kind"), m_tokenKinds, nullptr, slot);
            m_tokenKindsTitle = box->findChild<QLabel *>();
            return box;
        },
        [this] {
            m_tokenKindsTitle->setText(tr("Tokens by kind, %1").arg(PeriodBar::label(m_data.period)));
            m_tokenKinds->setShares(m_data.byModel);
        },
        [this, heading, rows] { return heading() + rows(m_data.byModel.size() + 1, 280); }, periodHasData);
    later(
        [](QWidget *slot) {
            auto *modelNote = label(QString(), slot, 0.9);
            modelNote->setText(tr("Models show usage cost — tokens × catalog prices, or the cost a provider reported "
                                  "per request — because bills are not itemised by model everywhere."));
            modelNote->setForegroundRole(QPalette::PlaceholderText);
            return modelNote;
        },
        [] {}, [inner] { return 2 * inner->fontMetrics().lineSpacing(); }, periodHasData);
    m_subscriptionNote = label(QStringLiteral("subscriptionModelNoteLabel"), inner, 0.9);
    m_subscriptionNote->setText(tr("Models used through a subscription show no cost here: their usage is value at API "
                                   "prices, not spend (see Coding agents above)."));
    m_subscriptionNote->setForegroundRole(QPalette::PlaceholderText);
    m_subscriptionNote->hide();
    layout->addWidget(m_subscriptionNote);

    later([this](QWidget *slot) { return buildTrend(slot); },
          [this] {
              m_trend->setMonths(m_data.trend, m_data.today);
              m_trend->setRange(m_trendRange->currentData().toInt());
          },
          [heading] { return heading() + 260; }, {});
    layout->addStretch(1);
    return scroll;
}

QWidget *DashboardPage::buildTrend(QWidget *parent)
{
    m_trend = new charts::TrendChart(parent);
    connect(m_trend, &charts::TrendChart::monthClicked, this, [this](QDate month) {
        emit rowsRequested(month, std::min(month.addMonths(1).addDays(-1), m_clock->todayUtc()));
    });
    auto *controls = new QWidget(parent);
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
    return section(tr("Trend by month (UTC)"), m_trend, controls, parent);
}

}   // namespace tl
