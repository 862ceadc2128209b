#pragma once

#include "syncengine.h"

#include <QObject>
#include <QThread>

namespace tl {

// Runs the SyncEngine on a thread of its own — with its own database connection, network
// access manager and keychain client — so a sync never blocks the window. Lives on the caller's
// thread; its signals arrive there.
class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    SyncService(const QString &databasePath, const QString &keychainService, SyncOptions options = {},
                QObject *parent = nullptr);
    ~SyncService() override;

    // Starts a sync unless one is running; the answer arrives as started() or refused().
    void start(const SyncRequest &request);
    void cancel();
    void setOptions(const SyncOptions &options);   // applies from the next sync
    // Moves keys stored before key references (accountkeys.h) on the sync thread; keysMigrated()
    // says what happened.
    void migrateKeys();
    bool isRunning() const { return m_running; }

signals:
    void started(int accounts);
    void refused(const QString &reason);
    void waitingForLock(const QString &holder);   // another process syncs or imports this profile
    void accountStarted(qint64 accountId, const QString &label, int index, int total);
    void accountFinished(const tl::SyncRun &run);
    void finished(const tl::SyncSummary &summary);
    void keysMigrated(int moved, int pending, const QString &problem);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
    bool m_running = false;
};

}   // namespace tl
