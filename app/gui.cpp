#include "gui.h"

#include "common/translations.h"
#include "identity.h"
#include "mainwindow/mainwindow.h"
#include "secrets/secretstore.h"
#include "settings/profile.h"
#include "settings/settings.h"
#include "storage/database.h"
#include "storage/profilelock.h"
#include "storage/syncrunrepository.h"
#include "sync/syncscheduler.h"
#include "sync/syncservice.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QMessageBox>

namespace tl {

int runGui(int &argc, char **argv, const cli::GlobalOptions &options)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setDesktopFileName(QStringLiteral(TOKENLEDGER_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokenledger.svg")));
    installTranslations(app);

    Profile profile = options.profileFolder.isEmpty() ? Profile::standard() : Profile::inFolder(options.profileFolder);
    if (!options.databasePath.isEmpty())
        profile.setDatabasePath(options.databasePath);

    QString error;
    Database database;
    if (!profile.ensureFolders(&error) || !database.open(profile.databasePath())) {
        if (error.isEmpty())
            error = database.errorString();
        QMessageBox::critical(nullptr, QApplication::translate("tl::Gui", "TokenLedger cannot start"), error);
        return 1;
    }

    {
        // Runs left "running" by a process that died are closed at every start, unless another
        // process holds the profile (its runs may be live).
        ProfileLock lock(database.path());
        if (lock.tryLock(QStringLiteral("opening the profile")))
            SyncRunRepository(database.connection()).closeAbandoned();
    }

    Settings settings(profile.settingsPath());
    KeychainSecretStore secrets(QStringLiteral(TOKENLEDGER_APP_ID));
    SyncService sync(database.path(), QStringLiteral(TOKENLEDGER_APP_ID), syncOptionsFrom(settings));
    SyncScheduler scheduler(sync);
    QObject::connect(&scheduler, &SyncScheduler::triggered, &scheduler, [&settings] {
        settings.setValue(keys::LastAutomaticSync, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        settings.sync();
    });
    // Keys stored by a TokenLedger before key references move to their new entries (on the sync
    // thread: the keychain may take its time).
    sync.migrateKeys();
    MainWindow window(database, settings, {&sync, &secrets});
    window.show();
    // Scheduled syncs, with a catch-up shortly after start-up when one is overdue.
    scheduler.start(settings.value(keys::SyncIntervalMinutes),
                    QDateTime::fromString(settings.value(keys::LastAutomaticSync), Qt::ISODate));
    QObject::connect(&window, &MainWindow::syncIntervalChanged, &scheduler, [&](int minutes) {
        settings.setValue(keys::SyncIntervalMinutes, minutes);
        scheduler.setInterval(minutes);
    });
    return QApplication::exec();
}

}   // namespace tl
