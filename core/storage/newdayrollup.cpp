// NewDayRollup and UsageTexts (newdaywriter.h): an account-day's rollups summed in memory from its
// records, on the thread that sums them.
#include "newdaywriter.h"

#include "common/overflow.h"
#include "detailrollups.h"

#include <algorithm>

namespace tl {

void UsageTexts::add(const UsageRecord &r)
{
    for (const QString *text : {&r.model, &r.project, &r.apiKeyId, &r.serviceTier}) {
        const QByteArray utf8 = text->toUtf8();
        m_bytes.append(utf8.constData(), size_t(utf8.size()));
        m_ends.push_back(m_bytes.size());
    }
}

void NewDayRollup::add(const UsageRecord &r, const UsageTexts &texts, qsizetype at)
{
    add(r, texts.text(at, UsageTexts::Model), texts.text(at, UsageTexts::Project), texts.text(at, UsageTexts::ApiKey));
}

void NewDayRollup::add(const UsageRecord &r, std::string_view model, std::string_view project, std::string_view apiKey)
{
    const std::optional<qint64> rowCost = r.cost ? std::optional<qint64>(r.cost->nanos()) : std::nullopt;
    const std::optional<RowSums> row = RowSums::of(
        {r.inputTokens, r.cachedInputTokens, r.cacheWrite5mTokens, r.cacheWrite1hTokens, r.outputTokens, r.requests},
        rowCost);
    if (!row) {
        m_overflow = true;
        return;
    }
    // Records come model by model: mostly the last one.
    const size_t at = m_used > 0 && m_models[m_used - 1].name == model ? m_used - 1 : modelAt(model);
    Model &m = m_models[at];
    if (!addEach(&m.sums, row->daily()))
        m_overflow = true;
    m.bounds.add(row->values, rowCost, {model, project, apiKey, costStatusUtf8(r.costStatus)});
    if (!m_groups.add(project, apiKey, row->group()))
        m_overflow = true;
}

void NewDayRollup::restart(qint64 accountId, QDate day)
{
    m_accountId = accountId;
    m_day = day;
    m_overflow = false;
    m_used = 0;
    m_ascending = true;
    m_modelIndex.clear();
    m_groups.clear();
}

size_t NewDayRollup::modelAt(std::string_view name)
{
    if (!m_ascending || (m_used > 0 && name <= std::string_view(m_models[m_used - 1].name))) {
        if (m_ascending) {   // out of order from here: the models so far by name
            m_ascending = false;
            for (size_t i = 0; i < m_used; ++i)
                m_modelIndex.emplace(m_models[i].name, i);
        }
        const auto [found, added] = m_modelIndex.try_emplace(std::string(name), m_used);
        if (!added)
            return found->second;
    }
    if (m_used == m_models.size())
        m_models.emplace_back();
    Model &m = m_models[m_used];
    m.name.assign(name);
    m.sums = {};
    m.bounds.clear();
    return m_used++;
}

std::vector<PageBounds> NewDayRollup::buckets() const
{
    std::vector<const Model *> order;
    order.reserve(m_used);
    for (size_t i = 0; i < m_used; ++i)
        order.push_back(&m_models[i]);
    std::sort(order.begin(), order.end(), [](const Model *a, const Model *b) { return a->name < b->name; });
    std::vector<PageBounds> buckets;
    for (const Model *m : order) {
        if (buckets.empty() || buckets.back().rows >= DetailRollups::MinBucketRows)
            buckets.emplace_back();
        buckets.back().merge(m->bounds);
    }
    return buckets;
}

}   // namespace tl
