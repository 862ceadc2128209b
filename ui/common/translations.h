#pragma once

#include <QLocale>

class QCoreApplication;

namespace tl {

// Installs TokenLedger's translation for `locale` (compiled into the ui library from
// translations/*.ts) and Qt's own, when they exist. Returns whether ours was found.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

// The languages the window speaks ("de", "en", "ko", "ru"): English and every translation
// compiled in.
QStringList availableLanguages();

// The locale for a language setting: the system's when it is empty or not one of
// availableLanguages(); otherwise that language, in the system's territory where it speaks it
// (de with the system's AT stays de_AT), else the language's main territory.
QLocale localeForLanguage(const QString &language, const QLocale &system = QLocale::system());

// `locale`'s language in its own words, capitalised ("Deutsch", "Русский"); English for the C
// locale (a system without LANG), which names no language of its own.
QString nativeLanguageName(const QLocale &locale);

}   // namespace tl
