#include "accounts/accountdialog.h"
#include "accounts/accountspage.h"
#include "accounts/agentaccountdialog.h"
#include "accounts/agentsourcesdialog.h"
#include "mainwindow/mainwindow.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "storage/accountrepository.h"
#include "storage/agentrepository.h"
#include "storage/dbworker.h"
#include "sync/syncservice.h"
#include "testdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tl;

namespace {

QString fixture(const QString &name)
{
    return QDir::cleanPath(QStringLiteral(TOKENLEDGER_FIXTURES_DIR "/agents/") + name);
}

// Detection looks at HOME and the agents' own variables: point them at the fixtures (or nowhere).
void pointAgentsAt(const QString &home, bool fixtures)
{
    qputenv("HOME", home.toUtf8());
    for (const auto &[variable, folder] : {std::pair{"CLAUDE_CONFIG_DIR", "claude"}, std::pair{"CODEX_HOME", "codex"},
                                           std::pair{"GEMINI_DATA_DIR", "gemini"}}) {
        if (fixtures)
            qputenv(variable, fixture(QLatin1String(folder)).toUtf8());
        else
            qunsetenv(variable);
    }
}

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

AgentSourcesDialog *openAgentDialog(AccountsPage &page)
{
    page.addAgentClicked();
    AgentSourcesDialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] { return (dialog = page.findChild<AgentSourcesDialog *>()) != nullptr; }, 10'000);
    return dialog;
}

}   // namespace

