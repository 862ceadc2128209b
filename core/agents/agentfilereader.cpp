#include "agentfilereader.h"

#include "claudecodeparser.h"
#include "codexparser.h"
#include "common/dates.h"
#include "geminiparser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace tl {

namespace {

// Small enough to be parsed while it is still in the CPU's cache, large enough that a read is cheap.
constexpr qint64 ChunkSize = 1024 * 1024;

QByteArray hashOf(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex();
}

// Reads complete lines with `parseChunk(data, atEnd) -> consumed` from `from` to the end of the file.
// The buffer is the thread's own and reused from file to file: no allocation (and no fresh pages to
// fault in) per chunk; it grows only for a line longer than a chunk.
template <typename Parse> bool readLines(QFile &file, qint64 from, bool complete, AgentFileRead *out, Parse parseChunk)
{
    if (!file.seek(from)) {
        out->error = file.errorString();
        return false;
    }
    thread_local QByteArray buffer;
    qsizetype kept = 0;   // an unfinished line carried to the front
    qint64 offset = from;
    for (;;) {
        if (buffer.size() < kept + ChunkSize)
            buffer.resize(kept + ChunkSize);
        const qint64 n = file.read(buffer.data() + kept, ChunkSize);
        if (n < 0) {
            out->error = file.errorString();
            return false;
        }
        out->bytes += n;
        const qsizetype filled = kept + qsizetype(n);
        const bool atEnd = n < ChunkSize;
        const qsizetype consumed = parseChunk(QByteArrayView(buffer.constData(), filled), atEnd && complete);
        offset += consumed;
        kept = filled - consumed;
        if (kept > 0 && consumed > 0)
            std::memmove(buffer.data(), buffer.constData() + consumed, size_t(kept));
        if (atEnd)
            break;
    }
    // A buffer grown for one very long line is not kept for every later file.
    if (buffer.size() > 4 * ChunkSize)
        buffer = QByteArray();
    out->offset = offset;
    // Only what is left at the very end is unfinished (each chunk's tail was counted as it passed).
    out->stats.unfinishedBytes = kept;
    return true;
}

}   // namespace

AgentFileRead readAgentFile(AgentKind kind, const AgentFileTask &task)
{
    AgentFileRead out;
    out.task = task;
    QFile file(task.file.path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = file.errorString();
        return out;
    }
    const qint64 size = file.size();
    qint64 from = 0;
    QByteArray state;
    if (task.stored && !task.file.wholeDocument) {
        const AgentStoredFile &s = *task.stored;
        bool sameFile = size >= s.offset && s.headLength <= size;
        if (sameFile && s.headLength > 0) {
            const QByteArray head = file.read(s.headLength);
            sameFile = head.size() == s.headLength && hashOf(head) == s.headHash;
        }
        if (sameFile) {
            from = s.offset;
            state = s.state;
        } else {
            out.reread = true;
        }
    } else if (task.stored) {
        out.reread = false;   // a whole document is always read whole
    }
    // The head that identifies this file next time.
    if (!file.seek(0)) {
        out.error = file.errorString();
        return out;
    }
    const QByteArray head = file.read(std::min(size, AgentHeadLength));
    out.headLength = head.size();
    out.headHash = hashOf(head);

    RequestDeduplicator requests;
    switch (kind) {
    case AgentKind::ClaudeCode: {
        const bool ok = readLines(file, from, task.complete, &out, [&](QByteArrayView data, bool atEnd) {
            return ClaudeCodeParser::parse(data, atEnd, &requests, &out.stats);
        });
        if (!ok)
            return out;
        break;
    }
    case AgentKind::CodexCli: {
        // The cumulative totals, model and session of the file so far continue from the saved state.
        CodexFileState codex = from > 0 ? CodexFileState::load(state) : CodexFileState();
        if (codex.session.isEmpty())
            codex.session = CodexParser::sessionFromFileName(QFileInfo(task.file.path).fileName());
        const bool ok = readLines(file, from, task.complete, &out, [&](QByteArrayView data, bool atEnd) {
            return CodexParser::parse(data, atEnd, &codex, &requests, &out.stats);
        });
        if (!ok)
            return out;
        state = codex.save();
        const CodexRateLimits &limits = codex.rateLimits;
        if (limits.isValid()) {
            const auto window = [](const CodexRateWindow &w) {
                AgentRateWindow ours;
                if (w.isValid()) {
                    ours.usedPercentMilli = qRound64(w.usedPercent * 1000);
                    ours.windowMinutes = w.windowMinutes;
                    ours.resetsAt = w.resetsAt;
                }
                return ours;
            };
            out.rateLimits =
                AgentRateLimits{limits.observedAt, limits.planType, window(limits.primary), window(limits.secondary)};
        }
        break;
    }
    case AgentKind::GeminiCli: {
        if (task.file.wholeDocument) {
            // One JSON document the CLI rewrites whole: read whole each time it changes (its
            // requests meet their stored copies by key).
            if (!file.seek(0)) {
                out.error = file.errorString();
                return out;
            }
            const QByteArray all = file.readAll();
            out.bytes = all.size();
            QString error;
            if (!GeminiParser::parseSession(all, task.file.path, &requests, &out.stats, &error) &&
                out.stats.malformed == 0) {
                out.error = error;
                return out;
            }
            out.offset = all.size();
            break;
        }
        QString session = QString::fromUtf8(state);
        const bool ok = readLines(file, from, task.complete, &out, [&](QByteArrayView data, bool atEnd) {
            return GeminiParser::parseLines(data, atEnd, task.file.path, &session, &requests, &out.stats);
        });
        if (!ok)
            return out;
        state = session.toUtf8();
        break;
    }
    }
    out.state = state;
    out.requests = requests.requests();
    for (AgentRequest &r : out.requests)
        r.day = isoDay(r.time.date());
    return out;
}

}   // namespace tl
