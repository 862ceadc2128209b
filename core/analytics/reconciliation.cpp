#include "reconciliation.h"

#include "common/checkedmath.h"
#include "common/dates.h"
#include "common/int128.h"
#include "pricing/costcalculator.h"
#include "storage/queryloop.h"

#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

namespace {

using i128 = Int128;

constexpr qint64 OneCentNanos = 10'000'000;

// a / b rounded half-even, b > 0; nullopt when it does not fit in 64 bits.
std::optional<qint64> divideHalfEven(i128 a, i128 b)
{
    const bool negative = a < 0;
    if (negative)
        a = -a;
    i128 q = a / b;
    const i128 r = a % b;
    if (r * 2 > b || (r * 2 == b && q % 2 == 1))
        ++q;
    if (q > std::numeric_limits<qint64>::max())
        return std::nullopt;
    return static_cast<qint64>(negative ? -q : q);
}

}   // namespace

Money ReconciliationRow::difference() const
{
    return billed.checkedSub(estimated).value_or(Money());
}

std::optional<qint64> ReconciliationRow::differenceBasisPoints() const
{
    if (!hasBilled || !hasUsage || billed.nanos() <= 0)
        return std::nullopt;
    return divideHalfEven(static_cast<i128>(difference().nanos()) * 10000, billed.nanos());
}

bool ReconciliationRow::isGap(qint64 thresholdBasisPoints) const
{
    if (hasBilled != hasUsage)
        return true;
    const qint64 gap = std::abs(difference().nanos());
    if (gap <= OneCentNanos)
        return false;
    const auto bp = differenceBasisPoints();
    return !bp || std::abs(*bp) > thresholdBasisPoints;
}

std::optional<QList<ReconciliationRow>> reconcile(QSqlDatabase db, QDate from, QDate to, QString *error)
{
    // Every sum fits or the whole answer fails naming the day: never a capped or wrapped figure.
    OverflowGuard guard;
    const auto failed = [error](const QSqlQuery &q) {
        if (error)
            *error = sql::describeError(q.lastError());
        return std::nullopt;
    };
    // After a loop: a read that broke off is a failure, not fewer rows.
    const auto stoppedEarly = [error](const QSqlQuery &q) { return !sql::readSucceeded(q, error); };
    QMap<std::pair<QDate, QString>, ReconciliationRow> rows;
    const auto row = [&rows](const QString &day, const QString &provider) -> ReconciliationRow & {
        const QDate d = parseIsoDay(day).value_or(QDate());
        ReconciliationRow &r = rows[{d, provider}];
        r.day = d;
        r.provider = provider;
        return r;
    };
    // Per account and day first, so accounts with usage but no bill can be named.
    QMap<std::pair<QString, qint64>, std::pair<bool, bool>> accountDays;   // has billed, has usage
    QMap<qint64, std::pair<QString, QString>> accounts;                    // provider, label
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, provider, label FROM accounts")))
        return failed(q);
    while (q.next())
        accounts.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    if (stoppedEarly(q))
        return std::nullopt;

    q.prepare(QStringLiteral("SELECT day, account_id, SUM(amount_nano), SUM(CASE WHEN amount_nano < 0 THEN amount_nano "
                             "ELSE 0 END) FROM costs "
                             "WHERE currency = 'USD' AND source <> 'manual' AND day BETWEEN ? AND ? "
                             "GROUP BY day, account_id"));
    q.addBindValue(isoDay(from));
    q.addBindValue(isoDay(to));
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        const qint64 account = q.value(1).toLongLong();
        ReconciliationRow &r = row(q.value(0).toString(), accounts.value(account).first);
        const auto what = [&] { return QStringLiteral("the billed amounts of %1").arg(q.value(0).toString()); };
        r.billed = guard.add(r.billed, Money::fromNanos(q.value(2).toLongLong()), what);
        r.credits = guard.add(r.credits, Money::fromNanos(q.value(3).toLongLong()), what);
        r.hasBilled = true;
        accountDays[{q.value(0).toString(), account}].first = true;
    }
    if (stoppedEarly(q))
        return std::nullopt;

    q.prepare(QStringLiteral("SELECT day, account_id, SUM(cost_nano), SUM(unpriced_tokens), SUM(cache_write_tokens) "
                             "FROM usage_daily WHERE day BETWEEN ? AND ? GROUP BY day, account_id"));
    q.addBindValue(isoDay(from));
    q.addBindValue(isoDay(to));
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        const qint64 account = q.value(1).toLongLong();
        ReconciliationRow &r = row(q.value(0).toString(), accounts.value(account).first);
        const auto what = [&] { return QStringLiteral("the usage totals of %1").arg(q.value(0).toString()); };
        r.estimated = guard.add(r.estimated, Money::fromNanos(q.value(2).toLongLong()), what);
        r.unpricedTokens = guard.add(r.unpricedTokens, q.value(3).toLongLong(), what);
        r.cacheWriteTokens = guard.add(r.cacheWriteTokens, q.value(4).toLongLong(), what);
        r.hasUsage = true;
        accountDays[{q.value(0).toString(), account}].second = true;
    }
    if (stoppedEarly(q))
        return std::nullopt;
    for (auto it = accountDays.cbegin(); it != accountDays.cend(); ++it) {
        ReconciliationRow &r = row(it.key().first, accounts.value(it.key().second).first);
        if (r.hasBilled && it.value().second && !it.value().first)
            r.accountsWithoutBill.append(accounts.value(it.key().second).second);
    }

    q.prepare(QStringLiteral("SELECT DISTINCT u.day, a.provider, u.service_tier FROM usage u "
                             "JOIN accounts a ON a.id = u.account_id WHERE u.day BETWEEN ? AND ? "
                             "AND u.service_tier NOT IN ('', 'default', 'standard', 'auto') ORDER BY 3"));
    q.addBindValue(isoDay(from));
    q.addBindValue(isoDay(to));
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        ReconciliationRow &r = row(q.value(0).toString(), q.value(1).toString());
        const QString tier = q.value(2).toString();
        r.longContext = r.longContext || isLongContextTier(tier);
        const QString base = withoutLongContext(tier);
        static const QStringList standard{QString(), QStringLiteral("default"), QStringLiteral("standard"),
                                          QStringLiteral("auto")};
        if (!standard.contains(base) && !r.serviceTiers.contains(base))
            r.serviceTiers.append(base);
    }
    if (stoppedEarly(q))
        return std::nullopt;
    if (!guard.check(error))
        return std::nullopt;
    return rows.values();
}

std::optional<QList<BilledLine>> billedLines(QSqlDatabase db, QDate day, const QString &provider, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.label, c.line_item, c.project, c.currency, c.amount_nano FROM costs c "
        "JOIN accounts a ON a.id = c.account_id WHERE c.day = ? AND a.provider = ? AND c.source <> 'manual' "
        "ORDER BY a.label, c.currency, c.amount_nano DESC, c.line_item"));
    q.addBindValue(isoDay(day));
    q.addBindValue(provider);
    if (!q.exec()) {
        if (error)
            *error = sql::describeError(q.lastError());
        return std::nullopt;
    }
    QList<BilledLine> lines;
    while (q.next()) {
        lines.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      Money::fromNanos(q.value(4).toLongLong())});
    }
    if (!sql::readSucceeded(q, error))
        return std::nullopt;
    return lines;
}

}   // namespace tl
