#include "accounts/accountspage.h"
#include "alerts/alertservice.h"
#include "alerts/budgets.h"
#include "budgets/budgetdialog.h"
#include "budgets/budgetspage.h"
#include "common/clock.h"
#include "common/translations.h"
#include "secrets/secretstore.h"
#include "storage/dbworker.h"
#include "storage/manualentryrepository.h"
#include "testdatabase.h"
#include "usage/manualentriesview.h"
#include "usage/manualentrydialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace tl;

namespace {

// The manual charges in `costs`, as "day amount" lines in day order.
QStringList charges(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(u"SELECT day, amount_nano FROM costs WHERE source = 'manual' ORDER BY day, amount_nano"_qs);
    while (q.next())
        out.append(q.value(0).toString() + u' ' + Money::fromNanos(q.value(1).toLongLong()).toExactString());
    return out;
}

QString hint(QWidget *parent, const char *name)
{
    auto *label = parent->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : u"<no %1>"_qs.arg(QLatin1String(name));
}

// The dialog `view` opened (without blocking), once it is there.
template <typename T> T *opened(QWidget *parent, const QString &name)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = parent->findChild<T *>(name);
            return found && found->isVisible();
        },
        5'000);
    return shown ? found : nullptr;
}

// Runs `trigger` (which opens a modal dialog with exec()) and returns the dialog's object name,
// closing it.
QString modalOpenedBy(const std::function<void()> &trigger)
{
    QString seen;
    QTimer::singleShot(300, qApp, [&seen] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            seen = modal->objectName();
            static_cast<QDialog *>(modal)->reject();
        }
    });
    trigger();
    QTest::qWait(400);
    return seen;
}

// A real double-click on a row: QTest::mouseDClick on a widget sends only the second press.
void doubleClickRow(QTableView *table, int row);

QPoint rowCentre(QTableView *table, int row)
{
    if (!QTest::qWaitForWindowExposed(table->window()))
        qWarning("not exposed");
    QTest::qWait(50);   // laid out
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    if (rect.isEmpty())
        qWarning("row %d has no place yet", row);
    return rect.center();
}

void doubleClickRow(QTableView *table, int row)
{
    const QPoint at = rowCentre(table, row);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
}

struct ManualFixture
{
    test::TestDatabase db;
    FixedClock clock{QDateTime(QDate(2026, 4, 20), QTime(12, 0), Qt::UTC)};
    qint64 seats = db.addAccount(u"other"_qs, u"Seats"_qs);
    qint64 id = 0;
    DbWorker worker{db.path()};
    ManualEntriesView view{&worker, &clock};

