#include "context.h"

#include "agents/agentimporter.h"
#include "analytics/agentoverview.h"
#include "common/clock.h"
#include "common/dates.h"
#include "pricing/pricingservice.h"
#include "storage/accountrepository.h"
#include "storage/agentrepository.h"
#include "storage/profilelock.h"
#include "storage/sqlutil.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

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
                       {QStringLiteral("duration_ms"), r.durationMs},
                       {QStringLiteral("wait_ms"), r.waitMs},
                       {QStringLiteral("store_ms"), r.storeMs},
                       {QStringLiteral("rollup_ms"), r.rollUpMs},
                       {QStringLiteral("list_ms"), r.listMs},
                       {QStringLiteral("commit_ms"), r.commitMs}};
}

struct Plan
{
    AgentKind kind;
    QStringList folders;    // given on the command line; empty: the account's (or the detected) folders
    qint64 accountId = 0;   // an existing agent account (no option: each one is imported)
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
                return ctx.usageError(Cli::tr("--%1 \"%2\" is not a folder").arg(option, value));
            folders.append(QDir::cleanPath(dir.absoluteFilePath()));
        }
        plans.append({kind, folders});
    }
    const bool explicitFolders = !plans.isEmpty();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    AgentRepository agents(db->connection());
    QString error;
    if (!explicitFolders) {
        // No option: every enabled agent account of this desktop with its own (editable) folders, and
        // for an agent found in its default folders without an account, a new one (running the
        // command is the consent). On a team database a teammate's account is theirs to import.
        const QList<Account> existing = agents.localAccounts(&error);
        if (!error.isEmpty())
            return ctx.failure(error);
        for (const Account &a : existing) {
            if (a.enabled)
                plans.append({*agentKindForProvider(a.provider), {}, a.id});
        }
        for (const DetectedAgentSource &source :
             detectAgentSources(QProcessEnvironment::systemEnvironment(), QDir::homePath())) {
            // An agent that has an account (even a disabled one) is not added again.
            const bool known = std::any_of(existing.cbegin(), existing.cend(), [&source](const Account &a) {
                return a.provider == agentProviderId(source.kind);
            });
            if (!known)
                plans.append({source.kind, source.folders});
        }
    }
    if (plans.isEmpty()) {
        if (json)
            ctx.out() << "[]\n";
        else
            ctx.out() << Cli::tr("No coding-agent logs found in the default folders (~/.claude, ~/.config/claude, "
                                 "~/.codex, ~/.gemini or CLAUDE_CONFIG_DIR, CODEX_HOME, GEMINI_DATA_DIR). Name a "
                                 "folder with --claude, --codex or --gemini.")
                      << "\n";
        return Ok;
    }

    ProfileLock lock(db->path());
    if (!lock.tryLock(QStringLiteral("importing coding-agent logs from the command line")))
        return ctx.failure(Cli::tr("another %1 is using this profile; nothing was imported. Try again when it "
                                   "has finished.")
                               .arg(lock.holder().isEmpty() ? QStringLiteral("TokenLedger") : lock.holder()));
    PricingService pricing(db->connection());
    SystemClock clock;
    AgentImporter importer(db->connection(), pricing, clock);
    QJsonArray results;
    bool allOk = true;
    bool anyWritten = false;
    for (const Plan &plan : std::as_const(plans)) {
        bool created = false;
        const std::optional<Account> account = plan.accountId
                                                   ? AccountRepository(db->connection()).find(plan.accountId)
                                                   : agents.accountFor(plan.kind, plan.folders, &created, &error);
        if (!account)
            return ctx.failure(error.isEmpty() ? Cli::tr("account %1 is gone").arg(plan.accountId) : error);
        QStringList folders = plan.folders;
        if (folders.isEmpty())
            folders = agents.folders(account->id, &error);
        else if (!created && agents.folders(account->id).isEmpty() && !agents.setFolders(account->id, folders, &error))
            return ctx.failure(error);
        if (created && !json)
            ctx.out() << Cli::tr("Added the account %1 \"%2\" reading %3.")
                             .arg(QString::number(account->id), account->label, folders.join(QStringLiteral(", ")))
                      << "\n";
        const AgentImportResult r = importer.run(*account, folders, QStringLiteral("cli"));
        allOk = allOk && r.ok;
        anyWritten = anyWritten || (r.ok && (r.requestsNew > 0 || r.requestsCompleted > 0));
        if (json) {
            results.append(resultJson(*account, folders, r));
            continue;
        }
        if (!r.ok) {
            ctx.err() << "tokenledger: " << Cli::tr("%1: nothing was imported: %2").arg(account->label, r.error)
                      << "\n";
            continue;
        }
        ctx.out() << Cli::tr("%1 (account %2): %3.").arg(account->label, QString::number(account->id), r.summary())
                  << "\n";
        if (r.firstDay.isValid())
            ctx.out() << "  "
                      << Cli::tr("Days changed: %1 to %2; usage rows %3 new, %4 updated.")
                             .arg(isoDay(r.firstDay), isoDay(r.lastDay), count(r.usage.created), count(r.usage.updated))
                      << "\n";
        for (const QString &e : r.fileErrors.mid(0, 10))
            ctx.out() << "  " << Cli::tr("could not read %1").arg(e) << "\n";
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
        ctx.out() << (accounts.isEmpty() ? Cli::tr("No coding-agent accounts yet.") : Cli::tr("Coding-agent accounts:"))
                  << "\n";
    // This month's figures and the usage windows, as the dashboard shows them.
    PricingService pricing(db->connection());
    if (!pricing.load(&error))
        return ctx.failure(error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<AgentOverview> overview = agentOverview(db->connection(), pricing.catalog(), now, &error);
    if (!overview)
        return ctx.failure(error);
    for (const Account &a : accounts) {
        const std::optional<AgentAccountSummary> s = agents.summary(a.id, &error);
        if (!s)
            return ctx.failure(error);
        const auto o = std::find_if(overview->accounts.cbegin(), overview->accounts.cend(),
                                    [&a](const AgentAccountOverview &x) { return x.accountId == a.id; });
        QStringList lines;
        QJsonObject figures;
        if (o != overview->accounts.cend()) {
            const QString what = a.subscription ? Cli::tr("value at API prices (subscription, not spend)")
                                 : a.billedByAccount
                                     ? Cli::tr("in account %1's bill (not counted twice)").arg(a.billedByAccount)
                                     : Cli::tr("estimated spend");
            QString month =
                Cli::tr("this month: %1 %2, %3 requests").arg(usd(o->usageMtd), what, count(o->requestsMtd));
            if (!o->feeMtd.isZero())
                month += Cli::tr("; fee %1, returned %2 %")
                             .arg(usd(o->feeMtd), o->returnBasisPoints ? QString::number(*o->returnBasisPoints / 100)
                                                                       : QStringLiteral("?"));
            lines << month;
            figures.insert(QStringLiteral("usage_mtd"), o->usageMtd.toExactString());
            figures.insert(QStringLiteral("fee_mtd"), o->feeMtd.toExactString());
            figures.insert(QStringLiteral("requests_mtd"), o->requestsMtd);
            if (o->windows && o->windows->active) {
                const WindowSummary &w = *o->windows;
                lines << Cli::tr("5-hour window since %1 UTC: %2 tokens (%3 of the highest earlier window), "
                                 "projected %4, %5")
                             .arg(w.active->start.toString(QStringLiteral("HH:mm")), count(w.active->tokens),
                                  w.tokensOfPeakBasisPoints
                                      ? QStringLiteral("%1 %").arg(*w.tokensOfPeakBasisPoints / 100)
                                      : Cli::tr("no earlier window"),
                                  count(w.projectedTokens), resetsInText(w.resetsInSeconds));
                figures.insert(QStringLiteral("window_start"), w.active->start.toString(Qt::ISODate));
                figures.insert(QStringLiteral("window_tokens"), w.active->tokens);
                figures.insert(QStringLiteral("window_projected_tokens"), w.projectedTokens);
                figures.insert(QStringLiteral("window_resets_in_seconds"), w.resetsInSeconds);
            } else if (o->windows) {
                lines << Cli::tr("no active 5-hour window");
            }
            if (o->rateLimits) {
                const auto window = [&](const AgentRateWindow &w, const QString &name) {
                    if (w.usedPercentMilli < 0)
                        return;
                    const bool current = w.resetsAt.isValid() && now < w.resetsAt;
                    lines << (current ? Cli::tr("%1 window: %2 % used, %3")
                                            .arg(name, cliLocale().toString(double(w.usedPercentMilli) / 1000, 'f', 1),
                                                 resetsInText(now.secsTo(w.resetsAt)))
                                      : Cli::tr("%1 window: no data since it reset").arg(name));
                };
                window(o->rateLimits->primary, Cli::tr("Codex 5-hour"));
                window(o->rateLimits->secondary, Cli::tr("Codex weekly"));
            }
            if (o->windowAlertPercent > 0)
                lines << Cli::tr("alert when a window is projected past %1 % of the highest earlier one")
                             .arg(o->windowAlertPercent);
        }
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
                {QStringLiteral("last_day"), isoDay(s->lastDay)},
                {QStringLiteral("month"), figures}});
            continue;
        }
        ctx.out() << "  " << a.id << "  " << a.label << " [" << a.provider << ", "
                  << (a.subscription ? Cli::tr("subscription: usage is value, not spend")
                                     : Cli::tr("API key: usage is spend"))
                  << "]\n      "
                  << Cli::tr("folders: %1").arg(s->folders.isEmpty() ? Cli::tr("(none)") : s->folders.join(u", "))
                  << "\n      "
                  << (s->firstDay.isValid()
                          ? Cli::tr("%1 files read, %2 requests from %3 to %4")
                                .arg(count(s->files), count(s->requests), isoDay(s->firstDay), isoDay(s->lastDay))
                          : Cli::tr("%1 files read, %2 requests").arg(count(s->files), count(s->requests)))
                  << "\n";
        for (const QString &line : std::as_const(lines))
            ctx.out() << "      " << line << "\n";
    }
    if (!json)
        ctx.out() << (detected.isEmpty() ? Cli::tr("No agent logs in the default folders.")
                                         : Cli::tr("Found in the default folders:"))
                  << "\n";
    for (const DetectedAgentSource &d : detected) {
        if (json) {
            detectedRows.append(QJsonObject{{QStringLiteral("kind"), agentProviderId(d.kind)},
                                            {QStringLiteral("folders"), QJsonArray::fromStringList(d.folders)},
                                            {QStringLiteral("files"), d.files}});
            continue;
        }
        ctx.out() << "  " << agentDisplayName(d.kind) << ": " << d.folders.join(u", ") << " ("
                  << Cli::tr("%1 log files").arg(count(d.files) + (d.files >= 1000 ? QStringLiteral("+") : QString()))
                  << ")\n";
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
        return ctx.usageError(Cli::tr("agents %1 ID VALUE (see tokenledger agents --help)").arg(action));
    Database *db = ctx.database();
    if (!db)
        return Failure;
    AccountRepository accounts(db->connection());
    std::optional<Account> account = accounts.find(id);
    if (!account || !isAgentProvider(account->provider))
        return ctx.failure(Cli::tr("there is no coding-agent account %1 (see tokenledger agents list)").arg(id));
    QString error;
    if (action == u"billing") {
        const QString billing = args.value(2);
        if (args.size() != 3 || (billing != u"subscription" && billing != u"api"))
            return ctx.usageError(QStringLiteral("agents billing ID subscription|api"));
        account->subscription = billing == u"subscription";
        if (!accounts.update(*account, &error))
            return ctx.failure(error);
        ctx.out() << (account->subscription
                          ? Cli::tr("%1 is now paid by a subscription: its usage is shown as value at API prices, not "
                                    "spend. Add the monthly fee with: tokenledger manual add")
                          : Cli::tr("%1 is now paid by API key: its usage is estimated spend."))
                         .arg(account->label)
                  << "\n";
        ctx.afterChange(ChangeKind::Account);
        return Ok;
    }
    if (action == u"window-alert") {
        bool numeric = false;
        const int percent = args.value(2).toInt(&numeric);
        if (args.size() != 3 || !numeric || percent < 0 || percent > 1000)
            return ctx.usageError(Cli::tr("agents window-alert ID PERCENT (0 turns it off, at most 1000)"));
        QSqlQuery q(db->connection());
        if (!sql::prepare(q, QStringLiteral("UPDATE accounts SET window_alert_percent = ? WHERE id = ?"), &error))
            return ctx.failure(error);
        q.addBindValue(percent);
        q.addBindValue(id);
        if (!sql::exec(q, &error))
            return ctx.failure(error);
        if (percent == 0)
            ctx.out() << Cli::tr("No window alert for %1.").arg(account->label) << "\n";
        else
            ctx.out() << Cli::tr("An alert is raised once per 5-hour window when %1's active window is projected past "
                                 "%2 % of its highest earlier window.")
                             .arg(account->label, QString::number(percent))
                      << "\n";
        ctx.afterChange(ChangeKind::Account);
        return Ok;
    }
    if (action == u"billed-by") {
        const QString other = args.value(2);
        if (args.size() != 3)
            return ctx.usageError(QStringLiteral("agents billed-by ID ACCOUNT|none"));
        if (other == u"none") {
            account->billedByAccount = 0;
        } else {
            bool numeric = false;
            const qint64 otherId = other.toLongLong(&numeric);
            const std::optional<Account> billing = numeric ? accounts.find(otherId) : std::nullopt;
            if (!billing || isAgentProvider(billing->provider) || billing->id == id)
                return ctx.usageError(Cli::tr("\"%1\" is not a synced provider account").arg(other));
            account->billedByAccount = otherId;
        }
        if (account->subscription && account->billedByAccount)
            return ctx.usageError(Cli::tr("a subscription is not billed per request: set billing to api first"));
        if (!accounts.update(*account, &error))
            return ctx.failure(error);
        if (account->billedByAccount)
            ctx.out() << Cli::tr(
                             "%1's requests are in account %2's bill: shown as the overlap, not added to spend twice.")
                             .arg(account->label, QString::number(account->billedByAccount))
                      << "\n";
        else
            ctx.out() << Cli::tr("%1's usage counts as its own estimated spend.").arg(account->label) << "\n";
        ctx.afterChange(ChangeKind::Account);
        return Ok;
    }
    QStringList folders;
    for (const QString &value : args.mid(2)) {
        if (!QFileInfo(value).isDir())
            return ctx.usageError(Cli::tr("\"%1\" is not a folder").arg(value));
        folders.append(QDir::cleanPath(QFileInfo(value).absoluteFilePath()));
    }
    if (!AgentRepository(db->connection()).setFolders(id, folders, &error))
        return ctx.failure(error);
    ctx.out() << Cli::tr("%1 reads %2.").arg(account->label, folders.join(u", ")) << "\n";
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
                                  "[--json] | agents billing ID subscription|api | agents billed-by ID ACCOUNT|none | "
                                  "agents window-alert ID PERCENT | agents folders ID DIR..."),
                   &helpShown))
        return helpShown ? Ok : Usage;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if (action == u"import" || action == u"list") {
        if (args.size() > 1)
            return ctx.usageError(Cli::tr("unexpected argument \"%1\"").arg(args.value(1)));
        return action == u"import" ? importLogs(ctx, parser) : list(ctx, parser);
    }
    if (action == u"billing" || action == u"folders" || action == u"window-alert" || action == u"billed-by")
        return edit(ctx, args);
    return ctx.usageError(
        Cli::tr("unknown action \"%1\": import, list, billing, billed-by, window-alert or folders").arg(action));
}

}   // namespace tl::cli
