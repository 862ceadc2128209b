#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace tl {

// A forward-only reader over one JSON text that reads only what it is asked for and skips the
// rest without building anything — agent logs are gigabytes of JSON lines whose bulk (message
// content) TokenLedger never needs. Strict where it reads (a value of the wrong type is an error),
// lenient where it skips (it matches brackets and strings; the document is not validated).
class JsonScan final
{
public:
    JsonScan(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end)
    {}
    explicit JsonScan(QByteArrayView text)
        : JsonScan(text.data(), text.data() + text.size())
    {}

    // Expects an object and steps into it; false otherwise.
    bool enterObject();
    // Expects an array and steps into it; false otherwise.
    bool enterArray();
    // True when the array entered last has another element (now at the cursor); false at its end
    // (consumed) or on an error.
    bool nextElement();
    // The next key of the object entered last (the value follows), or false at its end (consumed)
    // or on an error. Keys are compared raw: they never need unescaping here.
    bool nextKey(QByteArrayView *key);
    // Skips the value at the cursor, whatever it is.
    bool skipValue();
    // Skips the value at the cursor and returns its text (empty on an error), to be read later by
    // another JsonScan — for an object whose meaning a key after it decides.
    QByteArrayView readRaw();

    // The value at the cursor, consumed. nullopt (and ok() false) when it has another type; a JSON
    // null reads as nullopt with ok() still true for the optional readers.
    std::optional<QString> readString();
    std::optional<qint64> readInteger();   // a whole number within 64 bits ("12", "12.0" too)
    std::optional<bool> readBool();
    std::optional<double> readNumber();   // any JSON number (percentages, not counts or money)
    bool readNull();                      // true and consumed when the value is null

    bool ok() const { return m_ok; }

private:
    void skipSpace();
    bool skipString();
    bool fail()
    {
        m_ok = false;
        return false;
    }

    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

}   // namespace tl
