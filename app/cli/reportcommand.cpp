#include "context.h"

#include "analytics/report.h"
#include "common/dates.h"
#include "providers/providercatalog.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace tl::cli {

namespace {

// The command line prints in one fixed style whatever the user's locale: "$1,234.57".
const QLocale &cliLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString tokens(qint64 n)
{
    return cliLocale().toString(n);
}

QString usd(Money m)
{
    return m.toDisplayString(cliLocale(), 2);
}

void printTable(QTextStream &out, const QString &title, const QList<UsageTotals> &rows)
{
    out << "\n" << title << "\n";
    if (rows.isEmpty()) {
        out << "  (none)\n";
        return;
    }
    int width = 10;
    for (const UsageTotals &t : rows)
        width = std::max(width, static_cast<int>(t.label.size()));
    width = std::min(width, 48);
    out << "  " << QStringLiteral("%1").arg(QString(), -width) << QStringLiteral("%1").arg(QStringLiteral("Cost"), 16)
        << QStringLiteral("%1").arg(QStringLiteral("Tokens"), 18)
        << QStringLiteral("%1").arg(QStringLiteral("Requests"), 14)
        << QStringLiteral("%1").arg(QStringLiteral("Unpriced tokens"), 18) << "\n";
    for (const UsageTotals &t : rows) {
        out << "  " << QStringLiteral("%1").arg(t.label.left(width), -width)
            << QStringLiteral("%1").arg(usd(t.cost), 16) << QStringLiteral("%1").arg(tokens(t.tokens()), 18)
            << QStringLiteral("%1").arg(tokens(t.requests), 14)
            << QStringLiteral("%1").arg(tokens(t.unpricedTokens), 18) << "\n";
    }
}

void printText(QTextStream &out, const Report &r)
{
    out << "TokenLedger report: " << isoDay(r.from) << " to " << isoDay(r.to) << " (UTC days, inclusive)\n\n";
    out << "  Usage cost (estimated + reported)  " << usd(r.total.cost) << "\n";
    bool anyBilled = false;
    for (const BilledTotal &b : r.billed) {
        anyBilled = true;
        if (b.currency == u"USD")
            out << "  Billed by providers (cost APIs)    " << usd(b.amount) << "\n";
        else
            out << "  Billed in " << b.currency << " (not added to USD)   " << b.amount.toDecimalString(2) << " "
                << b.currency << "\n";
    }
    if (!anyBilled)
        out << "  Billed by providers (cost APIs)    $0.00\n";
    out << "  Tokens                             " << tokens(r.total.tokens()) << " (input "
        << tokens(r.total.inputTokens) << ", cached " << tokens(r.total.cachedInputTokens) << ", cache writes "
        << tokens(r.total.cacheWriteTokens) << ", output " << tokens(r.total.outputTokens) << ")\n";
    out << "  Requests                           " << tokens(r.total.requests) << "\n";
    out << "  Unpriced tokens (not in any cost)  " << tokens(r.total.unpricedTokens) << "\n";
    if (const auto coverage = r.priceCoverageBasisPoints())
        out << "  Price coverage                     " << Report::formatBasisPoints(*coverage)
            << " % of tokens priced\n";
    if (!r.unpriced.isEmpty()) {
        out << "\nUnpriced models (no price known: not counted in any cost; set one with tokenledger pricing set)\n";
        for (const UnpricedModel &u : r.unpriced)
            out << "  " << u.model << " (" << providerDisplayName(u.provider) << "): " << tokens(u.tokens)
                << " tokens in " << u.rows << " rows\n";
    }
    if (r.total.rows == 0 && r.billed.isEmpty()) {
        out << "\nNo usage recorded in this period. Add a provider account or import a CSV of your usage to "
               "start.\n";
        return;
    }
    printTable(out, QStringLiteral("By provider"), r.byProvider);
    printTable(out, QStringLiteral("By model"), r.byModel);
    printTable(out, QStringLiteral("By account"), r.byAccount);
}

}   // namespace

int reportCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Totals and breakdowns by provider, model and account."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("First UTC day (default: the first day of this month)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last UTC day, inclusive (default: today)."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (money as exact decimal text)."));
    parser.addOptions({from, to, json});
    bool helpShown = false;
    if (!ctx.parse(parser, QStringLiteral("report [--from DATE] [--to DATE] [--json]"), &helpShown))
        return helpShown ? Ok : Usage;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    const QDate today = utcToday();
    QDate fromDay(today.year(), today.month(), 1);
    QDate toDay = today;
    for (const auto &[option, target] : {std::pair{&from, &fromDay}, std::pair{&to, &toDay}}) {
        if (!parser.isSet(*option))
            continue;
        const auto day = parseIsoDay(parser.value(*option));
        if (!day)
            return ctx.usageError(QStringLiteral("--%1 \"%2\" is not a date (expected YYYY-MM-DD)")
                                      .arg(option->names().constFirst(), parser.value(*option)));
        *target = *day;
    }
    if (fromDay > toDay)
        return ctx.usageError(QStringLiteral("--from %1 is after --to %2").arg(isoDay(fromDay), isoDay(toDay)));

    Database *db = ctx.database();
    if (!db)
        return Failure;
    QString error;
    const auto report = ReportBuilder(db->connection()).build(fromDay, toDay, &error);
    if (!report)
        return ctx.failure(QStringLiteral("could not read the database: %1").arg(error));
    if (parser.isSet(json))
        ctx.out() << QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    else
        printText(ctx.out(), *report);
    return Ok;
}

}   // namespace tl::cli
