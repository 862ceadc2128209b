#include "dashboard.h"

#include "storage/manualentryrepository.h"

#include "storage/syncrunrepository.h"

#include "common/checkedmath.h"
#include "common/dates.h"
#include "common/int128.h"
#include "providers/providercatalog.h"
#include "storage/queryloop.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tl {

namespace {

using i128 = Int128;

std::nullopt_t fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = sql::describeError(q.lastError());
    return std::nullopt;
}

struct AccountInfo
{
    QString provider;
    QString label;
};

}   // namespace

SourceMix sourceMixOf(int billedAccountDays, int estimatedAccountDays, int manualAccountDays)
{
    const int kinds = (billedAccountDays > 0) + (estimatedAccountDays > 0) + (manualAccountDays > 0);
    if (kinds > 1)
        return SourceMix::Mixed;
    if (billedAccountDays > 0)
        return SourceMix::Billed;
    if (estimatedAccountDays > 0)
        return SourceMix::Estimated;
    return manualAccountDays > 0 ? SourceMix::Manual : SourceMix::None;
}

bool DashboardData::hasSpendData() const
{
    return lastDataDay.isValid() || std::any_of(trend.cbegin(), trend.cend(), [](const MonthTotal &m) {
               return !m.spend.isZero() || m.tokens > 0 || m.requests > 0;
           });
}

bool DashboardData::periodHasData() const
{
    return !spent.isZero() || std::any_of(byProvider.cbegin(), byProvider.cend(), [](const Share &s) {
        return !s.cost.isZero() || s.tokens > 0 || s.requests > 0;
    });
}

void sortBiggestFirst(QList<Share> &shares)
{
    std::stable_sort(shares.begin(), shares.end(), [](const Share &a, const Share &b) {
        if (a.cost != b.cost)
            return a.cost > b.cost;
        if (a.tokens != b.tokens)
            return a.tokens > b.tokens;
        return a.key < b.key;
    });
    QList<Money> parts;
    for (const Share &s : std::as_const(shares))
        parts.append(s.cost);
    const QList<qint64> bp = shareBasisPoints(parts);
    for (qsizetype i = 0; i < shares.size(); ++i)
        shares[i].shareBasisPoints = bp.at(i);
}

