// File → Connect to a Team Database…: the dialog against the session's PostgreSQL server — a
// server that does not answer keeps the dialog open with the reason, a good one creates the schema
// (off the UI thread), files the password in the keychain and never in the URL.
#include "dashboard/dashboardpage.h"
#include "mainwindow/mainwindow.h"
#include "pgtestdatabase.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "storage/usagerepository.h"
#include "teamdb/teamdatabasedialog.h"
#include "testdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QUrl>

using namespace tl;

namespace {

void fill(TeamDatabaseDialog &dialog, const QUrl &url, const QString &password)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("hostLineEdit"))->setText(url.host());
    dialog.findChild<QSpinBox *>(QStringLiteral("portSpinBox"))->setValue(url.port());
    dialog.findChild<QLineEdit *>(QStringLiteral("databaseLineEdit"))->setText(url.path().mid(1));
    dialog.findChild<QLineEdit *>(QStringLiteral("userLineEdit"))->setText(url.userName());
    dialog.findChild<QComboBox *>(QStringLiteral("sslModeComboBox"))->setCurrentIndex(4);   // no TLS
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))->setText(password);
}

}   // namespace

class TestTeamDatabaseDialog : public QObject
{
    Q_OBJECT

private slots:
    void noServerKeepsTheDialogOpen()
    {
        TL_REQUIRE_TEST_SERVER();
        MemorySecretStore secrets;
        TeamDatabaseDialog dialog(DbProfile::sqliteFile(QStringLiteral("/tmp/x.sqlite")), &secrets);
        dialog.show();
        QUrl down(test::testServerUrl());
        down.setPort(1);
        fill(dialog, down, QStringLiteral("secret"));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("personalLedgerButton")));
        auto *connect = dialog.findChild<QPushButton *>(QStringLiteral("connectButton"));
        QTest::mouseClick(connect, Qt::LeftButton);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("No PostgreSQL server answers")), 20'000);
        QVERIFY(connect->isEnabled());
        QVERIFY(dialog.isVisible());
        QVERIFY(secrets.entries().isEmpty());   // nothing stored for a connection that failed
    }

    void connectsAndStoresThePassword()
    {
        TL_REQUIRE_TEST_SERVER();
        test::PgTestDatabase team;
        QVERIFY(team.isValid());
        const QUrl url(team.passwordRoleUrl());
        QVERIFY(url.isValid());
        MemorySecretStore secrets;
        TeamDatabaseDialog dialog(DbProfile::sqliteFile(QStringLiteral("/tmp/x.sqlite")), &secrets);
        dialog.show();
        fill(dialog, url, qEnvironmentVariable("TOKENLEDGER_TEST_PG_PASSWORD"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20'000);
        const DbProfile profile = dialog.profile();
        QVERIFY(profile.isPostgres());
        QCOMPARE(profile.databaseName(), team.name());
        QCOMPARE(profile.sslMode(), QStringLiteral("disable"));
        QVERIFY(!profile.displayName().contains(qEnvironmentVariable("TOKENLEDGER_TEST_PG_PASSWORD")));
        QCOMPARE(secrets.entries(), QStringList{profile.keychainEntry()});
        // The schema is there, created as that role.
        QCOMPARE(team.scalar(QStringLiteral("SELECT value FROM tokenledger_meta WHERE name = 'schema_version'"))
                     .toString()
                     .isEmpty(),
                 false);

        // Opened again on that team database, it offers the way back to the personal ledger.
        TeamDatabaseDialog again(profile, &secrets);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("databaseLineEdit"))->text(), team.name());
        auto *personal = again.findChild<QPushButton *>(QStringLiteral("personalLedgerButton"));
        QVERIFY(personal);
        QTest::mouseClick(personal, Qt::LeftButton);
        QVERIFY(again.personalChosen());
        QCOMPARE(again.result(), int(QDialog::Accepted));
    }

    // The window on a team database: its worker threads reach it by URL, the dashboard reads its
    // figures there, and every page opens.
    void windowOnATeamDatabase()
    {
        TL_REQUIRE_TEST_SERVER();
        test::TestDatabase db(test::Backend::Postgres);
        QVERIFY(db.isOpen());
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Team"));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QVERIFY(UsageRepository(db.connection())
                    .upsert({test::usage(account, today, QStringLiteral("gpt-4o"), 1000, 100, 123'000'000)})
                    .ok);
        Settings settings(db.folder() + QStringLiteral("/settings.ini"));
        MainWindow window(db.database(), settings);
        auto *dashboard = window.findChild<DashboardPage *>();
        QVERIFY(dashboard);
        QSignalSpy refreshed(dashboard, &DashboardPage::refreshed);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 20'000);
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebarListWidget"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pageStackedWidget"));
        for (int i = 0; i < sidebar->count(); ++i) {
            sidebar->setCurrentRow(i);
            QCOMPARE(pages->currentIndex(), i);
            QTest::qWait(200);   // each page's first read, on the worker thread
        }
    }
};

QTEST_MAIN(TestTeamDatabaseDialog)
#include "tst_teamdatabasedialog.moc"
