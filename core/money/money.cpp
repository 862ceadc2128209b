#include "money.h"

#include "common/overflow.h"

#include <QLocale>

#include <algorithm>

#include <limits>

namespace tl {

namespace {

using u128 = UInt128;
using i128 = Int128;

constexpr int MaxDigits = 36;   // 10^36 < 2^127: keeps the mantissa exact in 128 bits
constexpr int MaxExponentMagnitude = 10000;

u128 pow10u(int n)
{
    u128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

int unitExponent(Money::Unit unit)
{
    switch (unit) {
    case Money::Unit::Usd:
        return 9;
    case Money::Unit::Cents:
        return 7;
    case Money::Unit::Nanos:
        return 0;
    case Money::Unit::XaiTicks:
        return -1;
    }
    return 0;
}

// Divides with half-even rounding; `sticky` says digits below `value` were non-zero.
u128 divideHalfEven(u128 value, u128 divisor, bool sticky, bool *inexact)
{
    const u128 q = value / divisor;
    const u128 r = value % divisor;
    if (r != 0 || sticky)
        *inexact = true;
    const u128 twice = r * 2;   // r < divisor <= 10^38, so 2r < 2^128
    // Dropped digits (sticky) push an exact half over it; an exact half goes to the even neighbour.
    if (twice > divisor || (twice == divisor && (sticky || (q & 1) != 0)))
        return q + 1;
    return q;
}

std::optional<qint64> toSigned(u128 magnitude, bool negative)
{
    constexpr u128 maxPositive = static_cast<u128>(std::numeric_limits<qint64>::max());
    if (!negative)
        return magnitude <= maxPositive ? std::optional<qint64>(static_cast<qint64>(magnitude)) : std::nullopt;
    if (magnitude > maxPositive + 1)
        return std::nullopt;
    return static_cast<qint64>(-static_cast<i128>(magnitude));
}

// Splits |nanos| into whole dollars and fraction rounded half-even to `decimals` digits.
struct Rounded
{
    bool negative = false;
    std::uint64_t units = 0;      // whole dollars
    std::uint64_t fraction = 0;   // in 10^-decimals
};

Rounded roundNanos(qint64 nanos, int decimals)
{
    decimals = std::clamp(decimals, 0, 9);
    Rounded out;
    out.negative = nanos < 0;
    const u128 magnitude = out.negative ? static_cast<u128>(-static_cast<i128>(nanos)) : static_cast<u128>(nanos);
    const u128 step = pow10u(9 - decimals);
    bool inexact = false;
    const u128 scaled = divideHalfEven(magnitude, step, false, &inexact);
    const u128 perUnit = pow10u(decimals);
    out.units = static_cast<std::uint64_t>(scaled / perUnit);
    out.fraction = static_cast<std::uint64_t>(scaled % perUnit);
    if (out.units == 0 && out.fraction == 0)
        out.negative = false;   // never print "-0.00"
    return out;
}

QString fractionText(std::uint64_t fraction, int decimals)
{
    return QStringLiteral("%1").arg(fraction, decimals, 10, QLatin1Char('0'));
}

}   // namespace

Money::ParseResult Money::parse(QStringView text, Unit unit)
{
    ParseResult result;
    text = text.trimmed();
    if (text.isEmpty()) {
        result.error = ParseError::Empty;
        return result;
    }

    qsizetype i = 0;
    bool negative = false;
    if (text[i] == u'+' || text[i] == u'-') {
        negative = text[i] == u'-';
        ++i;
    }

    u128 mantissa = 0;
    int significant = 0;   // digits kept in the mantissa
    int scale = 0;         // value = mantissa × 10^scale (before exponent and unit)
    bool sticky = false;   // non-zero digits dropped beyond MaxDigits
    bool anyDigit = false;
    bool seenPoint = false;

    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (seenPoint)
                break;
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            break;
        anyDigit = true;
        const int digit = c.unicode() - u'0';
        if (significant == 0 && digit == 0) {
            if (seenPoint)
                --scale;   // leading zero after the point
            continue;
        }
        if (significant < MaxDigits) {
            mantissa = mantissa * 10 + static_cast<unsigned>(digit);
            ++significant;
            if (seenPoint)
                --scale;
        } else {
            if (digit != 0)
                sticky = true;
            if (!seenPoint)
                ++scale;   // an integer digit we cannot keep still counts as a power of ten
        }
    }
    if (!anyDigit) {
        result.error = ParseError::Syntax;
        return result;
    }

    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool expNegative = false;
        if (i < text.size() && (text[i] == u'+' || text[i] == u'-')) {
            expNegative = text[i] == u'-';
            ++i;
        }
        int exponent = 0;
        bool expDigit = false;
        for (; i < text.size() && text[i] >= u'0' && text[i] <= u'9'; ++i) {
            expDigit = true;
            if (exponent < MaxExponentMagnitude)
                exponent = exponent * 10 + (text[i].unicode() - u'0');
        }
        if (!expDigit) {
            result.error = ParseError::Syntax;
            return result;
        }
        scale += expNegative ? -exponent : exponent;
    }
    if (i != text.size()) {
        result.error = ParseError::Syntax;
        return result;
    }

