#pragma once

#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

class QFrame;
class QLabel;
class QWidget;

// The dashboard's building blocks and the way it writes days, moments and amounts.
namespace tl::dashboard {

QLabel *label(const QString &objectName, QWidget *parent, qreal scale = 1.0, bool bold = false);
// A KPI card: a caption, a big figure and a line or two that say what the figure is.
QFrame *card(const QString &caption, QLabel **title, QLabel *value, QLabel *detail, QWidget *parent);
// A heading (with an optional control on its right) over a body.
QWidget *section(const QString &title, QWidget *body, QWidget *trailing, QWidget *parent);
// (a − b) / b in hundredths of a percent, half-even; nullopt when b is zero.
std::optional<qint64> changeBasisPoints(Money a, Money b);
QString shortDay(QDate day);   // "3 Mar"
QString longDay(QDate day);    // "3 Mar 2026"
QString amountIn(const QString &currency, Money amount);

}   // namespace tl::dashboard
