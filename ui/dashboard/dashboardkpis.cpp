// The dashboard's KPI cards (spent, forecast or daily average, budget, credits left) and its status
// line, for the period shown.
#include "dashboardpage.h"

#include "alerts/alerttext.h"
#include "charts/chartstyle.h"
#include "common/dates.h"
#include "common/periodbar.h"
#include "dashboard/dashboardtext.h"
#include "providers/providercatalog.h"

#include <QLabel>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <limits>
#include <optional>

namespace tl {

using namespace dashboard;

namespace {

// `text` kept on one line when the card's label wraps (a date range, a moment, a figure with its name).
QString unbroken(QString text)
{
    // No-break spaces, and word joiners around a dash (a line may break after one otherwise).
    return text.replace(QLatin1Char(' '), QChar(0x00a0)).replace(QChar(0x2013), QStringLiteral("\u2060\u2013\u2060"));
}

// A sum per currency, US dollars first (what the rest of the dashboard speaks), then by code;
// nullopt when it passed 2^63 − 1 and cannot be shown.
using CurrencySums = QList<std::pair<QString, std::optional<Money>>>;

void addTo(CurrencySums &sums, const QString &currency, Money amount)
{
    auto it = std::find_if(sums.begin(), sums.end(), [&](const auto &s) { return s.first == currency; });
    if (it == sums.end()) {
        const auto before = [&](const auto &s) {
            return currency == QStringLiteral("USD") || (s.first != QStringLiteral("USD") && currency < s.first);
        };
        sums.insert(std::find_if(sums.begin(), sums.end(), before), {currency, amount});
    } else if (it->second) {
        it->second = it->second->checkedAdd(amount);
    }
}

QStringList figuresOf(const CurrencySums &sums)
{
    QStringList figures;
    for (const auto &[currency, sum] : sums)
        figures << (sum ? amountIn(currency, *sum) : DashboardPage::tr("— %1").arg(currency));
    return figures;
}

}   // namespace

void DashboardPage::presentKpis()
{
    presentSpent();
    presentForecastOrAverage();
    presentBudget();
    presentBalancesAndStatus();
}

void DashboardPage::presentSpent()
{
    const DashboardData &d = m_data;
    m_mtdTitle->setText(d.showsForecast              ? tr("Month to date")
                        : d.period.contains(d.today) ? tr("Spent so far")
                                                     : tr("Spent"));
    m_mtdValue->setText(d.spent.toDisplayString());
    const QString compared =
        unbroken(d.compareFrom == d.compareTo ? shortDay(d.compareFrom)
                                              : tr("%1 – %2").arg(shortDay(d.compareFrom), shortDay(d.compareTo)));
    QString comparison;
    const auto change = changeBasisPoints(d.spent, d.previousSpent);
    if (!change) {
        comparison =
            d.spent.isZero() ? tr("Nothing spent on %1 either").arg(compared) : tr("Nothing spent on %1").arg(compared);
    } else if (*change == 0) {
        // Nothing changed: no arrow and no "0.00 %".
        comparison = tr("The same as on %1").arg(compared);
    } else {
        comparison = tr("%1 %2 % vs %3 on %4")
                         .arg(*change > 0 ? QStringLiteral("▲") : QStringLiteral("▼"),
                              charts::percentText(std::abs(*change)), d.previousSpent.toDisplayString(), compared);
    }
    QString source;
    switch (d.spentSource) {
    case SourceMix::Billed:
        source = tr("All billed by the providers");
        break;
    case SourceMix::Estimated:
        source = tr("All estimated from tokens × prices");
        break;
    case SourceMix::Mixed: {
        QStringList parts;
        if (!d.spentBilled.isZero())
            parts << tr("billed %1").arg(d.spentBilled.toDisplayString());
        if (!d.spentEstimated.isZero())
            parts << tr("estimated %1").arg(d.spentEstimated.toDisplayString());
        if (!d.spentManual.isZero())
            parts << tr("manual %1").arg(d.spentManual.toDisplayString());
        source = parts.join(QStringLiteral(" · "));
        if (!source.isEmpty())
            source[0] = source[0].toUpper();
        break;
    }
    case SourceMix::Manual:
        source = tr("All from manual entries");
        break;
    case SourceMix::None:
        source = tr("Nothing recorded in this period");
        break;
    }
    const QString days = d.periodEnd < d.period.from ? PeriodBar::span(d.period)
                         : d.period.from == d.periodEnd
                             ? tr("%1 (UTC)").arg(longDay(d.periodEnd))
                             : tr("%1 (UTC)").arg(PeriodBar::span(*Period::custom(d.period.from, d.periodEnd)));
    m_mtdDetail->setText(QStringList{days, comparison, source}.join(u'\n'));
    m_mtdDetail->setToolTip(tr("Billed amounts come from a provider's cost API and win over estimates for the same "
                               "account and day. Exact: %1")
                                .arg(charts::exactMoneyText(d.spent.nanos())));
}

void DashboardPage::presentForecastOrAverage()
{
    if (!m_data.showsForecast) {
        // A past period (or one that is not a calendar month) shows what happened, never a forecast.
        const qint64 days = m_data.periodEnd < m_data.period.from ? 0 : m_data.period.from.daysTo(m_data.periodEnd) + 1;
        m_forecastTitle->setText(tr("Daily average"));
        m_forecastValue->setText(days > 0 ? Money::fromNanos(m_data.spent.nanos() / days).toDisplayString() : tr("—"));
        QMap<QDate, qint64> byDay;
        for (const ProviderDay &p : std::as_const(m_data.daily))
            byDay[p.day] += p.spend.nanos();
        QStringList lines;
        lines << tr("Over %n UTC day(s)", nullptr, int(days));
        QDate peakDay;
        qint64 peak = 0;
        int withSpend = 0;
        for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
            if (it.value() > 0)
                ++withSpend;
            if (it.value() > peak) {
                peak = it.value();
                peakDay = it.key();
            }
        }
        if (peakDay.isValid())
            lines << tr("Highest day: %1 on %2").arg(Money::fromNanos(peak).toDisplayString(), longDay(peakDay))
                  << tr("Spend on %n of those days", nullptr, withSpend);
        lines << (m_data.period.contains(m_data.today)
                      ? tr("Forecasts are for the current calendar month: choose This month to see one.")
                      : tr("A past period: actual spend, no forecast."));
        m_forecastDetail->setText(lines.join(u'\n'));
        m_forecastDetail->setToolTip(tr("The period's spend divided by its days so far, floored to the nano-dollar."));
        return;
    }
    const Forecast &f = m_data.forecast;
    m_forecastTitle->setText(tr("Forecast for %1").arg(shortDay(f.monthEnd)));
    m_forecastValue->setText(f.expected.toDisplayString());
    QString method;
    if (f.daysLeft == 0)
        method = tr("Last day of the month: the forecast is the month so far.");
    else if (f.rateDaysUsed == 0)
        method = tr("No complete day of history yet: the forecast is the month so far.");
    else if (f.rateDaysUsed == 1)
        // No %3 here: a three-argument arg() would put the day into %4, the days left.
        method = tr("Month to date + %1 a day (the spend of %2, the one complete UTC day so far) × %4 days left.")
                     .arg(f.dailyRate.toDisplayString(), shortDay(f.rateFrom))
                     .arg(f.daysLeft);
    else
        method = tr("Month to date + %1 a day (the mean of %2 – %3, %5 complete UTC days) × %4 days left.")
                     .arg(f.dailyRate.toDisplayString(), shortDay(f.rateFrom), shortDay(f.today.addDays(-1)))
                     .arg(f.daysLeft)
                     .arg(f.rateDaysUsed);
    // Fixed charges (manual entries) still due this month are known amounts, added as they are.
    if (!f.fixedDue.isZero())
        method +=
            QLatin1Char(' ') +
            tr("Plus %1 of fixed charges still due this month (manual entries).").arg(f.fixedDue.toDisplayString());
    if (f.expected.isZero() && f.high.isZero())
        // Nothing spent this month and nothing in the days before it: no range to speak of.
        m_forecastDetail->setText(tr("Nothing spent this month and none in the days before: nothing to project yet."));
    else
        m_forecastDetail->setText(tr("Range %1 – %2").arg(f.low.toDisplayString(), f.high.toDisplayString()) + u'\n' +
                                  method);
    m_forecastDetail->setToolTip(tr("The range is the daily rate ± one standard deviation of those days."));
}

