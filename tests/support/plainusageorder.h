#pragma once

#include "analytics/usagetable.h"

#include <QString>

#include <iterator>

namespace tl::test {

// The plain query's ORDER BY for a Usage page sort over `usage u JOIN accounts a`: the column's
// expression (as analytics/usagetable.cpp's), then the natural key, all in `direction` (" DESC",
// or sql::sortDirection's). Tests compare the page's fast paths with it.
inline QString plainUsageOrder(UsageColumn column, const QString &direction)
{
    static const char *const expressions[] = {"u.day",
                                              "a.provider",
                                              "a.label",
                                              "u.model",
                                              "u.project",
                                              "u.api_key_id",
                                              "u.input_tokens",
                                              "u.cached_input_tokens",
                                              "(u.cache_write_5m_tokens + u.cache_write_1h_tokens)",
                                              "u.output_tokens",
                                              "u.requests",
                                              "u.cost_nano",
                                              "u.cost_status"};
    static_assert(std::size(expressions) == size_t(UsageColumn::Count));
    QString order = QLatin1String(expressions[int(column)]) + direction;
    for (const char *key :
         {"u.day", "u.account_id", "u.model", "u.project", "u.api_key_id", "u.service_tier", "u.source"})
        order += QStringLiteral(", ") + QLatin1String(key) + direction;
    return order;
}

}   // namespace tl::test