    scale += unitExponent(unit);

    u128 magnitude = 0;
    if (mantissa == 0) {
        magnitude = 0;
        result.inexact = sticky;
    } else if (scale >= 0) {
        // 10^19 already exceeds int64; anything larger is an overflow.
        if (scale > 19 + MaxDigits) {
            result.error = ParseError::Overflow;
            return result;
        }
        magnitude = mantissa;
        for (int s = 0; s < scale; ++s) {
            if (magnitude > static_cast<u128>(std::numeric_limits<qint64>::max())) {
                result.error = ParseError::Overflow;
                return result;
            }
            magnitude *= 10;
        }
        result.inexact = sticky;
    } else if (-scale > 38) {
        magnitude = 0;   // far below one nano: rounds to zero
        result.inexact = true;
    } else {
        magnitude = divideHalfEven(mantissa, pow10u(-scale), sticky, &result.inexact);
    }

    const auto nanos = toSigned(magnitude, negative);
    if (!nanos) {
        result.error = ParseError::Overflow;
        return result;
    }
    result.value = Money(*nanos);
    return result;
}

std::optional<Money> Money::fromDecimal(QStringView text, Unit unit)
{
    return parse(text, unit).value;
}

QString Money::errorString(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return QStringLiteral("the amount is empty");
    case ParseError::Syntax:
        return QStringLiteral("the amount is not a decimal number");
    case ParseError::Overflow:
        return QStringLiteral("the amount is too large");
    }
    return {};
}

std::optional<Money> Money::forTokens(qint64 tokens, Money pricePerMillion)
{
    TokenCostAccumulator acc;
    if (!acc.add(tokens, pricePerMillion))
        return std::nullopt;
    return acc.total();
}

std::optional<Money> Money::checkedAdd(Money other) const
{
    qint64 out = 0;
    if (addOverflows(m_nanos, other.m_nanos, &out))
        return std::nullopt;
    return Money(out);
}

std::optional<Money> Money::checkedSub(Money other) const
{
    qint64 out = 0;
    if (subOverflows(m_nanos, other.m_nanos, &out))
        return std::nullopt;
    return Money(out);
}

QString Money::toDecimalString(int decimals) const
{
    decimals = std::clamp(decimals, 0, 9);
    const Rounded r = roundNanos(m_nanos, decimals);
    QString out = r.negative ? QStringLiteral("-") : QString();
    out += QString::number(r.units);
    if (decimals > 0)
        out += QLatin1Char('.') + fractionText(r.fraction, decimals);
    return out;
}

QString Money::toExactString(int minDecimals) const
{
    QString text = toDecimalString(9);
    const int keep = std::clamp(minDecimals, 0, 9);
    // Drop trailing zeros, but keep at least `keep` fraction digits.
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    while (text.size() - point - 1 > keep && text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

Money::ParseResult Money::parseLocalized(QStringView input, const QLocale &locale)
{
    ParseResult result;
    result.error = ParseError::Syntax;
    QStringView text = input.trimmed();
    QString sign;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+' || text.startsWith(locale.negativeSign()))) {
        sign = text.front() == u'+' ? QString() : QStringLiteral("-");
        text = text.mid(text.front() == u'-' || text.front() == u'+' ? 1 : locale.negativeSign().size()).trimmed();
    }
    if (text.startsWith(u'$'))
        text = text.mid(1).trimmed();
    else if (text.endsWith(u'$'))
        text = text.chopped(1).trimmed();
    if (text.isEmpty()) {
        result.error = ParseError::Empty;
        return result;
    }
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    // Where the locale groups with a (narrow, no-break) space, people type any of them.
    const bool spaceGroup = group.size() == 1 && group.front().isSpace();
    const auto isGroup = [&](QChar c) { return spaceGroup ? c.isSpace() : QStringView(&c, 1) == group; };
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };

    const qsizetype pointAt = text.indexOf(point);
    const QStringView whole = pointAt < 0 ? text : text.left(pointAt);
    const QStringView fraction = pointAt < 0 ? QStringView() : text.mid(pointAt + point.size());
    if (pointAt >= 0 && (fraction.isEmpty() || !std::all_of(fraction.begin(), fraction.end(), isDigit)))
        return result;   // "5." or a second separator after the point
    QString digits;
    int sinceGroup = 0;   // digits since the last group separator (-1: none seen yet)
    bool grouped = false;
    for (const QChar c : whole) {
        if (isDigit(c)) {
            digits.append(c);
            ++sinceGroup;
        } else if (isGroup(c)) {
            // Groups of exactly three, the first of one to three: "1,00.5" or ",500" means nothing.
            if (sinceGroup == 0 || (grouped ? sinceGroup != 3 : sinceGroup > 3))
                return result;
            grouped = true;
            sinceGroup = 0;
        } else {
            return result;
        }
    }
    if (grouped && sinceGroup != 3)
        return result;
    if (digits.isEmpty() && fraction.isEmpty())
        return result;
    const QString plain = sign + (digits.isEmpty() ? QStringLiteral("0") : digits) +
                          (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction.toString());
    return parse(plain);
}

