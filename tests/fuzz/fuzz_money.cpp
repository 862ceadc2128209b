// libFuzzer target: Money::parse in every unit, Money::forTokens, TokenCostAccumulator and MoneySum
// against independent references: a double estimate for parsing (gross errors, wrong scale, a
// missed overflow) and exact 128-bit arithmetic for products and sums. The input is read twice:
// as the text to parse, and as numbers for the arithmetic.
#include "common/overflow.h"
#include "fuzzcheck.h"
#include "money/money.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdint>
#include <limits>

using namespace tl;

namespace {

using i128 = tl::NativeInt128;   // the compiler's own, as an independent reference

constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();

int exponentOf(Money::Unit unit)
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

void checkParse(const QString &text, Money::Unit unit)
{
    const Money::ParseResult r = Money::parse(text, unit);
    FUZZ_CHECK(r.value.has_value() == (r.error == Money::ParseError::None));
    bool ok = false;
    const double estimate = text.trimmed().toDouble(&ok) * std::pow(10.0, exponentOf(unit));
    if (r.value) {
        // Exact text of the value reads back as the value, exactly.
        const Money::ParseResult back = Money::parse(r.value->toExactString());
        FUZZ_CHECK(back.value == r.value && !back.inexact);
        FUZZ_CHECK(Money::parse(r.value->toDecimalString(9)).value == r.value);
        if (ok && std::isfinite(estimate))
            FUZZ_CHECK(std::fabs(double(r.value->nanos()) - estimate) <= 1.0 + 1e-9 * std::fabs(estimate));
    } else if (r.error == Money::ParseError::Overflow && ok && std::isfinite(estimate)) {
        FUZZ_CHECK(std::fabs(estimate) >= 9.2e18);
    }
}

std::optional<Money> money(std::optional<qint64> nanos)
{
    return nanos ? std::optional<Money>(Money::fromNanos(*nanos)) : std::nullopt;
}

// Half-even division of a product by 10^6 (femto to nano), the reference for forTokens.
std::optional<qint64> referenceNanos(i128 femto)
{
    const bool negative = femto < 0;
    const i128 magnitude = negative ? -femto : femto;
    i128 q = magnitude / 1'000'000;
    const i128 r = magnitude % 1'000'000;
    if (r > 500'000 || (r == 500'000 && (q & 1)))
        ++q;
    const i128 value = negative ? -q : q;
    if (value > Max || value < Min)
        return std::nullopt;
    return qint64(value);
}

void checkArithmetic(FuzzedDataProvider &in)
{
    const qint64 tokens = in.ConsumeIntegral<qint64>();
    const Money price = Money::fromNanos(in.ConsumeIntegral<qint64>());
    FUZZ_CHECK(Money::forTokens(tokens, price) == money(referenceNanos(i128(tokens) * price.nanos())));

    TokenCostAccumulator accumulator;
    MoneySum sum;
    i128 femto = 0;
    i128 total = 0;
    bool totalLeft64Bits = false;
    bool femtoOverflow = false;
    for (int parts = in.ConsumeIntegralInRange(0, 6); parts > 0; --parts) {
        const qint64 t = in.ConsumeIntegral<qint64>();
        const qint64 p = in.ConsumeIntegral<qint64>();
        const bool added = accumulator.add(t, Money::fromNanos(p));
        i128 next = 0;
        const bool overflow = tl::addOverflows(femto, i128(t) * p, &next);
        FUZZ_CHECK(added == (!overflow && !femtoOverflow) || femtoOverflow);
        if (overflow)
            femtoOverflow = true;
        else
            femto = next;
        sum.add(p);
        total += p;
        totalLeft64Bits = totalLeft64Bits || total > Max || total < Min;
    }
    const std::optional<Money> accumulated = accumulator.total();
    if (femtoOverflow)
        FUZZ_CHECK(!accumulated);
    else
        FUZZ_CHECK(accumulated == money(referenceNanos(femto)));
    // MoneySum: exact, or flagged as soon as the running total leaves 64 bits.
    FUZZ_CHECK(sum.overflowed() == totalLeft64Bits);
    if (!sum.overflowed())
        FUZZ_CHECK(i128(sum.total().nanos()) == total);

    const Money a = Money::fromNanos(in.ConsumeIntegral<qint64>());
    const Money b = Money::fromNanos(in.ConsumeIntegral<qint64>());
    const i128 exactSum = i128(a.nanos()) + b.nanos();
    const i128 exactDifference = i128(a.nanos()) - b.nanos();
    FUZZ_CHECK(a.checkedAdd(b).has_value() == (exactSum >= Min && exactSum <= Max));
    FUZZ_CHECK(a.checkedSub(b).has_value() == (exactDifference >= Min && exactDifference <= Max));
    for (int decimals = 0; decimals <= 9; ++decimals)
        FUZZ_CHECK(!a.toDecimalString(decimals).isEmpty());
}

}   // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (Money::Unit unit : {Money::Unit::Usd, Money::Unit::Cents, Money::Unit::Nanos, Money::Unit::XaiTicks})
        checkParse(text, unit);
    FuzzedDataProvider in(data, size);
    checkArithmetic(in);
    return 0;
}
