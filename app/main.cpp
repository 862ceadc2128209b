#include "cli/cli.h"
#include "gui.h"
#include "identity.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
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
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = tl::cli::run(options, out, err);
    out.flush();
    err.flush();
    return code;
}
