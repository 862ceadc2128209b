// UsageRepository: what a batch did to the daily rollup, and bringing the rollup up to date by group
// (sums of all-new rows added, revised groups recomputed from the raw table).

#include "usagerepository.h"

#include "common/checkedmath.h"

namespace tl {

size_t qHash(const UsageRepository::RollupGroup &g, size_t seed) noexcept
{
    return qHashMulti(seed, g.accountId, g.day, g.model);
}

void UsageRepository::RollupChanges::add(const UsageRecord &r, const QString &day, OverflowGuard &guard)
{
    // Rows of a group usually come together: sum the run, and hash once per run.
    if (hasRun && (r.accountId != runGroup.accountId || day != runGroup.day || r.model != runGroup.model))
        flush(guard);
    if (!hasRun) {
        runGroup = {r.accountId, day, r.model};
        run = {};
        hasRun = true;
    }
    RollupSums &s = run;
    const auto what = [&] { return QStringLiteral("the token counts of %1 on %2").arg(r.model, day); };
    s.input = guard.add(s.input, r.inputTokens, what);
    s.cached = guard.add(s.cached, r.cachedInputTokens, what);
    s.cacheWrite = guard.add(s.cacheWrite, guard.add(r.cacheWrite5mTokens, r.cacheWrite1hTokens, what), what);
    s.output = guard.add(s.output, r.outputTokens, what);
    s.requests = guard.add(s.requests, r.requests, what);
    if (r.cost) {
        s.cost = guard.add(s.cost, r.cost->nanos(), what);
    } else {
        qint64 tokens = guard.add(r.inputTokens, r.cachedInputTokens, what);
        for (qint64 t : {r.cacheWrite5mTokens, r.cacheWrite1hTokens, r.outputTokens})
            tokens = guard.add(tokens, t, what);
        s.unpricedTokens = guard.add(s.unpricedTokens, tokens, what);
        ++s.unpricedRows;
    }
    ++s.rows;
}

void UsageRepository::RollupChanges::flush(OverflowGuard &guard)
{
    if (!hasRun)
        return;
    hasRun = false;
    const auto it = added.find(runGroup);
    if (it == added.end()) {
        added.insert(runGroup, run);
        return;
    }
    RollupSums &s = it.value();
    const auto what = [&] { return QStringLiteral("the token counts of %1 on %2").arg(runGroup.model, runGroup.day); };
    s.input = guard.add(s.input, run.input, what);
    s.cached = guard.add(s.cached, run.cached, what);
    s.cacheWrite = guard.add(s.cacheWrite, run.cacheWrite, what);
    s.output = guard.add(s.output, run.output, what);
    s.requests = guard.add(s.requests, run.requests, what);
    s.cost = guard.add(s.cost, run.cost, what);
    s.unpricedTokens = guard.add(s.unpricedTokens, run.unpricedTokens, what);
    s.unpricedRows += run.unpricedRows;
    s.rows += run.rows;
}

bool UsageRepository::applyRollupChanges(const RollupChanges &changes, QString *error)
{
    const auto run = [error](sql::SqliteStatement &s) {
        s.step();
        const bool ok = s.ok();
        if (!ok)
            *error = s.error();
        s.reset();
        return ok;
    };
    for (const RollupGroup &g : changes.stale) {
        for (sql::SqliteStatement *s : {&m_groupDelete, &m_groupInsert}) {
            s->reset();
            s->bind(1, g.accountId);
            s->bind(2, g.day);
            s->bind(3, g.model);
            if (!run(*s))
                return false;
        }
    }
    QList<QHash<RollupGroup, RollupSums>::const_iterator> adds;
    adds.reserve(changes.added.size());
    for (auto it = changes.added.cbegin(); it != changes.added.cend(); ++it) {
        if (!changes.stale.contains(it.key()))
            adds.append(it);   // (a stale group is recomputed above, these rows included)
    }
    qsizetype next = 0;
    for (size_t k = 0; k < RollupChunkSizes.size(); ++k) {
        const int rows = RollupChunkSizes[k];
        sql::SqliteStatement &s = m_rollupAdds[k];
        for (; next + rows <= adds.size(); next += rows) {
            s.reset();
            for (int row = 0; row < rows; ++row) {
                const RollupGroup &g = adds[next + row].key();
                const RollupSums &sums = adds[next + row].value();
                const int offset = row * RollupColumns;
                s.bind(offset + 1, g.day);
                s.bind(offset + 2, g.accountId);
                s.bind(offset + 3, g.model);
                const qint64 values[] = {sums.input, sums.cached,         sums.cacheWrite,   sums.output, sums.requests,
                                         sums.cost,  sums.unpricedTokens, sums.unpricedRows, sums.rows};
                for (int v = 0; v < 9; ++v)
                    s.bind(offset + 4 + v, values[v]);
            }
            if (!run(s))
                return false;
        }
    }
    return true;
}

}   // namespace tl
