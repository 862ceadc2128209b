#include "context.h"

#include "alerts/alerts.h"
#include "alerts/alerttext.h"
#include "alerts/budgets.h"
#include "common/clock.h"
#include "providers/providercatalog.h"
#include "storage/accountrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl::cli {

namespace {

const char *const BudgetsSynopsis =
    "budgets list [--json]\n"
    "       tokenledger budgets add --name TEXT --amount USD [--provider P | --account ID] [--thresholds 50,80,100]\n"
    "       tokenledger budgets edit ID [--name TEXT] [--amount USD] [--thresholds LIST] [--enable|--disable]\n"
    "       tokenledger budgets remove ID\n"
    "Budgets are per calendar month (UTC), in US dollars; spend counts billed amounts over estimates.";

const char *const AlertsSynopsis = "alerts [list] [--unread] [--json]\n"
                                   "       tokenledger alerts read (ID | --all)\n"
                                   "       tokenledger alerts ack ID";

QJsonObject budgetJson(const BudgetStatus &s)
{
    return {{QStringLiteral("id"), s.budget.id},
            {QStringLiteral("name"), s.budget.name},
            {QStringLiteral("scope"), Budget::scopeName(s.budget.scope)},
            {QStringLiteral("scope_value"), s.budget.scopeValue},
            {QStringLiteral("amount_usd"), s.budget.amount.toExactString()},
            {QStringLiteral("thresholds"), s.budget.thresholdsText()},
            {QStringLiteral("enabled"), s.budget.enabled},
            {QStringLiteral("month"), s.monthStart.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("spent_usd"), s.spent.toExactString()},
            {QStringLiteral("used_percent"),
             s.usedBasisPoints() ? QJsonValue(QStringLiteral("%1.%2")
                                                  .arg(*s.usedBasisPoints() / 100)
                                                  .arg(*s.usedBasisPoints() % 100, 2, 10, QLatin1Char('0')))
                                 : QJsonValue(s.usedPercentText())},
            {QStringLiteral("forecast_usd"), s.forecast.expected.toExactString()},
            {QStringLiteral("overage_usd"), s.overage().toExactString()},
            {QStringLiteral("state"), s.state == BudgetStatus::State::Over      ? QStringLiteral("over")
                                      : s.state == BudgetStatus::State::Warning ? QStringLiteral("warning")
                                                                                : QStringLiteral("ok")}};
}

// Reads --amount as exact USD; prints the error and returns nullopt when it is not one.
std::optional<Money> readAmount(Context &ctx, const QString &text)
{
    const Money::ParseResult parsed = Money::parse(text);
    if (!parsed.value || parsed.inexact || parsed.value->nanos() <= 0) {
        ctx.usageError(Cli::tr("--amount \"%1\" is not a positive number of US dollars").arg(text));
        return std::nullopt;
    }
    return parsed.value;
}

}   // namespace

int budgetsCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Monthly budgets; alerts fire at their thresholds."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, add, edit or remove"));
    parser.addOptions({
        {QStringLiteral("name"), QStringLiteral("A name for the budget."), QStringLiteral("TEXT")},
        {QStringLiteral("amount"), QStringLiteral("US dollars per month, e.g. 500 or 1250.50."), QStringLiteral("USD")},
        {QStringLiteral("provider"), QStringLiteral("Only this provider's spend."), QStringLiteral("P")},
        {QStringLiteral("account"), QStringLiteral("Only this account's spend."), QStringLiteral("ID")},
        {QStringLiteral("thresholds"), QStringLiteral("Alert percentages, e.g. 50,80,100."), QStringLiteral("LIST")},
        {QStringLiteral("enable"), QStringLiteral("Watch the budget again (edit).")},
        {QStringLiteral("disable"), QStringLiteral("Pause the budget (edit).")},
        {QStringLiteral("json"), QStringLiteral("Print JSON (list).")},
    });
    bool helpShown = false;
    if (!ctx.parse(parser, QString::fromLatin1(BudgetsSynopsis), &helpShown))
        return helpShown ? Ok : Usage;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    Database *db = ctx.database();
    if (!db)
        return Failure;
    BudgetRepository repo(db->connection());
    QString error;

    if (action == u"list") {
        const auto statuses = budgetStatuses(db->connection(), SystemClock().todayUtc(), &error);
        if (!statuses)
            return ctx.failure(error);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray out;
            for (const BudgetStatus &s : *statuses)
                out.append(budgetJson(s));
            ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
            return Ok;
        }
        if (statuses->isEmpty())
            ctx.out() << Cli::tr("No budgets. Add one with: tokenledger budgets add --name Team --amount 500") << "\n";
        for (const BudgetStatus &s : *statuses) {
            const QJsonObject j = budgetJson(s);
            // "12.34" in the JSON; in the reader's format here ("12,34" in German).
            const QString usedPercent = s.usedBasisPoints()
                                            ? cliLocale().toString(double(*s.usedBasisPoints()) / 100, 'f', 2)
                                            : j.value(QStringLiteral("used_percent")).toString();
            // The scope ("provider openai") and the state ("over by $12.00") are the words scripts know.
            const QString scope = Budget::scopeName(s.budget.scope) +
                                  (s.budget.scopeValue.isEmpty() ? QString() : QLatin1Char(' ') + s.budget.scopeValue);
            const QString state =
                j.value(QStringLiteral("state")).toString() +
                (s.overage().isZero() ? QString() : QLatin1Char(' ') + Cli::tr("by %1").arg(usd(s.overage())));
            ctx.out() << s.budget.id << "  "
                      << Cli::tr("%1 (%2): %3 of %4 (%5 %), forecast %6, %7")
                             .arg(s.budget.name, scope, usd(s.spent), usd(s.budget.amount), usedPercent,
                                  usd(s.forecast.expected), state)
                      << (s.budget.enabled ? "" : " [paused]") << "\n";
        }
        return Ok;
    }

    if (action == u"add" || action == u"edit") {
        Budget b;
        if (action == u"edit") {
            bool ok = false;
            const qint64 id = args.value(1).toLongLong(&ok);
            if (args.size() != 2 || !ok)
                return ctx.usageError(Cli::tr("budgets edit needs a budget id"));
            const auto existing = repo.find(id);
            if (!existing)
                return ctx.failure(Cli::tr("no budget %1").arg(id));
            b = *existing;
        } else {
            if (args.size() != 1)
                return ctx.usageError(Cli::tr("unexpected argument \"%1\"").arg(args.value(1)));
            if (!parser.isSet(QStringLiteral("name")) || !parser.isSet(QStringLiteral("amount")))
                return ctx.usageError(Cli::tr("budgets add needs --name and --amount"));
        }
        if (parser.isSet(QStringLiteral("name")))
            b.name = parser.value(QStringLiteral("name")).trimmed();
        if (b.name.isEmpty())
            return ctx.usageError(Cli::tr("--name must not be empty"));
        if (parser.isSet(QStringLiteral("amount"))) {
            const auto amount = readAmount(ctx, parser.value(QStringLiteral("amount")));
            if (!amount)
                return Usage;
            b.amount = *amount;
        }
        if (parser.isSet(QStringLiteral("provider")) && parser.isSet(QStringLiteral("account")))
            return ctx.usageError(Cli::tr("choose --provider or --account, not both"));
        if (parser.isSet(QStringLiteral("provider"))) {
            if (!isKnownProvider(parser.value(QStringLiteral("provider"))))
                return ctx.usageError(Cli::tr("unknown provider \"%1\"").arg(parser.value(QStringLiteral("provider"))));
            b.scope = Budget::Scope::Provider;
            b.scopeValue = parser.value(QStringLiteral("provider"));
        }
        if (parser.isSet(QStringLiteral("account"))) {
            bool ok = false;
            const qint64 account = parser.value(QStringLiteral("account")).toLongLong(&ok);
            if (!ok || !AccountRepository(db->connection()).find(account))
                return ctx.usageError(Cli::tr("no account \"%1\"").arg(parser.value(QStringLiteral("account"))));
            b.scope = Budget::Scope::Account;
            b.scopeValue = QString::number(account);
        }
        if (parser.isSet(QStringLiteral("thresholds"))) {
            const auto thresholds = Budget::parseThresholds(parser.value(QStringLiteral("thresholds")));
            if (!thresholds)
                return ctx.usageError(Cli::tr("--thresholds must be whole percentages from 1 to 1000, "
                                              "separated by commas"));
            b.thresholds = *thresholds;
        }
        if (parser.isSet(QStringLiteral("enable")) && parser.isSet(QStringLiteral("disable")))
            return ctx.usageError(Cli::tr("choose --enable or --disable"));
        if (parser.isSet(QStringLiteral("enable")) || parser.isSet(QStringLiteral("disable")))
            b.enabled = parser.isSet(QStringLiteral("enable"));
        if (action == u"add") {
            const qint64 id = repo.add(b, &error);
            if (id <= 0)
                return ctx.failure(error);
            ctx.out() << Cli::tr("Added budget %1: %2, %3 a month.").arg(QString::number(id), b.name, usd(b.amount))
                      << "\n";
        } else {
            if (!repo.update(b, &error))
                return ctx.failure(error);
            ctx.out() << Cli::tr("Updated budget %1.").arg(b.id) << "\n";
        }
        // A budget already crossed says so now, not at the next sync.
        ctx.afterChange(ChangeKind::Budget);
        return Ok;
    }

    if (action == u"remove") {
        bool ok = false;
        const qint64 id = args.value(1).toLongLong(&ok);
        if (args.size() != 2 || !ok)
            return ctx.usageError(Cli::tr("budgets remove needs a budget id"));
        if (!repo.remove(id, &error))
            return ctx.failure(error);
        ctx.out() << Cli::tr("Removed budget %1; its past alerts stay.").arg(id) << "\n";
        ctx.afterChange(ChangeKind::Budget);
        return Ok;
    }
    return ctx.usageError(Cli::tr("unknown action \"%1\": list, add, edit or remove").arg(action));
}

int alertsCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Alerts raised after syncs: list, mark read, acknowledge."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list (default), read or ack"));
    parser.addOptions({
        {QStringLiteral("unread"), QStringLiteral("Only unread alerts (list).")},
        {QStringLiteral("all"), QStringLiteral("Every alert (read).")},
        {QStringLiteral("json"), QStringLiteral("Print JSON (list).")},
    });
    bool helpShown = false;
    if (!ctx.parse(parser, QString::fromLatin1(AlertsSynopsis), &helpShown))
        return helpShown ? Ok : Usage;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    Database *db = ctx.database();
    if (!db)
        return Failure;
    AlertRepository repo(db->connection());
    QString error;
    const QDateTime now = SystemClock().nowUtc();
    if (action == u"list") {
        QList<Alert> alerts = repo.list(500, &error);
        if (!error.isEmpty())
            return ctx.failure(error);
        if (parser.isSet(QStringLiteral("unread")))
            alerts.removeIf([](const Alert &a) { return a.isRead(); });
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray out;
            for (const Alert &a : std::as_const(alerts)) {
                out.append(QJsonObject{{QStringLiteral("id"), a.id},
                                       {QStringLiteral("kind"), Alert::kindName(a.kind)},
                                       {QStringLiteral("severity"), Alert::severityName(a.severity)},
                                       {QStringLiteral("title"), renderAlert(a, QLocale::c()).title},
                                       {QStringLiteral("message"), renderAlert(a, QLocale::c()).message},
                                       {QStringLiteral("params"), a.params},
                                       {QStringLiteral("period"), a.period},
                                       {QStringLiteral("created_at"), a.createdAt.toString(Qt::ISODate)},
                                       {QStringLiteral("read"), a.isRead()},
                                       {QStringLiteral("acknowledged"), a.acknowledgedAt.isValid()}});
            }
            ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
            return Ok;
        }
        if (alerts.isEmpty())
            ctx.out() << Cli::tr("No alerts.") << "\n";
        for (const Alert &a : std::as_const(alerts)) {
            const AlertText text = renderAlert(a, cliLocale());
            ctx.out() << a.id << "  [" << Alert::severityName(a.severity) << "] " << a.createdAt.toString(Qt::ISODate)
                      << "  " << text.title << (a.isRead() ? QString() : QStringLiteral("  ") + Cli::tr("(unread)"))
                      << "\n    " << text.message << "\n";
        }
        return Ok;
    }
    if (action == u"read" && parser.isSet(QStringLiteral("all"))) {
        if (!repo.markAllRead(now, &error))
            return ctx.failure(error);
        return Ok;
    }
    if (action == u"read" || action == u"ack") {
        bool ok = false;
        const qint64 id = args.value(1).toLongLong(&ok);
        if (args.size() != 2 || !ok || !repo.find(id))
            return ctx.usageError(Cli::tr("alerts %1 needs an alert id").arg(action));
        if (!(action == u"read" ? repo.markRead(id, now, &error) : repo.acknowledge(id, now, &error)))
            return ctx.failure(error);
        return Ok;
    }
    return ctx.usageError(Cli::tr("unknown action \"%1\": list, read or ack").arg(action));
}

}   // namespace tl::cli
