#include "dates.h"

#include <QDateTime>
#include <QTimeZone>

namespace tl {

std::optional<QDate> parseIsoDay(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!text[i].isDigit() || text[i].unicode() > 127)
            return std::nullopt;
    }
    const QDate day(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    if (!day.isValid())
        return std::nullopt;
    return day;
}

QString isoDay(QDate day)
{
    // Written digit by digit: QDate::toString goes through a format parser and was ~5 % of a CSV
    // import, where every row's day is formatted. Years outside 1..9999 take the general path.
    int year = 0;
    int month = 0;
    int dayOfMonth = 0;
    day.getDate(&year, &month, &dayOfMonth);
    if (!day.isValid() || year < 1 || year > 9999)
        return day.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    const auto digits = [&out](int value, int count) {
        for (int i = count - 1; i >= 0; --i) {
            out[i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        out += count;
    };
    digits(year, 4);
    *out++ = u'-';
    digits(month, 2);
    *out++ = u'-';
    digits(dayOfMonth, 2);
    return text;
}

std::optional<QDate> utcDayOfUnixSeconds(qint64 seconds)
{
    // 253402300800 is 10000-01-01T00:00:00Z; -62135596800 is 0001-01-01T00:00:00Z.
    if (seconds < -62135596800 || seconds >= 253402300800)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date();
}

QDate utcToday()
{
    return QDateTime::currentDateTimeUtc().date();
}

bool yearFirst(const QLocale &locale)
{
    return locale.dateFormat(QLocale::LongFormat).startsWith(QLatin1Char('y'));
}

namespace {

// A year-first locale's long date without its weekday, the month abbreviated: "yyyy년 M월 d일",
// "yyyy. MMM d." (hu).
QString yearFirstDayPattern(const QLocale &locale)
{
    QString pattern = locale.dateFormat(QLocale::LongFormat);
    pattern.remove(QLatin1String("dddd"));
    pattern.replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    while (pattern.endsWith(QLatin1Char(' ')) || pattern.endsWith(QLatin1Char(',')))
        pattern.chop(1);
    return pattern;
}

}   // namespace

QString dayPattern(const QLocale &locale, bool year)
{
    if (yearFirst(locale)) {
        const QString pattern = yearFirstDayPattern(locale);
        return year ? pattern : pattern.mid(pattern.indexOf(QLatin1Char('M')));
    }
    const bool dotted = locale.dateFormat(QLocale::LongFormat).contains(QLatin1String("d."));
    QString pattern = dotted ? QStringLiteral("d. MMM") : QStringLiteral("d MMM");
    if (year)
        pattern += QStringLiteral(" yyyy");
    return pattern;
}

QString monthText(QDate month, const QLocale &locale, QLocale::FormatType format)
{
    if (!yearFirst(locale))
        return locale.standaloneMonthName(month.month(), format) + QLatin1Char(' ') + QString::number(month.year());
    // The day pattern without its day and what follows it up to the next space: "yyyy년 M월".
    QString pattern = yearFirstDayPattern(locale);
    const qsizetype day = pattern.indexOf(QLatin1Char('d'));
    if (day >= 0) {
        const qsizetype space = pattern.indexOf(QLatin1Char(' '), day);
        pattern.remove(day, space < 0 ? pattern.size() - day : space - day);
    }
    if (format == QLocale::LongFormat)
        pattern.replace(QLatin1String("MMM"), QLatin1String("MMMM"));
    return locale.toString(month, pattern.trimmed());
}

QString zoneText(const QDateTime &moment)
{
    const QDateTime local = moment.toLocalTime();
    const QString zone = local.timeZoneAbbreviation();
    if (!zone.isEmpty() && !zone.startsWith(QLatin1String("UTC")) && !zone.startsWith(QLatin1String("GMT")))
        return zone;
    return local.offsetFromUtc() == 0 ? QStringLiteral("UTC")
                                      : local.timeZone().displayName(local, QTimeZone::OffsetName);
}

QString momentText(const QDateTime &moment, const QLocale &locale)
{
    if (!moment.isValid())
        return QString();
    return locale.toString(moment.toLocalTime(), dayPattern(locale) + QStringLiteral(" HH:mm")) + QLatin1Char(' ') +
           zoneText(moment);
}

QString momentText(const QDateTime &moment)
{
    return momentText(moment, QLocale());
}

}   // namespace tl
