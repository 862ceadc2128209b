#include "clirunner.h"
#include "storage/manualentryrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QTest>

using namespace tl;
using tl::test::runCli;

// `tokenledger manual edit / end / remove` keep or name the history like the window does.
class TestCliManual : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("TOKENLEDGER_BINARY"))); }

    void editEndAndRemoveKeepOrNameTheHistory()
    {
        test::TestDatabase db;
        const qint64 seats = db.addAccount(u"other"_qs, u"Seats"_qs);
        ManualEntry e;
        e.accountId = seats;
        e.label = u"Copilot"_qs;
        e.amount = Money::fromNanos(10'000'000'000);
        e.start = QDate::currentDate().addMonths(-3);   // the binary's today is the real one
        const qint64 id = ManualEntryRepository(db.connection()).add(e);
        const QString path = db.path();
        const auto manual = [&](QStringList args) {
            return runCli(QStringList{u"--db"_qs, path, u"manual"_qs} + args);
        };
        const auto charged = [&] {
            return db.scalar(u"SELECT SUM(amount_nano) FROM costs WHERE source = 'manual'"_qs);
        };

        auto r = manual({u"edit"_qs, QString::number(id), u"--label"_qs, u"Copilot Business"_qs});
        QCOMPARE(r.code, 0);
        const qint64 before = charged();
        QVERIFY(before >= 30'000'000'000);

        r = manual({u"edit"_qs, QString::number(id), u"--amount"_qs, u"12"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"keeps its"_qs) && r.out.contains(u"$10.00"_qs), qPrintable(r.out));
        QCOMPARE(charged(), before);   // the charges so far stay as they were
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM manual_entries"_qs), qint64(2));

        r = manual({u"end"_qs, QString::number(id), u"--to"_qs, u"2000-01-01"_qs});
        QCOMPARE(r.code, 2);   // before the start: refused
        r = manual({u"remove"_qs, QString::number(id)});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"charges so far"_qs) || r.out.contains(u"charge so far"_qs), qPrintable(r.out));
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM manual_entries"_qs), qint64(1));
    }

    // Two charges each within what one amount may be, whose month no longer adds up in 64 bits:
    // the report says it is a total that is too large, not a database that may be damaged.
    void aTotalPastSixtyFourBitsSaysWhereToLook()
    {
        test::TestDatabase db;
        db.addAccount(u"other"_qs, u"Seats"_qs);
        const QString path = db.path();
        const QString month = QDate::currentDate().toString(u"yyyy-MM-01"_qs);
        for (const QString &amount : {u"9000000000"_qs, u"300000000"_qs}) {
            const auto r = runCli({u"--db"_qs, path, u"manual"_qs, u"add"_qs, u"--account"_qs, u"1"_qs, u"--label"_qs,
                                   u"x"_qs, u"--amount"_qs, amount, u"--once"_qs, u"--date"_qs, month});
            QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));   // the after-change step may fail too
        }
        const auto r = runCli({u"--db"_qs, path, u"report"_qs});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"past what adds up"_qs) && r.err.contains(u"manual entries"_qs), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"tokenledger check"_qs), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliManual)
#include "tst_climanual.moc"
