#include "gui.h"

#include "common/translations.h"
#include "identity.h"
#include "mainwindow/mainwindow.h"
#include "settings/profile.h"
#include "settings/settings.h"
#include "storage/database.h"

#include <QApplication>
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

    Settings settings(profile.settingsPath());
    MainWindow window(database, settings);
    window.show();
    return QApplication::exec();
}

}   // namespace tl
