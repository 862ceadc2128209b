#include "codexparser.h"

#include "jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>

namespace tl {

namespace {

bool is(QByteArrayView key, const char *name)
{
    return key == QByteArrayView(name);
}

QDateTime parseTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// One line: {"timestamp": …, "type": …, "payload": {…}}. The payload is kept raw and read once the
// type is known (the keys may come in any order).
struct Line
{
    QString type;
    QDateTime time;
    QByteArrayView payload;
};

bool readLine(QByteArrayView text, Line *line)
{
    JsonScan s(text);
    if (!s.enterObject())
        return false;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (is(key, "timestamp"))
            line->time = parseTime(s.readString().value_or(QString()));
        else if (is(key, "type"))
            line->type = s.readString().value_or(QString());
        else if (is(key, "payload"))
            line->payload = s.readRaw();
        else
            s.skipValue();
        if (!s.ok())
            return false;
    }
    return s.ok();
}

bool readTotals(JsonScan &s, CodexTotals *t)
{
    if (!s.enterObject())
        return false;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (is(key, "input_tokens"))
            t->input = s.readInteger().value_or(0);
        else if (is(key, "cached_input_tokens"))
            t->cached = s.readInteger().value_or(0);
        else if (is(key, "output_tokens"))
            t->output = s.readInteger().value_or(0);
        else if (is(key, "reasoning_output_tokens"))
            t->reasoning = s.readInteger().value_or(0);
        else if (is(key, "total_tokens"))
            t->total = s.readInteger().value_or(0);
        else
            s.skipValue();
        if (!s.ok())
            return false;
    }
    return s.ok() && plausibleTokenCounts({t->input, t->cached, t->output, t->reasoning, t->total});
}

bool readWindow(JsonScan &s, const QDateTime &lineTime, CodexRateWindow *w)
{
    if (!s.enterObject())
        return false;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (is(key, "used_percent")) {
            w->usedPercent = s.readNumber().value_or(-1);
        } else if (is(key, "window_minutes")) {
            w->windowMinutes = int(std::clamp<qint64>(s.readInteger().value_or(0), 0, 1 << 30));
        } else if (is(key, "resets_at")) {
            // Unix seconds in current builds; an ISO time is read too.
            if (!s.readNull()) {
                JsonScan probe = s;
                if (const auto secs = probe.readInteger(); secs && probe.ok()) {
                    s = probe;
                    w->resetsAt = QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC);
                } else {
                    w->resetsAt = parseTime(s.readString().value_or(QString()));
                }
            }
        } else if (is(key, "resets_in_seconds")) {
            const auto secs = s.readInteger();
            if (secs && lineTime.isValid() && !w->resetsAt.isValid())
                w->resetsAt = lineTime.addSecs(*secs);
        } else {
            s.skipValue();
        }
        if (!s.ok())
            return false;
    }
    return s.ok();
}

bool readRateLimits(JsonScan &s, const QDateTime &lineTime, CodexRateLimits *r)
{
    if (!s.enterObject())
        return false;
    r->observedAt = lineTime;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (is(key, "primary") && !s.readNull())
            readWindow(s, lineTime, &r->primary);
        else if (is(key, "secondary") && !s.readNull())
            readWindow(s, lineTime, &r->secondary);
        else if (is(key, "plan_type"))
            r->planType = s.readString().value_or(QString());
        else
            s.skipValue();
        if (!s.ok())
            return false;
    }
    return s.ok();
}

