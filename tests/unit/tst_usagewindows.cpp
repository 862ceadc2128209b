#include "analytics/usagewindows.h"

#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace tl;

// Claude's 5-hour windows, Codex's logged windows and the once-per-window alert, against
// hand-computed integers. Every time is UTC unless a test says otherwise.
namespace {

QDateTime at(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!t.isValid())
        qFatal("bad test time %s", iso);
    return t;
}

UsagePoint point(const char *iso, qint64 tokens, qint64 valueNano = 0)
{
    return UsagePoint{at(iso), tokens, valueNano};
}

// Two earlier windows (the token peak in the second, the value peak in the first) and an active
// one from 12:00 with requests at 12:30 and 13:10.
QList<UsageWindow> threeWindows()
{
    return usageWindows({
        point("2026-11-03T00:20:00Z", 10'000, 50'000'000),
        point("2026-11-03T06:05:00Z", 30'000, 20'000'000),
        point("2026-11-03T12:30:00Z", 6'000, 3'000'000),
        point("2026-11-03T13:10:00Z", 3'000, 1'500'000),
    });
}

}   // namespace

class TestUsageWindows : public QObject
{
    Q_OBJECT

private slots:
    void emptyInput()
    {
        QVERIFY(usageWindows({}).isEmpty());
        const WindowSummary s = summarizeWindows({}, at("2026-11-03T12:00:00Z"));
        QVERIFY(!s.hasActive());
        QCOMPARE(s.earlierWindows, 0);
        QVERIFY(!s.peakTokens && !s.peakValueNano && !s.burnRate);
        QCOMPARE(s.projectedTokens, 0);
        QCOMPARE(s.resetsInSeconds, 0);
        QCOMPARE(checkWindowAlert({}, s, {}).outcome, WindowAlertCheck::Outcome::NoActiveWindow);
        const CodexWindowsStatus codex = codexWindowsStatus({}, at("2026-11-03T12:00:00Z"));
        QCOMPARE(codex.primary.state, CodexWindowStatus::State::NotLogged);
        QCOMPARE(codex.secondary.state, CodexWindowStatus::State::NotLogged);
        // A point without a time cannot be placed: skipped, not put at the epoch.
        QVERIFY(usageWindows({UsagePoint{QDateTime(), 5, 5}}).isEmpty());
    }

    void firstWindowStartsAtTheFlooredHour()
    {
        const QList<UsageWindow> w = usageWindows({
            point("2026-11-03T10:17:30Z", 1'000, 2'000'000),
            point("2026-11-03T10:45:00Z", 500, 1'000'000),
            point("2026-11-03T14:59:59.999Z", 100, 0),
        });
        QCOMPARE(w.size(), 1);
        QCOMPARE(w[0].start, at("2026-11-03T10:00:00Z"));
        QCOMPARE(w[0].end, at("2026-11-03T15:00:00Z"));
        QCOMPARE(w[0].firstActivity, at("2026-11-03T10:17:30Z"));
        QCOMPARE(w[0].lastActivity, at("2026-11-03T14:59:59.999Z"));
        QCOMPARE(w[0].requests, 3);
        QCOMPARE(w[0].tokens, 1'600);
        QCOMPARE(w[0].valueNano, 3'000'000);
        QVERIFY(!w[0].overflowed);
        QCOMPARE(w[0].start.timeSpec(), Qt::UTC);
    }

    void requestAtTheEndStartsANewWindow()
    {
        const QList<UsageWindow> w = usageWindows({
            point("2026-11-03T10:00:00Z", 1), point("2026-11-03T14:59:59.999Z", 2),
            point("2026-11-03T15:00:00Z", 4),   // start + 5 h: the next window
        });
        QCOMPARE(w.size(), 2);
        QCOMPARE(w[0].tokens, 3);
        QCOMPARE(w[0].lastActivity, at("2026-11-03T14:59:59.999Z"));
        QCOMPARE(w[1].start, at("2026-11-03T15:00:00Z"));
        QCOMPARE(w[1].end, at("2026-11-03T20:00:00Z"));
        QCOMPARE(w[1].requests, 1);
        QCOMPARE(w[1].tokens, 4);
    }

    void nextWindowFloorsItsOwnFirstRequest()
    {
        // The second window starts at 15:00 (15:30 floored), not at the first window's end + gap.
        const QList<UsageWindow> w = usageWindows({point("2026-11-03T10:10:00Z", 1), point("2026-11-03T15:30:00Z", 1)});
        QCOMPARE(w.size(), 2);
        QCOMPARE(w[1].start, at("2026-11-03T15:00:00Z"));
        QCOMPARE(w[1].firstActivity, at("2026-11-03T15:30:00Z"));
    }

    void gapsLeaveNoEmptyWindowsAndMidnightIsNothingSpecial()
    {
        const QList<UsageWindow> w = usageWindows({
            point("2026-11-03T10:10:00Z", 1),
            point("2026-11-03T23:40:00Z", 2),   // 13 hours later: no empty windows between
            point("2026-11-04T03:59:59Z", 3),   // after midnight, same window
            point("2026-11-04T04:00:00Z", 4),
        });
        QCOMPARE(w.size(), 3);
        QCOMPARE(w[0].start, at("2026-11-03T10:00:00Z"));
        QCOMPARE(w[1].start, at("2026-11-03T23:00:00Z"));
        QCOMPARE(w[1].end, at("2026-11-04T04:00:00Z"));
        QCOMPARE(w[1].tokens, 5);
        QCOMPARE(w[2].start, at("2026-11-04T04:00:00Z"));
    }

    void hoursAreUtcHoursWhateverTheInputZone()
    {
        // 16:00 at +05:30 is 10:30 UTC: the window starts at 10:00 UTC, not at 16:00 local.
        const QList<UsageWindow> w = usageWindows({point("2026-11-03T16:00:00+05:30", 1)});
        QCOMPARE(w.size(), 1);
        QCOMPARE(w[0].start, at("2026-11-03T10:00:00Z"));
        QCOMPARE(w[0].start.timeSpec(), Qt::UTC);

        // Five real hours across the end of daylight saving (Berlin, 25 October 2026, 03:00 CEST →
        // 02:00 CET): 01:30 CEST is 23:30 UTC, so the window runs 23:00–04:00 UTC, i.e. to 05:00 CET.
        // A wall-clock window (01:00 + 5 h = 06:00 local) would wrongly hold the 05:00 CET request.
        const QTimeZone berlin("Europe/Berlin");
        if (!berlin.isValid())
            QSKIP("no time zone data for Europe/Berlin");
        const QDateTime first(QDate(2026, 10, 25), QTime(1, 30), berlin);
        const QDateTime inside(QDate(2026, 10, 25), QTime(4, 59), berlin);
        const QDateTime second(QDate(2026, 10, 25), QTime(5, 0), berlin);
        QCOMPARE(first.toUTC(), at("2026-10-24T23:30:00Z"));
        QCOMPARE(second.toUTC(), at("2026-10-25T04:00:00Z"));
        const QList<UsageWindow> dst =
            usageWindows({UsagePoint{first, 1, 0}, UsagePoint{inside, 1, 0}, UsagePoint{second, 1, 0}});
        QCOMPARE(dst.size(), 2);
        QCOMPARE(dst[0].start, at("2026-10-24T23:00:00Z"));
        QCOMPARE(dst[0].end, at("2026-10-25T04:00:00Z"));
        QCOMPARE(dst[0].requests, 2);
        QCOMPARE(dst[1].start, at("2026-10-25T04:00:00Z"));
    }

    void unsortedPointsAreSorted()
    {
        const QList<UsageWindow> w = usageWindows({
            point("2026-11-03T15:00:00Z", 4),
            point("2026-11-03T10:00:00Z", 1),
            point("2026-11-03T12:00:00Z", 2),
        });
        QCOMPARE(w.size(), 2);
        QCOMPARE(w[0].tokens, 3);
        QCOMPARE(w[0].lastActivity, at("2026-11-03T12:00:00Z"));
        QCOMPARE(w[1].tokens, 4);
    }

    void sumsThatDoNotFitAreFlagged()
    {
        const qint64 max = std::numeric_limits<qint64>::max();
        const QList<UsageWindow> w =
            usageWindows({point("2026-11-03T10:00:00Z", max), point("2026-11-03T10:01:00Z", 1)});
        QCOMPARE(w.size(), 1);
        QVERIFY(w[0].overflowed);
        const WindowSummary s = summarizeWindows(w, at("2026-11-03T11:00:00Z"));
        QVERIFY(s.overflowed);
        QVERIFY(!s.burnRate);
        QCOMPARE(checkWindowAlert({100, WindowAlertRule::Basis::AbsoluteTokens, 10}, s, {}).outcome,
                 WindowAlertCheck::Outcome::NoBasis);
    }

    void summaryAgainstTheHighestEarlierWindow()
    {
        const WindowSummary s = summarizeWindows(threeWindows(), at("2026-11-03T13:30:00Z"));
        QVERIFY(s.hasActive());
        QCOMPARE(s.active->start, at("2026-11-03T12:00:00Z"));
        QCOMPARE(s.active->tokens, 9'000);
        QCOMPARE(s.active->valueNano, 4'500'000);
        QCOMPARE(s.earlierWindows, 2);
        QCOMPARE(s.peakTokens, 30'000);               // the 06:00 window
        QCOMPARE(s.peakValueNano, 50'000'000);        // the 00:00 window
        QCOMPARE(s.tokensOfPeakBasisPoints, 3'000);   // 9 000 × 10 000 / 30 000
        QCOMPARE(s.valueOfPeakBasisPoints, 900);      // 4 500 000 × 10 000 / 50 000 000
        QCOMPARE(s.resetsInSeconds, 12'600);          // 17:00 − 13:30
    }

    void burnRateAndProjection()
    {
        // Elapsed 13:30 − 12:30 = 3 600 s, remaining 17:00 − 13:30 = 12 600 s.
        const WindowSummary s = summarizeWindows(threeWindows(), at("2026-11-03T13:30:00Z"));
        QCOMPARE(s.elapsedSeconds, 3'600);
        QVERIFY(s.burnRate);
        QCOMPARE(s.burnRate->tokensPerMinute, 150);          // 9 000 / 60 min
        QCOMPARE(s.burnRate->valueNanoPerHour, 4'500'000);   // 4 500 000 / 1 h
        QCOMPARE(s.projectedTokens, 40'500);                 // 9 000 + 9 000 × 12 600 / 3 600
        QCOMPARE(s.projectedValueNano, 20'250'000);          // 4 500 000 × 4.5
        QVERIFY(!s.overflowed);
    }

    void burnRateIsFlooredAndProjectionUsesTheExactRate()
    {
        // 1 000 tokens and 7 nano-USD over 420 s; 16 980 s left (12:17 → 17:00).
        const QList<UsageWindow> w = usageWindows({point("2026-11-03T12:10:00Z", 1'000, 7)});
        const WindowSummary s = summarizeWindows(w, at("2026-11-03T12:17:00Z"));
        QCOMPARE(s.burnRate->tokensPerMinute, 142);   // 142.857… floored
        QCOMPARE(s.burnRate->valueNanoPerHour, 60);   // 7 × 3 600 / 420
        // 1 000 + 1 000 × 16 980 / 420 = 1 000 + 40 428.57…; the floored rate would give 1 000 + 142 × 283.
        QCOMPARE(s.projectedTokens, 41'428);
        QCOMPARE(s.projectedValueNano, 290);   // 7 + 7 × 16 980 / 420 = 7 + 283
    }

    void oneRequestJustMadeHasNoRate()
    {
        const QList<UsageWindow> w = usageWindows({point("2026-11-03T12:10:00Z", 50'000, 1'000)});
        for (const char *now : {"2026-11-03T12:10:00Z", "2026-11-03T12:10:59Z"}) {
            const WindowSummary s = summarizeWindows(w, at(now));
            QVERIFY(s.hasActive());
            QVERIFY2(!s.burnRate, now);
            QCOMPARE(s.projectedTokens, 50'000);   // the usage itself: nothing to extrapolate from yet
            QCOMPARE(s.projectedValueNano, 1'000);
            QVERIFY(!s.peakTokens);   // the only window has no earlier one
            QVERIFY(!s.tokensOfPeakBasisPoints);
        }
        // From one minute on there is a rate; at 13:10, 50 000 tokens an hour with 230 minutes left.
        const WindowSummary later = summarizeWindows(w, at("2026-11-03T12:11:00Z"));
        QCOMPARE(later.burnRate->tokensPerMinute, 50'000);
        const WindowSummary hour = summarizeWindows(w, at("2026-11-03T13:10:00Z"));
        QCOMPARE(hour.burnRate->tokensPerMinute, 833);   // 50 000 / 60
        QCOMPARE(hour.projectedTokens, 50'000 + 50'000 * 230 / 60);
    }

    void noActiveWindowOutsideAnyWindow()
    {
        const QList<UsageWindow> w = threeWindows();
        const WindowSummary after = summarizeWindows(w, at("2026-11-03T17:00:00Z"));   // the last one's end
        QVERIFY(!after.hasActive());
        QCOMPARE(after.earlierWindows, 3);
        QCOMPARE(after.peakTokens, 30'000);
        QCOMPARE(after.resetsInSeconds, 0);
        const WindowSummary gap = summarizeWindows(w, at("2026-11-03T05:30:00Z"));   // between windows
        QVERIFY(!gap.hasActive());
        QCOMPARE(gap.earlierWindows, 1);
        const WindowSummary before = summarizeWindows(w, at("2026-11-02T23:59:59Z"));
        QVERIFY(!before.hasActive());
        QCOMPARE(before.earlierWindows, 0);
    }

    void alertAgainstTheHighestEarlierWindow()
    {
        // Projected 40 500 tokens against a peak of 30 000: 135 %.
        const WindowSummary s = summarizeWindows(threeWindows(), at("2026-11-03T13:30:00Z"));
        const auto rule = [](int percent) {
            return WindowAlertRule{percent, WindowAlertRule::Basis::HighestEarlierWindow, 0};
        };
        WindowAlertCheck c = checkWindowAlert(rule(100), s, {});
        QVERIFY(c.fires());
        QCOMPARE(c.windowStart, at("2026-11-03T12:00:00Z"));
        QCOMPARE(c.projectedTokens, 40'500);
        QCOMPARE(c.basisTokens, 30'000);
        QCOMPARE(c.projectedOfBasisBasisPoints, 13'500);
        QCOMPARE(windowKey(c.windowStart), QStringLiteral("2026-11-03T12:00:00Z"));
        QVERIFY(checkWindowAlert(rule(135), s, {}).fires());   // exactly at the threshold
        QCOMPARE(checkWindowAlert(rule(136), s, {}).outcome, WindowAlertCheck::Outcome::Below);
        QCOMPARE(checkWindowAlert(rule(0), s, {}).outcome, WindowAlertCheck::Outcome::NoBasis);

        // With no earlier window there is nothing to compare with.
        const WindowSummary alone =
            summarizeWindows(usageWindows({point("2026-11-03T12:30:00Z", 9'000)}), at("2026-11-03T13:30:00Z"));
        QCOMPARE(checkWindowAlert(rule(1), alone, {}).outcome, WindowAlertCheck::Outcome::NoBasis);
    }

    void alertAgainstAnAbsoluteCount()
    {
        const WindowSummary s = summarizeWindows(threeWindows(), at("2026-11-03T13:30:00Z"));
        const auto rule = [](int percent, qint64 tokens) {
            return WindowAlertRule{percent, WindowAlertRule::Basis::AbsoluteTokens, tokens};
        };
        QVERIFY(checkWindowAlert(rule(80, 50'000), s, {}).fires());   // 40 500 ≥ 40 000
        QCOMPARE(checkWindowAlert(rule(90, 50'000), s, {}).outcome, WindowAlertCheck::Outcome::Below);
        QCOMPARE(checkWindowAlert(rule(80, 0), s, {}).outcome, WindowAlertCheck::Outcome::NoBasis);
    }

    void alertOncePerWindow()
    {
        const QList<UsageWindow> w = threeWindows();
        const WindowAlertRule rule{100, WindowAlertRule::Basis::AbsoluteTokens, 10'000};
        QDateTime stored;   // what the caller keeps between checks
        int fired = 0;
        for (const char *now : {"2026-11-03T13:30:00Z", "2026-11-03T14:00:00Z", "2026-11-03T16:59:00Z"}) {
            const WindowAlertCheck c = checkWindowAlert(rule, summarizeWindows(w, at(now)), stored);
            if (c.fires()) {
                ++fired;
                stored = c.windowStart;
            } else {
                QCOMPARE(c.outcome, WindowAlertCheck::Outcome::AlreadyAlerted);
            }
        }
        QCOMPARE(fired, 1);
        QCOMPARE(stored, at("2026-11-03T12:00:00Z"));

        // The next window is alerted for again.
        QList<UsagePoint> more{point("2026-11-03T18:05:00Z", 20'000)};
        const QList<UsageWindow> next = usageWindows(more);
        QVERIFY(checkWindowAlert(rule, summarizeWindows(next, at("2026-11-03T18:30:00Z")), stored).fires());
        // A key from a later window (older logs moved this window earlier) does not alert twice.
        QCOMPARE(
            checkWindowAlert(rule, summarizeWindows(w, at("2026-11-03T13:30:00Z")), at("2026-11-03T15:00:00Z")).outcome,
            WindowAlertCheck::Outcome::AlreadyAlerted);
    }

    void codexWindowsFromTheirLoggedLimits()
    {
        CodexLimits limits;
        limits.observedAt = at("2026-11-03T10:00:00Z");
        limits.primary = CodexLimitWindow{12.5, 300, at("2026-11-03T12:30:00Z")};
        limits.secondary = CodexLimitWindow{40, 10080, at("2026-11-07T00:00:00Z")};
        limits.planType = QStringLiteral("plus");

        const CodexWindowsStatus s = codexWindowsStatus(limits, at("2026-11-03T11:00:00Z"));
        QCOMPARE(s.planType, QStringLiteral("plus"));
        QCOMPARE(s.observedAt, at("2026-11-03T10:00:00Z"));
        QCOMPARE(s.primary.state, CodexWindowStatus::State::Current);
        QCOMPARE(s.primary.windowMinutes, 300);
        QCOMPARE(s.primary.usedPercent, 12.5);
        QCOMPARE(s.primary.resetsInSeconds, 5'400);
        QCOMPARE(s.secondary.state, CodexWindowStatus::State::Current);
        QCOMPARE(s.secondary.usedPercent, 40.0);
        QCOMPARE(s.secondary.resetsInSeconds, 306'000);   // 3 d 13 h
        QCOMPARE(codexWindowText(s.primary), QStringLiteral("12.5 % used, resets in 1 h 30 min"));
        QCOMPARE(codexWindowText(s.secondary), QStringLiteral("40 % used, resets in 3 d 13 h"));
    }

    void codexResetThatPassedIsANewWindowWithoutData()
    {
        CodexLimits limits;
        limits.observedAt = at("2026-11-03T10:00:00Z");
        limits.primary = CodexLimitWindow{97, 300, at("2026-11-03T12:30:00Z")};
        limits.secondary = CodexLimitWindow{40, 10080, QDateTime()};   // no reset time logged

        const CodexWindowsStatus s = codexWindowsStatus(limits, at("2026-11-03T12:30:00Z"));   // the reset itself
        QCOMPARE(s.primary.state, CodexWindowStatus::State::ResetSinceSeen);
        QVERIFY(!s.primary.usedPercent);   // not 97 %, and no invented figure either
        QCOMPARE(s.primary.resetsAt, at("2026-11-03T12:30:00Z"));
        QCOMPARE(s.primary.resetsInSeconds, 0);
        QCOMPARE(s.secondary.state, CodexWindowStatus::State::NotLogged);
        QCOMPARE(s.secondary.windowMinutes, 10080);
        QVERIFY(!s.secondary.usedPercent);
        QCOMPARE(codexWindowText(s.primary), QStringLiteral("no data since reset"));
        QCOMPARE(codexWindowText(s.secondary), QStringLiteral("not logged"));
    }

    void durationTexts_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("less than a minute");
        QTest::newRow("59 s") << qint64(59) << QStringLiteral("less than a minute");
        QTest::newRow("1 min") << qint64(60) << QStringLiteral("1 min");
        QTest::newRow("hour") << qint64(3600) << QStringLiteral("1 h");
        QTest::newRow("2 h 14 min") << qint64(8040) << QStringLiteral("2 h 14 min");
        QTest::newRow("floored") << qint64(8099) << QStringLiteral("2 h 14 min");
        QTest::newRow("day") << qint64(86400) << QStringLiteral("1 d");
        QTest::newRow("day and hour") << qint64(90000 + 59 * 60) << QStringLiteral("1 d 1 h");
    }

    void durationTexts()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(durationText(seconds), text);
    }

    void resetsInTexts()
    {
        QCOMPARE(resetsInText(8040), QStringLiteral("resets in 2 h 14 min"));
        QCOMPARE(resetsInText(30), QStringLiteral("resets in less than a minute"));
        QCOMPARE(resetsInText(0), QStringLiteral("resets now"));
        QCOMPARE(resetsInText(-5), QStringLiteral("resets now"));
    }
};

QTEST_GUILESS_MAIN(TestUsageWindows)
#include "tst_usagewindows.moc"
