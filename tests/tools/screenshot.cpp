// tokenledger-screenshot: renders the main window on a page and saves it as PNG, so every UI
// change can be looked at (offscreen or under Xvfb). Not a test; built with the tests.
//   tokenledger-screenshot --db PATH --page N --out FILE.png [--size WxH] [--about]
#include "about/aboutdialog.h"
#include "mainwindow/mainwindow.h"
#include "settings/settings.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>

#include <cstdio>

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
    parser.addOptions({db, page, out, size, about});
    parser.process(app);

    tl::Database database;
    if (!database.open(parser.value(db))) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    tl::Settings settings(QDir::temp().filePath(QStringLiteral("tokenledger-screenshot.ini")));
    tl::MainWindow window(database, settings);
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.showPage(static_cast<tl::MainWindow::Page>(parser.value(page).toInt()));
    window.show();
    tl::AboutDialog dialog(&window);
    if (parser.isSet(about))
        dialog.show();

    QTimer::singleShot(800, &app, [&] {
        QWidget *target = parser.isSet(about) ? static_cast<QWidget *>(&dialog) : &window;
        const bool ok = target->grab().save(parser.value(out));
        QApplication::exit(ok ? 0 : 1);
    });
    return QApplication::exec();
}
