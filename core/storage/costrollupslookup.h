#pragma once

// What the SQL functions of CostChanges' ranged statements see (costrollupsranged.cpp): the changes,
// and the last account-day, model and group looked up. Only costrollupsranged.cpp includes this.

#include "costrollups.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

#include <iterator>
#include <map>
#include <optional>
#include <string>

namespace tl::costrollups {

using Days = std::map<std::pair<std::string, qint64>, CostChanges::Day>;

// The statements walk the rollups in key order, so most lookups hit the last one.
class Lookup final
{
public:
    explicit Lookup(Days &days)
        : m_days(days)
    {}

    CostChanges::Day *day(sqlite3_value *day, sqlite3_value *account)
    {
        const std::string_view text = sql::valueText(day);
        const qint64 id = sqlite3_value_int64(account);
        if (m_day && m_key.second == id && m_key.first == text)
            return m_day;
        m_key.first.assign(text);
        m_key.second = id;
        m_modelKnown = false;
        m_cursorValid = false;
        m_group = nullptr;
        m_bucketKnown = false;
        const auto found = m_days.find(m_key);
        m_day = found == m_days.end() ? nullptr : &found->second;
        return m_day;
    }

    // argv: day, account_id, model.
    CostChanges::Sums *model(sqlite3_value **argv)
    {
        CostChanges::Day *d = day(argv[0], argv[1]);
        if (!d)
            return nullptr;
        const std::string_view name = sql::valueText(argv[2]);
        if (m_modelKnown && m_modelName == name)
            return m_model;
        // usage_daily is walked in key order, so the day's models come in their map's order: the next
        // one is a step or two on from the last (a search only when they come otherwise).
        CostChanges::Models &models = d->models;
        auto m = m_cursorValid ? m_cursor : models.begin();
        for (int steps = 0; m != models.end() && m->first < name; ++m, ++steps) {
            if (steps == 8) {
                m = models.lower_bound(name);
                break;
            }
        }
        if (m != models.begin() && std::prev(m)->first >= name)
            m = models.lower_bound(name);   // it came before the last one
        m_cursor = m;
        m_cursorValid = true;
        m_modelName.assign(name);
        m_modelKnown = true;
        m_model = m == models.end() || m->first != name || !m->second.changed ? nullptr : &m->second.sums;
        return m_model;
    }

    // argv: day, account_id, project, api_key_id.
    CostChanges::Sums *group(sqlite3_value **argv)
    {
        CostChanges::Day *d = day(argv[0], argv[1]);
        if (!d)
            return nullptr;
        const std::string_view project = sql::valueText(argv[2]);
        const std::string_view apiKey = sql::valueText(argv[3]);
        if (m_group && m_groupKey.first == project && m_groupKey.second == apiKey)
            return m_group;
        m_groupKey.first.assign(project);
        m_groupKey.second.assign(apiKey);
        const auto found = d->groups.find(m_groupKey);
        m_group = found == d->groups.end() ? nullptr : &found->second;
        return m_group;
    }

    // argv: day, account_id, model_lo, model_hi. The bucket's bounds from the rows as re-pricing
    // saw them, when it holds a changed model of an account-day not recounted.
    const CostChanges::Bucket *bucket(sqlite3_value **argv)
    {
        CostChanges::Day *d = day(argv[0], argv[1]);
        const std::string_view lo = sql::valueText(argv[2]);
        if (m_bucketKnown && m_bucketLo == lo)
            return m_bucket ? &*m_bucket : nullptr;
        m_bucketKnown = true;
        m_bucketLo.assign(lo);
        m_bucket.reset();
        const std::string_view hi = sql::valueText(argv[3]);
        if (!d || d->recount)
            return nullptr;
        if (!CostChanges::changesWithin(d->models, lo, hi))
            return nullptr;
        m_bucket = CostChanges::boundsOver(d->models, lo, hi);
        return m_bucket ? &*m_bucket : nullptr;
    }

    // The one-pass usage_daily statement (costrollupsranged.cpp): the sums its WHERE has just taken for
    // the row it is on, which its SET reads (`reads` of 3) before SQLite tests the next row. Should it
    // ever test another row first, `outOfOrder` is raised and the statement that looks each row's
    // sums up again runs instead.
    CostChanges::Sums *taken = nullptr;
    int reads = 0;
    bool onePass = false;
    bool outOfOrder = false;

private:
    Days &m_days;
    std::pair<std::string, qint64> m_key;
    CostChanges::Day *m_day = nullptr;
    std::string m_modelName;
    CostChanges::Sums *m_model = nullptr;
    bool m_modelKnown = false;
    CostChanges::Models::iterator m_cursor;   // the last model found, or where it would be
    bool m_cursorValid = false;
    std::pair<std::string, std::string> m_groupKey;
    CostChanges::Sums *m_group = nullptr;
    bool m_bucketKnown = false;
    std::string m_bucketLo;
    std::optional<CostChanges::Bucket> m_bucket;
};

}   // namespace tl::costrollups
