#include "usagesql.h"

#include "common/dates.h"
#include "storage/sqldialect.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace tl::usagesql {

QString orderExpression(UsageColumn column)
{
    switch (column) {
    case UsageColumn::Day:
        return QStringLiteral("u.day");
    case UsageColumn::Provider:
        return QStringLiteral("a.provider");
    case UsageColumn::Account:
        return QStringLiteral("a.label");
    case UsageColumn::Model:
        return QStringLiteral("u.model");
    case UsageColumn::Project:
        return QStringLiteral("u.project");
    case UsageColumn::ApiKey:
        return QStringLiteral("u.api_key_id");
    case UsageColumn::Input:
        return QStringLiteral("u.input_tokens");
    case UsageColumn::Cached:
        return QStringLiteral("u.cached_input_tokens");
    case UsageColumn::CacheWrite:
        return QStringLiteral("(u.cache_write_5m_tokens + u.cache_write_1h_tokens)");
    case UsageColumn::Output:
        return QStringLiteral("u.output_tokens");
    case UsageColumn::Requests:
        return QStringLiteral("u.requests");
    case UsageColumn::Cost:
        return QStringLiteral("u.cost_nano");
    case UsageColumn::Status:
        return QStringLiteral("u.cost_status");
    case UsageColumn::Count:
        break;
    }
    return QStringLiteral("u.day");
}

// The page's ORDER BY over `usage u JOIN accounts a`: the column, then the natural key breaking ties
// in the same direction, so paging is stable.
QString pageOrder(UsageColumn column, const QString &direction)
{
    QString order = orderExpression(column) + direction;
    for (const char *key :
         {"u.day", "u.account_id", "u.model", "u.project", "u.api_key_id", "u.service_tier", "u.source"})
        order += QStringLiteral(", ") + QLatin1String(key) + direction;
    return order;
}

// The rollup value that orders buckets of rows by their first row in the page's order: the column's
// smallest value in the bucket ascending, its largest descending (storage/detailrollups.h); a
// column the bucket holds one value of is that value.
QString bucketOrderExpression(UsageColumn column, bool descending)
{
    const auto bound = [descending](const char *name) {
        return QStringLiteral("b.%1_%2").arg(QLatin1String(name), descending ? u"hi" : u"lo");
    };
    switch (column) {
    case UsageColumn::Day:
        return QStringLiteral("b.day");
    case UsageColumn::Provider:
        return QStringLiteral("a.provider");
    case UsageColumn::Account:
        return QStringLiteral("a.label");
    case UsageColumn::Model:
        return bound("model");
    case UsageColumn::Project:
        return bound("project");
    case UsageColumn::ApiKey:
        return bound("key");
    case UsageColumn::Input:
        return bound("input");
    case UsageColumn::Cached:
        return bound("cached");
    case UsageColumn::CacheWrite:
        return bound("write");
    case UsageColumn::Output:
        return bound("output");
    case UsageColumn::Requests:
        return bound("requests");
    case UsageColumn::Cost:
        return bound("cost");
    case UsageColumn::Status:
        return bound("status");
    case UsageColumn::Count:
        break;
    }
    return QStringLiteral("b.day");
}

// The account-days whose models span the filter's model: `SELECT day, account_id` over
// usage_page_days b, its conditions' values appended to binds.
QString modelDays(const UsageFilter &filter, QVariantList *binds)
{
    UsageFilter days;
    days.from = filter.from;
    days.to = filter.to;
    days.provider = filter.provider;
    days.accountId = filter.accountId;
    QString conditions = days.sqlConditions(binds);
    conditions.replace(QLatin1String("u."), QLatin1String("b."));
    binds->append(filter.model);
    // accounts only for a provider: a lookup per account-day otherwise for nothing.
    return QStringLiteral("SELECT b.day, b.account_id FROM usage_page_days b") +
           (filter.provider.isEmpty() ? QString() : QStringLiteral(" JOIN accounts a ON a.id = b.account_id")) +
           QStringLiteral(" WHERE 1 = 1") + conditions + QStringLiteral(" AND ? BETWEEN b.model_lo AND b.model_hi");
}

// `WITH d AS (modelDays) ` and a source `d <ordered join> TABLE u` of the rows of `table` on those
// account-days, sought by its key (day, account_id, model ...): the model's rows of `usage` for
// the page, of `usage_daily` for the totals row.
std::pair<QString, QString> modelDaysOf(const QSqlDatabase &db, const UsageFilter &filter, QLatin1String table,
                                        QVariantList *binds, const QString &dayOrder)
{
    // The account-days come in the order asked for from a co-routine (LIMIT -1 keeps SQLite from
    // flattening the subquery into the join, which drops its ORDER BY).
    const QString ordered = dayOrder.isEmpty() || sql::dialectOf(db) == sql::Dialect::Postgres
                                ? QString()
                                : QStringLiteral(" ORDER BY b.day%1, b.account_id%1 LIMIT -1").arg(dayOrder);
    return {
        QStringLiteral("WITH d AS (") + modelDays(filter, binds) + ordered + QStringLiteral(") "),
        QStringLiteral("d %1 %2 u ON u.day = d.day AND u.account_id = d.account_id").arg(sql::orderedJoin(db), table)};
}

