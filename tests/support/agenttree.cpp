#include "agenttree.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <vector>

namespace tl::test {

void AgentTreeTotals::add(const AgentTreeTotals &o)
{
    requests += o.requests;
    input += o.input;
    cacheRead += o.cacheRead;
    cacheWrite5m += o.cacheWrite5m;
    cacheWrite1h += o.cacheWrite1h;
    output += o.output;
    webSearches += o.webSearches;
    longContextRequests += o.longContextRequests;
    costNanos += o.costNanos;
    webSearchCostNanos += o.webSearchCostNanos;
}

namespace {

// The bundled catalog's prices (resources/pricing/genai-prices.json) in nano-USD per token:
// $3/MTok = 3,000 nano-USD per token. Long-context prices only where the catalog has a tier.
struct Price
{
    const char *model;
    qint64 input, cacheWrite5m, cacheWrite1h, cacheRead, output;
    qint64 lcInput, lcCacheWrite5m, lcCacheWrite1h, lcCacheRead, lcOutput;   // 0: no long-context tier
};

constexpr qint64 WebSearchNanos = 10'000'000;   // $10 per thousand

constexpr std::array<Price, 3> Prices = {{
    {"claude-sonnet-4-5-20250929", 3000, 3750, 6000, 300, 15000, 6000, 7500, 12000, 600, 22500},
    {"claude-opus-4-5-20251101", 5000, 6250, 10000, 500, 25000, 0, 0, 0, 0, 0},
    {"claude-haiku-4-5-20251001", 1000, 1250, 2000, 100, 5000, 0, 0, 0, 0, 0},
}};
enum Model
{
    Sonnet,
    Opus,
    Haiku
};

// One response as the generator made it (its final, most complete copy).
struct Request
{
    QByteArray messageId;
    QByteArray requestId;   // empty: written without one (a gateway)
    int model = Sonnet;
    qint64 ms = 0;   // final copy's time, ms since the epoch (UTC)
    bool sidechain = false;
    qint64 input = 0, cacheRead = 0, cacheWrite5m = 0, cacheWrite1h = 0, output = 0, webSearches = 0;
    QByteArray cwd, branch;
};

class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    {}
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(m_engine() % quint64(hi - lo + 1)); }   // inclusive
    bool chance(double p) { return unit() < p; }
    double unit() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    // Box–Muller by hand: the same numbers whatever the standard library.
    double normal()
    {
        const double u = std::max(unit(), 1e-300);
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * unit());
    }
    qint64 logNormal(double median, double sigma) { return qint64(median * std::exp(sigma * normal())); }
    quint64 next() { return m_engine(); }

private:
    std::mt19937_64 m_engine;
};

QByteArray hex(Rng &rng, int n)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray s(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        s[i] = digits[rng.next() & 15];
    return s;
}

QByteArray uuid(Rng &rng)
{
    return hex(rng, 8) + '-' + hex(rng, 4) + "-4" + hex(rng, 3) + '-' + hex(rng, 4) + '-' + hex(rng, 12);
}

// Anthropic-looking ids, unique through the counter in them.
QByteArray base62Id(const char *prefix, quint64 counter, Rng &rng)
{
    static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray s(prefix);
    for (int i = 0; i < 8; ++i, counter /= 62)
        s += digits[counter % 62];
    for (int i = 0; i < 14; ++i)
        s += digits[rng.next() % 62];
    return s;
}

QByteArray timestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
}

