#include "context.h"

#include "common/console.h"
#include "common/dates.h"
#include "common/origins.h"
#include "net/netbackend.h"
#include "providers/otheradapters.h"
#include "providers/providercatalog.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"
#include "storage/accountrepository.h"
#include "storage/syncrunrepository.h"
#include "sync/syncreach.h"
#include "sync/syncruntext.h"
#include "version.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <optional>

namespace tl::cli {

namespace {

const char *const Synopsis =
    "accounts list [--json]\n"
    "       tokenledger accounts add --provider P --label TEXT [--organization ID] [--base-url URL]\n"
    "                                [--allow-insecure-http] [--no-key]\n"
    "       tokenledger accounts edit ID [--label TEXT] [--organization ID] [--base-url URL]\n"
    "                                [--allow-insecure-http] [--enable|--disable] [--key]\n"
    "       tokenledger accounts remove ID (--keep-history | --delete-history) [--leave-key]\n"
    "       tokenledger accounts test ID\n"
    "The API key is read from standard input (hidden when typed), never from the command line.";

// The longest line accepted as a key; longer input is refused whole, never cut.
constexpr size_t MaxKeyBytes = 16 * 1024;

// Reads one line from standard input (hidden when typed); longer than MaxKeyBytes is refused whole.
QString readKey(Context &ctx, const QString &label, bool *tooLong)
{
    return ctx.readHiddenLine(Cli::tr("API key for %1 (input hidden): ").arg(label), MaxKeyBytes, tooLong);
}

// Reads the key for `label`; an empty string after printing why when there is none to use.
QString keyFromInput(Context &ctx, const QString &label, int *code)
{
    bool tooLong = false;
    const QString key = readKey(ctx, label, &tooLong);
    if (tooLong)
        *code = ctx.failure(
            Cli::tr("the key on standard input is longer than %1 bytes; nothing was stored").arg(MaxKeyBytes));
    else if (key.isEmpty())
        *code = ctx.failure(Cli::tr("no key was given on standard input; nothing was stored (use --no-key "
                                    "for an account without one)"));
    return key;
}

std::optional<Account> accountArgument(Context &ctx, const QStringList &args, int *exitCode)
{
    if (args.size() != 2) {
        *exitCode = ctx.usageError(Cli::tr("which account? give its id (see tokenledger accounts list)"));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = args[1].toLongLong(&ok);
    if (!ok) {
        *exitCode = ctx.usageError(Cli::tr("\"%1\" is not an account id").arg(args[1]));
        return std::nullopt;
    }
    Database *db = ctx.database();
    if (!db) {
        *exitCode = Failure;
        return std::nullopt;
    }
    auto account = AccountRepository(db->connection()).find(id);
    if (!account || account->archived) {
        *exitCode = ctx.failure(Cli::tr("there is no account %1 (see tokenledger accounts list)").arg(id));
        return std::nullopt;
    }
    return account;
}

QString keyStateName(SecretStore::Status status)
{
    return SecretStore::statusName(status);
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
    const bool team = db->isPostgres();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray rows;
    for (const Account &a : accounts) {
        const AccountHealth health = runs.health(a.id);
        const bool fromEnvironment = qEnvironmentVariableIsSet(qPrintable(keyEnvironmentVariable(a.keyRef)));
        const SecretStore::Result key = fromEnvironment ? SecretStore::Result{} : readAccountKeyNow(secrets, a);
        const QString keyState = fromEnvironment ? QStringLiteral("from the environment") : keyStateName(key.status);
        // Whether this desktop can sync it, from the key read above (never a second keychain ask).
        const SyncReach reach =
            SyncReach::needsKeyRead(a) ? SyncReach::fromKeyRead(key, team) : SyncReach::withoutKeyRead(a, team);
        // The key's state is a word scripts read in the JSON; people read it translated.
        const QString keyStateText = fromEnvironment ? Cli::tr("from the environment") : keyState;
        if (json) {
            rows.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("provider"), a.provider},
                                    {QStringLiteral("label"), a.label},
                                    {QStringLiteral("organization"), a.organization},
                                    {QStringLiteral("base_url"), a.baseUrl},
                                    {QStringLiteral("enabled"), a.enabled},
                                    {QStringLiteral("key"), keyState},
                                    {QStringLiteral("key_reference"), a.keyRef},
                                    {QStringLiteral("key_variable"), keyEnvironmentVariable(a.keyRef)},
                                    {QStringLiteral("allow_insecure_http"), a.allowInsecureHttp},
                                    {QStringLiteral("last_success"), health.lastSuccess.toString(Qt::ISODate)},
                                    {QStringLiteral("last_synced_by"), health.lastSyncedBy},
                                    {QStringLiteral("syncs_here"), reach.syncsHere()},
                                    {QStringLiteral("synced_by"), reach.name()},
                                    {QStringLiteral("last_error"), health.lastError},
                                    {QStringLiteral("consecutive_failures"), health.consecutiveFailures}});
            continue;
        }
        ctx.out() << a.id << "  " << providerDisplayName(a.provider) << "  \"" << a.label << "\""
                  << (a.enabled ? QString() : QStringLiteral("  ") + Cli::tr("(disabled)")) << "\n";
        ctx.out() << "     " << Cli::tr("key: %1 (headless: %2)").arg(keyStateText, keyEnvironmentVariable(a.keyRef));
        if (!a.baseUrl.isEmpty())
            ctx.out() << "\n     " << Cli::tr("base URL: %1").arg(a.baseUrl)
                      << (a.allowInsecureHttp ? QLatin1Char(' ') + Cli::tr("(insecure http allowed)") : QString());
        ctx.out() << "\n     " << Cli::tr("synced by: %1").arg(reach.text());
        ctx.out() << "\n     "
                  << Cli::tr("last success: %1")
                         .arg(health.lastSuccess.isValid()
                                  ? lastSyncedText(health, now) + QStringLiteral(" (") +
                                        health.lastSuccess.toString(Qt::ISODate) + QLatin1Char(')')
                                  : Cli::tr("never"));
        if (health.consecutiveFailures > 0)
            ctx.out()
                << Cli::tr(", failing %1x: %2").arg(QString::number(health.consecutiveFailures), health.lastError);
        if (!providerSyncs(a.provider))
            ctx.out() << "\n     " << NoUsageApiAdapter::noUsageMessage(a.provider);
        ctx.out() << "\n";
    }
    if (json)
        ctx.out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    else if (accounts.isEmpty())
        ctx.out() << Cli::tr("No accounts yet. Add one with: tokenledger accounts add --provider openai --label Work")
                  << "\n";
    return Ok;
}

