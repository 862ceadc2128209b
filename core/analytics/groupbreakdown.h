#pragma once

#include "analytics/dashboard.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

namespace tl {

// What the usage rows record beyond provider and model: the provider's project (OpenAI projects,
// Anthropic workspaces, imported CSV projects) and API key id.
enum class UsageGroup
{
    Project,
    ApiKey,
};

// Usage cost, tokens (by kind) and requests over the UTC days from..to grouped by project or API
// key, per provider (a project id means something only at its provider), biggest cost first, with
// exact shares of the cost (hundredths of a percent adding up to 100.00 %). Like the model
// breakdown it shows usage cost: tokens × prices or the cost a provider reported per row; a
// subscription's usage is value, not spend, and costs nothing here. Rows without a project or key
// form one group with an empty key part. Reads the rollups (groupRollupSource). Reads only.
std::optional<QList<Share>> usageByGroup(QSqlDatabase db, QDate from, QDate to, UsageGroup by,
                                         QString *error = nullptr);

// The usage of the UTC days from..to summed per account, project and API key, as an SQL subquery
// (to be aliased) with the columns account_id, project, api_key_id, input_tokens,
// cached_input_tokens, cache_write_tokens, output_tokens, requests, cost_nano (unpriced rows count
// 0), unpriced_tokens, row_count — one or more rows per group, to be summed. Whole months come from
// usage_group_months; so does a month the range covers only part of when none of its other days
// has usage; otherwise its days come from usage_group_days. Its bind values are appended to *binds.
std::optional<QString> groupRollupSource(QSqlDatabase db, QDate from, QDate to, QVariantList *binds,
                                         QString *error = nullptr);

}   // namespace tl
