#include "agentlogs.h"

#include "agents/agentimporter.h"
#include "common/clock.h"
#include "storage/accountrepository.h"
#include "storage/agentrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl::test {

QByteArray claudeRequestLine(const ClaudeRequest &r)
{
    QJsonObject cacheCreation;
    cacheCreation.insert(QStringLiteral("ephemeral_5m_input_tokens"), r.write5m);
    cacheCreation.insert(QStringLiteral("ephemeral_1h_input_tokens"), r.write1h);
    QJsonObject usage;
    usage.insert(QStringLiteral("input_tokens"), r.input);
    usage.insert(QStringLiteral("cache_read_input_tokens"), r.cacheRead);
    usage.insert(QStringLiteral("cache_creation_input_tokens"), r.write5m + r.write1h);
    usage.insert(QStringLiteral("cache_creation"), cacheCreation);
    usage.insert(QStringLiteral("output_tokens"), r.output);
    QJsonObject message;
    message.insert(QStringLiteral("id"), QString(QStringLiteral("msg_") + r.id));
    message.insert(QStringLiteral("model"), r.model);
    message.insert(QStringLiteral("usage"), usage);
    QJsonObject line;
    line.insert(QStringLiteral("type"), QStringLiteral("assistant"));
    line.insert(QStringLiteral("timestamp"), r.time.toUTC().toString(Qt::ISODateWithMs));
    line.insert(QStringLiteral("sessionId"), r.session);
    line.insert(QStringLiteral("cwd"), r.cwd);
    line.insert(QStringLiteral("gitBranch"), r.branch);
    line.insert(QStringLiteral("isSidechain"), false);
    line.insert(QStringLiteral("uuid"), QString(QStringLiteral("u-") + r.id));
    line.insert(QStringLiteral("requestId"), QString(QStringLiteral("req_") + r.id));
    line.insert(QStringLiteral("message"), message);
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

bool appendClaudeLog(const QString &folder, const QString &project, const QString &session, const QByteArray &lines)
{
    const QString dir = folder + QStringLiteral("/projects/") + project;
    if (!QDir().mkpath(dir))
        return false;
    QFile f(dir + QLatin1Char('/') + session + QStringLiteral(".jsonl"));
    return f.open(QIODevice::Append) && f.write(lines) == lines.size();
}

bool importAgentAccount(QSqlDatabase db, const PricingCatalog &catalog, qint64 accountId, QString *error)
{
    const std::optional<Account> account = AccountRepository(db).find(accountId);
    if (!account) {
        if (error)
            *error = QStringLiteral("no account %1").arg(accountId);
        return false;
    }
    SystemClock clock;
    AgentImporter importer(db, catalog, clock);
    const AgentImportResult r = importer.run(*account, AgentRepository(db).folders(accountId), QStringLiteral("cli"));
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject codexUsage(qint64 input, qint64 cached, qint64 output)
{
    return QJsonObject{{QStringLiteral("input_tokens"), input},
                       {QStringLiteral("cached_input_tokens"), cached},
                       {QStringLiteral("output_tokens"), output},
                       {QStringLiteral("reasoning_output_tokens"), output / 3},
                       {QStringLiteral("total_tokens"), input + output}};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

}   // namespace

bool writeDemoAgentLogs(const QString &root, const QDateTime &now)
{
    // Claude Code: 14 days, a few bursts a day over three projects; the last burst is under way.
    const QString claude = root + QStringLiteral("/claude");
    const QString projects[] = {QStringLiteral("/home/dev/shop"), QStringLiteral("/home/dev/blog"),
                                QStringLiteral("/home/dev/infra")};
    const QString branches[] = {QStringLiteral("main"), QStringLiteral("feature/cart"), QStringLiteral("fix/login")};
    int n = 0;
    for (int day = 13; day >= 0; --day) {
        for (int burst = 0; burst < 3; ++burst) {
            const QDateTime start = now.addDays(-day).addSecs(-(burst == 0 ? 14 : burst == 1 ? 8 : 3) * 3600);
            if (start > now)
                continue;
            const int p = (day + burst) % 3;
            const QString session = QStringLiteral("sess-%1-%2").arg(day).arg(burst);
            QByteArray lines;
            for (int i = 0; i < 30; ++i) {
                ClaudeRequest r;
                r.id = QStringLiteral("demo%1").arg(++n);
                r.time = start.addSecs(i * 300);
                if (r.time > now)
                    break;
                r.model = i % 5 == 4 ? QStringLiteral("claude-haiku-4-5-20251001")
                                     : QStringLiteral("claude-sonnet-4-5-20250929");
                r.input = 800 + (n * 37) % 900;
                r.cacheRead = 80000 + (n * 7919) % 120000;
                r.write5m = (n * 131) % 4000;
                r.output = 1500 + (n * 53) % 3000;
                r.session = session;
                r.cwd = projects[p];
                r.branch = branches[(day + i / 10) % 3];
                lines += claudeRequestLine(r);
            }
            if (!lines.isEmpty() &&
                !appendClaudeLog(claude, QString(projects[p]).replace(QLatin1Char('/'), QLatin1Char('-')), session,
                                 lines))
                return false;
        }
    }

    // Codex CLI: a session a day for a week; the latest logs its limits 40 minutes ago.
    for (int day = 6; day >= 0; --day) {
        const QDateTime start = now.addDays(-day).addSecs(-2 * 3600);
        const QString id = QStringLiteral("0199a1b2-0000-7000-8000-0000000000%1").arg(10 + day);
        QByteArray lines = compact(
            {{QStringLiteral("timestamp"), start.toString(Qt::ISODateWithMs)},
             {QStringLiteral("type"), QStringLiteral("session_meta")},
             {QStringLiteral("payload"),
              QJsonObject{{QStringLiteral("id"), id},
                          {QStringLiteral("timestamp"), start.toString(Qt::ISODateWithMs)},
                          {QStringLiteral("cwd"), QStringLiteral("/home/dev/shop")},
                          {QStringLiteral("originator"), QStringLiteral("codex_cli_rs")},
                          {QStringLiteral("source"), QStringLiteral("cli")},
                          {QStringLiteral("git"), QJsonObject{{QStringLiteral("branch"), branches[day % 3]}}}}}});
        lines += compact(
            {{QStringLiteral("timestamp"), start.toString(Qt::ISODateWithMs)},
             {QStringLiteral("type"), QStringLiteral("turn_context")},
             {QStringLiteral("payload"), QJsonObject{{QStringLiteral("cwd"), QStringLiteral("/home/dev/shop")},
                                                     {QStringLiteral("model"), QStringLiteral("gpt-5-codex")}}}});
        qint64 input = 0, cached = 0, output = 0;
        for (int i = 0; i < 40; ++i) {
            const QDateTime t = start.addSecs(i * 150);
            const qint64 in = 60000 + i * 1500, ca = 50000 + i * 1000, out = 2000 + i * 90;
            input += in;
            cached += ca;
            output += out;
            const qint64 resetsPrimary = now.addSecs(2 * 3600 + 20 * 60).toSecsSinceEpoch();
            const qint64 resetsWeekly = now.addDays(3).addSecs(4 * 3600).toSecsSinceEpoch();
            QJsonObject limits{
                {QStringLiteral("primary"), QJsonObject{{QStringLiteral("used_percent"), 20.0 + i * 1.25},
                                                        {QStringLiteral("window_minutes"), 300},
                                                        {QStringLiteral("resets_at"), resetsPrimary}}},
                {QStringLiteral("secondary"), QJsonObject{{QStringLiteral("used_percent"), 31.0 + i * 0.25},
                                                          {QStringLiteral("window_minutes"), 10080},
                                                          {QStringLiteral("resets_at"), resetsWeekly}}},
                {QStringLiteral("plan_type"), QStringLiteral("plus")}};
            lines += compact(
                {{QStringLiteral("timestamp"), t.toString(Qt::ISODateWithMs)},
                 {QStringLiteral("type"), QStringLiteral("event_msg")},
                 {QStringLiteral("payload"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("token_count")},
                              {QStringLiteral("info"),
                               QJsonObject{{QStringLiteral("total_token_usage"), codexUsage(input, cached, output)},
                                           {QStringLiteral("last_token_usage"), codexUsage(in, ca, out)},
                                           {QStringLiteral("model_context_window"), 272000}}},
                              {QStringLiteral("rate_limits"), limits}}}});
        }
        const QDate d = start.date();
        const QString path = root + QStringLiteral("/codex/sessions/%1/%2/%3/rollout-%4-%5.jsonl")
                                        .arg(d.year())
                                        .arg(d.month(), 2, 10, QLatin1Char('0'))
                                        .arg(d.day(), 2, 10, QLatin1Char('0'))
                                        .arg(start.toString(QStringLiteral("yyyy-MM-ddTHH-mm-ss")), id);
        if (!writeFile(path, lines))
            return false;
    }

    // Gemini CLI: one chat yesterday.
    QJsonArray messages;
    const QDateTime chat = now.addDays(-1);
    for (int i = 0; i < 6; ++i) {
        messages.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("m%1").arg(i)},
                        {QStringLiteral("timestamp"), chat.addSecs(i * 120).toString(Qt::ISODateWithMs)},
                        {QStringLiteral("type"), QStringLiteral("gemini")},
                        {QStringLiteral("content"), QStringLiteral("ok")},
                        {QStringLiteral("tokens"), QJsonObject{{QStringLiteral("input"), 14000 + i * 2000},
                                                               {QStringLiteral("output"), 600},
                                                               {QStringLiteral("cached"), 6000},
                                                               {QStringLiteral("thoughts"), 200},
                                                               {QStringLiteral("tool"), 0},
                                                               {QStringLiteral("total"), 14800 + i * 2000}}},
                        {QStringLiteral("model"), QStringLiteral("gemini-2.5-pro")}});
    }
    const QJsonObject session{{QStringLiteral("sessionId"), QStringLiteral("1a2b3c4d-1111-2222-3333-444455556677")},
                              {QStringLiteral("projectHash"), QStringLiteral("5e2b8c0a")},
                              {QStringLiteral("startTime"), chat.toString(Qt::ISODateWithMs)},
                              {QStringLiteral("lastUpdated"), chat.addSecs(600).toString(Qt::ISODateWithMs)},
                              {QStringLiteral("messages"), messages}};
    return writeFile(root + QStringLiteral("/gemini/tmp/5e2b8c0a/chats/session-demo.json"),
                     QJsonDocument(session).toJson());
}

}   // namespace tl::test
