#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace tl {

// Providers bucket usage by UTC day, so every day in TokenLedger is a UTC calendar day.
// Strict "YYYY-MM-DD": no times, no other separators, no out-of-range fields.
std::optional<QDate> parseIsoDay(QStringView text);
QString isoDay(QDate day);
// The UTC day of a Unix time in seconds; nullopt outside the years 1–9999 that "YYYY-MM-DD" can
// hold (a wild timestamp must not become a day that prints as something else or not at all).
std::optional<QDate> utcDayOfUnixSeconds(qint64 seconds);

// Today's UTC day.
QDate utcToday();

// The one way a moment (a sync, an alert, a request) is written for reading: local time with its
// zone, "3 Mar 2026 14:05 CET". Days (a provider's UTC buckets) are written as days, never as moments.
QString momentText(const QDateTime &moment, const QLocale &locale);
QString momentText(const QDateTime &moment);   // in the default QLocale
// The pattern of a day for reading in `locale`: "d MMM yyyy" ("9 Mar 2026"), or "d. MMM yyyy" where
// the locale writes its day with a dot ("9. März 2026"); without the year with `year` false. A locale
// that writes the year first has its own order: "yyyy년 M월 d일" (ko), "yyyy年M月d日" (ja).
QString dayPattern(const QLocale &locale, bool year = true);
// Whether `locale` writes the year before the month and day ("2026년 3월 9일").
bool yearFirst(const QLocale &locale);
// A month for reading: "November 2026", "ноябрь 2026" (the month's own name, not "ноября"),
// "2026년 11월"; ShortFormat abbreviates the month's name where it has one ("Nov 2026").
QString monthText(QDate month, const QLocale &locale, QLocale::FormatType format = QLocale::LongFormat);
// The local zone's name at that moment: "CET", "UTC", "UTC+05:30".
QString zoneText(const QDateTime &moment);

}   // namespace tl