void readSessionMeta(QByteArrayView payload, const QDateTime &lineTime, CodexFileState *state)
{
    JsonScan s(payload);
    if (!s.enterObject())
        return;
    QDateTime start = lineTime;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (is(key, "id") || is(key, "session_id")) {
            const QString id = s.readString().value_or(QString());
            if (state->session.isEmpty())
                state->session = id;
        } else if (is(key, "cwd")) {
            const QString cwd = s.readString().value_or(QString());
            if (state->cwd.isEmpty())
                state->cwd = cwd;
        } else if (is(key, "timestamp")) {
            const QDateTime t = parseTime(s.readString().value_or(QString()));
            if (t.isValid())
                start = t;
        } else if (is(key, "git") && !s.readNull()) {
            if (!s.enterObject())
                return;
            QByteArrayView inner;
            while (s.nextKey(&inner)) {
                if (is(inner, "branch") && state->gitBranch.isEmpty())
                    state->gitBranch = s.readString().value_or(QString());
                else
                    s.skipValue();
            }
        } else {
            s.skipValue();
        }
        if (!s.ok())
            return;
    }
    if (!state->start.isValid())
        state->start = start;
}

void readTurnContext(QByteArrayView payload, CodexFileState *state)
{
    JsonScan s(payload);
    if (!s.enterObject())
        return;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (is(key, "model")) {
            const QString model = s.readString().value_or(QString());
            if (!model.isEmpty())
                state->model = model;
        } else if (is(key, "cwd")) {
            const QString cwd = s.readString().value_or(QString());
            if (!cwd.isEmpty())
                state->cwd = cwd;
        } else {
            s.skipValue();
        }
        if (!s.ok())
            return;
    }
}

// A token_count event's payload.
struct TokenCount
{
    bool isTokenCount = false;
    bool hasInfo = false;
    bool hasTotal = false;
    bool hasLast = false;
    CodexTotals total;
    CodexTotals last;
    QString model;   // some builds name it in info
    bool hasRateLimits = false;
    CodexRateLimits rateLimits;
};

bool readInfo(JsonScan &s, TokenCount *tc)
{
    if (!s.enterObject())
        return false;
    tc->hasInfo = true;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (is(key, "total_token_usage") && !s.readNull()) {
            if (!readTotals(s, &tc->total))
                return false;
            tc->hasTotal = true;
        } else if (is(key, "last_token_usage") && !s.readNull()) {
            if (!readTotals(s, &tc->last))
                return false;
            tc->hasLast = true;
        } else if (is(key, "model")) {
            tc->model = s.readString().value_or(QString());
        } else {
            s.skipValue();
        }
        if (!s.ok())
            return false;
    }
    return s.ok();
}

bool readTokenCount(QByteArrayView payload, const QDateTime &lineTime, TokenCount *tc)
{
    JsonScan s(payload);
    if (!s.enterObject())
        return false;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (is(key, "type")) {
            tc->isTokenCount = s.readString().value_or(QString()) == u"token_count";
        } else if (is(key, "info") && !s.readNull()) {
            if (!readInfo(s, tc))
                return false;
        } else if (is(key, "rate_limits") && !s.readNull()) {
            if (!readRateLimits(s, lineTime, &tc->rateLimits))
                return false;
            tc->hasRateLimits = true;
        } else {
            s.skipValue();
        }
        if (!s.ok())
            return false;
    }
    return s.ok();
}

bool covers(const CodexTotals &now, const CodexTotals &before)
{
    return now.input >= before.input && now.cached >= before.cached && now.output >= before.output &&
           now.reasoning >= before.reasoning && now.total >= before.total;
}

CodexTotals minus(const CodexTotals &a, const CodexTotals &b)
{
    return {a.input - b.input, a.cached - b.cached, a.output - b.output, a.reasoning - b.reasoning, a.total - b.total};
}

QString totalsText(const CodexTotals &t)
{
    return QString::number(t.input) + u'/' + QString::number(t.cached) + u'/' + QString::number(t.output) + u'/' +
           QString::number(t.reasoning);
}

// The end of the first second of the session: token_count lines before it are replays.
QDateTime replayWindowEnd(const CodexFileState &state)
{
    if (!state.start.isValid())
        return {};
    return QDateTime::fromSecsSinceEpoch(state.start.toSecsSinceEpoch() + 1, Qt::UTC);
}

