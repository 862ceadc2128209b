#pragma once

// Overflow-checked arithmetic: tl::addOverflows(a, b, &out), subOverflows, mulOverflows for 64-bit
// integers and tl::Int128. Like GCC's and Clang's __builtin_*_overflow (used where the compiler
// has them): *out receives the result wrapped to its type, and the return value says whether it
// did not fit. The portable versions below are used elsewhere, and everywhere when configured
// with TOKENLEDGER_PORTABLE_FALLBACKS=ON.

#include "common/int128.h"

#include <QtGlobal>

#include <type_traits>
#include <utility>

#if !defined(TOKENLEDGER_PORTABLE_FALLBACKS) && defined(__has_builtin)
#if __has_builtin(__builtin_add_overflow) && __has_builtin(__builtin_sub_overflow) &&                                  \
    __has_builtin(__builtin_mul_overflow)
#define TOKENLEDGER_HAVE_OVERFLOW_BUILTINS 1
#endif
#endif

namespace tl {

namespace portable {

// Two's complement sums and differences overflow exactly when the operands' signs make it
// possible and the wrapped result's sign disagrees.
constexpr bool addOverflows(qint64 a, qint64 b, qint64 *out)
{
    *out = static_cast<qint64>(static_cast<quint64>(a) + static_cast<quint64>(b));
    return (a < 0) == (b < 0) && (*out < 0) != (a < 0);
}
constexpr bool subOverflows(qint64 a, qint64 b, qint64 *out)
{
    *out = static_cast<qint64>(static_cast<quint64>(a) - static_cast<quint64>(b));
    return (a < 0) != (b < 0) && (*out < 0) != (a < 0);
}
constexpr bool mulOverflows(qint64 a, qint64 b, qint64 *out)
{
    const Int128 product = Int128(a) * Int128(b);
    *out = static_cast<qint64>(product);
    return product != Int128(*out);
}

constexpr bool addOverflows(Int128 a, Int128 b, Int128 *out)
{
    *out = a + b;
    return a.isNegative() == b.isNegative() && out->isNegative() != a.isNegative();
}
constexpr bool subOverflows(Int128 a, Int128 b, Int128 *out)
{
    *out = a - b;
    return a.isNegative() != b.isNegative() && out->isNegative() != a.isNegative();
}
constexpr bool mulOverflows(Int128 a, Int128 b, Int128 *out)
{
    *out = a * b;   // wrapped, as the built-in stores it
    UInt128 x = a.magnitude();
    UInt128 y = b.magnitude();
    if (x.high() != 0 && y.high() != 0)
        return true;   // |a × b| >= 2^128
    if (x.high() != 0)
        std::swap(x, y);   // now x < 2^64
    // |a × b| = x.low × (y.high × 2^64 + y.low)
    const UInt128 low = UInt128::multiply64(x.low(), y.low());
    const UInt128 upper = UInt128::multiply64(x.low(), y.high());
    if (upper.high() != 0)
        return true;
    const quint64 high = low.high() + upper.low();
    if (high < low.high())
        return true;
    const UInt128 magnitude = UInt128::fromHalves(high, low.low());
    const UInt128 limit = UInt128(1) << 127;   // |minimum|; the maximum is one less
    const bool negative = a.isNegative() != b.isNegative() && magnitude != 0;
    return negative ? magnitude > limit : magnitude >= limit;
}

}   // namespace portable

namespace detail {

template <typename T>
constexpr bool usesBuiltins =
#if defined(TOKENLEDGER_HAVE_OVERFLOW_BUILTINS)
    std::is_integral_v<T>
#if defined(TOKENLEDGER_HAVE_NATIVE_INT128)
    || std::is_same_v<T, NativeInt128>
#endif
#else
    false
#endif
    ;

}   // namespace detail

// The operands convert to the result's type (qint64 or tl::Int128).
template <typename T> constexpr bool addOverflows(std::type_identity_t<T> a, std::type_identity_t<T> b, T *out)
{
#if defined(TOKENLEDGER_HAVE_OVERFLOW_BUILTINS)
    if constexpr (detail::usesBuiltins<T>)
        return __builtin_add_overflow(a, b, out);
    else
#endif
        return portable::addOverflows(a, b, out);
}

template <typename T> constexpr bool subOverflows(std::type_identity_t<T> a, std::type_identity_t<T> b, T *out)
{
#if defined(TOKENLEDGER_HAVE_OVERFLOW_BUILTINS)
    if constexpr (detail::usesBuiltins<T>)
        return __builtin_sub_overflow(a, b, out);
    else
#endif
        return portable::subOverflows(a, b, out);
}

template <typename T> constexpr bool mulOverflows(std::type_identity_t<T> a, std::type_identity_t<T> b, T *out)
{
#if defined(TOKENLEDGER_HAVE_OVERFLOW_BUILTINS)
    if constexpr (detail::usesBuiltins<T>)
        return __builtin_mul_overflow(a, b, out);
    else
#endif
        return portable::mulOverflows(a, b, out);
}

}   // namespace tl
