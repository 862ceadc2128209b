#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tl {

// A span of UTC days the window looks at: a calendar month, the last 7/30/90 days, a quarter, a
// year or a custom range. Both ends are inclusive. "Last N days" is relative: it always ends today
// and is stored as such, so a restart tomorrow shows tomorrow's last N days.
struct Period
{
    enum class Kind
    {
        Month,
        LastDays,   // `lastDays` days ending today
        Quarter,
        Year,
        Custom,
    };

    Kind kind = Kind::Month;
    QDate from;
    QDate to;
    int lastDays = 0;   // for LastDays: 7, 30 or 90

    static Period month(QDate anyDay);
    static Period quarter(QDate anyDay);
    static Period year(QDate anyDay);
    static Period last(int days, QDate today);
    // Swaps the ends when they are the wrong way round; nullopt when a date is invalid.
    static std::optional<Period> custom(QDate from, QDate to);

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(QDate day) const { return day >= from && day <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    // The period before / after this one, of the same kind (a month, a quarter, a year) or the
    // same length (last N days, a custom range).
    Period previous() const;
    Period next() const;
    // The same kind of period holding `day` (for LastDays and Custom: the same length ending then).
    Period movedTo(QDate day) const;
    // The last day with data possible: `to`, or today when the period runs past it.
    QDate lastDayUpTo(QDate today) const { return to < today ? to : today; }
    // Whether this is the calendar month holding today: the one period that has a forecast.
    bool isCurrentMonth(QDate today) const { return kind == Kind::Month && contains(today); }
    // Entirely after today: nothing can have happened in it yet.
    bool isFuture(QDate today) const { return from > today; }

    // "month:2026-01", "last:30", "quarter:2026-Q1", "year:2026", "range:2026-01-05..2026-02-10".
    QString toSetting() const;
    // Nullopt for text that is not one of the above (a damaged setting); LastDays re-anchors at today.
    static std::optional<Period> fromSetting(const QString &text, QDate today);

    friend bool operator==(const Period &a, const Period &b)
    {
        return a.kind == b.kind && a.from == b.from && a.to == b.to;
    }
    friend bool operator!=(const Period &a, const Period &b) { return !(a == b); }
};

}   // namespace tl
