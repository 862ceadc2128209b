#include "context.h"

#include "analytics/quality.h"
#include "common/clock.h"
#include "common/dates.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl::cli {

int qualityCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Data-quality checks: models on the wrong account, impossible "
                                                    "values, rows from two sources, rows dated in the future."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    bool helpShown = false;
    if (!ctx.parse(parser, QStringLiteral("quality [--json]"), &helpShown))
        return helpShown ? Ok : Usage;
    Database *db = ctx.database();
    if (!db)
        return Failure;
    QString error;
    const auto findings = checkDataQuality(db->connection(), SystemClock().todayUtc(), &error);
    if (!findings)
        return ctx.failure(error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const QualityFinding &f : *findings)
            out.append(QJsonObject{{QStringLiteral("kind"), QualityFinding::kindName(f.kind)},
                                   {QStringLiteral("account_id"), f.accountId},
                                   {QStringLiteral("account"), f.account},
                                   {QStringLiteral("model"), f.model},
                                   {QStringLiteral("from"), isoDay(f.firstDay)},
                                   {QStringLiteral("to"), isoDay(f.lastDay)},
                                   {QStringLiteral("rows"), f.rows},
                                   {QStringLiteral("description"), f.description}});
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (findings->isEmpty())
        ctx.out() << Cli::tr("No data-quality findings.") << "\n";
    for (const QualityFinding &f : *findings)
        ctx.out() << "[" << QualityFinding::kindName(f.kind) << "] "
                  << Cli::tr("%1 %2 to %3: %4").arg(f.account, isoDay(f.firstDay), isoDay(f.lastDay), f.description)
                  << "\n";
    return Ok;
}

}   // namespace tl::cli
