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

// Today's UTC day.
QDate utcToday();

}   // namespace tl
