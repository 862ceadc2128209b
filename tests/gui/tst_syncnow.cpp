#include "accounts/accountdialog.h"
#include "accounts/accountspage.h"
#include "fakeproviderserver.h"
#include "mainwindow/mainwindow.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "storage/accountrepository.h"
#include "sync/synchistorypage.h"
#include "sync/syncnowbutton.h"
#include "sync/syncservice.h"
#include "testdatabase.h"

#include "storage/dbworker.h"
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace tl;

Q_DECLARE_METATYPE(tl::SyncNowButton::State)

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
