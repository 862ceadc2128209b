#include "cli/cli.h"
#include "cli/language.h"
#include "gui.h"
#include "identity.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // Everything this process creates is its owner's only. Core also sets 0600/0700 where it creates
    // the database, settings, exports and profile folders by name (so it holds in tests and tools
    // too); the umask covers what it does not name: SQLite's journals and temporary files, lock
    // files, QSettings' temporary file, whatever a library writes.
    ::umask(077);
#else
    // Windows has no umask: what the process creates inherits the ACL of the folder it is in, and the
    // profile's folders (under %APPDATA%/%LOCALAPPDATA%) are already their owner's only.
#endif
    QStringList args;
    args.reserve(argc);
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    const tl::cli::GlobalOptions options = tl::cli::parseGlobalOptions(args);
    if (!tl::cli::wantsCommandLine(options))
        return tl::runGui(argc, argv, options);

    // Headless: no display needed, no widgets created.
    QCoreApplication app(argc, argv);
    tl::setApplicationIdentity();
    tl::cli::setUpLanguage(app, options);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = tl::cli::run(options, out, err);
    out.flush();
    err.flush();
    return code;
}
