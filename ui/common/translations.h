#pragma once

#include <QLocale>

class QCoreApplication;

namespace tl {

// Installs TokenLedger's translation for `locale` (compiled into the ui library from
// translations/*.ts) and Qt's own, when they exist. Returns whether ours was found.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

}   // namespace tl
