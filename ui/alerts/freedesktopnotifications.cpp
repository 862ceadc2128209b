#include "freedesktopnotifications.h"

#include "version.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>

#include <utility>

namespace tl {

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");

}   // namespace

FreedesktopNotifications::FreedesktopNotifications(QObject *parent)
    : NotificationBackend(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    // No service name here: QtDBus would resolve its owner with a blocking call. The path and
    // interface are the notification service's own; ids we did not hand out are ignored.
    bus.connect(QString(), Path, Interface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(QString(), Path, Interface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
    auto *watcher = new QDBusServiceWatcher(Service, bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceOwnerChanged, this, &FreedesktopNotifications::checkAvailability);
    m_awaitingFirstAnswer = true;
    checkAvailability();
}

void FreedesktopNotifications::answered(bool available)
{
    m_available = available;
    if (!std::exchange(m_awaitingFirstAnswer, false))
        return;
    for (const Waiting &w : std::exchange(m_waiting, {})) {
        if (m_available)
            show(w.alert, w.title, w.message);
    }
}

void FreedesktopNotifications::checkAvailability()
{
    const auto ask = [this](const QString &method, const QVariantList &arguments) {
        QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                                           QStringLiteral("/org/freedesktop/DBus"),
                                                           QStringLiteral("org.freedesktop.DBus"), method);
        call.setArguments(arguments);
        return new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    };
    // Running now, or started on demand (D-Bus activation) by the first Notify.
    auto *running = ask(QStringLiteral("NameHasOwner"), {Service});
    connect(running, &QDBusPendingCallWatcher::finished, this, [this, ask](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<bool> reply = *w;
        if (reply.isValid() && reply.value()) {
            answered(true);
            return;
        }
        auto *activatable = ask(QStringLiteral("ListActivatableNames"), {});
        connect(activatable, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *a) {
            a->deleteLater();
            const QDBusPendingReply<QStringList> names = *a;
            answered(names.isValid() && names.value().contains(Service));
        });
    });
}

uchar FreedesktopNotifications::urgencyOf(Alert::Severity severity)
{
    switch (severity) {
    case Alert::Severity::Info:
        return 0;
    case Alert::Severity::Warning:
        return 1;
    case Alert::Severity::Critical:
        return 2;
    }
    return 1;
}

bool FreedesktopNotifications::show(const Alert &alert, const QString &title, const QString &message)
{
    if (m_awaitingFirstAnswer) {
        m_waiting.append({alert, title, message});
        return true;
    }
    if (!m_available)
        return false;
    const char *icon = alert.severity == Alert::Severity::Critical  ? "dialog-error"
                       : alert.severity == Alert::Severity::Warning ? "dialog-warning"
                                                                    : "dialog-information";
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(urgencyOf(alert.severity)));   // a D-Bus byte
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(TOKENLEDGER_APP_ID));
    hints.insert(QStringLiteral("category"), QStringLiteral("x-tokenledger.alert"));
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    call << QStringLiteral("TokenLedger") << uint(0) << QString::fromLatin1(icon) << title << message
         << QStringList{QStringLiteral("default"), QCoreApplication::translate("tl::DesktopNotifier", "Open")} << hints
         << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    const qint64 alertId = alert.id;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, alertId](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isValid())
            m_alertOfNotification.insert(reply.value(), alertId);
        w->deleteLater();
    });
    return true;
}

void FreedesktopNotifications::onActionInvoked(uint notificationId, const QString &action)
{
    if (action == QStringLiteral("default") && m_alertOfNotification.contains(notificationId))
        emit activated(m_alertOfNotification.value(notificationId));
}

void FreedesktopNotifications::onClosed(uint notificationId, uint reason)
{
    Q_UNUSED(reason);
    m_alertOfNotification.remove(notificationId);
}

}   // namespace tl
