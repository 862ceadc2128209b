#include "analytics/usagewindows.h"

#include "common/int128.h"
#include "common/overflow.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace tl {

namespace {

using i128 = Int128;

constexpr qint64 MsPerHour = 60 * 60 * 1000;
constexpr qint64 WindowMs = ClaudeWindowSeconds * 1000;

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Floors to the UTC hour on the epoch's count, so no time zone or daylight saving can shift it.
qint64 floorToHourMs(qint64 ms)
{
    qint64 hours = ms / MsPerHour;
    if (ms % MsPerHour < 0)
        --hours;
    return hours * MsPerHour;
}

std::optional<qint64> fitting(i128 value)
{
    if (value > std::numeric_limits<qint64>::max() || value < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return static_cast<qint64>(value);
}

// usage + usage × remaining ÷ elapsed, in 128 bits and floored once.
std::optional<qint64> project(qint64 usage, qint64 remainingMs, qint64 elapsedMs)
{
    return fitting(static_cast<i128>(usage) + static_cast<i128>(usage) * remainingMs / elapsedMs);
}

CodexWindowStatus codexWindowStatus(const std::optional<CodexLimitWindow> &window, const QDateTime &now)
{
    CodexWindowStatus status;
    if (!window)
        return status;
    status.windowMinutes = window->windowMinutes;
    if (!window->resetsAt.isValid())
        return status;
    status.resetsAt = window->resetsAt.toUTC();
    const qint64 leftMs = window->resetsAt.toMSecsSinceEpoch() - now.toMSecsSinceEpoch();
    if (leftMs > 0) {
        status.state = CodexWindowStatus::State::Current;
        status.usedPercent = window->usedPercent;
        status.resetsInSeconds = leftMs / 1000;
    } else {
        status.state = CodexWindowStatus::State::ResetSinceSeen;
    }
    return status;
}

}   // namespace

QList<UsageWindow> usageWindows(const QList<UsagePoint> &points)
{
    QList<std::pair<qint64, const UsagePoint *>> timed;
    timed.reserve(points.size());
    for (const UsagePoint &p : points) {
        if (p.time.isValid())
            timed.append({p.time.toMSecsSinceEpoch(), &p});
    }
    std::stable_sort(timed.begin(), timed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    QList<UsageWindow> windows;
    qint64 endMs = 0;
    qint64 lastMs = 0;
    for (const auto &[ms, point] : timed) {
        if (windows.isEmpty() || ms >= endMs) {
            if (!windows.isEmpty())
                windows.last().lastActivity = utcFromMs(lastMs);
            const qint64 startMs = floorToHourMs(ms);
            endMs = startMs + WindowMs;
            UsageWindow w;
            w.start = utcFromMs(startMs);
            w.end = utcFromMs(endMs);
            w.firstActivity = utcFromMs(ms);
            windows.append(w);
        }
        UsageWindow &w = windows.last();
        lastMs = ms;
        ++w.requests;
        if (addOverflows(w.tokens, point->tokens, &w.tokens) ||
            addOverflows(w.valueNano, point->valueNano, &w.valueNano))
            w.overflowed = true;
    }
    if (!windows.isEmpty())
        windows.last().lastActivity = utcFromMs(lastMs);
    return windows;
}

std::optional<qint64> basisPoints(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return fitting(static_cast<i128>(part) * 10000 / whole);
}

WindowSummary summarizeWindows(const QList<UsageWindow> &windows, const QDateTime &now)
{
    WindowSummary s;
    s.now = now.toUTC();
    for (const UsageWindow &w : windows) {
        if (w.contains(now)) {
            s.active = w;
        } else if (w.end <= now) {
            ++s.earlierWindows;
            if (w.overflowed)
                continue;   // no figure of it can be compared
            s.peakTokens = std::max(s.peakTokens.value_or(w.tokens), w.tokens);
            s.peakValueNano = std::max(s.peakValueNano.value_or(w.valueNano), w.valueNano);
        }
    }
    if (!s.active)
        return s;
    const UsageWindow &a = *s.active;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 remainingMs = a.end.toMSecsSinceEpoch() - nowMs;
    const qint64 elapsedMs = std::max<qint64>(0, nowMs - a.firstActivity.toMSecsSinceEpoch());
    s.resetsInSeconds = remainingMs / 1000;
    s.elapsedSeconds = elapsedMs / 1000;
    if (a.overflowed) {
        s.overflowed = true;
        return s;
    }
    if (s.peakTokens)
        s.tokensOfPeakBasisPoints = basisPoints(a.tokens, *s.peakTokens);
    if (s.peakValueNano)
        s.valueOfPeakBasisPoints = basisPoints(a.valueNano, *s.peakValueNano);

    s.projectedTokens = a.tokens;
    s.projectedValueNano = a.valueNano;
    if (elapsedMs < MinBurnRateSeconds * 1000)
        return s;
    const auto tokensPerMinute = fitting(static_cast<i128>(a.tokens) * 60'000 / elapsedMs);
    const auto valuePerHour = fitting(static_cast<i128>(a.valueNano) * MsPerHour / elapsedMs);
    const auto projectedTokens = project(a.tokens, remainingMs, elapsedMs);
    const auto projectedValue = project(a.valueNano, remainingMs, elapsedMs);
    if (!tokensPerMinute || !valuePerHour || !projectedTokens || !projectedValue) {
        s.overflowed = true;
        return s;
    }
    s.burnRate = BurnRate{*tokensPerMinute, *valuePerHour};
    s.projectedTokens = *projectedTokens;
    s.projectedValueNano = *projectedValue;
    return s;
}

CodexWindowsStatus codexWindowsStatus(const CodexLimits &latest, const QDateTime &now)
{
    CodexWindowsStatus status;
    status.primary = codexWindowStatus(latest.primary, now);
    status.secondary = codexWindowStatus(latest.secondary, now);
    status.observedAt = latest.observedAt.isValid() ? latest.observedAt.toUTC() : QDateTime();
    status.planType = latest.planType;
    return status;
}

WindowAlertCheck checkWindowAlert(const WindowAlertRule &rule, const WindowSummary &summary,
                                  const QDateTime &lastAlertedWindowStart)
{
    WindowAlertCheck check;
    if (!summary.active)
        return check;
    check.windowStart = summary.active->start;
    check.projectedTokens = summary.projectedTokens;
    const std::optional<qint64> basis = rule.basis == WindowAlertRule::Basis::AbsoluteTokens
                                            ? std::optional<qint64>(rule.absoluteTokens)
                                            : summary.peakTokens;
    if (!basis || *basis <= 0 || rule.thresholdPercent <= 0 || summary.overflowed) {
        check.outcome = WindowAlertCheck::Outcome::NoBasis;
        return check;
    }
    check.basisTokens = *basis;
    check.projectedOfBasisBasisPoints = basisPoints(check.projectedTokens, *basis);
    if (lastAlertedWindowStart.isValid() && lastAlertedWindowStart >= check.windowStart) {
        check.outcome = WindowAlertCheck::Outcome::AlreadyAlerted;
        return check;
    }
    // projected ≥ threshold % of the basis, in integers: projected × 100 ≥ basis × threshold
    const bool over =
        static_cast<i128>(check.projectedTokens) * 100 >= static_cast<i128>(*basis) * rule.thresholdPercent;
    check.outcome = over ? WindowAlertCheck::Outcome::Fire : WindowAlertCheck::Outcome::Below;
    return check;
}

QString windowKey(const QDateTime &windowStart)
{
    return windowStart.toUTC().toString(Qt::ISODate);
}

QString durationText(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    const qint64 mins = minutes % 60;
    if (minutes <= 0)
        return QCoreApplication::translate("tl::UsageWindows", "less than a minute");
    // Days drop the minutes: a weekly window's "3 d 4 h" is precise enough.
    if (days > 0 && hours > 0)
        return QCoreApplication::translate("tl::UsageWindows", "%1 d %2 h").arg(days).arg(hours);
    if (days > 0)
        return QCoreApplication::translate("tl::UsageWindows", "%1 d").arg(days);
    if (hours > 0 && mins > 0)
        return QCoreApplication::translate("tl::UsageWindows", "%1 h %2 min").arg(hours).arg(mins);
    if (hours > 0)
        return QCoreApplication::translate("tl::UsageWindows", "%1 h").arg(hours);
    return QCoreApplication::translate("tl::UsageWindows", "%1 min").arg(mins);
}

QString resetsInText(qint64 seconds)
{
    if (seconds <= 0)
        return QCoreApplication::translate("tl::UsageWindows", "resets now");
    return QCoreApplication::translate("tl::UsageWindows", "resets in %1").arg(durationText(seconds));
}

QString codexWindowText(const CodexWindowStatus &status)
{
    switch (status.state) {
    case CodexWindowStatus::State::NotLogged:
        return QCoreApplication::translate("tl::UsageWindows", "not logged");
    case CodexWindowStatus::State::ResetSinceSeen:
        return QCoreApplication::translate("tl::UsageWindows", "no data since reset");
    case CodexWindowStatus::State::Current:
        break;
    }
    // Codex logs whole percentages or a few decimals: 'g' keeps "12" and "12.5" as they were.
    return QCoreApplication::translate("tl::UsageWindows", "%1 % used, %2")
        .arg(QString::number(status.usedPercent.value_or(0), 'g', 4), resetsInText(status.resetsInSeconds));
}

}   // namespace tl
