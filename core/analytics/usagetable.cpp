#include "usagetable.h"

#include "common/dates.h"
#include "storage/queryloop.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order = orderExpression(sortBy) + direction;
    // The natural key breaks ties in the same direction, so paging is stable.
    for (const char *key :
         {"u.day", "u.account_id", "u.model", "u.project", "u.api_key_id", "u.service_tier", "u.source"})
        order += QStringLiteral(", ") + QLatin1String(key) + direction;
    const QString sql =
        QStringLiteral("SELECT u.day, a.provider, u.account_id, a.label, u.model, u.project, u.api_key_id, "
                       "u.service_tier, u.source, u.input_tokens, u.cached_input_tokens, "
                       "u.cache_write_5m_tokens + u.cache_write_1h_tokens, u.output_tokens, u.requests, u.cost_nano, "
                       "u.cost_status FROM usage u JOIN accounts a ON a.id = u.account_id WHERE 1 = 1") +
        filter.sqlConditions(&binds) + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?");
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

std::optional<UsageRowTotals> queryUsageTotals(QSqlDatabase db, const UsageFilter &filter, QString *error)
{
    QVariantList binds;
    QString sql;
    if (filter.project.isEmpty() && filter.apiKeyId.isEmpty() && !filter.status) {
        // Nothing the rollups lack is filtered on: usage_account_daily (4 rows a day for 4 accounts),
        // or usage_daily for a model. Over the raw table this took 3.0 s at 10M rows (issue 15). Both
        // have the day and account_id the filter's conditions name; accounts is joined only for a
        // provider (a lookup per row: half the time at 10M rows), every row's account exists (FK).
        sql =
            QStringLiteral("SELECT SUM(u.row_count), SUM(u.input_tokens), SUM(u.cached_input_tokens), "
                           "SUM(u.cache_write_tokens), SUM(u.output_tokens), SUM(u.requests), SUM(u.cost_nano), "
                           "SUM(u.unpriced_rows) FROM %1 u %2 WHERE 1 = 1")
                .arg(filter.model.isEmpty() ? QStringLiteral("usage_account_daily") : QStringLiteral("usage_daily"),
                     filter.provider.isEmpty() ? QString() : QStringLiteral("JOIN accounts a ON a.id = u.account_id")) +
            filter.sqlConditions(&binds);
    } else {
        sql = QStringLiteral("SELECT COUNT(*), SUM(u.input_tokens), SUM(u.cached_input_tokens), "
                             "SUM(u.cache_write_5m_tokens + u.cache_write_1h_tokens), SUM(u.output_tokens), "
                             "SUM(u.requests), SUM(u.cost_nano), SUM(u.cost_nano IS NULL) "
                             "FROM usage u JOIN accounts a ON a.id = u.account_id WHERE 1 = 1") +
              filter.sqlConditions(&binds);
    }
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
        {"SELECT DISTINCT model FROM usage_daily ORDER BY 1", &choices.models},
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