// The totals row of one model: the range's whole months from usage_model_months (schema 23), its
// edge months' days from usage_daily, sought an account-day at a time from modelDays — the days
// alone took 60 ms for one model of one account's history at 10M dense rows (10,416 seeks). Empty
// (nothing bound) when the range holds no whole month: its days are all read.
QString modelTotalsSql(const QSqlDatabase &db, const UsageFilter &filter, QVariantList *binds)
{
    const QDate lo = filter.from;
    const QDate hi = filter.to;
    const QDate firstFull = !lo.isValid() || lo.day() == 1 ? lo : QDate(lo.year(), lo.month(), 1).addMonths(1);
    const QDate lastFull = !hi.isValid()                  ? hi
                           : hi.day() == hi.daysInMonth() ? QDate(hi.year(), hi.month(), 1)
                                                          : QDate(hi.year(), hi.month(), 1).addMonths(-1);
    if (firstFull.isValid() && lastFull.isValid() && firstFull > lastFull)
        return {};
    QList<std::pair<QDate, QDate>> edges;
    if (lo.isValid() && lo != firstFull)
        edges.append({lo, firstFull.addDays(-1)});
    if (hi.isValid() && lastFull.addMonths(1).addDays(-1) != hi)
        edges.append({lastFull.addMonths(1), hi});

    const QString sums = QStringLiteral(
        "u.row_count AS row_count, u.input_tokens AS input_tokens, u.cached_input_tokens AS cached_input_tokens, "
        "u.cache_write_tokens AS cache_write_tokens, u.output_tokens AS output_tokens, u.requests AS requests, "
        "u.cost_nano AS cost_nano, u.unpriced_rows AS unpriced_rows");
    const QString join = sql::orderedJoin(db);
    // Each account's rows of the model, sought by the key (account_id, model, month).
    QString parts = QStringLiteral("SELECT %1 FROM accounts a %2 usage_model_months u ON u.account_id = a.id WHERE "
                                   "u.model = ?")
                        .arg(sums, join);
    QVariantList partBinds{filter.model};
    const auto condition = [&](bool set, const char *clause, const QVariant &value) {
        if (set) {
            parts += QLatin1String(clause);
            partBinds.append(value);
        }
    };
    condition(firstFull.isValid(), " AND u.month >= ?", firstFull.toString(QStringLiteral("yyyy-MM")));
    condition(lastFull.isValid(), " AND u.month <= ?", lastFull.toString(QStringLiteral("yyyy-MM")));
    condition(!filter.provider.isEmpty(), " AND a.provider = ?", filter.provider);
    condition(filter.accountId.has_value(), " AND a.id = ?", filter.accountId.value_or(0));
    QString with;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        UsageFilter edge = filter;
        edge.from = edges[i].first;
        edge.to = edges[i].second;
        const QString name = QStringLiteral("d%1").arg(i);
        with += (with.isEmpty() ? QStringLiteral("WITH ") : QStringLiteral(", ")) + name + QStringLiteral(" AS (") +
                modelDays(edge, binds) + QStringLiteral(")");
        parts += QStringLiteral(" UNION ALL SELECT %1 FROM %2 %3 usage_daily u ON u.day = %2.day AND u.account_id = "
                                "%2.account_id")
                     .arg(sums, name, join) +
                 (filter.provider.isEmpty() ? QString() : QStringLiteral(" JOIN accounts a ON a.id = u.account_id")) +
                 QStringLiteral(" WHERE 1 = 1") + edge.sqlConditions(&partBinds);
    }
    binds->append(partBinds);
    return with +
           QStringLiteral(" SELECT SUM(t.row_count), SUM(t.input_tokens), SUM(t.cached_input_tokens), "
                          "SUM(t.cache_write_tokens), SUM(t.output_tokens), SUM(t.requests), SUM(t.cost_nano), "
                          "SUM(t.unpriced_rows) FROM (") +
           parts + QStringLiteral(") t");
}

