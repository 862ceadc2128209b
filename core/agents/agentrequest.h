#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <initializer_list>

namespace tl {

// A token count a log line may hold: none below zero, and none past 2^40 (a trillion tokens, five
// orders of magnitude past any context window). A larger count is a damaged or forged line,
// counted as malformed: priced, it could pass what a cost can hold and stop every later import
// of the account (found by a hostile probe: 2^63 − 1 tokens blocked the account for good).
constexpr qint64 MaxAgentTokenCount = qint64(1) << 40;
inline bool plausibleTokenCounts(std::initializer_list<qint64> counts)
{
    for (const qint64 c : counts) {
        if (c < 0 || c > MaxAgentTokenCount)
            return false;
    }
    return true;
}

// One request a coding agent made, as its local log records it (Claude Code, Codex CLI, Gemini CLI).
// Token kinds do not overlap: `input` is uncached input; `output` includes reasoning.
struct AgentRequest
{
    QString key;      // the request's identity across files and imports (see each parser)
    QDateTime time;   // UTC
    QString day;      // its UTC day, YYYY-MM-DD (filled by the file reader, off the writing thread)
    QString model;
    QString session;
    QString project;   // the folder the agent worked in (cwd / project folder)
    QString gitBranch;
    bool sidechain = false;   // Claude Code: a subagent's copy
    qint64 input = 0;
    qint64 cacheRead = 0;
    qint64 cacheWrite5m = 0;
    qint64 cacheWrite1h = 0;
    qint64 output = 0;
    qint64 reasoning = 0;   // of the output
    qint64 webSearches = 0;

    // Everything the request sent (the long-context threshold is crossed by this).
    qint64 inputTotal() const { return input + cacheRead + cacheWrite5m + cacheWrite1h; }
    qint64 totalTokens() const { return inputTotal() + output; }
};

// What storing a file's requests did with them.
struct AgentRequestCounts
{
    qint64 created = 0;     // recorded for the first time
    qint64 completed = 0;   // a more complete copy replaced the recorded one
    qint64 known = 0;       // the recorded copy is at least as complete
};

// What reading dropped or could not use, and why — shown after every import.
struct AgentReadStats
{
    qint64 lines = 0;
    qint64 requests = 0;            // kept
    qint64 streamingCopies = 0;     // earlier, less complete snapshots of one response
    qint64 replays = 0;             // the same response again (resumed or sidechain sessions, subagent files)
    qint64 zeroPlaceholders = 0;    // Codex: all-zero snapshots
    qint64 repeatedSnapshots = 0;   // Codex: a snapshot repeating the previous totals (no new request)
    qint64 synthetic = 0;           // Claude Code "<synthetic>": no API call
    qint64 apiErrors = 0;
    qint64 undated = 0;           // no usable timestamp: counted, never guessed
    qint64 noModel = 0;           // no model known: counted, never guessed
    qint64 malformed = 0;         // lines that are not the JSON they should be
    qint64 unfinishedBytes = 0;   // an unfinished last line (a file being written): read next time

    void add(const AgentReadStats &other);
    qint64 dropped() const;
};

// Keeps one copy of each request: the most complete (the largest token total; between equal
// copies, the main chain's over a sidechain's). Later copies with the same key are streaming
// snapshots or replays and are counted as such.
class RequestDeduplicator final
{
public:
    // `replay`: the caller knows the copy is a replay (not a streaming snapshot) when it is a duplicate.
    void add(AgentRequest request, AgentReadStats *stats, bool replay = false);
    const QList<AgentRequest> &requests() const { return m_requests; }
    qsizetype size() const { return m_requests.size(); }

private:
    QList<AgentRequest> m_requests;
    QHash<QString, qsizetype> m_index;
};

}   // namespace tl
