#pragma once

#include "analytics/dashboard.h"
#include "dashboard/agentspanel.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QStandardItemModel;

namespace tl {

namespace charts {
class DailySpendChart;
class ShareDonut;
class TrendChart;
}   // namespace charts

class Clock;
class DbWorker;
class EmptyState;
class GroupBreakdownPanel;
class PeriodBar;
class SectionFill;
class TokenKindsTable;
class WelcomePanel;

// Where the money goes and where it is heading: KPI cards (month to date, forecast, budget,
// credits left), the daily chart, provider and model breakdowns, the trend, the latest sync
// and alerts. Reads through DbWorker from the rollups, so a refresh never blocks the window;
// shows an honest empty state until there is data.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    // With `readNow`, the page shows that period and reads it at once, before it builds its
    // widgets (a window's start: the first figures are what the user waits for).
    DashboardPage(DbWorker *reader, const Clock *clock, QWidget *parent = nullptr,
                  std::optional<Period> readNow = std::nullopt);

    // Reads everything again; a refresh asked for while one runs is folded into one more.
    void refresh();
    // The period shown (the current month by default); setting it reads it.
    Period period() const { return m_period; }
    void setPeriod(const Period &period);
    PeriodBar *periodBar() const { return m_periodBar; }
    charts::DailySpendChart *dailyChart() const { return m_daily; }
    // Built when first filled (below the window: after the first paint); null until then.
    charts::TrendChart *trendChart() const { return m_trend; }
    GroupBreakdownPanel *groups() const { return m_groups; }
    TokenKindsTable *tokenKinds() const { return m_tokenKinds; }
    // Every section holds the figures of the latest read (refreshed() said so).
    bool isLoaded() const;
    // The sections in view hold them: the sections wholly below the screen are filled right
    // after the next paint (SectionFill), then refreshed() follows.
    bool figuresInView() const { return m_loaded; }
    // The sections waiting for that paint (hidden, their room kept).
    QList<QWidget *> sectionsAwaitingFigures() const;
    const DashboardData &data() const { return m_data; }
    // The coding-agent accounts as of the last refresh (the tray reads their windows).
    const AgentPanelData &agents() const { return m_agentData; }

signals:
    void addAccountRequested();
    // From the first-run panel: the coding agents found here, or a console export.
    void agentsRequested();
    void importRequested();
    void budgetsRequested();
    // A read's figures are in every section (or its empty state shows).
    void refreshed();
    // The user picked another period (the window keeps it and the other pages follow).
    void periodChanged(const tl::Period &period);
    // A clicked day or month of a chart: the rows behind it.
    void rowsRequested(QDate from, QDate to);

private:
    QWidget *buildContent();
    QWidget *buildTrend(QWidget *parent);   // the trend's section, built when first filled
    // The no-data states, built when first shown: most starts show figures.
    EmptyState *emptyState();
    WelcomePanel *welcomePanel();
    void present();
    void presentKpis();
    void presentSpent();
    void presentForecastOrAverage();
    void presentBudget();
    void presentBalances();
    void presentBalancesAndStatus();
    void presentPeriodNotice();
    void presentBreakdown(QStandardItemModel *model, const QList<Share> &shares, bool providers);

    DbWorker *m_worker = nullptr;
    const Clock *m_clock = nullptr;
    Period m_period;
    DashboardData m_data;
    AgentPanelData m_agentData;
    bool m_loaded = false;
    bool m_inFlight = false;
    bool m_again = false;

    PeriodBar *m_periodBar = nullptr;
    QWidget *m_periodNotice = nullptr;
    QLabel *m_periodNoticeLabel = nullptr;
    QPushButton *m_jumpToLatest = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_loading = nullptr;
    EmptyState *m_empty = nullptr;       // built by emptyState()
    WelcomePanel *m_welcome = nullptr;   // no account and no data yet: the ways in; welcomePanel()
    bool m_detecting = false;
    QWidget *m_content = nullptr;
    SectionFill *m_fill = nullptr;   // the content's sections, those in view first
    QLabel *m_errorLabel = nullptr;
    QLabel *m_mtdTitle = nullptr;
    QLabel *m_mtdValue = nullptr;
    QLabel *m_mtdDetail = nullptr;
    QLabel *m_forecastTitle = nullptr;
    QLabel *m_forecastValue = nullptr;
    QLabel *m_forecastDetail = nullptr;
    QLabel *m_budgetValue = nullptr;
    QLabel *m_budgetDetail = nullptr;
    QLabel *m_balanceValue = nullptr;
    QLabel *m_balanceDetail = nullptr;
    QLabel *m_statusLabel = nullptr;
    AgentsPanel *m_agents = nullptr;
    QLabel *m_subscriptionNote = nullptr;
    QLabel *m_dailyTitle = nullptr;
    charts::DailySpendChart *m_daily = nullptr;
    QLabel *m_providerTitle = nullptr;
    QLabel *m_groupTitle = nullptr;
    QLabel *m_tokenKindsTitle = nullptr;
    GroupBreakdownPanel *m_groups = nullptr;
    TokenKindsTable *m_tokenKinds = nullptr;
    QLabel *m_modelTitle = nullptr;
    QLabel *m_budgetTitle = nullptr;
    charts::ShareDonut *m_providerDonut = nullptr;
    charts::ShareDonut *m_modelDonut = nullptr;
    QStandardItemModel *m_providerModel = nullptr;
    QStandardItemModel *m_modelModel = nullptr;
    charts::TrendChart *m_trend = nullptr;
    QComboBox *m_trendRange = nullptr;
    QButtonGroup *m_trendMetric = nullptr;
};

}   // namespace tl
