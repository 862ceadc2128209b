#include "common/dates.h"

#include <QTest>

class TestDates : public QObject
{
    Q_OBJECT

private slots:
    // Days for reading: "9 Mar 2026" in English, "9. März 2026" where the locale dots its day.
    void dayPatternFollowsTheLocale()
    {
        QCOMPARE(tl::dayPattern(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("d MMM yyyy"));
        QCOMPARE(tl::dayPattern(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("d. MMM yyyy"));
        QCOMPARE(tl::dayPattern(QLocale(QLocale::German, QLocale::Germany), false), QStringLiteral("d. MMM"));
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(de.toString(QDate(2026, 3, 9), tl::dayPattern(de)), QStringLiteral("9. März 2026"));
    }

    // Korean and Japanese write the year first: "9 3월 2026" would be read wrong.
    void yearFirstLocalesKeepTheirOrder()
    {
        const QLocale ko(QLocale::Korean, QLocale::SouthKorea);
        QCOMPARE(ko.toString(QDate(2026, 3, 9), tl::dayPattern(ko)), QStringLiteral("2026년 3월 9일"));
        QCOMPARE(ko.toString(QDate(2026, 3, 9), tl::dayPattern(ko, false)), QStringLiteral("3월 9일"));
        QCOMPARE(tl::monthText(QDate(2026, 11, 1), ko), QStringLiteral("2026년 11월"));
        const QLocale ja(QLocale::Japanese, QLocale::Japan);
        QCOMPARE(ja.toString(QDate(2026, 3, 9), tl::dayPattern(ja)), QStringLiteral("2026年3月9日"));
        QCOMPARE(tl::monthText(QDate(2026, 3, 1), ja), QStringLiteral("2026年3月"));
    }

    // A month on its own is named in the nominative: "ноябрь 2026", not "ноября 2026".
    void monthTextNamesTheMonth()
    {
        QCOMPARE(tl::monthText(QDate(2026, 11, 1), QLocale(QLocale::Russian, QLocale::Russia)),
                 QStringLiteral("ноябрь 2026"));
        QCOMPARE(tl::monthText(QDate(2026, 11, 1), QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("November 2026"));
        QCOMPARE(
            tl::monthText(QDate(2026, 11, 1), QLocale(QLocale::English, QLocale::UnitedStates), QLocale::ShortFormat),
            QStringLiteral("Nov 2026"));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        QTest::newRow("plain") << "2025-03-14" << QDate(2025, 3, 14);
        QTest::newRow("leap day") << "2024-02-29" << QDate(2024, 2, 29);
        QTest::newRow("trimmed") << " 2025-01-01 " << QDate(2025, 1, 1);
        QTest::newRow("not a leap year") << "2025-02-29" << QDate();
        QTest::newRow("month 13") << "2024-13-01" << QDate();
        QTest::newRow("day 32") << "2024-01-32" << QDate();
        QTest::newRow("single digit month") << "2024-1-05" << QDate();
        QTest::newRow("slashes") << "2024/01/05" << QDate();
        QTest::newRow("with time") << "2024-01-05T00:00:00Z" << QDate();
        QTest::newRow("words") << "yesterday" << QDate();
        QTest::newRow("empty") << "" << QDate();
        QTest::newRow("arabic digits") << QStringLiteral("٢٠٢٤-01-05") << QDate();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        const auto parsed = tl::parseIsoDay(text);
        QCOMPARE(parsed.has_value(), day.isValid());
        if (parsed)
            QCOMPARE(*parsed, day);
    }
    void format() { QCOMPARE(tl::isoDay(QDate(2026, 1, 2)), QStringLiteral("2026-01-02")); }

    // isoDay writes the digits itself for years 1..9999 (a bulk path): the same text as Qt's ISO
    // format there, and Qt's own answer outside (an invalid date, year 0 or negative, five digits).
    void formatMatchesQtEverywhere()
    {
        for (const QDate day : {QDate(1, 1, 1), QDate(9, 9, 9), QDate(999, 12, 31), QDate(1970, 1, 1),
                                QDate(2024, 2, 29), QDate(9999, 12, 31), QDate(10000, 1, 1), QDate(-1, 6, 15), QDate()})
            QCOMPARE(tl::isoDay(day), day.toString(Qt::ISODate));
        QCOMPARE(tl::isoDay(QDate(7, 3, 4)), QStringLiteral("0007-03-04"));
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
