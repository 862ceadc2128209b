#include "language.h"

#include "common/translations.h"

#include <algorithm>

namespace tl::cli {

namespace {

QLocale &currentLocale()
{
    static QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

// Terminal columns of a character: East Asian wide and full-width characters take two.
int columns(char32_t c)
{
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

}   // namespace

QString aligned(const QString &text, int width, Qt::Alignment align)
{
    int used = 0;
    for (const char32_t c : text.toUcs4())
        used += columns(c);
    const QString padding(std::max(0, width - used), QLatin1Char(' '));
    return align & Qt::AlignRight ? padding + text : text + padding;
}

bool wantsDataOutput(const GlobalOptions &options)
{
    // Subcommand options are parsed as long options whatever their dashes (-json is --json).
    return options.arguments.contains(QStringLiteral("--json")) || options.arguments.contains(QStringLiteral("-json"));
}

void setUpLanguage(QCoreApplication &app, const GlobalOptions &options)
{
    if (wantsDataOutput(options))
        return;
    installTranslations(app);
    if (QLocale().language() != QLocale::C)
        currentLocale() = QLocale();
}

const QLocale &cliLocale()
{
    return currentLocale();
}

QString usd(Money amount)
{
    return amount.toDisplayString(cliLocale(), 2);
}

QString count(qint64 number)
{
    return cliLocale().toString(number);
}

}   // namespace tl::cli
