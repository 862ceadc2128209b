#pragma once

// 128-bit integers for exact intermediate results (token × price, ratios in basis points).
// The one place that names a compiler extension: tl::Int128 / tl::UInt128 are the compiler's
// __int128 where it has one (GCC, Clang on 64-bit targets), else tl::portable::Int128 / UInt128 —
// two 64-bit halves with the operators the code uses. Configure with
// TOKENLEDGER_PORTABLE_FALLBACKS=ON (the clang preset) to build the portable classes everywhere.
//
// The portable classes behave like the built-in types where those are defined: arithmetic wraps
// modulo 2^128 (where signed overflow would be undefined), division truncates toward zero and the
// remainder takes the dividend's sign. Dividing by zero is an error, as it is for the built-ins.

#include <bit>
#include <compare>
#include <cstdint>
#include <type_traits>

namespace tl {

#if defined(__SIZEOF_INT128__)
// The compiler's own type: the unit test compares the portable classes against it.
__extension__ typedef __int128 NativeInt128;
__extension__ typedef unsigned __int128 NativeUInt128;
#define TOKENLEDGER_HAVE_NATIVE_INT128 1
#endif

namespace portable {

class Int128;

class UInt128
{
public:
    constexpr UInt128() = default;
    // Any built-in integer, implicitly, so mixed arithmetic reads as with the built-in type;
    // a negative value wraps modulo 2^128 as it would converted to unsigned __int128.
    template <typename T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
    constexpr UInt128(T value)   // NOLINT(google-explicit-constructor)
        : m_lo(static_cast<std::uint64_t>(value))
    {
        if constexpr (std::is_signed_v<T>)
            m_hi = value < 0 ? ~std::uint64_t(0) : 0;
    }
    explicit constexpr UInt128(Int128 value);
    static constexpr UInt128 fromHalves(std::uint64_t high, std::uint64_t low)
    {
        UInt128 r;
        r.m_hi = high;
        r.m_lo = low;
        return r;
    }
    constexpr std::uint64_t high() const { return m_hi; }
    constexpr std::uint64_t low() const { return m_lo; }

    // Explicit, as narrowing: keeps the low bits (as static_cast of the built-in type does).
    template <typename T, std::enable_if_t<std::is_integral_v<T>, int> = 0> explicit constexpr operator T() const
    {
        if constexpr (std::is_same_v<T, bool>)
            return m_hi != 0 || m_lo != 0;
        else
            return static_cast<T>(m_lo);
    }

    // The full 128-bit product of two 64-bit numbers.
    static constexpr UInt128 multiply64(std::uint64_t a, std::uint64_t b)
    {
        constexpr std::uint64_t Mask = 0xffff'ffff;
        const std::uint64_t ll = (a & Mask) * (b & Mask);
        const std::uint64_t lh = (a & Mask) * (b >> 32);
        const std::uint64_t hl = (a >> 32) * (b & Mask);
        const std::uint64_t hh = (a >> 32) * (b >> 32);
        const std::uint64_t mid = (ll >> 32) + (lh & Mask) + (hl & Mask);
        return fromHalves(hh + (lh >> 32) + (hl >> 32) + (mid >> 32), (ll & Mask) | (mid << 32));
    }
    // Quotient and remainder; divisor != 0.
    static constexpr void divide(UInt128 n, UInt128 d, UInt128 *quotient, UInt128 *remainder)
    {
        if (d.m_hi == 0 && (n.m_hi == 0 || d.m_lo == 0)) {
            // Both fit in 64 bits (a zero divisor traps here, as the built-in division does).
            *quotient = UInt128(n.m_lo / d.m_lo);
            *remainder = UInt128(n.m_lo % d.m_lo);
            return;
        }
        if (d > n) {
            *quotient = UInt128();
            *remainder = n;
            return;
        }
        // Shift and subtract, one quotient bit per step.
        const int shift = d.leadingZeros() - n.leadingZeros();
        d <<= shift;
        UInt128 q;
        for (int i = 0; i <= shift; ++i) {
            q <<= 1;
            if (n >= d) {
                n -= d;
                q.m_lo |= 1;
            }
            d >>= 1;
        }
        *quotient = q;
        *remainder = n;
    }
    constexpr int leadingZeros() const { return m_hi != 0 ? std::countl_zero(m_hi) : 64 + std::countl_zero(m_lo); }

