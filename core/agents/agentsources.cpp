#include "agentsources.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace tl {

namespace {

struct KindInfo
{
    AgentKind kind;
    const char *provider;
    const char *pricing;
    const char *name;
    const char *option;
};

constexpr KindInfo Kinds[] = {
    {AgentKind::ClaudeCode, "claude-code", "anthropic", QT_TRANSLATE_NOOP("tl::Agents", "Claude Code"), "claude"},
    {AgentKind::CodexCli, "codex-cli", "openai", QT_TRANSLATE_NOOP("tl::Agents", "Codex CLI"), "codex"},
    {AgentKind::GeminiCli, "gemini-cli", "google", QT_TRANSLATE_NOOP("tl::Agents", "Gemini CLI"), "gemini"},
};

const KindInfo &info(AgentKind kind)
{
    for (const KindInfo &k : Kinds) {
        if (k.kind == kind)
            return k;
    }
    return Kinds[0];
}

QString clean(const QString &path)
{
    return QDir::cleanPath(QDir(path).absolutePath());
}

// The folder to walk for a kind: the log folder inside an agent home when there is one.
QStringList walkRoots(AgentKind kind, const QString &folder)
{
    const QDir dir(folder);
    switch (kind) {
    case AgentKind::ClaudeCode:
        return {dir.exists(QStringLiteral("projects")) ? clean(dir.filePath(QStringLiteral("projects")))
                                                       : clean(folder)};
    case AgentKind::CodexCli: {
        QStringList roots;
        for (const char *sub : {"sessions", "archived_sessions"}) {
            if (dir.exists(QLatin1String(sub)))
                roots.append(clean(dir.filePath(QLatin1String(sub))));
        }
        if (roots.isEmpty())
            roots.append(clean(folder));
        return roots;
    }
    case AgentKind::GeminiCli:
        return {dir.exists(QStringLiteral("tmp")) ? clean(dir.filePath(QStringLiteral("tmp"))) : clean(folder)};
    }
    return {clean(folder)};
}

bool wanted(AgentKind kind, const QFileInfo &file, bool *wholeDocument)
{
    const QString name = file.fileName();
    *wholeDocument = false;
    switch (kind) {
    case AgentKind::ClaudeCode:
        return name.endsWith(u".jsonl");
    case AgentKind::CodexCli:
        return name.startsWith(u"rollout-") && name.endsWith(u".jsonl");
    case AgentKind::GeminiCli:
        if (!name.startsWith(u"session-") || file.dir().dirName() != u"chats")
            return false;
        *wholeDocument = name.endsWith(u".json");
        return *wholeDocument || name.endsWith(u".jsonl");
    }
    return false;
}

}   // namespace

QList<AgentKind> allAgentKinds()
{
    return {AgentKind::ClaudeCode, AgentKind::CodexCli, AgentKind::GeminiCli};
}

QString agentProviderId(AgentKind kind)
{
    return QLatin1String(info(kind).provider);
}

std::optional<AgentKind> agentKindForProvider(QStringView provider)
{
    for (const KindInfo &k : Kinds) {
        if (provider == QLatin1String(k.provider))
            return k.kind;
    }
    return std::nullopt;
}

bool isAgentProvider(QStringView provider)
{
    return agentKindForProvider(provider).has_value();
}

QString agentPricingProvider(const QString &provider)
{
    if (const auto kind = agentKindForProvider(provider))
        return QLatin1String(info(*kind).pricing);
    return provider;
}

QString agentProviderPricedBy(QStringView catalogProvider)
{
    for (const KindInfo &k : Kinds) {
        if (catalogProvider == QLatin1String(k.pricing))
            return QLatin1String(k.provider);
    }
    return {};
}

QString agentDisplayName(AgentKind kind)
{
    return QCoreApplication::translate("tl::Agents", info(kind).name);
}

QString agentDefaultLabel(AgentKind kind)
{
    return QCoreApplication::translate("tl::Agents", "%1 on this computer").arg(agentDisplayName(kind));
}

QString agentOptionName(AgentKind kind)
{
    return QLatin1String(info(kind).option);
}

QStringList defaultAgentFolders(AgentKind kind, const QProcessEnvironment &env, const QString &home)
{
    const QDir h(home);
    QStringList folders;
    switch (kind) {
    case AgentKind::ClaudeCode: {
        const QString configured = env.value(QStringLiteral("CLAUDE_CONFIG_DIR")).trimmed();
        if (!configured.isEmpty()) {
            for (const QString &part : configured.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!part.trimmed().isEmpty())
                    folders.append(clean(part.trimmed()));
            }
        }
        if (folders.isEmpty())
            folders = {clean(h.filePath(QStringLiteral(".config/claude"))),
                       clean(h.filePath(QStringLiteral(".claude")))};
        break;
    }
    case AgentKind::CodexCli: {
        const QString configured = env.value(QStringLiteral("CODEX_HOME")).trimmed();
        folders = {configured.isEmpty() ? clean(h.filePath(QStringLiteral(".codex"))) : clean(configured)};
        break;
    }
    case AgentKind::GeminiCli: {
        const QString configured = env.value(QStringLiteral("GEMINI_DATA_DIR")).trimmed();
        folders = {configured.isEmpty() ? clean(h.filePath(QStringLiteral(".gemini"))) : clean(configured)};
        break;
    }
    }
    folders.removeDuplicates();
    return folders;
}

QList<DetectedAgentSource> detectAgentSources(const QProcessEnvironment &env, const QString &home)
{
    QList<DetectedAgentSource> found;
    for (AgentKind kind : allAgentKinds()) {
        DetectedAgentSource source{kind, {}, 0};
        for (const QString &folder : defaultAgentFolders(kind, env, home)) {
            const int files = int(listAgentLogFiles(kind, {folder}, 1000).size());
            if (files > 0) {
                source.folders.append(folder);
                source.files += files;
            }
        }
        if (!source.folders.isEmpty())
            found.append(source);
    }
    return found;
}

QList<AgentLogFile> listAgentLogFiles(AgentKind kind, const QStringList &folders, int limit)
{
    QList<AgentLogFile> files;
    QSet<QString> seen;
    // Codex: the copy under sessions/ wins over archived_sessions/ (same rollout file name).
    QSet<QString> codexLive;
    QList<AgentLogFile> codexArchived;
    for (const QString &folder : folders) {
        for (const QString &root : walkRoots(kind, folder)) {
            if (!QFileInfo(root).isDir())
                continue;
            const bool archived = kind == AgentKind::CodexCli && QFileInfo(root).fileName() == u"archived_sessions";
            QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                const QFileInfo fi = it.fileInfo();
                bool whole = false;
                if (!wanted(kind, fi, &whole))
                    continue;
                const QString path = clean(fi.absoluteFilePath());
                if (seen.contains(path))
                    continue;
                seen.insert(path);
                AgentLogFile f{path, fi.size(), fi.lastModified().toMSecsSinceEpoch(), whole};
                if (archived) {
                    codexArchived.append(f);
                } else {
                    if (kind == AgentKind::CodexCli)
                        codexLive.insert(fi.fileName());
                    files.append(f);
                }
                if (limit > 0 && files.size() + codexArchived.size() >= limit)
                    break;
            }
        }
    }
    for (const AgentLogFile &f : std::as_const(codexArchived)) {
        if (!codexLive.contains(QFileInfo(f.path).fileName()))
            files.append(f);
    }
    std::sort(files.begin(), files.end(), [](const AgentLogFile &a, const AgentLogFile &b) { return a.path < b.path; });
    return files;
}

}   // namespace tl
