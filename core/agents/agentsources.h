#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace tl {

// The coding agents whose local logs TokenLedger reads. Each is an account of its own provider id
// ("claude-code", "codex-cli", "gemini-cli"), priced from its vendor's catalog entries.
enum class AgentKind
{
    ClaudeCode,
    CodexCli,
    GeminiCli,
};

QList<AgentKind> allAgentKinds();
QString agentProviderId(AgentKind kind);
std::optional<AgentKind> agentKindForProvider(QStringView provider);
bool isAgentProvider(QStringView provider);
// The catalog provider whose prices an agent's requests are billed at ("claude-code" -> "anthropic");
// the id itself for any other provider.
QString agentPricingProvider(const QString &provider);
// The agent provider priced from a catalog provider ("anthropic" -> "claude-code"), or "".
QString agentProviderPricedBy(QStringView catalogProvider);
// "Claude Code", "Codex CLI", "Gemini CLI".
QString agentDisplayName(AgentKind kind);
// The label a detected source's account gets: "Claude Code on this computer".
QString agentDefaultLabel(AgentKind kind);
// The command-line option naming a folder of this kind: "claude", "codex", "gemini".
QString agentOptionName(AgentKind kind);

// The folders an agent writes its logs to by default, in the order the agent itself looks
// (environment variables first), whether or not they exist:
// - Claude Code: every folder of CLAUDE_CONFIG_DIR (comma-separated), else ~/.config/claude and
//   ~/.claude (each holds projects/).
// - Codex CLI: $CODEX_HOME, else ~/.codex (sessions/ and archived_sessions/).
// - Gemini CLI: $GEMINI_DATA_DIR, else ~/.gemini (tmp/<project hash>/chats/).
QStringList defaultAgentFolders(AgentKind kind, const QProcessEnvironment &env, const QString &home);

// The default folders that exist and hold at least one log file (what "detected" means).
struct DetectedAgentSource
{
    AgentKind kind;
    QStringList folders;
    int files = 0;   // log files found (a quick count, capped)
};
QList<DetectedAgentSource> detectAgentSources(const QProcessEnvironment &env, const QString &home);

// One log file of an agent source.
struct AgentLogFile
{
    QString path;   // absolute
    qint64 size = 0;
    qint64 mtimeMs = 0;
    bool wholeDocument = false;   // Gemini session-*.json: one JSON document, rewritten whole
};

// Every log file under `folders` for this kind (sorted by path; a file found twice once). A folder
// may be the agent's home (~/.claude, ~/.codex, ~/.gemini) or the log folder inside it (projects/,
// sessions/, tmp/). Codex: a rollout under sessions/ wins over its copy in archived_sessions/.
// `limit` > 0 stops after that many files (detection).
QList<AgentLogFile> listAgentLogFiles(AgentKind kind, const QStringList &folders, int limit = 0);

}   // namespace tl
