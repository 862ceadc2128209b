#include "context.h"

#include "alerts/alerttext.h"
#include "common/clock.h"
#include "common/console.h"
#include "common/dates.h"
#include "secrets/dbpasswords.h"
#include "storage/dbpasswordcache.h"
#include "storage/syncrunrepository.h"
#include "version.h"

#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace tl::cli {

Context::Context(const GlobalOptions &options, QTextStream &out, QTextStream &err)
    : m_options(options)
    , m_out(out)
    , m_err(err)
{}

Profile Context::profile() const
{
    Profile profile =
        m_options.profileFolder.isEmpty() ? Profile::standard() : Profile::inFolder(m_options.profileFolder);
    if (!m_options.databasePath.isEmpty())
        profile.setDatabasePath(m_options.databasePath);
    return profile;
}

QString Context::settingsPath() const
{
    return profile().settingsPath();
}

QString Context::databasePath() const
{
    return profile().databasePath();
}

Database *Context::database(const Database::Options &options)
{
    if (m_database)
        return m_database.get();
    const Profile profile = this->profile();
    QString error;
    // A read-only command (check) creates nothing, not even the profile's folders.
    if (!options.readOnly && !profile.ensureFolders(&error)) {
        failure(error);
        return nullptr;
    }
    if (DbProfile::isPostgresUrl(profile.databasePath()) && !rememberKeychainPassword(profile.databasePath()))
        return nullptr;
    auto db = std::make_unique<Database>();
    if (!db->open(profile.databasePath(), options)) {
        failure(db->errorString());
        return nullptr;
    }
    // Runs left "running" by a process that died are closed whenever the profile is opened —
    // unless another process holds the profile, whose runs may be live.
    closeAbandonedRuns(db->connection(), profile.databasePath());
    m_database = std::move(db);
    return m_database.get();
}

bool Context::rememberKeychainPassword(const QString &url)
{
    QString error;
    const std::optional<DbProfile> profile = DbProfile::parse(url, &error);
    if (!profile) {
        failure(error);
        return false;
    }
    // No entry, or no keychain at all (a headless sync host): libpq's .pgpass, or no password.
    KeychainSecretStore secrets(QStringLiteral(TOKENLEDGER_KEYCHAIN_SERVICE));
    const SecretStore::Result read = readDatabasePasswordNow(secrets, *profile);
    if (read.status == SecretStore::Status::Ok)
        rememberDatabasePassword(*profile, read.secret);
    return true;
}

QString Context::readHiddenLine(const QString &prompt, size_t maxBytes, bool *tooLong)
{
    *tooLong = false;
    const bool terminal = standardInputIsTerminal();
    std::optional<HiddenConsoleInput> hidden;
    if (terminal) {
        m_err << prompt;
        m_err.flush();
        hidden.emplace();
    }
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin)) {
        if (line.size() >= qsizetype(maxBytes)) {
            *tooLong = true;
            continue;   // drain the line, keep nothing more
        }
        line.append(char(c));
    }
    if (terminal) {
        hidden.reset();
        m_err << "\n";
    }
    QString text = *tooLong ? QString() : QString::fromUtf8(line).trimmed();
    line.fill('\0');
    return text;
}

bool Context::parse(QCommandLineParser &parser, const QString &usage, bool *helpShown)
{
    *helpShown = false;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this command's options."));
    parser.addOption(help);
    QStringList args = m_options.arguments;
    args.prepend(QStringLiteral("tokenledger ") + m_options.subcommand);
    if (!parser.parse(args)) {
        usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser prints its own synopsis; ours names the subcommand.
        const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
        text = QStringLiteral("Usage: tokenledger [--db PATH] ") + usage + text.mid(firstBreak);
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        m_out << text;
        *helpShown = true;
        return false;
    }
    return true;
}

bool Context::readDay(const QCommandLineParser &parser, const QString &name, QDate *day)
{
    if (!parser.isSet(name))
        return true;
    const auto parsed = parseIsoDay(parser.value(name));
    if (!parsed) {
        usageError(Cli::tr("--%1 \"%2\" is not a date (expected YYYY-MM-DD)").arg(name, parser.value(name)));
        return false;
    }
    *day = *parsed;
    return true;
}

AfterChange Context::afterChange(ChangeKind change, bool print)
{
    Database *db = database();
    if (!db)
        return {change, false, QStringLiteral("no database"), {}, false, std::nullopt, 0};
    const AfterChange r = runAfterChange(db->connection(), SystemClock(), change);
    if (!r.ok)
        m_err << "tokenledger: " << r.error << "\n";
    if (!print)
        return r;
    for (const Alert &a : r.newAlerts)
        m_out << alertLine(a) << "\n";
    // Findings are listed by "tokenledger quality", never fixed silently.
    if (r.findings && !r.findings->isEmpty())
        m_out << "[quality] " << qualityLine(int(r.findings->size())) << "\n";
    return r;
}

QString Context::qualityLine(int findings)
{
    return Cli::tr("%n data-quality finding(s): see tokenledger quality, or Usage → Data quality", nullptr, findings);
}

QJsonArray Context::alertsJson(const QList<Alert> &alerts)
{
    QJsonArray out;
    for (const Alert &a : alerts)
        out.append(QJsonObject{{QStringLiteral("id"), a.id},
                               {QStringLiteral("kind"), Alert::kindName(a.kind)},
                               {QStringLiteral("severity"), Alert::severityName(a.severity)},
                               {QStringLiteral("title"), renderAlert(a, QLocale::c()).title},
                               {QStringLiteral("message"), renderAlert(a, QLocale::c()).message},
                               {QStringLiteral("params"), a.params}});
    return out;
}

QString Context::alertLine(const Alert &alert)
{
    const AlertText text = renderAlert(alert, cliLocale());
    return QStringLiteral("[alert:%1] %2: %3").arg(Alert::severityName(alert.severity), text.title, text.message);
}

int Context::usageError(const QString &message)
{
    m_err << "tokenledger " << m_options.subcommand << ": "
          << Cli::tr("%1 (see tokenledger %2 --help)").arg(message, m_options.subcommand) << "\n";
    return Usage;
}

int Context::failure(const QString &message)
{
    m_err << "tokenledger: " << message << "\n";
    return Failure;
}

}   // namespace tl::cli