int add(Context &ctx, SecretStore &secrets, const QCommandLineParser &parser)
{
    Account a;
    a.provider = parser.value(QStringLiteral("provider")).trimmed().toLower();
    a.label = parser.value(QStringLiteral("label")).trimmed();
    a.organization = parser.value(QStringLiteral("organization")).trimmed();
    a.baseUrl = parser.value(QStringLiteral("base-url")).trimmed();
    a.allowInsecureHttp = parser.isSet(QStringLiteral("allow-insecure-http"));
    if (a.provider.isEmpty() || a.label.isEmpty())
        return ctx.usageError(Cli::tr("--provider and --label are required"));
    if (!isKnownProvider(a.provider)) {
        QStringList ids;
        for (const ProviderInfo &p : knownProviders())
            ids.append(p.id);
        return ctx.usageError(
            Cli::tr("unknown provider \"%1\" (one of: %2)").arg(a.provider, ids.join(QStringLiteral(", "))));
    }
    if (!a.baseUrl.isEmpty()) {
        if (const QString problem = baseUrlProblem(a.baseUrl, a.allowInsecureHttp); !problem.isEmpty())
            return ctx.usageError(Cli::tr("--base-url %1 (--allow-insecure-http)").arg(problem));
    }
    Database *db = ctx.database();
    if (!db)
        return Failure;
    a.keyRef = newKeyRef();
    // The key first: an account whose key could not be stored is not added at all.
    const bool withKey = !parser.isSet(QStringLiteral("no-key"));
    if (withKey) {
        int code = Ok;
        const QString key = keyFromInput(ctx, a.label, &code);
        if (code != Ok)
            return code;
        const SecretStore::Result stored = storeAccountKeyNow(secrets, a, key);
        if (stored.status != SecretStore::Status::Ok) {
            ctx.err() << "tokenledger: "
                      << Cli::tr("the key was NOT stored and the account was not added: %1").arg(stored.message)
                      << "\n";
            ctx.err() << Cli::tr("For headless use without a keychain, add the account with --no-key and set its "
                                 "TOKENLEDGER_API_KEY_<key reference> variable when syncing (tokenledger accounts "
                                 "list).")
                      << "\n";
            return Failure;
        }
    }
    QString error;
    a.id = AccountRepository(db->connection()).add(a, &error);
    if (a.id == 0) {
        if (withKey)
            removeAccountKeyNow(secrets, a);
        return ctx.failure(Cli::tr("could not add the account: %1").arg(error));
    }
    ctx.out()
        << Cli::tr("Added account %1: %2 \"%3\".").arg(QString::number(a.id), providerDisplayName(a.provider), a.label)
        << "\n";
    if (!providerSyncs(a.provider))
        ctx.out() << NoUsageApiAdapter::noUsageMessage(a.provider) << "\n";
    if (withKey)
        ctx.out() << Cli::tr("Its key is in the system keychain.") << "\n";
    else
        ctx.out() << Cli::tr("No key stored. For headless syncs set %1.").arg(keyEnvironmentVariable(a.keyRef)) << "\n";
    return Ok;
}

