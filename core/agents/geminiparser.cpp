#include "geminiparser.h"

#include "jsonscan.h"

#include <algorithm>
#include <cstring>

namespace tl {

namespace {

bool is(QByteArrayView key, const char *name)
{
    return key == QByteArrayView(name);
}

struct Tokens
{
    qint64 input = 0;
    qint64 output = 0;
    qint64 cached = 0;
    qint64 thoughts = 0;
    qint64 tool = 0;
    qint64 total = -1;   // -1: not logged
};

bool readTokens(JsonScan &s, Tokens *t)
{
    if (!s.enterObject())
        return false;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (is(key, "input"))
            t->input = s.readInteger().value_or(0);
        else if (is(key, "output"))
            t->output = s.readInteger().value_or(0);
        else if (is(key, "cached"))
            t->cached = s.readInteger().value_or(0);
        else if (is(key, "thoughts"))
            t->thoughts = s.readInteger().value_or(0);
        else if (is(key, "tool"))
            t->tool = s.readInteger().value_or(0);
        else if (is(key, "total"))
            t->total = s.readInteger().value_or(-1);
        else
            s.skipValue();
        if (!s.ok())
            return false;
    }
    return s.ok() && plausibleTokenCounts({t->input, t->output, t->cached, t->thoughts, t->tool});
}

// One message of the chat; `hasTokens` only for messages that carry usage.
struct Message
{
    QString id;
    QString type;
    QString model;
    QString timestamp;
    bool hasTokens = false;
    Tokens tokens;
};

// The message object at the cursor. Content, thoughts and tool calls are skipped unread.
bool readMessage(JsonScan &s, Message *m)
{
    if (!s.enterObject())
        return false;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (is(key, "id")) {
            m->id = s.readString().value_or(QString());
        } else if (is(key, "type")) {
            m->type = s.readString().value_or(QString());
        } else if (is(key, "model")) {
            m->model = s.readString().value_or(QString());
        } else if (is(key, "timestamp")) {
            m->timestamp = s.readString().value_or(QString());
        } else if (is(key, "tokens") && !s.readNull()) {
            if (!readTokens(s, &m->tokens))
                return false;
            m->hasTokens = true;
        } else {
            s.skipValue();
        }
        if (!s.ok())
            return false;
    }
    return s.ok();
}

// A usable request from a message, or false (and why in stats). Session and project are the caller's.
bool toRequest(const Message &m, AgentRequest *r, AgentReadStats *stats)
{
    if (m.type != u"gemini" || !m.hasTokens)
        return false;
    ++stats->lines;
    const Tokens &t = m.tokens;
    if (t.input == 0 && t.output == 0 && t.cached == 0 && t.thoughts == 0 && t.tool == 0) {
        ++stats->zeroPlaceholders;
        return false;
    }
    if (m.model.isEmpty()) {
        ++stats->noModel;
        return false;
    }
    r->time = QDateTime::fromString(m.timestamp, Qt::ISODateWithMs).toUTC();
    if (!r->time.isValid()) {
        ++stats->undated;
        return false;
    }
    if (m.id.isEmpty()) {
        ++stats->malformed;   // nothing to tell its copies apart by
        return false;
    }
    r->model = m.model;
    r->cacheRead = std::min(t.cached, t.input);
    // Tool-use prompt tokens are input outside promptTokenCount, unless `total` says they were
    // already counted in `input`.
    const bool toolInsideInput = t.total >= 0 && t.tool > 0 && t.total == t.input + t.output + t.thoughts;
    r->input = t.input - r->cacheRead + (toolInsideInput ? 0 : t.tool);
    r->output = t.output + t.thoughts;
    r->reasoning = t.thoughts;
    return true;
}

QString baseName(QStringView filePath)
{
    QStringView name = filePath.mid(filePath.lastIndexOf(u'/') + 1);
    const qsizetype dot = name.lastIndexOf(u'.');
    return (dot > 0 ? name.left(dot) : name).toString();
}

void addAll(QList<AgentRequest> &requests, const QString &session, const QString &project, RequestDeduplicator *out,
            AgentReadStats *stats)
{
    for (AgentRequest &r : requests) {
        r.session = session;
        r.project = project;
        r.key = QStringLiteral("gemini:") + session + u':' + r.key;
        out->add(std::move(r), stats);
    }
}

}   // namespace

