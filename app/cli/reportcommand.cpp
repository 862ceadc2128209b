#include "context.h"

#include "storage/manualentryrepository.h"

#include "analytics/report.h"
#include "analytics/spend.h"
#include "common/checkedmath.h"
#include "common/dates.h"
#include "providers/providercatalog.h"
#include "storage/queryloop.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace tl::cli {

namespace {

QString tokens(qint64 n)
{
    return count(n);
}

// "  Requests                           " : a figure's label, its figure in the column after.
QString figure(const QString &label)
{
    return QStringLiteral("  ") + aligned(label, 34) + QLatin1Char(' ');
}

// Spend (billed over estimated, plus manual) per row key, where the dimension has it.
using SpendByKey = QHash<QString, Money>;

void printTable(QTextStream &out, const QString &title, const QList<UsageTotals> &rows,
                const std::optional<SpendByKey> &spend = std::nullopt)
{
    out << "\n" << title << "\n";
    if (rows.isEmpty()) {
        out << "  " << Cli::tr("(none)") << "\n";
        return;
    }
    int width = 10;
    for (const UsageTotals &t : rows)
        width = std::max(width, static_cast<int>(t.label.size()));
    width = std::min(width, 48);
    out << "  " << QStringLiteral("%1").arg(QString(), -width);
    if (spend)
        out << aligned(Cli::tr("Spend"), 16, Qt::AlignRight);
    out << aligned(spend ? Cli::tr("Usage cost") : Cli::tr("Cost"), 16, Qt::AlignRight)
        << aligned(Cli::tr("Tokens"), 18, Qt::AlignRight) << aligned(Cli::tr("Requests"), 14, Qt::AlignRight)
        << aligned(Cli::tr("Unpriced tokens"), 18, Qt::AlignRight) << "\n";
    for (const UsageTotals &t : rows) {
        out << "  " << QStringLiteral("%1").arg(t.label.left(width), -width);
        if (spend)
            out << QStringLiteral("%1").arg(usd(spend->value(t.key)), 16);
        out << QStringLiteral("%1").arg(usd(t.cost), 16) << QStringLiteral("%1").arg(tokens(t.tokens()), 18)
            << QStringLiteral("%1").arg(tokens(t.requests), 14)
            << QStringLiteral("%1").arg(tokens(t.unpricedTokens), 18) << "\n";
    }
}

void printText(QTextStream &out, const Report &r)
{
    out << Cli::tr("TokenLedger report: %1 to %2 (UTC days, inclusive)").arg(isoDay(r.from), isoDay(r.to)) << "\n\n";
    out << figure(Cli::tr("Usage cost (estimated + reported)")) << usd(r.total.cost) << "\n";
    bool anyBilled = false;
    for (const BilledTotal &b : r.billed) {
        anyBilled = true;
        if (b.currency == u"USD")
            out << figure(Cli::tr("Billed by providers (cost APIs)")) << usd(b.amount) << "\n";
        else
            out << figure(Cli::tr("Billed in %1 (not added to USD)").arg(b.currency)) << b.amount.toDecimalString(2)
                << " " << b.currency << "\n";
    }
    if (!anyBilled)
        out << figure(Cli::tr("Billed by providers (cost APIs)")) << usd(Money()) << "\n";
    out << figure(Cli::tr("Tokens"))
        << Cli::tr("%1 (input %2, cached %3, cache writes %4, output %5)")
               .arg(tokens(r.total.tokens()), tokens(r.total.inputTokens), tokens(r.total.cachedInputTokens),
                    tokens(r.total.cacheWriteTokens), tokens(r.total.outputTokens))
        << "\n";
    out << figure(Cli::tr("Requests")) << tokens(r.total.requests) << "\n";
    out << figure(Cli::tr("Unpriced tokens (not in any cost)")) << tokens(r.total.unpricedTokens) << "\n";
    if (const auto coverage = r.priceCoverageBasisPoints())
        out << figure(Cli::tr("Price coverage"))
            << Cli::tr("%1 % of tokens priced").arg(Report::formatBasisPoints(*coverage)) << "\n";
    if (!r.unpriced.isEmpty()) {
        out << "\n"
            << Cli::tr("Unpriced models (no price known: not counted in any cost; set one with tokenledger pricing "
                       "set)")
            << "\n";
        for (const UnpricedModel &u : r.unpriced)
            out << "  "
                << Cli::tr("%1 (%2): %3 tokens in %n row(s)", nullptr, int(u.rows))
                       .arg(u.model, providerDisplayName(u.provider), tokens(u.tokens))
                << "\n";
    }
    if (r.unattributedTokens > 0)
        out << "\n"
            << Cli::tr("%1 unpriced tokens are \"(unattributed)\": usage the provider reported without a model name. "
                       "No price can cover it; its cost comes from the provider's billed amount or cannot be "
                       "estimated.")
                   .arg(tokens(r.unattributedTokens))
            << "\n";
    if (r.total.rows == 0 && r.billed.isEmpty()) {
        out << "\n"
            << Cli::tr("No usage recorded in this period. Add a provider account or import a CSV of your usage to "
                       "start.")
            << "\n";
        return;
    }
    printTable(out, Cli::tr("By provider"), r.byProvider);
    printTable(out, Cli::tr("By model"), r.byModel);
    printTable(out, Cli::tr("By account"), r.byAccount);
}

}   // namespace

