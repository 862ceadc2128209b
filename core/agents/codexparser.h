#pragma once

#include "agentrequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace tl {

// One of Codex's usage windows as its log reports it (primary: 5 hours, secondary: weekly).
struct CodexRateWindow
{
    double usedPercent = -1;   // a percentage, not money; -1 = not reported
    int windowMinutes = 0;
    QDateTime resetsAt;   // UTC; from resets_at, or the line's time + resets_in_seconds (older builds)

    bool isValid() const { return usedPercent >= 0; }
    bool operator==(const CodexRateWindow &) const = default;
};

// The latest rate limits a rollout file logged, and when.
struct CodexRateLimits
{
    QDateTime observedAt;   // UTC
    CodexRateWindow primary;
    CodexRateWindow secondary;
    QString planType;

    bool isValid() const { return observedAt.isValid() && (primary.isValid() || secondary.isValid()); }
    bool operator==(const CodexRateLimits &) const = default;
};

// Codex's cumulative token counters (total_token_usage), as logged: input includes cached input,
// output includes reasoning.
struct CodexTotals
{
    qint64 input = 0;
    qint64 cached = 0;
    qint64 output = 0;
    qint64 reasoning = 0;
    qint64 total = 0;

    bool isZero() const { return input == 0 && cached == 0 && output == 0 && reasoning == 0 && total == 0; }
    bool operator==(const CodexTotals &) const = default;
};

// What reading a rollout file needs to carry from one import to the next: the importer reads each
// file from a saved offset, so everything the lines before that offset established lives here and
// is stored with the offset (save()/load(): a small JSON object).
struct CodexFileState
{
    QString session;   // the uuid of the file name, else session_meta's id
    QString cwd;       // session_meta's, then the latest turn_context's
    QString gitBranch;
    QString model;             // the latest turn_context's; empty = unknown (never guessed)
    QDateTime start;           // session_meta's time: the first second of the file holds replays, not requests
    bool pastReplay = false;   // a request was read after the start: no replay can follow
    bool hasTotals = false;
    CodexTotals totals;           // the last cumulative snapshot (the baseline of the next delta)
    CodexRateLimits rateLimits;   // the latest logged

    QByteArray save() const;
    // A state saved by save(); a default state when `data` is empty or not one.
    static CodexFileState load(QByteArrayView data);
    bool operator==(const CodexFileState &) const = default;
};

// Reads Codex CLI rollout files (${CODEX_HOME:-~/.codex}/sessions/YYYY/MM/DD/rollout-<time>-<uuid>.jsonl
// and archived_sessions/). Requests are the token_count events: their total_token_usage is
// cumulative, so a request's tokens are the difference from the file's previous snapshot
// (last_token_usage only when a line has no total). Each request's key is its event time and its
// cumulative totals — not the session — because a subagent, forked or archived file copies the
// parent's lines with both unchanged, and the copy must meet the original in the deduplicator
// whichever file is read first. Replays a subagent writes in its first second with new times are
// recognised by time instead (see parse()).
class CodexParser final
{
public:
    // Reads the complete lines of `data` (a file's bytes from the offset `state` was saved at);
    // returns the bytes consumed up to and including the last newline — an unfinished last line is
    // left for the next read unless `atEnd`. Reading a file in pieces, with `state` carried over,
    // gives exactly what reading it at once gives.
    // A token_count in the first second of the session (before session_meta's time + 1 s, to the
    // second) is a replay: no request completes within a second of its session's start, and
    // subagent files copy the parent's lines there with new times. It is counted (stats.replays),
    // not kept, and still moves the baseline (the copy's cumulative counts go on from it). Rate
    // limits are recorded from every token_count line, info: null or not; the latest wins.
    static qsizetype parse(QByteArrayView data, bool atEnd, CodexFileState *state, RequestDeduplicator *out,
                           AgentReadStats *stats);

    // The session id in a rollout file name ("rollout-2025-10-01T09-00-00-<uuid>.jsonl" → uuid);
    // empty when the name has none.
    static QString sessionFromFileName(QStringView fileName);
};

}   // namespace tl