// The buckets `k (day, account_id)` that hold the first `depth` rows of a model in a sort by any
// column but the day, for a model with many rows a day (fewRowsADay). Reading every row of the
// model and sorting it took 130-170 ms for one model of one account at 10M sparse rows (312,000
// rows; the slowest sort 0.5-0.7 s). A model's rows of an account-day lie in one bucket (buckets
// hold whole models), and every one of them sorts no earlier than the bucket's bound of the column,
// whatever other models share the bucket. So `depth` rows read from any buckets (here the first
// `depth` by bound) end at a row R that the page's last row sorts no later than; the page's rows
// then all lie in buckets whose bound sorts before R's value, or equals it on a day and account
// sorting no later than R's (the natural key breaks ties: a column that is 0 in every row of the
// model would otherwise name every bucket). A bucket holding only the model (sparse data: 24 rows
// or more a model and day) bounds it exactly, so about `depth` buckets are read. With fewer than
// `depth` rows found, every bucket of the model is.
QString modelPageSource(const QSqlDatabase &db, const UsageFilter &filter, UsageColumn sortBy, bool descending,
                        qint64 depth, QVariantList *binds)
{
    const bool postgres = sql::dialectOf(db) == sql::Dialect::Postgres;
    const QString direction = sql::sortDirection(db, descending);
    const QString join = sql::orderedJoin(db);
    const QString value = orderExpression(sortBy);
    const QString bound = bucketOrderExpression(sortBy, descending);
    // The model's bucket of an account-day is the last one starting at or before it, if it reaches
    // it: one seek for it instead of reading the day's buckets before it (7 of 8 sparse).
    QString with =
        QStringLiteral("WITH d AS (") + modelDays(filter, binds) +
        QStringLiteral("), c AS (SELECT b.day, b.account_id, %1 AS bound FROM d %2 usage_page_buckets b "
                       "ON b.day = d.day AND b.account_id = d.account_id AND b.model_lo = (SELECT "
                       "MAX(x.model_lo) FROM usage_page_buckets x WHERE x.day = d.day AND x.account_id = "
                       "d.account_id AND x.model_lo <= ?)%3 WHERE ? <= b.model_hi), ")
            .arg(bound, join,
                 bound.startsWith(QLatin1String("a.")) ? QStringLiteral(" JOIN accounts a ON a.id = b.account_id")
                                                       : QString());
    binds->append(filter.model);
    binds->append(filter.model);
    with += QStringLiteral("f AS (SELECT day, account_id FROM c ORDER BY bound%1, day%1, account_id%1 LIMIT ?), ")
                .arg(direction);
    binds->append(depth);
    const QString rowOrder = pageOrder(sortBy, direction);
    with += QStringLiteral("t AS (SELECT %1 AS v, u.day, u.account_id FROM f %2 usage u ON u.day = f.day AND "
                           "u.account_id = f.account_id JOIN accounts a ON a.id = u.account_id WHERE 1 = 1")
                .arg(value, join) +
            filter.sqlConditions(binds) + QStringLiteral(" ORDER BY %1 LIMIT 1 OFFSET ?), ").arg(rowOrder);
    binds->append(depth - 1);
    // NULL sorts last descending and first ascending (sql::sortDirection).
    const QString before = descending ? QStringLiteral("(t.v IS NULL AND c.bound IS NOT NULL) OR c.bound > t.v")
                                      : QStringLiteral("(c.bound IS NULL AND t.v IS NOT NULL) OR c.bound < t.v");
    const QString same =
        postgres ? QStringLiteral("c.bound IS NOT DISTINCT FROM t.v") : QStringLiteral("c.bound IS t.v");
    const QString noLater = descending
                                ? QStringLiteral("c.day > t.day OR (c.day = t.day AND c.account_id >= t.account_id)")
                                : QStringLiteral("c.day < t.day OR (c.day = t.day AND c.account_id <= t.account_id)");
    return with +
           QStringLiteral("k AS (SELECT c.day, c.account_id FROM c LEFT JOIN t ON 1 = 1 WHERE t.day IS NULL "
                          "OR ") +
           before + QStringLiteral(" OR (") + same + QStringLiteral(" AND (") + noLater + QStringLiteral("))) ");
}

bool fewRowsADay(const QSqlDatabase &db, const UsageFilter &filter)
{
    UsageFilter model = filter;
    model.project.clear();
    model.apiKeyId.clear();
    model.status.reset();
    const auto count = [&db](const QString &sql, const QVariantList &binds) -> std::optional<qint64> {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return std::nullopt;
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    };
    QVariantList rowBinds;
    const std::optional<qint64> rows = count(usageTotalsSql(db, model, &rowBinds), rowBinds);
    QVariantList dayBinds;
    const std::optional<qint64> days =
        rows ? count(QStringLiteral("SELECT COUNT(*) FROM (") + modelDays(model, &dayBinds) + QStringLiteral(") d"),
                     dayBinds)
             : std::nullopt;
    return days && *rows <= *days * DirectRowsADay;
}

}   // namespace tl::usagesql