namespace {

// What the figures are made of: billed where a provider billed, estimated elsewhere.
struct SpendSplit
{
    Money total;
    Money billed;
    Money estimated;
    Money manual;
};

std::optional<SpendSplit> splitOf(const QList<DailySpend> &days, QString *error)
{
    SpendSplit s;
    OverflowGuard guard;
    const auto what = [] { return QStringLiteral("the period's amounts"); };
    for (const DailySpend &d : days) {
        s.total = guard.add(s.total, d.spend(), what);
        if (d.hasBilled)
            s.billed = guard.add(s.billed, d.billed, what);
        else
            s.estimated = guard.add(s.estimated, d.estimated, what);
        s.manual = guard.add(s.manual, d.manual, what);
    }
    if (!guard.check(error))
        return std::nullopt;
    return s;
}

struct AccountNames
{
    QHash<qint64, QString> provider;
    QHash<qint64, QString> label;
};

std::optional<AccountNames> accountNames(QSqlDatabase db, QString *error)
{
    AccountNames out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, provider, label FROM accounts"))) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        out.provider.insert(q.value(0).toLongLong(), q.value(1).toString());
        out.label.insert(q.value(0).toLongLong(), q.value(2).toString());
    }
    if (!sql::readSucceeded(q, error))
        return std::nullopt;
    return out;
}

// Spend per provider or per account — the figure the dashboard's provider table shows — and a row
// for every key that has spend but no usage (a billed-only or manual-only account).
std::optional<SpendByKey> spendBy(const QString &dimension, const QList<DailySpend> &days, const AccountNames &names,
                                  QList<UsageTotals> *rows, QString *error)
{
    SpendByKey out;
    OverflowGuard guard;
    for (const DailySpend &d : days) {
        const QString key = dimension == u"provider" ? names.provider.value(d.accountId) : QString::number(d.accountId);
        out[key] = guard.add(out.value(key), d.spend(), [&] { return QStringLiteral("the spend of %1").arg(key); });
    }
    if (!guard.check(error))
        return std::nullopt;
    for (auto it = out.cbegin(); it != out.cend(); ++it) {
        const bool listed =
            std::any_of(rows->cbegin(), rows->cend(), [&](const UsageTotals &t) { return t.key == it.key(); });
        if (listed || it.value().isZero())
            continue;
        UsageTotals t;
        t.key = it.key();
        t.label = dimension == u"provider" ? providerDisplayName(it.key()) : names.label.value(it.key().toLongLong());
        rows->append(t);
    }
    return out;
}

QJsonObject moneyText(Money m)
{
    return QJsonObject{{QStringLiteral("usd"), m.toExactString()},
                       {QStringLiteral("nano_usd"), QString::number(m.nanos())}};
}

