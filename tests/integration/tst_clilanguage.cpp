#include "clirunner.h"
#include "money/money.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;
using tl::test::runCli;

namespace {

// The process environment of a user whose desktop speaks `locale` ("de_DE").
QProcessEnvironment speaking(const QString &locale)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LANG"), locale + QStringLiteral(".UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), locale + QStringLiteral(".UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), locale.left(2));
    return env;
}

}   // namespace

// The command line's human output follows the system locale, as the window does: its language,
// plural forms and number format. Data output (--json) is the same in every locale.
class TestCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("TOKENLEDGER_BINARY"))); }

    void humanOutputIsTranslatedWithLocaleNumbers()
    {
        test::TestDatabase db;
        const QString path = db.path();
        auto r =
            runCli({u"--db"_qs, path, u"budgets"_qs, u"add"_qs, u"--name"_qs, u"Team"_qs, u"--amount"_qs, u"1234.5"_qs},
                   {}, speaking(u"de_DE"_qs));
        QCOMPARE(r.code, 0);
        // The amount in the locale's currency pattern: the sign after the number in German.
        QVERIFY2(r.out.contains(u"Budget 1 hinzugefügt: Team, 1.234,50\u00a0$ im Monat."_qs), qPrintable(r.out));

        r = runCli({u"--db"_qs, path, u"budgets"_qs, u"list"_qs}, {}, speaking(u"ru_RU"_qs));
        QCOMPARE(r.code, 0);
        const QString amount = Money::fromNanos(1'234'500'000'000).toDisplayString(QLocale(u"ru_RU"_qs), 2);
        QVERIFY2(amount.contains(u','), qPrintable(amount));   // a Russian decimal comma
        QVERIFY2(r.out.contains(u"из "_qs + amount + u" (0,00 %), прогноз"_qs), qPrintable(r.out));

        r = runCli({u"--db"_qs, path, u"report"_qs}, {}, speaking(u"ru_RU"_qs));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"Отчёт TokenLedger: с "_qs), qPrintable(r.out));

        // Russian plurals: 0 takes the "many" form.
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"usage.csv"_qs);
        r = runCli({u"--db"_qs, path, u"export"_qs, u"--csv"_qs, u"--output"_qs, csv}, {}, speaking(u"ru_RU"_qs));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(u"Экспортировано 0 строк использования"_qs), qPrintable(r.err));

        // Errors too; the command and option names stay as typed.
        r = runCli({u"--db"_qs, path, u"budgets"_qs, u"frobnicate"_qs}, {}, speaking(u"de_DE"_qs));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"unbekannte Aktion „frobnicate“"_qs), qPrintable(r.err));

        // The C locale (the tests' own) keeps the English text and style.
        r = runCli({u"--db"_qs, path, u"budgets"_qs, u"list"_qs}, {}, speaking(u"C"_qs));
        QVERIFY2(r.out.contains(u"of $1,234.50 (0.00 %), forecast"_qs), qPrintable(r.out));
    }

    // The importer's reasons for bad rows (made in core, in English) are said in the user's
    // language, values and the column kept; --json reports them in English everywhere.
    void importProblemsAreTranslated()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(u"openai"_qs, u"Work"_qs);
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"usage.csv"_qs);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("date,model,input_tokens,output_tokens,cost_usd\n"
                   "2026-13-01,gpt-4o,100,10,1.50\n"
                   "2026-03-02,gpt-4o,-5,10,1.50\n"
                   "2026-03-03,gpt-4o,100\n");
        file.close();
        const QStringList args{u"--db"_qs,  db.path(), u"import"_qs,   u"--account"_qs, QString::number(account),
                               u"--csv"_qs, csv,       u"--dry-run"_qs};
        test::CliRun r = runCli(args, {}, speaking(u"de_DE"_qs));
        QVERIFY2(r.out.contains(u"Zeile 2: ungültiges Datum „2026-13-01“"_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Zeile 3: negativer Wert in „Eingabe-Tokens“ (-5)"_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Zeile 4: 5 Spalten erwartet, 3 gefunden"_qs), qPrintable(r.out));
        r = runCli(args, {}, speaking(u"ru_RU"_qs));
        QVERIFY2(r.out.contains(u"неверная дата «2026-13-01»"_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"ожидалось столбцов: 5, найдено: 3"_qs), qPrintable(r.out));
        r = runCli(args + QStringList{u"--json"_qs}, {}, speaking(u"ko_KR"_qs));
        QVERIFY2(r.out.contains(u"bad date \\\"2026-13-01\\\""_qs), qPrintable(r.out));   // JSON-escaped quotes
    }

    void dataOutputIsTheSameInEveryLocale()
    {
        test::TestDatabase db;
        db.addAccount(u"openai"_qs, u"Work"_qs);
        const QString path = db.path();
        QCOMPARE(
            runCli({u"--db"_qs, path, u"budgets"_qs, u"add"_qs, u"--name"_qs, u"Team"_qs, u"--amount"_qs, u"1234.5"_qs})
                .code,
            0);
        const QList<QStringList> commands = {
            {u"budgets"_qs, u"list"_qs, u"--json"_qs},
            {u"report"_qs, u"--by"_qs, u"provider"_qs, u"--json"_qs},
            {u"alerts"_qs, u"--json"_qs},
            {u"manual"_qs, u"list"_qs, u"--json"_qs},
        };
        for (const QStringList &command : commands) {
            const QStringList args = QStringList{u"--db"_qs, path} + command;
            const test::CliRun english = runCli(args, {}, speaking(u"C"_qs));
            QCOMPARE(english.code, 0);
            QVERIFY(!english.out.isEmpty());
            for (const QString &locale : {u"de_DE"_qs, u"ru_RU"_qs, u"ko_KR"_qs}) {
                const test::CliRun other = runCli(args, {}, speaking(locale));
                QCOMPARE(other.code, 0);
                QCOMPARE(other.out, english.out);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
