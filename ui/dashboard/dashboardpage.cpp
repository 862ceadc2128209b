#include "dashboardpage.h"

#include <limits>

#include "alerts/alerttext.h"
#include "charts/chartstyle.h"
#include "charts/dailyspendchart.h"
#include "charts/sharedonut.h"
#include "charts/trendchart.h"
#include "common/clock.h"
#include "common/dates.h"
#include "common/emptystate.h"
#include "common/tables.h"
#include "providers/providercatalog.h"
#include "storage/dbworker.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl {

namespace {

__extension__ typedef __int128 i128;

QLabel *label(const QString &objectName, QWidget *parent, qreal scale = 1.0, bool bold = false)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    if (bold)
        f.setWeight(QFont::DemiBold);
    l->setFont(f);
    return l;
}

// A KPI card: a caption, a big figure and a line or two that say what the figure is.
QFrame *card(const QString &caption, QLabel **title, QLabel *value, QLabel *detail, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("kpiCard"));
    frame->setStyleSheet(QStringLiteral("QFrame#kpiCard { background: palette(base); border: 1px solid palette(mid); "
                                        "border-radius: 8px; }"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(4);
    QLabel *captionLabel = label(QString(), frame, 0.95, true);
    captionLabel->setText(caption);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    if (title)
        *title = captionLabel;
    layout->addWidget(captionLabel);
    value->setParent(frame);
    layout->addWidget(value);
    detail->setParent(frame);
    detail->setTextFormat(Qt::RichText);
    layout->addWidget(detail);
    layout->addStretch(1);
    return frame;
}

QWidget *section(const QString &title, QWidget *body, QWidget *trailing, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    auto *header = new QHBoxLayout;
    QLabel *heading = label(QString(), box, 1.15, true);
    heading->setText(title);
    header->addWidget(heading, 1);
    if (trailing)
        header->addWidget(trailing);
    layout->addLayout(header);
    layout->addWidget(body, 1);
    return box;
}

// (a − b) / b in hundredths of a percent, half-even; nullopt when b is zero.
std::optional<qint64> changeBasisPoints(Money a, Money b)
{
    if (b.nanos() <= 0)
        return std::nullopt;
    i128 n = (static_cast<i128>(a.nanos()) - b.nanos()) * 10000;
    const bool negative = n < 0;
    if (negative)
        n = -n;
    i128 q = n / b.nanos();
    const i128 r = n % b.nanos();
    if (r * 2 > b.nanos() || (r * 2 == b.nanos() && q % 2 == 1))
        ++q;
    return static_cast<qint64>(negative ? -q : q);
}

QString shortDay(QDate day)
{
    return QLocale().toString(day, QStringLiteral("d MMM"));
}

QString dateTimeText(const QDateTime &time)
{
    return QLocale().toString(time.toUTC(), QStringLiteral("d MMM yyyy HH:mm"));
}

QString amountIn(const QString &currency, Money amount)
{
    if (currency == QStringLiteral("USD"))
        return amount.toDisplayString();
    return amount.toDecimalString(2) + QLatin1Char(' ') + currency;
}

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
    , m_stack(new QStackedWidget(this))
    , m_loading(new QLabel(tr("Loading…"), this))
    , m_empty(new EmptyState(tr("No spending recorded yet"),
                             tr("Add a provider account to start syncing, or import a CSV of your usage. "
                                "TokenLedger shows only numbers it has read from your providers or your own "
                                "files — never estimates it made up."),
                             this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_empty->setObjectName(QStringLiteral("dashboardEmptyState"));
    m_empty->setAction(tr("Add an account…"));
    connect(m_empty, &EmptyState::actionTriggered, this, &DashboardPage::addAccountRequested);
    m_loading->setAlignment(Qt::AlignCenter);
    m_content = buildContent();
    m_stack->addWidget(m_loading);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
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
    cards->addWidget(card(tr("Month to date"), nullptr, m_mtdValue, m_mtdDetail, inner), 0, 0);
    cards->addWidget(card(tr("Forecast"), &m_forecastTitle, m_forecastValue, m_forecastDetail, inner), 0, 1);
    cards->addWidget(card(tr("Budget"), nullptr, m_budgetValue, m_budgetDetail, inner), 0, 2);
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
    auto *dailySection = section(tr("Daily spend"), m_daily, nullptr, inner);
    m_dailyTitle = dailySection->findChild<QLabel *>();
    layout->addWidget(dailySection);

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
    layout->addWidget(section(tr("By provider this month"),
                              breakdown(m_providerDonut, m_providerModel, QStringLiteral("providerTable")), nullptr,
                              inner));
    layout->addWidget(section(tr("By model this month"),
                              breakdown(m_modelDonut, m_modelModel, QStringLiteral("modelTable")), nullptr, inner));
    auto *modelNote = label(QString(), inner, 0.9);
    modelNote->setText(tr("Models show usage cost — tokens × catalog prices, or the cost a provider reported per "
                          "request — because bills are not itemised by model everywhere."));
    modelNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(modelNote);
    m_subscriptionNote = label(QStringLiteral("subscriptionModelNoteLabel"), inner, 0.9);
    m_subscriptionNote->setText(tr("Models used through a subscription show no cost here: their usage is value at API "
                                   "prices, not spend (see Coding agents above)."));
    m_subscriptionNote->setForegroundRole(QPalette::PlaceholderText);
    m_subscriptionNote->hide();
    layout->addWidget(m_subscriptionNote);

    m_trend = new charts::TrendChart(inner);
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
    struct Result
    {
        std::optional<DashboardData> data;
        QString error;
        AgentPanelData agents;
    };
    m_worker->run(
        [now](QSqlDatabase db) {
            Result r;
            r.data = loadDashboard(db, now.date(), &r.error);
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
            m_empty->setBody(
                tr("Your accounts are set up, but no usage or billed cost has been reported for the last 12 months "
                   "(UTC) so far. Run Sync Now, or check Sync History if a sync failed. Providers can take a few "
                   "hours to report the latest day."));
            m_empty->setAction(QString());
        } else {
            m_empty->setTitle(tr("No spending recorded yet"));
            m_empty->setAction(tr("Add an account…"));
        }
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    presentKpis();
    m_dailyTitle->setText(tr("Daily spend, %1 (UTC days)")
                              .arg(QLocale().monthName(m_data.monthStart.month()) + QLatin1Char(' ') +
                                   QString::number(m_data.monthStart.year())));
    m_daily->setData(m_data);
    m_providerDonut->setShares(m_data.byProvider);
    m_modelDonut->setShares(m_data.byModel);
    presentBreakdown(m_providerModel, m_data.byProvider, true);
    presentBreakdown(m_modelModel, m_data.byModel, false);
    m_trend->setMonths(m_data.trend);
    m_trend->setRange(m_trendRange->currentData().toInt());
    m_stack->setCurrentWidget(m_content);
}

void DashboardPage::presentKpis()
{
    const Forecast &f = m_data.forecast;
    const QDate lastMonth = m_data.monthStart.addMonths(-1);
    const QDate lastMonthSameDay(lastMonth.year(), lastMonth.month(), std::min(f.today.day(), lastMonth.daysInMonth()));
    m_mtdValue->setText(f.monthToDate.toDisplayString());
    QString comparison;
    if (const auto change = changeBasisPoints(f.monthToDate, f.sameDaysLastMonth)) {
        comparison =
            tr("%1 %2 % vs %3 on %4 – %5")
                .arg(*change >= 0 ? QStringLiteral("▲") : QStringLiteral("▼"), charts::percentText(std::abs(*change)),
                     f.sameDaysLastMonth.toDisplayString(), shortDay(lastMonth), shortDay(lastMonthSameDay));
    } else {
        comparison = tr("Nothing spent on %1 – %2 last month").arg(shortDay(lastMonth), shortDay(lastMonthSameDay));
    }
    QString source;
    switch (m_data.mtdSource) {
    case SourceMix::Billed:
        source = tr("All billed by the providers");
        break;
    case SourceMix::Estimated:
        source = tr("All estimated from tokens × prices");
        break;
    case SourceMix::Mixed: {
        QStringList parts;
        if (!m_data.mtdBilled.isZero())
            parts << tr("billed %1").arg(m_data.mtdBilled.toDisplayString());
        if (!m_data.mtdEstimated.isZero())
            parts << tr("estimated %1").arg(m_data.mtdEstimated.toDisplayString());
        if (!m_data.mtdManual.isZero())
            parts << tr("manual %1").arg(m_data.mtdManual.toDisplayString());
        source = parts.join(QStringLiteral(" · "));
        if (!source.isEmpty())
            source[0] = source[0].toUpper();
        break;
    }
    case SourceMix::Manual:
        source = tr("All from manual entries");
        break;
    case SourceMix::None:
        source = tr("Nothing recorded this month yet");
        break;
    }
    m_mtdDetail->setText(
        tr("%1 to %2 (UTC)<br>%3<br>%4")
            .arg(shortDay(m_data.monthStart), shortDay(f.today), comparison.toHtmlEscaped(), source.toHtmlEscaped()));
    m_mtdDetail->setToolTip(tr("Billed amounts come from a provider's cost API and win over estimates for the same "
                               "account and day. Exact month to date: %1")
                                .arg(charts::exactMoneyText(f.monthToDate.nanos())));

    m_forecastTitle->setText(tr("Forecast for %1").arg(shortDay(f.monthEnd)));
    m_forecastValue->setText(f.expected.toDisplayString());
    QString method;
    if (f.daysLeft == 0)
        method = tr("Last day of the month: the forecast is the month so far.");
    else if (f.rateDaysUsed == 0)
        method = tr("No complete day of history yet: the forecast is the month so far.");
    else
        method = (f.rateDaysUsed == 1 ? tr("Month to date + %1 a day (the spend of %2, the one complete UTC day so "
                                           "far) × %4 days left.")
                                      : tr("Month to date + %1 a day (the mean of %2 – %3, %5 complete UTC days) × %4 "
                                           "days left."))
                     .arg(f.dailyRate.toDisplayString(), shortDay(f.rateFrom), shortDay(f.today.addDays(-1)))
                     .arg(f.daysLeft)
                     .arg(f.rateDaysUsed);
    // Fixed charges (manual entries) still due this month are known amounts, added as they are.
    if (!f.fixedDue.isZero())
        method +=
            QLatin1Char(' ') +
            tr("Plus %1 of fixed charges still due this month (manual entries).").arg(f.fixedDue.toDisplayString());
    m_forecastDetail->setText(
        tr("Range %1 – %2<br>%3").arg(f.low.toDisplayString(), f.high.toDisplayString(), method.toHtmlEscaped()));
    m_forecastDetail->setToolTip(tr("The range is the daily rate ± one standard deviation of those days."));

    // The budget card: the budget for everything when there is one, else the most used one.
    const BudgetStatus *shown = nullptr;
    for (const BudgetStatus &b : std::as_const(m_data.budgets)) {
        if (!b.budget.enabled)
            continue;
        if (!shown || (b.budget.scope == Budget::Scope::All && shown->budget.scope != Budget::Scope::All) ||
            (b.budget.scope == shown->budget.scope &&
             b.usedBasisPoints().value_or(std::numeric_limits<qint64>::max()) >
                 shown->usedBasisPoints().value_or(std::numeric_limits<qint64>::max())))
            shown = &b;
    }
    if (!shown) {
        m_budgetValue->setText(tr("Not set"));
        m_budgetDetail->setText(tr("Set a monthly budget to be warned at 50 %, 80 % and 100 %.<br><a "
                                   "href=\"#budgets\">Open Budgets &amp; Alerts</a>"));
    } else {
        m_budgetValue->setText(tr("%1 % used").arg(shown->usedPercentText()));
        QString state;
        switch (shown->state) {
        case BudgetStatus::State::Ok:
            state = tr("On track");
            break;
        case BudgetStatus::State::Warning:
            state = shown->forecast.expected > shown->budget.amount
                        ? tr("Heading over: forecast %1").arg(shown->forecast.expected.toDisplayString())
                        : tr("Warning: past %1 %").arg(shown->budget.warningPercent());
            break;
        case BudgetStatus::State::Over:
            state = tr("Over by %1").arg(shown->overage().toDisplayString());
            break;
        }
        const QString colour = shown->state == BudgetStatus::State::Over      ? QStringLiteral("#c5221f")
                               : shown->state == BudgetStatus::State::Warning ? QStringLiteral("#e38b00")
                                                                              : QStringLiteral("#1e8e3e");
        m_budgetDetail->setText(tr("%1 of %2 · %3<br><b style='color:%4'>%5</b><br><a href=\"#budgets\">%n "
                                   "budget(s)</a>",
                                   nullptr, int(m_data.budgets.size()))
                                    .arg(shown->spent.toDisplayString(), shown->budget.amount.toDisplayString(),
                                         shown->budget.name.toHtmlEscaped(), colour, state.toHtmlEscaped()));
    }

    if (m_data.balances.isEmpty()) {
        m_balanceValue->setText(tr("—"));
        m_balanceDetail->setText(tr("None of your providers reports a balance (OpenRouter and DeepSeek do)."));
    } else {
        // US dollars first: they are what the rest of the dashboard speaks.
        QList<BalanceLeft> balances = m_data.balances;
        std::stable_sort(balances.begin(), balances.end(), [](const BalanceLeft &a, const BalanceLeft &b) {
            return (a.currency == QStringLiteral("USD")) > (b.currency == QStringLiteral("USD"));
        });
        const BalanceLeft &first = balances.first();
        m_balanceValue->setText(amountIn(first.currency, first.amount));
        QStringList lines;
        for (const BalanceLeft &b : std::as_const(balances)) {
            const QString kind = b.kind == QStringLiteral("limit_remaining")     ? tr("key limit left")
                                 : b.kind == QStringLiteral("credits_remaining") ? tr("credits left")
                                                                                 : tr("balance");
            lines << tr("%1 (%2): %3 %4")
                         .arg(b.accountLabel, providerDisplayName(b.provider), amountIn(b.currency, b.amount), kind)
                         .toHtmlEscaped();
        }
        lines << tr("as of the last sync, %1 (UTC)").arg(dateTimeText(first.fetchedAt));
        m_balanceDetail->setText(lines.join(QStringLiteral("<br>")));
    }

    QStringList status;
    const SyncStatus &s = m_data.sync;
    if (!s.lastFinished.isValid()) {
        status << tr("Never synced.");
    } else {
        status << tr("Last sync finished %1 (UTC): %2.").arg(dateTimeText(s.lastFinished), s.lastStatus);
    }
    if (s.failingAccounts > 0) {
        status << QStringLiteral("<span style='color:#b3261e'>") +
                      tr("%n account(s) failing to sync — %1. See Sync History.", nullptr, s.failingAccounts)
                          .arg(s.firstFailure)
                          .toHtmlEscaped() +
                      QStringLiteral("</span>");
    }
    if (m_data.alerts.isEmpty()) {
        status << tr("No alerts.");
    } else {
        status << tr("%n unread alert(s); latest: %1", nullptr, m_data.unreadAlerts)
                      .arg(renderAlert(m_data.alerts.first()).title)
                      .toHtmlEscaped();
    }
    m_statusLabel->setText(status.join(QStringLiteral(" &nbsp;·&nbsp; ")));
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
            << readOnlyItem(QLocale().toString(s.requests), s.requests, Qt::AlignRight);
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
        view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        const int rowsHeight = view->verticalHeader()->defaultSectionSize() * int(model->rowCount());
        view->setFixedHeight(std::min(
            std::max(rowsHeight + view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth() + 2, 80),
            240));
    }
}

}   // namespace tl
