#include "groupbreakdown.h"

#include "common/checkedmath.h"
#include "common/dates.h"
#include "storage/queryloop.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

std::optional<QList<Share>> usageByGroup(QSqlDatabase db, QDate from, QDate to, UsageGroup by, QString *error)
{
    const QLatin1String column = by == UsageGroup::Project ? QLatin1String("u.project") : QLatin1String("u.api_key_id");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, a.provider, SUM(CASE WHEN %2 THEN COALESCE(u.cost_nano, 0) ELSE 0 END), "
                             "SUM(u.input_tokens), SUM(u.cached_input_tokens), "
                             "SUM(u.cache_write_5m_tokens + u.cache_write_1h_tokens), SUM(u.output_tokens), "
                             "SUM(u.requests), SUM(CASE WHEN u.cost_nano IS NULL THEN u.input_tokens + "
                             "u.cached_input_tokens + u.cache_write_5m_tokens + u.cache_write_1h_tokens + "
                             "u.output_tokens ELSE 0 END) "
                             "FROM usage u JOIN accounts a ON a.id = u.account_id WHERE u.day BETWEEN ? AND ? "
                             "GROUP BY 1, 2")
                  .arg(column, QLatin1String(UsageIsSpendSql)));
    q.addBindValue(isoDay(from));
    q.addBindValue(isoDay(to));
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
