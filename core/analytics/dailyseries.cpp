#include "dailyseries.h"

#include "common/dates.h"
#include "storage/queryloop.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

std::optional<QList<DailyPoint>> dailyCostByProvider(QSqlDatabase db, QDate from, QDate to, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT d.day, a.provider, SUM(d.cost_nano), "
        "SUM(d.input_tokens + d.cached_input_tokens + d.cache_write_tokens + d.output_tokens), SUM(d.requests) "
        "FROM usage_account_daily d JOIN accounts a ON a.id = d.account_id WHERE d.day BETWEEN ? AND ? "
        "GROUP BY d.day, a.provider ORDER BY d.day, a.provider"));
    q.addBindValue(isoDay(from));
    q.addBindValue(isoDay(to));
    if (!q.exec()) {
        if (error)
            *error = sql::describeError(q.lastError());
        return std::nullopt;
    }
    QList<DailyPoint> points;
    while (q.next()) {
        DailyPoint p;
        p.day = parseIsoDay(q.value(0).toString()).value_or(QDate());
        p.key = q.value(1).toString();
        p.cost = Money::fromNanos(q.value(2).toLongLong());
        p.tokens = q.value(3).toLongLong();
        p.requests = q.value(4).toLongLong();
        points.append(p);
    }
    if (!sql::readSucceeded(q, error))
        return std::nullopt;
    return points;
}

}   // namespace tl
