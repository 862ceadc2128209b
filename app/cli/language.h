#pragma once

#include "cli.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QLocale>

namespace tl::cli {

// The command line's human output (messages, headings, table headers, errors) is translated,
// context "tl::cli": Cli::tr("…"). What scripts read stays as it is in every language: JSON, CSV,
// option and command names, status tokens such as "[success]" or "[alert:warning]", ISO days.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(tl::cli)
};

// True when the command writes data (--json): it then runs untranslated, in the C locale, so its
// output is the same on every machine.
bool wantsDataOutput(const GlobalOptions &options);

// Installs the translation for the system locale (what the window does), unless the command
// writes data. Call once, after the QCoreApplication exists.
void setUpLanguage(QCoreApplication &app, const GlobalOptions &options);

// The locale of human output: the one the translation follows ("1.234,57" in German). The C
// locale, and data output, get the window's English style: "$1,234.57", "6,000 tokens".
const QLocale &cliLocale();
QString usd(Money amount);      // "$1,234.57": two decimals, rounded once, half-even
QString count(qint64 number);   // "6,000"

// `text` padded with spaces to `width` terminal columns (CJK characters take two), on the right
// (align left) or on the left (align right): translated labels keep their tables aligned.
QString aligned(const QString &text, int width, Qt::Alignment align = Qt::AlignLeft);

}   // namespace tl::cli