void handleTokenCount(const Line &line, CodexFileState *state, RequestDeduplicator *out, AgentReadStats *stats)
{
    TokenCount tc;
    if (!readTokenCount(line.payload, line.time, &tc)) {
        ++stats->malformed;
        return;
    }
    if (!tc.isTokenCount)
        return;
    // In the first second of the session (or before it, for copies that kept their times), a
    // token_count is the parent's, replayed: no request completes within a second of its session's
    // start. The replay still moves the baseline — the file's cumulative counts continue from it.
    const QDateTime windowEnd = replayWindowEnd(*state);
    const bool inReplay = !state->pastReplay && windowEnd.isValid() && line.time.isValid() && line.time < windowEnd;
    if (tc.hasRateLimits && !inReplay && tc.rateLimits.isValid() &&
        (!state->rateLimits.observedAt.isValid() || tc.rateLimits.observedAt >= state->rateLimits.observedAt))
        state->rateLimits = tc.rateLimits;
    if (!tc.hasInfo || (!tc.hasTotal && !tc.hasLast))
        return;   // rate limits only
    ++stats->lines;
    if (tc.hasTotal ? tc.total.isZero() : tc.last.isZero()) {
        ++stats->zeroPlaceholders;   // the baseline stays: the next real snapshot continues from it
        return;
    }
    CodexTotals delta;
    if (!tc.hasTotal)
        delta = tc.last;
    else if (!state->hasTotals)
        delta = tc.total;   // the file's first snapshot counts from zero
    else if (covers(tc.total, state->totals))
        delta = minus(tc.total, state->totals);
    else
        delta = tc.hasLast ? tc.last : tc.total;   // the counters restarted
    if (tc.hasTotal) {
        state->totals = tc.total;
        state->hasTotals = true;
    }
    if (inReplay) {
        ++stats->replays;
        return;
    }
    if (line.time.isValid() && windowEnd.isValid() && line.time >= windowEnd)
        state->pastReplay = true;
    if (delta.input == 0 && delta.cached == 0 && delta.output == 0 && delta.reasoning == 0) {
        ++stats->repeatedSnapshots;   // the previous totals again: no new request
        return;
    }
    if (!line.time.isValid()) {
        ++stats->undated;
        return;
    }
    const QString model = !tc.model.isEmpty() ? tc.model : state->model;
    if (model.isEmpty()) {
        ++stats->noModel;
        return;
    }
    AgentRequest r;
    r.time = line.time;
    r.model = model;
    r.session = state->session;
    r.project = state->cwd;
    r.gitBranch = state->gitBranch;
    r.cacheRead = std::min(delta.cached, delta.input);
    r.input = delta.input - r.cacheRead;
    r.output = delta.output;
    r.reasoning = delta.reasoning;
    const QString time = line.time.toString(Qt::ISODateWithMs);
    r.key = tc.hasTotal ? QStringLiteral("codex:") + time + u':' + totalsText(tc.total)
                        : QStringLiteral("codex-last:") + time + u':' + totalsText(tc.last);
    out->add(std::move(r), stats);
}

void handleLine(QByteArrayView text, CodexFileState *state, RequestDeduplicator *out, AgentReadStats *stats)
{
    // Most lines are messages and tool calls: recognised without parsing.
    const bool tokenCount = text.contains(QByteArrayView("\"token_count\""));
    const bool turnContext = !tokenCount && text.contains(QByteArrayView("\"turn_context\""));
    const bool sessionMeta = !tokenCount && !turnContext && text.contains(QByteArrayView("\"session_meta\""));
    if (!tokenCount && !turnContext && !sessionMeta)
        return;
    Line line;
    if (!readLine(text, &line)) {
        ++stats->malformed;
        return;
    }
    if (line.type == u"session_meta")
        readSessionMeta(line.payload, line.time, state);
    else if (line.type == u"turn_context")
        readTurnContext(line.payload, state);
    else if (line.type == u"event_msg" && tokenCount)
        handleTokenCount(line, state, out, stats);
}

QJsonObject windowToJson(const CodexRateWindow &w)
{
    QJsonObject o;
    o.insert(QStringLiteral("used"), w.usedPercent);
    o.insert(QStringLiteral("minutes"), w.windowMinutes);
    if (w.resetsAt.isValid())
        o.insert(QStringLiteral("resets"), w.resetsAt.toString(Qt::ISODateWithMs));
    return o;
}

