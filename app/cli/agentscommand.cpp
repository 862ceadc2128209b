#include "context.h"

#include "agents/agentimporter.h"
#include "common/clock.h"
#include "common/dates.h"
#include "pricing/pricingservice.h"
#include "storage/accountrepository.h"
#include "storage/agentrepository.h"
#include "storage/profilelock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl::cli {

namespace {

QJsonObject statsJson(const AgentReadStats &s)
{
    return QJsonObject{{QStringLiteral("lines"), s.lines},
                       {QStringLiteral("requests"), s.requests},
                       {QStringLiteral("streaming_copies"), s.streamingCopies},
                       {QStringLiteral("replays"), s.replays},
                       {QStringLiteral("repeated_snapshots"), s.repeatedSnapshots},
                       {QStringLiteral("zero_placeholders"), s.zeroPlaceholders},
                       {QStringLiteral("synthetic"), s.synthetic},
                       {QStringLiteral("api_errors"), s.apiErrors},
                       {QStringLiteral("undated"), s.undated},
                       {QStringLiteral("no_model"), s.noModel},
                       {QStringLiteral("malformed"), s.malformed},
                       {QStringLiteral("unfinished_bytes"), s.unfinishedBytes}};
}

QJsonObject resultJson(const Account &account, const QStringList &folders, const AgentImportResult &r)
{
    return QJsonObject{{QStringLiteral("account_id"), account.id},
                       {QStringLiteral("account"), account.label},
                       {QStringLiteral("kind"), account.provider},
                       {QStringLiteral("folders"), QJsonArray::fromStringList(folders)},
                       {QStringLiteral("ok"), r.ok},
                       {QStringLiteral("error"), r.error},
                       {QStringLiteral("run_id"), r.runId},
                       {QStringLiteral("files_seen"), r.filesSeen},
                       {QStringLiteral("files_read"), r.filesRead},
                       {QStringLiteral("files_unchanged"), r.filesUnchanged},
                       {QStringLiteral("files_reread"), r.filesReread},
                       {QStringLiteral("file_errors"), QJsonArray::fromStringList(r.fileErrors)},
                       {QStringLiteral("bytes_read"), r.bytesRead},
                       {QStringLiteral("requests_new"), r.requestsNew},
                       {QStringLiteral("requests_completed"), r.requestsCompleted},
                       {QStringLiteral("requests_known"), r.requestsKnown},
                       {QStringLiteral("read"), statsJson(r.stats)},
                       {QStringLiteral("first_day"), isoDay(r.firstDay)},
                       {QStringLiteral("last_day"), isoDay(r.lastDay)},
                       {QStringLiteral("usage_created"), r.usage.created},
                       {QStringLiteral("usage_updated"), r.usage.updated},
                       {QStringLiteral("usage_unchanged"), r.usage.unchanged},
                       {QStringLiteral("duration_ms"), r.durationMs}};
}

struct Plan
{
    AgentKind kind;
    QStringList folders;   // given on the command line; empty: the account's (or the detected) folders
};

int importLogs(Context &ctx, const QCommandLineParser &parser)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    QList<Plan> plans;
    for (AgentKind kind : allAgentKinds()) {
        const QString option = agentOptionName(kind);
        if (!parser.isSet(option))
            continue;
        QStringList folders;
        for (const QString &value : parser.values(option)) {
            const QFileInfo dir(value);
            if (!dir.isDir())
                return ctx.usageError(QStringLiteral("--%1 \"%2\" is not a folder").arg(option, value));
            folders.append(QDir::cleanPath(dir.absoluteFilePath()));
        }
        plans.append({kind, folders});
    }
    const bool explicitFolders = !plans.isEmpty();
    if (!explicitFolders) {
        // No option: every detected default folder (running the command is the consent), and the
        // folders of agent accounts that already exist.
        for (const DetectedAgentSource &source :
             detectAgentSources(QProcessEnvironment::systemEnvironment(), QDir::homePath()))
            plans.append({source.kind, source.folders});
    }
    Database *db = ctx.database();
    if (!db)
        return Failure;
    AgentRepository agents(db->connection());
    QString error;
    if (!explicitFolders) {
        const QList<Account> existing = agents.accounts(&error);
        if (!error.isEmpty())
            return ctx.failure(error);
        for (const Account &a : existing) {
            const AgentKind kind = *agentKindForProvider(a.provider);
            const bool planned =
                std::any_of(plans.cbegin(), plans.cend(), [kind](const Plan &p) { return p.kind == kind; });
            if (!planned)
                plans.append({kind, {}});
        }
    }
    if (plans.isEmpty()) {
        if (json)
            ctx.out() << "[]\n";
        else
            ctx.out() << "No coding-agent logs found in the default folders (~/.claude, ~/.config/claude, ~/.codex, "
                         "~/.gemini or CLAUDE_CONFIG_DIR, CODEX_HOME, GEMINI_DATA_DIR). Name a folder with "
                         "--claude, --codex or --gemini.\n";
        return Ok;
    }