// JSON-escaped text to pad lines with: code and prose with quotes, backslashes, newlines, tabs and
// \u escapes, as tool results are. `safe` marks where a slice may start or end (not inside an escape).
class Filler
{
public:
    explicit Filler(Rng &rng)
    {
        static const char *const words[] = {
            "const",    "auto",    "return",
            "if (",     "QString", "{",
            "}",        "void",    "std::vector<int>",
            "usage",    "tokens",  "cache",
            "request",  "the",     "a",
            "function", "=",       "->",
            "0x1f",     "12345",   "// TODO",
            "model",    "input",   "output",
            "value",    "error:",  "path/to/file.cpp",
            "\\\"",     "\\\\",    "\\n",
            "\\n    ",  "\\t",     "\\u00e9t\\u00e9",
            "\\u2014",  "[",       "]",
            "import",   "from",    "class",
            "def",      "self",    "None",
            "true",     "false",   "null",
            "#include", "<QFile>", "npm",
            "cargo",    "git",     "diff",
            "+++",      "---",     "@@ -1,4 +1,7 @@",
        };
        constexpr int n = int(sizeof(words) / sizeof(words[0]));
        m_text.reserve(1 << 20);
        while (m_text.size() < (1 << 20)) {
            m_text += words[rng.next() % n];
            m_text += rng.chance(0.15) ? "\\n" : " ";
        }
        m_safe.assign(size_t(m_text.size()) + 1, true);
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            if (m_text[i] == '\\') {
                const qsizetype len = m_text[i + 1] == 'u' ? 6 : 2;
                for (qsizetype k = 1; k < len; ++k)
                    m_safe[size_t(i + k)] = false;
                i += len - 1;
            }
        }
    }

    // About `bytes` of escaped text appended to `out`.
    void append(QByteArray &out, qint64 bytes, Rng &rng) const
    {
        while (bytes > 0) {
            const qsizetype want = qsizetype(std::min<qint64>(bytes, m_text.size() / 2));
            qsizetype begin = qsizetype(rng.next() % quint64(m_text.size() - want));
            qsizetype end = begin + want;
            while (!m_safe[size_t(begin)])
                ++begin;
            end = std::max(end, begin);
            while (end > begin && !m_safe[size_t(end)])
                --end;
            out.append(m_text.constData() + begin, end - begin);
            bytes -= std::max<qsizetype>(end - begin, 1);
        }
    }

private:
    QByteArray m_text;
    std::vector<bool> m_safe;
};

struct Session
{
    QByteArray id;
    QByteArray cwd;
    QByteArray branch;
    int model = Sonnet;
    bool longContext = false;   // a Sonnet session allowed past 200k (1M-context beta)
    bool oneHourCache = false;
    QByteArray lastUuid;
};

void appendCommon(QByteArray &out, const Session &s, const QByteArray &parent, bool sidechain)
{
    out += "{\"parentUuid\":";
    out += parent.isEmpty() ? QByteArray("null") : '"' + parent + '"';
    out += ",\"isSidechain\":";
    out += sidechain ? "true" : "false";
    out += ",\"userType\":\"external\",\"cwd\":\"" + s.cwd + "\",\"sessionId\":\"" + s.id +
           "\",\"version\":\"2.0.14\",\"gitBranch\":\"" + s.branch + '"';
}

void appendAssistant(QByteArray &out, const Session &s, const Request &r, qint64 output, qint64 ms,
                     const QByteArray &lineUuid, const QByteArray &content, bool synthetic = false)
{
    appendCommon(out, s, s.lastUuid, r.sidechain);
    out += ",\"message\":{\"id\":\"" + r.messageId + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"";
    out += synthetic ? "<synthetic>" : Prices[size_t(r.model)].model;
    out += "\",\"content\":" + content + ",\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":";
    out += QByteArray::number(r.input) +
           ",\"cache_creation_input_tokens\":" + QByteArray::number(r.cacheWrite5m + r.cacheWrite1h) +
           ",\"cache_read_input_tokens\":" + QByteArray::number(r.cacheRead) +
           ",\"cache_creation\":{\"ephemeral_5m_input_tokens\":" + QByteArray::number(r.cacheWrite5m) +
           ",\"ephemeral_1h_input_tokens\":" + QByteArray::number(r.cacheWrite1h) +
           "},\"output_tokens\":" + QByteArray::number(output) +
           ",\"service_tier\":\"standard\",\"server_tool_use\":{\"web_search_requests\":" +
           QByteArray::number(r.webSearches) + ",\"web_fetch_requests\":0}}}";
    if (!r.requestId.isEmpty())
        out += ",\"requestId\":\"" + r.requestId + '"';
    out += ",\"type\":\"assistant\",\"uuid\":\"" + lineUuid + "\",\"timestamp\":\"" + timestamp(ms) + "\"}\n";
}

