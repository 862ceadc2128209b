#pragma once

#include "alerts/alerts.h"

#include <QObject>

namespace tl {

// How a notification reaches the desktop. DesktopNotifier picks one per platform:
// FreedesktopNotifications (the session bus' org.freedesktop.Notifications) on Linux and the BSDs,
// TrayNotifications (QSystemTrayIcon::showMessage, which Qt shows through the platform's own
// notifications: Notification Center on macOS, toasts on Windows) elsewhere.
class NotificationBackend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationBackend)

public:
    using QObject::QObject;
    ~NotificationBackend() override = default;

    // Whether a notification sent now would be shown (asked asynchronously where that takes a call).
    virtual bool isAvailable() const = 0;
    // Shows the alert's rendered title and message; false when there is nowhere to show it.
    virtual bool show(const Alert &alert, const QString &title, const QString &message) = 0;

signals:
    void activated(qint64 alertId);   // the user clicked the notification
};

}   // namespace tl