// The Accounts page with coding agents: the detected-sources dialog, creating the accounts with
// their billing, editing their folders, and how the list shows them (local logs, never a key).
class TestAgentAccounts : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_home = std::make_unique<QTemporaryDir>(); }

    void detectedSourcesAreListedAndAdded()
    {
        pointAgentsAt(m_home->path(), true);
        test::TestDatabase db;
        MemorySecretStore secrets;
        SyncService service(db.path(), QStringLiteral("org.tokenledger.test"));
        DbWorker worker(db.path());
        AccountsPage page(&worker, &secrets, &service);
        page.refresh();
        QTRY_VERIFY(page.findChild<QTableView *>()->model()->rowCount() == 0);

        AgentSourcesDialog *dialog = openAgentDialog(page);
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("agentSourcesEmptyLabel")));
        for (const QString &key : {QStringLiteral("claude"), QStringLiteral("codex"), QStringLiteral("gemini")}) {
            auto *box = child<QGroupBox>(dialog, QStringLiteral("agentSource_%1_GroupBox").arg(key));
            QVERIFY(box);
            QVERIFY(box->isCheckable());
            QVERIFY2(!box->isChecked(), "consent: nothing is ticked before the user does");
            QVERIFY(child<QLabel>(dialog, QStringLiteral("agentSource_%1_StatusLabel").arg(key))
                        ->text()
                        .startsWith(QStringLiteral("Found ")));
            QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("agentSource_%1_FolderLineEdit").arg(key))->text(),
                     QDir::toNativeSeparators(fixture(key)));
        }
        // Nothing ticked: nothing to add.
        auto *add = child<QPushButton>(dialog, QStringLiteral("agentSourcesAddButton"));
        QVERIFY(!add->isEnabled());
        QVERIFY(dialog->plans().isEmpty());

        child<QGroupBox>(dialog, QStringLiteral("agentSource_claude_GroupBox"))->setChecked(true);
        child<QGroupBox>(dialog, QStringLiteral("agentSource_codex_GroupBox"))->setChecked(true);
        child<QRadioButton>(dialog, QStringLiteral("agentSource_codex_ApiKeyRadioButton"))->setChecked(true);
        QVERIFY(child<QLabel>(dialog, QStringLiteral("agentSource_codex_BillingLabel"))
                    ->text()
                    .contains(QStringLiteral("estimated spend")));
        QVERIFY(child<QLabel>(dialog, QStringLiteral("agentSource_claude_BillingLabel"))
                    ->text()
                    .contains(QStringLiteral("never added to spend")));
        QVERIFY(add->isEnabled());
        QCOMPARE(dialog->plans().size(), 2);

        QSignalSpy finished(&service, &SyncService::finished);
        add->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.rows().size(), 2, 10'000);
        const AccountRow claude = page.rows().at(0);
        const AccountRow codex = page.rows().at(1);
        QCOMPARE(claude.account.provider, QStringLiteral("claude-code"));
        QCOMPARE(claude.account.label, QStringLiteral("Claude Code on this computer"));
        QVERIFY(claude.account.subscription);
        QVERIFY2(secrets.entries().isEmpty(), "an agent account has no key");
        QCOMPARE(claude.agentFolders, QStringList{fixture(QStringLiteral("claude"))});
        QCOMPARE(codex.account.provider, QStringLiteral("codex-cli"));
        QVERIFY(!codex.account.subscription);

        // Both are synced (one after the other), so their history appears.
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 60'000);
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page.rows().size() == 2 && page.rows().at(0).health.lastSuccess.isValid() &&
                                     page.rows().at(1).health.lastSuccess.isValid(),
                                 10'000);
        QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM agent_requests")) > 0);

        // The list says "local logs" and where; never a key.
        QAbstractItemModel *model = page.findChild<QTableView *>(QStringLiteral("accountsTableView"))->model();
        QVERIFY(model->index(0, 2).data().toString().startsWith(QStringLiteral("Local logs: ")));
        QVERIFY(model->index(0, 2).data().toString().contains(QStringLiteral("subscription")));
        QVERIFY(model->index(1, 2).data().toString().contains(QStringLiteral("API key")));
        QVERIFY(!model->index(0, 2).data().toString().contains(QStringLiteral("keychain")));

        // A second look offers no second Claude Code account.
        dialog = openAgentDialog(page);
        QVERIFY(dialog);
        QVERIFY(!child<QGroupBox>(dialog, QStringLiteral("agentSource_claude_GroupBox"))->isEnabled());
        QVERIFY(child<QLabel>(dialog, QStringLiteral("agentSource_claude_StatusLabel"))
                    ->text()
                    .contains(QStringLiteral("Already followed")));
        dialog->reject();
    }

    void nothingDetectedIsSaidHonestly()
    {
        pointAgentsAt(m_home->path(), false);
        test::TestDatabase db;
        MemorySecretStore secrets;
        DbWorker worker(db.path());
        AccountsPage page(&worker, &secrets, nullptr);
        AgentSourcesDialog *dialog = openAgentDialog(page);
        QVERIFY(dialog);
        auto *empty = child<QLabel>(dialog, QStringLiteral("agentSourcesEmptyLabel"));
        QVERIFY(empty);
        QVERIFY2(empty->text().contains(QStringLiteral("~/.claude")), qPrintable(empty->text()));
        QVERIFY(empty->text().contains(QStringLiteral("~/.codex")));
        QVERIFY(empty->text().contains(QStringLiteral("by hand")));
        // A folder chosen by hand.
        child<QGroupBox>(dialog, QStringLiteral("agentSource_gemini_GroupBox"))->setChecked(true);
        auto *add = child<QPushButton>(dialog, QStringLiteral("agentSourcesAddButton"));
        QVERIFY(!add->isEnabled());
        QVERIFY(!dialog->validationError().isEmpty());
        child<QLineEdit>(dialog, QStringLiteral("agentSource_gemini_FolderLineEdit"))
            ->setText(fixture(QStringLiteral("gemini")));
        QVERIFY2(add->isEnabled(), qPrintable(dialog->validationError()));
        QCOMPARE(dialog->plans().size(), 1);
        QCOMPARE(dialog->plans().first().folders, QStringList{fixture(QStringLiteral("gemini"))});
        dialog->reject();
    }

    void editingAnAgentAccount()
    {
        pointAgentsAt(m_home->path(), false);
        test::TestDatabase db;
        bool created = false;
        const std::optional<Account> account =
            AgentRepository(db.connection())
                .accountFor(AgentKind::ClaudeCode, {fixture(QStringLiteral("claude"))}, &created);
        QVERIFY(account && created);
        MemorySecretStore secrets;
        DbWorker worker(db.path());
        AccountsPage page(&worker, &secrets, nullptr);
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(page.rows().size(), 1, 10'000);
        auto *table = page.findChild<QTableView *>(QStringLiteral("accountsTableView"));
        table->selectRow(0);

        // Check Folders instead of a connection test.
        auto *test = child<QPushButton>(&page, QStringLiteral("testConnectionButton"));
        QCOMPARE(test->text(), QStringLiteral("Check Folders"));
        QSignalSpy message(&page, &AccountsPage::message);
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            !message.isEmpty() && message.last().first().toString().contains(QStringLiteral("log file")), 10'000);
        QVERIFY2(message.last().first().toString().contains(QStringLiteral("holds 1 log file")),
                 qPrintable(message.last().first().toString()));

        // Edit opens the agent dialog: no key, no base URL.
        QString seen;
        QTimer::singleShot(200, this, [&seen] {
            QWidget *modal = QApplication::activeModalWidget();
            seen = modal ? modal->objectName() : QString();
            if (modal) {
                QVERIFY(!modal->findChild<QLineEdit *>(QStringLiteral("accountKeyLineEdit")));
                QVERIFY(!modal->findChild<QLineEdit *>(QStringLiteral("accountBaseUrlLineEdit")));
                static_cast<QDialog *>(modal)->reject();
            }
        });
        child<QPushButton>(&page, QStringLiteral("editAccountButton"))->click();
        QCOMPARE(seen, QStringLiteral("agentAccountDialog"));

        AgentAccountDialog dialog(page.rows().first().account, page.rows().first().agentFolders);
        QCOMPARE(dialog.folders(), QStringList{fixture(QStringLiteral("claude"))});
        QTemporaryDir second;
        dialog.addFolder(second.path());
        QCOMPARE(dialog.folders().size(), 2);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("agentFoldersListWidget"));
        list->setCurrentRow(0);
        child<QPushButton>(&dialog, QStringLiteral("agentRemoveFolderButton"))->click();
        QCOMPARE(dialog.folders(), QStringList{QDir::cleanPath(second.path())});
        child<QRadioButton>(&dialog, QStringLiteral("agentApiKeyRadioButton"))->setChecked(true);
        child<QLineEdit>(&dialog, QStringLiteral("agentLabelLineEdit"))->setText(QStringLiteral("Laptop Claude"));
        QVERIFY(dialog.validationError().isEmpty());
        page.saveAgentAccount(dialog.account(), dialog.folders());
        QTRY_VERIFY_WITH_TIMEOUT(
            page.rows().size() == 1 && page.rows().first().account.label == QStringLiteral("Laptop Claude"), 10'000);
        QVERIFY(!page.rows().first().account.subscription);
        QCOMPARE(page.rows().first().agentFolders, QStringList{QDir::cleanPath(second.path())});
        QCOMPARE(AgentRepository(db.connection()).folders(account->id), QStringList{QDir::cleanPath(second.path())});

        // A folder that does not exist is refused.
        dialog.addFolder(m_home->filePath(QStringLiteral("missing")));
        QVERIFY(dialog.validationError().contains(QStringLiteral("not a folder")));
    }

    void followSettingIsOffByDefaultAndPersisted()
    {
        test::TestDatabase db;
        MemorySecretStore secrets;
        SyncService service(db.path(), QStringLiteral("org.tokenledger.test"));
        const QString ini = db.folder() + QStringLiteral("/settings.ini");
        {
            Settings settings(ini);
            QCOMPARE(settings.value(keys::FollowAgentLogs), false);
            MainWindow window(db.database(), settings, {&service, &secrets});
            window.ensurePage(MainWindow::SettingsPageIndex);
            auto *follow = window.findChild<QCheckBox *>(QStringLiteral("followAgentLogsCheckBox"));
            QVERIFY(follow);
            QVERIFY(!follow->isChecked());
            QSignalSpy changed(&window, &MainWindow::followAgentLogsChanged);
            follow->setChecked(true);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.first().first().toBool(), true);
        }
        Settings reopened(ini);
        QCOMPARE(reopened.value(keys::FollowAgentLogs), true);
        MainWindow window(db.database(), reopened, {&service, &secrets});
        window.ensurePage(MainWindow::SettingsPageIndex);
        QVERIFY(window.findChild<QCheckBox *>(QStringLiteral("followAgentLogsCheckBox"))->isChecked());
    }

    void addAccountDialogOffersNoAgent()
    {
        AccountDialog dialog;
        auto *providers = dialog.findChild<QComboBox *>(QStringLiteral("accountProviderComboBox"));
        for (const QString &id :
             {QStringLiteral("claude-code"), QStringLiteral("codex-cli"), QStringLiteral("gemini-cli")})
            QCOMPARE(providers->findData(id), -1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

QTEST_MAIN(TestAgentAccounts)
#include "tst_agentaccounts.moc"
