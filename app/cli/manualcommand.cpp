#include "context.h"

#include "common/clock.h"
#include "common/dates.h"
#include "storage/accountrepository.h"
#include "storage/manualentryrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl::cli {

namespace {

// `manual edit` and `manual end`: past charges stay unless --correct (ManualEntryRepository::update).
int editEntry(Context &ctx, const QCommandLineParser &parser, ManualEntryRepository &repo, const ManualEntry &before,
              bool ending, QDate today)
{
    ManualEntry e = before;
    if (parser.isSet(QStringLiteral("label")) && !ending) {
        e.label = parser.value(QStringLiteral("label")).trimmed();
        if (e.label.isEmpty())
            return ctx.usageError(Cli::tr("--label cannot be empty"));
    }
    if (parser.isSet(QStringLiteral("amount")) && !ending) {
        const Money::ParseResult amount = Money::parse(parser.value(QStringLiteral("amount")));
        if (!amount.value || amount.inexact || amount.value->isNegative() || amount.value->isZero())
            return ctx.usageError(Cli::tr("--amount must be a positive number of US dollars"));
        e.amount = *amount.value;
    }
    if (parser.isSet(QStringLiteral("from")) && !ending && !ctx.readDay(parser, QStringLiteral("from"), &e.start))
        return Usage;
    if (parser.isSet(QStringLiteral("note")) && !ending)
        e.note = parser.value(QStringLiteral("note"));
    if (ending || parser.isSet(QStringLiteral("to"))) {
        if (e.recurrence != ManualEntry::Recurrence::Monthly)
            return ctx.usageError(Cli::tr("only a monthly entry has an end"));
        QDate end = today;
        if (parser.isSet(QStringLiteral("to")) && !ctx.readDay(parser, QStringLiteral("to"), &end))
            return Usage;
        if (end < e.start)
            return ctx.usageError(Cli::tr("--to is before the start (%1)").arg(isoDay(e.start)));
        e.end = end;
    }
    const auto scope = parser.isSet(QStringLiteral("correct")) ? ManualEntryRepository::EditScope::AllCharges
                                                               : ManualEntryRepository::EditScope::FromNextCharge;
    QString error;
    const qint64 carrier = repo.update(e, today, scope, &error);
    if (carrier <= 0 || !repo.materialize(today, &error))
        return ctx.failure(error);
    const ManualEntry::History kept = before.history(today);
    if (carrier != before.id)
        ctx.out() << Cli::tr("Manual entry %1 keeps its %n charge(s) so far at %2 and ends today; entry %3 charges %4 "
                             "from %5.",
                             nullptr, int(kept.charges))
                         .arg(QString::number(before.id), usd(before.amount), QString::number(carrier), usd(e.amount),
                              isoDay(e.nextChargeDay(today).value_or(today)))
                  << "\n";
    else if (ending)
        ctx.out() << Cli::tr("Manual entry %1 ends on %2; no charge after it.")
                         .arg(QString::number(before.id), isoDay(*e.end))
                  << "\n";
    else
        ctx.out() << Cli::tr("Saved manual entry %1.").arg(before.id) << "\n";
    return Ok;
}

}   // namespace

int manualCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Manual entries: spend no API reports (seats, subscriptions, a GPU box), in USD."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, add, edit, end or remove"));
    parser.addOptions({
        {QStringLiteral("account"), QStringLiteral("The account it belongs to."), QStringLiteral("ID")},
        {QStringLiteral("label"), QStringLiteral("What it is, e.g. \"GitHub Copilot Business\"."),
         QStringLiteral("TEXT")},
        {QStringLiteral("amount"), QStringLiteral("US dollars (each month, or once)."), QStringLiteral("USD")},
        {QStringLiteral("monthly"), QStringLiteral("Charged every month from --from (to --to).")},
        {QStringLiteral("once"), QStringLiteral("Charged once, on --date.")},
        {QStringLiteral("from"), QStringLiteral("First month's charge day."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("to"), QStringLiteral("Last day it applies (monthly)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("date"), QStringLiteral("The day of a one-off charge."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("note"), QStringLiteral("A note."), QStringLiteral("TEXT")},
        {QStringLiteral("correct"),
         QStringLiteral("edit: the new amount applies to the charges so far too (a correction), not only from the "
                        "next charge on.")},
        {QStringLiteral("json"), QStringLiteral("Print JSON (list).")},
    });
    bool helpShown = false;
    if (!ctx.parse(parser,
                   QStringLiteral("manual list [--json]\n"
                                  "       tokenledger manual add --account ID --label TEXT --amount USD "
                                  "(--monthly --from DATE [--to DATE] | --once --date DATE) [--note TEXT]\n"
                                  "       tokenledger manual edit ID [--label TEXT] [--amount USD] [--from DATE] "
                                  "[--to DATE] [--note TEXT] [--correct]\n"
                                  "       tokenledger manual end ID [--to DATE]   (default: today)\n"
                                  "       tokenledger manual remove ID"),
                   &helpShown))
        return helpShown ? Ok : Usage;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    Database *db = ctx.database();
    if (!db)
        return Failure;
    ManualEntryRepository repo(db->connection());
    QString error;
    const QDate today = SystemClock().todayUtc();

    if (action == u"list") {
        const QList<ManualEntry> entries = repo.list(&error);
        if (!error.isEmpty())
            return ctx.failure(error);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray out;
            for (const ManualEntry &e : entries)
                out.append(QJsonObject{{QStringLiteral("id"), e.id},
                                       {QStringLiteral("account_id"), e.accountId},
                                       {QStringLiteral("label"), e.label},
                                       {QStringLiteral("recurrence"), ManualEntry::recurrenceName(e.recurrence)},
                                       {QStringLiteral("amount_usd"), e.amount.toExactString()},
                                       {QStringLiteral("start"), isoDay(e.start)},
                                       {QStringLiteral("end"), e.end ? QJsonValue(isoDay(*e.end)) : QJsonValue()},
                                       {QStringLiteral("charges_so_far"), int(e.chargeDays(today).size())},
                                       {QStringLiteral("note"), e.note}});
            ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
            return Ok;
        }
        if (entries.isEmpty())
            ctx.out() << Cli::tr("No manual entries. Add one with: tokenledger manual add --account ID --label Copilot "
                                 "--amount 19 --monthly --from 2026-01-01")
                      << "\n";
        for (const ManualEntry &e : entries) {
            const QString when = e.recurrence != ManualEntry::Recurrence::Monthly
                                     ? Cli::tr("once on %1").arg(isoDay(e.start))
                                 : e.end ? Cli::tr("a month from %1 to %2").arg(isoDay(e.start), isoDay(*e.end))
                                         : Cli::tr("a month from %1").arg(isoDay(e.start));
            ctx.out()
                << e.id << "  "
                << Cli::tr("%1: %2 %3 (account %4)").arg(e.label, usd(e.amount), when, QString::number(e.accountId))
                << "\n";
        }
        return Ok;
    }
    if (action == u"add") {
        ManualEntry e;
        bool ok = false;
        e.accountId = parser.value(QStringLiteral("account")).toLongLong(&ok);
        if (!ok || !AccountRepository(db->connection()).find(e.accountId))
            return ctx.usageError(Cli::tr("manual add needs --account with an existing account id"));
        e.label = parser.value(QStringLiteral("label")).trimmed();
        if (e.label.isEmpty())
            return ctx.usageError(Cli::tr("manual add needs --label"));
        const Money::ParseResult amount = Money::parse(parser.value(QStringLiteral("amount")));
        if (!amount.value || amount.inexact || amount.value->isNegative() || amount.value->isZero())
            return ctx.usageError(Cli::tr("--amount must be a positive number of US dollars"));
        e.amount = *amount.value;
        if (parser.isSet(QStringLiteral("monthly")) == parser.isSet(QStringLiteral("once")))
            return ctx.usageError(Cli::tr("choose --monthly or --once"));
        e.recurrence =
            parser.isSet(QStringLiteral("monthly")) ? ManualEntry::Recurrence::Monthly : ManualEntry::Recurrence::Once;
        const QString startOption =
            e.recurrence == ManualEntry::Recurrence::Monthly ? QStringLiteral("from") : QStringLiteral("date");
        if (!parser.isSet(startOption))
            return ctx.usageError(Cli::tr("--%1 is needed").arg(startOption));
        if (!ctx.readDay(parser, startOption, &e.start))
            return Usage;
        if (parser.isSet(QStringLiteral("to"))) {
            QDate end;
            if (!ctx.readDay(parser, QStringLiteral("to"), &end))
                return Usage;
            if (end < e.start)
                return ctx.usageError(Cli::tr("--to is before --from"));
            e.end = end;
        }
        e.note = parser.value(QStringLiteral("note"));
        const qint64 id = repo.add(e, &error);
        if (id <= 0 || !repo.materialize(today, &error))
            return ctx.failure(error);
        ctx.out() << Cli::tr("Added manual entry %1: %2.").arg(QString::number(id), e.label) << "\n";
        ctx.afterChange(ChangeKind::ManualEntry);
        return Ok;
    }
    if (action == u"edit" || action == u"end" || action == u"remove") {
        bool ok = false;
        const qint64 id = args.value(1).toLongLong(&ok);
        if (args.size() != 2 || !ok)
            return ctx.usageError(Cli::tr("manual %1 needs an entry id").arg(action));
        const std::optional<ManualEntry> before = repo.find(id, &error);
        if (!before)
            return ctx.failure(error);
        if (action == u"remove") {
            const ManualEntry::History gone = before->history(today);
            if (!repo.remove(id, &error) || !repo.materialize(today, &error))
                return ctx.failure(error);
            ctx.out() << Cli::tr("Removed manual entry %1 with its %n charge(s) so far (%2).", nullptr,
                                 int(gone.charges))
                             .arg(QString::number(id), usd(gone.total))
                      << "\n";
            ctx.afterChange(ChangeKind::ManualEntry);
            return Ok;
        }
        const int code = editEntry(ctx, parser, repo, *before, action == u"end", today);
        if (code == Ok)
            ctx.afterChange(ChangeKind::ManualEntry);
        return code;
    }
    return ctx.usageError(Cli::tr("unknown action \"%1\": list, add, edit, end or remove").arg(action));
}

}   // namespace tl::cli
