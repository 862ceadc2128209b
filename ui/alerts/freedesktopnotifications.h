#pragma once

#include "alerts/notificationbackend.h"

#include <QHash>
#include <QList>
#include <QString>

namespace tl {

// Desktop notifications through the freedesktop.org Notifications service on the session bus
// (GNOME, KDE, XFCE, dunst, mako, …): title, body, an icon and urgency by severity, and a
// "default" action so clicking the notification opens the alert. Where no such service runs,
// isAvailable() is false and the window shows new alerts instead. Every D-Bus call is
// asynchronous — a slow or hung bus never blocks the window; availability is asked at start and
// kept up to date as the service comes and goes.
class FreedesktopNotifications final : public NotificationBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreedesktopNotifications)

public:
    explicit FreedesktopNotifications(QObject *parent = nullptr);

    // The last answer of the bus; true while the first answer is awaited on a connected bus:
    // notifications shown meanwhile wait for it (the window makes its notifier just before the
    // start-up's alert rules run), then go out or are dropped.
    bool isAvailable() const override { return m_available || m_awaitingFirstAnswer; }
    bool show(const Alert &alert, const QString &title, const QString &message) override;
    // urgency hint of the specification: 0 low, 1 normal, 2 critical
    static uchar urgencyOf(Alert::Severity severity);

private slots:
    void onActionInvoked(uint notificationId, const QString &action);
    void onClosed(uint notificationId, uint reason);

private:
    void checkAvailability();
    void answered(bool available);

    struct Waiting
    {
        Alert alert;
        QString title;
        QString message;
    };
    QHash<uint, qint64> m_alertOfNotification;
    bool m_available = false;
    bool m_awaitingFirstAnswer = false;
    QList<Waiting> m_waiting;   // shown before the first answer
};

}   // namespace tl
