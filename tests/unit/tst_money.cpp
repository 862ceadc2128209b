#include "money/money.h"

#include <QLocale>
#include <QTest>

#include <limits>

using tl::Money;
using tl::MoneySum;
using tl::TokenCostAccumulator;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void forTokens_data();
    void forTokens();
    void accumulatorRoundsOnce();
    void checkedArithmetic();
    void sumDetectsOverflow();
    void decimalString_data();
    void decimalString();
    void exactString_data();
    void exactString();
    void exactStringWithMinimumDecimals();
    void displayString();
    void displayStringFollowsTheLocalesCurrencyPattern_data();
    void displayStringFollowsTheLocalesCurrencyPattern();
    void roundTripThroughExactString();
    void parseLocalized_data();
    void parseLocalized();
    void editStringRoundTrips();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("unit");
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<bool>("inexact");

    const int usd = int(Money::Unit::Usd);
    const int cents = int(Money::Unit::Cents);
    const int nanos = int(Money::Unit::Nanos);
    const int ticks = int(Money::Unit::XaiTicks);

    QTest::newRow("six cents") << "0.06" << usd << qint64(60'000'000) << false;
    QTest::newRow("integer dollars") << "12" << usd << qint64(12'000'000'000) << false;
    QTest::newRow("plus sign") << "+1.5" << usd << qint64(1'500'000'000) << false;
    QTest::newRow("negative credit") << "-0.25" << usd << qint64(-250'000'000) << false;
    QTest::newRow("exponent") << "4.5e-05" << usd << qint64(45'000) << false;
    QTest::newRow("capital exponent") << "4.5E-05" << usd << qint64(45'000) << false;
    QTest::newRow("positive exponent") << "1.25e+2" << usd << qint64(125'000'000'000) << false;
    QTest::newRow("exponent no fraction") << "3e-9" << usd << qint64(3) << false;
    QTest::newRow("16 fraction digits, trailing zeros") << "0.8958740000000000" << usd << qint64(895'874'000) << false;
    QTest::newRow("16 fraction digits, rounds down") << "0.1234567891234567" << usd << qint64(123'456'789) << true;
    QTest::newRow("16 fraction digits, rounds up") << "0.1234567896000001" << usd << qint64(123'456'790) << true;
    QTest::newRow("half to even, down") << "0.0000000025" << usd << qint64(2) << true;
    QTest::newRow("half to even, up") << "0.0000000035" << usd << qint64(4) << true;
    QTest::newRow("half plus sticky digit")
        << "0.00000000250000000000000000000000000000001" << usd << qint64(3) << true;
    QTest::newRow("negative half to even") << "-0.0000000025" << usd << qint64(-2) << true;
    QTest::newRow("leading zeros") << "0000.50" << usd << qint64(500'000'000) << false;
    QTest::newRow("no leading digit") << ".5" << usd << qint64(500'000'000) << false;
    QTest::newRow("trailing point") << "7." << usd << qint64(7'000'000'000) << false;
    QTest::newRow("surrounding spaces") << "  2.5  " << usd << qint64(2'500'000'000) << false;
    QTest::newRow("zero") << "0" << usd << qint64(0) << false;
    QTest::newRow("negative zero") << "-0.000" << usd << qint64(0) << false;
    QTest::newRow("tiny underflow") << "1e-30" << usd << qint64(0) << true;
    QTest::newRow("huge negative exponent") << "5e-99999" << usd << qint64(0) << true;
    QTest::newRow("cents string") << "123.4567890" << cents << qint64(1'234'567'890) << false;
    QTest::newRow("cents integer") << "250" << cents << qint64(2'500'000'000) << false;
    QTest::newRow("cents 8 dp rounds") << "0.00000015" << cents << qint64(2) << true;
    QTest::newRow("nanos") << "42" << nanos << qint64(42) << false;
    QTest::newRow("xai ticks divisible by 10") << "1234560" << ticks << qint64(123'456) << false;
    QTest::newRow("xai ticks half even") << "15" << ticks << qint64(2) << true;
    QTest::newRow("max int64 nanos") << "9223372036.854775807" << usd << std::numeric_limits<qint64>::max() << false;
    QTest::newRow("min int64 nanos") << "-9223372036.854775808" << usd << std::numeric_limits<qint64>::min() << false;
    QTest::newRow("many integer digits with exponent")
        << "123456789012345678901234567890123456789e-30" << usd << qint64(123'456'789'012'345'679) << true;
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(int, unit);
    QFETCH(qint64, nanos);
    QFETCH(bool, inexact);
    const Money::ParseResult r = Money::parse(text, Money::Unit(unit));
    QVERIFY2(r.value.has_value(), qPrintable(Money::errorString(r.error)));
    QCOMPARE(r.value->nanos(), nanos);
    QCOMPARE(r.inexact, inexact);
}

void TestMoney::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("error");
    const int empty = int(Money::ParseError::Empty);
    const int syntax = int(Money::ParseError::Syntax);
    const int overflow = int(Money::ParseError::Overflow);
    QTest::newRow("empty") << "" << empty;
    QTest::newRow("blank") << "   " << empty;
    QTest::newRow("sign only") << "-" << syntax;
    QTest::newRow("point only") << "." << syntax;
    QTest::newRow("letters") << "abc" << syntax;
    QTest::newRow("comma decimal") << "1,5" << syntax;
    QTest::newRow("two points") << "1.2.3" << syntax;
    QTest::newRow("exponent without digits") << "1e" << syntax;
    QTest::newRow("exponent sign only") << "1e-" << syntax;
    QTest::newRow("nan") << "NaN" << syntax;
    QTest::newRow("infinity") << "inf" << syntax;
    QTest::newRow("hex") << "0x10" << syntax;
    QTest::newRow("currency symbol") << "$5" << syntax;
    QTest::newRow("unit suffix") << "5 USD" << syntax;
    QTest::newRow("double sign") << "--1" << syntax;
    QTest::newRow("inner space") << "1 000" << syntax;
    QTest::newRow("just above max") << "9223372036.854775808" << overflow;
    QTest::newRow("just below min") << "-9223372036.854775809" << overflow;
    QTest::newRow("big exponent") << "1e20" << overflow;
    QTest::newRow("huge exponent") << "1e999999999" << overflow;
    QTest::newRow("forty digits") << "1234567890123456789012345678901234567890" << overflow;
}

void TestMoney::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(int, error);
    const Money::ParseResult r = Money::parse(text);
    QVERIFY(!r.value.has_value());
    QCOMPARE(int(r.error), error);
    QVERIFY(!Money::errorString(r.error).isEmpty());
}

void TestMoney::forTokens_data()
{
    QTest::addColumn<qint64>("tokens");
    QTest::addColumn<QString>("pricePerMillion");
    QTest::addColumn<qint64>("nanos");
    QTest::newRow("1M at $2.50") << qint64(1'000'000) << "2.50" << qint64(2'500'000'000);
    QTest::newRow("gpt-4o-mini input 1234 tokens") << qint64(1234) << "0.15" << qint64(185'100);
    QTest::newRow("one token at 2.5 nano, half even down") << qint64(1) << "0.0025" << qint64(2);
    QTest::newRow("three tokens at 0.5 nano each") << qint64(3) << "0.0005" << qint64(2);
    QTest::newRow("sub-nano rounds to even") << qint64(5) << "0.0003" << qint64(2);        // 1.5 nano -> 2
    QTest::newRow("sub-nano rounds to even down") << qint64(5) << "0.0005" << qint64(2);   // 2.5 nano -> 2
    QTest::newRow("zero tokens") << qint64(0) << "15" << qint64(0);
    QTest::newRow("ten billion tokens at $75") << qint64(10'000'000'000) << "75" << qint64(750'000'000'000'000);
    QTest::newRow("max tokens at small price")
        << qint64(9'000'000'000'000'000'000) << "0.000001" << qint64(9'000'000'000'000'000);
}

void TestMoney::forTokens()
{
    QFETCH(qint64, tokens);
    QFETCH(QString, pricePerMillion);
    QFETCH(qint64, nanos);
    const auto price = Money::fromDecimal(pricePerMillion);
    QVERIFY(price);
    const auto cost = Money::forTokens(tokens, *price);
    QVERIFY(cost);
    QCOMPARE(cost->nanos(), nanos);
}

void TestMoney::accumulatorRoundsOnce()
{
    // Three parts of 0.4 nano each: rounding each part gives 0, rounding the sum once gives 1.
    const Money price = *Money::fromDecimal(u"0.0004");   // $0.0004 per million = 0.4 nano per token
    TokenCostAccumulator acc;
    MoneySum roundedParts;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(acc.add(1, price));
        roundedParts.add(*Money::forTokens(1, price));
    }
    QCOMPARE(acc.total()->nanos(), qint64(1));
    QCOMPARE(roundedParts.total().nanos(), qint64(0));

    TokenCostAccumulator overflow;
    QVERIFY(overflow.add(std::numeric_limits<qint64>::max(), Money::fromNanos(std::numeric_limits<qint64>::max())));
    QVERIFY(!overflow.total());   // too large for 64-bit nano
}

void TestMoney::checkedArithmetic()
{
    const Money max = Money::fromNanos(std::numeric_limits<qint64>::max());
    const Money min = Money::fromNanos(std::numeric_limits<qint64>::min());
    QVERIFY(!max.checkedAdd(Money::fromNanos(1)));
    QVERIFY(!min.checkedSub(Money::fromNanos(1)));
    QCOMPARE(max.checkedAdd(Money::fromNanos(-1))->nanos(), std::numeric_limits<qint64>::max() - 1);
    QCOMPARE(Money::fromNanos(5).checkedSub(Money::fromNanos(7))->nanos(), qint64(-2));
    QVERIFY(Money::fromNanos(1) < Money::fromNanos(2));
    QCOMPARE(*Money::fromDecimal(u"0.1"), Money::fromNanos(100'000'000));
}

void TestMoney::sumDetectsOverflow()
{
    MoneySum sum;
    sum.add(*Money::fromDecimal(u"0.1"));
    sum.add(*Money::fromDecimal(u"0.2"));
    QCOMPARE(sum.total(), *Money::fromDecimal(u"0.3"));   // exact, unlike 0.1 + 0.2 in double
    QVERIFY(!sum.overflowed());
    sum.add(std::numeric_limits<qint64>::max());
    QVERIFY(sum.overflowed());
}

void TestMoney::decimalString_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");
    QTest::newRow("two decimals") << qint64(1'234'567'890) << 2 << "1.23";
    QTest::newRow("half even down .125") << qint64(125'000'000) << 2 << "0.12";
    QTest::newRow("half even up .135") << qint64(135'000'000) << 2 << "0.14";
    QTest::newRow("above half") << qint64(125'000'001) << 2 << "0.13";
    QTest::newRow("negative half even") << qint64(-125'000'000) << 2 << "-0.12";
    QTest::newRow("tiny negative shows zero") << qint64(-1) << 2 << "0.00";
    QTest::newRow("zero decimals") << qint64(2'500'000'000) << 0 << "2";
    QTest::newRow("zero decimals odd") << qint64(3'500'000'000) << 0 << "4";
    QTest::newRow("nine decimals") << qint64(1) << 9 << "0.000000001";
    QTest::newRow("carry into units") << qint64(999'999'999) << 2 << "1.00";
    QTest::newRow("max") << std::numeric_limits<qint64>::max() << 9 << "9223372036.854775807";
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << 9 << "-9223372036.854775808";
    QTest::newRow("min rounded") << std::numeric_limits<qint64>::min() << 2 << "-9223372036.85";
}

void TestMoney::decimalString()
{
    QFETCH(qint64, nanos);
    QFETCH(int, decimals);
    QFETCH(QString, text);
    QCOMPARE(Money::fromNanos(nanos).toDecimalString(decimals), text);
}

void TestMoney::exactString_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << "0";
    QTest::newRow("whole") << qint64(12'000'000'000) << "12";
    QTest::newRow("fraction") << qint64(45'000) << "0.000045";
    QTest::newRow("negative") << qint64(-3'500'000'000) << "-3.5";
    QTest::newRow("one nano") << qint64(1) << "0.000000001";
}

void TestMoney::exactStringWithMinimumDecimals()
{
    QCOMPARE(Money::fromNanos(12'000'000'000).toExactString(2), QStringLiteral("12.00"));
    QCOMPARE(Money::fromNanos(300'000'000).toExactString(2), QStringLiteral("0.30"));
    QCOMPARE(Money::fromNanos(75'000'000).toExactString(2), QStringLiteral("0.075"));
    QCOMPARE(Money::fromNanos(-3'500'000'000).toExactString(2), QStringLiteral("-3.50"));
    QCOMPARE(Money::fromNanos(1).toExactString(2), QStringLiteral("0.000000001"));
}

void TestMoney::exactString()
{
    QFETCH(qint64, nanos);
    QFETCH(QString, text);
    QCOMPARE(Money::fromNanos(nanos).toExactString(), text);
}

void TestMoney::displayString()
{
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(Money::fromNanos(1'234'567'890'000).toDisplayString(c), QStringLiteral("$1,234.57"));
    QCOMPARE(Money::fromNanos(-500'000'000).toDisplayString(c), QStringLiteral("-$0.50"));
    QCOMPARE(Money::fromNanos(45'000).toDisplayString(c, 6), QStringLiteral("$0.000045"));
    const QLocale de(QLocale::German, QLocale::Germany);
    QCOMPARE(Money::fromNanos(1'234'567'890'000).toDisplayString(de), QStringLiteral("1.234,57\u00a0$"));
    // One precision rule for small amounts: under a cent, four decimals (never "$0.00" for money
    // that was spent); under a hundredth of a cent, said as such; exactly zero stays "$0.00".
    QCOMPARE(Money::fromNanos(4'200'000).toDisplayString(c), QStringLiteral("$0.0042"));
    QCOMPARE(Money::fromNanos(-9'949'999).toDisplayString(c), QStringLiteral("-$0.0099"));
    QCOMPARE(Money::fromNanos(-9'999'999).toDisplayString(c), QStringLiteral("-$0.01"));
    QCOMPARE(Money::fromNanos(10'000'000).toDisplayString(c), QStringLiteral("$0.01"));
    QCOMPARE(Money::fromNanos(45'000).toDisplayString(c), QStringLiteral("< $0.0001"));
    QCOMPARE(Money::fromNanos(-45'000).toDisplayString(c), QStringLiteral("> -$0.0001"));
    QCOMPARE(Money::fromNanos(0).toDisplayString(c), QStringLiteral("$0.00"));
    QCOMPARE(Money::fromNanos(4'200'000).toDisplayString(de), QStringLiteral("0,0042\u00a0$"));
    // Other currencies: the same digits and grouping, the code after.
    QCOMPARE(amountInCurrency(Money::fromNanos(110'000'000'000), QStringLiteral("CNY"), de),
             QStringLiteral("110,00 CNY"));
    QCOMPARE(amountInCurrency(Money::fromNanos(-1'234'500'000'000), QStringLiteral("CNY"), c),
             QStringLiteral("-1,234.50 CNY"));
    QCOMPARE(amountInCurrency(Money::fromNanos(110'000'000'000), QStringLiteral("USD"), c), QStringLiteral("$110.00"));
    QCOMPARE(
        amountInCurrency(Money::fromNanos(110'000'000'000), QStringLiteral("CNY"), QLocale(QStringLiteral("ru_RU"))),
        QStringLiteral("110,00 CNY"));
    // The small-amount rule too, without a dollar sign to take out of it.
    QCOMPARE(amountInCurrency(Money::fromNanos(45'000), QStringLiteral("EUR"), de), QStringLiteral("< 0,0001 EUR"));
    QCOMPARE(amountInCurrency(Money::fromNanos(-4'200'000), QStringLiteral("EUR"), c), QStringLiteral("-0.0042 EUR"));
    QCOMPARE(amountInCurrency(Money::fromNanos(-45'000), QStringLiteral("GBP"), QLocale(QLocale::Dutch)),
             QStringLiteral("> -0,0001 GBP"));
}

// The dollar sign where each locale writes a currency (its own pattern, read off QLocale), the
// digits still TokenLedger's exact ones: symbol after the number in Russian and German.
void TestMoney::displayStringFollowsTheLocalesCurrencyPattern_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<QString>("text");
    const qint64 amount = 1'234'567'890'000;
    QTest::newRow("ru") << "ru_RU" << amount << QStringLiteral("1\u00a0234,57\u00a0$");
    QTest::newRow("ru negative") << "ru_RU" << qint64(-500'000'000) << QStringLiteral("-0,50\u00a0$");
    QTest::newRow("ru under a cent") << "ru_RU" << qint64(4'200'000) << QStringLiteral("0,0042\u00a0$");
    QTest::newRow("ru tiny") << "ru_RU" << qint64(45'000) << QStringLiteral("< 0,0001\u00a0$");
    QTest::newRow("de") << "de_DE" << amount << QStringLiteral("1.234,57\u00a0$");
    QTest::newRow("ko") << "ko_KR" << amount << QStringLiteral("$1,234.57");
    QTest::newRow("en") << "en_US" << amount << QStringLiteral("$1,234.57");
    QTest::newRow("en negative") << "en_US" << qint64(-500'000'000) << QStringLiteral("-$0.50");
    QTest::newRow("C (data output)") << "C" << amount << QStringLiteral("$1234.57");
    // Exact at the limit: no double on the way.
    QTest::newRow("ru largest") << "ru_RU" << std::numeric_limits<qint64>::max()
                                << QStringLiteral("9\u00a0223\u00a0372\u00a0036,85\u00a0$");
}

void TestMoney::displayStringFollowsTheLocalesCurrencyPattern()
{
    QFETCH(QString, locale);
    QFETCH(qint64, nanos);
    QFETCH(QString, text);
    QCOMPARE(Money::fromNanos(nanos).toDisplayString(QLocale(locale)), text);
}

void TestMoney::roundTripThroughExactString()
{
    for (qint64 n : {qint64(0), qint64(1), qint64(-1), qint64(895'874'000), qint64(123'456'789'012),
                     std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()}) {
        const Money m = Money::fromNanos(n);
        const auto back = Money::parse(m.toExactString());
        QVERIFY(back.value);
        QCOMPARE(back.value->nanos(), n);
        QVERIFY(!back.inexact);
    }
}

// Amounts people type, read in their locale: the locale's own separators exactly, nothing that
// could mean two things (en "5,50" is neither five dollars fifty nor 550).
void TestMoney::parseLocalized_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("nanos");
    QTest::newRow("en plain") << "en_US"
                              << "5.50" << true << qint64(5'500'000'000);
    QTest::newRow("en whole") << "en_US"
                              << "95" << true << qint64(95'000'000'000);
    QTest::newRow("en grouped") << "en_US"
                                << "1,000.50" << true << qint64(1'000'500'000'000);
    QTest::newRow("en grouped millions") << "en_US"
                                         << "1,250,000" << true << qint64(1'250'000'000'000'000);
    QTest::newRow("en dollar sign") << "en_US"
                                    << "$1,250.50" << true << qint64(1'250'500'000'000);
    QTest::newRow("en spaces") << "en_US"
                               << "  $ 12.5 " << true << qint64(12'500'000'000);
    QTest::newRow("en nine decimals") << "en_US"
                                      << "0.000000001" << true << qint64(1);
    QTest::newRow("en negative") << "en_US"
                                 << "-3.25" << true << qint64(-3'250'000'000);
    QTest::newRow("en comma decimal") << "en_US"
                                      << "5,50" << false << qint64(0);
    QTest::newRow("en bad group") << "en_US"
                                  << "1,00.5" << false << qint64(0);
    QTest::newRow("en group after point") << "en_US"
                                          << "1.000,5" << false << qint64(0);
    QTest::newRow("en two points") << "en_US"
                                   << "1.2.3" << false << qint64(0);
    QTest::newRow("en leading group") << "en_US"
                                      << ",500" << false << qint64(0);
    QTest::newRow("en trailing point") << "en_US"
                                       << "5." << false << qint64(0);
    QTest::newRow("en exponent") << "en_US"
                                 << "1e3" << false << qint64(0);
    QTest::newRow("en letters") << "en_US"
                                << "abc" << false << qint64(0);
    QTest::newRow("en empty") << "en_US"
                              << "" << false << qint64(0);
    QTest::newRow("en dollar only") << "en_US"
                                    << "$" << false << qint64(0);
    QTest::newRow("de comma decimal") << "de_DE"
                                      << "5,50" << true << qint64(5'500'000'000);
    QTest::newRow("de grouped") << "de_DE"
                                << "1.000,50" << true << qint64(1'000'500'000'000);
    QTest::newRow("de ungrouped") << "de_DE"
                                  << "1000,50" << true << qint64(1'000'500'000'000);
    QTest::newRow("de trailing dollar") << "de_DE"
                                        << "19,99 $" << true << qint64(19'990'000'000);
    QTest::newRow("de whole grouped") << "de_DE"
                                      << "2.500" << true << qint64(2'500'000'000'000);
    QTest::newRow("de point decimal") << "de_DE"
                                      << "5.50" << false << qint64(0);
    QTest::newRow("de en grouping") << "de_DE"
                                    << "1,000.50" << false << qint64(0);
    QTest::newRow("de two commas") << "de_DE"
                                   << "1,2,3" << false << qint64(0);
    QTest::newRow("fr space group") << "fr_FR"
                                    << "1 000,50" << true << qint64(1'000'500'000'000);
    QTest::newRow("fr narrow space group")
        << "fr_FR" << QStringLiteral("1\u202F000,50") << true << qint64(1'000'500'000'000);
    QTest::newRow("c plain") << "C"
                             << "19.99" << true << qint64(19'990'000'000);
}

void TestMoney::parseLocalized()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, nanos);
    const Money::ParseResult r = Money::parseLocalized(text, QLocale(locale));
    QCOMPARE(r.value.has_value(), ok);
    if (ok) {
        QCOMPARE(r.value->nanos(), nanos);
        QVERIFY(!r.inexact);
    } else {
        QVERIFY(r.error != Money::ParseError::None);
    }
}

void TestMoney::editStringRoundTrips()
{
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(Money::fromNanos(1'250'500'000'000).toEditString(de), QStringLiteral("1250,50"));
    QCOMPARE(Money::fromNanos(1'250'500'000'000).toEditString(en), QStringLiteral("1250.50"));
    QCOMPARE(Money::fromNanos(75'000'000).toEditString(de), QStringLiteral("0,075"));
    for (qint64 n : {qint64(0), qint64(1), qint64(-1), qint64(95'000'000'000), std::numeric_limits<qint64>::max()}) {
        for (const QLocale &l : {de, en}) {
            const auto back = Money::parseLocalized(Money::fromNanos(n).toEditString(l), l);
            QVERIFY(back.value);
            QCOMPARE(back.value->nanos(), n);
        }
    }
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
