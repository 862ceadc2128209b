#include "groupbreakdown.h"

#include "common/checkedmath.h"
#include "common/dates.h"
#include "storage/queryloop.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tl {

namespace {

const QLatin1String GroupColumns("account_id, project, api_key_id, input_tokens, cached_input_tokens, "
                                 "cache_write_tokens, output_tokens, requests, cost_nano, unpriced_tokens, row_count");

// Whether any usage is recorded on the UTC days from..to (a seek on usage_daily's key).
std::optional<bool> anyUsage(QSqlDatabase db, QDate from, QDate to, QString *error)
{
    if (from > to)
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM usage_daily WHERE day BETWEEN ? AND ?)"));
    q.addBindValue(isoDay(from));
    q.addBindValue(isoDay(to));
    if (!q.exec() || !q.next()) {
        if (error)
            *error = sql::describeError(q.lastError());
        return std::nullopt;
    }
    return q.value(0).toBool();
}

}   // namespace

std::optional<QString> groupRollupSource(QSqlDatabase db, QDate from, QDate to, QVariantList *binds, QString *error)
{
    QStringList parts;
    const QDate firstMonth(from.year(), from.month(), 1);
    const QDate lastMonth(to.year(), to.month(), 1);
    QDate wholeFrom = firstMonth;   // the months read whole, inclusive
    QDate wholeTo = lastMonth;
    // Whether an edge month can be read whole; its days are added to `parts` when not.
    const auto whole = [&](QDate month) -> std::optional<bool> {
        const QDate end = month.addMonths(1).addDays(-1);
        const QDate coveredFrom = std::max(from, month);
        const QDate coveredTo = std::min(to, end);
        const std::optional<bool> before = anyUsage(db, month, coveredFrom.addDays(-1), error);
        const std::optional<bool> after = before ? anyUsage(db, coveredTo.addDays(1), end, error) : std::nullopt;
        if (!after)
            return std::nullopt;
        if (!*before && !*after)
            return true;
        parts << QStringLiteral("SELECT %1 FROM usage_group_days WHERE day BETWEEN ? AND ?").arg(GroupColumns);
        *binds << isoDay(coveredFrom) << isoDay(coveredTo);
        return false;
    };
    if (from <= to) {
        const std::optional<bool> first = whole(firstMonth);
        if (!first)
            return std::nullopt;
        if (!*first)
            wholeFrom = firstMonth.addMonths(1);
        if (lastMonth != firstMonth) {
            const std::optional<bool> last = whole(lastMonth);
            if (!last)
                return std::nullopt;
            if (!*last)
                wholeTo = lastMonth.addMonths(-1);
        }
        if (wholeFrom <= wholeTo) {
            parts << QStringLiteral("SELECT %1 FROM usage_group_months WHERE month BETWEEN ? AND ?").arg(GroupColumns);
            *binds << wholeFrom.toString(u"yyyy-MM") << wholeTo.toString(u"yyyy-MM");
        }
    }
    if (parts.isEmpty())
        parts << QStringLiteral("SELECT %1 FROM usage_group_days WHERE 0").arg(GroupColumns);
    return QLatin1Char('(') + parts.join(QLatin1String(" UNION ALL ")) + QLatin1Char(')');
}

std::optional<QList<Share>> usageByGroup(QSqlDatabase db, QDate from, QDate to, UsageGroup by, QString *error)
{
    const QLatin1String column = by == UsageGroup::Project ? QLatin1String("g.project") : QLatin1String("g.api_key_id");
    QVariantList binds;
    const std::optional<QString> source = groupRollupSource(db, from, to, &binds, error);
    if (!source)
        return std::nullopt;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, a.provider, SUM(CASE WHEN %2 THEN g.cost_nano ELSE 0 END), "
                             "SUM(g.input_tokens), SUM(g.cached_input_tokens), SUM(g.cache_write_tokens), "
                             "SUM(g.output_tokens), SUM(g.requests), SUM(g.unpriced_tokens) "
                             "FROM %3 g JOIN accounts a ON a.id = g.account_id GROUP BY 1, 2")
                  .arg(column, QLatin1String(UsageIsSpendSql), *source));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        if (error)
            *error = sql::describeError(q.lastError());
        return std::nullopt;
    }
    OverflowGuard guard;
    const auto add = [&guard](qint64 a, qint64 b) {
        return guard.add(a, b, [] { return QStringLiteral("the breakdown's token counts"); });
    };
    QList<Share> out;
    while (q.next()) {
        Share s;
        const QString value = q.value(0).toString();
        s.provider = q.value(1).toString();
        s.key = s.provider + QLatin1Char('/') + value;
        s.label = value;
        s.cost = Money::fromNanos(q.value(2).toLongLong());
        s.inputTokens = q.value(3).toLongLong();
        s.cachedTokens = q.value(4).toLongLong();
        s.cacheWriteTokens = q.value(5).toLongLong();
        s.outputTokens = q.value(6).toLongLong();
        s.tokens = add(add(s.inputTokens, s.cachedTokens), add(s.cacheWriteTokens, s.outputTokens));
        s.requests = q.value(7).toLongLong();
        s.unpricedTokens = q.value(8).toLongLong();
        s.source = SourceMix::Estimated;
        out.append(s);
    }
    if (!sql::readSucceeded(q, error) || !guard.check(error))
        return std::nullopt;
    sortBiggestFirst(out);
    return out;
}

}   // namespace tl
