#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <functional>

#include <optional>

namespace tl {

// Which number a figure shows: what a provider billed wins over tokens × prices for the same
// account and UTC day; the UI always says which it shows.
enum class CostSource
{
    None,        // nothing recorded
    Billed,      // from a cost API (or a CSV with amounts)
    Estimated,   // tokens × the catalog price of that day
    Manual,      // only manual entries (seats, subscriptions)
};

// One account's spend on one UTC day, in USD.
struct DailySpend
{
    QDate day;
    qint64 accountId = 0;
    Money billed;      // USD amounts from cost APIs
    Money estimated;   // usage cost (estimated + reported rows)
    Money manual;      // manual entries, always added on top
    // Usage of an account whose usage is not spend — a subscription (value at API prices) or an
    // agent account whose requests another account's bill already holds. Never in spend().
    Money value;
    bool hasBilled = false;
    qint64 tokens = 0;   // the usage rows' tokens (all four kinds) and requests, whoever pays
    qint64 requests = 0;

    CostSource source() const;
    // Billed wins over estimated; manual entries are neither and always count.
    Money spend() const;
};

// Whether an account's usage counts as spend, as SQL over `accounts a` (see DailySpend::value).
extern const char *const UsageIsSpendSql;

// Daily spend per account over an inclusive range of UTC days, from the rollups and costs.
std::optional<QList<DailySpend>> dailySpend(QSqlDatabase db, QDate from, QDate to, QString *error = nullptr);

// Total spend per UTC day (all accounts, billed-over-estimated per account and day).
// A day whose total does not fit fails the call (nullopt with *error naming the day).
std::optional<QList<std::pair<QDate, Money>>> totalsByDay(const QList<DailySpend> &spend, QString *error = nullptr);

// Month-end forecast: month to date plus a run-rate over the last complete days.
// Method: rate = mean daily spend over the `rateDays` complete UTC days before `today` (fewer when
// there is less history, at least one); the band is rate ± one standard deviation of those
// days (never below zero), applied to the days left after today. All integer nano-USD.
struct Forecast
{
    QDate today;
    QDate monthEnd;
    Money monthToDate;   // the 1st through today (today is still running)
    Money dailyRate;
    Money low;   // month-end totals
    Money expected;
    Money high;
    int rateDaysUsed = 0;      // complete days the rate was taken from
    QDate rateFrom;            // first of those days
    int daysLeft = 0;          // after today
    Money sameDaysLastMonth;   // 1st .. same day number of the previous month
    // Fixed charges (manual entries: seats, subscriptions, one-off amounts) are known amounts, not a
    // run rate: those charged this month so far are in monthToDate, those still due after today are
    // added to low, expected and high as they are. The rate is taken from variable spend only.
    Money fixedCharged;
    Money fixedDue;
    // A sum did not fit in 64-bit nano-USD: the figures are not to be shown (callers fail with
    // `overflowMessage`), never a wrapped or capped amount.
    QString overflowMessage;
    bool overflowed() const { return !overflowMessage.isEmpty(); }
};

// Integer mean (floored) and population standard deviation (floored square root) of nanos.
struct MeanDeviation
{
    qint64 mean = 0;
    qint64 deviation = 0;
};
MeanDeviation meanAndDeviation(const QList<qint64> &values);

// `daily` must cover at least the month so far and the rate window; missing days count as zero.
// Every amount in `daily` is treated as variable (a run rate); see forecastWithFixedCharges().
Forecast forecastMonthEnd(const QList<std::pair<QDate, Money>> &daily, QDate today, int rateDays = 7);

// The month-end forecast of what the dashboard, budgets, budget alerts and `report` show: spent so
// far (variable spend and the fixed charges charged so far) + the run rate of variable spend (billed
// over estimated, manual entries excluded) × days left + the fixed charges still due this month.
// `spend` must cover the month so far and the rate window.
Forecast forecastWithFixedCharges(const QList<DailySpend> &spend, QDate today, Money fixedDue, int rateDays = 7);

// What manual entries will still charge this month after `today` (monthly entries whose day is
// later this month, one-off amounts dated later this month), for the accounts `inScope` accepts
// (all when empty). Nullopt with *error when it does not fit.
struct ManualEntry;
std::optional<Money> fixedChargesDue(const QList<ManualEntry> &entries, QDate today,
                                     const std::function<bool(qint64 accountId)> &inScope = {},
                                     QString *error = nullptr);

}   // namespace tl
