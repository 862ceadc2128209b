#pragma once

#include "alerts/alerts.h"

#include <QCoreApplication>
#include <QLocale>

namespace tl {

// What an alert says, in the language of the translator installed when it is shown.
struct AlertText
{
    Q_DECLARE_TR_FUNCTIONS(tl::AlertText)

public:
    QString title;
    QString message;   // what happened and what to do
};

// The one place an alert's words are made, every time it is shown (window, tray, notification,
// dashboard, command line): from its kind and params, through tr(), so the German window shows
// German alerts, past ones included. Money and counts use `locale`. An alert stored before its
// params were (schema < 8) shows its stored English text.
AlertText renderAlert(const Alert &alert, const QLocale &locale = QLocale());

}   // namespace tl
