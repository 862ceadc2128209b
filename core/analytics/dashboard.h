#pragma once

#include "alerts/alerts.h"
#include "alerts/budgets.h"
#include "analytics/period.h"
#include "analytics/spend.h"
#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tl {

// Where a figure's money comes from, over a period: what the UI prints beside it.
enum class SourceMix
{
    None,        // no spend
    Billed,      // every account-day with spend was billed by a cost API
    Estimated,   // none was: tokens × prices (or per-request costs providers reported)
    Mixed,       // more than one kind: billed where a bill exists, estimated elsewhere, manual entries
    Manual,      // only manual entries (seats, subscriptions)
};
SourceMix sourceMixOf(int billedAccountDays, int estimatedAccountDays, int manualAccountDays = 0);

// One provider's spend on one UTC day (billed over estimated per account and day).
struct ProviderDay
{
    QDate day;
    QString provider;
    Money spend;
};

// A slice of a breakdown: a provider (spend, billed over estimated) or a model (usage cost).
struct Share
{
    QString key;     // provider id, or "provider/model"
    QString label;   // what a person reads
    QString provider;
    Money cost;
    qint64 tokens = 0;         // the four kinds below together
    qint64 inputTokens = 0;    // uncached input
    qint64 cachedTokens = 0;   // cache reads
    qint64 cacheWriteTokens = 0;
    qint64 outputTokens = 0;
    qint64 requests = 0;
    qint64 unpricedTokens = 0;
    SourceMix source = SourceMix::None;
    // Share of the breakdown's total in hundredths of a percent, rounded half-even.
    qint64 shareBasisPoints = 0;
};

// One calendar month of the trend (UTC): spend, requests and tokens.
struct MonthTotal
{
    QDate month;   // the 1st
    Money spend;
    qint64 requests = 0;
    qint64 tokens = 0;
};

// A balance or remaining credit a provider reported at the last sync.
struct BalanceLeft
{
    qint64 accountId = 0;
    QString accountLabel;
    QString provider;
    QString currency;
    QString kind;
    Money amount;   // 1e-9 units of `currency`
    QDateTime fetchedAt;
};

// What the last syncs say, for the dashboard's status line.
struct SyncStatus
{
    QDateTime lastFinished;    // invalid when nothing ever synced
    QString lastStatus;        // success | partial | failed | cancelled
    int failingAccounts = 0;   // accounts whose latest sync failed
    QString firstFailure;      // "label: message" of one of them
};

// Everything the dashboard shows for a period, read in one go from the rollups (never the raw usage
// table), so a refresh stays fast at millions of rows. All money is exact; all days are UTC days.
// Past periods show what happened; only the current calendar month has a forecast.
struct DashboardData
{
    QDate today;
    Period period;
    QDate periodEnd;    // the last day read: the period's end, or today when it runs past it
    QDate monthStart;   // the 1st of today's month: the month the forecast is for
    int accountCount = 0;
    Forecast forecast;            // today's month: month to date, last month's same days, month-end forecast
    bool showsForecast = false;   // the period is the current calendar month
    Money spent;                  // in the period, up to periodEnd
    Money previousSpent;          // the same number of days at the start of the period before
    QDate compareFrom;            // those days
    QDate compareTo;
    Money spentBilled;   // the parts of `spent` by source
    Money spentEstimated;
    Money spentManual;
    SourceMix spentSource = SourceMix::None;
    QList<QString> providers;   // of the period, biggest spend first
    QList<ProviderDay> daily;   // the period, per provider and day (days without spend absent)
    QList<Share> byProvider;    // the period, biggest first
    QList<Share> byModel;       // the period, usage cost, biggest first
    QList<MonthTotal> trend;    // the 12 months up to periodEnd's month, oldest first
    QDate firstDataDay;         // the first and last day anything was recorded (invalid: none)
    QDate lastDataDay;
    QList<BalanceLeft> balances;
    SyncStatus sync;
    QDate budgetAsOf;              // budgets are monthly: their state in the month of this day (periodEnd)
    QList<BudgetStatus> budgets;   // every budget's month as of budgetAsOf
    QList<Alert> alerts;           // newest first, at most 5; their words from renderAlert()
    int unreadAlerts = 0;

    bool hasSpendData() const;    // anything at all recorded, in any period
    bool periodHasData() const;   // anything spent or used in the period
};

// Reads the dashboard for `period` as of `today` (UTC). Reads only.
std::optional<DashboardData> loadDashboard(QSqlDatabase db, QDate today, const Period &period,
                                           QString *error = nullptr);
// The current calendar month.
std::optional<DashboardData> loadDashboard(QSqlDatabase db, QDate today, QString *error = nullptr);

// Sorts biggest cost first (then most tokens, then key) and sets each share of the total cost.
void sortBiggestFirst(QList<Share> &shares);

// Shares in hundredths of a percent that add up to exactly 10000 (largest remainder), so a
// table of shares never sums to 99.99 %; all zero when the total is zero.
QList<qint64> shareBasisPoints(const QList<Money> &parts);

}   // namespace tl