    friend constexpr UInt128 operator+(UInt128 a, UInt128 b)
    {
        const std::uint64_t lo = a.m_lo + b.m_lo;
        return fromHalves(a.m_hi + b.m_hi + (lo < a.m_lo ? 1 : 0), lo);
    }
    friend constexpr UInt128 operator-(UInt128 a, UInt128 b)
    {
        return fromHalves(a.m_hi - b.m_hi - (a.m_lo < b.m_lo ? 1 : 0), a.m_lo - b.m_lo);
    }
    friend constexpr UInt128 operator*(UInt128 a, UInt128 b)
    {
        const UInt128 low = multiply64(a.m_lo, b.m_lo);
        return fromHalves(low.m_hi + a.m_hi * b.m_lo + a.m_lo * b.m_hi, low.m_lo);
    }
    friend constexpr UInt128 operator/(UInt128 a, UInt128 b)
    {
        UInt128 q, r;
        divide(a, b, &q, &r);
        return q;
    }
    friend constexpr UInt128 operator%(UInt128 a, UInt128 b)
    {
        UInt128 q, r;
        divide(a, b, &q, &r);
        return r;
    }
    friend constexpr UInt128 operator&(UInt128 a, UInt128 b) { return fromHalves(a.m_hi & b.m_hi, a.m_lo & b.m_lo); }
    friend constexpr UInt128 operator|(UInt128 a, UInt128 b) { return fromHalves(a.m_hi | b.m_hi, a.m_lo | b.m_lo); }
    friend constexpr UInt128 operator^(UInt128 a, UInt128 b) { return fromHalves(a.m_hi ^ b.m_hi, a.m_lo ^ b.m_lo); }
    constexpr UInt128 operator~() const { return fromHalves(~m_hi, ~m_lo); }
    constexpr UInt128 operator-() const { return UInt128() - *this; }
    constexpr UInt128 operator+() const { return *this; }
    // Shifts by 0..127 bits (more is undefined for the built-in types too).
    friend constexpr UInt128 operator<<(UInt128 a, int n)
    {
        if (n == 0)
            return a;
        if (n >= 64)
            return fromHalves(a.m_lo << (n - 64), 0);
        return fromHalves((a.m_hi << n) | (a.m_lo >> (64 - n)), a.m_lo << n);
    }
    friend constexpr UInt128 operator>>(UInt128 a, int n)
    {
        if (n == 0)
            return a;
        if (n >= 64)
            return fromHalves(0, a.m_hi >> (n - 64));
        return fromHalves(a.m_hi >> n, (a.m_lo >> n) | (a.m_hi << (64 - n)));
    }

    constexpr UInt128 &operator+=(UInt128 b) { return *this = *this + b; }
    constexpr UInt128 &operator-=(UInt128 b) { return *this = *this - b; }
    constexpr UInt128 &operator*=(UInt128 b) { return *this = *this * b; }
    constexpr UInt128 &operator/=(UInt128 b) { return *this = *this / b; }
    constexpr UInt128 &operator%=(UInt128 b) { return *this = *this % b; }
    constexpr UInt128 &operator&=(UInt128 b) { return *this = *this & b; }
    constexpr UInt128 &operator|=(UInt128 b) { return *this = *this | b; }
    constexpr UInt128 &operator<<=(int n) { return *this = *this << n; }
    constexpr UInt128 &operator>>=(int n) { return *this = *this >> n; }
    constexpr UInt128 &operator++() { return *this += 1; }
    constexpr UInt128 &operator--() { return *this -= 1; }
    constexpr UInt128 operator++(int)
    {
        const UInt128 old = *this;
        ++*this;
        return old;
    }
    constexpr UInt128 operator--(int)
    {
        const UInt128 old = *this;
        --*this;
        return old;
    }

    // High half first: the member-wise order is the numeric order.
    friend constexpr std::strong_ordering operator<=>(const UInt128 &, const UInt128 &) = default;
    friend constexpr bool operator==(const UInt128 &, const UInt128 &) = default;

private:
    std::uint64_t m_hi = 0;
    std::uint64_t m_lo = 0;
};

class Int128
{
public:
    constexpr Int128() = default;
    template <typename T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
    constexpr Int128(T value)   // NOLINT(google-explicit-constructor)
        : m_lo(static_cast<std::uint64_t>(value))
    {
        if constexpr (std::is_signed_v<T>)
            m_hi = value < 0 ? -1 : 0;
    }
    // The same bits, read as two's complement (as static_cast between the built-in types).
    explicit constexpr Int128(UInt128 bits)
        : m_hi(static_cast<std::int64_t>(bits.high()))
        , m_lo(bits.low())
    {}
    constexpr std::int64_t high() const { return m_hi; }
    constexpr std::uint64_t low() const { return m_lo; }

