#include "common/clock.h"
#include "mainwindow/mainwindow.h"
#include "providers/providercatalog.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "storage/accountrepository.h"
#include "storage/dbworker.h"
#include "storage/usagerepository.h"
#include "sync/syncservice.h"
#include "testdatabase.h"
#include "usage/importdialog.h"
#include "usage/usagepage.h"
#include "usage/usagetablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

namespace {

// Exports as the consoles write them today (the headers of tests/fixtures/csv), on known days.
const char OpenAiUsage[] =
    "start_time,end_time,start_time_iso,project_id,num_model_requests,user_id,api_key_id,model,batch,input_tokens,"
    "output_tokens,input_cached_tokens,input_audio_tokens,output_audio_tokens\n"
    "1772323200,1772409600,2026-03-01T00:00:00+00:00,proj_abc,120,,key_1,gpt-4o-mini-2024-07-18,False,250000,40000,"
    "50000,0,0\n"
    "1772409600,1772496000,2026-03-02T00:00:00+00:00,proj_abc,30,,key_2,gpt-4.1-2025-04-14,False,80000,12000,0,0,0\n";
const char AnthropicUsage[] =
    "usage_date_utc,model,workspace,api_key,usage_type,uncached_input_tokens,cache_creation_input_tokens,"
    "cache_read_input_tokens,output_tokens,web_search_count\n"
    "2026-02-10,claude-sonnet-4-5-20250929,Default,key-prod,standard,120000,20000,400000,8000,3\n"
    "2026-02-11,claude-haiku-4-5-20251001,Default,key-prod,standard,50000,0,0,2000,0\n"
    "2026-02-12,claude-sonnet-4-5-20250929,Default,key-prod,standard,1000,0,0,100,0\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

qint64 addAccount(test::TestDatabase &db, const QString &provider, const QString &label, bool enabled = true)
{
    Account a;
    a.provider = provider;
    a.label = label;
    a.enabled = enabled;
    return AccountRepository(db.connection()).add(a);
}

// As the Usage page lists accounts for the dialog: "label (Provider)", in this order.
QList<std::pair<qint64, QString>> listed(test::TestDatabase &db, const QList<qint64> &ids)
{
    QList<std::pair<qint64, QString>> out;
    for (qint64 id : ids) {
        const Account a = test::accountOf(db.connection(), id);
        out.append({id, a.label + u" ("_qs + providerDisplayName(a.provider) + u')'});
    }
    return out;
}

void markSynced(test::TestDatabase &db, qint64 accountId)
{
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT INTO sync_runs (account_id, trigger, status, started_at, finished_at) "
              "VALUES (?, 'manual', 'success', '2026-03-02T06:00:00Z', '2026-03-02T06:00:05Z')"_qs);
    q.addBindValue(accountId);
    if (!q.exec())
        qFatal("cannot record a sync run");
}