    ManualFixture()
    {
        ManualEntryRepository repo(db.connection());
        ManualEntry e;
        e.accountId = seats;
        e.label = u"Copilot"_qs;
        e.amount = Money::fromNanos(10'000'000'000);
        e.start = QDate(2026, 1, 15);
        id = repo.add(e);
        repo.materialize(clock.todayUtc());
        view.setAccounts({{seats, u"Seats (Other service)"_qs}});
        view.resize(900, 400);
        view.show();
    }
    bool refreshed()
    {
        QSignalSpy spy(&view, &ManualEntriesView::refreshed);
        view.refresh();
        return spy.wait(10'000);
    }
    QTableView *table() { return view.findChild<QTableView *>(u"manualTable"_qs); }
};

}   // namespace

// Editing that forgives (issue 14, item 5): amounts in the user's locale, messages next to the
// field after typing, entries edited and ended without losing history, Enter / double-click.
class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*qApp, QLocale::c());   // English plural forms, as the app shows them
    }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void budgetAmountsAreReadInTheUserLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        {
            BudgetDialog dialog({});
            dialog.findChild<QLineEdit *>(u"budgetNameLineEdit"_qs)->setText(u"Team"_qs);
            auto *amount = dialog.findChild<QLineEdit *>(u"budgetAmountLineEdit"_qs);
            amount->setText(u"5,50"_qs);
            QVERIFY2(dialog.validationError().isEmpty(), qPrintable(dialog.validationError()));
            QCOMPARE(dialog.budget().amount.toExactString(), u"5.5"_qs);   // $5.50, not $550.00
            amount->setText(u"1.000,50"_qs);
            QCOMPARE(dialog.budget().amount.toExactString(), u"1000.5"_qs);
            // What it shows again when edited reads back the same.
            Budget b = dialog.budget();
            BudgetDialog again({});
            again.setBudget(b);
            QCOMPARE(again.findChild<QLineEdit *>(u"budgetAmountLineEdit"_qs)->text(), u"1000,50"_qs);
            QCOMPARE(again.budget().amount, b.amount);
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        BudgetDialog dialog({});
        dialog.findChild<QLineEdit *>(u"budgetNameLineEdit"_qs)->setText(u"Team"_qs);
        dialog.findChild<QLineEdit *>(u"budgetAmountLineEdit"_qs)->setText(u"5,50"_qs);
        QVERIFY2(dialog.validationError().contains(u"1,250.50"_qs), qPrintable(dialog.validationError()));
    }

    void manualAmountsAreReadInTheUserLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        ManualFixture f;
        QTest::keyClicks(f.view.findChild<QLineEdit *>(u"manualLabelLineEdit"_qs), u"Copilot"_qs);
        QTest::keyClicks(f.view.findChild<QLineEdit *>(u"manualAmountLineEdit"_qs), u"19,99"_qs);
        QVERIFY2(f.view.formError().isEmpty(), qPrintable(f.view.formError()));
        QSignalSpy changed(&f.view, &ManualEntriesView::changed);
        f.view.addFromForm();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10'000);
        QCOMPARE(f.db.scalar(u"SELECT amount_nano FROM manual_entries ORDER BY id DESC LIMIT 1"_qs),
                 qint64(19'990'000'000));
        // The emptied form is quiet again.
        QCOMPARE(hint(&f.view, "manualLabelHintLabel"), QString());
        QCOMPARE(hint(&f.view, "manualAmountHintLabel"), QString());
    }

    void messagesAppearUnderTheFieldOnlyAfterTyping()
    {
        BudgetDialog dialog({});
        QVERIFY(!dialog.validationError().isEmpty());                // nothing typed yet: not valid...
        QCOMPARE(hint(&dialog, "budgetNameHintLabel"), QString());   // ...but no message either
        QCOMPARE(hint(&dialog, "budgetAmountHintLabel"), QString());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"budgetAmountLineEdit"_qs), u"abc"_qs);
        QVERIFY(hint(&dialog, "budgetAmountHintLabel").contains(u"US dollars"_qs));
        QCOMPARE(hint(&dialog, "budgetNameHintLabel"), QString());   // not typed in: still quiet
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"budgetAmountLineEdit"_qs), u"\b\b\b12"_qs);
        QCOMPARE(hint(&dialog, "budgetAmountHintLabel"), QString());
        // Save says what is still missing, next to its field, and does not close.
        dialog.show();
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(hint(&dialog, "budgetNameHintLabel").contains(u"name"_qs));

        ManualFixture f;
        QCOMPARE(hint(&f.view, "manualAmountHintLabel"), QString());
        QCOMPARE(hint(&f.view, "manualLabelHintLabel"), QString());
        QTest::keyClicks(f.view.findChild<QLineEdit *>(u"manualAmountLineEdit"_qs), u"x"_qs);
        QVERIFY(hint(&f.view, "manualAmountHintLabel").contains(u"US dollars"_qs));
        QCOMPARE(hint(&f.view, "manualLabelHintLabel"), QString());
        f.view.addFromForm();   // trying to add shows what is missing
        QVERIFY(hint(&f.view, "manualLabelHintLabel").contains(u"Say what it is"_qs));
    }

    void editingKeepsThePastCharges()
    {
        ManualFixture f;
        QVERIFY(f.refreshed());
        const QStringList before = charges(f.db.connection());
        QCOMPARE(before.size(), 4);
        QTableView *table = f.table();
        doubleClickRow(table, 0);
        auto *dialog = opened<ManualEntryDialog>(&f.view, u"manualEntryDialog"_qs);
        QVERIFY(dialog);
        auto *amount = dialog->findChild<QLineEdit *>(u"manualEditAmountLineEdit"_qs);
        amount->selectAll();
        QTest::keyClicks(amount, u"12"_qs);
        QVERIFY(dialog->findChild<QRadioButton *>(u"manualEditFromNextRadioButton"_qs)->isVisible());
        const QString history = hint(dialog, "manualEditHistoryLabel");
        QVERIFY2(history.contains(u"(4, $40.00)"_qs) && history.contains(u"stay as they were"_qs), qPrintable(history));
        QVERIFY2(history.contains(u"$12.00 on 2026-05-15"_qs), qPrintable(history));
        QSignalSpy changed(&f.view, &ManualEntriesView::changed);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10'000);
        QCOMPARE(charges(f.db.connection()), before);
        QTRY_COMPARE(f.view.entries().size(), 2);

        // End the new one (Enter opens the editor; End… opens it to end).
        table->setFocus();
        table->selectRow(1);
        f.view.findChild<QPushButton *>(u"manualEndButton"_qs)->click();
        dialog = opened<ManualEntryDialog>(&f.view, u"manualEntryDialog"_qs);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QCheckBox *>(u"manualEditEndsCheckBox"_qs)->isChecked());
        dialog->findChild<QDateEdit *>(u"manualEditEndDateEdit"_qs)->setDate(QDate(2026, 6, 30));
        QVERIFY(hint(dialog, "manualEditHistoryLabel").contains(u"Nothing has been charged yet"_qs));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 10'000);
        QCOMPARE(charges(f.db.connection()), before);
        // Months later: May and June at the new amount, nothing after the end.
        QVERIFY(ManualEntryRepository(f.db.connection()).materialize(QDate(2026, 10, 1)));
        const QStringList later{u"2026-05-15 12"_qs, u"2026-06-15 12"_qs};
        QCOMPARE(charges(f.db.connection()), before + later);
    }

    void removalSaysWhatHistoryGoes()
    {
        ManualFixture f;
        QVERIFY(f.refreshed());
        f.table()->selectRow(0);
        f.view.findChild<QPushButton *>(u"manualRemoveButton"_qs)->click();
        auto *box = opened<QMessageBox>(&f.view, u"removeManualEntryMessageBox"_qs);
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(u"charges so far (4, $40.00)"_qs), qPrintable(box->informativeText()));
        QVERIFY(box->informativeText().contains(u"end it instead"_qs));
        // End instead: the editor opens to end it; nothing is removed.
        box->findChild<QPushButton *>(u"manualEndInsteadButton"_qs)->click();
        auto *dialog = opened<ManualEntryDialog>(&f.view, u"manualEntryDialog"_qs);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QCheckBox *>(u"manualEditEndsCheckBox"_qs)->isChecked());
        dialog->reject();
        QTest::qWait(50);
        QCOMPARE(charges(f.db.connection()).size(), 4);

        f.view.findChild<QPushButton *>(u"manualRemoveButton"_qs)->click();
        box = opened<QMessageBox>(&f.view, u"removeManualEntryMessageBox"_qs);
        QVERIFY(box);
        QSignalSpy changed(&f.view, &ManualEntriesView::changed);
        box->findChild<QPushButton *>(u"manualRemoveConfirmButton"_qs)->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10'000);
        QCOMPARE(charges(f.db.connection()).size(), 0);
    }

    void enterAndDoubleClickEditManualEntries()
    {
        ManualFixture f;
        QVERIFY(f.refreshed());
        QTableView *table = f.table();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Return);
        auto *dialog = opened<ManualEntryDialog>(&f.view, u"manualEntryDialog"_qs);
        QVERIFY(dialog);
        QCOMPARE(dialog->entry().label, u"Copilot"_qs);
        dialog->reject();
    }

    void enterAndDoubleClickEditAccounts()
    {
        test::TestDatabase db;
        db.addAccount(u"openai"_qs, u"Prod"_qs);
        MemorySecretStore secrets;
        DbWorker worker(db.path());
        AccountsPage page(&worker, &secrets, nullptr);
        page.resize(900, 400);
        page.show();
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(page.rows().size(), 1, 10'000);
        auto *table = page.findChild<QTableView *>(u"accountsTableView"_qs);
        QCOMPARE(modalOpenedBy([&] { doubleClickRow(table, 0); }), u"accountDialog"_qs);
        table->clearSelection();
        table->setCurrentIndex(table->model()->index(0, 1));
        QCOMPARE(modalOpenedBy([&] { QTest::keyClick(table, Qt::Key_Enter); }), u"accountDialog"_qs);
    }

    void enterAndDoubleClickEditBudgets()
    {
        test::TestDatabase db;
        Budget b;
        b.name = u"Team"_qs;
        b.amount = Money::fromNanos(500'000'000'000);
        QVERIFY(BudgetRepository(db.connection()).add(b) > 0);
        FixedClock clock(QDateTime(QDate(2026, 4, 20), QTime(12, 0), Qt::UTC));
        DbWorker worker(db.path());
        AlertService alerts(&worker, &clock);
        BudgetsPage page(&worker, &alerts, &clock);
        page.resize(900, 600);
        page.show();
        QSignalSpy refreshed(&page, &BudgetsPage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(10'000));
        auto *row = page.findChild<QWidget *>(u"budgetRow"_qs);
        QVERIFY(row);
        QCOMPARE(modalOpenedBy([&] { QTest::mouseDClick(row, Qt::LeftButton, {}, QPoint(20, 10)); }),
                 u"budgetDialog"_qs);
        QCOMPARE(row->focusPolicy(), Qt::StrongFocus);   // Tab reaches it
        QCOMPARE(modalOpenedBy([&] { QTest::keyClick(row, Qt::Key_Return); }), u"budgetDialog"_qs);
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
