// libFuzzer target: parseJsonExact, exactInteger and exactNumberText against Qt's own JSON parser.
// The exact reader must accept exactly the documents QJsonDocument accepts, with the same shape;
// every number must come back as text that means the number Qt read.
#include "common/exactjson.h"
#include "fuzzcheck.h"
#include "money/money.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstdint>

using namespace tl;

namespace {

void compare(const QJsonValue &exact, const QJsonValue &plain, int depth)
{
    FUZZ_CHECK(depth < 2000);
    if (plain.isDouble()) {
        FUZZ_CHECK(exact.isString());
        const QString text = exactNumberText(exact);
        bool ok = false;
        const double value = text.toDouble(&ok);
        FUZZ_CHECK(ok && value == plain.toDouble());
        // Integers within 2^53 read the same both ways.
        const double d = plain.toDouble();
        if (std::fabs(d) < 9007199254740992.0 && d == std::trunc(d) && !text.contains(u'.') && !text.contains(u'e') &&
            !text.contains(u'E'))
            FUZZ_CHECK(exactInteger(exact) == std::optional<qint64>(qint64(d)));
        Money::parse(text);   // amounts are read from this text: must not crash
        Money::parse(text, Money::Unit::Cents);
        return;
    }
    FUZZ_CHECK(exact.type() == plain.type());
    if (plain.isString()) {
        FUZZ_CHECK(exact.toString() == plain.toString());
        exactInteger(exact);
    } else if (plain.isArray()) {
        const QJsonArray a = exact.toArray();
        const QJsonArray b = plain.toArray();
        FUZZ_CHECK(a.size() == b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            compare(a.at(i), b.at(i), depth + 1);
    } else if (plain.isObject()) {
        const QJsonObject a = exact.toObject();
        const QJsonObject b = plain.toObject();
        FUZZ_CHECK(a.keys() == b.keys());
        for (auto it = b.begin(); it != b.end(); ++it)
            compare(a.value(it.key()), it.value(), depth + 1);
    } else {
        FUZZ_CHECK(exact == plain);   // true, false, null
    }
}

}   // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError exactError;
    const QJsonDocument exact = parseJsonExact(json, &exactError);
    QJsonParseError plainError;
    const QJsonDocument plain = QJsonDocument::fromJson(json, &plainError);
    const bool exactOk = exactError.error == QJsonParseError::NoError;
    const bool plainOk = plainError.error == QJsonParseError::NoError;
    FUZZ_CHECK(exactOk == plainOk);
    if (!exactOk) {
        FUZZ_CHECK(exact.isNull());
        return 0;
    }
    FUZZ_CHECK(exact.isArray() == plain.isArray() && exact.isObject() == plain.isObject());
    compare(exact.isArray() ? QJsonValue(exact.array()) : QJsonValue(exact.object()),
            plain.isArray() ? QJsonValue(plain.array()) : QJsonValue(plain.object()), 0);
    return 0;
}
