#include "context.h"

#include "common/dates.h"
#include "providers/otheradapters.h"
#include "providers/providercatalog.h"
#include "secrets/secretstore.h"
#include "storage/accountrepository.h"
#include "storage/syncrunrepository.h"
#include "version.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace tl::cli {

namespace {

const char *const Synopsis =
    "accounts list [--json]\n"
    "       tokenledger accounts add --provider P --label TEXT [--organization ID] [--base-url URL] [--no-key]\n"
    "       tokenledger accounts edit ID [--label TEXT] [--organization ID] [--base-url URL] [--enable|--disable]\n"
    "                                [--key]\n"
    "       tokenledger accounts remove ID (--keep-history | --delete-history)\n"
    "       tokenledger accounts test ID\n"
    "The API key is read from standard input (hidden when typed), never from the command line.";

// Reads one line from standard input; when it is a terminal, without echo.
QString readKey(Context &ctx, const QString &label)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        ctx.err() << "API key for " << label << " (input hidden): ";
        ctx.err().flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    char buffer[4096];
    const char *line = std::fgets(buffer, sizeof buffer, stdin);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        ctx.err() << "\n";
    }
    QString key = line ? QString::fromUtf8(line).trimmed() : QString();
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    return key;
}

std::optional<Account> accountArgument(Context &ctx, const QStringList &args, int *exitCode)
{
    if (args.size() != 2) {
        *exitCode = ctx.usageError(QStringLiteral("which account? give its id (see tokenledger accounts list)"));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = args[1].toLongLong(&ok);
    if (!ok) {
        *exitCode = ctx.usageError(QStringLiteral("\"%1\" is not an account id").arg(args[1]));
        return std::nullopt;
    }
    Database *db = ctx.database();
    if (!db) {
        *exitCode = Failure;
        return std::nullopt;
    }
    auto account = AccountRepository(db->connection()).find(id);
    if (!account || account->archived) {
        *exitCode = ctx.failure(QStringLiteral("there is no account %1 (see tokenledger accounts list)").arg(id));
        return std::nullopt;
    }
    return account;
}

bool validBaseUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
}

int storeKey(Context &ctx, SecretStore &secrets, const Account &account)
{
    const QString key = readKey(ctx, account.label);
    if (key.isEmpty())
        return ctx.failure(QStringLiteral("no key was given on standard input; the account has no key yet "
                                          "(tokenledger accounts edit %1 --key)")
                               .arg(account.id));
    const SecretStore::Result stored = secrets.writeNow(account.id, key);
    if (stored.status != SecretStore::Status::Ok)
        return ctx.failure(
            QStringLiteral("the key of account %1 was NOT stored: %2").arg(account.id).arg(stored.message));
    return Ok;
}

int list(Context &ctx, SecretStore &secrets, bool json)
{
    Database *db = ctx.database();
    if (!db)
        return Failure;
    QString error;
    const QList<Account> accounts = AccountRepository(db->connection()).list(&error);
    if (!error.isEmpty())
        return ctx.failure(error);
    SyncRunRepository runs(db->connection());
    QJsonArray rows;
    for (const Account &a : accounts) {
        const AccountHealth health = runs.health(a.id);
        const SecretStore::Status key = secrets.readNow(a.id).status;
        const QString keyState = key == SecretStore::Status::Ok         ? QStringLiteral("stored")
                                 : key == SecretStore::Status::NotFound ? QStringLiteral("missing")
                                                                        : QStringLiteral("keychain unavailable");
        if (json) {
            rows.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("provider"), a.provider},
                                    {QStringLiteral("label"), a.label},
                                    {QStringLiteral("organization"), a.organization},
                                    {QStringLiteral("base_url"), a.baseUrl},
                                    {QStringLiteral("enabled"), a.enabled},
                                    {QStringLiteral("key"), keyState},
                                    {QStringLiteral("last_success"), health.lastSuccess.toString(Qt::ISODate)},
                                    {QStringLiteral("last_error"), health.lastError},
                                    {QStringLiteral("consecutive_failures"), health.consecutiveFailures}});
            continue;
        }
        ctx.out() << a.id << "  " << providerDisplayName(a.provider) << "  \"" << a.label << "\""
                  << (a.enabled ? "" : "  (disabled)") << "\n";
        ctx.out() << "     key: " << keyState;
        if (!a.baseUrl.isEmpty())
            ctx.out() << ", base URL: " << a.baseUrl;
        ctx.out() << "\n     last success: "
                  << (health.lastSuccess.isValid() ? health.lastSuccess.toString(Qt::ISODate)
                                                   : QStringLiteral("never"));
        if (health.consecutiveFailures > 0)
            ctx.out() << ", failing " << health.consecutiveFailures << "x: " << health.lastError;
        if (!providerSyncs(a.provider))
            ctx.out() << "\n     " << NoUsageApiAdapter::noUsageMessage(a.provider);
        ctx.out() << "\n";
    }
    if (json)
        ctx.out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    else if (accounts.isEmpty())
        ctx.out() << "No accounts yet. Add one with: tokenledger accounts add --provider openai --label Work\n";
    return Ok;
}

