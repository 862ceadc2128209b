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
