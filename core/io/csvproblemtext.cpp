#include "csvproblemtext.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace tl {

namespace {

// The importer's sentences (core/io/csvrow.cpp, csvimport.cpp, csvformat.cpp), word for word.
const char *const Sentences[] = {
    QT_TRANSLATE_NOOP("tl::CsvImport", "expected %1 columns, found %2"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "bad date \"%1\""),
    QT_TRANSLATE_NOOP("tl::CsvImport", "unknown currency \"%1\""),
    QT_TRANSLATE_NOOP("tl::CsvImport", "no cost"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "no currency"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "unknown context window \"%1\""),
    QT_TRANSLATE_NOOP("tl::CsvImport", "no model"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "negative cost"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "usage costs must be in USD, not %1"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "provider \"%1\" is not this account's (%2)"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "more cached tokens (%1) than input tokens (%2)"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "negative %1 (%2)"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "%1 \"%2\" is not a whole number"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "%1 \"%2\" is too large (the limit is %3)"),
    QT_TRANSLATE_NOOP("tl::CsvImport",
                      "cost \"%1\" is not a decimal amount: a comma may only separate thousands, as in 1,234.50"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "cost \"%1\" is not a decimal amount"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "cost \"%1\" is too large (the limit is $%2)"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "broken quoting"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "longer than 1 MiB (the limit for one line or field); skipped"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "there is no account %1"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "the file is empty"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "this is not a CSV file (it contains binary data)"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "this is not a CSV file TokenLedger can read (broken quoting in the header)"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "cannot read the file: %1"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "cannot make a temporary copy of the input: %1"),
    QT_TRANSLATE_NOOP("tl::CsvImport",
                      "this is not a CSV file TokenLedger can read (the first line is longer than 1 MiB)"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "the %1 format needs a \"%2\" column"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "this is not a CSV file (binary data on line %1)"),
    QT_TRANSLATE_NOOP("tl::CsvImport",
                      "this file's lines end in a carriage return alone (an old Mac format); save it as CSV UTF-8 "
                      "and import it again"),
    QT_TRANSLATE_NOOP("tl::CsvImport",
                      "the column \"%1\" is in the header more than once; TokenLedger cannot tell which one to read"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "%1 of %2 rows are bad; nothing was imported"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "this is not a CSV file TokenLedger can read (no comma-separated header)"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "this looks like the %1 format, which needs a \"%2\" column"),
    QT_TRANSLATE_NOOP(
        "tl::CsvImport",
        "the columns (%1) match no format TokenLedger knows; map them in the import wizard or use the generic "
        "format (README: CSV import)"),
};

// The count columns the importer names in its reasons (csvrow.cpp).
const char *const Columns[] = {
    QT_TRANSLATE_NOOP("tl::CsvImport", "input tokens"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "cached tokens"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "cache-write tokens"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "1-hour cache-write tokens"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "output tokens"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "requests"),
    QT_TRANSLATE_NOOP("tl::CsvImport", "uncached input tokens"),
};

struct Pattern
{
    const char *source;
    QRegularExpression match;   // the sentence with a capture for each placeholder
    QList<int> numbers;         // the placeholder of each capture, in order
};

QList<Pattern> makePatterns()
{
    static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
    QList<Pattern> patterns;
    for (const char *source : Sentences) {
        const QString text = QString::fromUtf8(source);
        Pattern p{source, {}, {}};
        QString expression = QStringLiteral("^");
        qsizetype at = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            expression += QRegularExpression::escape(text.mid(at, m.capturedStart() - at)) + QStringLiteral("(.*?)");
            p.numbers.append(m.captured(1).toInt());
            at = m.capturedEnd();
        }
        expression += QRegularExpression::escape(text.mid(at)) + QStringLiteral("$");
        p.match = QRegularExpression(expression, QRegularExpression::DotMatchesEverythingOption);
        patterns.append(p);
    }
    return patterns;
}

QString translatedValue(const QString &value)
{
    for (const char *column : Columns) {
        if (value == QLatin1String(column))
            return QCoreApplication::translate("tl::CsvImport", column);
    }
    return value;
}

}   // namespace

QString translatedCsvProblem(const QString &english, bool *recognised)
{
    if (recognised)
        *recognised = false;
    static const QList<Pattern> patterns = makePatterns();
    for (const Pattern &p : patterns) {
        const QRegularExpressionMatch m = p.match.match(english);
        if (!m.hasMatch())
            continue;
        if (recognised)
            *recognised = true;
        // QString::arg fills the lowest placeholder first: hand the values over in that order.
        QList<std::pair<int, QString>> values;
        for (int i = 0; i < p.numbers.size(); ++i)
            values.append({p.numbers.at(i), translatedValue(m.captured(i + 1))});
        std::sort(values.begin(), values.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        // All values in one pass, so a value that holds "%2" is never taken for a placeholder.
        const QString text = QCoreApplication::translate("tl::CsvImport", p.source);
        switch (values.size()) {
        case 0:
            return text;
        case 1:
            return text.arg(values.at(0).second);
        case 2:
            return text.arg(values.at(0).second, values.at(1).second);
        default:
            return text.arg(values.at(0).second, values.at(1).second, values.at(2).second);
        }
    }
    return english;
}

}   // namespace tl