    template <typename T, std::enable_if_t<std::is_integral_v<T>, int> = 0> explicit constexpr operator T() const
    {
        if constexpr (std::is_same_v<T, bool>)
            return m_hi != 0 || m_lo != 0;
        else
            return static_cast<T>(m_lo);
    }

    constexpr bool isNegative() const { return m_hi < 0; }
    // |value| as unsigned: exact for every value, the minimum included.
    constexpr UInt128 magnitude() const { return isNegative() ? -UInt128(*this) : UInt128(*this); }

    friend constexpr Int128 operator+(Int128 a, Int128 b) { return Int128(UInt128(a) + UInt128(b)); }
    friend constexpr Int128 operator-(Int128 a, Int128 b) { return Int128(UInt128(a) - UInt128(b)); }
    friend constexpr Int128 operator*(Int128 a, Int128 b) { return Int128(UInt128(a) * UInt128(b)); }
    // Truncates toward zero; the remainder has the dividend's sign.
    friend constexpr Int128 operator/(Int128 a, Int128 b)
    {
        const Int128 q(a.magnitude() / b.magnitude());
        return a.isNegative() != b.isNegative() ? -q : q;
    }
    friend constexpr Int128 operator%(Int128 a, Int128 b)
    {
        const Int128 r(a.magnitude() % b.magnitude());
        return a.isNegative() ? -r : r;
    }
    friend constexpr Int128 operator&(Int128 a, Int128 b) { return Int128(UInt128(a) & UInt128(b)); }
    friend constexpr Int128 operator|(Int128 a, Int128 b) { return Int128(UInt128(a) | UInt128(b)); }
    friend constexpr Int128 operator^(Int128 a, Int128 b) { return Int128(UInt128(a) ^ UInt128(b)); }
    constexpr Int128 operator~() const { return Int128(~UInt128(*this)); }
    constexpr Int128 operator-() const { return Int128(-UInt128(*this)); }
    constexpr Int128 operator+() const { return *this; }
    friend constexpr Int128 operator<<(Int128 a, int n) { return Int128(UInt128(a) << n); }
    // Arithmetic: the sign is shifted in.
    friend constexpr Int128 operator>>(Int128 a, int n)
    {
        const Int128 shifted(UInt128(a) >> n);
        return a.isNegative() && n > 0 ? shifted | ~Int128(~UInt128() >> n) : shifted;
    }

    constexpr Int128 &operator+=(Int128 b) { return *this = *this + b; }
    constexpr Int128 &operator-=(Int128 b) { return *this = *this - b; }
    constexpr Int128 &operator*=(Int128 b) { return *this = *this * b; }
    constexpr Int128 &operator/=(Int128 b) { return *this = *this / b; }
    constexpr Int128 &operator%=(Int128 b) { return *this = *this % b; }
    constexpr Int128 &operator&=(Int128 b) { return *this = *this & b; }
    constexpr Int128 &operator|=(Int128 b) { return *this = *this | b; }
    constexpr Int128 &operator<<=(int n) { return *this = *this << n; }
    constexpr Int128 &operator>>=(int n) { return *this = *this >> n; }
    constexpr Int128 &operator++() { return *this += 1; }
    constexpr Int128 &operator--() { return *this -= 1; }
    constexpr Int128 operator++(int)
    {
        const Int128 old = *this;
        ++*this;
        return old;
    }
    constexpr Int128 operator--(int)
    {
        const Int128 old = *this;
        --*this;
        return old;
    }

    // Signed high half first, then the unsigned low half: the numeric order of two's complement.
    friend constexpr std::strong_ordering operator<=>(const Int128 &, const Int128 &) = default;
    friend constexpr bool operator==(const Int128 &, const Int128 &) = default;

private:
    std::int64_t m_hi = 0;
    std::uint64_t m_lo = 0;
};

constexpr UInt128::UInt128(Int128 value)
    : m_hi(static_cast<std::uint64_t>(value.high()))
    , m_lo(value.low())
{}

}   // namespace portable

#if defined(TOKENLEDGER_HAVE_NATIVE_INT128) && !defined(TOKENLEDGER_PORTABLE_FALLBACKS)
using Int128 = NativeInt128;
using UInt128 = NativeUInt128;
#else
using Int128 = portable::Int128;
using UInt128 = portable::UInt128;
#endif

}   // namespace tl
