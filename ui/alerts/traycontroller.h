#pragma once

#include "alerts/alerts.h"
#include "dashboard/agentspanel.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace tl {

class Clock;

// The system tray icon, where the desktop has a tray (a StatusNotifierItem host or an X11
// tray): a menu with Open TokenLedger, Sync Now (Cancel Sync while one runs), the latest alert
// and Quit, and the unread count and the coding agents' active 5-hour windows in the tooltip.
// Without a tray there is no icon and isAvailable() is false. The icon appears with showIcon()
// (the window calls it once started up: asking for a tray and loading the icon are not free).
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    // Shows the icon where the desktop has a tray; once is enough.
    void showIcon();
    bool isAvailable() const { return m_tray != nullptr; }
    // The icon (null without a tray): where notifications go when there is no notification service.
    QSystemTrayIcon *icon() const { return m_tray; }
    void setUnread(int unread);
    void setLatestAlert(const Alert &alert);
    // The agents' active windows; "resets in" is redrawn from `clock` each minute while any is shown.
    void setAgentWindows(const QList<AgentTrayWindow> &windows, const Clock *clock);
    QMenu *menu() const { return m_menu; }
    // While a sync runs, "Sync Now" becomes "Cancel Sync" (cancelSyncRequested).
    void setSyncing(bool syncing);
    QString toolTip() const;

signals:
    void openRequested();
    void syncRequested();
    void cancelSyncRequested();
    void alertRequested(qint64 alertId);
    void quitRequested();

private:
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_sync = nullptr;
    bool m_syncing = false;
    QAction *m_latest = nullptr;
    qint64 m_latestId = 0;
    int m_unread = 0;
    QList<AgentTrayWindow> m_agentWindows;
    const Clock *m_clock = nullptr;
    QTimer *m_minute = nullptr;
};

}   // namespace tl
