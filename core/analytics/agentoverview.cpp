#include "agentoverview.h"

#include "agents/agentsources.h"
#include "common/checkedmath.h"
#include "common/dates.h"
#include "pricing/costcalculator.h"
#include "storage/agentrepository.h"
#include "storage/sqlutil.h"
#include "storage/statement.h"

#include <QSqlQuery>
#include <QVariant>

namespace tl {

std::optional<Money> agentRequestCost(const CostCalculator &calculator, const QString &provider,
                                      const AgentRequestTokens &t)
{
    UsageRecord r;
    r.day = t.day;
    r.model = t.model;
    r.inputTokens = t.input;
    r.cachedInputTokens = t.cacheRead;
    r.cacheWrite5mTokens = t.cacheWrite5m;
    r.cacheWrite1hTokens = t.cacheWrite1h;
    r.outputTokens = t.output;
    r.requests = 1;
    const std::optional<qint64> threshold = calculator.longContextThreshold(provider, t.model, t.day);
    if (threshold && t.input + t.cacheRead + t.cacheWrite5m + t.cacheWrite1h > *threshold)
        r.serviceTier = withLongContext(QString());
    return calculator.price(provider, r).cost;
}

std::optional<AgentOverview> agentOverview(QSqlDatabase db, const PricingCatalog &catalog, const QDateTime &now,
                                           QString *error)
{
    AgentOverview out;
    AgentRepository agents(db);
    const QList<Account> accounts = agents.accounts(error);
    if (error && !error->isEmpty())
        return std::nullopt;
    const QDate today = now.toUTC().date();
    const QDate monthStart(today.year(), today.month(), 1);
    const qint64 windowFromMs = now.addDays(-30).toMSecsSinceEpoch();
    const CostCalculator calculator(catalog);
    OverflowGuard guard;

    sql::Statement requests;
    if (!requests.prepare(db,
                          "SELECT at_ms, day, model, input, cache_read, cache_write_5m, cache_write_1h, output "
                          "FROM agent_requests WHERE account_id = ?1 AND at_ms >= ?2 ORDER BY at_ms",
                          error))
        return std::nullopt;
    QSqlQuery q(db);
    for (const Account &a : accounts) {
        AgentAccountOverview o;
        o.accountId = a.id;
        o.label = a.label;
        o.provider = a.provider;
        o.subscription = a.subscription;
        o.billedByAccount = a.billedByAccount;
        if (!sql::prepare(q, QStringLiteral("SELECT window_alert_percent FROM accounts WHERE id = ?"), error))
            return std::nullopt;
        q.addBindValue(a.id);
        if (!sql::exec(q, error))
            return std::nullopt;
        if (q.next())
            o.windowAlertPercent = q.value(0).toInt();
        // The month: usage (from the rebuilt rows, summed per day: the account's days of the month
        // by the key) and manual entries (the fee).
        if (!sql::prepare(q,
                          QStringLiteral("SELECT COALESCE(SUM(cost_nano), 0), COALESCE(SUM(requests), 0), "
                                         "COALESCE(SUM(input_tokens + cached_input_tokens + cache_write_tokens + "
                                         "output_tokens), 0), COALESCE(SUM(unpriced_rows), 0) FROM "
                                         "usage_account_daily WHERE account_id = ? AND day BETWEEN ? AND ?"),
                          error))
            return std::nullopt;
        q.addBindValue(a.id);
        q.addBindValue(isoDay(monthStart));
        q.addBindValue(isoDay(today));
        if (!sql::exec(q, error) || !q.next())
            return std::nullopt;
        o.usageMtd = Money::fromNanos(q.value(0).toLongLong());
        o.requestsMtd = q.value(1).toLongLong();
        o.tokensMtd = q.value(2).toLongLong();
        if (!sql::prepare(q,
                          QStringLiteral("SELECT COALESCE(SUM(amount_nano), 0) FROM costs WHERE account_id = ? AND "
                                         "source = 'manual' AND currency = 'USD' AND day BETWEEN ? AND ?"),
                          error))
            return std::nullopt;
        q.addBindValue(a.id);
        q.addBindValue(isoDay(monthStart));
        q.addBindValue(isoDay(today));
        if (!sql::exec(q, error) || !q.next())
            return std::nullopt;
        o.feeMtd = Money::fromNanos(q.value(0).toLongLong());
        if (!o.feeMtd.isZero())
            o.returnBasisPoints = basisPoints(o.usageMtd.nanos(), o.feeMtd.nanos());
        if (!sql::prepare(q, QStringLiteral("SELECT MAX(at_ms) FROM agent_requests WHERE account_id = ?"), error))
            return std::nullopt;
        q.addBindValue(a.id);
        if (sql::exec(q, error) && q.next() && !q.value(0).isNull())
            o.lastRequest = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);

        if (a.provider == agentProviderId(AgentKind::ClaudeCode)) {
            // Claude plans meter 5-hour windows: each request at its API price.
            QList<UsagePoint> points;
            requests.reset();
            requests.bind(1, a.id);
            requests.bind(2, windowFromMs);
            while (requests.step()) {
                AgentRequestTokens t;
                t.day = parseIsoDay(requests.text(1)).value_or(QDate());
                t.model = requests.text(2);
                t.input = requests.int64(3);
                t.cacheRead = requests.int64(4);
                t.cacheWrite5m = requests.int64(5);
                t.cacheWrite1h = requests.int64(6);
                t.output = requests.int64(7);
                UsagePoint p;
                p.time = QDateTime::fromMSecsSinceEpoch(requests.int64(0), Qt::UTC);
                p.tokens = t.input + t.cacheRead + t.cacheWrite5m + t.cacheWrite1h + t.output;
                p.valueNano = agentRequestCost(calculator, a.provider, t).value_or(Money()).nanos();
                points.append(p);
            }
            if (!requests.ok()) {
                if (error)
                    *error = requests.error();
                return std::nullopt;
            }
            o.windows = summarizeWindows(usageWindows(points), now);
        }
        if (a.provider == agentProviderId(AgentKind::CodexCli))
            o.rateLimits = agents.rateLimits(a.id);

        const auto add = [&guard](Money x, Money y) {
            return guard.add(x, y, [] { return QStringLiteral("the coding agents' totals"); });
        };
        if (a.subscription) {
            out.subscriptionValueMtd = add(out.subscriptionValueMtd, o.usageMtd);
            out.subscriptionFeesMtd = add(out.subscriptionFeesMtd, o.feeMtd);
        } else if (a.billedByAccount == 0) {
            out.apiUsageMtd = add(out.apiUsageMtd, o.usageMtd);
        }
        out.accounts.append(o);
    }
    if (!guard.check(error))
        return std::nullopt;
    return out;
}

}   // namespace tl
