// The portable 128-bit integers and overflow checks (core/common/int128.h, overflow.h) against the
// compiler's own __int128 and __builtin_*_overflow: edge values and many random ones. The portable
// classes are compiled here whatever TOKENLEDGER_PORTABLE_FALLBACKS says. And the agent-log folder
// walk, POSIX or (with the fallbacks) portable: the same files, never through a linked folder.
#include "agents/agentsources.h"
#include "common/int128.h"
#include "common/overflow.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <vector>

using tl::portable::Int128;
using tl::portable::UInt128;

namespace {

#if defined(TOKENLEDGER_HAVE_NATIVE_INT128)
using NI = tl::NativeInt128;
using NU = tl::NativeUInt128;

NU toNative(UInt128 v)
{
    return (NU(v.high()) << 64) | v.low();
}
NI toNative(Int128 v)
{
    return NI(toNative(UInt128(v)));
}
UInt128 fromNative(NU v)
{
    return UInt128::fromHalves(quint64(v >> 64), quint64(v));
}
Int128 fromNative(NI v)
{
    return Int128(fromNative(NU(v)));
}

constexpr NI NativeMax = NI(~NU(0) >> 1);
constexpr NI NativeMin = -NativeMax - 1;

QByteArray text(NU v)
{
    QByteArray digits;
    do {
        digits.prepend(char('0' + int(v % 10)));
        v /= 10;
    } while (v != 0);
    return digits;
}
QByteArray text(NI v)
{
    return v < 0 ? "-" + text(NU(0) - NU(v)) : text(NU(v));
}

// Edge values, their neighbours, powers of two around the halves, and random values of every width.
std::vector<NI> samples()
{
    std::vector<NI> out = {0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, NativeMax, NativeMin, NativeMax - 1, NativeMin + 1};
    for (int bit : {31, 32, 33, 62, 63, 64, 65, 95, 96, 126}) {
        const NI p = NI(1) << bit;
        for (NI v : {p, p - 1, p + 1})
            for (NI s : {v, -v})
                out.push_back(s);
    }
    for (qint64 v : {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()})
        out.push_back(v);
    out.push_back(NI(std::numeric_limits<quint64>::max()));
    QRandomGenerator random(17);   // the same values on every run
    for (int i = 0; i < 150; ++i) {
        const int bits = 1 + int(random.bounded(127));
        const NU raw = (NU(random.generate64()) << 64) | random.generate64();
        const NI value = NI(raw >> (128 - bits));
        out.push_back(random.bounded(2) ? value : -value);
    }
    return out;
}
#endif

}   // namespace

class TestPortable : public QObject
{
    Q_OBJECT

    // (moc does not see the compiler's predefined macros: every slot exists, and those that need the
    // built-in type skip without it.)
private slots:
    // + - * / % unary -, comparisons and shifts of every pair of samples, signed and unsigned.
    void arithmeticMatchesTheNativeType()
    {
#if defined(TOKENLEDGER_HAVE_NATIVE_INT128)
        const std::vector<NI> values = samples();
        for (NI a : values) {
            const Int128 pa = fromNative(a);
            QCOMPARE(text(toNative(pa)), text(a));
            QCOMPARE(text(toNative(-pa)), text(NI(NU(0) - NU(a))));
            QCOMPARE(text(toNative(~pa)), text(~a));
            for (int n : {0, 1, 13, 63, 64, 65, 100, 127}) {
                QCOMPARE(text(toNative(pa << n)), text(NI(NU(a) << n)));
                QCOMPARE(text(toNative(pa >> n)), text(a >> n));   // arithmetic on GCC and Clang
                QCOMPARE(text(toNative(UInt128(pa) >> n)), text(NU(a) >> n));
            }
            QCOMPARE(static_cast<qint64>(pa), static_cast<qint64>(a));
            QCOMPARE(static_cast<quint64>(pa), static_cast<quint64>(a));
            QCOMPARE(static_cast<bool>(pa), a != 0);
            for (NI b : values) {
                const Int128 pb = fromNative(b);
                const NU ua = NU(a), ub = NU(b);
                const QByteArray pair = text(a) + " , " + text(b);
                // Signed overflow is undefined for the built-in type; the portable one wraps: compare
                // against the unsigned built-in, which wraps by definition.
                QVERIFY2(toNative(pa + pb) == NI(ua + ub), pair);
                QVERIFY2(toNative(pa - pb) == NI(ua - ub), pair);
                QVERIFY2(toNative(pa * pb) == NI(ua * ub), pair);
                QVERIFY2((pa < pb) == (a < b) && (pa == pb) == (a == b) && (pa >= pb) == (a >= b), pair);
                QVERIFY2((UInt128(pa) < UInt128(pb)) == (ua < ub), pair);
                QVERIFY2(toNative(UInt128(pa) * UInt128(pb)) == ua * ub, pair);
                if (b != 0) {
                    QVERIFY2(toNative(UInt128(pa) / UInt128(pb)) == ua / ub, pair);
                    QVERIFY2(toNative(UInt128(pa) % UInt128(pb)) == ua % ub, pair);
                    if (!(a == NativeMin && b == -1)) {   // the one quotient that does not fit
                        QVERIFY2(toNative(pa / pb) == a / b, pair);
                        QVERIFY2(toNative(pa % pb) == a % b, pair);
                    }
                }
            }
        }
#else
        QSKIP("this compiler has no __int128 to compare against");
#endif
    }

