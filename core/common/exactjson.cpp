#include "exactjson.h"

#include <QLocale>

namespace tl {

namespace {

// What Qt's parser reads as a number: it also takes ".5", "1." and "5.e3".
bool startsNumber(char c)
{
    return c == '-' || c == '.' || (c >= '0' && c <= '9');
}

bool inNumber(char c)
{
    return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
}

}   // namespace

QJsonDocument parseJsonExact(const QByteArray &json, QJsonParseError *error)
{
    // Qt's parser decides what is JSON: the quoting below would make some text that is not JSON
    // parse ({1:2}, 0886, 1.2.3), and its errors report offsets of the original text.
    QJsonParseError validation;
    QJsonDocument::fromJson(json, &validation);
    if (validation.error != QJsonParseError::NoError) {
        if (error)
            *error = validation;
        return {};
    }
    // Wrap every number token outside strings in quotes; the grammar is otherwise untouched.
    QByteArray out;
    out.reserve(json.size() + json.size() / 8);
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
        } else if (startsNumber(c)) {
            out += '"';
            while (i < json.size() && inNumber(json[i]))
                out += json[i++];
            out += '"';
            --i;
        } else {
            out += c;
        }
    }
    return QJsonDocument::fromJson(out, error);
}

std::optional<qint64> exactInteger(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= -9007199254740992.0 && d <= 9007199254740992.0 && d == static_cast<double>(static_cast<qint64>(d)))
            return static_cast<qint64>(d);
    }
    return std::nullopt;
}

QString exactNumberText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())   // shortest round-trip text: exact for up to 15 significant digits
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return {};
}

}   // namespace tl
