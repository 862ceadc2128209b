#include "context.h"

#include "alerts/alerts.h"
#include "analytics/quality.h"
#include "net/netbackend.h"
#include "storage/manualentryrepository.h"

#include "common/dates.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "sync/syncengine.h"
#include "sync/syncruntext.h"
#include "version.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl::cli {

int syncCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Pull usage, billed costs and balances from the providers."));
    const QCommandLineOption account(QStringLiteral("account"), QStringLiteral("Only this account id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First UTC day of an explicit window."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last UTC day of an explicit window."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  QStringLiteral("When another TokenLedger is syncing or importing this profile, wait "
                                                 "up to SECONDS for it (default: say who holds it and stop)."),
                                  QStringLiteral("SECONDS"));
    parser.addOptions({account, from, to, json, wait});
    bool helpShown = false;
    if (!ctx.parse(parser, QStringLiteral("sync [--account ID] [--from DATE --to DATE] [--wait SECONDS] [--json]"),
                   &helpShown))
        return helpShown ? Ok : Usage;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    SyncRequest request;
    request.trigger = QStringLiteral("cli");
    if (parser.isSet(account)) {
        bool ok = false;
        request.accountId = parser.value(account).toLongLong(&ok);
        if (!ok)
            return ctx.usageError(Cli::tr("--account \"%1\" is not an account id").arg(parser.value(account)));
    }
    if (parser.isSet(from) != parser.isSet(to))
        return ctx.usageError(Cli::tr("an explicit window needs both --from and --to"));
    QDate fromDay;
    QDate toDay;
    if (!ctx.readDay(parser, QStringLiteral("from"), &fromDay) || !ctx.readDay(parser, QStringLiteral("to"), &toDay))
        return Usage;
    if (fromDay.isValid()) {   // both are set (checked above)
        request.from = fromDay;
        request.to = toDay;
    }
    if (request.from && *request.from > *request.to)
        return ctx.usageError(Cli::tr("--from is after --to"));

    SyncOptions options = syncOptionsFrom(Settings(ctx.settingsPath()));
    options.lockWaitMs = 0;
    if (parser.isSet(wait)) {
        bool ok = false;
        const int seconds = parser.value(wait).toInt(&ok);
        if (!ok || seconds < 0 || seconds > 24 * 3600)
            return ctx.usageError(Cli::tr("--wait \"%1\" is not a number of seconds").arg(parser.value(wait)));
        options.lockWaitMs = seconds * 1000;
    }

    Database *db = ctx.database();
    if (!db)
        return Failure;
    KeychainSecretStore secrets(QStringLiteral(TOKENLEDGER_KEYCHAIN_SERVICE));
    QObject networkOwner;
    QString networkError;
    QNetworkAccessManager *network = net::newNetwork(&networkOwner, &networkError);
    if (!network)
        return ctx.failure(networkError);
    SystemClock clock;
    SyncEngine engine(db->connection(), secrets, network, clock, options);
    QObject::connect(&engine, &SyncEngine::waitingForLock, &engine, [&](const QString &holder) {
        ctx.err() << Cli::tr("Waiting for %1 to finish…").arg(holder) << "\n";
        ctx.err().flush();
    });
    QEventLoop loop;
    SyncSummary summary;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &s) {
        summary = s;
        loop.quit();
    });
    if (!parser.isSet(json)) {
        QObject::connect(&engine, &SyncEngine::accountFinished, &loop, [&](const SyncRun &run) {
            ctx.out() << "[" << SyncRun::statusName(run.status) << "] "
                      << Cli::tr("%1 (%2 to %3): %4")
                             .arg(run.accountLabel, isoDay(run.windowFrom), isoDay(run.windowTo),
                                  syncRunMessage(run, cliLocale()))
                      << "\n";
            ctx.out().flush();
        });
    }
    QString error;
    if (!engine.start(request, &error))
        return ctx.failure(error);
    loop.exec();
    if (!summary.error.isEmpty())
        return ctx.failure(summary.error);

    // The after-change step runs after every sync, here as in the window.
    const AfterChange after = ctx.afterChange(ChangeKind::Sync, false);

    if (parser.isSet(json)) {
        const QJsonArray newAlerts = Context::alertsJson(after.newAlerts);
        QJsonArray runs;
        for (const SyncRun &r : summary.runs)
            runs.append(QJsonObject{{QStringLiteral("account_id"), r.accountId},
                                    {QStringLiteral("account"), r.accountLabel},
                                    {QStringLiteral("status"), SyncRun::statusName(r.status)},
                                    {QStringLiteral("from"), isoDay(r.windowFrom)},
                                    {QStringLiteral("to"), isoDay(r.windowTo)},
                                    {QStringLiteral("created"), r.created},
                                    {QStringLiteral("updated"), r.updated},
                                    {QStringLiteral("unchanged"), r.unchanged},
                                    {QStringLiteral("duration_ms"), r.durationMs},
                                    {QStringLiteral("error_kind"), r.errorKind},
                                    {QStringLiteral("message"), r.message}});
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("runs"), runs},
                                               {QStringLiteral("skipped"), QJsonArray::fromStringList(summary.skipped)},
                                               {QStringLiteral("alerts"), newAlerts},
                                               {QStringLiteral("quality_findings"),
                                                int(after.findings.value_or(QList<QualityFinding>{}).size())}})
                         .toJson(QJsonDocument::Indented);
    } else {
        for (const QString &skipped : std::as_const(summary.skipped))
            ctx.out() << "[skipped] " << skipped << "\n";
        if (summary.runs.isEmpty() && summary.skipped.isEmpty())
            ctx.out() << Cli::tr(
                             "No accounts to sync. Add one with: tokenledger accounts add --provider openai --label "
                             "Work")
                      << "\n";
        for (const Alert &a : after.newAlerts)
            ctx.out() << Context::alertLine(a) << "\n";
        if (after.findings && !after.findings->isEmpty())
            ctx.out() << "[quality] " << Context::qualityLine(int(after.findings->size())) << "\n";
    }
    if (!summary.anyFailed())
        return Ok;
    // The report above is the command's output; the failure is also an error, on standard error
    // (one line, as every error), so a script that keeps only stderr sees it.
    QStringList failed;
    for (const SyncRun &r : std::as_const(summary.runs)) {
        if (r.status == SyncRun::Status::Failed)
            failed << r.accountLabel;
    }
    return ctx.failure(Cli::tr("%n account(s) failed to sync: %1", nullptr, int(failed.size()))
                           .arg(failed.join(QStringLiteral(", "))));
}

}   // namespace tl::cli
