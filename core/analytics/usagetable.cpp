#include "usagetable.h"

#include "usagesql.h"

#include "common/dates.h"
#include "storage/queryloop.h"
#include "storage/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <tuple>
#include <utility>

namespace tl {

using namespace usagesql;

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
               offset + limit <= MaxRollupDepth && !fewRowsADay(db, filter)) {
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
        // Sorted by another column, its ties are in the day's order: the rows then come in it, so the
        // page's rows come first and the sort keeping the first `offset + limit` rows drops the rest
        // at one comparison (by status, every row alike, descending: 100 ms → 64 ms for 31,248 rows).
        std::tie(with, rowSource) =
            modelDaysOf(db, filter, QLatin1String("usage"), &binds, sortBy == UsageColumn::Day ? QString() : direction);
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
