#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tl {

// Usage windows of coding-agent plans, computed from what the local logs hold and nothing else:
// no storage, no clock (the caller passes `now`). Tokens are counts; value is nano-USD at API prices.

// Claude plans meter usage in 5-hour windows.
inline constexpr qint64 ClaudeWindowSeconds = 5 * 60 * 60;
// Below this much time since a window's first request there is no burn rate: a rate taken over a
// few seconds is one request divided by almost nothing, and a projection from it is noise.
inline constexpr qint64 MinBurnRateSeconds = 60;

// One request's share of a window.
struct UsagePoint
{
    QDateTime time;
    qint64 tokens = 0;
    qint64 valueNano = 0;   // at API prices
};

// One 5-hour window with activity. Times are UTC; `end` is exclusive.
struct UsageWindow
{
    QDateTime start;   // the first request's time floored to the UTC hour
    QDateTime end;     // start + 5 h
    QDateTime firstActivity;
    QDateTime lastActivity;
    qint64 requests = 0;
    qint64 tokens = 0;
    qint64 valueNano = 0;
    // A sum did not fit in 64 bits: the totals are not to be shown, never a wrapped figure.
    bool overflowed = false;

    bool contains(const QDateTime &time) const { return start <= time && time < end; }
};

// Groups points into windows, the rule of ccusage's "blocks": a window starts at the first
// request's time floored to the UTC hour and lasts 5 hours; the first request at or after its end
// starts the next window (a request at exactly start + 5 h is in the new one). Gaps leave no empty
// windows. Points need not be sorted; points without a valid time are skipped.
QList<UsageWindow> usageWindows(const QList<UsagePoint> &points);

// part / whole in hundredths of a percent, floored; nullopt when whole ≤ 0 or past 2^63 − 1.
std::optional<qint64> basisPoints(qint64 part, qint64 whole);

// Pace of the active window since its first request.
struct BurnRate
{
    qint64 tokensPerMinute = 0;    // floored
    qint64 valueNanoPerHour = 0;   // floored
};

// Where the windows stand at `now`.
struct WindowSummary
{
    QDateTime now;
    std::optional<UsageWindow> active;   // the window with start ≤ now < end
    // Windows that ended by `now` (the active one excluded) and the highest of them, by tokens and
    // by value separately (they may be different windows); nullopt without such a window.
    qint64 earlierWindows = 0;
    std::optional<qint64> peakTokens;
    std::optional<qint64> peakValueNano;
    // The active window's usage against those peaks (basisPoints); nullopt without either side.
    std::optional<qint64> tokensOfPeakBasisPoints;
    std::optional<qint64> valueOfPeakBasisPoints;
    // Elapsed = now − the active window's first request; the rate is usage ÷ elapsed, and absent
    // under MinBurnRateSeconds (one request just made, or none before now).
    qint64 elapsedSeconds = 0;
    std::optional<BurnRate> burnRate;
    // Usage + usage × (end − now) ÷ elapsed, floored once (the exact rate, not the floored one
    // above); equal to the usage when there is no rate. Zero without an active window.
    qint64 projectedTokens = 0;
    qint64 projectedValueNano = 0;
    qint64 resetsInSeconds = 0;   // end − now, floored; zero without an active window
    bool overflowed = false;      // the active window's sums or its projection did not fit

    bool hasActive() const { return active.has_value(); }
};

// `windows` as usageWindows() returns them.
WindowSummary summarizeWindows(const QList<UsageWindow> &windows, const QDateTime &now);

// Codex logs its own rate limits (event_msg token_count → rate_limits); one of its windows.
// Field names follow the log so a parsed CodexRateLimits maps onto these 1:1.
struct CodexLimitWindow
{
    double usedPercent = 0;     // a percentage, as logged; not money
    qint64 windowMinutes = 0;   // 300: the 5-hour window; 10080: the weekly one
    QDateTime resetsAt;         // invalid when not logged
};

// The latest rate limits the logs reported.
struct CodexLimits
{
    QDateTime observedAt;   // the log line's time
    std::optional<CodexLimitWindow> primary;
    std::optional<CodexLimitWindow> secondary;
    QString planType;
};

// One Codex window at `now`.
struct CodexWindowStatus
{
    enum class State
    {
        NotLogged,        // no such window, or no reset time, in the latest observation
        Current,          // now < resetsAt: the logged percentage still holds
        ResetSinceSeen,   // the window reset after the observation: a new window no log has reported on
    };
    State state = State::NotLogged;
    qint64 windowMinutes = 0;
    std::optional<double> usedPercent;   // Current only: never a figure invented for a new window
    QDateTime resetsAt;                  // when it resets (Current) or did (ResetSinceSeen)
    qint64 resetsInSeconds = 0;          // Current only, floored
};

struct CodexWindowsStatus
{
    CodexWindowStatus primary;
    CodexWindowStatus secondary;
    QDateTime observedAt;
    QString planType;
};

CodexWindowsStatus codexWindowsStatus(const CodexLimits &latest, const QDateTime &now);

// "Warn me when this window is on course to pass N % of …", checked once per window.
struct WindowAlertRule
{
    enum class Basis
    {
        HighestEarlierWindow,   // the highest earlier window's tokens (WindowSummary::peakTokens)
        AbsoluteTokens,         // `absoluteTokens`
    };
    int thresholdPercent = 100;
    Basis basis = Basis::HighestEarlierWindow;
    qint64 absoluteTokens = 0;
};

struct WindowAlertCheck
{
    enum class Outcome
    {
        Fire,             // alert, then store `windowStart` as the last alerted window
        Below,            // projected usage under the threshold
        AlreadyAlerted,   // this window (or a later one) was alerted for
        NoActiveWindow,
        NoBasis,   // no earlier window or a zero peak; an absolute count or threshold ≤ 0
    };
    Outcome outcome = Outcome::NoActiveWindow;
    QDateTime windowStart;   // the active window's start: the key to store
    qint64 projectedTokens = 0;
    qint64 basisTokens = 0;
    std::optional<qint64> projectedOfBasisBasisPoints;

    bool fires() const { return outcome == Outcome::Fire; }
};

// Fires when projected tokens × 100 ≥ basis × thresholdPercent, unless `lastAlertedWindowStart`
// (invalid: never alerted) is the active window's start or later. Keys only grow, so a window
// that moved earlier when older logs arrived is not alerted for twice.
WindowAlertCheck checkWindowAlert(const WindowAlertRule &rule, const WindowSummary &summary,
                                  const QDateTime &lastAlertedWindowStart);

// A window start as a stable text key ("2026-11-03T10:00:00Z"), e.g. for an Alert's dedup key.
QString windowKey(const QDateTime &windowStart);

// "2 h 14 min", "3 d 4 h", "45 min", "less than a minute" (floored; translated in the
// "tl::UsageWindows" context).
QString durationText(qint64 seconds);
// "resets in 2 h 14 min", for the dashboard and the tray tooltip.
QString resetsInText(qint64 seconds);
// "12.5 % used, resets in 2 h 14 min"; "no data since reset"; "not logged".
QString codexWindowText(const CodexWindowStatus &status);

}   // namespace tl
