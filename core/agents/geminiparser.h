#pragma once

#include "agentrequest.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace tl {

// Reads Gemini CLI chat logs: ~/.gemini/tmp/<projectHash>/chats/session-*.json (one JSON document
// the CLI rewrites whole as the session grows) and the .jsonl form (one record a line). Requests
// are the messages of type "gemini" with a `tokens` object. Token mapping: `input` includes
// `cached` (cache reads); `thoughts` are billed as output (output = output + thoughts, reasoning =
// thoughts); `tool` is the Gemini API's toolUsePromptTokenCount — tool results fed back as prompt,
// billed as input and not part of promptTokenCount (totalTokenCount = prompt + candidates + tool use
// + thoughts) — so it is added to the uncached input, unless the message's `total` shows it is
// already inside `input`. Key: "gemini:<sessionId>:<message id>", so a re-read of a rewritten file
// meets its own earlier copies. Project: a path the file names (`projectPath`, `cwd`), else the
// projectHash folder (the one holding `chats/`).
class GeminiParser final
{
public:
    // A whole session-*.json; false (and `error` says why) when it is not a session document.
    static bool parseSession(QByteArrayView wholeFile, QStringView filePath, RequestDeduplicator *out,
                             AgentReadStats *stats, QString *error);

    // The complete lines of a session-*.jsonl from some offset, like the other readers: returns the
    // bytes consumed up to the last newline (an unfinished last line is left unless `atEnd`).
    // `sessionId` carries the session the header line named to the later reads of the file (empty:
    // not seen yet; the file name stands in).
    static qsizetype parseLines(QByteArrayView data, bool atEnd, QStringView filePath, QString *sessionId,
                                RequestDeduplicator *out, AgentReadStats *stats);

    // The projectHash folder of a chat file's path ("…/tmp/<hash>/chats/session-1.json" → <hash>).
    static QString projectFromPath(QStringView filePath);
};

}   // namespace tl
