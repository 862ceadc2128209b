#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QChart;

namespace tl::charts {

// True when the palette's window is dark (a dark desktop theme).
bool isDark(const QPalette &palette);

// Makes a chart follow the widget palette (light or dark): transparent background, text and
// grid in the palette's colours, antialiasing on. Call before adding series; series colours set
// afterwards stay.
void applyPalette(QChart *chart, const QPalette &palette);
// Removes (and deletes) every series and axis, then applies the palette: the start of a rebuild.
void resetChart(QChart *chart, const QPalette &palette);

// One colour per provider, the same on every chart and table: the Okabe–Ito set, which stays
// distinguishable for colour-blind readers; unknown providers get grey.
QColor providerColor(const QString &provider);
// The n-th colour of the same set, for series that are not providers (models).
QColor seriesColor(int index);

// Money on an axis or in a tooltip: "$1,234.57", or "$0.0042" for amounts under a cent.
QString moneyText(qint64 nanos);
// Every digit of an amount, no rounding: "$2.925919", "-$0.10" — what tooltips show.
QString exactMoneyText(qint64 nanos);
// A QValueAxis label format for dollars with `number` ("%.2f") where the window's locale puts the
// sign: "$%.2f" (en, ko), "%.2f $" (ru, de).
QString moneyAxisFormat(const QString &number);
// Hundredths of a percent as "12.34" (locale decimal point), from the integer.
QString percentText(qint64 basisPoints);
// "1.2M", "35k", "950" — token and request counts on axes.
QString compactCount(qint64 value);

}   // namespace tl::charts
