#include "budgets.h"

#include "alerts/budgethistory.h"

#include "storage/manualentryrepository.h"

#include <limits>
#include <QLocale>

#include "common/dates.h"
#include "common/enumnames.h"
#include "common/int128.h"
#include "storage/sqlutil.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

namespace {

using i128 = Int128;

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

Budget budgetFrom(const QSqlQuery &q)
{
    Budget b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.scope = Budget::scopeFromName(q.value(2).toString()).value_or(Budget::Scope::All);
    b.scopeValue = q.value(3).toString();
    b.amount = Money::fromNanos(q.value(4).toLongLong());
    b.thresholds = Budget::parseThresholds(q.value(5).toString()).value_or(QList<int>{50, 80, 100});
    b.enabled = q.value(6).toBool();
    return b;
}

// The stored scope value: '' for everything (a NULL would break the NOT NULL column).
QString scopeValueOf(const Budget &budget)
{
    return budget.scope == Budget::Scope::All || budget.scopeValue.isNull() ? QStringLiteral("") : budget.scopeValue;
}

// Binds name, scope, scope value, amount, thresholds and enabled, in that order.
void bindFields(QSqlQuery &q, const Budget &budget)
{
    q.addBindValue(budget.name);
    q.addBindValue(Budget::scopeName(budget.scope));
    q.addBindValue(scopeValueOf(budget));
    q.addBindValue(budget.amount.nanos());
    q.addBindValue(budget.thresholdsText());
    q.addBindValue(budget.enabled ? 1 : 0);
}

const char *const Columns = "id, name, scope, scope_value, amount_nano, thresholds, enabled";

}   // namespace

QString Budget::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::All:
        return QStringLiteral("all");
    case Scope::Provider:
        return QStringLiteral("provider");
    case Scope::Account:
        return QStringLiteral("account");
    }
    return {};
}

std::optional<Budget::Scope> Budget::scopeFromName(QStringView name)
{
    return enumFromName<Scope>(name, {Scope::All, Scope::Provider, Scope::Account}, scopeName);
}

std::optional<QList<int>> Budget::parseThresholds(QStringView text)
{
    QList<int> out;
    for (QStringView part : text.split(u',')) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value < 1 || value > 1000)
            return std::nullopt;
        if (!out.contains(value))
            out.append(value);
    }
    if (out.isEmpty())
        return std::nullopt;
    std::sort(out.begin(), out.end());
    return out;
}

QString Budget::thresholdsText() const
{
    QStringList parts;
    for (int t : thresholds)
        parts << QString::number(t);
    return parts.join(QLatin1Char(','));
}

int Budget::warningPercent() const
{
    int best = 0;
    for (int t : thresholds) {
        if (t < 100)
            best = std::max(best, t);
    }
    return best > 0 ? best : 80;
}

BudgetRepository::BudgetRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

qint64 BudgetRepository::add(const Budget &budget, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO budgets (name, scope, scope_value, amount_nano, thresholds, enabled, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindFields(q, budget);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    // RETURNING rather than lastInsertId(), which QPSQL does not give (a team database).
    if (!q.exec() || !q.next()) {
        failed(q, error);
        return 0;
    }
    return q.value(0).toLongLong();
}

bool BudgetRepository::update(const Budget &budget, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE budgets SET name = ?, scope = ?, scope_value = ?, amount_nano = ?, "
                             "thresholds = ?, enabled = ? WHERE id = ?"));
    bindFields(q, budget);
    q.addBindValue(budget.id);
    if (!q.exec())
        return failed(q, error);
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("no budget %1").arg(budget.id);
        return false;
    }
    return true;
}

bool BudgetRepository::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM budgets WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, error);
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("no budget %1").arg(id);
        return false;
    }
    return true;
}

QList<Budget> BudgetRepository::list(QString *error) const
{
    QList<Budget> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM budgets ORDER BY name, id").arg(QLatin1String(Columns)))) {
        failed(q, error);
        return out;
    }
    while (q.next())
        out.append(budgetFrom(q));
    return out;
}

std::optional<Budget> BudgetRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM budgets WHERE id = ?").arg(QLatin1String(Columns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return budgetFrom(q);
}

Money BudgetStatus::overage() const
{
    return spent > budget.amount ? spent.checkedSub(budget.amount).value_or(Money()) : Money();
}

std::optional<qint64> BudgetStatus::usedBasisPoints() const
{
    if (budget.amount.nanos() <= 0)
        return 0;
    const i128 points = static_cast<i128>(std::max<qint64>(0, spent.nanos())) * 10000 / budget.amount.nanos();
    if (points > std::numeric_limits<qint64>::max())
        return std::nullopt;
    return static_cast<qint64>(points);
}

QString BudgetStatus::usedPercentText() const
{
    const auto points = usedBasisPoints();
    if (!points)
        return QStringLiteral("more than %1").arg(QLocale::c().toString(std::numeric_limits<qint64>::max() / 100));
    return QString::number(*points / 100);
}

QList<int> BudgetStatus::crossedThresholds() const
{
    QList<int> out;
    for (int t : budget.thresholds) {
        // spent ≥ t % of the amount, in integers: spent × 100 ≥ amount × t
        if (static_cast<i128>(spent.nanos()) * 100 >= static_cast<i128>(budget.amount.nanos()) * t)
            out.append(t);
    }
    return out;
}

BudgetStatus budgetStatus(const Budget &budget, const QList<DailySpend> &spend,
                          const QHash<qint64, QString> &providerOfAccount, QDate today,
                          const QList<ManualEntry> &entries)
{
    BudgetStatus s;
    s.budget = budget;
    s.monthStart = QDate(today.year(), today.month(), 1);
    const auto matches = [&](qint64 accountId) {
        return budget.scope == Budget::Scope::All ||
               (budget.scope == Budget::Scope::Provider && providerOfAccount.value(accountId) == budget.scopeValue) ||
               (budget.scope == Budget::Scope::Account && QString::number(accountId) == budget.scopeValue);
    };
    QList<DailySpend> inScope;
    for (const DailySpend &d : spend) {
        if (matches(d.accountId))
            inScope.append(d);
    }
    QString problem;
    const auto days = totalsByDay(inScope, &problem);
    // The fixed charges of the budget's accounts still due this month are known amounts: the
    // forecast (and so the forecast alert) adds them as they are, never as a run rate.
    const std::optional<Money> due = days ? fixedChargesDue(entries, today, matches, &problem) : std::nullopt;
    if (due)
        s.forecast = forecastWithFixedCharges(inScope, today, *due);
    if (!due || s.forecast.overflowed()) {
        s.error = QStringLiteral("Budget \"%1\": %2").arg(budget.name, due ? s.forecast.overflowMessage : problem);
        return s;
    }
    s.spent = s.forecast.monthToDate;
    const bool over = s.spent > budget.amount;
    const bool warning = static_cast<i128>(s.spent.nanos()) * 100 >=
                             static_cast<i128>(budget.amount.nanos()) * budget.warningPercent() ||
                         s.forecast.expected > budget.amount;
    s.state = over ? BudgetStatus::State::Over : warning ? BudgetStatus::State::Warning : BudgetStatus::State::Ok;
    return s;
}

QDate budgetSpendFrom(QDate today)
{
    return QDate(today.year(), today.month(), 1).addDays(-8);
}

std::optional<QList<BudgetStatus>> budgetStatuses(QSqlDatabase db, QDate today, QString *error)
{
    // This month is the newest month of the history (one read, the same rules).
    return budgetHistory(db, today, 1, error);
}

}   // namespace tl
