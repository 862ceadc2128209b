#include "translations.h"

#include <QCoreApplication>
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

}   // namespace tl
