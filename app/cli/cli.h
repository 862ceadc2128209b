#pragma once

#include <QStringList>
#include <QTextStream>

namespace tl::cli {

// Exit codes of the command line.
enum ExitCode
{
    Ok = 0,
    Failure = 1,   // the command ran and something went wrong (database, provider, file)
    Usage = 2,     // the command line itself is wrong
};

// Options every subcommand accepts, parsed before the subcommand name.
struct GlobalOptions
{
    QString databasePath;    // --db PATH
    QString profileFolder;   // --profile DIR
    bool help = false;
    bool version = false;
    QString subcommand;      // empty: open the window
    QStringList arguments;   // everything after the subcommand
    QString error;           // set when the global options are malformed
};

// Splits argv into global options and a subcommand. Pure: no I/O.
GlobalOptions parseGlobalOptions(const QStringList &args);

// True when these arguments ask for the headless command line rather than the window.
bool wantsCommandLine(const GlobalOptions &options);

// Runs a headless command (requires a Q(Core)Application). Writes to out/err.
int run(const GlobalOptions &options, QTextStream &out, QTextStream &err);

QString helpText();

}   // namespace tl::cli