int add(Context &ctx, SecretStore &secrets, const QCommandLineParser &parser)
{
    Account a;
    a.provider = parser.value(QStringLiteral("provider")).trimmed().toLower();
    a.label = parser.value(QStringLiteral("label")).trimmed();
    a.organization = parser.value(QStringLiteral("organization")).trimmed();
    a.baseUrl = parser.value(QStringLiteral("base-url")).trimmed();
    if (a.provider.isEmpty() || a.label.isEmpty())
        return ctx.usageError(QStringLiteral("--provider and --label are required"));
    if (!isKnownProvider(a.provider)) {
        QStringList ids;
        for (const ProviderInfo &p : knownProviders())
            ids.append(p.id);
        return ctx.usageError(
            QStringLiteral("unknown provider \"%1\" (one of: %2)").arg(a.provider, ids.join(QStringLiteral(", "))));
    }
    if (!a.baseUrl.isEmpty() && !validBaseUrl(a.baseUrl))
        return ctx.usageError(QStringLiteral("--base-url \"%1\" is not an http(s) URL").arg(a.baseUrl));
    Database *db = ctx.database();
    if (!db)
        return Failure;
    QString error;
    a.id = AccountRepository(db->connection()).add(a, &error);
    if (a.id == 0)
        return ctx.failure(QStringLiteral("could not add the account: %1").arg(error));
    ctx.out() << "Added account " << a.id << ": " << providerDisplayName(a.provider) << " \"" << a.label << "\".\n";
    if (!providerSyncs(a.provider))
        ctx.out() << NoUsageApiAdapter::noUsageMessage(a.provider) << "\n";
    if (parser.isSet(QStringLiteral("no-key")))
        return Ok;
    const int stored = storeKey(ctx, secrets, a);
    if (stored == Ok)
        ctx.out() << "Its key is in the system keychain.\n";
    else
        ctx.err() << "For headless use without a keychain, set " << keyEnvironmentVariable(a.id)
                  << " when running tokenledger sync.\n";
    return stored;
}

int edit(Context &ctx, SecretStore &secrets, const QCommandLineParser &parser)
{
    int code = Ok;
    auto account = accountArgument(ctx, parser.positionalArguments(), &code);
    if (!account)
        return code;
    if (parser.isSet(QStringLiteral("enable")) && parser.isSet(QStringLiteral("disable")))
        return ctx.usageError(QStringLiteral("--enable and --disable exclude each other"));
    if (parser.isSet(QStringLiteral("label")))
        account->label = parser.value(QStringLiteral("label")).trimmed();
    if (parser.isSet(QStringLiteral("organization")))
        account->organization = parser.value(QStringLiteral("organization")).trimmed();
    if (parser.isSet(QStringLiteral("base-url"))) {
        account->baseUrl = parser.value(QStringLiteral("base-url")).trimmed();
        if (!account->baseUrl.isEmpty() && !validBaseUrl(account->baseUrl))
            return ctx.usageError(QStringLiteral("--base-url \"%1\" is not an http(s) URL").arg(account->baseUrl));
    }
    if (parser.isSet(QStringLiteral("enable")))
        account->enabled = true;
    if (parser.isSet(QStringLiteral("disable")))
        account->enabled = false;
    if (account->label.isEmpty())
        return ctx.usageError(QStringLiteral("the label cannot be empty"));
    QString error;
    if (!AccountRepository(ctx.database()->connection()).update(*account, &error))
        return ctx.failure(QStringLiteral("could not update the account: %1").arg(error));
    ctx.out() << "Updated account " << account->id << ".\n";
    if (parser.isSet(QStringLiteral("key"))) {
        const int stored = storeKey(ctx, secrets, *account);
        if (stored != Ok)
            return stored;
        ctx.out() << "Its new key is in the system keychain.\n";
    }
    return Ok;
}

