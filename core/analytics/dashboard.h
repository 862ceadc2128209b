#pragma once

#include "alerts/alerts.h"
#include "alerts/budgets.h"
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
    qint64 tokens = 0;
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

// Everything the dashboard shows, read in one go from the rollups (never the raw usage table),
// so a refresh stays fast at millions of rows. All money is exact; all days are UTC days.
struct DashboardData
{
    QDate today;
    QDate monthStart;
    int accountCount = 0;
    Forecast forecast;   // month to date, last month's same days, month-end forecast
    Money mtdBilled;     // the parts of month to date by source
    Money mtdEstimated;
    Money mtdManual;
    SourceMix mtdSource = SourceMix::None;
    QList<QString> providers;   // of this month, biggest spend first
    QList<ProviderDay> daily;   // this month, per provider and day (days without spend absent)
    QList<Share> byProvider;    // this month, biggest first
    QList<Share> byModel;       // this month, usage cost, biggest first
    QList<MonthTotal> trend;    // the last 12 months, oldest first, this month last (so far)
    QList<BalanceLeft> balances;
    SyncStatus sync;
    QList<BudgetStatus> budgets;   // every budget's month so far
    QList<Alert> alerts;           // newest first, at most 5; their words from renderAlert()
    int unreadAlerts = 0;

    bool hasSpendData() const;   // anything at all in the last 12 months
};

// Reads the dashboard for `today` (UTC). Reads only.
std::optional<DashboardData> loadDashboard(QSqlDatabase db, QDate today, QString *error = nullptr);

// Shares in hundredths of a percent that add up to exactly 10000 (largest remainder), so a
// table of shares never sums to 99.99 %; all zero when the total is zero.
QList<qint64> shareBasisPoints(const QList<Money> &parts);

}   // namespace tl
