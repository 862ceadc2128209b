#pragma once

#include "analytics/dashboard.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

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
// form one group with an empty key part. Reads the raw usage rows of those days only (the day leads
// the table's key). Reads only.
std::optional<QList<Share>> usageByGroup(QSqlDatabase db, QDate from, QDate to, UsageGroup by,
                                         QString *error = nullptr);

}   // namespace tl
