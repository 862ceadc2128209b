#include "jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cstring>
#include <limits>

namespace tl {

void JsonScan::skipSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
        ++m_p;
}

bool JsonScan::enterObject()
{
    skipSpace();
    if (m_p >= m_end || *m_p != '{')
        return fail();
    ++m_p;
    return true;
}

bool JsonScan::enterArray()
{
    skipSpace();
    if (m_p >= m_end || *m_p != '[')
        return fail();
    ++m_p;
    return true;
}

bool JsonScan::nextElement()
{
    skipSpace();
    if (m_p < m_end && *m_p == ',') {
        ++m_p;
        skipSpace();
    }
    if (m_p >= m_end)
        return fail();
    if (*m_p == ']') {
        ++m_p;
        return false;
    }
    return true;
}

bool JsonScan::skipString()
{
    // At the opening quote: jump from quote to quote with memchr, stepping over escapes.
    ++m_p;
    for (;;) {
        const char *q = static_cast<const char *>(std::memchr(m_p, '"', size_t(m_end - m_p)));
        if (!q)
            return fail();
        // An odd number of backslashes before it escapes the quote.
        const char *b = q;
        while (b > m_p && b[-1] == '\\')
            --b;
        m_p = q + 1;
        if ((q - b) % 2 == 0)
            return true;
    }
}

bool JsonScan::nextKey(QByteArrayView *key)
{
    skipSpace();
    if (m_p < m_end && *m_p == ',') {
        ++m_p;
        skipSpace();
    }
    if (m_p >= m_end)
        return fail();
    if (*m_p == '}') {
        ++m_p;
        return false;
    }
    if (*m_p != '"')
        return fail();
    const char *start = m_p + 1;
    if (!skipString())
        return false;
    *key = QByteArrayView(start, m_p - 1 - start);
    skipSpace();
    if (m_p >= m_end || *m_p != ':')
        return fail();
    ++m_p;
    skipSpace();
    return true;
}

bool JsonScan::skipValue()
{
    skipSpace();
    if (m_p >= m_end)
        return fail();
    if (*m_p == '"')
        return skipString();
    if (*m_p == '{' || *m_p == '[') {
        // Match brackets, stepping over strings (which may hold brackets).
        int depth = 0;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            ++m_p;
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return true;
            }
        }
        return fail();
    }
    // A number, true, false or null: up to the next delimiter.
    while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' ' && *m_p != '\n' && *m_p != '\r' &&
           *m_p != '\t')
        ++m_p;
    return true;
}

QByteArrayView JsonScan::readRaw()
{
    skipSpace();
    const char *start = m_p;
    if (!skipValue())
        return {};
    return QByteArrayView(start, m_p - start);
}

bool JsonScan::readNull()
{
    skipSpace();
    if (m_end - m_p >= 4 && std::memcmp(m_p, "null", 4) == 0) {
        m_p += 4;
        return true;
    }
    return false;
}

std::optional<QString> JsonScan::readString()
{
    skipSpace();
    if (readNull())
        return std::nullopt;
    if (m_p >= m_end || *m_p != '"') {
        fail();
        return std::nullopt;
    }
    const char *start = m_p;
    if (!skipString())
        return std::nullopt;
    const QByteArrayView raw(start + 1, m_p - 2 - start);
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    // Escapes are rare in the fields read here: let Qt decode them exactly.
    const QByteArray doc = QByteArrayLiteral("[") + QByteArray(start, m_p - start) + QByteArrayLiteral("]");
    const QJsonValue v = QJsonDocument::fromJson(doc).array().first();
    if (!v.isString()) {
        fail();
        return std::nullopt;
    }
    return v.toString();
}

std::optional<qint64> JsonScan::readInteger()
{
    skipSpace();
    if (readNull())
        return std::nullopt;
    const char *p = m_p;
    bool negative = false;
    if (p < m_end && *p == '-') {
        negative = true;
        ++p;
    }
    if (p >= m_end || *p < '0' || *p > '9') {
        fail();
        return std::nullopt;
    }
    unsigned long long value = 0;
    for (; p < m_end && *p >= '0' && *p <= '9'; ++p) {
        const unsigned digit = unsigned(*p - '0');
        if (value > (std::numeric_limits<unsigned long long>::max() - digit) / 10) {
            fail();
            return std::nullopt;
        }
        value = value * 10 + digit;
    }
    // "12.0": a whole number written as a float. Any other fraction or exponent is not a count.
    if (p < m_end && *p == '.') {
        ++p;
        while (p < m_end && *p == '0')
            ++p;
        if (p < m_end && *p >= '1' && *p <= '9') {
            fail();
            return std::nullopt;
        }
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        fail();
        return std::nullopt;
    }
    const unsigned long long limit = negative ? 9223372036854775808ull : 9223372036854775807ull;
    if (value > limit) {
        fail();
        return std::nullopt;
    }
    m_p = p;
    if (negative)
        return value == limit ? std::numeric_limits<qint64>::min() : -qint64(value);
    return qint64(value);
}

std::optional<double> JsonScan::readNumber()
{
    skipSpace();
    if (readNull())
        return std::nullopt;
    const char *p = m_p;
    while (p < m_end && ((*p >= '0' && *p <= '9') || *p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E'))
        ++p;
    bool ok = false;
    const double value = QByteArrayView(m_p, p - m_p).toDouble(&ok);
    if (!ok) {
        fail();
        return std::nullopt;
    }
    m_p = p;
    return value;
}

std::optional<bool> JsonScan::readBool()
{
    skipSpace();
    if (readNull())
        return std::nullopt;
    if (m_end - m_p >= 4 && std::memcmp(m_p, "true", 4) == 0) {
        m_p += 4;
        return true;
    }
    if (m_end - m_p >= 5 && std::memcmp(m_p, "false", 5) == 0) {
        m_p += 5;
        return false;
    }
    fail();
    return std::nullopt;
}

}   // namespace tl
