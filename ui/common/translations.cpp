#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace tl {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *ours = new QTranslator(&app);
    const bool found = ours->load(locale, QStringLiteral("tokenledger"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // Without a translation for the language, the English source strings are shown, with their
    // plural forms ("1 alert", "2 alerts") from the English plurals file.
    if (found || ours->load(QStringLiteral(":/i18n/tokenledger_en.qm")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}

QStringList availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("tokenledger_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(12, file.size() - 12 - 3);   // tokenledger_<code>.qm
        if (!languages.contains(code))
            languages.append(code);
    }
    languages.sort();
    return languages;
}

QLocale localeForLanguage(const QString &language, const QLocale &system)
{
    if (language.isEmpty() || !availableLanguages().contains(language))
        return system;
    const QLocale chosen(language);
    if (chosen.language() == system.language())
        return system;
    return chosen;
}

QString nativeLanguageName(const QLocale &locale)
{
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return QStringLiteral("English");   // not "American English"
    const QString name = locale.nativeLanguageName();
    return name.left(1).toUpper() + name.mid(1);
}

}   // namespace tl
