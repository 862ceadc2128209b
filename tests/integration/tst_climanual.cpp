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
};

QTEST_GUILESS_MAIN(TestCliManual)
#include "tst_climanual.moc"