    ProfileLock lock(db->path());
    if (!lock.tryLock(QStringLiteral("importing coding-agent logs from the command line")))
        return ctx.failure(QStringLiteral("another %1 is using this profile; nothing was imported. Try again when it "
                                          "has finished.")
                               .arg(lock.holder().isEmpty() ? QStringLiteral("TokenLedger") : lock.holder()));
    PricingService pricing(db->connection());
    if (!pricing.load(&error))
        return ctx.failure(error);
    SystemClock clock;
    AgentImporter importer(db->connection(), pricing.catalog(), clock);
    QJsonArray results;
    bool allOk = true;
    bool anyWritten = false;
    for (const Plan &plan : std::as_const(plans)) {
        bool created = false;
        const std::optional<Account> account = agents.accountFor(plan.kind, plan.folders, &created, &error);
        if (!account)
            return ctx.failure(error);
        QStringList folders = plan.folders;
        if (folders.isEmpty())
            folders = agents.folders(account->id, &error);
        else if (!created && agents.folders(account->id).isEmpty() && !agents.setFolders(account->id, folders, &error))
            return ctx.failure(error);
        if (created && !json)
            ctx.out() << "Added the account " << account->id << " \"" << account->label << "\" reading "
                      << folders.join(QStringLiteral(", ")) << ".\n";
        const AgentImportResult r = importer.run(*account, folders, QStringLiteral("cli"));
        allOk = allOk && r.ok;
        anyWritten = anyWritten || (r.ok && (r.requestsNew > 0 || r.requestsCompleted > 0));
        if (json) {
            results.append(resultJson(*account, folders, r));
            continue;
        }
        if (!r.ok) {
            ctx.err() << "tokenledger: " << account->label << ": nothing was imported: " << r.error << "\n";
            continue;
        }
        ctx.out() << account->label << " (account " << account->id << "): " << r.summary() << ".\n";
        if (r.firstDay.isValid())
            ctx.out() << "  Days changed: " << isoDay(r.firstDay) << " to " << isoDay(r.lastDay) << "; usage rows "
                      << r.usage.created << " new, " << r.usage.updated << " updated.\n";
        for (const QString &e : r.fileErrors.mid(0, 10))
            ctx.out() << "  could not read " << e << "\n";
    }
    lock.unlock();
    if (json)
        ctx.out() << QJsonDocument(results).toJson(QJsonDocument::Indented);
    if (anyWritten)
        ctx.afterChange(ChangeKind::Import, !json);
    return allOk ? Ok : Failure;
}

int list(Context &ctx, const QCommandLineParser &parser)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    Database *db = ctx.database();
    if (!db)
        return Failure;
    AgentRepository agents(db->connection());
    QString error;
    const QList<Account> accounts = agents.accounts(&error);
    if (!error.isEmpty())
        return ctx.failure(error);
    const QList<DetectedAgentSource> detected =
        detectAgentSources(QProcessEnvironment::systemEnvironment(), QDir::homePath());
    QJsonArray accountRows;
    QJsonArray detectedRows;
    if (!json)
        ctx.out() << (accounts.isEmpty() ? "No coding-agent accounts yet.\n" : "Coding-agent accounts:\n");
    for (const Account &a : accounts) {
        const std::optional<AgentAccountSummary> s = agents.summary(a.id, &error);
        if (!s)
            return ctx.failure(error);
        if (json) {
            accountRows.append(QJsonObject{
                {QStringLiteral("id"), a.id},
                {QStringLiteral("label"), a.label},
                {QStringLiteral("kind"), a.provider},
                {QStringLiteral("billing"), a.subscription ? QStringLiteral("subscription") : QStringLiteral("api")},
                {QStringLiteral("folders"), QJsonArray::fromStringList(s->folders)},
                {QStringLiteral("files"), s->files},
                {QStringLiteral("requests"), s->requests},
                {QStringLiteral("first_day"), isoDay(s->firstDay)},
                {QStringLiteral("last_day"), isoDay(s->lastDay)}});
            continue;
        }
        ctx.out() << "  " << a.id << "  " << a.label << " [" << a.provider << ", "
                  << (a.subscription ? "subscription: usage is value, not spend" : "API key: usage is spend")
                  << "]\n      folders: " << (s->folders.isEmpty() ? QStringLiteral("(none)") : s->folders.join(u", "))
                  << "\n      " << s->files << " files read, " << s->requests << " requests"
                  << (s->firstDay.isValid()
                          ? QStringLiteral(" from %1 to %2").arg(isoDay(s->firstDay), isoDay(s->lastDay))
                          : QString())
                  << "\n";
    }
    if (!json)
        ctx.out() << (detected.isEmpty() ? "No agent logs in the default folders.\n"
                                         : "Found in the default folders:\n");
    for (const DetectedAgentSource &d : detected) {
        if (json) {
            detectedRows.append(QJsonObject{{QStringLiteral("kind"), agentProviderId(d.kind)},
                                            {QStringLiteral("folders"), QJsonArray::fromStringList(d.folders)},
                                            {QStringLiteral("files"), d.files}});
            continue;
        }
        ctx.out() << "  " << agentDisplayName(d.kind) << ": " << d.folders.join(u", ") << " (" << d.files
                  << (d.files >= 1000 ? "+" : "") << " log files)\n";
    }
    if (json)
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("accounts"), accountRows},
                                               {QStringLiteral("detected"), detectedRows}})
                         .toJson(QJsonDocument::Indented);
    return Ok;
}

