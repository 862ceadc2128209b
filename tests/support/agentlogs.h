#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace tl {
class PricingCatalog;
}

namespace tl::test {

// One Claude Code request as its transcript logs it (an assistant line with usage), for tests
// and demo profiles that need agent data at chosen times.
struct ClaudeRequest
{
    QString id;   // unique: message and request ids derive from it
    QDateTime time;
    QString model = QStringLiteral("claude-sonnet-4-5-20250929");
    qint64 input = 0;
    qint64 cacheRead = 0;
    qint64 write5m = 0;
    qint64 write1h = 0;
    qint64 output = 0;
    QString session = QStringLiteral("s-1");
    QString cwd = QStringLiteral("/home/dev/shop");
    QString branch = QStringLiteral("main");
};
QByteArray claudeRequestLine(const ClaudeRequest &request);

// Appends `lines` to `folder`/projects/<project>/<session>.jsonl (creating folders).
bool appendClaudeLog(const QString &folder, const QString &project, const QString &session, const QByteArray &lines);

// Imports the agent account's folders through core as `agents import` does; false with *error.
bool importAgentAccount(QSqlDatabase db, const PricingCatalog &catalog, qint64 accountId, QString *error = nullptr);

// A demo tree of the three agents' logs relative to `now` (claude/, codex/, gemini/ under `root`):
// a fortnight of Claude Code work over three projects with a 5-hour window active at `now`, Codex
// sessions whose last line logs its 5-hour and weekly limits, and a Gemini CLI chat.
bool writeDemoAgentLogs(const QString &root, const QDateTime &now);

}   // namespace tl::test
