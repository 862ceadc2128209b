#include "claudecodeparser.h"

#include "jsonscan.h"

#include <cstring>

namespace tl {

namespace {

bool containsText(QByteArrayView haystack, const char (&needle)[8])
{
#if defined(__GLIBC__)
    return memmem(haystack.data(), size_t(haystack.size()), needle, sizeof(needle) - 1) != nullptr;
#else
    return haystack.contains(QByteArrayView(needle, sizeof(needle) - 1));
#endif
}

bool is(QByteArrayView key, const char *name)
{
    return key == QByteArrayView(name);
}

// message.usage: the token counts. Cache writes split by TTL where the log says so; otherwise the
// total counts as 5-minute writes (the default TTL).
bool readUsage(JsonScan &s, AgentRequest *r)
{
    if (!s.enterObject())
        return false;
    qint64 cacheCreation = 0;
    bool split = false;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (is(key, "input_tokens")) {
            r->input = s.readInteger().value_or(0);
        } else if (is(key, "output_tokens")) {
            r->output = s.readInteger().value_or(0);
        } else if (is(key, "cache_read_input_tokens")) {
            r->cacheRead = s.readInteger().value_or(0);
        } else if (is(key, "cache_creation_input_tokens")) {
            cacheCreation = s.readInteger().value_or(0);
        } else if (is(key, "cache_creation") && !s.readNull()) {
            if (!s.enterObject())
                return false;
            QByteArrayView inner;
            while (s.nextKey(&inner)) {
                if (is(inner, "ephemeral_5m_input_tokens")) {
                    r->cacheWrite5m = s.readInteger().value_or(0);
                    split = true;
                } else if (is(inner, "ephemeral_1h_input_tokens")) {
                    r->cacheWrite1h = s.readInteger().value_or(0);
                    split = true;
                } else {
                    s.skipValue();
                }
            }
        } else if (is(key, "server_tool_use") && !s.readNull()) {
            if (!s.enterObject())
                return false;
            QByteArrayView inner;
            while (s.nextKey(&inner)) {
                if (is(inner, "web_search_requests"))
                    r->webSearches = s.readInteger().value_or(0);
                else
                    s.skipValue();
            }
        } else {
            s.skipValue();
        }
        if (!s.ok())
            return false;
    }
    if (!split)
        r->cacheWrite5m = cacheCreation;
    return s.ok() &&
           plausibleTokenCounts({r->input, r->output, r->cacheRead, r->cacheWrite5m, r->cacheWrite1h, r->webSearches});
}

bool readMessage(JsonScan &s, AgentRequest *r, QString *messageId, bool *hasUsage)
{
    if (!s.enterObject())
        return false;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (is(key, "id")) {
            *messageId = s.readString().value_or(QString());
        } else if (is(key, "model")) {
            r->model = s.readString().value_or(QString());
        } else if (is(key, "usage") && !s.readNull()) {
            if (!readUsage(s, r))
                return false;
            *hasUsage = true;
        } else {
            s.skipValue();   // content: the bulk of the line
        }
        if (!s.ok())
            return false;
    }
    return s.ok();
}

}   // namespace

bool ClaudeCodeParser::parseLine(QByteArrayView line, AgentRequest *r, AgentReadStats *stats)
{
    // Most lines are user turns, tool results and summaries: no usage, no parse. (This search runs
    // over every byte of the logs: the C library's memmem is several times faster than Qt's
    // table-driven search, which rebuilds its table for every line.)
    if (!containsText(line, "\"usage\""))
        return false;
    JsonScan s(line);
    if (!s.enterObject()) {
        ++stats->malformed;
        return false;
    }
    QString type;
    QString timestamp;
    QString requestId;
    QString uuid;
    QString messageId;
    bool apiError = false;
    bool hasUsage = false;
    bool bad = false;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (is(key, "type"))
            type = s.readString().value_or(QString());
        else if (is(key, "timestamp"))
            timestamp = s.readString().value_or(QString());
        else if (is(key, "sessionId"))
            r->session = s.readString().value_or(QString());
        else if (is(key, "requestId"))
            requestId = s.readString().value_or(QString());
        else if (is(key, "uuid"))
            uuid = s.readString().value_or(QString());
        else if (is(key, "cwd"))
            r->project = s.readString().value_or(QString());
        else if (is(key, "gitBranch"))
            r->gitBranch = s.readString().value_or(QString());
        else if (is(key, "isSidechain"))
            r->sidechain = s.readBool().value_or(false);
        else if (is(key, "isApiErrorMessage"))
            apiError = s.readBool().value_or(false);
        else if (is(key, "message") && !s.readNull()) {
            if (!readMessage(s, r, &messageId, &hasUsage)) {
                bad = true;   // broken JSON, a count of the wrong type or a negative count
                break;
            }
        } else
            s.skipValue();
        if (!s.ok())
            break;
    }
    if (bad || !s.ok()) {
        ++stats->malformed;
        return false;
    }
    if (type != u"assistant" || !hasUsage)
        return false;
    ++stats->lines;
    if (apiError) {
        ++stats->apiErrors;
        return false;
    }
    if (r->model == u"<synthetic>") {
        ++stats->synthetic;
        return false;
    }
    if (r->model.isEmpty()) {
        ++stats->noModel;
        return false;
    }
    r->time = QDateTime::fromString(timestamp, Qt::ISODateWithMs).toUTC();
    if (!r->time.isValid()) {
        ++stats->undated;
        return false;
    }
    r->key = !messageId.isEmpty()   ? QStringLiteral("claude:") + messageId
             : !requestId.isEmpty() ? QStringLiteral("claude-request:") + requestId
                                    : QStringLiteral("claude-line:") + uuid;
    return true;
}

qsizetype ClaudeCodeParser::parse(QByteArrayView data, bool atEnd, RequestDeduplicator *out, AgentReadStats *stats)
{
    const char *begin = data.data();
    const char *end = begin + data.size();
    const char *p = begin;
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!nl && !atEnd) {
            stats->unfinishedBytes += end - p;   // a line still being written: next time
            break;
        }
        const char *lineEnd = nl ? nl : end;
        const QByteArrayView line(p, lineEnd - p);
        AgentRequest r;
        const qint64 malformedBefore = stats->malformed;
        if (parseLine(line, &r, stats)) {
            out->add(std::move(r), stats);
        } else if (!nl && stats->malformed == malformedBefore) {
            // The last line of a complete file without its newline: a write cut short is
            // malformed whatever it held (a whole line is fine).
            JsonScan whole(line);
            if (!line.trimmed().isEmpty() && !whole.skipValue())
                ++stats->malformed;
        }
        p = nl ? nl + 1 : end;
    }
    return p - begin;
}

}   // namespace tl
