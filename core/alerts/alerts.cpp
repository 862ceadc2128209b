#include "alerts.h"

#include "storage/syncrunrepository.h"

#include "alerts/budgets.h"
#include "analytics/agentoverview.h"
#include "analytics/spend.h"
#include "common/clock.h"
#include "common/dates.h"
#include "common/enumnames.h"
#include "pricing/pricingservice.h"
#include "providers/providercatalog.h"
#include "storage/sqlutil.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tl {

namespace {

__extension__ typedef __int128 i128;

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

std::nullopt_t noAlerts(const QSqlQuery &q, QString *error)
{
    failed(q, error);
    return std::nullopt;
}

const char *const Columns = "id, kind, severity, dedup_key, budget_id, account_id, period, title, message, "
                            "created_at, read_at, acknowledged_at";

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

Alert alertFrom(const QSqlQuery &q)
{
    Alert a;
    a.id = q.value(0).toLongLong();
    a.kind = Alert::kindFromName(q.value(1).toString()).value_or(Alert::Kind::BudgetThreshold);
    a.severity = Alert::severityFromName(q.value(2).toString()).value_or(Alert::Severity::Info);
    a.dedupKey = q.value(3).toString();
    if (!q.value(4).isNull())
        a.budgetId = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        a.accountId = q.value(5).toLongLong();
    a.period = q.value(6).toString();
    a.title = q.value(7).toString();
    a.message = q.value(8).toString();
    a.createdAt = timeOf(q.value(9));
    a.readAt = timeOf(q.value(10));
    a.acknowledgedAt = timeOf(q.value(11));
    return a;
}

QString usd(Money m)
{
    return m.toDisplayString(QLocale::c());
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

QString Alert::kindName(Kind kind)
{
    switch (kind) {
    case Kind::BudgetThreshold:
        return QStringLiteral("budget_threshold");
    case Kind::BudgetForecast:
        return QStringLiteral("budget_forecast");
    case Kind::Spike:
        return QStringLiteral("spike");
    case Kind::SyncFailing:
        return QStringLiteral("sync_failing");
    case Kind::LowBalance:
        return QStringLiteral("low_balance");
    case Kind::UnpricedModel:
        return QStringLiteral("unpriced_model");
    case Kind::UsageWindow:
        return QStringLiteral("usage_window");
    }
    return {};
}

QList<Alert::Kind> Alert::allKinds()
{
    return {Kind::BudgetThreshold, Kind::BudgetForecast, Kind::Spike,      Kind::SyncFailing,
            Kind::LowBalance,      Kind::UnpricedModel,  Kind::UsageWindow};
}

std::optional<Alert::Kind> Alert::kindFromName(QStringView name)
{
    return enumFromName<Kind>(name, allKinds(), kindName);
}

QString Alert::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::optional<Alert::Severity> Alert::severityFromName(QStringView name)
{
    return enumFromName<Severity>(name, {Severity::Info, Severity::Warning, Severity::Critical}, severityName);
}

AlertRepository::AlertRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool AlertRepository::addIfNew(Alert &alert, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO alerts (kind, severity, dedup_key, budget_id, account_id, period, title, "
                             "message, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (dedup_key) DO NOTHING"));
    q.addBindValue(Alert::kindName(alert.kind));
    q.addBindValue(Alert::severityName(alert.severity));
    q.addBindValue(alert.dedupKey);
    q.addBindValue(alert.budgetId ? QVariant(*alert.budgetId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(alert.accountId ? QVariant(*alert.accountId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(alert.period);
    q.addBindValue(alert.title);
    q.addBindValue(alert.message);
    q.addBindValue(alert.createdAt.toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return failed(q, error);
    if (q.numRowsAffected() != 1)
        return false;
    alert.id = q.lastInsertId().toLongLong();
    return true;
}

QList<Alert> AlertRepository::list(int limit, QString *error) const
{
    QList<Alert> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM alerts ORDER BY created_at DESC, id DESC LIMIT ?").arg(QLatin1String(Columns)));
    q.addBindValue(limit);
    if (!q.exec()) {
        failed(q, error);
        return out;
    }
    while (q.next())
        out.append(alertFrom(q));
    return out;
}

std::optional<Alert> AlertRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM alerts WHERE id = ?").arg(QLatin1String(Columns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return alertFrom(q);
}

bool AlertRepository::markRead(qint64 id, const QDateTime &at, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE alerts SET read_at = COALESCE(read_at, ?) WHERE id = ?"));
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(id);
    return q.exec() || failed(q, error);
}

bool AlertRepository::markAllRead(const QDateTime &at, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE alerts SET read_at = ? WHERE read_at IS NULL"));
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    return q.exec() || failed(q, error);
}

bool AlertRepository::acknowledge(qint64 id, const QDateTime &at, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE alerts SET acknowledged_at = COALESCE(acknowledged_at, ?), "
                             "read_at = COALESCE(read_at, ?) WHERE id = ?"));
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(id);
    return q.exec() || failed(q, error);
}

int AlertRepository::unreadCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE read_at IS NULL")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

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
            a.title = t >= 100 ? QStringLiteral("Budget \u201c%1\u201d is used up").arg(name)
                               : QStringLiteral("Budget \u201c%1\u201d at %2 %").arg(name).arg(t);
            a.message = QStringLiteral("%1 spent of %2 this month (UTC), %3 % of the budget%4. At the current rate "
                                       "the month ends at %5. Open the dashboard to see which provider and model "
                                       "drive it, or raise the budget.")
                            .arg(usd(s.spent), usd(s.budget.amount))
                            .arg(s.usedPercentText())
                            .arg(s.overage().isZero() ? QString() : QStringLiteral(", %1 over").arg(usd(s.overage())),
                                 usd(s.forecast.expected));
        }
        if (s.forecast.expected > s.budget.amount && s.spent <= s.budget.amount && s.forecast.daysLeft > 0) {
            Alert &a = candidate(Alert::Kind::BudgetForecast, Alert::Severity::Warning,
                                 QStringLiteral("forecast:%1:%2").arg(s.budget.id).arg(month));
            a.budgetId = s.budget.id;
            a.period = month;
            a.title = QStringLiteral("\u201c%1\u201d is heading over budget").arg(name);
            a.message = QStringLiteral("At the current rate this month ends at %1 (range %2 – %3), over the %4 "
                                       "budget; %5 spent so far. Slow down the biggest spender on the dashboard, or "
                                       "raise the budget.")
                            .arg(usd(s.forecast.expected), usd(s.forecast.low), usd(s.forecast.high),
                                 usd(s.budget.amount), usd(s.spent));
        }
    }

