#include "about/aboutdialog.h"
#include "accounts/accountspage.h"
#include "budgets/budgetspage.h"
#include "common/emptystate.h"
#include "common/translations.h"
#include "mainwindow/mainwindow.h"
#include "pricing/pricingpage.h"
#include "settings/settings.h"
#include "settingspage/settingspage.h"
#include "sync/synchistorypage.h"
#include "testdatabase.h"
#include "usage/usagepage.h"
#include "version.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace tl;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void sidebarHasEveryPage()
    {
        test::TestDatabase db;
        Settings settings(db.folder() + QStringLiteral("/settings.ini"));
        MainWindow window(db.database(), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebarListWidget"));
        QVERIFY(sidebar);
        const QStringList expected = {QStringLiteral("Dashboard"),    QStringLiteral("Usage"),
                                      QStringLiteral("Accounts"),     QStringLiteral("Budgets & Alerts"),
                                      QStringLiteral("Sync History"), QStringLiteral("Pricing"),
                                      QStringLiteral("Settings")};
        QCOMPARE(sidebar->count(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(sidebar->item(i)->text(), expected[i]);

        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pageStackedWidget"));
        for (int i = 0; i < expected.size(); ++i) {
            sidebar->setCurrentRow(i);
            QCOMPARE(pages->currentIndex(), i);
            QVERIFY(pages->currentWidget()->isVisible());
        }
    }

    // Start-up builds the dashboard alone; a page shown first is built then, and the others once
    // the dashboard's first figures are on screen.
    void pagesBesideTheDashboardAreBuiltWhenNeeded()
    {
        test::TestDatabase db;
        Settings settings(db.folder() + QStringLiteral("/settings.ini"));
        MainWindow window(db.database(), settings);
        QVERIFY(!window.findChild<UsagePage *>());
        QVERIFY(!window.findChild<SettingsPage *>());
        window.showPage(MainWindow::PricingPageIndex);
        QVERIFY(window.findChild<PricingPage *>());
        QVERIFY(!window.findChild<UsagePage *>());
        window.showPage(MainWindow::DashboardPageIndex);
        window.show();
        QTRY_VERIFY(window.findChild<UsagePage *>() && window.findChild<AccountsPage *>() &&
                    window.findChild<BudgetsPage *>() && window.findChild<SyncHistoryPage *>() &&
                    window.findChild<SettingsPage *>());
        QCOMPARE(window.findChildren<PricingPage *>().size(), 1);
    }

    void dashboardShowsHonestEmptyStateAndNextStep()
    {
        test::TestDatabase db;
        Settings settings(db.folder() + QStringLiteral("/settings.ini"));
        MainWindow window(db.database(), settings);
        window.showPage(MainWindow::DashboardPageIndex);
        // The no-data states are built when first shown, not with the window (most starts show figures).
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("welcomePanel")));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("dashboardEmptyState")));
        window.show();
        // A new user sees the three ways to their data (first-run panel), after the asynchronous read.
        QWidget *welcome = nullptr;
        QTRY_VERIFY((welcome = window.findChild<QWidget *>(QStringLiteral("welcomePanel"))) && welcome->isVisible());
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("dashboardEmptyState")));
        // Agent detection runs off the UI thread; this HOME has no agent logs, and it says so.
        auto *agents = window.findChild<QLabel *>(QStringLiteral("welcomeAgentsLabel"));
        QTRY_VERIFY(agents->text().contains(QStringLiteral("No Claude Code")));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("welcomeAgentsButton"))->isEnabled());
        // One click to the Add Account dialog.
        QString opened;
        QTimer::singleShot(0, this, [&opened] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                opened = QString::fromLatin1(dialog->metaObject()->className());
                qobject_cast<QDialog *>(dialog)->reject();
            }
        });
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("welcomeAccountButton")), Qt::LeftButton);
        QCOMPARE(opened, QStringLiteral("tl::AccountDialog"));
        QCOMPARE(window.currentPage(), MainWindow::AccountsPageIndex);
        // One click to the import dialog.
        window.showPage(MainWindow::DashboardPageIndex);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("welcomeImportButton")), Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::UsagePageIndex);
        QTRY_VERIFY(window.findChild<QDialog *>(QStringLiteral("importDialog")));
        window.findChild<QDialog *>(QStringLiteral("importDialog"))->reject();
        // The pages beside the dashboard are built once its first figures are on screen.
        for (const char *name : {"usageEmptyState", "accountsEmptyState", "syncHistoryEmptyState"}) {
            QTRY_VERIFY2(window.findChild<EmptyState *>(QLatin1String(name)), name);
            auto *state = window.findChild<EmptyState *>(QLatin1String(name));
            QVERIFY(!state->title().isEmpty());
            QVERIFY(!state->body().isEmpty());
        }
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("budgetsEmptyLabel")));
        auto *noBudgets = window.findChild<QLabel *>(QStringLiteral("budgetsEmptyLabel"));
        QVERIFY(noBudgets && noBudgets->text().contains(QStringLiteral("No budgets yet")));
        // Said where the budgets would be, in the This month tab, not above an empty tab.
        auto *budgetTabs = window.findChild<QTabWidget *>(QStringLiteral("budgetTabWidget"));
        QVERIFY(budgetTabs && budgetTabs->widget(0)->isAncestorOf(noBudgets));
        auto *dbLabel = window.findChild<QLabel *>(QStringLiteral("databasePathLabel"));
        QVERIFY(dbLabel);
        QCOMPARE(dbLabel->text(), db.path());
    }

    void restoresSizePositionAndPage()
    {
        test::TestDatabase db;
        const QString ini = db.folder() + QStringLiteral("/settings.ini");
        {
            Settings settings(ini);
            MainWindow window(db.database(), settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setGeometry(40, 50, 1001, 702);
            window.showPage(MainWindow::PricingPageIndex);
            window.close();
        }
        Settings settings(ini);
        MainWindow window(db.database(), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1001, 702));
        QCOMPARE(window.geometry().topLeft(), QPoint(40, 50));
        QCOMPARE(window.currentPage(), MainWindow::PricingPageIndex);
    }

    void germanTranslationIsCompiledIn()
    {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        test::TestDatabase db;
        Settings settings(db.folder() + QStringLiteral("/settings.ini"));
        {
            MainWindow window(db.database(), settings);
            auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebarListWidget"));
            QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Übersicht"));
            QCOMPARE(sidebar->item(MainWindow::BudgetsPageIndex)->text(), QStringLiteral("Budgets & Warnungen"));
        }
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    // Korean and Russian are compiled in too; Russian has three plural forms.
    void koreanAndRussianAreCompiledIn()
    {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::Russian, QLocale::Russia)));
        const auto alerts = [](int n) {
            return QCoreApplication::translate("tl::TrayController", "TokenLedger — %n unread alert(s)", nullptr, n);
        };
        // One, few, many: three different words for "alert".
        QCOMPARE(QSet<QString>({alerts(1).section(QLatin1Char(' '), -1), alerts(3).section(QLatin1Char(' '), -1),
                                alerts(5).section(QLatin1Char(' '), -1)})
                     .size(),
                 3);
        QCOMPARE(alerts(21).section(QLatin1Char(' '), -1), alerts(1).section(QLatin1Char(' '), -1));
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::Korean, QLocale::SouthKorea)));
        const QString settings = QCoreApplication::translate("tl::MainWindow", "Settings");
        QVERIFY(settings != QLatin1String("Settings"));
        QVERIFY(settings.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"))));   // Hangul
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    // Settings can override the system's language; it applies at the next start.
    void settingsChooseTheLanguage()
    {
        QCOMPARE(availableLanguages(),
                 (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ru")}));
        const QLocale austrian(QLocale::German, QLocale::Austria);
        QCOMPARE(localeForLanguage({}, austrian), austrian);
        QCOMPARE(localeForLanguage(QStringLiteral("xx"), austrian), austrian);
        QCOMPARE(localeForLanguage(QStringLiteral("de"), austrian), austrian);   // the system's territory kept
        QCOMPARE(localeForLanguage(QStringLiteral("ru"), austrian).language(), QLocale::Russian);
        QCOMPARE(localeForLanguage(QStringLiteral("ko"), austrian).language(), QLocale::Korean);

        test::TestDatabase db;
        const QString ini = db.folder() + QStringLiteral("/settings.ini");
        {
            Settings settings(ini);
            MainWindow window(db.database(), settings);
            window.ensurePage(MainWindow::SettingsPageIndex);
            auto *language = window.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
            QVERIFY(language);
            QCOMPARE(language->currentData().toString(), QString());   // as the system
            QCOMPARE(language->count(), 5);
            QVERIFY(language->findText(QStringLiteral("Русский")) > 0);
            QVERIFY(language->findText(QStringLiteral("한국어")) > 0);
            QVERIFY(language->findText(QStringLiteral("English")) > 0);
            language->setCurrentIndex(language->findData(QStringLiteral("ru")));
        }
        Settings reopened(ini);
        QCOMPARE(reopened.value(keys::Language), QStringLiteral("ru"));
        MainWindow window(db.database(), reopened);
        window.ensurePage(MainWindow::SettingsPageIndex);
        QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("languageComboBox"))->currentData().toString(),
                 QStringLiteral("ru"));
    }

    // A system without LANG (the C locale) is named as the English the window then speaks, not "()".
    void languageNamesInTheirOwnWords()
    {
        QCOMPARE(nativeLanguageName(QLocale::c()), QStringLiteral("English"));
        QCOMPARE(nativeLanguageName(QLocale(QStringLiteral("en_US"))), QStringLiteral("English"));
        QCOMPARE(nativeLanguageName(QLocale(QStringLiteral("de"))), QStringLiteral("Deutsch"));
        QCOMPARE(nativeLanguageName(QLocale(QStringLiteral("ru"))), QStringLiteral("Русский"));
    }

    // English is the source language; its plural forms come from a small file kept by hand.
    void englishPluralsCoverEveryPlural()
    {
        const auto plurals = [](const QString &file) {
            QFile f(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../translations/") + file);
            if (!f.open(QIODevice::ReadOnly))
                return QSet<QString>{QStringLiteral("<missing>")};
            QSet<QString> out;
            QXmlStreamReader xml(&f);
            QString context;
            bool numerus = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"name")
                    context = xml.readElementText();
                else if (xml.name() == u"message")
                    numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                else if (xml.name() == u"source" && numerus)
                    out.insert(context + QLatin1Char('|') + xml.readElementText());
            }
            return out;
        };
        const QSet<QString> german = plurals(QStringLiteral("tokenledger_de.ts"));
        const QSet<QString> english = plurals(QStringLiteral("tokenledger_en.ts"));
        QVERIFY(!german.isEmpty());
        for (const QString &message : german)
            QVERIFY2(english.contains(message), qPrintable(QStringLiteral("tokenledger_en.ts lacks ") + message));

        QVERIFY(!installTranslations(*qApp, QLocale::c()));   // no C translation: English plurals instead
        QCOMPARE(QCoreApplication::translate("tl::TrayController", "TokenLedger — %n unread alert(s)", nullptr, 1),
                 QStringLiteral("TokenLedger — 1 unread alert"));
        QCOMPARE(QCoreApplication::translate("tl::TrayController", "TokenLedger — %n unread alert(s)", nullptr, 3),
                 QStringLiteral("TokenLedger — 3 unread alerts"));
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void aboutDialogShowsVersionAndLicences()
    {
        AboutDialog dialog;
        auto *title = dialog.findChild<QLabel *>(QStringLiteral("aboutTitleLabel"));
        QVERIFY(title);
        QVERIFY(title->text().contains(QStringLiteral(TOKENLEDGER_VERSION)));
        auto *licences = dialog.findChild<QTextBrowser *>(QStringLiteral("licenceTextBrowser"));
        QVERIFY(licences);
        const QString text = licences->toPlainText();
        for (const char *needle : {"General Public License", "Qt", "QtKeychain", "SQLite", "genai-prices", "MIT"})
            QVERIFY2(text.contains(QLatin1String(needle)), needle);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
