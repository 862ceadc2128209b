#include "accounts/accountdialog.h"
#include "accounts/accountspage.h"
#include "alerts/traycontroller.h"
#include "fakeproviderserver.h"
#include "mainwindow/mainwindow.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "storage/accountrepository.h"
#include "storage/syncrunrepository.h"
#include "sync/synchistorypage.h"
#include "sync/syncnowbutton.h"
#include "sync/syncservice.h"
#include "testdatabase.h"

#include "storage/dbworker.h"
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace tl;

Q_DECLARE_METATYPE(tl::SyncNowButton::State)

namespace {

// A screenshot to look at, when TL_SCREENSHOT_DIR names a folder.
void shoot(QWidget &window, const QString &name)
{
    if (!qEnvironmentVariableIsEmpty("TL_SCREENSHOT_DIR"))
        window.grab().save(qEnvironmentVariable("TL_SCREENSHOT_DIR") + QLatin1Char('/') + name +
                           QStringLiteral(".png"));
}

}   // namespace

class TestSyncNow : public QObject
{
    Q_OBJECT

private slots:
    void buttonGoesThroughAllFourStates()
    {
        test::FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        test::TestDatabase db;
        Account a;
        a.provider = QStringLiteral("openai");
        a.label = QStringLiteral("Org");
        a.baseUrl = server.url(QStringLiteral("/openai/v1"));
        const qint64 id = AccountRepository(db.connection()).add(a);
        test::setEnvironmentKey(db.connection(), id, "gui-test-key-not-real");

        SyncOptions options;
        options.retry.baseDelayMs = 5;
        options.retry.minIntervalMs = 0;
        SyncService service(db.path(), QStringLiteral("org.tokenledger.test"), options);
        MemorySecretStore secrets;
        Settings settings(db.folder() + QStringLiteral("/settings.ini"));
        MainWindow window(db.database(), settings, {&service, &secrets});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SyncNowButton *button = window.syncNowButton();
        QVERIFY(button);
        QCOMPARE(button->objectName(), QStringLiteral("syncNowButton"));
        QCOMPARE(button->state(), SyncNowButton::State::Idle);
        QCOMPARE(button->text(), QStringLiteral("Sync Now"));
        button->setSuccessDisplayMs(300);

        QList<std::pair<SyncNowButton::State, bool>> seen;   // state and whether the button was enabled
        connect(button, &SyncNowButton::stateChanged, this, [&](SyncNowButton::State s) {
            seen.append({s, button->isEnabled()});
        });

        // idle → syncing → success → idle
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(button->state(), SyncNowButton::State::Syncing);
        QVERIFY(!button->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(button->state(), SyncNowButton::State::Success, 20'000);
        QCOMPARE(button->text(), QStringLiteral("Synced 8 new records, 0 updated"));
        QTRY_COMPARE_WITH_TIMEOUT(button->state(), SyncNowButton::State::Idle, 5'000);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.first().first, SyncNowButton::State::Syncing);
        for (const auto &[state, enabled] : std::as_const(seen))
            QCOMPARE(enabled, state != SyncNowButton::State::Syncing);

        // error: a project key gets the admin-key guidance, and the button offers a retry
        server.setFault(QStringLiteral("/openai/v1/organization/usage/completions"), {401, "{}", {}, false});
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        seen.clear();
        QTest::keyClick(window.windowHandle(), Qt::Key_R, Qt::ControlModifier);   // Ctrl+R (an animated click)
        QTRY_COMPARE_WITH_TIMEOUT(button->state(), SyncNowButton::State::Error, 20'000);
        QCOMPARE(seen.first().first, SyncNowButton::State::Syncing);
        QVERIFY(button->isEnabled());
        QVERIFY2(button->text().contains(QStringLiteral("Retry")), qPrintable(button->text()));
        QVERIFY(button->toolTip().contains(QStringLiteral("admin key")));

        // retry after the fault is gone
        server.clearFaults();
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(button->state(), SyncNowButton::State::Success, 20'000);
        QCOMPARE(button->text(), QStringLiteral("Synced 0 new records, 0 updated"));

        // The history lists the three runs, the failed one among them.
        auto *history = window.findChild<SyncHistoryPage *>(QStringLiteral("syncHistoryPage"));
        QTRY_COMPARE_WITH_TIMEOUT(history->visibleRuns(), 3, 10'000);
        auto *accounts = window.findChild<AccountsPage *>(QStringLiteral("accountsPage"));
        QTRY_COMPARE_WITH_TIMEOUT(accounts->rows().size(), 1, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(accounts->rows().first().health.lastSuccess.isValid(), 10'000);
        test::clearEnvironmentKey(db.connection(), id);
    }

    // Cancel stops a sync at once — a request the provider is slow to answer, or a retry's
    // backoff — stores nothing of the account and records the run as cancelled.
    void cancelStopsTheSyncAndStoresNothing()
    {
        test::FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        test::TestDatabase db;
        Account a;
        a.provider = QStringLiteral("openai");
        a.label = QStringLiteral("Org");
        a.baseUrl = server.url(QStringLiteral("/openai/v1"));
        const qint64 id = AccountRepository(db.connection()).add(a);
        test::setEnvironmentKey(db.connection(), id, "gui-test-key-not-real");

        SyncOptions options;
        options.retry.baseDelayMs = 30'000;   // a retry waits half a minute
        options.retry.minIntervalMs = 0;
        SyncService service(db.path(), QStringLiteral("org.tokenledger.test"), options);
        MemorySecretStore secrets;
        Settings settings(db.folder() + QStringLiteral("/settings.ini"));
        MainWindow window(db.database(), settings, {&service, &secrets});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SyncNowButton *button = window.syncNowButton();
        auto *cancel = window.findChild<QToolButton *>(QStringLiteral("cancelSyncButton"));
        QVERIFY(cancel);
        QVERIFY(!cancel->isVisible());   // nothing to cancel yet

        // The usage is in; the costs, the last request, never come (a provider that is slow).
        const QString costs = QStringLiteral("/openai/v1/organization/costs");
        server.setFault(costs, {200, {}, {}, true});
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(server.requests(costs), 1, 20'000);
        QTRY_VERIFY(cancel->isVisible());
        QVERIFY(cancel->isEnabled());
        QCOMPARE(cancel->text(), QStringLiteral("Cancel Sync"));
        shoot(window, QStringLiteral("syncing"));
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(button->state(), SyncNowButton::State::Idle, 5'000);
        QVERIFY2(clock.elapsed() < 1'000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(button->text(), QStringLiteral("Sync Now"));
        QVERIFY(button->isEnabled());
        QVERIFY(!button->cancelAction()->isVisible());
        QTRY_VERIFY(!cancel->isVisible());   // the toolbar lays itself out again
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));

        QList<SyncRun> runs = SyncRunRepository(db.connection()).list();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status, SyncRun::Status::Cancelled);
        QCOMPARE(runs.first().trigger, QStringLiteral("manual"));
        QVERIFY(runs.first().finishedAt.isValid());
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE account_id = %1").arg(id)), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM costs WHERE account_id = %1").arg(id)), 0);
        auto *history = window.findChild<SyncHistoryPage *>(QStringLiteral("syncHistoryPage"));
        auto *table = history->findChild<QTableView *>(QStringLiteral("syncHistoryTableView"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, 3).data().toString(), QStringLiteral("Cancelled"), 10'000);
        QCOMPARE(history->visibleRuns(), 1);
        shoot(window, QStringLiteral("cancelled"));

        // A server error waits 30 s before its retry: the tray's Cancel Sync ends that wait too.
        server.clearFaults();
        const QString usage = QStringLiteral("/openai/v1/organization/usage/completions");
        const int before = server.requests(usage);
        server.setFault(usage, {503, "{}", {}, false});
        QAction *traySync = window.tray()->menu()->findChild<QAction *>(QStringLiteral("traySyncAction"));
        QVERIFY(traySync);
        QCOMPARE(traySync->text(), QStringLiteral("Sync Now"));
        traySync->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(server.requests(usage), before + 1, 20'000);
        QTest::qWait(300);   // the 503 has arrived: the client waits for its retry
        QCOMPARE(button->state(), SyncNowButton::State::Syncing);
        QCOMPARE(traySync->text(), QStringLiteral("Cancel Sync"));
        clock.restart();
        traySync->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(button->state(), SyncNowButton::State::Idle, 5'000);
        QVERIFY2(clock.elapsed() < 1'000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(traySync->text(), QStringLiteral("Sync Now"));
        QCOMPARE(server.requests(usage), before + 1);   // no retry after the cancel
        runs = SyncRunRepository(db.connection()).list();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.first().status, SyncRun::Status::Cancelled);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE account_id = %1").arg(id)), 0);
        test::clearEnvironmentKey(db.connection(), id);
    }

    void accountDialogValidatesAndKeepsTheKeyOut()
    {
        AccountDialog dialog;
        QVERIFY(!dialog.validationError().isEmpty());   // no label yet
        dialog.findChild<QLineEdit *>(QStringLiteral("accountLabelLineEdit"))->setText(QStringLiteral("Work"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("API key")));   // a new account needs its key
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("accountKeyLineEdit"));
        key->setText(QStringLiteral("  typed-key  "));
        dialog.findChild<QLineEdit *>(QStringLiteral("accountBaseUrlLineEdit"))->setText(QStringLiteral("ftp://x"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("http")));
        dialog.findChild<QLineEdit *>(QStringLiteral("accountBaseUrlLineEdit"))
            ->setText(QStringLiteral("https://gw.example"));
        QVERIFY(dialog.validationError().isEmpty());
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.key(), QStringLiteral("typed-key"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("accountKeyHelpLabel"))
                    ->text()
                    .contains(QStringLiteral("admin key")));
        Account existing;
        existing.id = 7;
        existing.provider = QStringLiteral("anthropic");
        existing.label = QStringLiteral("Team");
        existing.enabled = false;
        dialog.setAccount(existing);
        QCOMPARE(dialog.account().enabled, false);
        QCOMPARE(dialog.account().provider, QStringLiteral("anthropic"));
        dialog.findChild<QCheckBox *>(QStringLiteral("accountEnabledCheckBox"))->setChecked(true);
        QCOMPARE(dialog.account().enabled, true);
    }

    void accountsPageAddsAndRemovesWithTheKeychain()
    {
        test::TestDatabase db;
        MemorySecretStore secrets;
        SyncService service(db.path(), QStringLiteral("org.tokenledger.test"));
        DbWorker worker(db.path());
        AccountsPage page(&worker, &secrets, &service);
        QSignalSpy refreshed(&page, &AccountsPage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(10'000));
        QVERIFY(page.rows().isEmpty());

        Account a;
        a.provider = QStringLiteral("groq");
        a.label = QStringLiteral("Fast");
        QSignalSpy message(&page, &AccountsPage::message);
        page.saveAccount(a, QStringLiteral("groq-key-not-real"));
        QTRY_COMPARE_WITH_TIMEOUT(page.rows().size(), 1, 10'000);
        QTRY_VERIFY(!message.isEmpty() && message.last().first().toString().contains(QStringLiteral("keychain")));
        const qint64 id = page.rows().first().account.id;
        const Account groq = page.rows().first().account;
        QCOMPARE(readAccountKeyNow(secrets, page.rows().first().account).secret, QStringLiteral("groq-key-not-real"));

        secrets.setUnavailable(true);
        Account b;
        b.provider = QStringLiteral("openai");
        b.label = QStringLiteral("No keychain");
        // The warning dialog is modal: close it as soon as it shows.
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        closer.start(50);
        page.saveAccount(b, QStringLiteral("key-that-must-not-be-kept"));
        // Without a keychain the account is not added at all: no row waits for a key it cannot get.
        QTRY_VERIFY(message.last().first().toString().contains(QStringLiteral("not added")));
        page.refresh();
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(page.rows().size(), 1);
        secrets.setUnavailable(false);

        // A locked keychain cannot delete the key: the account stays unless the user says to go on
        // (the question is answered "Cancel" here).
        secrets.setLocked(true);
        page.removeAccount(id, false);
        QTRY_VERIFY(message.last().first().toString().contains(QStringLiteral("was not removed")));
        QVERIFY(message.last().first().toString().contains(QStringLiteral("locked")));
        page.refresh();
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(page.rows().size(), 1);
        secrets.setLocked(false);
        QCOMPARE(readAccountKeyNow(secrets, groq).secret, QStringLiteral("groq-key-not-real"));

        page.removeAccount(id, false);
        QTRY_COMPARE_WITH_TIMEOUT(page.rows().size(), 0, 10'000);
        QCOMPARE(readAccountKeyNow(secrets, groq).status, SecretStore::Status::NotFound);
    }
};

QTEST_MAIN(TestSyncNow)
#include "tst_syncnow.moc"
