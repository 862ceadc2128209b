#pragma once

#include "agentsources.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace tl {

// Follows coding agents' log folders live: watches the directories where new logs appear (Claude
// Code: projects/ and each projects/<project>/; Codex CLI: sessions/ down to today's YYYY/MM/DD, so a
// new day folder is seen; Gemini CLI: tmp/, tmp/<hash>/ and tmp/<hash>/chats/) and the log files
// modified recently, and emits changed(accountId) once per burst of writes (a debounce started by
// the first write, so a busy agent still gives one import per debounce). Directories are re-scanned
// when they change, so new files and folders are watched too. Off until setEnabled(true). May live
// on a thread of its own (the scans touch the disk); reads nothing but directory listings.
class AgentWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentWatcher)

public:
    struct Source
    {
        qint64 accountId = 0;
        AgentKind kind = AgentKind::ClaudeCode;
        QStringList folders;
    };

    explicit AgentWatcher(QObject *parent = nullptr);
    ~AgentWatcher() override;

    void setSources(const QList<Source> &sources);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setDebounceMs(int ms);
    int debounceMs() const { return m_debounceMs; }
    // Files modified within this many hours are watched for appends (default 48).
    void setRecentHours(int hours) { m_recentHours = hours; }
    // What is watched now (tests, diagnostics).
    QStringList watchedDirectories() const;
    QStringList watchedFiles() const;

    // The most log files watched at once (inotify watches are a per-user resource).
    static constexpr int MaxWatchedFiles = 400;

signals:
    void changed(qint64 accountId);

private:
    void rescan();
    void onEvent(const QString &path, bool directory);
    void touch(qint64 accountId);
    bool changedSinceSeen(const QString &path);
    void collect(const Source &source, QSet<QString> *dirs, QHash<QString, qint64> *files) const;

    QFileSystemWatcher *m_watcher = nullptr;
    QList<Source> m_sources;
    QHash<QString, QSet<qint64>> m_owners;   // watched path -> accounts it belongs to
    QHash<qint64, QTimer *> m_timers;        // debounce, per account
    // Size and modification time of each watched path when last seen: an event that changes
    // neither (the importer reading a file or listing a folder updates its access time) is no news.
    QHash<QString, std::pair<qint64, qint64>> m_stamps;
    bool m_enabled = false;
    int m_debounceMs = 2000;
    int m_recentHours = 48;
};

}   // namespace tl
