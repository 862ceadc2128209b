// Issue 16, keys stay personal: the Accounts page says for each account whether this desktop can
// sync it (its key in this desktop's keychain, its TOKENLEDGER_API_KEY_… variable, or no key
// needed) and, when not, that another desktop or a sync host syncs it (team database) — and who
// synced it last and when. On the personal ledger (SQLite) and on the session's PostgreSQL server.
#include "accounts/accountspage.h"
#include "common/translations.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"
#include "storage/accountrepository.h"
#include "storage/dbworker.h"
#include "storage/syncrunrepository.h"
#include "sync/syncreach.h"
#include "testdatabase.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace tl;

namespace {

qint64 addAccount(QSqlDatabase db, const QString &provider, const QString &label)
{
    Account a;
    a.provider = provider;
    a.label = label;
    a.keyRef = newKeyRef();
    return AccountRepository(db).add(a);
}

// A finished successful run of `id`, by `who` (empty: this process), `minutesAgo` before now.
void recordRun(QSqlDatabase db, qint64 id, const QString &who, int minutesAgo)
{
    SyncRunRepository runs(db);
    SyncRun run;
    run.accountId = id;
    run.trigger = QStringLiteral("cli");
    run.syncedBy = who;
    run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo - 5);
    run.windowFrom = QDate(2026, 9, 1);
    run.windowTo = QDate(2026, 9, 30);
    run.id = runs.start(run);
    QVERIFY(run.id > 0);
    run.status = SyncRun::Status::Success;
    run.finishedAt = run.startedAt.addSecs(5);
    QVERIFY(runs.finish(run));
}

QString cell(AccountsPage &page, int row, int column)
{
    return page.findChild<QTableView *>(QStringLiteral("accountsTableView"))
        ->model()
        ->index(row, column)
        .data()
        .toString();
}

int rowOf(const AccountsPage &page, const QString &label)
{
    for (int i = 0; i < page.rows().size(); ++i) {
        if (page.rows().at(i).account.label == label)
            return i;
    }
    return -1;
}

}   // namespace