QList<qint64> shareBasisPoints(const QList<Money> &parts)
{
    QList<qint64> out(parts.size(), 0);
    i128 total = 0;
    for (Money m : parts)
        total += std::max<qint64>(0, m.nanos());
    if (total == 0)
        return out;
    // Floor every share, then hand the missing hundredths to the largest remainders.
    QList<std::pair<i128, qsizetype>> remainders;
    qint64 given = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const i128 scaled = static_cast<i128>(std::max<qint64>(0, parts.at(i).nanos())) * 10000;
        out[i] = static_cast<qint64>(scaled / total);
        given += out[i];
        remainders.append({scaled % total, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; given < 10000 && i < remainders.size(); ++i, ++given)
        ++out[remainders.at(i).second];
    return out;
}

std::optional<DashboardData> loadDashboard(QSqlDatabase db, QDate today, QString *error)
{
    return loadDashboard(db, today, Period::month(today), error);
}

std::optional<DashboardData> loadDashboard(QSqlDatabase db, QDate today, const Period &period, QString *error)
{
    DashboardData data;
    data.today = today;
    data.period = period;
    data.periodEnd = period.lastDayUpTo(today);
    data.monthStart = QDate(today.year(), today.month(), 1);
    data.showsForecast = period.isCurrentMonth(today);
    // The comparison: as many days from the start of the period before as have passed in this one.
    const Period before = period.previous();
    data.compareFrom = before.from;
    data.compareTo = std::min(before.to, before.from.addDays(std::max<qint64>(0, period.from.daysTo(data.periodEnd))));
    data.budgetAsOf = std::max(period.from, data.periodEnd);
    const QDate trendEnd = std::min(QDate(data.budgetAsOf.year(), data.budgetAsOf.month(), 1), data.monthStart);
    const QDate trendStart = trendEnd.addMonths(-11);
    // One read covers the trend, the comparison, the budgets' month and the forecast's rate window.
    const QDate readFrom = std::min({trendStart, data.compareFrom, budgetSpendFrom(data.budgetAsOf),
                                     budgetSpendFrom(today), data.monthStart.addDays(-31)});
    const QDate readTo = std::max(today, data.periodEnd);
    const auto inPeriod = [&](QDate day) { return day >= period.from && day <= data.periodEnd; };

    QHash<qint64, AccountInfo> accounts;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, provider, label, archived FROM accounts")))
            return fail(q, error);
        while (q.next()) {
            accounts.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
            if (q.value(3).toInt() == 0)
                ++data.accountCount;
        }
        if (!sql::readSucceeded(q, error))
            return std::nullopt;
    }

    {
        // The first and last day with anything recorded: for "jump to the latest data" and the
        // month picker. Both are index lookups (usage_daily's key starts with the day; costs_day).
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT MIN(d), MAX(d) FROM (SELECT MIN(day) AS d FROM usage_daily UNION ALL "
                                   "SELECT MAX(day) FROM usage_daily UNION ALL SELECT MIN(day) FROM costs UNION ALL "
                                   "SELECT MAX(day) FROM costs) AS days")) ||
            !q.next())
            return fail(q, error);
        data.firstDataDay = parseIsoDay(q.value(0).toString()).value_or(QDate());
        data.lastDataDay = parseIsoDay(q.value(1).toString()).value_or(QDate());
    }

    const auto spend = dailySpend(db, readFrom, readTo, error);
    if (!spend)
        return std::nullopt;
    const auto byDay = totalsByDay(*spend, error);
    if (!byDay)
        return std::nullopt;
    QString entriesError;
    const QList<ManualEntry> entries = ManualEntryRepository(db).list(&entriesError);
    if (!entriesError.isEmpty()) {
        if (error)
            *error = entriesError;
        return std::nullopt;
    }
    const std::optional<Money> due = fixedChargesDue(entries, today, {}, error);
    if (!due)
        return std::nullopt;
    data.forecast = forecastWithFixedCharges(*spend, today, *due);
    if (data.forecast.overflowed()) {
        if (error)
            *error = data.forecast.overflowMessage;
        return std::nullopt;
    }
    // Every total below either fits or fails the dashboard with what overflowed.
    OverflowGuard guard;
    const auto add = [&guard](auto a, auto b) {
        return guard.add(a, b, [] { return QStringLiteral("the dashboard's totals"); });
    };

    // Month to date per provider and day, and the source mix of each figure.
    QMap<std::pair<QDate, QString>, Money> providerDay;
    QHash<QString, Share> providers;
    struct Mix
    {
        int billed = 0;
        int estimated = 0;
        int manual = 0;
    };
    QHash<QString, Mix> providerMix;   // account-days by kind
    int billedDays = 0;
    int estimatedDays = 0;
    int manualDays = 0;
    QMap<QDate, MonthTotal> months;
    for (QDate m = trendStart; m <= trendEnd; m = m.addMonths(1))
        months.insert(m, MonthTotal{m, {}, 0, 0});
    for (const DailySpend &d : *spend) {
        const QDate month(d.day.year(), d.day.month(), 1);
        if (months.contains(month) && d.day <= data.periodEnd) {
            MonthTotal &m = months[month];
            m.spend = add(m.spend, d.spend());
            m.tokens = add(m.tokens, d.tokens);
            m.requests = add(m.requests, d.requests);
        }
        if (d.day >= data.compareFrom && d.day <= data.compareTo)
            data.previousSpent = add(data.previousSpent, d.spend());
        if (!inPeriod(d.day) || d.source() == CostSource::None)
            continue;
        data.spent = add(data.spent, d.spend());
        const QString provider = accounts.value(d.accountId).provider;
        providerDay[{d.day, provider}] = add(providerDay.value({d.day, provider}), d.spend());
        Share &s = providers[provider];
        s.key = s.provider = provider;
        s.label = providerDisplayName(provider);
        s.cost = add(s.cost, d.spend());
        if (d.hasBilled) {
            ++billedDays;
            ++providerMix[provider].billed;
            data.spentBilled = add(data.spentBilled, d.billed);
        } else if (!d.estimated.isZero()) {
            ++estimatedDays;
            ++providerMix[provider].estimated;
            data.spentEstimated = add(data.spentEstimated, d.estimated);
        }
        if (!d.manual.isZero()) {
            ++manualDays;
            ++providerMix[provider].manual;
            data.spentManual = add(data.spentManual, d.manual);
        }
    }
    data.spentSource = sourceMixOf(billedDays, estimatedDays, manualDays);
    for (auto it = providerDay.cbegin(); it != providerDay.cend(); ++it)
        data.daily.append({it.key().first, it.key().second, it.value()});

    // Tokens and requests by provider and model in the period (grouped by account and model). The
    // trend's came with the daily spend (usage_account_daily), not from 12 months of usage_daily.
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // A subscription's usage (value at API prices) is no one's cost (spend.h: DailySpend::value).
        q.prepare(QStringLiteral("SELECT d.account_id, d.model, SUM(CASE WHEN %1 THEN d.cost_nano ELSE 0 END), "
                                 "SUM(d.input_tokens + d.cached_input_tokens + d.cache_write_tokens + "
                                 "d.output_tokens), SUM(d.requests), SUM(d.unpriced_tokens), SUM(d.input_tokens), "
                                 "SUM(d.cached_input_tokens), SUM(d.cache_write_tokens), SUM(d.output_tokens) "
                                 "FROM usage_daily d JOIN accounts a ON a.id = d.account_id "
                                 "WHERE d.day BETWEEN ? AND ? GROUP BY d.account_id, d.model")
                      .arg(QLatin1String(UsageIsSpendSql)));
        q.addBindValue(isoDay(period.from));
        q.addBindValue(isoDay(data.periodEnd));
        if (!q.exec())
            return fail(q, error);
        QHash<QString, Share> models;
        while (q.next()) {
            const AccountInfo account = accounts.value(q.value(0).toLongLong());
            const QString model = q.value(1).toString();
            const qint64 tokens = q.value(3).toLongLong();
            const qint64 requests = q.value(4).toLongLong();
            Share &p = providers[account.provider];
            p.key = p.provider = account.provider;
            p.label = providerDisplayName(account.provider);
            p.tokens = add(p.tokens, tokens);
            p.requests = add(p.requests, requests);
            p.unpricedTokens = add(p.unpricedTokens, q.value(5).toLongLong());
            const QString key = account.provider + QLatin1Char('/') + model;
            Share &m = models[key];
            m.key = key;
            m.label = model;
            m.provider = account.provider;
            m.cost = add(m.cost, Money::fromNanos(q.value(2).toLongLong()));
            m.tokens = add(m.tokens, tokens);
            m.requests = add(m.requests, requests);
            m.unpricedTokens = add(m.unpricedTokens, q.value(5).toLongLong());
            m.inputTokens = add(m.inputTokens, q.value(6).toLongLong());
            m.cachedTokens = add(m.cachedTokens, q.value(7).toLongLong());
            m.cacheWriteTokens = add(m.cacheWriteTokens, q.value(8).toLongLong());
            m.outputTokens = add(m.outputTokens, q.value(9).toLongLong());
            m.source = SourceMix::Estimated;
        }
        if (!sql::readSucceeded(q, error))
            return std::nullopt;
        data.byModel = models.values();
        sortBiggestFirst(data.byModel);
    }

    for (auto it = providers.begin(); it != providers.end(); ++it)
        it->source = sourceMixOf(providerMix.value(it.key()).billed, providerMix.value(it.key()).estimated,
                                 providerMix.value(it.key()).manual);
    data.byProvider = providers.values();
    sortBiggestFirst(data.byProvider);
    for (const Share &s : std::as_const(data.byProvider)) {
        if (!s.cost.isZero())
            data.providers.append(s.provider);
    }
    data.trend = months.values();

    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT b.account_id, a.label, a.provider, b.currency, b.kind, b.amount_nano, "
                                   "b.fetched_at FROM balances b JOIN accounts a ON a.id = b.account_id "
                                   "WHERE a.archived = 0 ORDER BY a.label, b.currency, b.kind")))
            return fail(q, error);
        while (q.next()) {
            data.balances.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toString(),
                                  Money::fromNanos(q.value(5).toLongLong()),
                                  QDateTime::fromString(q.value(6).toString(), Qt::ISODate)});
        }
        if (!sql::readSucceeded(q, error))
            return std::nullopt;
    }
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT finished_at, status FROM sync_runs WHERE finished_at IS NOT NULL "
                                   "ORDER BY finished_at DESC, id DESC LIMIT 1")))
            return fail(q, error);
        if (q.next()) {
            data.sync.lastFinished = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
            data.sync.lastStatus = q.value(1).toString();
        }
        if (!sql::readSucceeded(q, error))
            return std::nullopt;
        // Health from the run history, the one source.
        QString healthError;
        const QHash<qint64, AccountHealth> health = SyncRunRepository(db).healthOfAll(&healthError);
        if (!healthError.isEmpty()) {
            if (error)
                *error = healthError;
            return std::nullopt;
        }
        if (!q.exec(QStringLiteral("SELECT id, label FROM accounts WHERE archived = 0 AND enabled = 1 ORDER BY label")))
            return fail(q, error);
        while (q.next()) {
            const AccountHealth h = health.value(q.value(0).toLongLong());
            if (h.consecutiveFailures > 0 && data.sync.failingAccounts++ == 0)
                data.sync.firstFailure = q.value(1).toString() + QStringLiteral(": ") + h.lastError;
        }
        if (!sql::readSucceeded(q, error))
            return std::nullopt;
    }
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QString alertsError;
        data.alerts = AlertRepository(db).list(5, &alertsError);
        if (!alertsError.isEmpty()) {
            if (error)
                *error = alertsError;
            return std::nullopt;
        }
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE read_at IS NULL")) || !q.next())
            return fail(q, error);
        data.unreadAlerts = q.value(0).toInt();
    }
    // Budgets from the spend already read (no second query), over the days budgetStatuses reads.
    QString budgetError;
    const QList<Budget> budgets = BudgetRepository(db).list(&budgetError);
    if (!budgetError.isEmpty()) {
        if (error)
            *error = budgetError;
        return std::nullopt;
    }
    if (!budgets.isEmpty()) {
        QList<DailySpend> budgetSpend;
        QHash<qint64, QString> providerOfAccount;
        for (auto it = accounts.cbegin(); it != accounts.cend(); ++it)
            providerOfAccount.insert(it.key(), it->provider);
        for (const DailySpend &d : *spend) {
            if (d.day >= budgetSpendFrom(data.budgetAsOf) && d.day <= data.budgetAsOf)
                budgetSpend.append(d);
        }
        for (const Budget &b : budgets) {
            data.budgets.append(budgetStatus(b, budgetSpend, providerOfAccount, data.budgetAsOf, entries));
            if (!data.budgets.constLast().error.isEmpty()) {
                if (error)
                    *error = data.budgets.constLast().error;
                return std::nullopt;
            }
        }
    }
    if (!guard.check(error))
        return std::nullopt;
    return data;
}

}   // namespace tl
