#pragma once

#include "alerts/alerts.h"

#include <QObject>

class QSystemTrayIcon;

namespace tl {

class NotificationBackend;

// Desktop notifications for new alerts, through the backend of the platform
// (ui/alerts/notificationbackend.h): the freedesktop Notifications service on the session bus where
// there is D-Bus (Linux, the BSDs), else the tray icon's messages, which Qt shows as the platform's
// own notifications (macOS, Windows). Where neither is there, isAvailable() is false and the window
// shows new alerts instead.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // The tray's icon (null without a tray): the backend where there is no notification service.
    void setTrayIcon(QSystemTrayIcon *icon);

    bool isAvailable() const;
    // Sends one notification; false when there is nowhere to send it.
    bool notify(const Alert &alert);

signals:
    void activated(qint64 alertId);   // the user clicked the notification

private:
    void use(NotificationBackend *backend);

    NotificationBackend *m_backend = nullptr;
};

}   // namespace tl
