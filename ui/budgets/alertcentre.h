#pragma once

#include "alerts/alerts.h"

#include <QColor>
#include <QString>

class QStandardItem;

// The alert centre's words and colours (Budgets & Alerts), shared by its two files.
namespace tl::budgets {

QColor severityColour(Alert::Severity s);
QString severityText(Alert::Severity s);
QString kindText(Alert::Kind k);
QStandardItem *cell(const QString &text);
QString detailHtml(const Alert &alert);

}   // namespace tl::budgets
