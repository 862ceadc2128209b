#include "gui.h"

#include "identity.h"
#include "mainwindow/mainwindow.h"
#include "settings/profile.h"
#include "settings/settings.h"
#include "storage/database.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace tl {

namespace {

void installTranslations(QApplication &app)
{
    // Our own strings from the resources (qt_add_translations), Qt's from the system.
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("tokenledger"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

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

} // namespace tl
