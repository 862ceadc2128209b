#pragma once

#include "alerts/afterchange.h"
#include "alerts/alerts.h"

#include <QObject>
#include <QSet>
#include <QTime>

#include <optional>

namespace tl {

class Clock;
class DbWorker;
class Settings;

// Who hears about a new alert: every alert is stored and listed; these settings decide only
// whether it also raises a desktop notification (kinds muted, quiet hours in local time).
struct NotificationSettings
{
    QSet<Alert::Kind> muted;
    int quietStartHour = -1;   // 0–23, -1 = no quiet hours
    int quietEndHour = -1;     // the first hour that is no longer quiet

    bool isQuiet(QTime localTime) const;
    bool shouldNotify(const Alert &alert, QTime localTime) const;

    static NotificationSettings from(const Settings &settings);
    void save(Settings &settings) const;
};

// Runs the after-change step (runAfterChange: manual charges, data-quality checks, alert rules)
// on the database worker thread after every change the window makes or sees — a sync, an import,
// a budget, a manual entry, a price — and at start-up, and tells the window, the tray and the
// notifier what is new. Also the one place alerts are marked read or acknowledged, so the unread
// badge stays right.
class AlertService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertService)

public:
    AlertService(DbWorker *worker, const Clock *clock, QObject *parent = nullptr);

    void afterChange(tl::ChangeKind change);
    void evaluate() { afterChange(ChangeKind::StartUp); }
    void refreshUnread();
    void markRead(qint64 id);
    void acknowledge(qint64 id);
    void markAllRead();
    int unread() const { return m_unread; }

signals:
    void newAlerts(const QList<tl::Alert> &alerts);   // oldest first; never empty
    void unreadChanged(int unread);
    void alertsChanged();   // something was added, read or acknowledged
    // The after-change step itself changed the figures (it wrote a manual entry's charge).
    void spendChanged();
    void failed(const QString &message);
    // The after-change step ran for `change` (a ChangeKind): exactly once per change.
    void afterChangeRan(int change, int newAlerts);
    void qualityChecked(const QList<tl::QualityFinding> &findings);

private:
    void afterWrite(bool ok, const QString &error, int unread);

    DbWorker *m_worker = nullptr;
    const Clock *m_clock = nullptr;
    int m_unread = 0;
    // The newest alert this window has told its user of (none before the first step: the alerts
    // stored before the window opened are history, listed but not notified again).
    std::optional<qint64> m_seenUpTo;
};

}   // namespace tl
