#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <optional>

namespace tl {

// QJsonDocument turns every number into a double, which loses money. This parses JSON with
// every number token kept as its exact text (the token becomes a JSON string), so amounts and
// prices can be read with Money::parse and counts with exactInteger(). Accepts exactly the text
// QJsonDocument::fromJson accepts, and reports its error.
QJsonDocument parseJsonExact(const QByteArray &json, QJsonParseError *error = nullptr);

// A count from a value that parseJsonExact produced (a numeric string) or a plain JSON number.
// nullopt for anything that is not a whole number within 64 bits.
std::optional<qint64> exactInteger(const QJsonValue &value);

// The exact decimal text of a number value (numeric string or plain JSON number), or empty.
QString exactNumberText(const QJsonValue &value);

}   // namespace tl
