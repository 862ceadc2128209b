#include "context.h"

#include "common/dates.h"
#include "common/privatefiles.h"
#include "io/usageexport.h"
#include "providers/providercatalog.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace tl::cli {

int exportCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Usage rows as CSV or JSON (exact decimal USD, UTC days)."));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("CSV with a header row."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("A JSON array of objects."));
    const QCommandLineOption output(
        QStringLiteral("output"), QStringLiteral("Write to FILE (default: standard output)."), QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First UTC day."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last UTC day."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption provider(QStringLiteral("provider"), QStringLiteral("Only this provider."),
                                      QStringLiteral("P"));
    const QCommandLineOption account(QStringLiteral("account"), QStringLiteral("Only this account id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Only this model."), QStringLiteral("M"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("Only estimated, reported or unpriced rows."), QStringLiteral("S"));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Only this project/workspace id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Only this API key id."), QStringLiteral("ID"));
    parser.addOptions({csv, json, output, from, to, provider, account, model, project, key, status});
    bool helpShown = false;
    if (!ctx.parse(parser,
                   QStringLiteral("export (--csv | --json) [--from DATE] [--to DATE] [--provider P] [--account ID] "
                                  "[--model M] [--project ID] [--key ID] [--status S] [--output FILE]"),
                   &helpShown))
        return helpShown ? Ok : Usage;
    if (parser.isSet(csv) == parser.isSet(json))
        return ctx.usageError(Cli::tr("choose one format: --csv or --json"));
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    UsageFilter filter;
    if (!ctx.readDay(parser, QStringLiteral("from"), &filter.from) ||
        !ctx.readDay(parser, QStringLiteral("to"), &filter.to))
        return Usage;
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return ctx.usageError(Cli::tr("--from is after --to"));
    filter.provider = parser.value(provider);
    if (!filter.provider.isEmpty() && !isKnownProvider(filter.provider))
        return ctx.usageError(Cli::tr("unknown provider \"%1\"").arg(filter.provider));
    if (parser.isSet(account)) {
        bool ok = false;
        filter.accountId = parser.value(account).toLongLong(&ok);
        if (!ok)
            return ctx.usageError(Cli::tr("--account \"%1\" is not an account id").arg(parser.value(account)));
    }
    filter.model = parser.value(model);
    filter.project = parser.value(project);
    filter.apiKeyId = parser.value(key);
    if (parser.isSet(status)) {
        filter.status = costStatusFromName(parser.value(status));
        if (!filter.status)
            return ctx.usageError(Cli::tr("--status must be estimated, reported or unpriced"));
    }

    Database *db = ctx.database();
    if (!db)
        return Failure;
    const ExportFormat format = parser.isSet(csv) ? ExportFormat::Csv : ExportFormat::Json;
    QString error;
    if (parser.isSet(output)) {
        // Written to a temporary file and renamed at the end: never a half-written export.
        QSaveFile file(parser.value(output));
        if (!files::openPrivately(file))
            return ctx.failure(Cli::tr("cannot write %1: %2").arg(parser.value(output), file.errorString()));
        const qint64 rows = exportUsage(db->connection(), filter, format, file, &error);
        if (rows < 0 || !file.commit())
            return ctx.failure(Cli::tr("the export failed and %1 was not written: %2")
                                   .arg(parser.value(output), error.isEmpty() ? file.errorString() : error));
        ctx.err() << Cli::tr("Exported %n usage row(s) to %1.", nullptr, int(rows)).arg(parser.value(output)) << "\n";
        return Ok;
    }
    ctx.out().flush();
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly))
        return ctx.failure(Cli::tr("cannot write to standard output"));
    if (exportUsage(db->connection(), filter, format, standardOutput, &error) < 0)
        return ctx.failure(Cli::tr("the export failed: %1").arg(error));
    return Ok;
}

}   // namespace tl::cli