int edit(Context &ctx, SecretStore &secrets, const QCommandLineParser &parser)
{
    int code = Ok;
    auto account = accountArgument(ctx, parser.positionalArguments(), &code);
    if (!account)
        return code;
    const Account before = *account;
    if (parser.isSet(QStringLiteral("enable")) && parser.isSet(QStringLiteral("disable")))
        return ctx.usageError(Cli::tr("--enable and --disable exclude each other"));
    if (parser.isSet(QStringLiteral("label")))
        account->label = parser.value(QStringLiteral("label")).trimmed();
    if (parser.isSet(QStringLiteral("organization")))
        account->organization = parser.value(QStringLiteral("organization")).trimmed();
    if (parser.isSet(QStringLiteral("allow-insecure-http")))
        account->allowInsecureHttp = true;
    if (parser.isSet(QStringLiteral("base-url"))) {
        account->baseUrl = parser.value(QStringLiteral("base-url")).trimmed();
        // Plain http to another machine is allowed only when said again for the new address.
        account->allowInsecureHttp = parser.isSet(QStringLiteral("allow-insecure-http"));
    }
    if (!account->baseUrl.isEmpty()) {
        if (const QString problem = baseUrlProblem(account->baseUrl, account->allowInsecureHttp); !problem.isEmpty())
            return ctx.usageError(Cli::tr("--base-url %1 (--allow-insecure-http)").arg(problem));
    }
    if (parser.isSet(QStringLiteral("enable")))
        account->enabled = true;
    if (parser.isSet(QStringLiteral("disable")))
        account->enabled = false;
    if (account->label.isEmpty())
        return ctx.usageError(Cli::tr("the label cannot be empty"));
    QString newKey;
    if (parser.isSet(QStringLiteral("key"))) {
        newKey = keyFromInput(ctx, account->label, &code);
        if (code != Ok)
            return code;
    }
    // The key follows an address the user changed here; a new key is stored for the new address.
    const SecretStore::Result keyMoved = newKey.isEmpty() ? rebindAccountKeyNow(secrets, before, *account)
                                                          : storeAccountKeyNow(secrets, *account, newKey);
    if (keyMoved.status != SecretStore::Status::Ok)
        return ctx.failure(
            Cli::tr("the account was not changed: its key could not be %1: %2")
                .arg(newKey.isEmpty() ? Cli::tr("moved to the new address") : Cli::tr("stored"), keyMoved.message));
    QString error;
    if (!AccountRepository(ctx.database()->connection()).update(*account, &error))
        return ctx.failure(Cli::tr("could not update the account: %1").arg(error));
    ctx.out() << Cli::tr("Updated account %1.").arg(account->id) << "\n";
    if (!newKey.isEmpty())
        ctx.out() << Cli::tr("Its new key is in the system keychain.") << "\n";
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
        return ctx.usageError(Cli::tr("say what happens to its history: --keep-history or --delete-history"));
    // The key goes first: an account is never removed leaving its key behind unannounced.
    const bool leaveKey = parser.isSet(QStringLiteral("leave-key"));
    const SecretStore::Result removed = removeAccountKeyNow(secrets, *account);
    const bool keyGone = removed.status == SecretStore::Status::Ok;
    if (!keyGone && !leaveKey)
        return ctx.failure(
            Cli::tr("the key of account %1 could not be deleted from the system keychain (%2); "
                    "nothing was removed. Try again once the keychain answers, or remove the "
                    "account with --leave-key and delete the entry \"%3\" (service %4) "
                    "yourself.")
                .arg(account->id)
                .arg(removed.message, keyEntryName(account->keyRef), QStringLiteral(TOKENLEDGER_KEYCHAIN_SERVICE)));
    QString error;
    AccountRepository accounts(ctx.database()->connection());
    if (!(keep ? accounts.archive(account->id, &error) : accounts.remove(account->id, &error)))
        return ctx.failure(Cli::tr("could not remove the account: %1").arg(error));
    const QString what = keyGone ? Cli::tr("Removed account %1 and its key").arg(account->id)
                                 : Cli::tr("Removed account %1 (its key stays in the keychain as \"%2\")")
                                       .arg(QString::number(account->id), keyEntryName(account->keyRef));
    ctx.out() << (keep ? Cli::tr("%1; its history stays in every total.") : Cli::tr("%1; all its history is deleted."))
                     .arg(what)
              << "\n";
    return Ok;
}