// agents billing ID subscription|api, agents folders ID DIR...
int edit(Context &ctx, const QStringList &args)
{
    const QString action = args.value(0);
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    if (!ok || args.size() < 3)
        return ctx.usageError(action == u"billing" ? QStringLiteral("agents billing ID subscription|api")
                                                   : QStringLiteral("agents folders ID DIR..."));
    Database *db = ctx.database();
    if (!db)
        return Failure;
    AccountRepository accounts(db->connection());
    std::optional<Account> account = accounts.find(id);
    if (!account || !isAgentProvider(account->provider))
        return ctx.failure(QStringLiteral("there is no coding-agent account %1 (see tokenledger agents list)").arg(id));
    QString error;
    if (action == u"billing") {
        const QString billing = args.value(2);
        if (args.size() != 3 || (billing != u"subscription" && billing != u"api"))
            return ctx.usageError(QStringLiteral("agents billing ID subscription|api"));
        account->subscription = billing == u"subscription";
        if (!accounts.update(*account, &error))
            return ctx.failure(error);
        ctx.out() << account->label << " is now paid by "
                  << (account->subscription ? "a subscription: its usage is shown as value at API prices, not spend. "
                                              "Add the monthly fee with: tokenledger manual add"
                                            : "API key: its usage is estimated spend.")
                  << "\n";
        ctx.afterChange(ChangeKind::Account);
        return Ok;
    }
    QStringList folders;
    for (const QString &value : args.mid(2)) {
        if (!QFileInfo(value).isDir())
            return ctx.usageError(QStringLiteral("\"%1\" is not a folder").arg(value));
        folders.append(QDir::cleanPath(QFileInfo(value).absoluteFilePath()));
    }
    if (!AgentRepository(db->connection()).setFolders(id, folders, &error))
        return ctx.failure(error);
    ctx.out() << account->label << " reads " << folders.join(u", ") << ".\n";
    return Ok;
}

}   // namespace

int agentsCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Usage of coding agents (Claude Code, Codex CLI, Gemini CLI) from their local logs."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("import, list, billing or folders"));
    parser.addOptions({
        {QStringLiteral("claude"), QStringLiteral("Import Claude Code logs from DIR (~/.claude or its projects/)."),
         QStringLiteral("DIR")},
        {QStringLiteral("codex"), QStringLiteral("Import Codex CLI logs from DIR ($CODEX_HOME or ~/.codex)."),
         QStringLiteral("DIR")},
        {QStringLiteral("gemini"), QStringLiteral("Import Gemini CLI logs from DIR (~/.gemini)."),
         QStringLiteral("DIR")},
        {QStringLiteral("json"), QStringLiteral("Print JSON.")},
    });
    bool helpShown = false;
    if (!ctx.parse(parser,
                   QStringLiteral("agents import [--claude DIR] [--codex DIR] [--gemini DIR] [--json] | agents list "
                                  "[--json] | agents billing ID subscription|api | agents folders ID DIR..."),
                   &helpShown))
        return helpShown ? Ok : Usage;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if (action == u"import" || action == u"list") {
        if (args.size() > 1)
            return ctx.usageError(QStringLiteral("unexpected argument \"%1\"").arg(args.value(1)));
        return action == u"import" ? importLogs(ctx, parser) : list(ctx, parser);
    }
    if (action == u"billing" || action == u"folders")
        return edit(ctx, args);
    return ctx.usageError(QStringLiteral("unknown action \"%1\": import, list, billing or folders").arg(action));
}

}   // namespace tl::cli
