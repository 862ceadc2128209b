#include "agentwatcher.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <functional>

Q_LOGGING_CATEGORY(lcAgentWatch, "tl.agents.watch")

namespace tl {

namespace {

QString clean(const QString &path)
{
    return QDir::cleanPath(QDir(path).absolutePath());
}

// The directories of `parent` (one level).
QStringList subdirectories(const QString &parent)
{
    QStringList out;
    const QDir dir(parent);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        out.append(clean(dir.filePath(name)));
    return out;
}

std::pair<qint64, qint64> stampOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {-1, -1};
    // A folder's "size" is its number of entries: two files made within one clock tick still differ.
    return {info.isDir() ? qint64(QDir(path).count()) : info.size(), info.lastModified().toMSecsSinceEpoch()};
}

void addIfDir(QSet<QString> *dirs, const QString &path)
{
    if (QFileInfo(path).isDir())
        dirs->insert(clean(path));
}

}   // namespace

AgentWatcher::AgentWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this](const QString &path) { onEvent(path, true); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) { onEvent(path, false); });
}

AgentWatcher::~AgentWatcher() = default;

void AgentWatcher::setSources(const QList<Source> &sources)
{
    m_sources = sources;
    // Timers of accounts that are gone go too.
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        const qint64 id = it.key();
        const bool kept =
            std::any_of(sources.cbegin(), sources.cend(), [id](const Source &s) { return s.accountId == id; });
        if (kept) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_timers.erase(it);
    }
    rescan();
}

void AgentWatcher::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (!enabled) {
        for (QTimer *timer : std::as_const(m_timers))
            timer->stop();
    }
    rescan();
}

void AgentWatcher::setDebounceMs(int ms)
{
    m_debounceMs = std::max(0, ms);
    for (QTimer *timer : std::as_const(m_timers))
        timer->setInterval(m_debounceMs);
}

QStringList AgentWatcher::watchedDirectories() const
{
    return m_watcher->directories();
}

QStringList AgentWatcher::watchedFiles() const
{
    return m_watcher->files();
}

void AgentWatcher::collect(const Source &source, QSet<QString> *dirs, QHash<QString, qint64> *files) const
{
    for (const QString &folder : source.folders) {
        if (!QFileInfo(folder).isDir())
            continue;
        const QDir home(folder);
        switch (source.kind) {
        case AgentKind::ClaudeCode: {
            // The agent's home (projects/ may appear later), projects/ and each project folder.
            addIfDir(dirs, folder);
            const QString projects =
                home.exists(QStringLiteral("projects")) ? home.filePath(QStringLiteral("projects")) : folder;
            addIfDir(dirs, projects);
            for (const QString &project : subdirectories(projects))
                dirs->insert(project);
            break;
        }
        case AgentKind::CodexCli: {
            // sessions/YYYY/MM/DD: today's chain (and yesterday's, around midnight), so a new year,
            // month or day folder is seen when it appears.
            addIfDir(dirs, folder);
            const QString sessions =
                home.exists(QStringLiteral("sessions")) ? home.filePath(QStringLiteral("sessions")) : folder;
            addIfDir(dirs, sessions);
            const QDate today = QDate::currentDate();   // Codex names its day folders in local time
            for (const QDate &day : {today.addDays(-1), today}) {
                const QString year = QDir(sessions).filePath(QString::number(day.year()));
                const QString month =
                    QDir(year).filePath(QStringLiteral("%1").arg(day.month(), 2, 10, QLatin1Char('0')));
                addIfDir(dirs, year);
                addIfDir(dirs, month);
                addIfDir(dirs, QDir(month).filePath(QStringLiteral("%1").arg(day.day(), 2, 10, QLatin1Char('0'))));
            }
            break;
        }
        case AgentKind::GeminiCli: {
            addIfDir(dirs, folder);
            const QString tmp = home.exists(QStringLiteral("tmp")) ? home.filePath(QStringLiteral("tmp")) : folder;
            addIfDir(dirs, tmp);
            for (const QString &project : subdirectories(tmp)) {
                dirs->insert(project);
                addIfDir(dirs, QDir(project).filePath(QStringLiteral("chats")));
            }
            break;
        }
        }
    }
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - qint64(m_recentHours) * 3600 * 1000;
    for (const AgentLogFile &file : listAgentLogFiles(source.kind, source.folders)) {
        if (file.mtimeMs >= since)
            files->insert(file.path, file.mtimeMs);
    }
}