QJsonObject forecastJson(const Forecast &f)
{
    return QJsonObject{
        {QStringLiteral("month_to_date"), moneyText(f.monthToDate)},
        {QStringLiteral("same_days_last_month"), moneyText(f.sameDaysLastMonth)},
        {QStringLiteral("expected"), moneyText(f.expected)},
        {QStringLiteral("low"), moneyText(f.low)},
        {QStringLiteral("high"), moneyText(f.high)},
        {QStringLiteral("daily_rate"), moneyText(f.dailyRate)},
        {QStringLiteral("rate_days"), f.rateDaysUsed},
        {QStringLiteral("rate_from"), isoDay(f.rateFrom)},
        {QStringLiteral("days_left"), f.daysLeft},
        {QStringLiteral("method"), QStringLiteral("month to date + mean of the last complete UTC days "
                                                  "x days left; band = mean +/- one standard deviation")}};
}

}   // namespace

int reportCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Totals and breakdowns, the month-end forecast, billed vs estimated."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("First UTC day (default: the first day of this month)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last UTC day, inclusive (default: today)."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption by(QStringLiteral("by"),
                                QStringLiteral("One breakdown only: provider, model, account, project, key or day."),
                                QStringLiteral("DIMENSION"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (money as exact decimal text)."));
    parser.addOptions({from, to, by, json});
    bool helpShown = false;
    if (!ctx.parse(parser, QStringLiteral("report [--from DATE] [--to DATE] [--by DIMENSION] [--json]"), &helpShown))
        return helpShown ? Ok : Usage;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    const QString dimension = parser.value(by);
    static const QStringList dimensions = {QStringLiteral("provider"), QStringLiteral("model"),
                                           QStringLiteral("account"),  QStringLiteral("project"),
                                           QStringLiteral("key"),      QStringLiteral("day")};
    if (parser.isSet(by) && !dimensions.contains(dimension))
        return ctx.usageError(Cli::tr("--by \"%1\" is not one of %2").arg(dimension, dimensions.join(u", ")));

    const QDate today = utcToday();
    QDate fromDay(today.year(), today.month(), 1);
    QDate toDay = today;
    if (!ctx.readDay(parser, QStringLiteral("from"), &fromDay) || !ctx.readDay(parser, QStringLiteral("to"), &toDay))
        return Usage;
    // --to alone names a day of a month: the report runs from that month's first day.
    if (parser.isSet(to) && !parser.isSet(from))
        fromDay = QDate(toDay.year(), toDay.month(), 1);
    if (fromDay > toDay)
        return ctx.usageError(Cli::tr("--from %1 is after --to %2").arg(isoDay(fromDay), isoDay(toDay)));

    Database *db = ctx.database();
    if (!db)
        return Failure;
    QString error;
    // A monthly charge is due on its day whether or not anything ran since (the 1st of a month with
    // no sync yet): the manual charges are brought up to today before anything is read.
    if (!ManualEntryRepository(db->connection()).materialize(today, &error)) {
        ctx.err() << "tokenledger: "
                  << Cli::tr("the manual charges could not be brought up to today (%1); the figures hold those "
                             "recorded before.")
                         .arg(error)
                  << "\n";
        error.clear();
    }
    const ReportBuilder builder(db->connection());
    const auto report = builder.build(fromDay, toDay, &error);
    const auto days = report ? dailySpend(db->connection(), fromDay, toDay, &error) : std::nullopt;
    if (!report || !days)
        return ctx.failure(Cli::tr("could not read the database: %1").arg(error));
    const auto splitRead = splitOf(*days, &error);
    if (!splitRead)
        return ctx.failure(error);
    const SpendSplit split = *splitRead;

    // The forecast belongs to a period that runs to today.
    std::optional<Forecast> forecast;
    if (toDay == today) {
        const auto recent = dailySpend(db->connection(),
                                       QDate(today.year(), today.month(), 1).addMonths(-1).addDays(-10), today, &error);
        if (!recent)
            return ctx.failure(Cli::tr("could not read the database: %1").arg(error));
        const auto recentDays = totalsByDay(*recent, &error);
        if (!recentDays)
            return ctx.failure(error);
        const QList<ManualEntry> entries = ManualEntryRepository(db->connection()).list(&error);
        if (!error.isEmpty())
            return ctx.failure(Cli::tr("could not read the database: %1").arg(error));
        const std::optional<Money> due = fixedChargesDue(entries, today, {}, &error);
        if (!due)
            return ctx.failure(error);
        forecast = forecastWithFixedCharges(*recent, today, *due);
        if (forecast->overflowed())
            return ctx.failure(forecast->overflowMessage);
    }

    QList<UsageTotals> rows;
    if (dimension == u"provider")
        rows = report->byProvider;
    else if (dimension == u"model")
        rows = report->byModel;
    else if (dimension == u"account")
        rows = report->byAccount;
    else if (dimension == u"project" || dimension == u"key") {
        const auto other = builder.breakdownBy(dimension, fromDay, toDay, &error);
        if (!other)
            return ctx.failure(Cli::tr("could not read the database: %1").arg(error));
        rows = *other;
    }
    // Per provider and per account, spend stands next to usage cost, as on the dashboard.
    std::optional<SpendByKey> spend;
    if (dimension == u"provider" || dimension == u"account") {
        const auto names = accountNames(db->connection(), &error);
        if (names)
            spend = spendBy(dimension, *days, *names, &rows, &error);
        if (!spend)
            return ctx.failure(Cli::tr("could not read the database: %1").arg(error));
    }
    const auto dayTotals = totalsByDay(*days, &error);
    if (!dayTotals)
        return ctx.failure(error);
    const QList<std::pair<QDate, Money>> &byDay = *dayTotals;

    if (parser.isSet(json)) {
        QJsonObject out = report->toJson();
        out.insert(QStringLiteral("spend"),
                   QJsonObject{
                       {QStringLiteral("total"), moneyText(split.total)},
                       {QStringLiteral("billed"), moneyText(split.billed)},
                       {QStringLiteral("estimated"), moneyText(split.estimated)},
                       {QStringLiteral("manual"), moneyText(split.manual)},
                       {QStringLiteral("rule"), QStringLiteral("billed wins over estimated per account and UTC day")}});
        if (forecast)
            out.insert(QStringLiteral("forecast"), forecastJson(*forecast));
        if (!dimension.isEmpty()) {
            QJsonArray list;
            if (dimension == u"day") {
                for (const auto &[day, amount] : byDay)
                    list.append(QJsonObject{{QStringLiteral("day"), isoDay(day)},
                                            {QStringLiteral("spend"), moneyText(amount)}});
            } else {
                for (const UsageTotals &t : rows) {
                    QJsonObject row{{QStringLiteral("key"), t.key},
                                    {QStringLiteral("label"), t.label},
                                    {QStringLiteral("cost"), moneyText(t.cost)},
                                    {QStringLiteral("total_tokens"), t.tokens()},
                                    {QStringLiteral("requests"), t.requests},
                                    {QStringLiteral("unpriced_tokens"), t.unpricedTokens}};
                    if (spend)
                        row.insert(QStringLiteral("spend"), moneyText(spend->value(t.key)));
                    list.append(row);
                }
            }
            out.insert(QStringLiteral("by"),
                       QJsonObject{{QStringLiteral("dimension"), dimension}, {QStringLiteral("rows"), list}});
        }
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Ok;
    }

    if (dimension.isEmpty()) {
        printText(ctx.out(), *report);
    } else if (dimension == u"day") {
        ctx.out() << Cli::tr("Spend per UTC day, %1 to %2 (billed where billed):").arg(isoDay(fromDay), isoDay(toDay))
                  << "\n";
        for (const auto &[day, amount] : byDay)
            ctx.out() << "  " << isoDay(day) << "  " << usd(amount) << "\n";
    } else {
        printTable(ctx.out(), Cli::tr("By %1, %2 to %3 (UTC days)").arg(dimension, isoDay(fromDay), isoDay(toDay)),
                   rows, spend);
    }
    ctx.out() << "\n"
              << Cli::tr("Spend %1 = billed %2 + estimated %3 + manual %4 (billed wins over estimated per account and "
                         "UTC day; manual entries add on top)")
                     .arg(usd(split.total), usd(split.billed), usd(split.estimated), usd(split.manual))
              << "\n";
    if (forecast)
        ctx.out() << Cli::tr("Month-end forecast %1 (%2 to %3): month to date %4 + %5 a day (mean of %6 complete UTC "
                             "days) x %7 days left. Same days last month: %8.")
                         .arg(usd(forecast->expected), usd(forecast->low), usd(forecast->high),
                              usd(forecast->monthToDate), usd(forecast->dailyRate), count(forecast->rateDaysUsed),
                              count(forecast->daysLeft), usd(forecast->sameDaysLastMonth))
                  << "\n";
    return Ok;
}

}   // namespace tl::cli
