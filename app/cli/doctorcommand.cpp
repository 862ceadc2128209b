// tokenledger doctor: is everything TokenLedger leans on in place on this desktop? The keychain,
// the desktop's notification service and tray, the database, the price catalog's age and each
// account's reachability — each with what to do when it is not.
#include "context.h"
#include "doctordesktop.h"

#include "agents/agentsources.h"
#include "common/dates.h"
#include "net/netbackend.h"
#include "pricing/pricingservice.h"
#include "providers/otheradapters.h"
#include "providers/providercatalog.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"
#include "storage/accountrepository.h"
#include "storage/agentrepository.h"
#include "sync/syncruntext.h"
#include "version.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStorageInfo>
#include <QTimer>

#include <optional>

namespace tl::cli {

namespace {

using Finding = DoctorFinding;

// Prices older than this are probably missing new models or price changes.
constexpr int StaleCatalogDays = 120;
constexpr qint64 LowDiskBytes = 200LL * 1024 * 1024;
constexpr int ReachabilityTimeoutMs = 20'000;

Finding keychainFinding()
{
    // The keychain is reached through the network module: without it, that is the problem to fix.
    QString moduleError;
    if (!net::backend(&moduleError))
        return {QStringLiteral("keychain"), Finding::Problem, moduleError,
                Cli::tr("reinstall TokenLedger: its network module is missing or from another version")};
    KeychainSecretStore store(QStringLiteral(TOKENLEDGER_KEYCHAIN_SERVICE));
    // An entry no account has: "not found" means the keychain answered (within the usual wait).
    const SecretStore::Result result = store.readNow(QStringLiteral("doctor-probe"));
    switch (result.status) {
    case SecretStore::Status::Ok:
    case SecretStore::Status::NotFound:
        return {QStringLiteral("keychain"), Finding::Ok, Cli::tr("the system keychain answers"), {}};
    case SecretStore::Status::Locked:
        return {QStringLiteral("keychain"), Finding::Warning, Cli::tr("the system keychain is locked"),
                Cli::tr("unlock it (log in again, or open your keyring manager); syncs need it unlocked")};
    case SecretStore::Status::NoBackend:
        return {QStringLiteral("keychain"), Finding::Problem,
                Cli::tr("no system keychain answers: API keys cannot be stored (%1)").arg(result.message),
                Cli::tr("install and start a Secret Service (gnome-keyring or KWallet) in your desktop "
                        "session; for a headless sync host, give each account's key in its "
                        "TOKENLEDGER_API_KEY_<key reference> variable instead "
                        "(tokenledger accounts list shows the names)")};
    default:
        return {QStringLiteral("keychain"), Finding::Problem,
                Cli::tr("the system keychain did not answer: %1").arg(result.message),
                Cli::tr("check that your keyring service runs and is unlocked, then run doctor again")};
    }
}

Finding databaseFinding(const QString &path, std::unique_ptr<Database> *opened)
{
    if (!QFileInfo::exists(path))
        return {QStringLiteral("database"),
                Finding::Note,
                Cli::tr("no database yet at %1: it is created when TokenLedger first opens it").arg(path),
                {}};
    auto db = std::make_unique<Database>(QStringLiteral("doctor"));
    if (!db->open(path))
        return {QStringLiteral("database"), Finding::Problem, db->errorString(),
                Cli::tr("run \"tokenledger check\" to look for damage; a database from a newer TokenLedger "
                        "needs that version")};
    Finding f{QStringLiteral("database"),
              Finding::Ok,
              Cli::tr("%1 opens (schema %2, %3 MiB)")
                  .arg(path)
                  .arg(db->storedSchemaVersion())
                  .arg(QFileInfo(path).size() / (1024 * 1024)),
              {}};
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < LowDiskBytes) {
        f.level = Finding::Warning;
        f.detail += Cli::tr("; only %1 MiB free on its disk").arg(disk.bytesAvailable() / (1024 * 1024));
        f.fix = Cli::tr("free some disk space: a sync or import that cannot write is rolled back whole");
    }
    *opened = std::move(db);
    return f;
}

Finding catalogFinding(Database *db)
{
    if (!db)
        return {QStringLiteral("prices"), Finding::Note, Cli::tr("the bundled price catalog will be used"), {}};
    PricingService pricing(db->connection());
    QString error;
    if (!pricing.load(&error))
        return {QStringLiteral("prices"), Finding::Problem, Cli::tr("the price catalog does not load: %1").arg(error),
                Cli::tr("load a genai-prices dataset with \"tokenledger pricing update --from FILE\"")};
    const CatalogSource &source = pricing.catalog().source();
    const QDate date = QDate::fromString(source.dataDate.left(10), Qt::ISODate);
    if (!date.isValid())
        return {QStringLiteral("prices"),
                Finding::Note,
                Cli::tr("price catalog from %1, of unknown date").arg(source.origin),
                {}};
    const qint64 age = date.daysTo(utcToday());
    Finding f{QStringLiteral("prices"),
              Finding::Ok,
              Cli::tr("price catalog of %1 (%2 days old, %3)").arg(source.dataDate).arg(age).arg(source.origin),
              {}};
    if (age > StaleCatalogDays) {
        f.level = Finding::Warning;
        f.fix = Cli::tr("newer models may be unpriced and prices may have changed: load a current "
                        "genai-prices dataset with \"tokenledger pricing update --from FILE\", or set "
                        "overrides for the models you use");
    }
    return f;
}

QString reachabilityFix(const ProviderError &error, const Account &account)
{
    switch (error.kind) {
    case ProviderError::Kind::Unauthorized:
        return Cli::tr("the provider refused the key: replace it (tokenledger accounts edit %1 --key)").arg(account.id);
    case ProviderError::Kind::Forbidden:
        return Cli::tr("the key lacks a permission: usage and cost APIs usually need an admin key "
                       "(see the provider's key help in the Add Account dialog)");
    case ProviderError::Kind::NotFound:
        return Cli::tr("check the account's base URL and organisation");
    case ProviderError::Kind::Transient:
    case ProviderError::Kind::TimedOut:
        return Cli::tr("check this machine's network, proxy and firewall; the provider may also be down");
    default:
        return Cli::tr("see the message; \"tokenledger accounts test %1\" repeats the test").arg(account.id);
    }
}

Finding accountFinding(const Account &account, SecretStore &secrets, QSqlDatabase db, bool offline)
{
    const QString area = Cli::tr("account %1 (%2)").arg(account.id).arg(account.label);
    if (const std::optional<AgentKind> kind = agentKindForProvider(account.provider)) {
        QStringList missing;
        const QStringList folders = AgentRepository(db).folders(account.id);
        for (const QString &folder : folders) {
            if (!QFileInfo(folder).isDir() || !QFileInfo(folder).isReadable())
                missing.append(folder);
        }
        if (!missing.isEmpty())
            return {area, Finding::Warning,
                    Cli::tr("log folder not readable here: %1").arg(missing.join(QStringLiteral(", "))),
                    Cli::tr("the agent may not be installed on this machine; change the account's folders "
                            "(tokenledger agents) or disable it")};
        return {area, Finding::Ok, Cli::tr("reads %n log folder(s)", nullptr, int(folders.size())), {}};
    }
    if (!providerSyncs(account.provider))
        return {area,
                Finding::Note,
                Cli::tr("%1 has no usage API: CSV imports and manual entries only")
                    .arg(providerDisplayName(account.provider)),
                {}};
    const SecretStore::Result key = readAccountKeyNow(secrets, account);
    if (key.status == SecretStore::Status::NotFound)
        return {area, Finding::Warning, Cli::tr("no key on this desktop, so it is not synced from here"),
                Cli::tr("add its key (tokenledger accounts edit %1 --key) or set %2 on a sync host")
                    .arg(account.id)
                    .arg(keyEnvironmentVariable(account.keyRef))};
    if (key.status != SecretStore::Status::Ok)
        return {area, Finding::Problem, Cli::tr("its key cannot be read: %1").arg(key.message),
                Cli::tr("see the keychain line above")};
    if (offline)
        return {area, Finding::Ok, Cli::tr("key present (not contacted: --offline)"), {}};
    QObject networkOwner;
    QString networkError;
    QNetworkAccessManager *network = net::newNetwork(&networkOwner, &networkError);
    if (!network)
        return {area, Finding::Problem, networkError, Cli::tr("reinstall TokenLedger")};
    RetryPolicy once;
    once.attempts = 1;
    once.timeoutMs = ReachabilityTimeoutMs;
    once.requestDeadlineMs = ReachabilityTimeoutMs;
    auto adapter = createAdapter(account, key.secret, network, once);
    std::optional<std::pair<ProviderError, QString>> result;
    QEventLoop loop;
    adapter->testConnection([&](ProviderError error, QString summary) {
        result = {std::move(error), std::move(summary)};
        loop.quit();
    });
    if (!result)
        loop.exec();
    const QString host = QUrl(keyOrigin(account)).host();
    if (!result->first.ok())
        return {area, Finding::Problem,
                QStringLiteral("%1: %2").arg(host, providerErrorText(result->first, account.provider)),
                reachabilityFix(result->first, account)};
    return {area, Finding::Ok, Cli::tr("%1 reachable, key accepted").arg(host), {}};
}

QString levelWord(Finding::Level level)
{
    switch (level) {
    case Finding::Ok:
        return QStringLiteral("ok");
    case Finding::Note:
        return QStringLiteral("note");
    case Finding::Warning:
        return QStringLiteral("warning");
    case Finding::Problem:
        return QStringLiteral("problem");
    }
    return {};
}

}   // namespace

int doctorCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks what TokenLedger needs on this desktop: the keychain, notifications, the tray, the "
                       "database, the price catalog's age and each account's reachability (one request per "
                       "account with a key, to its own host). Exit status 1 when something needs fixing."));
    parser.addOptions({
        {QStringLiteral("offline"), QStringLiteral("Do not contact any provider.")},
        {QStringLiteral("json"), QStringLiteral("Print the findings as JSON.")},
    });
    bool helpShown = false;
    if (!ctx.parse(parser, QStringLiteral("doctor [--offline] [--json]"), &helpShown))
        return helpShown ? Ok : Usage;

    QList<Finding> findings;
    findings.append(keychainFinding());
    findings.append(desktopFindings());
    std::unique_ptr<Database> db;
    findings.append(databaseFinding(ctx.databasePath(), &db));
    findings.append(catalogFinding(db.get()));
    if (db) {
        KeychainSecretStore secrets(QStringLiteral(TOKENLEDGER_KEYCHAIN_SERVICE));
        QString error;
        const QList<Account> accounts = AccountRepository(db->connection()).list(&error);
        if (!error.isEmpty())
            findings.append({QStringLiteral("accounts"), Finding::Problem, error, {}});
        for (const Account &account : accounts) {
            if (account.enabled)
                findings.append(
                    accountFinding(account, secrets, db->connection(), parser.isSet(QStringLiteral("offline"))));
        }
        if (accounts.isEmpty() && error.isEmpty())
            findings.append({QStringLiteral("accounts"),
                             Finding::Note,
                             Cli::tr("no accounts yet: add one (tokenledger accounts add), import a console export "
                                     "(tokenledger import) or read coding-agent logs (tokenledger agents)"),
                             {}});
    }

    bool problem = false;
    for (const Finding &f : std::as_const(findings))
        problem = problem || f.level == Finding::Problem;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Finding &f : std::as_const(findings)) {
            QJsonObject o{{QStringLiteral("area"), f.area},
                          {QStringLiteral("level"), levelWord(f.level)},
                          {QStringLiteral("detail"), f.detail}};
            if (!f.fix.isEmpty())
                o.insert(QStringLiteral("fix"), f.fix);
            list.append(o);
        }
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), !problem}, {QStringLiteral("findings"), list}})
                         .toJson(QJsonDocument::Indented);
        return problem ? Failure : Ok;
    }
    ctx.out() << "TokenLedger " << TOKENLEDGER_VERSION << " doctor\n";
    for (const Finding &f : std::as_const(findings)) {
        ctx.out() << "  " << QStringLiteral("%1").arg(levelWord(f.level).toUpper(), -8) << " " << f.area << ": "
                  << f.detail << "\n";
        if (!f.fix.isEmpty())
            ctx.out() << "           " << Cli::tr("fix: %1").arg(f.fix) << "\n";
    }
    ctx.out() << (problem ? Cli::tr("Something needs fixing (see \"fix\" above).") : Cli::tr("Nothing needs fixing."))
              << "\n";
    return problem ? Failure : Ok;
}

}   // namespace tl::cli
