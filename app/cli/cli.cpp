#include "cli.h"

#include "context.h"
#include "version.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <functional>
#include <map>

namespace tl::cli {

namespace {

struct Command
{
    const char *summary;
    std::function<int(Context &)> run;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table = {
        {QStringLiteral("accounts"),
         {"Provider accounts: list, add, edit, remove, test (keys in the keychain)", accountsCommand}},
        {QStringLiteral("agents"),
         {"Coding-agent usage from local logs (Claude Code, Codex CLI, Gemini CLI): import, list", agentsCommand}},
        {QStringLiteral("alerts"), {"Alerts raised after syncs: list, mark read, acknowledge", alertsCommand}},
        {QStringLiteral("check"),
         {"Check the database file for damage (SQLite integrity and foreign-key checks)", checkCommand}},
        {QStringLiteral("db"),
         {"A team database on PostgreSQL: store its password in the keychain, copy a ledger in or out", dbCommand}},
        {QStringLiteral("doctor"),
         {"Check the keychain, notifications, tray, database, price catalog and each account's reachability",
          doctorCommand}},
        {QStringLiteral("budgets"),
         {"Monthly budgets: list (with spend and state), add, edit, remove", budgetsCommand}},
        {QStringLiteral("sync"), {"Pull usage, billed costs and balances, then check the alert rules", syncCommand}},
        {QStringLiteral("export"), {"Usage rows as CSV or JSON (exact decimal USD)", exportCommand}},
        {QStringLiteral("import"),
         {"Usage or costs from a CSV (generic, OpenAI, Anthropic, Google Cloud Billing)", importCommand}},
        {QStringLiteral("imports"), {"The history of CSV imports: list, remove (undo) one", importsCommand}},
        {QStringLiteral("manual"),
         {"Manual entries for seats and subscriptions: list, add (monthly or once), remove", manualCommand}},
        {QStringLiteral("pricing"),
         {"Model prices: lookup, list, set / unset overrides, update the catalog", pricingCommand}},
        {QStringLiteral("quality"),
         {"Data-quality checks: wrong-account models, impossible values, double sources, future dates",
          qualityCommand}},
        {QStringLiteral("report"), {"Totals and breakdowns by provider, model and account", reportCommand}},
    };
    return table;
}

}   // namespace

GlobalOptions parseGlobalOptions(const QStringList &args)
{
    GlobalOptions o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const auto takeValue = [&](const QString &name, QString *target) {
            const QString prefix = name + QLatin1Char('=');
            if (a.startsWith(prefix)) {
                *target = a.mid(prefix.size());
            } else if (i + 1 < args.size()) {
                *target = args[++i];
            } else {
                o.error = QStringLiteral("%1 needs a value").arg(name);
            }
            if (o.error.isEmpty() && target->isEmpty())
                o.error = QStringLiteral("%1 needs a value").arg(name);
        };
        if (a == u"--db" || a.startsWith(u"--db=")) {
            takeValue(QStringLiteral("--db"), &o.databasePath);
        } else if (a == u"--profile" || a.startsWith(u"--profile=")) {
            takeValue(QStringLiteral("--profile"), &o.profileFolder);
        } else if (a == u"--help" || a == u"-h" || a == u"help") {
            o.help = true;
        } else if (a == u"--version" || a == u"-v") {
            o.version = true;
        } else if (a.startsWith(u'-')) {
            o.error = QStringLiteral("unknown option %1").arg(a);
        } else {
            o.subcommand = a;
            o.arguments = args.mid(i + 1);
            break;
        }
        if (!o.error.isEmpty())
            break;
    }
    return o;
}

bool wantsCommandLine(const GlobalOptions &options)
{
    return options.help || options.version || !options.subcommand.isEmpty() || !options.error.isEmpty();
}

QString helpText()
{
    QString text = QStringLiteral(
        "Usage: tokenledger [--db PATH | --profile DIR] [COMMAND [OPTIONS]]\n"
        "\n"
        "See what you spend on LLM APIs. With no command, opens the window.\n"
        "\n"
        "Global options:\n"
        "  --db PATH|URL    use this database file, or a team database on PostgreSQL\n"
        "                   (postgresql://USER@HOST:PORT/DBNAME[?sslmode=verify-full]; the\n"
        "                   password from the keychain (tokenledger --db URL db password) or ~/.pgpass)\n"
        "  --profile DIR    keep the database and settings in DIR (portable or separate profile)\n"
        "  -h, --help       show this help (or COMMAND --help for a command's options)\n"
        "  -v, --version    show the version\n"
        "\n"
        "Commands:\n");
    for (const auto &[name, command] : commands())
        text += QStringLiteral("  %1%2\n").arg(name, -15).arg(QString::fromUtf8(command.summary));
    text += QStringLiteral("\nAll days are UTC days. Exit status: 0 success, 1 failure, 2 bad command line.\n");
    return text;
}

int run(const GlobalOptions &options, QTextStream &out, QTextStream &err)
{
    if (!options.error.isEmpty()) {
        err << "tokenledger: " << options.error << " (see tokenledger --help)\n";
        return Usage;
    }
    if (options.version) {
        out << "TokenLedger " << TOKENLEDGER_VERSION << "\n";
        return Ok;
    }
    if (options.subcommand.isEmpty()) {
        out << helpText();
        return Ok;
    }
    const auto it = commands().find(options.subcommand);
    if (it == commands().end()) {
        err << "tokenledger: " << Cli::tr("unknown command \"%1\" (see tokenledger --help)").arg(options.subcommand)
            << "\n";
        return Usage;
    }
    if (options.help) {
        // "tokenledger --help report" shows the command's help like "report --help".
        GlobalOptions withHelp = options;
        withHelp.arguments.prepend(QStringLiteral("--help"));
        Context ctx(withHelp, out, err);
        return it->second.run(ctx);
    }
    Context ctx(options, out, err);
    return it->second.run(ctx);
}

}   // namespace tl::cli