QString GeminiParser::projectFromPath(QStringView filePath)
{
    QList<QStringView> parts;
    for (QStringView part : filePath.split(u'/', Qt::SkipEmptyParts))
        parts.append(part);
    if (parts.size() < 2)
        return {};
    parts.removeLast();   // the file
    if (parts.size() >= 2 && parts.last() == u"chats")
        parts.removeLast();
    return parts.last().toString();
}

bool GeminiParser::parseSession(QByteArrayView wholeFile, QStringView filePath, RequestDeduplicator *out,
                                AgentReadStats *stats, QString *error)
{
    JsonScan s(wholeFile);
    if (!s.enterObject()) {
        *error = QStringLiteral("not a JSON object");
        return false;
    }
    QString session;
    QString project;
    QList<AgentRequest> requests;   // session and project may follow the messages
    bool hasMessages = false;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (is(key, "sessionId")) {
            session = s.readString().value_or(QString());
        } else if (is(key, "projectPath") || is(key, "cwd")) {
            project = s.readString().value_or(QString());
        } else if (is(key, "messages") && !s.readNull()) {
            if (!s.enterArray())
                break;
            hasMessages = true;
            while (s.nextElement()) {
                Message m;
                if (!readMessage(s, &m))
                    break;
                AgentRequest r;
                if (toRequest(m, &r, stats)) {
                    r.key = m.id;   // completed below
                    requests.append(std::move(r));
                }
            }
        } else {
            s.skipValue();
        }
        if (!s.ok())
            break;
    }
    if (!s.ok()) {
        // Rewritten whole, a file read mid-write can be cut short: nothing of it is used.
        *error = QStringLiteral("broken or unfinished JSON");
        ++stats->malformed;
        return false;
    }
    if (!hasMessages) {
        *error = QStringLiteral("no messages");
        return false;
    }
    if (session.isEmpty())
        session = baseName(filePath);
    if (project.isEmpty())
        project = projectFromPath(filePath);
    addAll(requests, session, project, out, stats);
    return true;
}

qsizetype GeminiParser::parseLines(QByteArrayView data, bool atEnd, QStringView filePath, QString *sessionId,
                                   RequestDeduplicator *out, AgentReadStats *stats)
{
    const QString project = projectFromPath(filePath);
    const char *begin = data.data();
    const char *end = begin + data.size();
    const char *p = begin;
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!nl && !atEnd) {
            stats->unfinishedBytes += end - p;
            break;
        }
        const QByteArrayView line = QByteArrayView(p, (nl ? nl : end) - p).trimmed();
        p = nl ? nl + 1 : end;
        if (line.isEmpty())
            continue;
        // A header record names the session; a message record is read like a message of the document.
        JsonScan s(line);
        Message m;
        QString session;
        if (!s.enterObject()) {
            ++stats->malformed;
            continue;
        }
        QByteArrayView key;
        while (s.nextKey(&key)) {
            if (is(key, "sessionId")) {
                session = s.readString().value_or(QString());
            } else if (is(key, "id")) {
                m.id = s.readString().value_or(QString());
            } else if (is(key, "type")) {
                m.type = s.readString().value_or(QString());
            } else if (is(key, "model")) {
                m.model = s.readString().value_or(QString());
            } else if (is(key, "timestamp")) {
                m.timestamp = s.readString().value_or(QString());
            } else if (is(key, "tokens") && !s.readNull()) {
                if (!readTokens(s, &m.tokens))
                    break;
                m.hasTokens = true;
            } else {
                s.skipValue();
            }
            if (!s.ok())
                break;
        }
        if (!s.ok()) {
            ++stats->malformed;
            continue;
        }
        if (!session.isEmpty() && m.type.isEmpty())
            *sessionId = session;
        AgentRequest r;
        if (!toRequest(m, &r, stats))
            continue;
        r.key = m.id;
        QList<AgentRequest> one{std::move(r)};
        addAll(one, sessionId->isEmpty() ? baseName(filePath) : *sessionId, project, out, stats);
    }
    return p - begin;
}

}   // namespace tl
