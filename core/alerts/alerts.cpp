#include "alerts.h"

#include "storage/syncrunrepository.h"

#include "alerts/budgets.h"
#include "analytics/agentoverview.h"
#include "analytics/report.h"
#include "analytics/spend.h"
#include "common/clock.h"
#include "common/dates.h"
#include "common/enumnames.h"
#include "common/int128.h"
#include "pricing/pricingservice.h"
#include "storage/queryloop.h"
#include "storage/sqlutil.h"

#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tl {

namespace {

using i128 = Int128;

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
                            "created_at, read_at, acknowledged_at, params";

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
    a.storedTitle = q.value(7).toString();
    a.storedMessage = q.value(8).toString();
    a.createdAt = timeOf(q.value(9));
    a.readAt = timeOf(q.value(10));
    a.acknowledgedAt = timeOf(q.value(11));
    if (!q.value(12).isNull())
        a.params = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
    return a;
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
                             "message, created_at, params) VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), "
                             "COALESCE(?, ''), ?, ?) "
                             "ON CONFLICT (dedup_key) DO NOTHING RETURNING id"));
    q.addBindValue(Alert::kindName(alert.kind));
    q.addBindValue(Alert::severityName(alert.severity));
    q.addBindValue(alert.dedupKey);
    q.addBindValue(alert.budgetId ? QVariant(*alert.budgetId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(alert.accountId ? QVariant(*alert.accountId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(alert.period);
    q.addBindValue(alert.storedTitle);   // empty (NULL when never set) for alerts the rules make
    q.addBindValue(alert.storedMessage);
    q.addBindValue(alert.createdAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(QString::fromUtf8(QJsonDocument(alert.params).toJson(QJsonDocument::Compact)));
    // RETURNING rather than lastInsertId(), which QPSQL never gives: a row back means this desktop
    // stored the alert; none, that it was there already (on a team database, another desktop's).
    if (!q.exec())
        return failed(q, error);
    if (!q.next()) {
        sql::readSucceeded(q, error);   // sets *error only when the read itself failed
        return false;
    }
    alert.id = q.value(0).toLongLong();
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
    if (!sql::readSucceeded(q, error))
        return {};
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
