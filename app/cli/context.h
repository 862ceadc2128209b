#pragma once

#include "alerts/afterchange.h"
#include "cli.h"
#include "language.h"
#include "money/money.h"
#include "settings/profile.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>

#include <memory>

namespace tl::cli {

// What a subcommand gets: the streams, its own arguments and the database, opened on demand.
class Context final
{
public:
    Context(const GlobalOptions &options, QTextStream &out, QTextStream &err);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QStringList &arguments() const { return m_options.arguments; }
    QString subcommand() const { return m_options.subcommand; }

    // The profile's settings file (the same one the window uses).
    QString settingsPath() const;

    // The database file this command works on (--db, the profile folder's, or the standard one).
    QString databasePath() const;

    // Opens (and by default migrates) the profile's database; on failure prints the reason and
    // returns null. The first call's options hold for the command. A team database's password
    // comes from the keychain (or libpq's .pgpass), never from the command line.
    Database *database(const Database::Options &options = {});

    // Reads one line from standard input; when it is a terminal, `prompt` on standard error and no
    // echo. A line longer than `maxBytes` is refused (*tooLong), never silently cut.
    QString readHiddenLine(const QString &prompt, size_t maxBytes, bool *tooLong);

    // Parses the subcommand's own options; prints a clear error and returns false when they are
    // wrong. `usage` is the one-line synopsis shown with --help.
    bool parse(QCommandLineParser &parser, const QString &usage, bool *helpShown);

    // Reads the YYYY-MM-DD value of option `name` into *day when it is set (untouched otherwise);
    // false after printing a usage error when the value is not a date.
    bool readDay(const QCommandLineParser &parser, const QString &name, QDate *day);

    // The after-change step every change ends in (core runAfterChange: manual charges, data-quality
    // checks, alert rules). With `print`, says what is new (alerts, a count of findings); a step that
    // could not run is said on standard error — the change itself stands.
    AfterChange afterChange(ChangeKind change, bool print = true);
    static QJsonArray alertsJson(const QList<Alert> &alerts);
    // "[alert:warning] Title: message", in the user's language.
    static QString alertLine(const Alert &alert);

    // "3 data-quality findings: see tokenledger quality, …" (after "[quality] ").
    static QString qualityLine(int findings);

    int usageError(const QString &message);
    int failure(const QString &message);

private:
    Profile profile() const;
    bool rememberKeychainPassword(const QString &url);

    const GlobalOptions &m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_database;
};

int agentsCommand(Context &ctx);
int dbCommand(Context &ctx);
int reportCommand(Context &ctx);
int pricingCommand(Context &ctx);
int accountsCommand(Context &ctx);
int syncCommand(Context &ctx);
int exportCommand(Context &ctx);
int budgetsCommand(Context &ctx);
int alertsCommand(Context &ctx);
int importCommand(Context &ctx);
int importsCommand(Context &ctx);
int manualCommand(Context &ctx);
int qualityCommand(Context &ctx);
int checkCommand(Context &ctx);
int doctorCommand(Context &ctx);

}   // namespace tl::cli
