#include "gui.h"

#include "agents/agentwatcher.h"
#include "common/lazyicons.h"
#include "common/translations.h"
#include "identity.h"
#include "mainwindow/mainwindow.h"
#include "secrets/dbpasswords.h"
#include "secrets/secretstore.h"
#include "settings/profile.h"
#include "settings/settings.h"
#include "startupprobe.h"
#include "storage/agentrepository.h"
#include "storage/database.h"
#include "storage/dbpasswordcache.h"
#include "storage/dbworker.h"
#include "storage/syncrunrepository.h"
#include "sync/syncqueue.h"
#include "sync/syncscheduler.h"
#include "sync/syncservice.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QMessageBox>
#include <QThread>

#include <algorithm>
#include <memory>

namespace tl {

namespace {

// The enabled coding-agent accounts whose logs are on this desktop, and their folders (on a
// DbWorker thread). On a team database a teammate's agent account reads their computer, not this one.
QList<AgentWatcher::Source> agentSources(QSqlDatabase db)
{
    QList<AgentWatcher::Source> sources;
    AgentRepository agents(db);
    for (const Account &a : agents.localAccounts()) {
        const std::optional<AgentKind> kind = agentKindForProvider(a.provider);
        if (a.enabled && kind)
            sources.append({a.id, *kind, agents.folders(a.id)});
    }
    return sources;
}

// Opens the profile's ledger; a team database's password comes from the keychain (or .pgpass) and
// is kept in memory for the connections the worker threads open.
bool openLedger(const Profile &profile, Database *database, QString *error)
{
    if (!profile.ensureFolders(error))
        return false;
    const QString location = profile.databasePath();
    if (DbProfile::isPostgresUrl(location)) {
        if (const std::optional<DbProfile> team = DbProfile::parse(location, error)) {
            KeychainSecretStore keychain(QStringLiteral(TOKENLEDGER_KEYCHAIN_SERVICE));
            const SecretStore::Result read = readDatabasePasswordNow(keychain, *team);
            if (read.status == SecretStore::Status::Ok)
                rememberDatabasePassword(*team, read.secret);
        } else {
            return false;
        }
    }
    if (database->open(location))
        return true;
    *error = database->errorString();
    return false;
}

}   // namespace

int runGui(int &argc, char **argv, const cli::GlobalOptions &options)
{
    startupProbeMark("main");
    // Declared first, so destroyed last: when everything of the window has been torn down.
    const struct TornDown
    {
        ~TornDown() { startupProbeMark("torn-down"); }
    } tornDown;
    QApplication app(argc, argv);
    startupProbeMark("application");
    // The style's stock icons are read when first drawn (lazyicons.h); set before any widget.
    QApplication::setStyle(new LazyIconStyle(QApplication::style()->name()));
    setApplicationIdentity();
    QApplication::setDesktopFileName(QStringLiteral(TOKENLEDGER_APP_ID));
    // The SVG icon loads the SVG icon engine and its library: set once the window has started up
    // (the window manager then shows it), or before a message box shown instead of the window.
    const auto setWindowIcon = [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokenledger.svg"))); };
    Profile profile = options.profileFolder.isEmpty() ? Profile::standard() : Profile::inFolder(options.profileFolder);
    const Profile personal = profile;
    // --db wins; else the team database File → Connect chose; else the profile's SQLite file.
    const QString team = Settings(profile.settingsPath()).value(keys::TeamDatabase);
    if (!options.databasePath.isEmpty())
        profile.setDatabasePath(options.databasePath);
    else if (!team.isEmpty())
        profile.setDatabasePath(team);
    // The language Settings chose (else the system's); dates and numbers on screen follow it.
    const QLocale locale = localeForLanguage(Settings(profile.settingsPath()).value(keys::Language));
    QLocale::setDefault(locale);
    installTranslations(app, locale);

    QString error;
    Database database;
    if (!openLedger(profile, &database, &error)) {
        // A team database chosen in the window that cannot be reached today: the personal
        // ledger still opens, and File → Connect can fix the address or the password.
        const bool fromSettings = options.databasePath.isEmpty() && !team.isEmpty();
        if (fromSettings)
            setWindowIcon();
        const auto answer =
            fromSettings
                ? QMessageBox::question(
                      nullptr, QApplication::translate("tl::Gui", "TokenLedger cannot open the team database"),
                      QApplication::translate("tl::Gui", "%1\n\nOpen your personal ledger this time?").arg(error),
                      QMessageBox::Open | QMessageBox::Close, QMessageBox::Open)
                : QMessageBox::NoButton;
        if (answer != QMessageBox::Open || !openLedger(personal, &database, &error)) {
            setWindowIcon();
            QMessageBox::critical(nullptr, QApplication::translate("tl::Gui", "TokenLedger cannot start"), error);
            return 1;
        }
    }

    // Runs left "running" by a process that died are closed at every start, unless another process
    // holds the profile (its runs may be live).
    closeAbandonedRuns(database.connection(), database.path());

    startupProbeMark("database");
    Settings settings(profile.settingsPath());
    KeychainSecretStore secrets(QStringLiteral(TOKENLEDGER_KEYCHAIN_SERVICE));
    SyncService sync(database.path(), QStringLiteral(TOKENLEDGER_KEYCHAIN_SERVICE), syncOptionsFrom(settings));
    SyncScheduler scheduler(sync);
    MainWindow window(database, settings, {&sync, &secrets});
    installStartupProbe(window);
    window.show();
    // Scheduled syncs, with a catch-up shortly after start-up when one is overdue: judged by the
    // profile's sync history, so a `tokenledger sync` a minute ago means none. The reader (a thread
    // and a connection of its own) is made when first needed, once the window has started up.
    std::unique_ptr<DbWorker> reader;
    const auto ensureReader = [&reader, &database]() -> DbWorker & {
        if (!reader)
            reader = std::make_unique<DbWorker>(database.path());
        return *reader;
    };
    QObject::connect(&window, &MainWindow::syncIntervalChanged, &scheduler, [&](int minutes) {
        settings.setValue(keys::SyncIntervalMinutes, minutes);
        scheduler.setInterval(minutes);
    });

    // "Follow coding-agent logs live": a watcher on a thread of its own (its scans touch the disk)
    // asks for a sync of the one account whose logs changed, queued behind any running sync.
    QThread watchThread;
    watchThread.setObjectName(QStringLiteral("tl-agentwatch"));
    auto *watcher = new AgentWatcher;
    watcher->setDebounceMs(std::clamp(settings.value(keys::AgentWatchDebounceMs), 200, 60'000));
    watcher->moveToThread(&watchThread);
    QObject::connect(&watchThread, &QThread::finished, watcher, &QObject::deleteLater);
    watchThread.start();
    SyncQueue followQueue(&sync);
    QObject::connect(watcher, &AgentWatcher::changed, &followQueue,
                     [&followQueue](qint64 accountId) { followQueue.enqueue(accountId, QStringLiteral("scheduled")); });
    const auto reloadSources = [ensureReader, &settings, &followQueue, watcher] {
        const bool on = settings.value(keys::FollowAgentLogs);
        if (!on) {
            QMetaObject::invokeMethod(watcher, [watcher] { watcher->setEnabled(false); });
            return;
        }
        ensureReader().run(agentSources, &followQueue, [watcher](QList<AgentWatcher::Source> sources) {
            QMetaObject::invokeMethod(watcher, [watcher, sources] {
                watcher->setSources(sources);
                watcher->setEnabled(true);
            });
        });
    };
    // Both read the ledger once the dashboard's first figures are on screen: until then their
    // threads and reads would take the CPU from the window's start (start -> painted figures).
    QObject::connect(
        &window, &MainWindow::startedUp, &followQueue,
        [&, reloadSources, setWindowIcon] {
            setWindowIcon();
            // Keys stored by a TokenLedger before key references move to their new entries, on the
            // sync thread (the keychain may take its time). Not before the first paint: it builds
            // the sync engine (a connection, a network manager, the keychain's D-Bus client) and
            // took a core from the window on two. A sync started earlier moves them itself first
            // (SyncEngine::start, under the profile's lock).
            sync.migrateKeys();
            scheduler.startFromHistory(ensureReader(), settings.value(keys::SyncIntervalMinutes));
            reloadSources();
        },
        Qt::SingleShotConnection);
    QObject::connect(&window, &MainWindow::followAgentLogsChanged, &followQueue, reloadSources);
    QObject::connect(&window, &MainWindow::accountsChanged, &followQueue, reloadSources);

    const int result = QApplication::exec();
    startupProbeMark("exec-returned");
    watchThread.quit();
    watchThread.wait();
    return result;
}

}   // namespace tl