    QList<AccountRow> accounts;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, label, provider, enabled = 1 AND archived = 0 FROM accounts")))
            return noAlerts(q, error);
        // Health from the run history, the one source: cancelled runs are not failures.
        QString healthError;
        const QHash<qint64, AccountHealth> health = SyncRunRepository(db).healthOfAll(&healthError);
        if (!healthError.isEmpty()) {
            if (error)
                *error = healthError;
            return std::nullopt;
        }
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
            a.title = QStringLiteral("Spending spike on %1").arg(account.label);
            a.message = QStringLiteral("%1 (UTC): %2, against a usual %3 a day (median of the %4 days before). "
                                       "Check that day on the Usage page: a runaway job or a leaked key looks like "
                                       "this.")
                            .arg(isoDay(day), usd(Money::fromNanos(spent)), usd(Money::fromNanos(med)))
                            .arg(rules.spikeBaselineDays);
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
        a.title = QStringLiteral("Sync failing for %1").arg(account.label);
        a.message = QStringLiteral("The last %1 syncs failed (%2). This account's figures may be out of date: check "
                                   "its key on the Accounts page and Sync History for details.")
                        .arg(account.failures)
                        .arg(account.lastError.isEmpty() ? QStringLiteral("no message") : account.lastError);
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
            a.title = QStringLiteral("Low balance on %1").arg(q.value(1).toString());
            a.message = QStringLiteral("%1 %2 left (%3). Top up with the provider before requests start failing.")
                            .arg(amount.toDecimalString(2), currency, q.value(3).toString());
        }
    }

    // Models no price covers: once per provider and model, ever.
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT a.provider, d.model, SUM(d.unpriced_tokens) FROM usage_daily d "
                                   "JOIN accounts a ON a.id = d.account_id GROUP BY a.provider, d.model "
                                   "HAVING SUM(d.unpriced_rows) > 0 ORDER BY 1, 2")))
            return noAlerts(q, error);
        while (q.next()) {
            const QString provider = q.value(0).toString();
            const QString model = q.value(1).toString();
            Alert &a = candidate(Alert::Kind::UnpricedModel, Alert::Severity::Info,
                                 QStringLiteral("unpriced:%1/%2").arg(provider, model));
            a.title = QStringLiteral("No price for %1").arg(model);
            a.message = QStringLiteral("%1 tokens of %2 (%3) are in no money total because no price is known. Add "
                                       "a price on the Pricing page or update the price catalog.")
                            .arg(q.value(2).toLongLong())
                            .arg(model, providerDisplayName(provider));
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
                a.title = QStringLiteral("%1: this 5-hour window is running hot").arg(o.label);
                a.message = QStringLiteral("At the current pace the window that started %1 UTC ends at %2 tokens, "
                                           "%3 % of your highest earlier window (%4 tokens); it %5. Your alert is "
                                           "set at %6 %.")
                                .arg(check.windowStart.toString(QStringLiteral("HH:mm")))
                                .arg(check.projectedTokens)
                                .arg(check.projectedOfBasisBasisPoints.value_or(0) / 100)
                                .arg(check.basisTokens)
                                .arg(resetsInText(o.windows->resetsInSeconds))
                                .arg(o.windowAlertPercent);
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
