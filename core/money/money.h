#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include "common/int128.h"

#include <compare>
#include <cstdint>
#include <optional>

class QLocale;

namespace tl {

// An exact amount of US dollars, stored as a signed 64-bit count of nano-USD (1e-9 USD).
// Parsing never goes through double; formatting rounds half-even once, at display.
class Money
{
public:
    static constexpr qint64 NanosPerUsd = 1'000'000'000;

    // The unit a decimal text is expressed in.
    enum class Unit
    {
        Usd,        // "0.06" dollars (OpenAI, OpenRouter)
        Cents,      // "123.4567890" US cents (Anthropic cost_report)
        Nanos,      // already nano-USD
        XaiTicks,   // 1e-10 USD (xAI cost_in_usd_ticks)
    };

    enum class ParseError
    {
        None,
        Empty,
        Syntax,     // not a plain decimal number with an optional exponent
        Overflow,   // does not fit in 64-bit nano-USD
    };

    struct ParseResult;   // defined below: it holds a Money

    constexpr Money() = default;
    static constexpr Money fromNanos(qint64 nanos) { return Money(nanos); }

    // Decimal text such as "0.06", "-12", "4.5e-05", "0.8958740000000000" in the given unit.
    static ParseResult parse(QStringView text, Unit unit = Unit::Usd);
    // An amount a person typed, read in their locale: the locale's decimal separator and its group
    // separator (in groups of three) exactly, an optional "$" before or after, no exponent. Text
    // that could mean two things is refused (en "5,50"; de "5.50"), never guessed at.
    static ParseResult parseLocalized(QStringView text, const QLocale &locale);
    // Convenience for trusted inputs: nullopt on any error.
    static std::optional<Money> fromDecimal(QStringView text, Unit unit = Unit::Usd);
    static QString errorString(ParseError error);

    // tokens × price per million tokens, exact in 128 bits, rounded half-even to the nano once.
    // nullopt when the result does not fit.
    static std::optional<Money> forTokens(qint64 tokens, Money pricePerMillion);

    constexpr qint64 nanos() const { return m_nanos; }
    constexpr bool isZero() const { return m_nanos == 0; }
    constexpr bool isNegative() const { return m_nanos < 0; }

    // nullopt on overflow.
    std::optional<Money> checkedAdd(Money other) const;
    std::optional<Money> checkedSub(Money other) const;

    // Plain decimal USD with exactly `decimals` fraction digits (0..9), rounded half-even:
    // "1234.57", "-0.01". No grouping, no symbol: for files and machines.
    QString toDecimalString(int decimals) const;
    // Every significant digit, no rounding: "0.000000045", "12", "-3.5". For exports.
    // With minDecimals = 2: "12.00", "3.50", "0.075" (prices shown to people).
    QString toExactString(int minDecimals = 0) const;
    // For a field people edit: every significant digit (at least two decimals), the locale's
    // decimal separator, no grouping, no symbol: "1250,50" (de). parseLocalized() reads it back.
    QString toEditString(const QLocale &locale) const;
    // For people: "$1,234.57" / "-$0.50" in the given locale's grouping and currency pattern
    // ("1 234,57 $" in Russian, "1.234,57 $" in German; see withDollarSign), rounded half-even. With
    // the default two decimals, an amount under a cent shows four ("$0.0042") and one under a
    // hundredth of a cent "< $0.0001": spent money never reads "$0.00".
    QString toDisplayString(int decimals = 2) const;
    QString toDisplayString(const QLocale &locale, int decimals = 2) const;

    friend constexpr auto operator<=>(Money, Money) = default;
    friend constexpr bool operator==(Money, Money) = default;

private:
    constexpr explicit Money(qint64 nanos)
        : m_nanos(nanos)
    {}
    qint64 m_nanos = 0;
};

struct Money::ParseResult
{
    std::optional<Money> value;
    ParseError error = ParseError::None;
    bool inexact = false;   // finer than 1 nano-USD: rounded half-even to the nano
    explicit operator bool() const { return value.has_value(); }
};

// Sums amounts and remembers whether any addition overflowed, so a total is either
// exact or visibly invalid — never silently wrapped.
class MoneySum
{
public:
    void add(Money m);
    void add(qint64 nanos) { add(Money::fromNanos(nanos)); }
    bool overflowed() const { return m_overflow; }
    Money total() const { return m_total; }

private:
    Money m_total;
    bool m_overflow = false;
};

// Accumulates token × per-million-price products exactly (in 1e-15 USD) and rounds to the
// nano once, so a record's cost is not the sum of separately rounded parts.
class TokenCostAccumulator
{
public:
    // false when the product cannot be represented (absurd inputs).
    bool add(qint64 tokens, Money pricePerMillion);
    std::optional<Money> total() const;

private:
    Int128 m_femto = 0;   // nano × 1e-6
    bool m_overflow = false;
};

// `digits` (an amount's magnitude, already in the locale's digits) with the dollar sign where the
// locale writes a currency: before ("$1,234.57": English, Korean, and the C locale of data output)
// or after, with the locale's space ("1 234,57 $": Russian, German). Read off QLocale's own
// currency pattern; the digits stay TokenLedger's exact ones (no double). "-" leads a negative.
QString withDollarSign(const QString &digits, bool negative, const QLocale &locale);

// An amount in another currency for people, with the same digits, grouping and small-amount rule
// as dollars and the currency's code after: "110.00 CNY" (en), "110,00 CNY" (de). USD is "$110.00".
QString amountInCurrency(Money amount, const QString &currency, const QLocale &locale);
QString amountInCurrency(Money amount, const QString &currency);   // in the default QLocale

}   // namespace tl

Q_DECLARE_METATYPE(tl::Money)