QString text(QWidget *root, const char *name)
{
    auto *label = root->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

QPushButton *button(QWidget *root, const char *name)
{
    return root->findChild<QPushButton *>(QString::fromLatin1(name));
}

bool waitForAccounts(QSignalSpy &loaded)
{
    return loaded.count() > 0 || loaded.wait(10'000);
}

}   // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // An OpenAI export goes to an OpenAI account never synced from the API rather than the
    // synced one; an Anthropic export to the enabled Anthropic account, not the disabled one;
    // a file in TokenLedger's own format fits any account and leaves the choice alone.
    void preselectsTheAccountThatFitsTheFile()
    {
        test::TestDatabase db;
        QTemporaryDir dir;
        const qint64 seats = addAccount(db, u"other"_qs, u"Team seats"_qs);
        const qint64 prod = addAccount(db, u"openai"_qs, u"Prod"_qs);
        markSynced(db, prod);
        const qint64 console = addAccount(db, u"openai"_qs, u"Console exports"_qs);
        const qint64 oldAnthropic = addAccount(db, u"anthropic"_qs, u"Old"_qs, false);
        const qint64 research = addAccount(db, u"anthropic"_qs, u"Research"_qs);
        DbWorker worker(db.path());
        ImportDialog dialog(&worker, listed(db, {seats, prod, console, oldAnthropic, research}));
        QSignalSpy loaded(&dialog, &ImportDialog::accountsLoaded);
        dialog.setAccount(seats);   // what the Usage page's account filter would hand over
        QVERIFY(waitForAccounts(loaded));

        dialog.setFile(writeFile(dir, u"completions_usage.csv"_qs, OpenAiUsage));
        QCOMPARE(dialog.formatProvider(), u"openai"_qs);
        QCOMPARE(dialog.currentAccount(), console);
        QVERIFY2(text(&dialog, "importAccountHintLabel").contains(u"comes from OpenAI"_qs),
                 qPrintable(text(&dialog, "importAccountHintLabel")));
        QVERIFY(!button(&dialog, "importCreateAccountButton")->isVisibleTo(&dialog));

        dialog.setFile(writeFile(dir, u"claude_usage.csv"_qs, AnthropicUsage));
        QCOMPARE(dialog.formatProvider(), u"anthropic"_qs);
        QCOMPARE(dialog.currentAccount(), research);

        dialog.setFile(QStringLiteral(TOKENLEDGER_FIXTURES_DIR "/csv/generic.csv"));
        QCOMPARE(dialog.formatProvider(), QString());
        QCOMPARE(dialog.currentAccount(), research);

        // Only a synced OpenAI account: it is chosen, with a warning and the offer of another.
        test::TestDatabase db2;
        const qint64 only = addAccount(db2, u"openai"_qs, u"Prod"_qs);
        markSynced(db2, only);
        const qint64 seats2 = addAccount(db2, u"other"_qs, u"Team seats"_qs);
        DbWorker worker2(db2.path());
        ImportDialog second(&worker2, listed(db2, {seats2, only}));
        QSignalSpy loaded2(&second, &ImportDialog::accountsLoaded);
        second.setFile(writeFile(dir, u"completions_usage.csv"_qs, OpenAiUsage));
        QVERIFY(waitForAccounts(loaded2));
        QCOMPARE(second.currentAccount(), only);
        QVERIFY(text(&second, "importAccountHintLabel").contains(u"counted twice"_qs));
        QVERIFY(button(&second, "importCreateAccountButton")->isVisibleTo(&second));
    }

    // An account the user picks in the list stays, whatever file comes next.
    void keepsTheAccountChosenByHand()
    {
        test::TestDatabase db;
        QTemporaryDir dir;
        const qint64 prod = addAccount(db, u"openai"_qs, u"Prod"_qs);
        const qint64 research = addAccount(db, u"anthropic"_qs, u"Research"_qs);
        DbWorker worker(db.path());
        ImportDialog dialog(&worker, listed(db, {prod, research}));
        QSignalSpy loaded(&dialog, &ImportDialog::accountsLoaded);
        QVERIFY(waitForAccounts(loaded));
        dialog.show();
        dialog.setFile(writeFile(dir, u"claude_usage.csv"_qs, AnthropicUsage));
        QCOMPARE(dialog.currentAccount(), research);

        auto *combo = dialog.findChild<QComboBox *>(u"importAccountComboBox"_qs);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Up);   // the user picks Prod
        QCOMPARE(dialog.currentAccount(), prod);
        QVERIFY2(text(&dialog, "importAccountHintLabel").contains(u"would count as OpenAI spend"_qs),
                 qPrintable(text(&dialog, "importAccountHintLabel")));
        QVERIFY(button(&dialog, "importButton")->isEnabled());   // the user's call
        dialog.setFile(writeFile(dir, u"claude_usage_2.csv"_qs, AnthropicUsage));
        QCOMPARE(dialog.currentAccount(), prod);
    }

    // No Anthropic account: the dialog offers one, creates it in the database and chooses it,
    // and the file imports into it.
    void offersToCreateAnAccountWhenNoneFits()
    {
        test::TestDatabase db;
        QTemporaryDir dir;
        const qint64 prod = addAccount(db, u"openai"_qs, u"Prod"_qs);
        DbWorker worker(db.path());
        ImportDialog dialog(&worker, listed(db, {prod}));
        QSignalSpy loaded(&dialog, &ImportDialog::accountsLoaded);
        QVERIFY(waitForAccounts(loaded));
        dialog.setFile(writeFile(dir, u"claude_usage.csv"_qs, AnthropicUsage));
        QCOMPARE(dialog.currentAccount(), prod);   // nothing fits; nothing better to choose
        QVERIFY2(text(&dialog, "importAccountHintLabel").contains(u"no Anthropic account yet"_qs),
                 qPrintable(text(&dialog, "importAccountHintLabel")));
        QPushButton *create = button(&dialog, "importCreateAccountButton");
        QVERIFY(create);
        QVERIFY(create->isVisibleTo(&dialog));
        QCOMPARE(create->text(), u"Create an Anthropic account for imports"_qs);
        // Importing into the first account in the list would make Claude rows OpenAI spend.
        QVERIFY(!button(&dialog, "importButton")->isEnabled());
        QVERIFY(button(&dialog, "importCheckButton")->isEnabled());

        QSignalSpy created(&dialog, &ImportDialog::accountCreated);
        create->click();
        QVERIFY(created.wait(10'000));
        const qint64 id = created.at(0).at(0).toLongLong();
        const Account account = test::accountOf(db.connection(), id);
        QCOMPARE(account.provider, u"anthropic"_qs);
        QCOMPARE(account.label, u"Anthropic imports"_qs);
        QVERIFY(account.enabled);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM accounts"_qs), qint64(2));
        QCOMPARE(dialog.currentAccount(), id);
        QVERIFY(!create->isVisibleTo(&dialog));
        QVERIFY(button(&dialog, "importButton")->isEnabled());

        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.runImport();
        QVERIFY(imported.wait(10'000));
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM usage WHERE account_id = %1"_qs.arg(id)), qint64(3));
    }

    // Nothing to import, nothing to press: a file that is not CSV, and a check with no good row.
    void importIsOffWithoutGoodRows()
    {
        test::TestDatabase db;
        QTemporaryDir dir;
        const qint64 prod = addAccount(db, u"openai"_qs, u"Prod"_qs);
        DbWorker worker(db.path());
        ImportDialog dialog(&worker, listed(db, {prod}));
        QSignalSpy loaded(&dialog, &ImportDialog::accountsLoaded);
        QVERIFY(waitForAccounts(loaded));
        QPushButton *import = button(&dialog, "importButton");
        QPushButton *check = button(&dialog, "importCheckButton");

        for (const QString &unreadable :
             {dir.filePath(u"missing.csv"_qs), writeFile(dir, u"binary.csv"_qs, QByteArray("\x00\x01\x02\x03", 4)),
              writeFile(dir, u"prose.csv"_qs, "Dear team\nhere is the usage\n")}) {
            dialog.setFile(unreadable);
            QVERIFY2(!import->isEnabled() && !check->isEnabled(), qPrintable(unreadable));
        }

        dialog.setFile(
            writeFile(dir, u"all-bad.csv"_qs, "date,model,input_tokens\n2026-13-01,gpt-4o,5\n2026-03-01,gpt-4o,-1\n"));
        QVERIFY(import->isEnabled());   // before a check, the file may be fine
        QSignalSpy checked(&dialog, &ImportDialog::checked);
        dialog.check();
        QVERIFY(checked.wait(10'000));
        QCOMPARE(dialog.lastResult().goodRows, qint64(0));
        QCOMPARE(dialog.lastResult().badRowCount, qint64(2));
        QVERIFY(!import->isEnabled());
        QVERIFY(check->isEnabled());
        QVERIFY(!dialog.findChild<QCheckBox *>(u"importKeepGoodRowsCheckBox"_qs)->isEnabled());
        QVERIFY2(text(&dialog, "importResultLabel").contains(u"no good row"_qs),
                 qPrintable(text(&dialog, "importResultLabel")));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.runImport();   // as a click would: nothing happens
        QTest::qWait(200);
        QCOMPARE(imported.count(), 0);

        // With good rows as well as bad, the good ones are imported only when asked for.
        dialog.setFile(QStringLiteral(TOKENLEDGER_FIXTURES_DIR "/csv/bad-rows.csv"));
        dialog.check();
        QVERIFY(checked.wait(10'000));
        auto *keep = dialog.findChild<QCheckBox *>(u"importKeepGoodRowsCheckBox"_qs);
        QVERIFY(import->isEnabled());
        QVERIFY(keep->isEnabled());
        QVERIFY(!keep->isChecked());
        keep->setChecked(true);
        QCOMPARE(import->text(), u"Import good rows only"_qs);
    }

    // After a check, the preview's bad rows are coloured and say why; good rows are not.
    void marksBadRowsInThePreview()
    {
        test::TestDatabase db;
        const qint64 prod = addAccount(db, u"openai"_qs, u"Prod"_qs);
        DbWorker worker(db.path());
        ImportDialog dialog(&worker, listed(db, {prod}));
        dialog.setFile(QStringLiteral(TOKENLEDGER_FIXTURES_DIR "/csv/bad-rows.csv"));
        QSignalSpy checked(&dialog, &ImportDialog::checked);
        dialog.check();
        QVERIFY(checked.wait(10'000));
        const QAbstractItemModel *preview = dialog.findChild<QTableView *>(u"importPreviewTable"_qs)->model();
        QCOMPARE(preview->rowCount(), 7);
        // Lines 2 and 8 (a quoted field spanning two lines) are good; lines 3–7 are bad.
        const QList<qint64> lines = {2, 3, 4, 5, 6, 7, 8};
        const QStringList reasons = {
            {}, u"bad date"_qs, u"negative"_qs, u"columns"_qs, u"broken quoting"_qs, u"not a decimal"_qs, {}};
        for (int row = 0; row < preview->rowCount(); ++row) {
            QVERIFY(preview->headerData(row, Qt::Vertical).toString().endsWith(QString::number(lines.at(row))));
            for (int column = 0; column < preview->columnCount(); ++column) {
                const QModelIndex cell = preview->index(row, column);
                const bool coloured = cell.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush;
                const QString tip = cell.data(Qt::ToolTipRole).toString();
                QVERIFY2(coloured == !reasons.at(row).isEmpty(), qPrintable(u"line %1"_qs.arg(lines.at(row))));
                QVERIFY2(tip.contains(reasons.at(row)), qPrintable(tip));
                if (coloured)
                    QVERIFY(tip.startsWith(u"Line %1: "_qs.arg(lines.at(row))));
            }
        }
    }

    // Through the window: an Anthropic export imported from the Usage page leaves the page on
    // exactly its days and account — rows of other days and accounts are not shown.
    void importOpensTheUsagePageOnTheImportedDays()
    {
        test::TestDatabase db;
        QTemporaryDir dir;
        const qint64 prod = addAccount(db, u"openai"_qs, u"Prod"_qs);
        const qint64 research = addAccount(db, u"anthropic"_qs, u"Research"_qs);
        QVERIFY(UsageRepository(db.connection())
                    .upsert({test::usage(prod, QDate(2026, 2, 11), u"gpt-4o"_qs, 100, 10, {}),
                             test::usage(research, QDate(2026, 2, 9), u"claude-haiku-4-5-20251001"_qs, 100, 10, {}),
                             test::usage(research, QDate(2026, 2, 13), u"claude-haiku-4-5-20251001"_qs, 100, 10, {}),
                             test::usage(research, QDate(2026, 3, 19), u"claude-haiku-4-5-20251001"_qs, 100, 10, {})})
                    .ok);
        MemorySecretStore secrets;
        FixedClock clock{QDateTime(QDate(2026, 3, 20), QTime(12, 0), Qt::UTC)};
        SyncService sync(db.path(), u"org.tokenledger.test"_qs);
        Settings settings(db.folder() + u"/settings.ini"_qs);
        MainWindow window(db.database(), settings, MainWindowServices{&sync, &secrets, &clock});
        window.show();
        window.showPage(MainWindow::DashboardPageIndex);
        window.ensurePage(MainWindow::UsagePageIndex);
        auto *page = window.findChild<UsagePage *>(u"usagePage"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QComboBox *>(u"usageAccountComboBox"_qs)->count() == 3, 10'000);
        QCOMPARE(page->currentFilter().from, QDate(2026, 3, 1));   // the window's period: this month

        page->openImport();
        auto *dialog = page->findChild<ImportDialog *>();
        QVERIFY(dialog);
        QSignalSpy imported(dialog, &ImportDialog::imported);
        QSignalSpy loaded(dialog, &ImportDialog::accountsLoaded);
        QVERIFY(waitForAccounts(loaded));
        dialog->setFile(writeFile(dir, u"claude_usage.csv"_qs, AnthropicUsage));
        QCOMPARE(dialog->currentAccount(), research);
        dialog->runImport();
        QVERIFY(imported.wait(10'000));
        QCOMPARE(imported.at(0).at(1).toDate(), QDate(2026, 2, 10));
        QCOMPARE(imported.at(0).at(2).toDate(), QDate(2026, 2, 12));

        QCOMPARE(window.currentPage(), MainWindow::UsagePageIndex);
        const UsageFilter filter = page->currentFilter();
        QCOMPARE(filter.from, QDate(2026, 2, 10));
        QCOMPARE(filter.to, QDate(2026, 2, 12));
        QCOMPARE(filter.accountId, std::optional<qint64>(research));
        QCOMPARE(window.findChild<QDateEdit *>(u"usageFromDateEdit"_qs)->date(), QDate(2026, 2, 10));
        QCOMPARE(window.findChild<QDateEdit *>(u"usageToDateEdit"_qs)->date(), QDate(2026, 2, 12));
        UsageTableModel *model = page->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->totals().rows, qint64(3), 10'000);
        QSet<QDate> days;
        for (const UsageRow &row : model->rows()) {
            QCOMPARE(row.accountId, research);
            days.insert(row.day);
        }
        QCOMPARE(days, (QSet<QDate>{QDate(2026, 2, 10), QDate(2026, 2, 11), QDate(2026, 2, 12)}));
        QVERIFY(window.findChild<QTableView *>(u"usageTableView"_qs)->isVisible());
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
