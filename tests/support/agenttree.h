#pragma once

#include <QDate>
#include <QString>

#include <map>
#include <utility>

namespace tl::test {

// How a generated Claude Code tree looks. Sizes are in bytes; file sizes follow a log-normal
// profile given by its median and 99th percentile (the real-world profile in AGENT-LOGS.md:
// median ~105 KB, p99 ~5.4 MB), plus `largeFiles` files between largeMin and largeMax.
struct AgentTreeOptions
{
    quint64 seed = 1;
    int files = 100;   // ordinary session files (large files come on top)
    qint64 medianFileBytes = 100 * 1024;
    qint64 p99FileBytes = 5 * 1024 * 1024;
    qint64 totalBytes = 0;   // when > 0, the ordinary files are scaled to add up to about this
    int largeFiles = 0;
    qint64 largeMinBytes = 50 * 1024 * 1024;
    qint64 largeMaxBytes = 100 * 1024 * 1024;
    int projects = 12;
    QDate firstDay = QDate(2026, 9, 1);
    int days = 75;
};

// What one (UTC day, model) adds up to after deduplication. Tokens per kind do not overlap
// (input is uncached input); cost in nano-USD.
struct AgentTreeTotals
{
    qint64 requests = 0;
    qint64 input = 0;
    qint64 cacheRead = 0;
    qint64 cacheWrite5m = 0;
    qint64 cacheWrite1h = 0;
    qint64 output = 0;
    qint64 webSearches = 0;
    qint64 longContextRequests = 0;   // input incl. cache over 200k (priced whole at the higher price)
    qint64 costNanos = 0;             // everything, web searches included
    qint64 webSearchCostNanos = 0;    // of which web searches

    void add(const AgentTreeTotals &o);
    qint64 totalTokens() const { return input + cacheRead + cacheWrite5m + cacheWrite1h + output; }
    bool operator==(const AgentTreeTotals &) const = default;
};

// The known answer of a generated tree, and what the tree holds besides.
struct AgentTreeAnswer
{
    std::map<std::pair<QDate, QString>, AgentTreeTotals> byDayModel;
    AgentTreeTotals total;

    qint64 files = 0;
    qint64 bytes = 0;
    qint64 largestFileBytes = 0;
    qint64 lines = 0;
    qint64 usageLines = 0;            // assistant lines with a usage object (incl. every copy)
    qint64 streamingCopies = 0;       // earlier snapshots of a response (same message id, less output)
    qint64 replays = 0;               // the same response again: resumed sessions, sidechain copies
    qint64 replaysNewRequestId = 0;   // of which under a new requestId (only message.id matches them)
    qint64 synthetic = 0;             // "<synthetic>" lines: no API call
};

// Writes a deterministic (seeded), realistic Claude Code tree under `root`:
// `root/projects/<project-dir>/<session-uuid>.jsonl`, with real line shapes (user prompts, tool
// results padding files to size, assistant lines with message.usage), streaming snapshots,
// sidechain requests and copies, resumed sessions replaying earlier responses (sometimes under a
// new requestId), `<synthetic>` lines, Sonnet requests over the 200k long-context threshold,
// 1-hour and 5-minute cache writes, web searches, three models and sessions across midnight.
// Returns the known answer, computed by the generator alone (its own price table). Test tooling.
AgentTreeAnswer generateClaudeTree(const QString &root, const AgentTreeOptions &options);

// The generator's own price table (the bundled catalog's prices for the three models it writes,
// per token in nano-USD), independent of the product's CostCalculator. Whole-request long-context
// rule: when input + cache reads + cache writes exceed 200,000 and the model has a long-context
// price, every token of the request is priced at it. Web searches at $10 per thousand.
// Returns -1 for a model it does not know.
qint64 agentTreeRequestCostNanos(const QString &model, qint64 input, qint64 cacheRead, qint64 cacheWrite5m,
                                 qint64 cacheWrite1h, qint64 output, qint64 webSearches);

constexpr qint64 AgentTreeLongContextThreshold = 200000;

}   // namespace tl::test