    // Truncation toward zero and the remainder's sign, spelled out.
    void divisionRoundsTowardZero()
    {
#if defined(TOKENLEDGER_HAVE_NATIVE_INT128)
        QCOMPARE(static_cast<qint64>(Int128(7) / 2), 3LL);
        QCOMPARE(static_cast<qint64>(Int128(-7) / 2), -3LL);
        QCOMPARE(static_cast<qint64>(Int128(7) / -2), -3LL);
        QCOMPARE(static_cast<qint64>(Int128(-7) / -2), 3LL);
        QCOMPARE(static_cast<qint64>(Int128(7) % 2), 1LL);
        QCOMPARE(static_cast<qint64>(Int128(-7) % 2), -1LL);
        QCOMPARE(static_cast<qint64>(Int128(7) % -2), 1LL);
        QCOMPARE(static_cast<qint64>(Int128(-7) % -2), -1LL);
        const Int128 min = fromNative(NativeMin);
        QCOMPARE(text(toNative(min / 3)), text(NativeMin / 3));
        QCOMPARE(text(toNative(min % 3)), text(NativeMin % 3));
#else
        QSKIP("this compiler has no __int128 to compare against");
#endif
    }

    // Mixed arithmetic with 64-bit integers reads as with the built-in type.
    void mixesWithBuiltInIntegers()
    {
#if defined(TOKENLEDGER_HAVE_NATIVE_INT128)
        const qint64 big = std::numeric_limits<qint64>::max();
        Int128 x = Int128(big) * big + 1;
        QCOMPARE(text(toNative(x)), text(NI(big) * big + 1));
        x -= 2;
        ++x;
        QVERIFY(x > big && big < x && x != 0);
        QCOMPARE(text(toNative(x % 10000 * 2 / 3)), text((NI(big) * big) % 10000 * 2 / 3));
        constexpr UInt128 limit = static_cast<UInt128>(std::numeric_limits<qint64>::max());
        static_assert(limit + 1 > limit);
        QVERIFY(UInt128(-1) == ~UInt128());   // wraps like a conversion to unsigned
        QVERIFY(Int128(-5) < 0 && -5 < Int128(-4));
#else
        QSKIP("this compiler has no __int128 to compare against");
#endif
    }