CodexRateWindow windowFromJson(const QJsonObject &o)
{
    CodexRateWindow w;
    w.usedPercent = o.value(QStringLiteral("used")).toDouble(-1);
    w.windowMinutes = o.value(QStringLiteral("minutes")).toInt();
    w.resetsAt = parseTime(o.value(QStringLiteral("resets")).toString());
    return w;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}

}   // namespace

QByteArray CodexFileState::save() const
{
    QJsonObject o;
    o.insert(QStringLiteral("v"), 1);
    o.insert(QStringLiteral("session"), session);
    o.insert(QStringLiteral("cwd"), cwd);
    o.insert(QStringLiteral("branch"), gitBranch);
    o.insert(QStringLiteral("model"), model);
    o.insert(QStringLiteral("start"), timeText(start));
    o.insert(QStringLiteral("pastReplay"), pastReplay);
    if (hasTotals) {
        // Counts as strings: exact whatever their size (JSON numbers are doubles here).
        o.insert(QStringLiteral("totals"), QJsonArray{QString::number(totals.input), QString::number(totals.cached),
                                                      QString::number(totals.output), QString::number(totals.reasoning),
                                                      QString::number(totals.total)});
    }
    if (rateLimits.observedAt.isValid()) {
        QJsonObject r;
        r.insert(QStringLiteral("at"), timeText(rateLimits.observedAt));
        r.insert(QStringLiteral("primary"), windowToJson(rateLimits.primary));
        r.insert(QStringLiteral("secondary"), windowToJson(rateLimits.secondary));
        r.insert(QStringLiteral("plan"), rateLimits.planType);
        o.insert(QStringLiteral("limits"), r);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

CodexFileState CodexFileState::load(QByteArrayView data)
{
    CodexFileState s;
    const QJsonObject o = QJsonDocument::fromJson(data.toByteArray()).object();
    if (o.value(QStringLiteral("v")).toInt() != 1)
        return s;
    s.session = o.value(QStringLiteral("session")).toString();
    s.cwd = o.value(QStringLiteral("cwd")).toString();
    s.gitBranch = o.value(QStringLiteral("branch")).toString();
    s.model = o.value(QStringLiteral("model")).toString();
    s.start = parseTime(o.value(QStringLiteral("start")).toString());
    s.pastReplay = o.value(QStringLiteral("pastReplay")).toBool();
    const QJsonArray totals = o.value(QStringLiteral("totals")).toArray();
    if (totals.size() == 5) {
        s.hasTotals = true;
        s.totals = {totals[0].toString().toLongLong(), totals[1].toString().toLongLong(),
                    totals[2].toString().toLongLong(), totals[3].toString().toLongLong(),
                    totals[4].toString().toLongLong()};
    }
    const QJsonObject r = o.value(QStringLiteral("limits")).toObject();
    if (!r.isEmpty()) {
        s.rateLimits.observedAt = parseTime(r.value(QStringLiteral("at")).toString());
        s.rateLimits.primary = windowFromJson(r.value(QStringLiteral("primary")).toObject());
        s.rateLimits.secondary = windowFromJson(r.value(QStringLiteral("secondary")).toObject());
        s.rateLimits.planType = r.value(QStringLiteral("plan")).toString();
    }
    return s;
}

qsizetype CodexParser::parse(QByteArrayView data, bool atEnd, CodexFileState *state, RequestDeduplicator *out,
                             AgentReadStats *stats)
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
        const QByteArrayView line(p, (nl ? nl : end) - p);
        const qint64 malformedBefore = stats->malformed;
        handleLine(line, state, out, stats);
        if (!nl && stats->malformed == malformedBefore) {
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

QString CodexParser::sessionFromFileName(QStringView fileName)
{
    static const QRegularExpression uuid(
        QStringLiteral("([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\.jsonl$"));
    const QRegularExpressionMatch m = uuid.match(fileName);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

}   // namespace tl