int remove(Context &ctx, SecretStore &secrets, const QCommandLineParser &parser)
{
    int code = Ok;
    auto account = accountArgument(ctx, parser.positionalArguments(), &code);
    if (!account)
        return code;
    const bool keep = parser.isSet(QStringLiteral("keep-history"));
    const bool drop = parser.isSet(QStringLiteral("delete-history"));
    if (keep == drop)
        return ctx.usageError(QStringLiteral("say what happens to its history: --keep-history or --delete-history"));
    const SecretStore::Result removed = secrets.removeNow(account->id);
    if (removed.status != SecretStore::Status::Ok && removed.status != SecretStore::Status::NotFound)
        ctx.err() << "Warning: the key could not be removed from the keychain: " << removed.message << "\n";
    QString error;
    AccountRepository accounts(ctx.database()->connection());
    if (!(keep ? accounts.archive(account->id, &error) : accounts.remove(account->id, &error)))
        return ctx.failure(QStringLiteral("could not remove the account: %1").arg(error));
    ctx.out() << "Removed account " << account->id << " and its key"
              << (keep ? "; its history stays in every total.\n" : " and all its history.\n");
    return Ok;
}

int test(Context &ctx, SecretStore &secrets, const QCommandLineParser &parser)
{
    int code = Ok;
    auto account = accountArgument(ctx, parser.positionalArguments(), &code);
    if (!account)
        return code;
    const SecretStore::Result key = keyForAccount(secrets, account->id);
    if (key.status != SecretStore::Status::Ok)
        return ctx.failure(QStringLiteral("account %1 has no usable key: %2").arg(account->id).arg(key.message));
    QNetworkAccessManager network;
    auto adapter = createAdapter(*account, key.secret, &network, RetryPolicy{});
    std::optional<std::pair<ProviderError, QString>> result;
    QEventLoop loop;
    adapter->testConnection([&](ProviderError error, QString summary) {
        result = {error, summary};
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result->first.ok())
        return ctx.failure(
            QStringLiteral("connection test of account %1 failed: %2").arg(account->id).arg(result->first.message));
    ctx.out() << result->second << "\n";
    return Ok;
}

}   // namespace

int accountsCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Provider accounts. Keys go to the system keychain only."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, add, edit, remove or test"));
    parser.addOptions({
        {QStringLiteral("provider"),
         QStringLiteral("openai, anthropic, google, openrouter, deepseek, xai, groq, "
                        "perplexity or mistral."),
         QStringLiteral("P")},
        {QStringLiteral("label"), QStringLiteral("A name for the account."), QStringLiteral("TEXT")},
        {QStringLiteral("organization"), QStringLiteral("Organisation / team id, where the provider has one."),
         QStringLiteral("ID")},
        {QStringLiteral("base-url"), QStringLiteral("Another API address (gateway, proxy, regional endpoint)."),
         QStringLiteral("URL")},
        {QStringLiteral("no-key"), QStringLiteral("Add without a key (CSV import or manual entries only).")},
        {QStringLiteral("key"), QStringLiteral("Read a new key from standard input (edit).")},
        {QStringLiteral("enable"), QStringLiteral("Sync this account again (edit).")},
        {QStringLiteral("disable"), QStringLiteral("Stop syncing this account (edit).")},
        {QStringLiteral("keep-history"), QStringLiteral("Remove the account but keep its usage and costs.")},
        {QStringLiteral("delete-history"), QStringLiteral("Remove the account and all its usage and costs.")},
        {QStringLiteral("json"), QStringLiteral("Print JSON (list).")},
    });
    bool helpShown = false;
    if (!ctx.parse(parser, QString::fromLatin1(Synopsis), &helpShown))
        return helpShown ? Ok : cli::Usage;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return ctx.usageError(QStringLiteral("which action? list, add, edit, remove or test"));
    KeychainSecretStore secrets(QStringLiteral(TOKENLEDGER_APP_ID));
    const QString action = args.first();
    if (action == u"list" || action == u"add") {
        if (args.size() != 1)
            return ctx.usageError(QStringLiteral("unexpected argument \"%1\"").arg(args[1]));
        return action == u"list" ? list(ctx, secrets, parser.isSet(QStringLiteral("json"))) : add(ctx, secrets, parser);
    }
    if (action == u"edit")
        return edit(ctx, secrets, parser);
    if (action == u"remove")
        return remove(ctx, secrets, parser);
    if (action == u"test")
        return test(ctx, secrets, parser);
    return ctx.usageError(QStringLiteral("unknown action \"%1\"").arg(action));
}

}   // namespace tl::cli