QString Money::toEditString(const QLocale &locale) const
{
    return toExactString(2).replace(QLatin1Char('.'), locale.decimalPoint());
}

QString Money::toDisplayString(int decimals) const
{
    return toDisplayString(QLocale(), decimals);
}

namespace {

// The amount's text with or without the dollar sign (amountInCurrency writes another currency's code).
QString displayText(qint64 nanos, const QLocale &locale, int decimals, bool dollarSign)
{
    // The one rule for small amounts (cents by default): under a cent, four decimals, so money spent
    // never reads "$0.00"; under a hundredth of a cent, "< $0.0001".
    // (From 0.00995 on, four decimals would read "0.0100": that is a cent, shown as one.)
    if (decimals == 2 && nanos != 0 && nanos > -9'950'000 && nanos < 9'950'000) {
        if (nanos > -50'000 && nanos < 50'000)
            return nanos > 0 ? QStringLiteral("< ") + displayText(100'000, locale, 4, dollarSign)
                             : QStringLiteral("> ") + displayText(-100'000, locale, 4, dollarSign);
        decimals = 4;
    }
    decimals = std::clamp(decimals, 0, 9);
    const Rounded r = roundNanos(nanos, decimals);
    // Group the whole part with the locale; the fraction digits are ours, so no double is involved.
    QString text = locale.toString(static_cast<qulonglong>(r.units));
    if (decimals > 0)
        text += locale.decimalPoint() + fractionText(r.fraction, decimals);
    if (!dollarSign)
        return r.negative ? QLatin1Char('-') + text : text;
    return withDollarSign(text, r.negative, locale);
}

}   // namespace

QString Money::toDisplayString(const QLocale &locale, int decimals) const
{
    return displayText(m_nanos, locale, decimals, true);
}

namespace {

struct DollarSign
{
    QString prefix;   // "$", "$\u00a0" (nl) or empty
    QString suffix;   // "\u00a0$" (ru, de) or empty
};

DollarSign dollarSignOf(const QLocale &locale)
{
    // The C locale's pattern reads "1$"; data output keeps the window's English "$1".
    if (locale.language() == QLocale::C)
        return {QStringLiteral("$"), QString()};
    // The locale's currency pattern, on a probe whose digit is found as the locale writes it.
    const QString probe = locale.toCurrencyString(qlonglong(1), QStringLiteral("$"));
    const QString one = locale.toString(1);
    const qsizetype digit = probe.indexOf(one);
    const qsizetype sign = probe.indexOf(QLatin1Char('$'));
    if (digit < 0 || sign < 0)
        return {QStringLiteral("$"), QString()};
    if (sign < digit)
        return {probe.mid(sign, digit - sign), QString()};
    return {QString(), probe.mid(digit + one.size(), sign + 1 - digit - one.size())};
}

// Tables format thousands of amounts: the pattern is read once per locale (per thread).
const DollarSign &dollarSign(const QLocale &locale)
{
    thread_local QLocale cached(QLocale::C);
    thread_local DollarSign sign = dollarSignOf(cached);
    if (!(locale == cached)) {
        cached = locale;
        sign = dollarSignOf(locale);
    }
    return sign;
}

}   // namespace

QString withDollarSign(const QString &digits, bool negative, const QLocale &locale)
{
    const DollarSign &sign = dollarSign(locale);
    return (negative ? QStringLiteral("-") : QString()) + sign.prefix + digits + sign.suffix;
}

void MoneySum::add(Money m)
{
    if (m_overflow)
        return;
    if (const auto sum = m_total.checkedAdd(m))
        m_total = *sum;
    else
        m_overflow = true;
}

bool TokenCostAccumulator::add(qint64 tokens, Money pricePerMillion)
{
    // |tokens| < 2^63 and |price| < 2^63: the product fits in a signed 128-bit integer
    // only with headroom checks on the running sum.
    const i128 product = static_cast<i128>(tokens) * static_cast<i128>(pricePerMillion.nanos());
    i128 sum = 0;
    if (addOverflows(m_femto, product, &sum)) {
        m_overflow = true;
        return false;
    }
    m_femto = sum;
    return true;
}

std::optional<Money> TokenCostAccumulator::total() const
{
    if (m_overflow)
        return std::nullopt;
    const bool negative = m_femto < 0;
    const u128 magnitude = negative ? static_cast<u128>(-m_femto) : static_cast<u128>(m_femto);
    bool inexact = false;
    const u128 nanos = divideHalfEven(magnitude, 1'000'000, false, &inexact);
    const auto value = toSigned(nanos, negative);
    if (!value)
        return std::nullopt;
    return Money::fromNanos(*value);
}

QString amountInCurrency(Money amount, const QString &currency, const QLocale &locale)
{
    if (currency == QLatin1String("USD"))
        return amount.toDisplayString(locale);
    // The same digits, grouping and small-amount rule as dollars; the code after them.
    return displayText(amount.nanos(), locale, 2, false) + QLatin1Char(' ') + currency;
}

QString amountInCurrency(Money amount, const QString &currency)
{
    return amountInCurrency(amount, currency, QLocale());
}

}   // namespace tl
