#include "spend.h"

#include "common/checkedmath.h"

#include "common/dates.h"
#include "common/int128.h"
#include "storage/manualentryrepository.h"
#include "storage/queryloop.h"
#include "storage/sqldialect.h"
#include "storage/statement.h"

#include <QMap>

#include <sqlite3.h>

#include <limits>

namespace tl {

namespace {

using i128 = Int128;

qint64 isqrt(i128 value)
{
    if (value <= 0)
        return 0;
    // Newton's method on 128 bits; converges in a few dozen steps.
    i128 x = value;
    i128 y = (x + 1) / 2;
    while (y < x) {
        x = y;
        y = (x + value / x) / 2;
    }
    return static_cast<qint64>(x);
}

Money times(OverflowGuard &guard, qint64 perDay, int days)
{
    const i128 product = static_cast<i128>(perDay) * days;
    if (product > std::numeric_limits<qint64>::max() || product < std::numeric_limits<qint64>::min()) {
        guard.add(std::numeric_limits<qint64>::max(), 1, [] { return QStringLiteral("the forecast's amounts"); });
        return Money();
    }
    return Money::fromNanos(static_cast<qint64>(product));
}

}   // namespace

const char *const UsageIsSpendSql = "(a.billing = 'api' AND a.billed_by_account IS NULL)";

CostSource DailySpend::source() const
{
    if (hasBilled)
        return CostSource::Billed;
    if (!estimated.isZero())
        return CostSource::Estimated;
    return manual.isZero() ? CostSource::None : CostSource::Manual;
}

Money DailySpend::spend() const
{
    // dailySpend() refuses a day whose sum does not fit, so this cannot overflow.
    return (hasBilled ? billed : estimated).checkedAdd(manual).value_or(Money());
}

namespace {

using SpendDays = QMap<std::pair<QDate, qint64>, DailySpend>;

DailySpend &spendOf(SpendDays &days, QDate day, qint64 accountId)
{
    DailySpend &d = days[{day, accountId}];
    d.day = day;
    d.accountId = accountId;
    return d;
}

bool prepareRange(sql::Statement &s, QSqlDatabase db, const QString &sql, QDate from, QDate to, QString *error)
{
    if (!s.prepare(db, sql.toUtf8(), error))
        return false;
    s.bind(1, isoDay(from));
    s.bind(2, isoDay(to));
    return true;
}

// Usage per account and day: usage_account_daily holds one row per (day, account) in key order
// (schema 10; usage_daily grouped here read 320 rows a day with 80 models: 29 ms of the
// dashboard's 54 at 1M dense rows).
bool readUsageDays(QSqlDatabase db, QDate from, QDate to, SpendDays &days, QString *error)
{
    sql::Statement s;
    if (!prepareRange(s, db,
                      QStringLiteral("SELECT d.day, d.account_id, CASE WHEN %1 THEN d.cost_nano ELSE 0 END, "
                                     "CASE WHEN %1 THEN 0 ELSE d.cost_nano END, d.input_tokens + "
                                     "d.cached_input_tokens + d.cache_write_tokens + d.output_tokens, d.requests "
                                     "FROM usage_account_daily d JOIN accounts a ON a.id = d.account_id "
                                     "WHERE d.day BETWEEN ?1 AND ?2")
                          .arg(QLatin1String(UsageIsSpendSql)),
                      from, to, error))
        return false;
    while (s.step()) {
        DailySpend &d = spendOf(days, s.day(0), s.int64(1));
        d.estimated = Money::fromNanos(s.int64(2));
        d.value = Money::fromNanos(s.int64(3));
        d.tokens = s.int64(4);
        d.requests = s.int64(5);
    }
    if (!s.ok() && error)
        *error = s.error();
    return s.ok();
}

// USD costs per account and day: billed (every source but manual entries) and manual.
bool readCostDays(QSqlDatabase db, QDate from, QDate to, SpendDays &days, QString *error)
{
    sql::Statement s;
    if (sql::dialectOf(db) == sql::Dialect::Postgres) {
        // A server groups the rows where they are, and sends one row per account and day. Its SUM over
        // BIGINT is NUMERIC, which QPSQL hands over as a double (inexact past 2^53 nano-USD, $9M):
        // cast back, a sum past 64 bits fails as SQLite's does.
        const auto sum = [](const char *expr) { return sql::sum(sql::Dialect::Postgres, QLatin1String(expr)); };
        if (!prepareRange(s, db,
                          QStringLiteral("SELECT day, account_id, %1, MAX(CASE WHEN source <> 'manual' THEN 1 ELSE 0 "
                                         "END), %2 FROM costs WHERE currency = 'USD' AND day BETWEEN ?1 AND ?2 GROUP "
                                         "BY day, account_id")
                              .arg(sum("CASE WHEN source = 'manual' THEN 0 ELSE amount_nano END"),
                                   sum("CASE WHEN source = 'manual' THEN amount_nano ELSE 0 END")),
                          from, to, error))
            return false;
        while (s.step()) {
            DailySpend &d = spendOf(days, s.day(0), s.int64(1));
            d.billed = Money::fromNanos(s.int64(2));
            d.hasBilled = s.int64(3) != 0;
            d.manual = Money::fromNanos(s.int64(4));
        }
        if (!s.ok() && error)
            *error = s.error();
        return s.ok();
    }
    // On SQLite the rows are summed here, in costs_day's order: the same sums grouped in SQL sorted
    // every row in a temporary B-tree first (1.7 of the read's 2.9 ms of CPU at 1M dense rows, 16
    // cost lines per billed account and day). A row of the same account and day as the row before
    // (a sync writes a day's lines together) adds to it without a lookup.
    if (!prepareRange(s, db,
                      QStringLiteral("SELECT day, account_id, source = 'manual', amount_nano FROM costs "
                                     "WHERE currency = 'USD' AND day BETWEEN ?1 AND ?2"),
                      from, to, error))
        return false;
    DailySpend *last = nullptr;
    while (s.step()) {
        const QDate day = s.day(0);
        const qint64 accountId = s.int64(1);
        if (!last || last->day != day || last->accountId != accountId)
            last = &spendOf(days, day, accountId);
        const Money amount = Money::fromNanos(s.int64(3));
        const bool manual = s.int64(2) != 0;
        const std::optional<Money> sum = (manual ? last->manual : last->billed).checkedAdd(amount);
        if (!sum) {
            // What SQLite's SUM() said here before, so every reader explains it the same way.
            if (error)
                *error = sql::describeSqliteError(SQLITE_ERROR, QStringLiteral("integer overflow"));
            return false;
        }
        (manual ? last->manual : last->billed) = *sum;
        last->hasBilled = last->hasBilled || !manual;
    }
    if (!s.ok() && error)
        *error = s.error();
    return s.ok();
}

}   // namespace

std::optional<QList<DailySpend>> dailySpend(QSqlDatabase db, QDate from, QDate to, QString *error)
{
    // Two reads merged here rather than one UNION ALL grouped in SQL (which sorted every row of both
    // tables in a temporary B-tree), each through SQLite's own API on SQLite: a QSqlQuery made a
    // QVariant of every value of every row.
    SpendDays days;
    if (!readUsageDays(db, from, to, days, error) || !readCostDays(db, from, to, days, error))
        return std::nullopt;
    QList<DailySpend> out;
    out.reserve(days.size());
    for (const DailySpend &d : std::as_const(days)) {
        if (!d.billed.checkedAdd(d.manual) || !d.estimated.checkedAdd(d.manual)) {
            if (error)
                *error = QStringLiteral("the spend of account %1 on %2 is too large to add up (more than 2^63 − 1 "
                                        "nano-USD)")
                             .arg(d.accountId)
                             .arg(isoDay(d.day));
            return std::nullopt;
        }
        out.append(d);
    }
    return out;
}

std::optional<QList<std::pair<QDate, Money>>> totalsByDay(const QList<DailySpend> &spend, QString *error)
{
    QMap<QDate, Money> totals;
    OverflowGuard guard;
    for (const DailySpend &d : spend)
        totals[d.day] = guard.add(totals.value(d.day), d.spend(),
                                  [&] { return QStringLiteral("the amounts of %1").arg(isoDay(d.day)); });
    if (!guard.check(error))
        return std::nullopt;
    QList<std::pair<QDate, Money>> out;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

MeanDeviation meanAndDeviation(const QList<qint64> &values)
{
    if (values.isEmpty())
        return {};
    i128 sum = 0;
    for (qint64 v : values)
        sum += v;
    const qint64 mean = static_cast<qint64>(sum / values.size());
    i128 squares = 0;
    for (qint64 v : values) {
        const i128 delta = static_cast<i128>(v) - mean;
        squares += delta * delta;
    }
    return {mean, isqrt(squares / values.size())};
}

Forecast forecastMonthEnd(const QList<std::pair<QDate, Money>> &daily, QDate today, int rateDays)
{
    Forecast f;
    f.today = today;
    const QDate monthStart(today.year(), today.month(), 1);
    f.monthEnd = QDate(today.year(), today.month(), today.daysInMonth());
    f.daysLeft = int(today.daysTo(f.monthEnd));

    OverflowGuard guard;
    const auto plus = [&guard](Money a, Money b) {
        return guard.add(a, b, [] { return QStringLiteral("the month's amounts"); });
    };
    QMap<QDate, qint64> byDay;
    QDate earliest;
    for (const auto &[day, amount] : daily) {
        byDay[day] = guard.add(byDay.value(day), amount.nanos(), [] { return QStringLiteral("a day's amounts"); });
        if (!earliest.isValid() || day < earliest)
            earliest = day;
    }
    for (QDate d = monthStart; d <= today; d = d.addDays(1))
        f.monthToDate = plus(f.monthToDate, Money::fromNanos(byDay.value(d)));

    const QDate lastMonthStart = monthStart.addMonths(-1);
    const QDate lastMonthSameDay(lastMonthStart.year(), lastMonthStart.month(),
                                 std::min(today.day(), lastMonthStart.daysInMonth()));
    for (QDate d = lastMonthStart; d <= lastMonthSameDay; d = d.addDays(1))
        f.sameDaysLastMonth = plus(f.sameDaysLastMonth, Money::fromNanos(byDay.value(d)));

    // The rate comes from complete days before today, as far back as there is history.
    const QDate yesterday = today.addDays(-1);
    int days = std::max(1, rateDays);
    if (earliest.isValid() && earliest <= yesterday)
        days = std::min<qint64>(days, earliest.daysTo(yesterday) + 1);
    else
        days = 0;   // no complete day yet: today is all there is
    f.rateDaysUsed = days;
    if (days == 0) {
        f.rateFrom = today;
        f.low = f.expected = f.high = f.monthToDate;
        if (guard.failed())
            f.overflowMessage = guard.message();
        return f;
    }
    f.rateFrom = yesterday.addDays(-(days - 1));
    QList<qint64> rateDaysSpend;
    for (QDate d = f.rateFrom; d <= yesterday; d = d.addDays(1))
        rateDaysSpend.append(byDay.value(d));
    const auto [mean, deviation] = meanAndDeviation(rateDaysSpend);
    f.dailyRate = Money::fromNanos(mean);
    f.expected = plus(f.monthToDate, times(guard, mean, f.daysLeft));
    f.low = plus(f.monthToDate, times(guard, std::max<qint64>(0, mean - deviation), f.daysLeft));
    f.high = plus(
        f.monthToDate,
        times(guard, guard.add(mean, deviation, [] { return QStringLiteral("the forecast's amounts"); }), f.daysLeft));
    if (guard.failed())
        f.overflowMessage = guard.message();
    return f;
}

}   // namespace tl

namespace tl {

Forecast forecastWithFixedCharges(const QList<DailySpend> &spend, QDate today, Money fixedDue, int rateDays)
{
    OverflowGuard guard;
    const auto plus = [&guard](Money a, Money b) {
        return guard.add(a, b, [] { return QStringLiteral("the month's amounts"); });
    };
    QMap<QDate, Money> variable;
    QMap<QDate, Money> fixed;
    for (const DailySpend &d : spend) {
        // A day with only a manual charge is no history of variable spend: it must not stretch the
        // rate window back to it (a seat charged on the 20th of last month is not 10 days of $0).
        if (d.hasBilled || !d.estimated.isZero())
            variable[d.day] = plus(variable.value(d.day), d.hasBilled ? d.billed : d.estimated);
        if (!d.manual.isZero())
            fixed[d.day] = plus(fixed.value(d.day), d.manual);
    }
    QList<std::pair<QDate, Money>> variableDays;
    for (auto it = variable.cbegin(); it != variable.cend(); ++it)
        variableDays.append({it.key(), it.value()});
    Forecast f = forecastMonthEnd(variableDays, today, rateDays);
    if (f.overflowed())
        return f;

    const QDate monthStart(today.year(), today.month(), 1);
    const QDate lastMonthStart = monthStart.addMonths(-1);
    const QDate lastMonthSameDay(lastMonthStart.year(), lastMonthStart.month(),
                                 std::min(today.day(), lastMonthStart.daysInMonth()));
    Money fixedLastMonth;
    for (auto it = fixed.cbegin(); it != fixed.cend(); ++it) {
        if (it.key() >= monthStart && it.key() <= today)
            f.fixedCharged = plus(f.fixedCharged, it.value());
        else if (it.key() >= lastMonthStart && it.key() <= lastMonthSameDay)
            fixedLastMonth = plus(fixedLastMonth, it.value());
    }
    f.fixedDue = fixedDue;
    const Money fixedMonth = plus(f.fixedCharged, fixedDue);
    f.monthToDate = plus(f.monthToDate, f.fixedCharged);
    f.sameDaysLastMonth = plus(f.sameDaysLastMonth, fixedLastMonth);
    f.low = plus(f.low, fixedMonth);
    f.expected = plus(f.expected, fixedMonth);
    f.high = plus(f.high, fixedMonth);
    if (guard.failed())
        f.overflowMessage = guard.message();
    return f;
}

std::optional<Money> fixedChargesDue(const QList<ManualEntry> &entries, QDate today,
                                     const std::function<bool(qint64 accountId)> &inScope, QString *error)
{
    const QDate monthEnd(today.year(), today.month(), today.daysInMonth());
    OverflowGuard guard;
    Money due;
    for (const ManualEntry &e : entries) {
        if (inScope && !inScope(e.accountId))
            continue;
        for (const QDate &day : e.chargeDays(monthEnd)) {
            if (day > today)
                due = guard.add(due, e.amount, [] { return QStringLiteral("the fixed charges still due"); });
        }
    }
    if (!guard.check(error))
        return std::nullopt;
    return due;
}

}   // namespace tl