void AgentWatcher::rescan()
{
    QSet<QString> wantedDirs;
    QHash<QString, qint64> wantedFiles;   // path -> modification time
    QHash<QString, QSet<qint64>> owners;
    if (m_enabled) {
        for (const Source &source : std::as_const(m_sources)) {
            QSet<QString> dirs;
            QHash<QString, qint64> files;
            collect(source, &dirs, &files);
            for (const QString &d : std::as_const(dirs))
                owners[d].insert(source.accountId);
            for (auto it = files.cbegin(); it != files.cend(); ++it)
                owners[it.key()].insert(source.accountId);
            wantedDirs.unite(dirs);
            wantedFiles.insert(files);
        }
    }
    // The most recent files first, up to the cap.
    QList<std::pair<qint64, QString>> recent;
    for (auto it = wantedFiles.cbegin(); it != wantedFiles.cend(); ++it)
        recent.append({it.value(), it.key()});
    std::sort(recent.begin(), recent.end(), std::greater<>());
    if (recent.size() > MaxWatchedFiles)
        recent.resize(MaxWatchedFiles);
    QSet<QString> keepFiles;
    for (const auto &entry : std::as_const(recent))
        keepFiles.insert(entry.second);

    QStringList drop;
    for (const QString &d : m_watcher->directories()) {
        if (!wantedDirs.contains(d))
            drop.append(d);
    }
    for (const QString &f : m_watcher->files()) {
        if (!keepFiles.contains(f))
            drop.append(f);
    }
    if (!drop.isEmpty())
        m_watcher->removePaths(drop);
    const QStringList haveDirs = m_watcher->directories();
    const QStringList haveFiles = m_watcher->files();
    QStringList add;
    for (const QString &d : std::as_const(wantedDirs)) {
        if (!haveDirs.contains(d))
            add.append(d);
    }
    for (const QString &f : std::as_const(keepFiles)) {
        if (!haveFiles.contains(f))
            add.append(f);
    }
    if (!add.isEmpty()) {
        const QStringList failed = m_watcher->addPaths(add);
        if (!failed.isEmpty())
            qCWarning(lcAgentWatch) << "could not watch" << failed.size() << "paths, e.g." << failed.first();
    }
    m_owners = std::move(owners);
    QHash<QString, std::pair<qint64, qint64>> stamps;
    for (const QString &path : m_owners.keys())
        stamps.insert(path, m_stamps.contains(path) ? m_stamps.value(path) : stampOf(path));
    m_stamps = std::move(stamps);
}

bool AgentWatcher::changedSinceSeen(const QString &path)
{
    const std::pair<qint64, qint64> now = stampOf(path);
    const auto it = m_stamps.find(path);
    const bool changed = it == m_stamps.end() || it.value() != now;
    m_stamps.insert(path, now);
    return changed;
}

void AgentWatcher::onEvent(const QString &path, bool directory)
{
    if (!m_enabled)
        return;
    const QSet<qint64> accounts = m_owners.value(path);
    if (!changedSinceSeen(path))
        return;   // only its access time or attributes changed
    if (directory) {
        // A new file, project or day folder: watch it from now on.
        rescan();
    } else if (QFileInfo::exists(path)) {
        // A file written by replacement (Gemini rewrites its session file) is a new inode: watch again.
        m_watcher->removePath(path);
        m_watcher->addPath(path);
    }
    for (qint64 id : accounts)
        touch(id);
}

void AgentWatcher::touch(qint64 accountId)
{
    QTimer *&timer = m_timers[accountId];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setInterval(m_debounceMs);
        connect(timer, &QTimer::timeout, this, [this, accountId] {
            if (m_enabled)
                emit changed(accountId);
        });
    }
    // Started by the first write of a burst and not restarted: later writes of the burst fold into
    // it, and an agent writing without pause still gets an import every debounce.
    if (!timer->isActive())
        timer->start();
}

}   // namespace tl
