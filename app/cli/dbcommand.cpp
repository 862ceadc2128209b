#include "context.h"

#include "secrets/dbpasswords.h"
#include "storage/dbcopy.h"
#include "storage/dbpasswordcache.h"
#include "version.h"

#include <QCommandLineParser>

#include <optional>

namespace tl::cli {

namespace {

constexpr size_t MaxPasswordBytes = 4096;

// The --db value as a team database, or null after saying why.
std::optional<DbProfile> teamProfile(Context &ctx)
{
    const QString url = ctx.databasePath();
    if (!DbProfile::isPostgresUrl(url)) {
        ctx.usageError(Cli::tr("name the team database with --db postgresql://USER@HOST:PORT/DBNAME"));
        return std::nullopt;
    }
    QString error;
    std::optional<DbProfile> profile = DbProfile::parse(url, &error);
    if (!profile)
        ctx.failure(error);
    return profile;
}

int password(Context &ctx, bool forget)
{
    const std::optional<DbProfile> profile = teamProfile(ctx);
    if (!profile)
        return ctx.databasePath().startsWith(u"postgres") ? Failure : Usage;
    KeychainSecretStore secrets(QStringLiteral(TOKENLEDGER_KEYCHAIN_SERVICE));
    if (forget) {
        const SecretStore::Result removed = removeDatabasePasswordNow(secrets, *profile);
        if (removed.status != SecretStore::Status::Ok && removed.status != SecretStore::Status::NotFound)
            return ctx.failure(removed.message);
        ctx.out() << Cli::tr("No password is stored for %1 any more.").arg(profile->displayName()) << "\n";
        return Ok;
    }
    bool tooLong = false;
    const QString text = ctx.readHiddenLine(Cli::tr("Password for %1 (input hidden): ").arg(profile->displayName()),
                                            MaxPasswordBytes, &tooLong);
    if (tooLong)
        return ctx.failure(Cli::tr("that password is longer than %1 bytes; nothing was stored").arg(MaxPasswordBytes));
    if (text.isEmpty())
        return ctx.failure(Cli::tr("no password was given; nothing was stored"));
    const SecretStore::Result stored = storeDatabasePasswordNow(secrets, *profile, text);
    if (stored.status != SecretStore::Status::Ok)
        return ctx.failure(stored.message);
    ctx.out() << Cli::tr("The password for %1 is in the keychain (entry %2).")
                     .arg(profile->displayName(), profile->keychainEntry())
              << "\n";
    // Says at once whether it works, rather than at the next sync.
    rememberDatabasePassword(*profile, text);
    Database::Options options;
    options.migrate = false;
    Database db(QStringLiteral("tl-db-password-check"));
    if (!db.open(*profile, options, text))
        return ctx.failure(db.errorString());
    ctx.out() << Cli::tr("Connected to %1.").arg(profile->displayName()) << "\n";
    return Ok;
}

// Opens one side of a copy: a file or a team database (password from the keychain or .pgpass).
bool openSide(Context &ctx, const QString &location, Database *db)
{
    QString error;
    const std::optional<DbProfile> profile = DbProfile::parse(location, &error);
    if (!profile) {
        ctx.failure(error);
        return false;
    }
    QString password;
    if (profile->isPostgres()) {
        KeychainSecretStore secrets(QStringLiteral(TOKENLEDGER_KEYCHAIN_SERVICE));
        const SecretStore::Result read = readDatabasePasswordNow(secrets, *profile);
        if (read.status == SecretStore::Status::Ok)
            password = read.secret;
    }
    if (!db->open(*profile, Database::Options{}, password)) {
        ctx.failure(db->errorString());
        return false;
    }
    return true;
}

int copy(Context &ctx, const QCommandLineParser &parser)
{
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return ctx.usageError(Cli::tr("db copy needs --from and --to (an SQLite file or a postgresql:// URL)"));
    if (!DbProfile::isPostgresUrl(from) && !DbProfile::isPostgresUrl(to))
        return ctx.usageError(Cli::tr("one of --from and --to must be a postgresql:// URL (copy a file with cp)"));
    if (DbProfile::isPostgresUrl(from) && DbProfile::isPostgresUrl(to))
        return ctx.usageError(Cli::tr("one of --from and --to must be an SQLite file (between two servers, use "
                                      "pg_dump)"));
    Database source(QStringLiteral("tl-copy-source"));
    Database target(QStringLiteral("tl-copy-target"));
    if (!openSide(ctx, from, &source) || !openSide(ctx, to, &target))
        return Failure;
    DbCopyOptions options;
    options.replace = parser.isSet(QStringLiteral("replace"));
    const DbCopyResult copied = copyDatabase(source.connection(), target.connection(), options);
    if (copied.targetInUse)
        return ctx.failure(Cli::tr("%1 already holds a ledger; nothing was copied. Add --replace to empty it first.")
                               .arg(target.path()));
    if (!copied.ok)
        return ctx.failure(Cli::tr("nothing was copied: %1").arg(copied.error));
    qint64 rows = 0;
    for (const DbCopyTable &t : copied.tables) {
        rows += t.rows;
        ctx.out() << "  " << t.name << ": " << Cli::tr("%1 rows").arg(count(t.rows));
        for (const auto &[column, sum] : t.sums)
            ctx.out() << ", " << column << " " << count(sum);
        ctx.out() << "\n";
    }
    ctx.out() << Cli::tr("Copied %1 rows in %2 tables from %3 to %4; every table's rows and sums match.")
                     .arg(count(rows), count(copied.tables.size()), source.path(), target.path())
              << "\n";
    return Ok;
}

}   // namespace

int dbCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A team database on PostgreSQL: its password in the keychain, and copying a ledger in or out."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("password, forget-password or copy"));
    parser.addOptions({
        {QStringLiteral("from"), QStringLiteral("copy: the ledger to copy (SQLite file or URL)."),
         QStringLiteral("DB")},
        {QStringLiteral("to"), QStringLiteral("copy: where to copy it (URL or SQLite file)."), QStringLiteral("DB")},
        {QStringLiteral("replace"), QStringLiteral("copy: empty a target that already holds a ledger.")},
    });
    bool helpShown = false;
    if (!ctx.parse(parser, QStringLiteral("db password | db forget-password | db copy --from DB --to DB [--replace]"),
                   &helpShown))
        return helpShown ? Ok : Usage;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.size() > 1)
        return ctx.usageError(Cli::tr("unexpected argument \"%1\"").arg(args.value(1)));
    if (action == u"password" || action == u"forget-password")
        return password(ctx, action == u"forget-password");
    if (action == u"copy")
        return copy(ctx, parser);
    return ctx.usageError(Cli::tr("unknown action \"%1\": password, forget-password or copy").arg(action));
}

}   // namespace tl::cli
