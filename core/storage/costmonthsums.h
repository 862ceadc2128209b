#pragma once

// The per-month sums a price change adds to usage_group_months: each group's difference, once its day
// took it, added to its month's (CostChanges::apply, costrollups.cpp).

#include "costrollups.h"

#include <map>
#include <string>
#include <string_view>
#include <tuple>

namespace tl::costmonths {

// Month keys compared element by element as views, so a lookup by views builds no strings (std::less<>
// over a tuple of strings against a tuple of views does not compile with clang 14 and libstdc++ 12).
struct MonthKeyLess
{
    using is_transparent = void;
    template <typename A, typename B> bool operator()(const A &a, const B &b) const
    {
        const std::string_view a0 = std::get<0>(a), b0 = std::get<0>(b);
        if (a0 != b0)
            return a0 < b0;
        if (std::get<1>(a) != std::get<1>(b))
            return std::get<1>(a) < std::get<1>(b);
        const std::string_view a2 = std::get<2>(a), b2 = std::get<2>(b);
        if (a2 != b2)
            return a2 < b2;
        return std::string_view(std::get<3>(a)) < std::string_view(std::get<3>(b));
    }
};
using Months = std::map<std::tuple<std::string, qint64, std::string, std::string>, CostChanges::Sums, MonthKeyLess>;

// A group's difference, once its day took it, added to its month's (looked up by views: a new key
// only for a month's first group).
inline void addMonth(Months *months, std::string_view day, qint64 accountId,
                     const std::pair<std::string, std::string> &group, const CostChanges::Sums &sums)
{
    const std::tuple<std::string_view, qint64, std::string_view, std::string_view> key(day.substr(0, 7), accountId,
                                                                                       group.first, group.second);
    auto month = months->find(key);
    if (month == months->end())
        month = months
                    ->emplace(std::tuple(std::string(day.substr(0, 7)), accountId, group.first, group.second),
                              CostChanges::Sums{})
                    .first;
    month->second.cost += sums.cost;
    month->second.unpricedTokens += sums.unpricedTokens;
}

}   // namespace tl::costmonths