int test(Context &ctx, SecretStore &secrets, const QCommandLineParser &parser)
{
    int code = Ok;
    auto account = accountArgument(ctx, parser.positionalArguments(), &code);
    if (!account)
        return code;
    const SecretStore::Result key = readAccountKeyNow(secrets, *account);
    if (key.status != SecretStore::Status::Ok)
        return ctx.failure(Cli::tr("account %1 has no usable key: %2").arg(account->id).arg(key.message));
    QObject networkOwner;
    QString networkError;
    QNetworkAccessManager *network = net::newNetwork(&networkOwner, &networkError);
    if (!network)
        return ctx.failure(networkError);
    auto adapter = createAdapter(*account, key.secret, network, RetryPolicy{});
    std::optional<std::pair<ProviderError, QString>> result;
    QEventLoop loop;
    adapter->testConnection([&](ProviderError error, QString summary) {
        result = {error, summary};
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result->first.ok())
        return ctx.failure(Cli::tr("connection test of account %1 failed: %2")
                               .arg(account->id)
                               .arg(providerErrorText(result->first, account->provider)));
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
        {QStringLiteral("allow-insecure-http"),
         QStringLiteral("Allow a plain http:// base URL on another machine: the key then crosses the network "
                        "unencrypted.")},
        {QStringLiteral("no-key"), QStringLiteral("Add without a key (CSV import or manual entries only).")},
        {QStringLiteral("leave-key"),
         QStringLiteral("Remove the account even when its key cannot be deleted from the keychain (remove).")},
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
        return ctx.usageError(Cli::tr("which action? list, add, edit, remove or test"));
    KeychainSecretStore secrets(QStringLiteral(TOKENLEDGER_KEYCHAIN_SERVICE));
    const QString action = args.first();
    // Keys stored by a TokenLedger before key references move to their new entries first.
    if (Database *db = ctx.database(); db && hasLegacyKeys(db->connection())) {
        const KeyMigration moved = migrateLegacyKeys(db->connection(), secrets);
        if (moved.pending > 0)
            ctx.err() << Cli::tr("Note: %n key(s) stored by an older TokenLedger could not be moved yet: %1", nullptr,
                                 int(moved.pending))
                             .arg(moved.problems.value(0))
                      << "\n";
    }
    if (action == u"list" || action == u"add") {
        if (args.size() != 1)
            return ctx.usageError(Cli::tr("unexpected argument \"%1\"").arg(args[1]));
        return action == u"list" ? list(ctx, secrets, parser.isSet(QStringLiteral("json"))) : add(ctx, secrets, parser);
    }
    if (action == u"edit")
        return edit(ctx, secrets, parser);
    if (action == u"remove")
        return remove(ctx, secrets, parser);
    if (action == u"test")
        return test(ctx, secrets, parser);
    return ctx.usageError(Cli::tr("unknown action \"%1\"").arg(action));
}

}   // namespace tl::cli
