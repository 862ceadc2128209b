#pragma once

#include "records/records.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace tl {

// Which usage rows to show or export (the Usage page's filter; empty fields mean "all").
struct UsageFilter
{
    QDate from;   // UTC days, inclusive
    QDate to;
    QString provider;
    std::optional<qint64> accountId;
    QString model;
    QString project;
    QString apiKeyId;
    std::optional<CostStatus> status;

    // " AND …" conditions over `usage u JOIN accounts a`, with their bind values appended.
    QString sqlConditions(QVariantList *binds) const;
};

// One usage row as the Usage page and exports show it.
struct UsageRow
{
    QDate day;
    QString provider;
    qint64 accountId = 0;
    QString account;
    QString model;
    QString project;
    QString apiKeyId;
    QString serviceTier;
    QString source;
    qint64 inputTokens = 0;   // uncached
    qint64 cachedInputTokens = 0;
    qint64 cacheWriteTokens = 0;   // 5-minute + 1-hour
    qint64 outputTokens = 0;
    qint64 requests = 0;
    std::optional<Money> cost;   // empty when unpriced
    CostStatus status = CostStatus::Unpriced;
};

// Sums over every row a filter matches (not just the page on screen).
struct UsageRowTotals
{
    qint64 rows = 0;
    qint64 inputTokens = 0;
    qint64 cachedInputTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 outputTokens = 0;
    qint64 requests = 0;
    Money cost;   // priced rows only
    qint64 unpricedRows = 0;
};

// Sortable columns, in the order the Usage page shows them.
enum class UsageColumn
{
    Day,
    Provider,
    Account,
    Model,
    Project,
    ApiKey,
    Input,
    Cached,
    CacheWrite,
    Output,
    Requests,
    Cost,
    Status,
    Count
};

// A page of rows in the given order (ties broken by the natural key, so pages never overlap).
std::optional<QList<UsageRow>> queryUsageRows(QSqlDatabase db, const UsageFilter &filter, UsageColumn sortBy,
                                              bool descending, qint64 offset, int limit, QString *error = nullptr);
std::optional<UsageRowTotals> queryUsageTotals(QSqlDatabase db, const UsageFilter &filter, QString *error = nullptr);
// The statement queryUsageTotals runs, its bind values appended to `binds` (for reading the plan the
// database makes of the real statement).
QString usageTotalsSql(const QSqlDatabase &db, const UsageFilter &filter, QVariantList *binds);

// Values the filter's drop-downs offer (models from the rollups; projects and keys from usage).
struct UsageFilterChoices
{
    QStringList models;
    QStringList projects;
    QStringList apiKeys;
};
std::optional<UsageFilterChoices> usageFilterChoices(QSqlDatabase db, QString *error = nullptr);

}   // namespace tl
