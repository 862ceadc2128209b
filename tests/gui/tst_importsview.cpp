#include "alerts/alertservice.h"
#include "common/clock.h"
#include "common/dates.h"
#include "common/emptystate.h"
#include "common/translations.h"
#include "io/csvimport.h"
#include "io/importinput.h"
#include "io/importremoval.h"
#include "mainwindow/mainwindow.h"
#include "pricing/catalog.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "storage/costrepository.h"
#include "storage/dbworker.h"
#include "storage/importrepository.h"
#include "storage/profilelock.h"
#include "storage/usagerepository.h"
#include "sync/syncservice.h"
#include "testdatabase.h"
#include "usage/importsview.h"
#include "usage/qualityview.h"
#include "usage/usagepage.h"

#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

// Usage → Imports: the history lists every import with its figures, removing one through the
// window changes the database exactly as core removeImport does and runs the after-change step
// once, a removed import cannot be removed twice, and a double-counting finding links to its
// import (issue 12, item 2).
namespace {

const PricingCatalog &bundled()
{
    static const PricingCatalog catalog = *PricingCatalog::fromJson(PricingCatalog::bundledData(), nullptr);
    return catalog;
}

// Generic usage: B overwrites A's 2 March and adds 3 March.
const QByteArray FileA = "date,model,input_tokens,output_tokens,requests,cost_usd\n"
                         "2026-03-01,gpt-4o,1000,100,1,\n"
                         "2026-03-02,gpt-4o,2000,200,2,0.5\n";
const QByteArray FileB = "date,model,input_tokens,output_tokens,requests,cost_usd\n"
                         "2026-03-02,gpt-4o,2500,250,3,0.75\n"
                         "2026-03-03,gpt-4o,3000,300,3,\n";
const QByteArray OneBadRow = "date,model,input_tokens,output_tokens\n"
                             "2026-03-05,gpt-4o-mini,10,1\n"
                             "2026-13-01,gpt-4o-mini,1,1\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A real file through core importCsv, recorded in the history as the window and CLI record it.
CsvImportResult importFile(test::TestDatabase &db, qint64 account, const QString &path, bool keepGoodRows = false)
{
    ImportInput input;
    QString error;
    if (!input.open(path, &error))
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(error));
    CsvImportOptions options;
    options.accountId = account;
    options.keepGoodRows = keepGoodRows;
    options.source = input.source();
    return importCsv(db.connection(), input.device(), options, bundled());
}

// Everything a total is made of: usage rows, the rollups the dashboard reads, and the costs.
QStringList totals(const test::TestDatabase &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    for (const char *sql :
         {"SELECT day, account_id, model, project, api_key_id, service_tier, source, input_tokens, "
          "cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, requests, cost_nano, "
          "cost_status FROM usage ORDER BY 1, 2, 3, 4, 5, 6, 7",
          "SELECT * FROM usage_daily ORDER BY day, account_id, model",
          "SELECT account_id, day, line_item, project, api_key_id, currency, source, amount_nano FROM costs ORDER BY "
          "1, 2, 3, 4, 5, 6, 7"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            qFatal("cannot read totals");
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row.join(u'|');
        }
        out << QStringLiteral("--");
    }
    return out;
}

// A row from a sync (source api) on 2 March: imports never touch it, and it makes A's 2 March
// a day counted from two sources.
void seedSyncedRow(test::TestDatabase &db, qint64 account)
{
    UsageRecord r = test::usage(account, QDate(2026, 3, 2), QStringLiteral("gpt-4o"), 7, 7, 70);
    r.source = QStringLiteral("api");
    if (!UsageRepository(db.connection()).upsert({r}).ok)
        qFatal("seed failed");
}

QTableView *table(QWidget *view)
{
    return view->findChild<QTableView *>(QStringLiteral("importsTableView"));
}

QString cell(QWidget *view, int row, int column)
{
    return table(view)->model()->index(row, column).data().toString();
}

QPushButton *removeButton(QWidget *view)
{
    return view->findChild<QPushButton *>(QStringLiteral("removeImportButton"));
}

