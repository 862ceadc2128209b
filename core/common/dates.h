#pragma once

#include <QDate>
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

}   // namespace tl
