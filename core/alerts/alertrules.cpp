// The alert rules (evaluateAlerts): budgets, forecasts, spikes, failing syncs, low balances,
// unpriced models and coding-agent plan windows, each alert stored once (AlertRepository::addIfNew).
#include "alerts.h"

#include "alerts/budgets.h"
#include "analytics/agentoverview.h"
#include "analytics/report.h"
#include "analytics/spend.h"
#include "common/clock.h"
#include "common/dates.h"
#include "common/int128.h"
#include "pricing/pricingservice.h"
#include "storage/sqlutil.h"
#include "storage/syncrunrepository.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tl {

namespace {

using i128 = Int128;

std::nullopt_t noAlerts(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return std::nullopt;
}

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2)
                 : static_cast<qint64>((static_cast<i128>(values.at(n / 2 - 1)) + values.at(n / 2)) / 2);
}

struct AccountRow
{
    qint64 id = 0;
    QString label;
    QString provider;
    int failures = 0;
    QString lastSuccess;
    QString lastError;
    bool active = false;   // enabled and not archived
};

}   // namespace

std::optional<QList<Alert>> evaluateAlerts(QSqlDatabase db, const Clock &clock, const AlertRules &rules, QString *error)
{
    const QDateTime now = clock.nowUtc();
    const QDate today = now.date();
    const QString month = today.toString(QStringLiteral("yyyy-MM"));
    QList<Alert> candidates;
    const auto candidate = [&](Alert::Kind kind, Alert::Severity severity, const QString &key) -> Alert & {
        Alert a;
        a.kind = kind;
        a.severity = severity;
        a.dedupKey = key;
        a.createdAt = now;
        candidates.append(a);
        return candidates.last();
    };

    // Budgets: thresholds crossed by actual spend, and the forecast heading over.
    const auto statuses = budgetStatuses(db, today, error);
    if (!statuses)
        return std::nullopt;
    for (const BudgetStatus &s : *statuses) {
        if (!s.budget.enabled)
            continue;
        const QString name = s.budget.name;
        for (int t : s.crossedThresholds()) {
            const Alert::Severity severity = t >= 100                         ? Alert::Severity::Critical
                                             : t >= s.budget.warningPercent() ? Alert::Severity::Warning
                                                                              : Alert::Severity::Info;
            Alert &a = candidate(Alert::Kind::BudgetThreshold, severity,
                                 QStringLiteral("budget:%1:%2:%3").arg(s.budget.id).arg(month).arg(t));
            a.budgetId = s.budget.id;
            a.period = month;
            a.params = {{QStringLiteral("budget"), name},
                        {QStringLiteral("threshold"), t},
                        {QStringLiteral("spent_nano"), s.spent.nanos()},
                        {QStringLiteral("budget_nano"), s.budget.amount.nanos()},
                        {QStringLiteral("over_nano"), s.overage().nanos()},
                        {QStringLiteral("forecast_nano"), s.forecast.expected.nanos()}};
            if (const auto points = s.usedBasisPoints())   // absent: too large for 64 bits
                a.params.insert(QStringLiteral("used_percent"), *points / 100);
        }
        if (s.forecast.expected > s.budget.amount && s.spent <= s.budget.amount && s.forecast.daysLeft > 0) {
            Alert &a = candidate(Alert::Kind::BudgetForecast, Alert::Severity::Warning,
                                 QStringLiteral("forecast:%1:%2").arg(s.budget.id).arg(month));
            a.budgetId = s.budget.id;
            a.period = month;
            a.params = {{QStringLiteral("budget"), name},
                        {QStringLiteral("forecast_nano"), s.forecast.expected.nanos()},
                        {QStringLiteral("low_nano"), s.forecast.low.nanos()},
                        {QStringLiteral("high_nano"), s.forecast.high.nanos()},
                        {QStringLiteral("budget_nano"), s.budget.amount.nanos()},
                        {QStringLiteral("spent_nano"), s.spent.nanos()}};
        }
    }

    QList<AccountRow> accounts;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // Health from the run history, the one source: cancelled runs are not failures. Read before
        // the accounts: QPSQL cannot start a second query while a forward-only one is unread.
        QString healthError;
        const QHash<qint64, AccountHealth> health = SyncRunRepository(db).healthOfAll(&healthError);
        if (!healthError.isEmpty()) {
            if (error)
                *error = healthError;
            return std::nullopt;
        }
        if (!q.exec(QStringLiteral("SELECT id, label, provider, enabled = 1 AND archived = 0 FROM accounts")))
            return noAlerts(q, error);
        while (q.next()) {
            const AccountHealth h = health.value(q.value(0).toLongLong());
            accounts.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             h.consecutiveFailures,
                             h.lastSuccess.isValid() ? h.lastSuccess.toUTC().toString(Qt::ISODate) : QString(),
                             h.lastError, q.value(3).toBool()});
        }
        if (q.lastError().isValid())
            return noAlerts(q, error);
    }

    // Spikes: each of the last complete days against the account's own trailing baseline.
    const QDate firstChecked = today.addDays(-rules.spikeDaysChecked);
    const auto spend = dailySpend(db, firstChecked.addDays(-rules.spikeBaselineDays), today.addDays(-1), error);
    if (!spend)
        return std::nullopt;
    QHash<qint64, QMap<QDate, qint64>> byAccount;
    for (const DailySpend &d : *spend)
        byAccount[d.accountId][d.day] += d.spend().nanos();
    for (const AccountRow &account : std::as_const(accounts)) {
        const QMap<QDate, qint64> days = byAccount.value(account.id);
        for (QDate day = firstChecked; day < today; day = day.addDays(1)) {
            const qint64 spent = days.value(day);
            if (spent < rules.spikeMinimum.nanos())
                continue;
            QList<qint64> baseline;
            int withSpend = 0;
            for (QDate b = day.addDays(-rules.spikeBaselineDays); b < day; b = b.addDays(1)) {
                baseline.append(days.value(b));
                withSpend += days.value(b) > 0;
            }
            if (withSpend < rules.spikeMinimumBaselineDays)
                continue;   // too little history to call anything unusual
            const qint64 med = median(baseline);
            const qint64 sigma = meanAndDeviation(baseline).deviation;
            const i128 limit =
                std::max<i128>(static_cast<i128>(med) + 3 * static_cast<i128>(sigma), 2 * static_cast<i128>(med));
            if (static_cast<i128>(spent) <= limit)
                continue;
            Alert &a = candidate(Alert::Kind::Spike, Alert::Severity::Warning,
                                 QStringLiteral("spike:%1:%2").arg(account.id).arg(isoDay(day)));
            a.accountId = account.id;
            a.period = isoDay(day);
            a.params = {{QStringLiteral("account"), account.label},
                        {QStringLiteral("day"), isoDay(day)},
                        {QStringLiteral("spent_nano"), spent},
                        {QStringLiteral("median_nano"), med},
                        {QStringLiteral("baseline_days"), rules.spikeBaselineDays}};
        }
    }

    // Syncs failing: once per failure streak (the streak is named by the success before it).
    for (const AccountRow &account : std::as_const(accounts)) {
        if (!account.active || account.failures < rules.syncFailuresBeforeAlert)
            continue;
        Alert &a = candidate(Alert::Kind::SyncFailing, Alert::Severity::Critical,
                             QStringLiteral("sync:%1:%2")
                                 .arg(account.id)
                                 .arg(account.lastSuccess.isEmpty() ? QStringLiteral("never") : account.lastSuccess));
        a.accountId = account.id;
        a.params = {{QStringLiteral("account"), account.label},
                    {QStringLiteral("failures"), account.failures},
                    {QStringLiteral("error"), account.lastError}};
    }

    // Balances running low: once per account, currency, kind and month.
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT b.account_id, a.label, b.currency, b.kind, b.amount_nano FROM balances b "
                                   "JOIN accounts a ON a.id = b.account_id WHERE a.archived = 0")))
            return noAlerts(q, error);
        while (q.next()) {
            const Money amount = Money::fromNanos(q.value(4).toLongLong());
            if (amount >= rules.lowBalance)
                continue;
            const QString currency = q.value(2).toString();
            Alert &a = candidate(Alert::Kind::LowBalance,
                                 amount.nanos() <= 0 ? Alert::Severity::Critical : Alert::Severity::Warning,
                                 QStringLiteral("balance:%1:%2:%3:%4")
                                     .arg(q.value(0).toLongLong())
                                     .arg(currency, q.value(3).toString(), month));
            a.accountId = q.value(0).toLongLong();
            a.period = month;
            a.params = {{QStringLiteral("account"), q.value(1).toString()},
                        {QStringLiteral("amount_nano"), amount.nanos()},   // 1e-9 of `currency`
                        {QStringLiteral("currency"), currency},
                        {QStringLiteral("balance"), q.value(3).toString()}};
        }
    }

    // Models no price covers: once per provider and model, ever. Usage reported without a model
    // ("(unattributed)") is no model a price could cover: nothing a user can act on, no alert.
    // Read from the per-model rollup (schema 13), whatever the length of the history.
    {
        Report report;
        if (!ReportBuilder(db).readUnpricedEver(&report, error))
            return std::nullopt;
        std::sort(report.unpriced.begin(), report.unpriced.end(), [](const UnpricedModel &a, const UnpricedModel &b) {
            return std::pair(a.provider, a.model) < std::pair(b.provider, b.model);
        });
        for (const UnpricedModel &u : std::as_const(report.unpriced)) {
            Alert &a = candidate(Alert::Kind::UnpricedModel, Alert::Severity::Info,
                                 QStringLiteral("unpriced:%1/%2").arg(u.provider, u.model));
            a.params = {{QStringLiteral("provider"), u.provider},
                        {QStringLiteral("model"), u.model},
                        {QStringLiteral("tokens"), u.tokens}};
        }
    }

    // Coding-agent plan windows: the active 5-hour window projected past the account's threshold
    // (a percentage of its highest earlier window), once per window.
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE window_alert_percent > 0 AND archived = 0")) ||
            !q.next())
            return noAlerts(q, error);
        if (q.value(0).toLongLong() > 0) {
            PricingService pricing(db);
            QString problem;
            if (!pricing.load(&problem)) {
                if (error)
                    *error = problem;
                return std::nullopt;
            }
            const auto overview = agentOverview(db, pricing.catalog(), now, &problem);
            if (!overview) {
                if (error)
                    *error = problem;
                return std::nullopt;
            }
            for (const AgentAccountOverview &o : overview->accounts) {
                if (o.windowAlertPercent <= 0 || !o.windows)
                    continue;
                WindowAlertRule rule;
                rule.thresholdPercent = o.windowAlertPercent;
                const WindowAlertCheck check = checkWindowAlert(rule, *o.windows, QDateTime());
                if (!check.fires())
                    continue;
                Alert &a = candidate(Alert::Kind::UsageWindow, Alert::Severity::Warning,
                                     QStringLiteral("window:%1:%2").arg(o.accountId).arg(windowKey(check.windowStart)));
                a.accountId = o.accountId;
                a.period = windowKey(check.windowStart);
                a.params = {{QStringLiteral("account"), o.label},
                            {QStringLiteral("window_start"), check.windowStart.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("projected_tokens"), check.projectedTokens},
                            {QStringLiteral("percent"), check.projectedOfBasisBasisPoints.value_or(0) / 100},
                            {QStringLiteral("basis_tokens"), check.basisTokens},
                            {QStringLiteral("resets_in_seconds"), o.windows->resetsInSeconds},
                            {QStringLiteral("alert_percent"), o.windowAlertPercent}};
            }
        }
    }

    // All or nothing: a failure stores none of this run's alerts, so the next run tries again.
    QList<Alert> created;
    sql::Savepoint savepoint(db, QStringLiteral("alerts"));
    if (!savepoint.isActive()) {
        if (error)
            *error = savepoint.error();
        return std::nullopt;
    }
    for (Alert &a : candidates) {
        QString insertError;
        if (AlertRepository(db).addIfNew(a, &insertError))
            created.append(a);
        else if (!insertError.isEmpty()) {
            if (error)
                *error = insertError;
            return std::nullopt;   // the savepoint rolls back
        }
    }
    if (!savepoint.commit()) {
        if (error)
            *error = savepoint.error();
        return std::nullopt;
    }
    return created;
}

}   // namespace tl
