#pragma once

#include "alerts/alerts.h"

#include <QHash>
#include <QObject>

namespace tl {

// Desktop notifications through the freedesktop.org Notifications service on the session bus
// (GNOME, KDE, XFCE, dunst, mako, …): title, body, an icon and urgency by severity, and a
// "default" action so clicking the notification opens the alert. Where no such service runs,
// isAvailable() is false and the window shows new alerts instead.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    bool isAvailable() const;
    // Sends one notification; false when there is no service to send it to.
    bool notify(const Alert &alert);
    // urgency hint of the specification: 0 low, 1 normal, 2 critical
    static uchar urgencyOf(Alert::Severity severity);

signals:
    void activated(qint64 alertId);   // the user clicked the notification

private slots:
    void onActionInvoked(uint notificationId, const QString &action);
    void onClosed(uint notificationId, uint reason);

private:
    QHash<uint, qint64> m_alertOfNotification;
};

}   // namespace tl