void appendUser(QByteArray &out, Session &s, qint64 ms, qint64 padding, bool toolResult, bool sidechain,
                const Filler &filler, Rng &rng)
{
    const QByteArray lineUuid = uuid(rng);
    appendCommon(out, s, s.lastUuid, sidechain);
    if (toolResult) {
        const QByteArray toolId = "toolu_01" + hex(rng, 22);
        out += ",\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":[{\"tool_use_id\":\"" + toolId +
               "\",\"type\":\"tool_result\",\"content\":\"";
        filler.append(out, padding, rng);
        out += "\",\"is_error\":false}]},\"uuid\":\"" + lineUuid + "\",\"timestamp\":\"" + timestamp(ms) +
               "\",\"toolUseResult\":{\"stdout\":\"";
        filler.append(out, padding / 8, rng);
        out += "\",\"stderr\":\"\",\"interrupted\":false,\"isImage\":false}}\n";
    } else {
        out += ",\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":\"";
        filler.append(out, padding, rng);
        out += "\"},\"uuid\":\"" + lineUuid + "\",\"timestamp\":\"" + timestamp(ms) + "\"}\n";
    }
    s.lastUuid = lineUuid;
}

QByteArray assistantContent(Rng &rng, const Filler &filler)
{
    QByteArray c;
    if (rng.chance(0.5)) {
        c = "[{\"type\":\"tool_use\",\"id\":\"toolu_01" + hex(rng, 22) +
            "\",\"name\":\"Read\",\"input\":{\"file_path\":\"/home/dev/src/" + hex(rng, 6) + ".cpp\"}}]";
    } else {
        c = "[{\"type\":\"text\",\"text\":\"";
        filler.append(c, rng.between(40, 900), rng);
        c += "\"}]";
    }
    return c;
}

class Generator
{
public:
    Generator(const QString &root, const AgentTreeOptions &o)
        : m_root(root)
        , m_options(o)
        , m_rng(o.seed)
        , m_filler(m_rng)
    {}

    AgentTreeAnswer run();

private:
    std::vector<qint64> fileSizes();
    void writeSession(qint64 targetBytes, int project);
    void count(const Request &r);
    Request nextRequest(Session &s, qint64 &context, qint64 ms);
    void flush(QFile &f, QByteArray &buf, bool force);

    QString m_root;
    AgentTreeOptions m_options;
    Rng m_rng;
    Filler m_filler;
    AgentTreeAnswer m_answer;
    quint64 m_counter = 0;
    std::vector<std::vector<Request>> m_recent;   // per project: responses a resumed session replays
};

std::vector<qint64> Generator::fileSizes()
{
    const AgentTreeOptions &o = m_options;
    const double sigma = std::log(double(o.p99FileBytes) / double(o.medianFileBytes)) / 2.3263;
    std::vector<qint64> sizes;
    qint64 sum = 0;
    for (int i = 0; i < o.files; ++i) {
        const qint64 size = std::clamp<qint64>(m_rng.logNormal(double(o.medianFileBytes), sigma), 2048,
                                               std::max<qint64>(o.p99FileBytes * 6, 4096));
        sizes.push_back(size);
        sum += size;
    }
    if (o.totalBytes > 0 && sum > 0) {
        const double scale = double(o.totalBytes) / double(sum);
        for (qint64 &size : sizes)
            size = std::max<qint64>(qint64(double(size) * scale), 2048);
    }
    for (int i = 0; i < o.largeFiles; ++i) {
        const auto at = sizes.begin() + qsizetype(m_rng.next() % (sizes.size() + 1));
        sizes.insert(at, m_rng.between(o.largeMinBytes, o.largeMaxBytes));
    }
    return sizes;
}

AgentTreeAnswer Generator::run()
{
    m_recent.resize(size_t(std::max(m_options.projects, 1)));
    for (const qint64 size : fileSizes())
        writeSession(size, int(m_rng.next() % m_recent.size()));
    for (const auto &[key, totals] : m_answer.byDayModel)
        m_answer.total.add(totals);
    return m_answer;
}

void Generator::count(const Request &r)
{
    AgentTreeTotals t;
    t.requests = 1;
    t.input = r.input;
    t.cacheRead = r.cacheRead;
    t.cacheWrite5m = r.cacheWrite5m;
    t.cacheWrite1h = r.cacheWrite1h;
    t.output = r.output;
    t.webSearches = r.webSearches;
    t.longContextRequests =
        r.input + r.cacheRead + r.cacheWrite5m + r.cacheWrite1h > AgentTreeLongContextThreshold ? 1 : 0;
    const QString model = QString::fromLatin1(Prices[size_t(r.model)].model);
    t.costNanos =
        agentTreeRequestCostNanos(model, r.input, r.cacheRead, r.cacheWrite5m, r.cacheWrite1h, r.output, r.webSearches);
    t.webSearchCostNanos = r.webSearches * WebSearchNanos;
    const QDate day = QDateTime::fromMSecsSinceEpoch(r.ms, Qt::UTC).date();
    m_answer.byDayModel[{day, model}].add(t);
}

// The next response of a session whose prompt holds `context` tokens: most of it read from the
// cache, the new part written to it; compacted when it gets too long.
Request Generator::nextRequest(Session &s, qint64 &context, qint64 ms)
{
    Request r;
    r.messageId = base62Id("msg_01", ++m_counter, m_rng);
    r.requestId = m_rng.chance(0.01) ? QByteArray() : base62Id("req_011C", m_counter, m_rng);
    r.model = m_rng.chance(0.15) ? Haiku : s.model;   // background requests on Haiku
    r.ms = ms;
    r.cwd = s.cwd;
    r.branch = s.branch;
    const qint64 limit = r.model == Sonnet && s.longContext ? 700000 : 170000;
    qint64 added = m_rng.between(200, 9000);
    if (context + added > limit || context == 0) {
        // A new or compacted conversation, all written; 1M-context sessions carry a large one.
        context = r.model == Sonnet && s.longContext ? m_rng.between(150000, 400000) : m_rng.between(12000, 30000);
        added = context;
    } else {
        context += added;
    }
    r.input = m_rng.between(1, 40);
    const qint64 written = std::min(added, context);
    r.cacheRead = context - written;
    if (s.oneHourCache && m_rng.chance(0.9)) {
        r.cacheWrite1h = written;
    } else if (m_rng.chance(0.05)) {
        r.cacheWrite1h = written / 3;
        r.cacheWrite5m = written - written / 3;
    } else {
        r.cacheWrite5m = written;
    }
    // Never exactly at the threshold: whether 200,000 itself is "over" is not what this tests.
    if (r.input + r.cacheRead + r.cacheWrite5m + r.cacheWrite1h == AgentTreeLongContextThreshold)
        ++r.input;
    r.output = std::clamp<qint64>(m_rng.logNormal(350, 1.0), 8, 32000);
    r.webSearches = m_rng.chance(0.03) ? m_rng.between(1, 3) : 0;
    return r;
}

void Generator::flush(QFile &f, QByteArray &buf, bool force)
{
    if (buf.size() < (1 << 20) && !force)
        return;
    f.write(buf);
    m_answer.bytes += buf.size();
    buf.clear();
}

void Generator::writeSession(qint64 targetBytes, int project)
{
    static const char *const names[] = {"shop", "ledger", "infra", "web-app", "ml.pipeline", "docs",
                                        "api",  "mobile", "cli",   "game",    "site",        "tools"};
    Session s;
    s.id = uuid(m_rng);
    const QByteArray name = names[project % 12] + (project >= 12 ? QByteArray::number(project) : QByteArray());
    s.cwd = "/home/dev/" + name;
    s.branch = m_rng.chance(0.6) ? QByteArray("main") : "feature/" + hex(m_rng, 4);
    const double pick = m_rng.unit();
    s.model = pick < 0.6 ? Sonnet : pick < 0.85 ? Opus : Haiku;
    s.longContext = s.model == Sonnet && m_rng.chance(0.2);
    s.oneHourCache = m_rng.chance(0.25);

    const QString dir = m_root + QStringLiteral("/projects/-home-dev-") + QString::fromLatin1(name).replace(u'.', u'-');
    QDir().mkpath(dir);
    QFile f(dir + u'/' + QString::fromLatin1(s.id) + QStringLiteral(".jsonl"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(f.fileName()));

    // Sessions start at any time of the generated days, a few just before midnight.
    const qint64 dayMs = 86400000;
    const qint64 firstMs = QDateTime(m_options.firstDay, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    qint64 ms = firstMs + m_rng.between(0, m_options.days - 1) * dayMs +
                (m_rng.chance(0.08) ? dayMs - m_rng.between(60000, 1800000) : m_rng.between(0, dayMs - 1));

    QByteArray buf;
    qint64 written = 0;

    // A resumed session first replays responses of an earlier one (their times, their ids; some
    // under a new requestId).
    std::vector<Request> &recent = m_recent[size_t(project)];
    if (!recent.empty() && m_rng.chance(0.2)) {
        const qsizetype n = std::min<qsizetype>(qsizetype(recent.size()), m_rng.between(3, 25));
        for (qsizetype i = qsizetype(recent.size()) - n; i < qsizetype(recent.size()) && buf.size() < targetBytes / 3;
             ++i) {
            Request copy = recent[size_t(i)];
            if (m_rng.chance(0.25) && !copy.requestId.isEmpty()) {
                copy.requestId = base62Id("req_011C", ++m_counter, m_rng);
                ++m_answer.replaysNewRequestId;
            }
            appendAssistant(buf, s, copy, copy.output, copy.ms, uuid(m_rng), assistantContent(m_rng, m_filler));
            ++m_answer.replays;
            ++m_answer.usageLines;
            ++m_answer.lines;
        }
    }

    qint64 context = 0;
    bool sidechain = false;
    appendUser(buf, s, ms, m_rng.between(200, 6000), false, false, m_filler, m_rng);
    ++m_answer.lines;
    while (written + buf.size() < targetBytes) {
        ms += m_rng.chance(0.02) ? m_rng.between(600000, 7200000) : m_rng.between(2000, 90000);
        if (m_rng.chance(0.05))
            sidechain = !sidechain;   // a subagent (Task) works, then hands back
        if (m_rng.chance(0.02)) {     // no API call behind it
            Request r;
            r.messageId = uuid(m_rng);
            appendAssistant(buf, s, r, 0, ms, uuid(m_rng),
                            QByteArray("[{\"type\":\"text\",\"text\":\"No response requested.\"}]"), true);
            ++m_answer.synthetic;
            ++m_answer.usageLines;
            ++m_answer.lines;
            continue;
        }
        Request r = nextRequest(s, context, ms);
        r.sidechain = sidechain;
        // Streaming: snapshots of the same response with growing output, the last one complete.
        const int snapshots = m_rng.chance(0.5) ? 1 : m_rng.chance(0.6) ? 2 : 3;
        r.output = std::max<qint64>(r.output, 2 * snapshots);
        const QByteArray lineUuid = uuid(m_rng);
        const QByteArray content = assistantContent(m_rng, m_filler);
        for (int k = 1; k <= snapshots; ++k) {
            r.ms = ms + (k - 1) * 700;
            appendAssistant(buf, s, r, r.output * k / snapshots, r.ms, lineUuid, content);
            ++m_answer.usageLines;
            ++m_answer.lines;
        }
        m_answer.streamingCopies += snapshots - 1;
        ms = r.ms;
        s.lastUuid = lineUuid;
        count(r);
        if (!r.sidechain) {
            recent.push_back(r);
            if (recent.size() > 64)
                recent.erase(recent.begin(), recent.begin() + 32);
        }
        if (!r.sidechain && m_rng.chance(0.03)) {   // a subagent's copy of the same response
            Request copy = r;
            copy.sidechain = true;
            appendAssistant(buf, s, copy, copy.output, copy.ms, uuid(m_rng), content);
            ++m_answer.replays;
            ++m_answer.usageLines;
            ++m_answer.lines;
        }
        // Tool results make up most of a file; the last one does not overshoot the size by much.
        const qint64 left = std::max<qint64>(targetBytes - written - buf.size(), 256);
        const qint64 padding = std::min(std::clamp<qint64>(m_rng.logNormal(2500, 1.3), 40, 2 << 20), left);
        appendUser(buf, s, ms + 1500, padding, true, sidechain, m_filler, m_rng);
        ++m_answer.lines;
        if (buf.size() >= (1 << 20)) {
            written += buf.size();
            flush(f, buf, true);
        }
    }
    written += buf.size();
    flush(f, buf, true);
    ++m_answer.files;
    m_answer.largestFileBytes = std::max(m_answer.largestFileBytes, written);
}

}   // namespace

qint64 agentTreeRequestCostNanos(const QString &model, qint64 input, qint64 cacheRead, qint64 cacheWrite5m,
                                 qint64 cacheWrite1h, qint64 output, qint64 webSearches)
{
    for (const Price &p : Prices) {
        if (model != QLatin1String(p.model))
            continue;
        const bool longContext =
            p.lcInput > 0 && input + cacheRead + cacheWrite5m + cacheWrite1h > AgentTreeLongContextThreshold;
        if (longContext)
            return input * p.lcInput + cacheRead * p.lcCacheRead + cacheWrite5m * p.lcCacheWrite5m +
                   cacheWrite1h * p.lcCacheWrite1h + output * p.lcOutput + webSearches * WebSearchNanos;
        return input * p.input + cacheRead * p.cacheRead + cacheWrite5m * p.cacheWrite5m +
               cacheWrite1h * p.cacheWrite1h + output * p.output + webSearches * WebSearchNanos;
    }
    return -1;
}

AgentTreeAnswer generateClaudeTree(const QString &root, const AgentTreeOptions &options)
{
    return Generator(root, options).run();
}

}   // namespace tl::test