bool refreshed(ImportsView &view)
{
    QSignalSpy spy(&view, &ImportsView::refreshed);
    view.refresh();
    return spy.wait(10'000);
}

// Clicks "Remove Import…" for the selected import and answers the confirmation; returns its text.
QString removeSelectedAnswering(ImportsView &view, bool confirm)
{
    removeButton(&view)->click();
    // It opens once a rolled-back run of the removal has counted the rows.
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                box = view.findChild<QMessageBox *>(QStringLiteral("removeImportMessageBox"));
                return box && box->isVisible();
            },
            10'000))
        return QStringLiteral("<no confirmation>");
    const QString text = box->text() + u'\n' + box->informativeText();
    if (confirm)
        box->findChild<QPushButton *>(QStringLiteral("removeImportConfirmButton"))->click();
    else
        box->button(QMessageBox::Cancel)->click();
    return text;
}

}   // namespace

class TestImportsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*qApp, QLocale::c());   // English plural forms, as the app shows them
    }

    void anEmptyHistorySaysHowToImport()
    {
        test::TestDatabase db;
        DbWorker worker(db.path());
        ImportsView view(&worker);
        view.show();
        QVERIFY(refreshed(view));
        auto *empty = view.findChild<EmptyState *>(QStringLiteral("importsEmptyState"));
        QVERIFY(empty && empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("No imports yet — File → Import CSV…"));
        QVERIFY(!table(&view)->isVisible());
        QSignalSpy requested(&view, &ImportsView::importRequested);
        empty->findChild<QPushButton *>(QStringLiteral("emptyStateActionButton"))->click();
        QCOMPARE(requested.count(), 1);
    }

    void listsEveryImportNewestFirstWithItsFigures()
    {
        test::TestDatabase db;
        QTemporaryDir dir;
        const qint64 console = db.addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
        const qint64 research = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("Research"));
        const CsvImportResult a = importFile(db, console, writeFile(dir, QStringLiteral("march.csv"), FileA));
        const CsvImportResult claude = importFile(
            db, research, QStringLiteral(TOKENLEDGER_FIXTURES_DIR "/csv/console/anthropic-console-usage.csv"));
        const CsvImportResult bad =
            importFile(db, console, writeFile(dir, QStringLiteral("one-bad.csv"), OneBadRow), true);
        QVERIFY2(a.ok && claude.ok && bad.ok, qPrintable(a.error + claude.error + bad.error));

        DbWorker worker(db.path());
        ImportsView view(&worker);
        view.resize(1100, 500);
        view.show();
        QVERIFY(refreshed(view));
        QVERIFY(table(&view)->isVisible());
        QCOMPARE(table(&view)->model()->rowCount(), 3);
        // Newest first.
        QCOMPARE(cell(&view, 0, 0), QString::number(bad.importId));
        QCOMPARE(cell(&view, 1, 0), QString::number(claude.importId));
        QCOMPARE(cell(&view, 2, 0), QString::number(a.importId));
        const QStringList header{u"Import"_qs,     u"Imported"_qs,  u"File and format"_qs, u"Account"_qs,
                                 u"Days (UTC)"_qs, u"Rows good"_qs, u"Rows written"_qs,    u"State"_qs};
        for (int c = 0; c < header.size(); ++c)
            QCOMPARE(table(&view)->model()->headerData(c, Qt::Horizontal).toString(), header.at(c));

        // Two lines a cell: what, then its detail.
        const ImportRecord first = *ImportRepository(db.connection()).find(a.importId);
        QCOMPARE(cell(&view, 2, 1), momentText(first.importedAt));
        QCOMPARE(cell(&view, 2, 2), u"march.csv\ngeneric"_qs);
        QCOMPARE(cell(&view, 2, 3), u"Console"_qs);
        QCOMPARE(cell(&view, 2, 4), u"2026-03-01 –\n2026-03-02"_qs);
        QCOMPARE(cell(&view, 2, 5), u"2 of 2"_qs);
        QCOMPARE(cell(&view, 2, 6), u"2 new\n0 updated"_qs);
        QCOMPARE(cell(&view, 2, 7), u"Active"_qs);
        QVERIFY(table(&view)->model()->index(2, 2).data(Qt::ToolTipRole).toString().contains(first.sha256));

        // The real Anthropic Console export, with the figures core recorded.
        const ImportRecord r = *ImportRepository(db.connection()).find(claude.importId);
        QCOMPARE(cell(&view, 1, 2), u"anthropic-console-usage.csv\nanthropic-console-usage"_qs);
        QCOMPARE(cell(&view, 1, 3), u"Research"_qs);
        QCOMPARE(cell(&view, 1, 4), r.firstDay.toString(Qt::ISODate) + u" –\n"_qs + r.lastDay.toString(Qt::ISODate));
        QCOMPARE(cell(&view, 1, 5), u"%1 of %2"_qs.arg(r.rowsGood).arg(r.rowsRead));
        QCOMPARE(cell(&view, 1, 6), u"%1 new\n0 updated"_qs.arg(r.usageCreated));
        QVERIFY(r.usageCreated > 0);

        // Good rows only: the bad row is counted.
        QCOMPARE(cell(&view, 0, 4), u"2026-03-05"_qs);
        QCOMPARE(cell(&view, 0, 5), u"1 of 2\n1 bad"_qs);
        QCOMPARE(cell(&view, 0, 6), u"1 new\n0 updated"_qs);

        // Nothing is selected until the user chooses; then a standing import can be removed.
        QVERIFY(!removeButton(&view)->isEnabled());
        view.selectImport(a.importId);
        QCOMPARE(view.selectedImport(), a.importId);
        QVERIFY(removeButton(&view)->isEnabled());
        const QString detail = view.findChild<QLabel *>(u"importsDetailLabel"_qs)->text();
        QVERIFY2(detail.startsWith(
                     u"Import %1: march.csv (%2 bytes, SHA-256 %3…) into Console, imported %4 (local time)."_qs.arg(
                         QString::number(a.importId), QString::number(FileA.size()), first.sha256.left(12),
                         momentText(first.importedAt))),
                 qPrintable(detail));
    }

    // Through the button and its confirmation, then without asking: each time the database ends
    // exactly as core removeImport leaves a twin database, and importRemoved fires once. A wrote
    // 1 and 2 March; B, later, wrote 2 March again and 3 March.
    void removingThroughTheViewUndoesExactlyLikeCore_data()
    {
        QTest::addColumn<bool>("olderFirst");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<QString>("firstResult");
        QTest::addColumn<QString>("secondResult");
        const QString follow = u" Totals, budgets and alerts follow."_qs;
        QTest::newRow("the older one first")
            << true
            << u"Removing it takes out the 1 row it added; nothing needs putting back. 1 row that a later import wrote "
               "again keeps that import's values."_qs +
                   follow
            << u"Removed import A: 1 row it added is gone, 1 row a later import wrote again keeps that import's "
               "values."_qs +
                   follow
            << u"Removed import B: 2 rows it added are gone."_qs + follow;
        QTest::newRow("the newer one first")
            << false
            << u"Removing it takes out the 1 row it added and puts back the 1 row it overwrote, as it was before it."_qs +
                   follow
            << u"Removed import B: 1 row it added is gone, 1 row it overwrote is as it was before it."_qs + follow
            << u"Removed import A: 2 rows it added are gone."_qs + follow;
    }
    void removingThroughTheViewUndoesExactlyLikeCore()
    {
        QFETCH(bool, olderFirst);
        QFETCH(QString, confirmation);
        QFETCH(QString, firstResult);
        QFETCH(QString, secondResult);
        QTemporaryDir dir;
        const QString pathA = writeFile(dir, QStringLiteral("a.csv"), FileA);
        const QString pathB = writeFile(dir, QStringLiteral("b.csv"), FileB);
        test::TestDatabase db;
        test::TestDatabase twin(QStringLiteral("twin"));
        QList<qint64> ids;
        QStringList before;
        for (test::TestDatabase *d : {&db, &twin}) {
            const qint64 account = d->addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
            seedSyncedRow(*d, account);
            before = totals(*d);
            ids = {importFile(*d, account, pathA).importId, importFile(*d, account, pathB).importId};
            QVERIFY(ids.at(0) > 0 && ids.at(1) > 0);
        }
        QCOMPARE(totals(db), totals(twin));
        const auto named = [&ids](QString text) {
            return text.replace(u"import A"_qs, u"import %1"_qs.arg(ids.at(0)))
                .replace(u"import B"_qs, u"import %1"_qs.arg(ids.at(1)));
        };
        const qint64 first = olderFirst ? ids.at(0) : ids.at(1);
        const qint64 second = olderFirst ? ids.at(1) : ids.at(0);
        const int firstRow = olderFirst ? 1 : 0;   // newest first
        const QString firstFile = olderFirst ? u"a.csv"_qs : u"b.csv"_qs;
        const QString firstDays = olderFirst ? u"2026-03-01 – 2026-03-02"_qs : u"2026-03-02 – 2026-03-03"_qs;

        DbWorker worker(db.path());
        ImportsView view(&worker);
        view.resize(1100, 500);
        view.show();
        QVERIFY(refreshed(view));
        QSignalSpy removed(&view, &ImportsView::importRemoved);
        QSignalSpy failed(&view, &ImportsView::removeFailed);

        // Cancelled: nothing happens; the count in the question came from a run that was rolled back.
        view.selectImport(first);
        const QString asked = removeSelectedAnswering(view, false);
        QVERIFY2(asked.startsWith(u"Remove import %1, %2 into Console (%3)?\n"_qs.arg(first).arg(firstFile, firstDays)),
                 qPrintable(asked));
        QVERIFY2(asked.contains(u"\n"_qs + confirmation + u"\n"_qs), qPrintable(asked));
        QTest::qWait(300);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(totals(db), totals(twin));
        QVERIFY(ImportRepository(db.connection()).find(first)->isActive());

        // Confirmed.
        QVERIFY(!removeSelectedAnswering(view, true).isEmpty());
        QVERIFY(removed.wait(10'000));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(0).toLongLong(), first);
        QVERIFY(removeImport(twin.connection(), first, bundled()).ok);
        QCOMPARE(totals(db), totals(twin));
        QCOMPARE(view.message(), named(firstResult));

        // Listed as removed, greyed, and it cannot be removed again.
        QTRY_VERIFY(cell(&view, firstRow, 7).startsWith(u"Removed\n"_qs));
        QCOMPARE(cell(&view, firstRow, 0), QString::number(first));
        QCOMPARE(table(&view)->model()->index(firstRow, 0).data(Qt::ForegroundRole).value<QBrush>().color(),
                 view.palette().color(QPalette::PlaceholderText));
        QCOMPARE(cell(&view, 1 - firstRow, 7), u"Active"_qs);
        view.selectImport(first);
        QVERIFY(!removeButton(&view)->isEnabled());
        view.removeImport(first, ImportsView::Confirm::No);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(view.message().contains(u"was already removed"_qs), qPrintable(view.message()));
        QTest::qWait(300);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(totals(db), totals(twin));

        // The other without asking (the entry point the button uses once confirmed): back to the synced row.
        view.removeImport(second, ImportsView::Confirm::No);
        QVERIFY(removed.wait(10'000));
        QCOMPARE(removed.count(), 2);
        QVERIFY(removeImport(twin.connection(), second, bundled()).ok);
        QCOMPARE(totals(db), totals(twin));
        QCOMPARE(totals(db), before);
        QCOMPARE(view.message(), named(secondResult));
        QTRY_VERIFY(cell(&view, 1 - firstRow, 7).startsWith(u"Removed\n"_qs));
        QCOMPARE(failed.count(), 1);
    }

    // A sync or import (here or in another process) holds the profile: nothing is removed, and
    // the message says who holds it.
    void aBusyProfileRemovesNothingAndSaysWho()
    {
        test::TestDatabase db;
        QTemporaryDir dir;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
        const qint64 id = importFile(db, account, writeFile(dir, QStringLiteral("a.csv"), FileA)).importId;
        const QStringList before = totals(db);
        DbWorker worker(db.path());
        ImportsView view(&worker);
        QVERIFY(refreshed(view));
        QSignalSpy failed(&view, &ImportsView::removeFailed);
        QSignalSpy removed(&view, &ImportsView::importRemoved);
        {
            ProfileLock busy(db.path());
            QVERIFY(busy.tryLock(QStringLiteral("syncing")));
            view.removeImport(id, ImportsView::Confirm::No);
            QVERIFY(failed.wait(10'000));
        }
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(u"syncing"_qs) && message.contains(u"is using this profile; nothing was removed"_qs),
                 qPrintable(message));
        QCOMPARE(view.message(), message);
        QCOMPARE(totals(db), before);
        QVERIFY(ImportRepository(db.connection()).find(id)->isActive());
        QCOMPARE(removed.count(), 0);
        // Free again: it goes.
        view.removeImport(id, ImportsView::Confirm::No);
        QVERIFY(removed.wait(10'000));
        QVERIFY(!ImportRepository(db.connection()).find(id)->isActive());
    }

    // The same file again is recognised by core (nothing changes, no entry); imported again
    // after its removal, the list says the two entries are one file.
    void theSameFileIsRecognised()
    {
        test::TestDatabase db;
        QTemporaryDir dir;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
        const QString path = writeFile(dir, QStringLiteral("march.csv"), FileA);
        const qint64 first = importFile(db, account, path).importId;
        QCOMPARE(importFile(db, account, path).sameFileImportId, first);
        DbWorker worker(db.path());
        ImportsView view(&worker);
        QVERIFY(refreshed(view));
        QCOMPARE(table(&view)->model()->rowCount(), 1);
        QSignalSpy removed(&view, &ImportsView::importRemoved);
        QSignalSpy listed(&view, &ImportsView::refreshed);
        view.removeImport(first, ImportsView::Confirm::No);
        QVERIFY(removed.wait(10'000));
        QTRY_COMPARE(listed.count(), 1);   // the view lists it as removed by itself
        QVERIFY(!view.imports().first().isActive());
        const qint64 again = importFile(db, account, path).importId;
        QVERIFY(again > first);
        QVERIFY(refreshed(view));
        QCOMPARE(cell(&view, 0, 2), u"march.csv\ngeneric · same file as %1"_qs.arg(first));
        QCOMPARE(cell(&view, 1, 2), u"march.csv\ngeneric · same file as %1"_qs.arg(again));
        QCOMPARE(cell(&view, 0, 7), u"Active"_qs);
    }

    // In the window: the double-counting finding's "Show Import" opens Usage → Imports on its
    // import; removing it there runs the after-change step once, and the finding is gone.
    void aFindingLinksToItsImportAndRemovalRunsTheAfterChangeStepOnce()
    {
        test::TestDatabase db;
        QTemporaryDir dir;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
        seedSyncedRow(db, account);
        const qint64 id = importFile(db, account, writeFile(dir, QStringLiteral("march.csv"), FileA)).importId;
        QVERIFY(id > 0);

        FixedClock clock{QDateTime(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC)};
        MemorySecretStore secrets;
        SyncService sync(db.path(), u"org.tokenledger.test"_qs);
        Settings settings(db.folder() + u"/settings.ini"_qs);
        MainWindow window(db.database(), settings, MainWindowServices{&sync, &secrets, &clock});
        QHash<int, int> runs;
        connect(window.alertService(), &AlertService::afterChangeRan, this, [&runs](int change) { ++runs[change]; });
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(runs.value(int(ChangeKind::StartUp)), 1, 20'000);

        window.showPage(MainWindow::UsagePageIndex);
        auto *usage = window.findChild<UsagePage *>(u"usagePage"_qs);
        QualityView *quality = usage->quality();
        const auto duplicate = [quality] {
            const auto &f = quality->findings();
            return int(
                std::find_if(f.cbegin(), f.cend(),
                             [](const QualityFinding &q) { return q.kind == QualityFinding::Kind::DuplicateSources; }) -
                f.cbegin());
        };
        QTRY_VERIFY_WITH_TIMEOUT(duplicate() < quality->findings().size(), 10'000);
        QCOMPARE(quality->findings().at(duplicate()).importId, id);
        auto *show = quality->findChild<QPushButton *>(u"qualityShowImportButton"_qs);
        quality->selectFinding(duplicate());
        QVERIFY(!show->isHidden());
        QCOMPARE(show->text(), u"Show Import %1"_qs.arg(id));
        show->click();
        ImportsView *imports = usage->imports();
        QCOMPARE(window.findChild<QTabWidget *>(u"usageTabWidget"_qs)->currentWidget(), imports);
        QTRY_COMPARE(imports->selectedImport(), id);
        QVERIFY(imports->isVisible());
        // A finding without an import has no link.
        for (int i = 0; i < quality->findings().size(); ++i) {
            if (quality->findings().at(i).importId == 0) {
                quality->selectFinding(i);
                QVERIFY(show->isHidden());
            }
        }

        QVERIFY(removeSelectedAnswering(*imports, true).contains(u"march.csv"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(runs.value(int(ChangeKind::ImportRemoved)), 1, 20'000);
        QTest::qWait(500);   // and not a second time
        QCOMPARE(runs.value(int(ChangeKind::ImportRemoved)), 1);
        QCOMPARE(runs.value(int(ChangeKind::Import)), 0);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM usage WHERE source = 'csv'"_qs), qint64(0));
        // The window refreshed: the finding is gone, the import is listed as removed.
        QTRY_VERIFY_WITH_TIMEOUT(duplicate() == quality->findings().size(), 10'000);
        QTRY_VERIFY(!imports->imports().isEmpty() && !imports->imports().first().isActive());
        QCOMPARE(window.findChild<QTabWidget *>(u"usageTabWidget"_qs)->currentWidget(), imports);
    }
};

QTEST_MAIN(TestImportsView)
#include "tst_importsview.moc"
