#pragma once

#include "alerts/notificationbackend.h"

#include <QPointer>

class QSystemTrayIcon;

namespace tl {

// Notifications as the tray icon's messages. Qt hands them to the platform (Notification Center on
// macOS, toasts or balloons on Windows, the freedesktop service elsewhere); clicking one opens the
// alert. Available while the icon is shown and the platform supports messages.
class TrayNotifications final : public NotificationBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifications)

public:
    // `icon` (the TrayController's, or null without a tray) is not owned.
    explicit TrayNotifications(QSystemTrayIcon *icon, QObject *parent = nullptr);

    bool isAvailable() const override;
    bool show(const Alert &alert, const QString &title, const QString &message) override;

private:
    QPointer<QSystemTrayIcon> m_icon;
    qint64 m_shownAlertId = 0;   // a tray shows one message at a time: the last one is clicked
};

}   // namespace tl
