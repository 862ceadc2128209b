#pragma once

#include "agentrequest.h"
#include "agentsources.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace tl {

// A subscription's usage window as the agent itself logged it (Codex's rate_limits).
struct AgentRateWindow
{
    qint64 usedPercentMilli = -1;   // used percent × 1000 (exact); -1: not logged
    int windowMinutes = 0;          // 300: the 5-hour window; 10080: the weekly one
    QDateTime resetsAt;
};

struct AgentRateLimits
{
    QDateTime observedAt;
    QString plan;
    AgentRateWindow primary;
    AgentRateWindow secondary;
};

// What the last import saw of a file.
struct AgentStoredFile
{
    qint64 size = -1;
    qint64 mtimeMs = 0;
    qint64 offset = 0;       // bytes read (complete lines)
    qint64 headLength = 0;   // the file's first bytes hashed, to notice a replaced file
    QByteArray headHash;     // hex SHA-1 of those bytes
    QByteArray state;        // the reader's saved state at `offset` (Codex: cumulative totals, model...)
};

struct AgentFileTask
{
    AgentLogFile file;
    std::optional<AgentStoredFile> stored;
    bool complete = true;   // no longer being written: an unfinished last line is read as it is
};

struct AgentFileRead
{
    AgentFileTask task;
    QString error;         // could not be read (nothing from it is used)
    bool reread = false;   // shrank or replaced: read again from the start
    qint64 offset = 0;     // where the next import continues
    qint64 bytes = 0;      // bytes read this time
    qint64 headLength = 0;
    QByteArray headHash;
    QByteArray state;
    QList<AgentRequest> requests;   // deduplicated within this read
    AgentReadStats stats;
    std::optional<AgentRateLimits> rateLimits;   // the latest the file logged
};

// How many of a file's first bytes identify it (a replaced file differs there).
constexpr qint64 AgentHeadLength = 4096;

// Reads one log file from where the last import stopped (or from the start when it is new, shrank
// or was replaced), in chunks: memory is bounded by the chunk and the longest line, whatever the
// file's size. Safe to call from any thread.
AgentFileRead readAgentFile(AgentKind kind, const AgentFileTask &task);

}   // namespace tl
