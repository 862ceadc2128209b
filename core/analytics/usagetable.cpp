#include "usagetable.h"

#include "common/dates.h"
#include "storage/queryloop.h"
#include "storage/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <tuple>
#include <utility>

namespace tl {

namespace {

std::nullopt_t failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = sql::describeError(q.lastError());
    return std::nullopt;
}

bool prepareAndRun(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec();
}

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

// The deepest page end (offset + limit) read through the rollups; deeper pages sort the rows.
constexpr qint64 MaxRollupDepth = 5000;

// Whether the rollups can pick a page's rows: the filter must keep or drop whole buckets (days of
// an account), which a model, project, key or status filter does not.
bool rollupsAnswer(const UsageFilter &filter, qint64 offset, int limit)
{
    return filter.model.isEmpty() && filter.project.isEmpty() && filter.apiKeyId.isEmpty() && !filter.status &&
           offset >= 0 && limit > 0 && offset + limit <= MaxRollupDepth;
}

// Whether every row the filter matches has the same value in the column: its order is then the
// natural key's, which the day's order is (a model's rows are read a day at a time in it; sorted
// by the model they were all read and sorted: 130 ms for one model of one account at 10M dense).
bool constantUnder(const UsageFilter &filter, UsageColumn column)
{
    switch (column) {
    case UsageColumn::Model:
        return !filter.model.isEmpty();
    case UsageColumn::Account:
        return filter.accountId.has_value();
    case UsageColumn::Provider:
        return filter.accountId.has_value() || !filter.provider.isEmpty();
    case UsageColumn::Project:
        return !filter.project.isEmpty();
    case UsageColumn::ApiKey:
        return !filter.apiKeyId.isEmpty();
    case UsageColumn::Status:
        return filter.status.has_value();
    default:
        return false;
    }
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
                                        QVariantList *binds)
{
    return {
        QStringLiteral("WITH d AS (") + modelDays(filter, binds) + QStringLiteral(") "),
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
// column but the day. Reading every row of the model and sorting it took 130-170 ms for one model
// of one account at 10M rows (the slowest sort 0.5-0.7 s). A model's rows of an account-day lie in
// one bucket (buckets hold whole models), and every one of them sorts no earlier than the bucket's
// bound of the column, whatever other models share the bucket. So `depth` rows read from any
// buckets (here the first `depth` by bound) end at a row R that the page's last row sorts no later
// than; the page's rows then all lie in buckets whose bound sorts before R's value, or equals it
// on a day and account sorting no later than R's (the natural key breaks ties: a column that is
// 0 in every row of the model would otherwise name every bucket). A bucket holding only the model
// (sparse data: 24 rows or more a model and day) bounds it exactly, so about `depth` buckets are
// read. With fewer than `depth` rows found, every bucket of the model is.
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

}   // namespace

QString UsageFilter::sqlConditions(QVariantList *binds) const
{
    QString sql;
    const auto condition = [&](bool set, const char *clause, const QVariant &value) {
        if (!set)
            return;
        sql += QLatin1String(clause);
        binds->append(value);
    };
    condition(from.isValid(), " AND u.day >= ?", isoDay(from));
    condition(to.isValid(), " AND u.day <= ?", isoDay(to));
    condition(!provider.isEmpty(), " AND a.provider = ?", provider);
    condition(accountId.has_value(), " AND u.account_id = ?", accountId.value_or(0));
    condition(!model.isEmpty(), " AND u.model = ?", model);
    condition(!project.isEmpty(), " AND u.project = ?", project);
    condition(!apiKeyId.isEmpty(), " AND u.api_key_id = ?", apiKeyId);
    condition(status.has_value(), " AND u.cost_status = ?", status ? costStatusName(*status) : QString());
    return sql;
}

std::optional<QList<UsageRow>> queryUsageRows(QSqlDatabase db, const UsageFilter &filter, UsageColumn sortBy,
                                              bool descending, qint64 offset, int limit, QString *error)
{
    QVariantList binds;
    if (constantUnder(filter, sortBy))
        sortBy = UsageColumn::Day;
    const QString direction = sql::sortDirection(db, descending);
    QString order = pageOrder(sortBy, direction);

    // Sorting every row the filter matches took 2 s at 10M rows. The first K = offset + limit rows
    // lie in the K buckets whose own first row comes first: each of them lies in a bucket whose
    // first row comes no later, and at most K buckets have their first row among the first K rows.
    // Two buckets' first rows compare by the buckets' bounds of the sort column, then by the bucket
    // keys (ranges of the natural key, which breaks ties). So the rollups pick K days of an account,
    // then K buckets of whole models among them, and only those rows are read (by key) and sorted.
    QString with;
    QString rowSource = QStringLiteral("usage u JOIN accounts a ON a.id = u.account_id");
    if (rollupsAnswer(filter, offset, limit)) {
        const QString bound = bucketOrderExpression(sortBy, descending);
        QString dayOrder = bound + direction;
        QString bucketOrder = bound + direction;
        for (const char *key : {"b.day", "b.account_id"}) {
            dayOrder += QStringLiteral(", ") + QLatin1String(key) + direction;
            bucketOrder += QStringLiteral(", ") + QLatin1String(key) + direction;
        }
        bucketOrder += QStringLiteral(", b.model_lo") + direction;
        // The filter's conditions name usage u; the rollups have the same day and account_id.
        QString conditions = filter.sqlConditions(&binds);
        conditions.replace(QLatin1String("u."), QLatin1String("b."));
        binds << offset + limit;
        with = QStringLiteral("WITH d AS (SELECT b.day, b.account_id FROM usage_page_days b JOIN accounts a ON a.id = "
                              "b.account_id WHERE 1 = 1") +
               conditions + QStringLiteral(" ORDER BY ") + dayOrder +
               QStringLiteral(" LIMIT ?), k AS (SELECT b.day, b.account_id, b.model_lo, b.model_hi FROM d %1 "
                              "usage_page_buckets b ON b.day = d.day AND b.account_id = d.account_id JOIN accounts a "
                              "ON a.id = b.account_id ORDER BY ")
                   .arg(sql::orderedJoin(db)) +
               bucketOrder + QStringLiteral(" LIMIT ?) ");
        binds << offset + limit;
        rowSource = QStringLiteral("k %1 usage u ON u.day = k.day AND u.account_id = k.account_id AND u.model "
                                   "BETWEEN k.model_lo AND k.model_hi JOIN accounts a ON a.id = u.account_id")
                        .arg(sql::orderedJoin(db));
    } else if (!filter.model.isEmpty() && sortBy != UsageColumn::Day && offset >= 0 && limit > 0 &&
               offset + limit <= MaxRollupDepth) {
        with = modelPageSource(db, filter, sortBy, descending, offset + limit, &binds);
        rowSource = QStringLiteral("k %1 usage u ON u.day = k.day AND u.account_id = k.account_id JOIN accounts a ON "
                                   "a.id = u.account_id")
                        .arg(sql::orderedJoin(db));
    } else if (!filter.model.isEmpty()) {
        // A model's rows are a key range of each account-day, (day, account_id, model): found from the
        // account-days whose models span it. The raw table's key alone gave only the day range to
        // SQLite, which read every row of it: the Quality tab's first finding (one model of one
        // account over its whole history, 500 rows by day) read 160,000 rows, 35-60 ms at start-up
        // at 1M dense rows, and a sort by cost every row of the history.
        std::tie(with, rowSource) = modelDaysOf(db, filter, QLatin1String("usage"), &binds);
        rowSource += QStringLiteral(" JOIN accounts a ON a.id = u.account_id");
        // The same values, named where SQLite sees their order: by day, the rows then come in the
        // page's order a day at a time (a sort per day, not of the whole history: 4 → 0.8 ms).
        order.replace(QLatin1String("u.day"), QLatin1String("d.day"));
        order.replace(QLatin1String("u.account_id"), QLatin1String("d.account_id"));
    }
    const QString sql =
        with +
        QStringLiteral("SELECT u.day, a.provider, u.account_id, a.label, u.model, u.project, u.api_key_id, "
                       "u.service_tier, u.source, u.input_tokens, u.cached_input_tokens, "
                       "u.cache_write_5m_tokens + u.cache_write_1h_tokens, u.output_tokens, u.requests, u.cost_nano, "
                       "u.cost_status FROM ") +
        rowSource + QStringLiteral(" WHERE 1 = 1") + filter.sqlConditions(&binds) + QStringLiteral(" ORDER BY ") +
        order + QStringLiteral(" LIMIT ? OFFSET ?");
    binds << limit << offset;
    QSqlQuery q(db);
    if (!prepareAndRun(q, sql, binds))
        return failed(q, error);
    QList<UsageRow> rows;
    while (q.next()) {
        UsageRow r;
        r.day = parseIsoDay(q.value(0).toString()).value_or(QDate());
        r.provider = q.value(1).toString();
        r.accountId = q.value(2).toLongLong();
        r.account = q.value(3).toString();
        r.model = q.value(4).toString();
        r.project = q.value(5).toString();
        r.apiKeyId = q.value(6).toString();
        r.serviceTier = q.value(7).toString();
        r.source = q.value(8).toString();
        r.inputTokens = q.value(9).toLongLong();
        r.cachedInputTokens = q.value(10).toLongLong();
        r.cacheWriteTokens = q.value(11).toLongLong();
        r.outputTokens = q.value(12).toLongLong();
        r.requests = q.value(13).toLongLong();
        if (!q.value(14).isNull())
            r.cost = Money::fromNanos(q.value(14).toLongLong());
        r.status = costStatusFromName(q.value(15).toString()).value_or(CostStatus::Unpriced);
        rows.append(r);
    }
    if (!sql::readSucceeded(q, error))
        return std::nullopt;
    return rows;
}

QString usageTotalsSql(const QSqlDatabase &db, const UsageFilter &filter, QVariantList *binds)
{
    QString sql;
    if (filter.project.isEmpty() && filter.apiKeyId.isEmpty() && !filter.status) {
        // Nothing the rollups lack is filtered on: usage_account_daily (4 rows a day for 4 accounts),
        // or usage_daily for a model. Over the raw table this took 3.0 s at 10M rows (issue 15). Both
        // have the day and account_id the filter's conditions name; accounts is joined only for a
        // provider (a lookup per row: half the time at 10M rows), every row's account exists (FK).
        // A model's rows of usage_daily are sought by their key, an account-day at a time, from the
        // account-days whose models span it. Read by the key's day range, or by an index on the
        // account (dropped in schema 21), every model's rows of the range or of the account were:
        // 30-77 ms at 1M dense rows for one model of one account's history; sought, 2-7 ms.
        QString source = QStringLiteral("usage_account_daily u");
        if (!filter.model.isEmpty()) {
            if (const QString months = modelTotalsSql(db, filter, binds); !months.isEmpty())
                return months;
            std::tie(sql, source) = modelDaysOf(db, filter, QLatin1String("usage_daily"), binds);
        }
        sql += QStringLiteral("SELECT SUM(u.row_count), SUM(u.input_tokens), SUM(u.cached_input_tokens), "
                              "SUM(u.cache_write_tokens), SUM(u.output_tokens), SUM(u.requests), SUM(u.cost_nano), "
                              "SUM(u.unpriced_rows) FROM ") +
               source +
               (filter.provider.isEmpty() ? QString() : QStringLiteral(" JOIN accounts a ON a.id = u.account_id")) +
               QStringLiteral(" WHERE 1 = 1") + filter.sqlConditions(binds);
    } else {
        sql = QStringLiteral("SELECT COUNT(*), SUM(u.input_tokens), SUM(u.cached_input_tokens), "
                             "SUM(u.cache_write_5m_tokens + u.cache_write_1h_tokens), SUM(u.output_tokens), "
                             "SUM(u.requests), SUM(u.cost_nano), SUM(u.cost_nano IS NULL) "
                             "FROM usage u JOIN accounts a ON a.id = u.account_id WHERE 1 = 1") +
              filter.sqlConditions(binds);
    }
    return sql;
}

std::optional<UsageRowTotals> queryUsageTotals(QSqlDatabase db, const UsageFilter &filter, QString *error)
{
    QVariantList binds;
    const QString sql = usageTotalsSql(db, filter, &binds);
    // Integer sums: an overflow on absurd data is an SQL error, never a rounded float.
    QSqlQuery q(db);
    if (!prepareAndRun(q, sql, binds) || !q.next())
        return failed(q, error);
    UsageRowTotals t;
    t.rows = q.value(0).toLongLong();
    t.inputTokens = q.value(1).toLongLong();
    t.cachedInputTokens = q.value(2).toLongLong();
    t.cacheWriteTokens = q.value(3).toLongLong();
    t.outputTokens = q.value(4).toLongLong();
    t.requests = q.value(5).toLongLong();
    t.cost = Money::fromNanos(q.value(6).toLongLong());
    t.unpricedRows = q.value(7).toLongLong();
    return t;
}

std::optional<UsageFilterChoices> usageFilterChoices(QSqlDatabase db, QString *error)
{
    UsageFilterChoices choices;
    const std::pair<const char *, QStringList *> lists[] = {
        // Kept on write (usage_models, schema 13): grouping usage_daily cost 115 ms at 1M dense rows.
        {"SELECT DISTINCT model FROM usage_models ORDER BY 1", &choices.models},
        // Kept on write (usage_dims): a full scan of the raw table here cost 0.6 s at 1M rows.
        {"SELECT value FROM usage_dims WHERE kind = 'project' ORDER BY 1", &choices.projects},
        {"SELECT value FROM usage_dims WHERE kind = 'api_key' ORDER BY 1", &choices.apiKeys},
    };
    QSqlQuery q(db);
    for (const auto &[sql, list] : lists) {
        if (!prepareAndRun(q, QString::fromLatin1(sql), {}))
            return failed(q, error);
        while (q.next())
            list->append(q.value(0).toString());
        if (!sql::readSucceeded(q, error))
            return std::nullopt;
    }
    return choices;
}

}   // namespace tl
