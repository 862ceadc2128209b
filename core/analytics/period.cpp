#include "period.h"

#include "common/dates.h"

#include <QStringList>

namespace tl {

Period Period::month(QDate anyDay)
{
    const QDate first(anyDay.year(), anyDay.month(), 1);
    return {Kind::Month, first, first.addMonths(1).addDays(-1), 0};
}

Period Period::quarter(QDate anyDay)
{
    const QDate first(anyDay.year(), (anyDay.month() - 1) / 3 * 3 + 1, 1);
    return {Kind::Quarter, first, first.addMonths(3).addDays(-1), 0};
}

Period Period::year(QDate anyDay)
{
    return {Kind::Year, QDate(anyDay.year(), 1, 1), QDate(anyDay.year(), 12, 31), 0};
}

Period Period::last(int days, QDate today)
{
    days = std::max(1, days);
    return {Kind::LastDays, today.addDays(-(days - 1)), today, days};
}

std::optional<Period> Period::custom(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    if (to < from)
        std::swap(from, to);
    return Period{Kind::Custom, from, to, 0};
}

Period Period::previous() const
{
    switch (kind) {
    case Kind::Month:
        return month(from.addMonths(-1));
    case Kind::Quarter:
        return quarter(from.addMonths(-3));
    case Kind::Year:
        return year(from.addYears(-1));
    case Kind::LastDays:
    case Kind::Custom:
        break;
    }
    // The same number of days just before; no longer "the last N days", so a custom range.
    return {Kind::Custom, from.addDays(-days()), from.addDays(-1), 0};
}

Period Period::next() const
{
    switch (kind) {
    case Kind::Month:
        return month(from.addMonths(1));
    case Kind::Quarter:
        return quarter(from.addMonths(3));
    case Kind::Year:
        return year(from.addYears(1));
    case Kind::LastDays:
    case Kind::Custom:
        break;
    }
    return {Kind::Custom, to.addDays(1), to.addDays(days()), 0};
}

Period Period::movedTo(QDate day) const
{
    switch (kind) {
    case Kind::Month:
        return month(day);
    case Kind::Quarter:
        return quarter(day);
    case Kind::Year:
        return year(day);
    case Kind::LastDays:
    case Kind::Custom:
        break;
    }
    return {Kind::Custom, day.addDays(-(days() - 1)), day, 0};
}

QString Period::toSetting() const
{
    switch (kind) {
    case Kind::Month:
        return QStringLiteral("month:") + from.toString(QStringLiteral("yyyy-MM"));
    case Kind::LastDays:
        return QStringLiteral("last:") + QString::number(lastDays);
    case Kind::Quarter:
        return QStringLiteral("quarter:%1-Q%2").arg(from.year()).arg((from.month() - 1) / 3 + 1);
    case Kind::Year:
        return QStringLiteral("year:") + QString::number(from.year());
    case Kind::Custom:
        break;
    }
    return QStringLiteral("range:") + isoDay(from) + QStringLiteral("..") + isoDay(to);
}

std::optional<Period> Period::fromSetting(const QString &text, QDate today)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return std::nullopt;
    const QStringView kind = QStringView(text).left(colon);
    const QStringView value = QStringView(text).mid(colon + 1);
    bool ok = false;
    if (kind == u"month") {
        const auto day = parseIsoDay(QString(value + QStringLiteral("-01")));
        return day ? std::optional(month(*day)) : std::nullopt;
    }
    if (kind == u"last") {
        const int days = value.toInt(&ok);
        return ok && days >= 1 && days <= 3660 ? std::optional(last(days, today)) : std::nullopt;
    }
    if (kind == u"quarter") {
        const QList<QStringView> parts = value.split(u"-Q");
        if (parts.size() != 2)
            return std::nullopt;
        bool yearOk = false;
        const int y = parts.at(0).toInt(&yearOk);
        const int q = parts.at(1).toInt(&ok);
        if (!yearOk || !ok || q < 1 || q > 4 || y < 1 || y > 9999)
            return std::nullopt;
        return quarter(QDate(y, (q - 1) * 3 + 1, 1));
    }
    if (kind == u"year") {
        const int y = value.toInt(&ok);
        return ok && y >= 1 && y <= 9999 ? std::optional(year(QDate(y, 1, 1))) : std::nullopt;
    }
    if (kind == u"range") {
        const QList<QStringView> parts = value.split(u"..");
        if (parts.size() != 2)
            return std::nullopt;
        const auto from = parseIsoDay(parts.at(0));
        const auto to = parseIsoDay(parts.at(1));
        if (!from || !to)
            return std::nullopt;
        return custom(*from, *to);
    }
    return std::nullopt;
}

}   // namespace tl
