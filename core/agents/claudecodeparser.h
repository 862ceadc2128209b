#pragma once

#include "agentrequest.h"

#include <QByteArrayView>

namespace tl {

// Reads Claude Code transcripts (JSON lines under ~/.claude/projects/<project>/<session>.jsonl).
// Only assistant lines with a usage object are requests; everything else is skipped without being
// parsed (JsonScan). Each request's identity is its API message id (`message.id`): streaming writes
// several snapshots of one response and resumed or sidechain sessions replay lines, all with that
// id (and mostly the same requestId) — the deduplicator keeps the most complete copy. Without a
// message id, the request id; without both, the line's uuid (it cannot be matched with anything).
// `<synthetic>` messages (no API call) and API-error lines are counted and dropped; a line without a
// timestamp or a model is counted, never guessed.
class ClaudeCodeParser final
{
public:
    // Reads the complete lines of `data` (a file's bytes from some offset) into `out`; returns the
    // bytes consumed, up to and including the last newline — an unfinished last line (a file being
    // written) is left for the next read unless `atEnd` says the file is complete.
    static qsizetype parse(QByteArrayView data, bool atEnd, RequestDeduplicator *out, AgentReadStats *stats);

    // One line; false when it is not a request (and says why in stats).
    static bool parseLine(QByteArrayView line, AgentRequest *request, AgentReadStats *stats);
};

}   // namespace tl