class TestAccountsReach : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*qApp, QLocale::c());   // English plural forms, as the app shows them
    }

    void everyAccountSaysWhoSyncsIt_data() { test::addBackendColumn(); }
    void everyAccountSaysWhoSyncsIt()
    {
        TL_FETCH_BACKEND(backend);
        test::TestDatabase db(backend);
        QVERIFY(db.isOpen());
        const QSqlDatabase c = db.connection();
        const qint64 mine = addAccount(c, QStringLiteral("openai"), QStringLiteral("Mine"));
        const qint64 host = addAccount(c, QStringLiteral("anthropic"), QStringLiteral("Host"));
        const qint64 ana = addAccount(c, QStringLiteral("openai"), QStringLiteral("Ana's"));
        addAccount(c, QStringLiteral("claude-code"), QStringLiteral("Agent"));
        addAccount(c, QStringLiteral("google"), QStringLiteral("Gemini"));

        MemorySecretStore secrets;
        QCOMPARE(storeAccountKeyNow(secrets, test::accountOf(c, mine), QStringLiteral("key-not-real")).status,
                 SecretStore::Status::Ok);
        test::setEnvironmentKey(c, host, "env-key-not-real");
        recordRun(c, mine, QString(), 3);                      // this desktop
        recordRun(c, ana, QStringLiteral("ana@laptop"), 10);   // another desktop
        QCOMPARE(SyncRunRepository(c).list(mine).value(0).syncedBy, thisSyncIdentity());

        DbWorker worker(db.path());
        AccountsPage page(&worker, &secrets, nullptr);
        QSignalSpy checked(&page, &AccountsPage::reachChecked);
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 10'000);
        QCOMPARE(page.isTeam(), backend == test::Backend::Postgres);
        QCOMPARE(page.rows().size(), 5);

        const int mineRow = rowOf(page, QStringLiteral("Mine"));
        const int hostRow = rowOf(page, QStringLiteral("Host"));
        const int anaRow = rowOf(page, QStringLiteral("Ana's"));
        const int agentRow = rowOf(page, QStringLiteral("Agent"));
        const int geminiRow = rowOf(page, QStringLiteral("Gemini"));
        QCOMPARE(cell(page, mineRow, AccountsPage::ReachColumn), QStringLiteral("This desktop (key in the keychain)"));
        QCOMPARE(cell(page, hostRow, AccountsPage::ReachColumn),
                 QStringLiteral("This desktop (key from the environment)"));
        QCOMPARE(cell(page, agentRow, AccountsPage::ReachColumn),
                 QStringLiteral("This desktop (local logs, no key needed)"));
        QCOMPARE(cell(page, geminiRow, AccountsPage::ReachColumn),
                 QStringLiteral("Not synced (imports and manual entries)"));
        // The account whose key is on no one's desktop here: in a team, someone else syncs it.
        QCOMPARE(cell(page, anaRow, AccountsPage::ReachColumn),
                 backend == test::Backend::Postgres
                     ? QStringLiteral("Another desktop or a sync host (its key is not on this desktop)")
                     : QStringLiteral("Not synced: no key on this desktop"));
        QVERIFY(page.rows().at(mineRow).reach.syncsHere());
        QVERIFY(!page.rows().at(anaRow).reach.syncsHere());

        // Who synced last, and when.
        QCOMPARE(cell(page, mineRow, AccountsPage::LastSyncedColumn), QStringLiteral("this desktop, 3 min ago"));
        QCOMPARE(cell(page, anaRow, AccountsPage::LastSyncedColumn), QStringLiteral("ana@laptop, 10 min ago"));
        QCOMPARE(cell(page, hostRow, AccountsPage::LastSyncedColumn), QStringLiteral("never"));
        // Someone else's account is not failing here.
        QVERIFY(!cell(page, anaRow, AccountsPage::HealthColumn).startsWith(QStringLiteral("Failing")));
        if (!qEnvironmentVariableIsEmpty("TL_SCREENSHOT_DIR")) {   // to look at, by hand
            page.resize(1280, 300);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.grab().save(qEnvironmentVariable("TL_SCREENSHOT_DIR") + QStringLiteral("/accounts-reach-") +
                             QLatin1String(backend == test::Backend::Postgres ? "team" : "personal") +
                             QStringLiteral(".png"));
        }
        test::clearEnvironmentKey(c, host);
    }

    // On a narrow window the balance (money) and when each account was synced stay whole; the long
    // texts (who syncs it, an error) are what is cut, with their tooltips holding all of them.
    void theBalanceStaysInViewOnANarrowWindow()
    {
        test::TestDatabase db;
        const QSqlDatabase c = db.connection();
        const qint64 router = addAccount(c, QStringLiteral("openrouter"), QStringLiteral("Side projects"));
        addAccount(c, QStringLiteral("groq"), QStringLiteral("Groq"));   // "Groq offers no usage API …"
        const qint64 deepseek = addAccount(c, QStringLiteral("deepseek"), QStringLiteral("DeepSeek"));
        QVERIFY(BalanceRepository(c).replace(
            deepseek,
            {{QStringLiteral("CNY"), QStringLiteral("balance"), Money::fromNanos(110'000'000'000)},
             {QStringLiteral("USD"), QStringLiteral("balance"), Money::fromNanos(18'400'000'000)}},
            QDateTime::currentDateTimeUtc()));
        recordRun(c, router, QStringLiteral("ana@laptop"), 12);
        QVERIFY(BalanceRepository(c).replace(
            router,
            {{QStringLiteral("USD"), QStringLiteral("credits_remaining"), Money::fromNanos(107'880'000'000)},
             {QStringLiteral("USD"), QStringLiteral("limit_remaining"), Money::fromNanos(74'250'000'000)}},
            QDateTime::currentDateTimeUtc()));
        MemorySecretStore secrets;
        DbWorker worker(db.path());
        AccountsPage page(&worker, &secrets, nullptr);
        page.resize(900, 300);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy checked(&page, &AccountsPage::reachChecked);
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 10'000);
        auto *table = page.findChild<QTableView *>(QStringLiteral("accountsTableView"));
        const int row = rowOf(page, QStringLiteral("Side projects"));
        const auto shown = [&](int column) {
            // Whole when the column is as wide as its contents ask (the text and the cell's margins), and in view.
            return table->columnWidth(column) >= static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column) &&
                   table->columnViewportPosition(column) + table->columnWidth(column) <= table->viewport()->width();
        };
        QVERIFY2(cell(page, row, AccountsPage::BalanceColumn).contains(QStringLiteral("$74.25")),
                 qPrintable(cell(page, row, AccountsPage::BalanceColumn)));
        QVERIFY2(
            shown(AccountsPage::BalanceColumn),
            qPrintable(QStringLiteral("%1 wide at %2 for %3 px of text in a viewport of %4")
                           .arg(table->columnWidth(AccountsPage::BalanceColumn))
                           .arg(table->columnViewportPosition(AccountsPage::BalanceColumn))
                           .arg(table->fontMetrics().horizontalAdvance(cell(page, row, AccountsPage::BalanceColumn)))
                           .arg(table->viewport()->width())));
        QVERIFY(shown(AccountsPage::LastSyncedColumn));
        QVERIFY(shown(AccountsPage::ProviderColumn));
        QVERIFY(shown(AccountsPage::LabelColumn));
        // US dollars first, as on the dashboard.
        QCOMPARE(cell(page, rowOf(page, QStringLiteral("DeepSeek")), AccountsPage::BalanceColumn),
                 QStringLiteral("balance $18.40, balance 110.00 CNY"));
        // The long texts were cut to make room, to one common width.
        const int groq = rowOf(page, QStringLiteral("Groq"));
        QVERIFY(table->columnWidth(AccountsPage::HealthColumn) <
                table->fontMetrics().horizontalAdvance(cell(page, groq, AccountsPage::HealthColumn)));

        // The window resized: the columns are fitted again — whole in a wide one, the balance still in
        // view once it is narrow again (they were fitted only when the accounts were read).
        page.resize(1600, 300);
        QTRY_COMPARE(table->width(), 1600);
        QCoreApplication::processEvents();
        for (const int column : {AccountsPage::SourceColumn, AccountsPage::ReachColumn, AccountsPage::HealthColumn})
            QVERIFY2(shown(column), qPrintable(QString::number(column)));
        page.resize(900, 300);
        QTRY_COMPARE(table->width(), 900);
        QCoreApplication::processEvents();
        QVERIFY(shown(AccountsPage::BalanceColumn));
        QVERIFY(table->columnWidth(AccountsPage::HealthColumn) <
                table->fontMetrics().horizontalAdvance(cell(page, groq, AccountsPage::HealthColumn)));
    }

    void agoSaysHowLongAgo()
    {
        const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(agoText(now.addSecs(-20), now), QStringLiteral("just now"));
        QCOMPARE(agoText(now.addSecs(30), now), QStringLiteral("just now"));   // a clock slightly ahead
        QCOMPARE(agoText(now.addSecs(-60), now), QStringLiteral("1 min ago"));
        QCOMPARE(agoText(now.addSecs(-3 * 3600), now), QStringLiteral("3 h ago"));
        QCOMPARE(agoText(now.addDays(-1), now), QStringLiteral("1 day ago"));
        QCOMPARE(agoText(now.addDays(-5), now), QStringLiteral("5 days ago"));
        QVERIFY(!agoText(now.addDays(-30), now).contains(QStringLiteral("ago")));
    }
};

QTEST_MAIN(TestAccountsReach)
#include "tst_accountsreach.moc"
