// tokenledger-screenshot: renders the main window on a page and saves it as PNG, so every UI
// change can be looked at (offscreen or under Xvfb). Not a test; built with the tests.
//   tokenledger-screenshot --db PATH --page N --out FILE.png [--size WxH] [--about]
//                          [--demo-sync] [--fail PROVIDER] [--states DIR] [--today YYYY-MM-DD]
//                          [--demo-days N] [--reconcile ROW] [--dark]
//                          [--budget USD[,USD]] [--tray-menu] [--usage-tab N]
//                          [--import FILE [--no-check | --then-import]]
//                          [--imported PROVIDER=FILE ...] [--removed ID] [--import-row ID [--confirm-removal]]
//                          [--quality-row N] [--agents] [--agent-home DIR] [--agent-accounts]
//                          [--agent-dialog [--agent-tick KEYS]] [--agent-edit] [--period SETTING]
//                          [--first-paint]
// --demo-sync adds accounts that point at a loopback fake provider server (the test fixtures)
// and runs Sync Now through the window first; --fail makes that provider answer 401 on a second
// sync; --states saves a shot of the toolbar area at every Sync Now state. --imported imports a
// file through core (recorded in the import history) into the first account of that provider, or
// a new "<Provider> Console" one, before the window opens; --removed removes an import in the window;
// --import-row shows Usage → Imports with that import selected, and --confirm-removal captures
// its removal's confirmation; --quality-row selects a data-quality finding. --agents adds Claude
// Code (subscription), Codex CLI (subscription) and Gemini CLI (API key) accounts with logs
// generated relative to the screenshot's clock, imported through core; with --tray-menu the
// tooltip (agents' windows) is printed on standard output.
// --agent-home points HOME and CLAUDE_CONFIG_DIR / CODEX_HOME / GEMINI_DATA_DIR at DIR/claude,
// DIR/codex, DIR/gemini (an empty DIR shows the nothing-found state); --agent-accounts adds and
// imports Claude Code (subscription) and Codex CLI (API key) accounts from there; --agent-dialog
// captures Add Coding Agent with the agents of --agent-tick (claude,codex,gemini) ticked;
// --agent-edit the first agent account's Edit. --first-paint captures the window as the dashboard's
// first frame with figures showed it (the sections below the window are filled after that frame).
#include "about/aboutdialog.h"
#include "accounts/accountdialog.h"
#include "accounts/accountspage.h"
#include "accounts/agentaccountdialog.h"
#include "accounts/agentsourcesdialog.h"
#include "agentlogs.h"
#include "agents/agentimporter.h"
#include "agents/agentsources.h"
#include "alerts/alerts.h"
#include "alerts/budgets.h"
#include "alerts/traycontroller.h"
#include "charts/dailyspendchart.h"
#include "common/clock.h"
#include "common/translations.h"
#include "dashboard/dashboardpage.h"
#include "demohistory.h"
#include "fakeproviderserver.h"
#include "io/csvimport.h"
#include "mainwindow/mainwindow.h"
#include "pricing/pricingservice.h"
#include "providers/providercatalog.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "storage/accountrepository.h"
#include "storage/agentrepository.h"
#include "storage/database.h"
#include "storage/dbworker.h"
#include "storage/manualentryrepository.h"
#include "sync/syncnowbutton.h"
#include "sync/syncservice.h"
#include "teamdb/teamdatabasedialog.h"
#include "usage/importdialog.h"
#include "usage/importsview.h"
#include "usage/qualityview.h"
#include "usage/reconciliationview.h"
#include "usage/usagepage.h"

#include "screenshotdata.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

