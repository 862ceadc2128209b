#include "context.h"

#include "alerts/alerts.h"
#include "analytics/quality.h"
#include "common/clock.h"
#include "common/dates.h"
#include "io/csvimport.h"
#include "io/csvproblemtext.h"
#include "io/importinput.h"
#include "pricing/pricingservice.h"
#include "storage/accountrepository.h"
#include "storage/profilelock.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace tl::cli {

int importCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import usage or costs from a CSV file into an account."));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("The CSV file (- for standard input)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption account(QStringLiteral("account"), QStringLiteral("The account it belongs to."),
                                     QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("generic, openai-usage, openai-costs, anthropic-usage, "
                                                   "anthropic-costs or google-billing (detected from the header "
                                                   "when left out)."),
                                    QStringLiteral("F"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Check everything, write nothing."));
    const QCommandLineOption keepGood(QStringLiteral("keep-good-rows"),
                                      QStringLiteral("With bad rows, import the good ones (else nothing)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  QStringLiteral("When another TokenLedger is syncing or importing this profile, wait "
                                                 "up to SECONDS for it (default: say who holds it and stop)."),
                                  QStringLiteral("SECONDS"));
    parser.addOptions({csv, account, format, dryRun, keepGood, json, wait});
    bool helpShown = false;
    if (!ctx.parse(parser,
                   QStringLiteral(
                       "import --csv FILE --account ID [--format F] [--dry-run] [--keep-good-rows] [--wait SECONDS] "
                       "[--json]"),
                   &helpShown))
        return helpShown ? Ok : Usage;
    if (!parser.isSet(csv) || !parser.isSet(account))
        return ctx.usageError(Cli::tr("import needs --csv FILE and --account ID"));
    CsvImportOptions options;
    bool ok = false;
    options.accountId = parser.value(account).toLongLong(&ok);
    if (!ok)
        return ctx.usageError(Cli::tr("--account \"%1\" is not an account id").arg(parser.value(account)));
    if (parser.isSet(format)) {
        options.format = csvFormatFromName(parser.value(format));
        if (!options.format)
            return ctx.usageError(Cli::tr("unknown format \"%1\"").arg(parser.value(format)));
    }
    options.dryRun = parser.isSet(dryRun);
    int waitMs = 0;
    if (parser.isSet(wait)) {
        const int seconds = parser.value(wait).toInt(&ok);
        if (!ok || seconds < 0 || seconds > 24 * 3600)
            return ctx.usageError(Cli::tr("--wait \"%1\" is not a number of seconds").arg(parser.value(wait)));
        waitMs = seconds * 1000;
    }
    options.keepGoodRows = parser.isSet(keepGood);
    // Recorded in the import history (name, size, SHA-256), which can undo it. A pipe or "-"
    // (standard input) is copied aside first: it can be read only once.
    ImportInput input;
    QString sourceError;
    if (!input.open(parser.value(csv), &sourceError))
        return ctx.failure(Cli::tr("cannot read %1: %2").arg(parser.value(csv), translatedCsvProblem(sourceError)));
    options.source = input.source();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    if (!AccountRepository(db->connection()).find(options.accountId))
        return ctx.failure(Cli::tr("there is no account %1").arg(options.accountId));
    // One writer per profile: an import waits for (or names) a sync or import in another process.
    ProfileLock lock(db->path());
    if (!options.dryRun &&
        !lock.lock(QStringLiteral("importing from the command line"), waitMs, {}, [&](const QString &holder) {
            if (waitMs > 0) {
                ctx.err() << Cli::tr("Waiting for %1 to finish…").arg(holder) << "\n";
                ctx.err().flush();
            }
        }))
        return ctx.failure(Cli::tr("another %1 is using this profile; nothing was imported. Try again when it "
                                   "has finished, or add --wait SECONDS.")
                               .arg(lock.holder().isEmpty() ? QStringLiteral("TokenLedger") : lock.holder()));
    PricingService pricing(db->connection());
    QString error;
    if (!pricing.load(&error))
        return ctx.failure(error);
    const CsvImportResult r = importCsv(db->connection(), input.device(), options, pricing.catalog());
    lock.unlock();
    std::optional<QList<Alert>> alerts;
    std::optional<QList<QualityFinding>> findings;
    if (r.written) {
        // New data: the after-change step runs, as after a sync. The import stands if a step fails,
        // but "no alerts" and "no findings" must not stand in for "could not tell".
        const AfterChange after = ctx.afterChange(ChangeKind::Import, false);
        alerts = after.newAlerts;
        findings = after.findings;
    }

    if (parser.isSet(json)) {
        QJsonArray bad;
        for (const CsvBadRow &b : r.badRows)
            bad.append(QJsonObject{{QStringLiteral("line"), b.line}, {QStringLiteral("reason"), b.reason}});
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), r.ok},
                                               {QStringLiteral("error"), r.error},
                                               {QStringLiteral("format"), csvFormatName(r.format)},
                                               {QStringLiteral("rows"), r.rows},
                                               {QStringLiteral("good_rows"), r.goodRows},
                                               {QStringLiteral("skipped_rows"), r.skippedRows},
                                               {QStringLiteral("bad_rows"), r.badRowCount},
                                               {QStringLiteral("bad"), bad},
                                               {QStringLiteral("written"), r.written},
                                               {QStringLiteral("usage_created"), r.usageCreated},
                                               {QStringLiteral("usage_updated"), r.usageUpdated},
                                               {QStringLiteral("usage_unchanged"), r.usageUnchanged},
                                               {QStringLiteral("costs_created"), r.costsCreated},
                                               {QStringLiteral("costs_updated"), r.costsUpdated},
                                               {QStringLiteral("costs_unchanged"), r.costsUnchanged},
                                               {QStringLiteral("import_id"), r.importId},
                                               {QStringLiteral("same_file_as_import"), r.sameFileImportId},
                                               {QStringLiteral("first_day"), isoDay(r.firstDay)},
                                               {QStringLiteral("last_day"), isoDay(r.lastDay)},
                                               {QStringLiteral("quality_findings"),
                                                int(findings.value_or(QList<QualityFinding>{}).size())}})
                         .toJson(QJsonDocument::Indented);
    } else {
        if (!r.error.isEmpty() && r.rows == 0)
            return ctx.failure(
                Cli::tr("%1 was not imported: %2").arg(parser.value(csv), translatedCsvProblem(r.error)));
        // The plural follows the rows read; the numbers are written with the locale's separators.
        ctx.out() << Cli::tr("Format: %1; %2 row(s) read, %3 good, %4 bad", nullptr,
                             int(std::min<qint64>(r.rows, std::numeric_limits<int>::max())))
                         .arg(csvFormatName(r.format), count(r.rows), count(r.goodRows), count(r.badRowCount))
                  << (r.skippedRows ? Cli::tr(", %1 skipped (not LLM spend)").arg(count(r.skippedRows)) : QString())
                  << ".\n";
        for (const CsvBadRow &b : r.badRows)
            ctx.out() << "  " << Cli::tr("line %1: %2").arg(QString::number(b.line), translatedCsvProblem(b.reason))
                      << "\n";
        if (r.badRowCount > r.badRows.size())
            ctx.out() << "  " << Cli::tr("… and %1 more").arg(count(r.badRowCount - r.badRows.size())) << "\n";
        if (r.written && r.importId == 0 && r.sameFileImportId != 0)
            ctx.out() << Cli::tr("This file was imported before as import %1; nothing changed and no new import was "
                                 "recorded.")
                             .arg(r.sameFileImportId)
                      << "\n";
        else if (r.written)
            ctx.out() << (r.firstDay.isValid()
                              ? Cli::tr("Imported %1 to %2: ").arg(isoDay(r.firstDay), isoDay(r.lastDay))
                              : Cli::tr("Imported: "))
                      << Cli::tr("usage %1 new, %2 updated, %3 unchanged; costs %4 new, %5 updated, %6 unchanged.")
                             .arg(count(r.usageCreated), count(r.usageUpdated), count(r.usageUnchanged),
                                  count(r.costsCreated), count(r.costsUpdated), count(r.costsUnchanged))
                      << "\n"
                      << Cli::tr("Recorded as import %1 (undo it with: tokenledger imports remove %1)").arg(r.importId)
                      << (r.sameFileImportId
                              ? Cli::tr("; the same file was imported before as import %1").arg(r.sameFileImportId)
                              : QString())
                      << ".\n";
        else if (options.dryRun && r.ok)
            ctx.out() << Cli::tr("Dry run: nothing was written.") << "\n";
        else if (!r.error.isEmpty())
            ctx.err() << "tokenledger: " << translatedCsvProblem(r.error)
                      << (r.badRowCount ? QStringLiteral(". ") + Cli::tr("Fix the rows, or run again with "
                                                                         "--keep-good-rows to import the good ones.")
                                        : QString())
                      << "\n";
        for (const Alert &a : alerts.value_or(QList<Alert>{}))
            ctx.out() << Context::alertLine(a) << "\n";
        // The data-quality checks run after every import; findings are listed, never fixed.
        for (const QualityFinding &f : findings.value_or(QList<QualityFinding>{}))
            ctx.out() << "[quality:" << QualityFinding::kindName(f.kind) << "] " << f.account << ": " << f.description
                      << "\n";
    }
    return r.ok ? Ok : Failure;
}

}   // namespace tl::cli
