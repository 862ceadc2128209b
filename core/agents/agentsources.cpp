#include "agentsources.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

// The POSIX walk below, or (elsewhere, and in builds with TOKENLEDGER_PORTABLE_FALLBACKS, so it is
// compiled and tested here too) the portable one with QDirIterator.
#if defined(Q_OS_UNIX) && !defined(TOKENLEDGER_PORTABLE_FALLBACKS)
#define TL_POSIX_WALK 1
#endif

#if defined(TL_POSIX_WALK)
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

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

bool wanted(AgentKind kind, QStringView name, QStringView parentDir, bool *wholeDocument)
{
    *wholeDocument = false;
    switch (kind) {
    case AgentKind::ClaudeCode:
        return name.endsWith(u".jsonl");
    case AgentKind::CodexCli:
        return name.startsWith(u"rollout-") && name.endsWith(u".jsonl");
    case AgentKind::GeminiCli:
        if (!name.startsWith(u"session-") || parentDir != u"chats")
            return false;
        *wholeDocument = name.endsWith(u".json");
        return *wholeDocument || name.endsWith(u".jsonl");
    }
    return false;
}

// Calls `visit(path, name, parentDirName, size, mtimeMs)` for every file under `root` (symbolic
// links to files included, links to folders not followed). On POSIX with the directory's own file
// descriptor (fstatat: no path resolution per file, one stat each); 20,000 files take a few ms.
template <typename Visit> void walkFiles(const QString &root, Visit visit)
{
#if defined(TL_POSIX_WALK)
    struct Walker
    {
        Visit &visit;
        void walk(int dirFd, const QString &path, const QString &dirName, int depth)
        {
            DIR *dir = fdopendir(dirFd);
            if (!dir) {
                ::close(dirFd);
                return;
            }
            while (const dirent *entry = readdir(dir)) {
                const char *name = entry->d_name;
                if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
                    continue;
                bool isDir = entry->d_type == DT_DIR;
                bool isFile = entry->d_type == DT_REG || entry->d_type == DT_LNK || entry->d_type == DT_UNKNOWN;
                struct stat st;
                if (isFile) {
                    if (fstatat(::dirfd(dir), name, &st, 0) != 0)
                        continue;
                    if (S_ISDIR(st.st_mode)) {
                        // Only a real folder is entered (an unknown type is checked without following).
                        struct stat own;
                        isDir = entry->d_type == DT_UNKNOWN &&
                                fstatat(::dirfd(dir), name, &own, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(own.st_mode);
                        isFile = false;
                    } else {
                        isFile = S_ISREG(st.st_mode);
                    }
                }
                const QString fileName = QFile::decodeName(name);
                if (isDir && depth < 32) {
                    const int child = openat(::dirfd(dir), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                    if (child >= 0)
                        walk(child, path + QLatin1Char('/') + fileName, fileName, depth + 1);
                } else if (isFile) {
                    visit(path + QLatin1Char('/') + fileName, fileName, dirName, qint64(st.st_size),
                          qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1'000'000);
                }
            }
            closedir(dir);
        }
    };
    const int fd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    Walker{visit}.walk(fd, root, QFileInfo(root).fileName(), 0);
#else
    // One folder at a time, so that a folder reached through a symbolic link or a junction is never
    // entered (as O_NOFOLLOW above); links to files are read.
    struct Walker
    {
        Visit &visit;
        void walk(const QString &path, const QString &dirName, int depth)
        {
            QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
            while (it.hasNext()) {
                it.next();
                const QFileInfo fi = it.fileInfo();
                if (fi.isDir()) {
                    if (!fi.isSymLink() && !fi.isJunction() && depth < 32)
                        walk(fi.filePath(), fi.fileName(), depth + 1);
                } else if (fi.isFile()) {
                    visit(fi.filePath(), fi.fileName(), dirName, fi.size(),
                          fi.lastModified().toUTC().toMSecsSinceEpoch());
                }
            }
        }
    };
    Walker{visit}.walk(root, QFileInfo(root).fileName(), 0);
#endif
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
            walkFiles(root, [&](const QString &path, const QString &name, const QString &parentDir, qint64 size,
                                qint64 mtimeMs) {
                bool whole = false;
                if ((limit > 0 && files.size() + codexArchived.size() >= limit) ||
                    !wanted(kind, name, parentDir, &whole))
                    return;
                // The roots are clean and absolute, so these paths are too.
                if (seen.contains(path))
                    return;
                seen.insert(path);
                const AgentLogFile f{path, size, mtimeMs, whole};
                if (archived) {
                    codexArchived.append(f);
                } else {
                    if (kind == AgentKind::CodexCli)
                        codexLive.insert(name);
                    files.append(f);
                }
            });
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
