#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QSqlDatabase;

namespace tl {

class DbWorker;
class SyncService;

// Starts automatic syncs on a schedule (default every 6 hours; 15 minutes to daily, or off),
// with a catch-up run soon after start-up when one is overdue — judged by the profile's last
// successful sync in the database, whoever ran it (the command line too). Never starts one while
// another runs (the service refuses). Times come from the caller, so tests control them.
class SyncScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncScheduler)

public:
    static constexpr int DefaultIntervalMinutes = 6 * 60;
    static const QList<int> &intervalChoices();   // minutes; 0 = off

    SyncScheduler(SyncService &service, QObject *parent = nullptr);

    // `lastSync`: when the profile last synced successfully, if ever.
    void start(int intervalMinutes, const QDateTime &lastSync, int catchUpDelayMs = 5000);
    // start() with the last sync read from sync_runs on `reader`'s thread (the UI never waits).
    void startFromHistory(DbWorker &reader, int intervalMinutes, int catchUpDelayMs = 5000);
    // The last successful sync of the profile's API accounts: coding-agent accounts sync whenever
    // their logs change, which says nothing about when the providers were last asked.
    static QDateTime lastProfileSync(QSqlDatabase db);
    void setInterval(int intervalMinutes);
    int intervalMinutes() const { return m_minutes; }
    QDateTime nextRun() const { return m_next; }

signals:
    void triggered(const QString &trigger);   // "scheduled" or "startup", as the run is started

private:
    void fire(const QString &trigger);
    void plan(int delayMs);

    SyncService &m_service;
    QTimer m_timer;
    int m_minutes = DefaultIntervalMinutes;
    QDateTime m_next;
    QString m_pendingTrigger = QStringLiteral("scheduled");
};

}   // namespace tl