    // add/sub/mulOverflows: the portable versions against the builtins, result and verdict.
    void checkedMathMatchesTheBuiltins()
    {
#if defined(TOKENLEDGER_HAVE_NATIVE_INT128)
        const std::vector<NI> values = samples();
        std::vector<qint64> small;
        for (NI v : values)
            if (v >= std::numeric_limits<qint64>::min() && v <= std::numeric_limits<qint64>::max())
                small.push_back(qint64(v));
        for (qint64 a : small) {
            for (qint64 b : small) {
                qint64 expected = 0, got = 0;
                const QByteArray pair = text(NI(a)) + " , " + text(NI(b));
                QVERIFY2(tl::portable::addOverflows(a, b, &got) == __builtin_add_overflow(a, b, &expected), pair);
                QVERIFY2(got == expected, pair);
                QVERIFY2(tl::portable::subOverflows(a, b, &got) == __builtin_sub_overflow(a, b, &expected), pair);
                QVERIFY2(got == expected, pair);
                QVERIFY2(tl::portable::mulOverflows(a, b, &got) == __builtin_mul_overflow(a, b, &expected), pair);
                QVERIFY2(got == expected, pair);
            }
        }
        for (NI a : values) {
            for (NI b : values) {
                NI expected = 0;
                Int128 got;
                const QByteArray pair = text(a) + " , " + text(b);
                QVERIFY2(tl::portable::addOverflows(fromNative(a), fromNative(b), &got) ==
                             __builtin_add_overflow(a, b, &expected),
                         pair);
                QVERIFY2(toNative(got) == expected, pair);
                QVERIFY2(tl::portable::subOverflows(fromNative(a), fromNative(b), &got) ==
                             __builtin_sub_overflow(a, b, &expected),
                         pair);
                QVERIFY2(toNative(got) == expected, pair);
                QVERIFY2(tl::portable::mulOverflows(fromNative(a), fromNative(b), &got) ==
                             __builtin_mul_overflow(a, b, &expected),
                         pair);
                QVERIFY2(toNative(got) == expected, pair);
            }
        }
#else
        QSKIP("this compiler has no __int128 to compare against");
#endif
    }

    // What the code calls, whichever implementation this build chose.
    void theChosenImplementationChecks()
    {
        qint64 out = 0;
        QVERIFY(!tl::addOverflows(qint64(40), 2, &out) && out == 42);
        QVERIFY(tl::addOverflows(std::numeric_limits<qint64>::max(), 1, &out));
        QVERIFY(tl::subOverflows(std::numeric_limits<qint64>::min(), 1, &out));
        QVERIFY(tl::mulOverflows(qint64(1) << 32, qint64(1) << 31, &out));
        tl::Int128 wide = 0;
        const tl::Int128 max = tl::Int128(std::numeric_limits<qint64>::max()) * std::numeric_limits<qint64>::max();
        QVERIFY(!tl::addOverflows(max, max, &wide));
        QVERIFY(tl::mulOverflows(max, 4, &wide));
        QVERIFY(!tl::mulOverflows(tl::Int128(-1), tl::Int128(1) << 126, &wide) && wide < 0);
#if defined(TOKENLEDGER_PORTABLE_FALLBACKS)
        static_assert(std::is_same_v<tl::Int128, tl::portable::Int128>);
#endif
    }

    // Files in nested folders, a link to a file, hidden folders; a linked folder is not entered.
    void agentFolderWalkStaysInRealFolders()
    {
        QTemporaryDir home;
        QTemporaryDir elsewhere;
        QVERIFY(home.isValid() && elsewhere.isValid());
        const QDir root(home.path());
        const auto write = [](const QString &path, const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(root.filePath(QStringLiteral("projects/a/one.jsonl")), "12345");
        write(root.filePath(QStringLiteral("projects/a/b/.hidden/two.jsonl")), "1");
        write(root.filePath(QStringLiteral("projects/a/notes.txt")), "x");
        write(elsewhere.filePath(QStringLiteral("linked/three.jsonl")), "123");
        write(elsewhere.filePath(QStringLiteral("target.jsonl")), "1234567");
        QVERIFY(QFile::link(elsewhere.filePath(QStringLiteral("linked")), root.filePath(QStringLiteral("projects/c"))));
        QVERIFY(QFile::link(elsewhere.filePath(QStringLiteral("target.jsonl")),
                            root.filePath(QStringLiteral("projects/a/link.jsonl"))));

        const QList<tl::AgentLogFile> files = tl::listAgentLogFiles(tl::AgentKind::ClaudeCode, {home.path()});
        QStringList paths;
        for (const tl::AgentLogFile &f : files)
            paths.append(QDir(root.filePath(QStringLiteral("projects"))).relativeFilePath(f.path));
        QCOMPARE(paths, (QStringList{QStringLiteral("a/b/.hidden/two.jsonl"), QStringLiteral("a/link.jsonl"),
                                     QStringLiteral("a/one.jsonl")}));
        QCOMPARE(files.at(1).size, 7);   // the link's target's
        QCOMPARE(files.at(2).size, 5);
        const QDateTime modified = QFileInfo(files.at(2).path).lastModified();
        QCOMPARE(files.at(2).mtimeMs, modified.toMSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestPortable)
#include "tst_portable.moc"
