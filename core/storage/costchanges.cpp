// CostChanges' collecting side (costrollups.h): what re-pricing notes row by row — the differences
// (add), every row's new cost when every row of the days is seen (see), an override's changed rows'
// costs before and after (move) — and the Usage page buckets' bounds worked out from them.

#include "costrollups.h"

#include <algorithm>

namespace tl {

void CostChanges::Bounds::take(std::optional<qint64> cost, int status)
{
    if (cost) {
        costLo = priced ? std::min(costLo, *cost) : *cost;
        costHi = priced ? std::max(costHi, *cost) : *cost;
        priced = true;
    } else {
        unpriced = true;
    }
    statusLo = std::min(statusLo, status);
    statusHi = std::max(statusHi, status);
}

void CostChanges::Bounds::take(const Bounds &other)
{
    if (other.priced) {
        costLo = priced ? std::min(costLo, other.costLo) : other.costLo;
        costHi = priced ? std::max(costHi, other.costHi) : other.costHi;
        priced = true;
    }
    unpriced = unpriced || other.unpriced;
    statusLo = std::min(statusLo, other.statusLo);
    statusHi = std::max(statusHi, other.statusHi);
}

const char *CostChanges::statusText(int code)
{
    return code == 0 ? "estimated" : code == 1 ? "reported" : "unpriced";
}

CostChanges::Day &CostChanges::dayOf(qint64 accountId, std::string_view day)
{
    if (!m_last || m_lastKey.second != accountId || m_lastKey.first != day) {
        m_lastKey.first.assign(day);
        m_lastKey.second = accountId;
        m_last = &m_days.try_emplace(m_lastKey, &m_arena).first->second;
        m_lastModel = nullptr;
        m_lastGroup = nullptr;
    }
    return *m_last;
}

std::string_view CostChanges::nameOf(std::string_view model)
{
    auto name = m_names.find(model);
    if (name == m_names.end())
        name = m_names.emplace(model).first;
    return *name;
}

CostChanges::Model &CostChanges::modelOf(ModelName model)
{
    // Interned: the same name is the same pointer.
    if (m_lastModel && m_lastModelName.data() == model.view().data())
        return *m_lastModel;
    // Rows come in key order: a new model of the day is most often after all of its others.
    Models &models = m_last->models;
    Models::iterator m;
    if (models.empty() || models.crbegin()->first < model.view()) {
        m = models.emplace_hint(models.end(), model.view(), Model{});
    } else {
        m = models.find(model.view());
        if (m == models.end())
            m = models.emplace(model.view(), Model{}).first;
    }
    m_lastModel = &m->second;
    m_lastModelName = m->first;
    return *m_lastModel;
}

void CostChanges::see(qint64 accountId, std::string_view day, ModelName model, std::optional<qint64> cost, int status)
{
    Day &d = dayOf(accountId, day);
    Model &m = modelOf(model);
    if (!m.wasSeen())
        ++d.seenModels;
    m.seen.take(cost, status);
}

void CostChanges::move(qint64 accountId, std::string_view day, ModelName model, std::optional<qint64> before,
                       std::optional<qint64> after)
{
    if (m_seesEveryRow)
        return;   // the bounds come from every row seen
    Moved &m = dayOf(accountId, day).moves.try_emplace(model.view()).first->second;
    // Re-pricing moves estimated and unpriced rows only: a cost means estimated.
    m.before.take(before, before ? 0 : 2);
    m.after.take(after, after ? 0 : 2);
    m.statusKept = m.statusKept && before.has_value() == after.has_value();
}

void CostChanges::add(qint64 accountId, std::string_view day, ModelName model, std::string_view project,
                      std::string_view apiKey, Wide costDifference, int unpricedRowsDifference, Wide tokens)
{
    Day &d = dayOf(accountId, day);
    const auto addTo = [&](Sums &s) {
        s.cost += costDifference;
        s.unpricedRows += unpricedRowsDifference;
        s.unpricedTokens += tokens * unpricedRowsDifference;
    };
    Model &m = modelOf(model);
    if (!m.changed) {
        m.changed = true;
        ++d.changedModels;
    }
    addTo(m.sums);
    const auto is = [project, apiKey](const auto *group) {
        return group && group->first.first == project && group->first.second == apiKey;
    };
    if (!is(m_lastGroup)) {
        // The group that followed the last one before, else a search of the day's groups.
        auto *group = m_lastGroup && is(m_lastGroup->second.next)
                          ? m_lastGroup->second.next
                          : &*d.groups.try_emplace({std::string(project), std::string(apiKey)}).first;
        if (m_lastGroup)
            m_lastGroup->second.next = group;
        m_lastGroup = group;
    }
    addTo(m_lastGroup->second);
}

void CostChanges::clear()
{
    m_days.clear();   // the names stay: the next step sees the same ones
    m_arena.release();
    m_last = nullptr;
    m_lastModel = nullptr;
    m_lastGroup = nullptr;
}

std::optional<CostChanges::Bucket> CostChanges::boundsOver(const Models &models, std::string_view lo,
                                                           std::string_view hi)
{
    Bounds b;
    bool any = false;
    for (auto m = models.lower_bound(lo); m != models.cend() && m->first <= hi; ++m) {
        if (!m->second.wasSeen())
            continue;
        b.take(m->second.seen);
        any = true;
    }
    if (!any)
        return std::nullopt;
    return Bucket{b.unpriced || !b.priced ? std::nullopt : std::optional(b.costLo),
                  b.priced ? std::optional(b.costHi) : std::nullopt, statusText(b.statusLo), statusText(b.statusHi)};
}

std::optional<CostChanges::Bucket> CostChanges::boundsAfterMoves(const Moves &moves, std::string_view lo,
                                                                 std::string_view hi, const Bucket &stored)
{
    Bounds before;
    Bounds after;
    bool any = false;
    for (auto m = moves.lower_bound(lo); m != moves.cend() && m->first <= hi; ++m) {
        if (!m->second.statusKept)
            return std::nullopt;   // the statuses' bounds, and whether a row is unpriced, may move
        before.take(m->second.before);
        after.take(m->second.after);
        any = true;
    }
    if (!any)
        return std::nullopt;
    // Every status stays, so do the status bounds and whether the lowest cost is NULL (a row
    // unpriced). The highest and lowest costs are the other rows' still when no changed row's old
    // cost lay on them (a tie may be the changed row's alone): then they only take the new costs.
    Bucket b = stored;
    if (before.priced &&
        (!stored.costHi || before.costHi >= *stored.costHi || (stored.costLo && before.costLo <= *stored.costLo)))
        return std::nullopt;
    if (after.priced) {
        b.costHi = stored.costHi ? std::max(*stored.costHi, after.costHi) : after.costHi;
        if (stored.costLo)
            b.costLo = std::min(*stored.costLo, after.costLo);
    }
    return b;
}

bool CostChanges::changesWithin(const Models &models, std::string_view lo, std::string_view hi)
{
    for (auto m = models.lower_bound(lo); m != models.cend() && m->first <= hi; ++m) {
        if (m->second.changed)
            return true;
    }
    return false;
}

}   // namespace tl