void DashboardPage::presentBudget()
{
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
    const bool pastMonth = m_data.budgetAsOf < m_data.monthStart;
    const QString month = PeriodBar::label(Period::month(m_data.budgetAsOf));
    m_budgetTitle->setText(m_data.budgetAsOf >= m_data.monthStart ? tr("Budget") : tr("Budget, %1").arg(month));
    if (!shown) {
        m_budgetValue->setText(tr("Not set"));
        m_budgetDetail->setText(tr("Set a monthly budget to be warned at 50 %, 80 % and 100 %.<br><a "
                                   "href=\"#budgets\">Open Budgets &amp; Alerts</a>"));
    } else {
        m_budgetValue->setText(tr("%1 % used").arg(shown->usedPercentText()));
        QString state;
        switch (shown->state) {
        case BudgetStatus::State::Ok:
            state = pastMonth ? tr("Stayed within budget") : tr("On track");
            break;
        case BudgetStatus::State::Warning:
            state = !pastMonth && shown->forecast.expected > shown->budget.amount
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
}

// The card's figure is the money left in the first currency; other currencies follow on the first
// line below it (never one provider's balance shown as if it were all, never currencies added
// together), then one line per account. A key limit is a cap on a key, no money of its own: it is
// the figure only when nothing else is reported. Kinds and providers are in the tooltip, which keeps
// the card as tall as its neighbours.
void DashboardPage::presentBalances()
{
    const QString limitKind = QStringLiteral("limit_remaining");
    if (m_data.balances.isEmpty()) {
        m_balanceValue->setText(tr("—"));
        m_balanceDetail->setText(tr("None of your providers reports a balance (OpenRouter and DeepSeek do)."));
        m_balanceValue->setToolTip(QString());
        m_balanceDetail->setToolTip(QString());
        return;
    }
    const bool onlyLimits = std::all_of(m_data.balances.cbegin(), m_data.balances.cend(),
                                        [&](const BalanceLeft &b) { return b.kind == limitKind; });
    CurrencySums total;
    QList<qint64> accounts;   // in the order the data lists them
    QMap<qint64, CurrencySums> money, limits;
    QMap<qint64, QString> labels;
    for (const BalanceLeft &b : std::as_const(m_data.balances)) {
        if (!accounts.contains(b.accountId))
            accounts << b.accountId;
        labels.insert(b.accountId, b.accountLabel);
        const bool limit = b.kind == limitKind;
        addTo(limit ? limits[b.accountId] : money[b.accountId], b.currency, b.amount);
        if (!limit || onlyLimits)
            addTo(total, b.currency, b.amount);
    }
    const QStringList figures = figuresOf(total);
    m_balanceValue->setText(figures.first());
    QStringList lines;
    if (figures.size() > 1)
        lines << tr("and %1").arg(figures.mid(1).join(QStringLiteral(" · ")));
    for (const qint64 account : std::as_const(accounts)) {
        QStringList parts = figuresOf(money.value(account));
        const QStringList capped = figuresOf(limits.value(account));
        if (!capped.isEmpty())
            parts << unbroken(tr("key limit %1").arg(capped.join(QStringLiteral(" · "))));
        lines << tr("%1: %2").arg(labels.value(account), parts.join(QStringLiteral(" · ")));
    }
    lines << tr("as of %1").arg(unbroken(momentText(m_data.balances.first().fetchedAt)));
    m_balanceDetail->setText(lines.join(u'\n'));

    QStringList full;
    for (const BalanceLeft &b : std::as_const(m_data.balances)) {
        const QString kind = b.kind == limitKind                             ? tr("key limit left")
                             : b.kind == QStringLiteral("credits_remaining") ? tr("credits left")
                                                                             : tr("balance");
        // "DeepSeek: …" rather than "DeepSeek (DeepSeek): …" when the account is named after its provider.
        const QString who = b.accountLabel == providerDisplayName(b.provider)
                                ? b.accountLabel
                                : tr("%1 (%2)").arg(b.accountLabel, providerDisplayName(b.provider));
        full << tr("%1: %2 %3").arg(who, amountIn(b.currency, b.amount), kind);
    }
    m_balanceValue->setToolTip(full.join(u'\n'));
    m_balanceDetail->setToolTip(full.join(u'\n'));
}

void DashboardPage::presentBalancesAndStatus()
{
    presentBalances();

    QStringList status;
    const SyncStatus &s = m_data.sync;
    if (!s.lastFinished.isValid()) {
        status << tr("Never synced.");
    } else {
        const QString outcome = s.lastStatus == u"success"     ? tr("success")
                                : s.lastStatus == u"partial"   ? tr("partly")
                                : s.lastStatus == u"failed"    ? tr("failed")
                                : s.lastStatus == u"cancelled" ? tr("cancelled")
                                                               : s.lastStatus;
        status << tr("Last sync finished %1: %2.").arg(momentText(s.lastFinished), outcome);
    }
    qsizetype failingLine = -1;
    if (s.failingAccounts > 0) {
        // A run's message ends its own sentence: no second full stop after it.
        QString failure = s.firstFailure;
        while (failure.endsWith(QLatin1Char('.')))
            failure.chop(1);
        failingLine = status.size();
        status << tr("%n account(s) failing to sync — %1. See Sync History.", nullptr, s.failingAccounts).arg(failure);
    }
    if (m_data.alerts.isEmpty()) {
        status << tr("No alerts.");
    } else {
        status << tr("%n unread alert(s); latest: %1", nullptr, m_data.unreadAlerts)
                      .arg(renderAlert(m_data.alerts.first()).title);
    }
    // Plain text unless a failure is shown in red: a rich-text label is laid out as a QTextDocument,
    // several times the work of plain text at the first paint.
    const QString separator = QStringLiteral(" \u00a0·\u00a0 ");
    if (failingLine < 0) {
        m_statusLabel->setTextFormat(Qt::PlainText);
        m_statusLabel->setText(status.join(separator));
        return;
    }
    for (QString &line : status)
        line = line.toHtmlEscaped();
    status[failingLine] = QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(status.at(failingLine));
    m_statusLabel->setTextFormat(Qt::RichText);
    m_statusLabel->setText(status.join(separator));
}

}   // namespace tl
