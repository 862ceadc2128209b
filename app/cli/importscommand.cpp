#include "context.h"

#include "common/dates.h"
#include "io/importremoval.h"
#include "pricing/pricingservice.h"
#include "storage/importrepository.h"
#include "storage/profilelock.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl::cli {

namespace {

QJsonObject importJson(const ImportRecord &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("account_id"), r.accountId},
                       {QStringLiteral("account"), r.account},
                       {QStringLiteral("file"), r.fileName},
                       {QStringLiteral("size"), r.fileSize},
                       {QStringLiteral("sha256"), r.sha256},
                       {QStringLiteral("format"), r.format},
                       {QStringLiteral("imported_at"), r.importedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("rows_read"), r.rowsRead},
                       {QStringLiteral("rows_good"), r.rowsGood},
                       {QStringLiteral("rows_bad"), r.rowsBad},
                       {QStringLiteral("rows_skipped"), r.rowsSkipped},
                       {QStringLiteral("first_day"), isoDay(r.firstDay)},
                       {QStringLiteral("last_day"), isoDay(r.lastDay)},
                       {QStringLiteral("usage_created"), r.usageCreated},
                       {QStringLiteral("usage_updated"), r.usageUpdated},
                       {QStringLiteral("costs_created"), r.costsCreated},
                       {QStringLiteral("costs_updated"), r.costsUpdated},
                       {QStringLiteral("removed_at"),
                        r.removedAt.isValid() ? QJsonValue(r.removedAt.toUTC().toString(Qt::ISODate)) : QJsonValue()}};
}

int list(Context &ctx, const QCommandLineParser &parser)
{
    std::optional<qint64> account;
    if (parser.isSet(QStringLiteral("account"))) {
        bool ok = false;
        account = parser.value(QStringLiteral("account")).toLongLong(&ok);
        if (!ok)
            return ctx.usageError(Cli::tr("--account needs an account id"));
    }
    Database *db = ctx.database();
    if (!db)
        return Failure;
    QString error;
    const auto imports = ImportRepository(db->connection()).list(account, true, &error);
    if (!imports)
        return ctx.failure(error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const ImportRecord &r : *imports)
            rows.append(importJson(r));
        ctx.out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (imports->isEmpty())
        ctx.out() << Cli::tr("No imports yet. Import a console export with: tokenledger import --csv FILE --account ID")
                  << "\n";
    for (const ImportRecord &r : *imports) {
        ctx.out() << r.id << "  " << r.importedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << " UTC  "
                  << Cli::tr("%1 (%2) into %3: ").arg(r.fileName, r.format, r.account)
                  << (r.firstDay.isValid() ? Cli::tr("%1 to %2, ").arg(isoDay(r.firstDay), isoDay(r.lastDay))
                                           : QString())
                  << Cli::tr("%1 good of %2 rows; usage %3 new, %4 updated; costs %5 new, %6 updated")
                         .arg(count(r.rowsGood), count(r.rowsRead), count(r.usageCreated), count(r.usageUpdated),
                              count(r.costsCreated), count(r.costsUpdated))
                  << (r.isActive() ? QString()
                                   : QStringLiteral("  [removed %1]").arg(r.removedAt.toUTC().toString(Qt::ISODate)))
                  << "\n";
    }
    return Ok;
}

int remove(Context &ctx, const QStringList &args)
{
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    if (args.size() != 2 || !ok)
        return ctx.usageError(Cli::tr("imports remove needs an import id; tokenledger imports list shows them"));
    Database *db = ctx.database();
    if (!db)
        return Failure;
    // One writer per profile, as for an import.
    ProfileLock lock(db->path());
    if (!lock.tryLock(QStringLiteral("removing an import from the command line")))
        return ctx.failure(Cli::tr("another %1 is using this profile; nothing was removed. Try again when it "
                                   "has finished.")
                               .arg(lock.holder().isEmpty() ? QStringLiteral("TokenLedger") : lock.holder()));
    PricingService pricing(db->connection());
    QString error;
    if (!pricing.load(&error))
        return ctx.failure(error);
    const ImportRemoval removed = removeImport(db->connection(), id, pricing.catalog());
    lock.unlock();
    if (!removed.ok)
        return ctx.failure(Cli::tr("import %1 was not removed: %2").arg(id).arg(removed.error));
    ctx.out() << Cli::tr(
                     "Removed import %1: %2 rows it added are gone, %3 rows it overwrote are as they were before it")
                     .arg(QString::number(id), count(removed.deleted), count(removed.restored));
    if (removed.handedOver > 0)
        ctx.out()
            << Cli::tr(", %1 rows a later import wrote again keep that import's values").arg(count(removed.handedOver));
    ctx.out() << ".\n";
    ctx.afterChange(ChangeKind::ImportRemoved);
    return Ok;
}

}   // namespace

int importsCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The history of CSV imports; remove one to undo it."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list or remove"));
    parser.addOptions({
        {QStringLiteral("account"), QStringLiteral("Only imports into this account (list)."), QStringLiteral("ID")},
        {QStringLiteral("json"), QStringLiteral("Print JSON (list).")},
    });
    bool helpShown = false;
    if (!ctx.parse(parser, QStringLiteral("imports [list] [--account ID] [--json] | imports remove ID"), &helpShown))
        return helpShown ? Ok : Usage;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if (action == u"list") {
        if (args.size() > 1)
            return ctx.usageError(Cli::tr("unexpected argument \"%1\"").arg(args.value(1)));
        return list(ctx, parser);
    }
    if (action == u"remove")
        return remove(ctx, args);
    return ctx.usageError(Cli::tr("unknown action \"%1\": list or remove").arg(action));
}

}   // namespace tl::cli
