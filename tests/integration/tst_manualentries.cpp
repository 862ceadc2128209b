#include "storage/manualentryrepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace tl;

namespace {

// The manual charges in `costs`, as "day amount" lines in day order: what every total adds up.
QStringList charges(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(u"SELECT day, amount_nano FROM costs WHERE source = 'manual' ORDER BY day, amount_nano"_qs);
    while (q.next())
        out.append(q.value(0).toString() + u' ' + Money::fromNanos(q.value(1).toLongLong()).toExactString());
    return out;
}

ManualEntry copilot(qint64 account)
{
    ManualEntry e;
    e.accountId = account;
    e.label = u"Copilot"_qs;
    e.amount = Money::fromNanos(10'000'000'000);
    e.start = QDate(2026, 1, 15);
    return e;
}

}   // namespace

// Editing and ending manual entries keeps the charges already made (issue 14, item 5).
class TestManualEntries : public QObject
{
    Q_OBJECT

private slots:
    void nextChargeAndHistory()
    {
        ManualEntry e = copilot(1);
        QCOMPARE(e.nextChargeDay(QDate(2026, 4, 20)), QDate(2026, 5, 15));
        QCOMPARE(e.nextChargeDay(QDate(2026, 4, 14)), QDate(2026, 4, 15));
        QCOMPARE(e.nextChargeDay(QDate(2025, 12, 1)), QDate(2026, 1, 15));
        e.end = QDate(2026, 5, 1);
        QCOMPARE(e.nextChargeDay(QDate(2026, 4, 20)), std::nullopt);
        const ManualEntry::History h = e.history(QDate(2026, 4, 20));
        QCOMPARE(h.charges, 4);
        QCOMPARE(h.total.toExactString(), u"40"_qs);
        e.recurrence = ManualEntry::Recurrence::Once;
        QCOMPARE(e.nextChargeDay(QDate(2026, 4, 20)), std::nullopt);
        QCOMPARE(e.history(QDate(2026, 4, 20)).charges, 1);
    }

    void newAmountKeepsPastCharges()
    {
        test::TestDatabase db;
        const qint64 seats = db.addAccount(u"other"_qs, u"Seats"_qs);
        ManualEntryRepository repo(db.connection());
        const qint64 id = repo.add(copilot(seats));
        const QDate today(2026, 4, 20);
        QVERIFY(repo.materialize(today));
        const QStringList before = charges(db.connection());
        QCOMPARE(before,
                 (QStringList{u"2026-01-15 10"_qs, u"2026-02-15 10"_qs, u"2026-03-15 10"_qs, u"2026-04-15 10"_qs}));

        ManualEntry edited = *repo.find(id);
        edited.label = u"Copilot Business"_qs;
        edited.amount = Money::fromNanos(12'000'000'000);
        QString error;
        const qint64 carrier = repo.update(edited, today, ManualEntryRepository::EditScope::FromNextCharge, &error);
        QVERIFY2(carrier > 0 && carrier != id, qPrintable(error));
        QVERIFY(repo.materialize(today));
        QCOMPARE(charges(db.connection()), before);   // nothing charged so far changed

        // Later months charge the new amount on the same day of the month.
        QVERIFY(repo.materialize(QDate(2026, 6, 30)));
        QCOMPARE(charges(db.connection()).mid(4), (QStringList{u"2026-05-15 12"_qs, u"2026-06-15 12"_qs}));
        const auto old = repo.find(id);
        QCOMPARE(old->end, today);
        QCOMPARE(old->amount.toExactString(), u"10"_qs);
        QCOMPARE(old->label, u"Copilot Business"_qs);
        QCOMPARE(repo.find(carrier)->start, QDate(2026, 5, 15));
        QCOMPARE(repo.list().size(), 2);
    }

    void correctionRewritesEveryCharge()
    {
        test::TestDatabase db;
        const qint64 seats = db.addAccount(u"other"_qs, u"Seats"_qs);
        ManualEntryRepository repo(db.connection());
        const qint64 id = repo.add(copilot(seats));
        const QDate today(2026, 2, 20);
        ManualEntry edited = *repo.find(id);
        edited.amount = Money::fromNanos(9'000'000'000);
        QCOMPARE(repo.update(edited, today, ManualEntryRepository::EditScope::AllCharges), id);
        QVERIFY(repo.materialize(today));
        QCOMPARE(charges(db.connection()), (QStringList{u"2026-01-15 9"_qs, u"2026-02-15 9"_qs}));
        QCOMPARE(repo.list().size(), 1);

        // A label alone changes in place whatever the scope: no charge changes.
        edited.label = u"Seats"_qs;
        QCOMPARE(repo.update(edited, today, ManualEntryRepository::EditScope::FromNextCharge), id);
        QCOMPARE(repo.list().size(), 1);
        QCOMPARE(repo.find(id)->label, u"Seats"_qs);
        QVERIFY(!repo.update(ManualEntry{}, today, ManualEntryRepository::EditScope::AllCharges));
    }

    void endingStopsLaterChargesOnly()
    {
        test::TestDatabase db;
        const qint64 seats = db.addAccount(u"other"_qs, u"Seats"_qs);
        ManualEntryRepository repo(db.connection());
        const qint64 id = repo.add(copilot(seats));
        const QDate today(2026, 4, 20);
        ManualEntry ended = *repo.find(id);
        ended.end = today;
        QCOMPARE(repo.update(ended, today, ManualEntryRepository::EditScope::FromNextCharge), id);
        QVERIFY(repo.materialize(QDate(2026, 9, 1)));   // months later: no charge after the end
        QCOMPARE(charges(db.connection()),
                 (QStringList{u"2026-01-15 10"_qs, u"2026-02-15 10"_qs, u"2026-03-15 10"_qs, u"2026-04-15 10"_qs}));
        QCOMPARE(repo.find(id)->nextChargeDay(today), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestManualEntries)
#include "tst_manualentries.moc"
