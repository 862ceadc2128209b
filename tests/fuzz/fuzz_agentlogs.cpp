// libFuzzer target: the coding-agent log readers (Claude Code and Codex CLI JSON lines, Gemini CLI
// sessions) on arbitrary bytes. Properties, for every input:
// - every kept request has a key, a model, a valid UTC time and no negative token count;
// - reading the bytes in two pieces (cut at an input-chosen point, the state carried through
//   save()/load() for Codex) keeps exactly the requests and counts reading them whole keeps — the
//   incremental import relies on this;
// - what a reader consumes ends at a line end (or at the end when the file is complete).
#include "agents/agentrequest.h"
#include "agents/claudecodeparser.h"
#include "agents/codexparser.h"
#include "agents/geminiparser.h"
#include "fuzzcheck.h"

#include <QMap>

#include <cstdint>

using namespace tl;

namespace {

struct Kept
{
    qint64 input, cacheRead, write5m, write1h, output;
    QString model;
    qint64 ms;
    bool operator==(const Kept &) const = default;
};

QMap<QString, Kept> keptOf(const RequestDeduplicator &d)
{
    QMap<QString, Kept> out;
    for (const AgentRequest &r : d.requests()) {
        FUZZ_CHECK(!r.key.isEmpty());
        FUZZ_CHECK(!r.model.isEmpty());
        FUZZ_CHECK(r.time.isValid());
        FUZZ_CHECK(r.input >= 0 && r.cacheRead >= 0 && r.cacheWrite5m >= 0 && r.cacheWrite1h >= 0 && r.output >= 0);
        out.insert(r.key, {r.input, r.cacheRead, r.cacheWrite5m, r.cacheWrite1h, r.output, r.model,
                           r.time.toMSecsSinceEpoch()});
    }
    return out;
}

// Parses like the importer: complete lines only, the rest read again with what follows.
template <typename Parse> qsizetype inPieces(QByteArrayView data, qsizetype cut, Parse parse)
{
    const qsizetype first = parse(data.first(cut), false);
    FUZZ_CHECK(first <= cut);
    FUZZ_CHECK(first == 0 || data[first - 1] == '\n');
    return first + parse(data.sliced(first), true);
}

}   // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t selector = bytes[0];
    const QByteArrayView data(reinterpret_cast<const char *>(bytes) + 1, qsizetype(size - 1));
    const qsizetype cut = qsizetype(selector) * data.size() / 255;

    switch (selector % 3) {
    case 0: {   // Claude Code
        RequestDeduplicator whole;
        AgentReadStats wholeStats;
        FUZZ_CHECK(ClaudeCodeParser::parse(data, true, &whole, &wholeStats) == data.size());
        RequestDeduplicator pieces;
        AgentReadStats pieceStats;
        const qsizetype consumed = inPieces(data, cut, [&](QByteArrayView part, bool atEnd) {
            return ClaudeCodeParser::parse(part, atEnd, &pieces, &pieceStats);
        });
        FUZZ_CHECK(consumed == data.size());
        FUZZ_CHECK(keptOf(whole) == keptOf(pieces));
        FUZZ_CHECK(wholeStats.requests == pieceStats.requests && wholeStats.malformed == pieceStats.malformed);
        break;
    }
    case 1: {   // Codex CLI, its per-file state saved and loaded between the pieces
        CodexFileState wholeState;
        wholeState.session = QStringLiteral("s");
        RequestDeduplicator whole;
        AgentReadStats wholeStats;
        FUZZ_CHECK(CodexParser::parse(data, true, &wholeState, &whole, &wholeStats) == data.size());
        CodexFileState state;
        state.session = QStringLiteral("s");
        RequestDeduplicator pieces;
        AgentReadStats pieceStats;
        const qsizetype consumed = inPieces(data, cut, [&](QByteArrayView part, bool atEnd) {
            state = CodexFileState::load(state.save());
            return CodexParser::parse(part, atEnd, &state, &pieces, &pieceStats);
        });
        FUZZ_CHECK(consumed == data.size());
        FUZZ_CHECK(keptOf(whole) == keptOf(pieces));
        FUZZ_CHECK(wholeStats.requests == pieceStats.requests);
        break;
    }
    default: {   // Gemini CLI: a whole session document
        RequestDeduplicator out;
        AgentReadStats stats;
        QString error;
        const bool ok = GeminiParser::parseSession(data, u"/tmp/x/chats/session-1.json", &out, &stats, &error);
        FUZZ_CHECK(ok || !error.isEmpty());
        keptOf(out);
        break;
    }
    }
    return 0;
}