void waitForSync(tl::SyncService &service, tl::SyncNowButton *button)
{
    QEventLoop loop;
    QObject::connect(&service, &tl::SyncService::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    button->click();
    loop.exec();
}

// --first-paint: the window as the daily chart's first paint with figures left it, captured before
// the page's least urgent work (the sections below the window, filled at low priority) runs.
class FirstFrame final : public QObject
{
public:
    FirstFrame(tl::DashboardPage *dashboard, QWidget *window, QString out)
        : m_dashboard(dashboard)
        , m_window(window)
        , m_out(std::move(out))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_dashboard->figuresInView()) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("sections waiting for the next paint: %d\n",
                            int(m_dashboard->sectionsAwaitingFigures().size()));
                QApplication::exit(m_window->grab().save(m_out) ? 0 : 1);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    tl::DashboardPage *m_dashboard;
    QWidget *m_window;
    QString m_out;
    bool m_done = false;
};

}   // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TokenLedger"));
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Sidebar page index."), QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("PNG file."), QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"),
                                  QStringLiteral("1180x760"));
    const QCommandLineOption about(QStringLiteral("about"), QStringLiteral("Capture the About dialog instead."));
    const QCommandLineOption teamDialog(QStringLiteral("team-dialog"),
                                        QStringLiteral("Capture File > Connect to a Team Database instead."));
    const QCommandLineOption demoSync(QStringLiteral("demo-sync"), QStringLiteral("Sync fixture accounts first."));
    const QCommandLineOption fail(QStringLiteral("fail"), QStringLiteral("Provider failing a second sync."),
                                  QStringLiteral("PROVIDER"));
    const QCommandLineOption states(QStringLiteral("states"), QStringLiteral("Folder for Sync Now state shots."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption today(QStringLiteral("today"), QStringLiteral("The dashboard's today (UTC)."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption demoDays(QStringLiteral("demo-days"),
                                      QStringLiteral("With --demo-sync: serve N days of generated history."),
                                      QStringLiteral("N"));
    const QCommandLineOption reconcile(QStringLiteral("reconcile"),
                                       QStringLiteral("Usage page: the billed-vs-estimated tab, row N selected."),
                                       QStringLiteral("N"));
    const QCommandLineOption budget(QStringLiteral("budget"), QStringLiteral("Add monthly budgets of these USD."),
                                    QStringLiteral("USD[,USD]"));
    const QCommandLineOption trayMenu(QStringLiteral("tray-menu"), QStringLiteral("Capture the tray menu instead."));
    const QCommandLineOption usageTab(QStringLiteral("usage-tab"), QStringLiteral("Usage page tab index."),
                                      QStringLiteral("N"));
    const QCommandLineOption importFile(QStringLiteral("import"),
                                        QStringLiteral("Capture the import dialog, checked, for this CSV file."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption noCheck(QStringLiteral("no-check"),
                                     QStringLiteral("With --import: capture the dialog before Check file."));
    const QCommandLineOption thenImport(
        QStringLiteral("then-import"),
        QStringLiteral("With --import: import the file, close the dialog and capture the window."));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("A dark Fusion palette."));
    const QCommandLineOption accountDialog(QStringLiteral("account-dialog"),
                                           QStringLiteral("Capture the Add Account dialog with this base URL."),
                                           QStringLiteral("URL"));
    parser.addOption(accountDialog);
    const QCommandLineOption imported(QStringLiteral("imported"),
                                      QStringLiteral("Import FILE into an account of PROVIDER first (repeatable)."),
                                      QStringLiteral("PROVIDER=FILE"));
    const QCommandLineOption removed(QStringLiteral("removed"), QStringLiteral("Then remove this import."),
                                     QStringLiteral("ID"));
    const QCommandLineOption importRow(QStringLiteral("import-row"),
                                       QStringLiteral("Usage → Imports with this import selected."),
                                       QStringLiteral("ID"));
    const QCommandLineOption confirmRemoval(QStringLiteral("confirm-removal"),
                                            QStringLiteral("With --import-row: capture the removal's confirmation."));
    const QCommandLineOption qualityRow(QStringLiteral("quality-row"),
                                        QStringLiteral("Usage → Data quality with finding N selected."),
                                        QStringLiteral("N"));
    const QCommandLineOption agentsOption(QStringLiteral("agents"),
                                          QStringLiteral("Add coding-agent accounts with demo logs first."));
    parser.addOptions({imported, removed, importRow, confirmRemoval, qualityRow, agentsOption});
    const QCommandLineOption agentHome(QStringLiteral("agent-home"),
                                       QStringLiteral("Coding agents' folders: DIR/claude, DIR/codex, DIR/gemini."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption agentAccounts(QStringLiteral("agent-accounts"),
                                           QStringLiteral("Add and import agent accounts from --agent-home."));
    const QCommandLineOption agentDialog(QStringLiteral("agent-dialog"),
                                         QStringLiteral("Capture the Add Coding Agent dialog."));
    const QCommandLineOption agentTick(QStringLiteral("agent-tick"),
                                       QStringLiteral("With --agent-dialog: tick these agents."),
                                       QStringLiteral("KEYS"));
    const QCommandLineOption agentEdit(QStringLiteral("agent-edit"),
                                       QStringLiteral("Capture the Edit dialog of the first agent account."));
    parser.addOptions({agentHome, agentAccounts, agentDialog, agentTick, agentEdit});
    const QCommandLineOption period(QStringLiteral("period"),
                                    QStringLiteral("The window's period (month:2026-01, last:30, quarter:2026-Q1, "
                                                   "year:2026, range:A..B); default: this month."),
                                    QStringLiteral("SETTING"));
    parser.addOption(period);
    const QCommandLineOption firstPaint(QStringLiteral("first-paint"),
                                        QStringLiteral("Capture the dashboard's first frame with figures."));
    parser.addOption(firstPaint);
    parser.addOptions({db, page, out, size, about, teamDialog, demoSync, fail, states, today, demoDays, reconcile, dark,
                       budget, trayMenu, usageTab, importFile, noCheck, thenImport});
    parser.process(app);
    tl::installTranslations(app);   // as the app does: the locale's strings, else English plural forms
    if (parser.isSet(dark)) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
        p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x22));
        p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x37));
        p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
        p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd8));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x5a));
        p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa6));
        p.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xf5));
        // Disabled controls must look disabled, as in a real dark theme.
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x80));
        p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x30, 0x30, 0x33));
        QApplication::setPalette(p);
    }

    if (parser.isSet(agentHome)) {
        const QDir home(parser.value(agentHome));
        qputenv("HOME", home.absolutePath().toUtf8());
        for (const auto &[variable, folder] :
             {std::pair{"CLAUDE_CONFIG_DIR", "claude"}, std::pair{"CODEX_HOME", "codex"},
              std::pair{"GEMINI_DATA_DIR", "gemini"}}) {
            if (home.exists(QLatin1String(folder)))
                qputenv(variable, home.filePath(QLatin1String(folder)).toUtf8());
            else
                qunsetenv(variable);
        }
    }

    tl::Database database;
    if (!database.open(parser.value(db))) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    tl::test::FakeProviderServer server;
    if (parser.isSet(demoSync)) {
        server.start();
        server.loadStandardFixtures();
        if (parser.isSet(demoDays)) {
            const QDate end =
                parser.isSet(today) ? QDate::fromString(parser.value(today), Qt::ISODate) : QDate::currentDate();
            tl::test::loadDemoHistory(server, end.addDays(-parser.value(demoDays).toInt()), end.addDays(-1));
        }
        tl::screenshot::addDemoAccounts(database, server);
        for (const tl::Account &a : tl::AccountRepository(database.connection()).list())
            qputenv(qPrintable(tl::keyEnvironmentVariable(a.keyRef)), "demo-key-not-real");
    }
    if (parser.isSet(budget) && tl::BudgetRepository(database.connection()).list().isEmpty()) {
        const QStringList amounts = parser.value(budget).split(QLatin1Char(','));
        for (qsizetype i = 0; i < amounts.size(); ++i) {
            tl::Budget b;
            b.name = i == 0 ? QStringLiteral("Team total") : QStringLiteral("OpenAI");
            b.scope = i == 0 ? tl::Budget::Scope::All : tl::Budget::Scope::Provider;
            b.scopeValue = i == 0 ? QString() : QStringLiteral("openai");
            b.amount = *tl::Money::fromDecimal(amounts.at(i));
            tl::BudgetRepository(database.connection()).add(b);
        }
    }
    for (const QString &spec : parser.values(imported)) {
        if (!tl::screenshot::seedImport(database, spec.section(QLatin1Char('='), 0, 0),
                                        spec.section(QLatin1Char('='), 1)))
            return 1;
    }
    QDateTime screenshotNow = QDateTime::currentDateTimeUtc();
    if (parser.isSet(today))
        screenshotNow = QDateTime(QDate::fromString(parser.value(today), Qt::ISODate), QTime(15, 0), Qt::UTC);
    QTemporaryDir agentLogs;
    if (parser.isSet(agentsOption) && tl::AgentRepository(database.connection()).accounts().isEmpty() &&
        !tl::screenshot::seedAgents(database, screenshotNow, agentLogs.path()))
        return 1;
    if (parser.isSet(agentAccounts) && !tl::screenshot::seedAgents(database, parser.value(agentHome))) {
        std::fprintf(stderr, "cannot add the agent accounts\n");
        return 1;
    }
    tl::Settings settings(QDir::temp().filePath(QStringLiteral("tokenledger-screenshot.ini")));
    settings.setValue(tl::keys::ViewPeriod, parser.value(period));
    tl::MemorySecretStore secrets;
    tl::SyncOptions options;
    options.retry.baseDelayMs = 10;
    tl::SyncService sync(database.path(), QStringLiteral("org.tokenledger.screenshot"), options);
    tl::FixedClock clock(screenshotNow);
    tl::MainWindow window(database, settings, {&sync, &secrets, &clock});
    // Every page at once (the window builds the others after the dashboard's first paint): the
    // options below reach into them.
    for (int p = 0; p < tl::MainWindow::PageCount; ++p)
        window.ensurePage(static_cast<tl::MainWindow::Page>(p));
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.showPage(static_cast<tl::MainWindow::Page>(parser.value(page).toInt()));
    window.show();
    FirstFrame firstFrame(window.findChild<tl::DashboardPage *>(), &window, parser.value(out));
    if (parser.isSet(firstPaint))
        window.findChild<tl::DashboardPage *>()->dailyChart()->viewport()->installEventFilter(&firstFrame);
    tl::AboutDialog dialog(&window);
    if (parser.isSet(about))
        dialog.show();
    tl::TeamDatabaseDialog team(tl::DbProfile(), &secrets, &window);
    if (parser.isSet(teamDialog))
        team.show();
    tl::AccountDialog addAccount(&window);
    if (parser.isSet(accountDialog)) {
        addAccount.findChild<QLineEdit *>(QStringLiteral("accountLabelLineEdit"))->setText(QStringLiteral("Lab proxy"));
        addAccount.findChild<QLineEdit *>(QStringLiteral("accountBaseUrlLineEdit"))
            ->setText(parser.value(accountDialog));
        addAccount.show();
    }

    if (parser.isSet(states)) {
        const QString folder = parser.value(states);
        QObject::connect(window.syncNowButton(), &tl::SyncNowButton::stateChanged, &window,
                         [&window, folder](tl::SyncNowButton::State state) {
                             static int n = 0;
                             const char *names[] = {"idle", "syncing", "success", "error"};
                             window.grab(QRect(window.width() - 520, 0, 520, 90))
                                 .save(QStringLiteral("%1/syncnow-%2-%3.png")
                                           .arg(folder)
                                           .arg(++n)
                                           .arg(QLatin1String(names[int(state)])));
                         });
    }
    if (parser.isSet(demoSync)) {
        QTimer::singleShot(300, &app, [&] {
            window.syncNowButton()->setSuccessDisplayMs(500);
            waitForSync(sync, window.syncNowButton());
            if (parser.isSet(fail)) {
                const QString provider = parser.value(fail);
                const QString path = provider == u"openai"
                                         ? QStringLiteral("/openai/v1/organization/usage/completions")
                                         : QStringLiteral("/anthropic/v1/organizations/usage_report/messages");
                server.setFault(path, {401, "{\"error\":{\"message\":\"invalid x-api-key\"}}", {}, false});
                waitForSync(sync, window.syncNowButton());
            }
        });
    }
    if (parser.isSet(usageTab))
        window.findChild<QTabWidget *>(QStringLiteral("usageTabWidget"))
            ->setCurrentIndex(parser.value(usageTab).toInt());
    std::unique_ptr<tl::ImportDialog> importDialog;
    if (parser.isSet(importFile) && parser.isSet(thenImport)) {
        // As a user would: from the Usage page, so the window follows the import.
        QTimer::singleShot(300, &app, [&] {
            window.findChild<tl::UsagePage *>()->openImport();
            auto *fromPage = window.findChild<tl::ImportDialog *>();
            QObject::connect(fromPage, &tl::ImportDialog::imported, fromPage, &QDialog::close);
            fromPage->setFile(parser.value(importFile));
            fromPage->runImport();
        });
    } else if (parser.isSet(importFile)) {
        QList<std::pair<qint64, QString>> accounts;
        for (const tl::Account &a : tl::AccountRepository(database.connection()).list())
            accounts.append(
                {a.id, a.label + QStringLiteral(" (") + tl::providerDisplayName(a.provider) + QLatin1Char(')')});
        importDialog = std::make_unique<tl::ImportDialog>(window.findChild<tl::DbWorker *>(), accounts, &window);
        importDialog->setFile(parser.value(importFile));
        importDialog->show();
        if (!parser.isSet(noCheck))
            QTimer::singleShot(300, &app, [&] { importDialog->check(); });
    }
    if (parser.isSet(reconcile)) {
        window.findChild<QTabWidget *>(QStringLiteral("usageTabWidget"))->setCurrentIndex(1);
        QTimer::singleShot(parser.isSet(demoSync) ? 8000 : 500, &app, [&] {
            tl::ReconciliationView *view = window.findChild<tl::UsagePage *>()->reconciliation();
            view->setOnlyGaps(true);
            view->selectRow(parser.value(reconcile).toInt());
        });
    }
    if (parser.isSet(removed)) {
        // As a user would once the confirmation is answered, so the view shows the outcome.
        QTimer::singleShot(300, &app, [&] {
            auto *usage = window.findChild<tl::UsagePage *>();
            usage->showImports(parser.value(removed).toLongLong());
            usage->imports()->removeImport(parser.value(removed).toLongLong(), tl::ImportsView::Confirm::No);
        });
    }
    if (parser.isSet(importRow)) {
        QTimer::singleShot(parser.isSet(demoSync) ? 8000 : 700, &app, [&] {
            window.findChild<tl::UsagePage *>()->showImports(parser.value(importRow).toLongLong());
            if (parser.isSet(confirmRemoval))
                QTimer::singleShot(
                    300, &app, [&] { window.findChild<QPushButton *>(QStringLiteral("removeImportButton"))->click(); });
        });
    }
    if (parser.isSet(qualityRow)) {
        window.findChild<QTabWidget *>(QStringLiteral("usageTabWidget"))->setCurrentIndex(2);
        QTimer::singleShot(parser.isSet(demoSync) ? 8000 : 500, &app, [&] {
            window.findChild<tl::UsagePage *>()->quality()->selectFinding(parser.value(qualityRow).toInt());
        });
    }
    std::unique_ptr<tl::AgentAccountDialog> agentEditDialog;
    if (parser.isSet(agentDialog)) {
        QTimer::singleShot(300, &app, [&] {
            window.findChild<tl::AccountsPage *>()->addAgentClicked();
            QTimer::singleShot(400, &app, [&] {
                auto *sources = window.findChild<tl::AgentSourcesDialog *>();
                for (const QString &key : parser.value(agentTick).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    if (auto *box = sources->findChild<QGroupBox *>(QStringLiteral("agentSource_%1_GroupBox").arg(key)))
                        box->setChecked(true);
                }
            });
        });
    }
    if (parser.isSet(agentEdit)) {
        for (const tl::Account &a : tl::AgentRepository(database.connection()).accounts()) {
            if (!agentEditDialog)
                agentEditDialog = std::make_unique<tl::AgentAccountDialog>(
                    a, tl::AgentRepository(database.connection()).folders(a.id), &window);
        }
        if (agentEditDialog)
            agentEditDialog->show();
    }
    const int captureMs = parser.isSet(demoSync) ? 9000 : parser.isSet(thenImport) ? 2500 : 1200;
    QTimer::singleShot(captureMs, &app, [&] {
        if (parser.isSet(trayMenu)) {
            const QList<tl::Alert> alerts = tl::AlertRepository(database.connection()).list(1);
            if (!alerts.isEmpty())
                window.tray()->setLatestAlert(alerts.first());
            std::printf("tray tooltip:\n%s\n", qPrintable(window.tray()->toolTip()));
            QMenu *menu = window.tray()->menu();
            menu->adjustSize();
            const bool ok = menu->grab().save(parser.value(out));
            QApplication::exit(ok ? 0 : 1);
            return;
        }
        if (parser.isSet(confirmRemoval)) {
            auto *box = window.findChild<QMessageBox *>(QStringLiteral("removeImportMessageBox"));
            const bool ok = box && box->grab().save(parser.value(out));
            QApplication::exit(ok ? 0 : 1);
            return;
        }
        if (parser.isSet(agentDialog)) {
            auto *sources = window.findChild<tl::AgentSourcesDialog *>();
            const bool ok = sources && sources->grab().save(parser.value(out));
            QApplication::exit(ok ? 0 : 1);
            return;
        }
        if (agentEditDialog) {
            const bool ok = agentEditDialog->grab().save(parser.value(out));
            QApplication::exit(ok ? 0 : 1);
            return;
        }
        QWidget *target = parser.isSet(about)           ? static_cast<QWidget *>(&dialog)
                          : parser.isSet(teamDialog)    ? static_cast<QWidget *>(&team)
                          : parser.isSet(accountDialog) ? static_cast<QWidget *>(&addAccount)
                          : importDialog != nullptr     ? static_cast<QWidget *>(importDialog.get())
                                                        : &window;
        const bool ok = target->grab().save(parser.value(out));
        QApplication::exit(ok ? 0 : 1);
    });
    return QApplication::exec();
}
