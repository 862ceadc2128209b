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

// A selectable plain-text label builds a QWidgetTextControl and a QTextDocument and lays its text out
// through the document; the dashboard's ~30 labels built that way were part of the start-up's first
// paint. They become selectable when the pointer first reaches them instead.
void selectableOnDemand(QLabel *label, Qt::TextInteractionFlags flags);
// A word-wrapped label, selectable (on demand) by mouse.
QLabel *label(const QString &objectName, QWidget *parent, qreal scale = 1.0, bool bold = false);
// A KPI card: a caption, a big figure and a line or two that say what the figure is (plain text
// unless the caller sets another format: a rich-text label lays itself out as a QTextDocument).
QFrame *card(const QString &caption, QLabel **title, QLabel *value, QLabel *detail, QWidget *parent);
// A heading (with an optional control on its right) over a body.
QWidget *section(const QString &title, QWidget *body, QWidget *trailing, QWidget *parent);
// (a − b) / b in hundredths of a percent, half-even; nullopt when b is zero.
std::optional<qint64> changeBasisPoints(Money a, Money b);
QString shortDay(QDate day);   // "3 Mar"
QString longDay(QDate day);    // "3 Mar 2026"
QString amountIn(const QString &currency, Money amount);

}   // namespace tl::dashboard
