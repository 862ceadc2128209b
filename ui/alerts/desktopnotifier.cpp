#include "desktopnotifier.h"

#include "version.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace tl {

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");

}   // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
}

bool DesktopNotifier::isAvailable() const
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    if (bus.interface()->isServiceRegistered(Service))
        return true;
    // Many desktops start their notification daemon on demand (D-Bus activation).
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(Service);
}

uchar DesktopNotifier::urgencyOf(Alert::Severity severity)
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

bool DesktopNotifier::notify(const Alert &alert)
{
    if (!isAvailable())
        return false;
    const char *icon = alert.severity == Alert::Severity::Critical  ? "dialog-error"
                       : alert.severity == Alert::Severity::Warning ? "dialog-warning"
                                                                    : "dialog-information";
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(urgencyOf(alert.severity)));   // a D-Bus byte
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(TOKENLEDGER_APP_ID));
    hints.insert(QStringLiteral("category"), QStringLiteral("x-tokenledger.alert"));
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    call << QStringLiteral("TokenLedger") << uint(0) << QString::fromLatin1(icon) << alert.title << alert.message
         << QStringList{QStringLiteral("default"), tr("Open")} << hints << int(-1);
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

void DesktopNotifier::onActionInvoked(uint notificationId, const QString &action)
{
    if (action == QStringLiteral("default") && m_alertOfNotification.contains(notificationId))
        emit activated(m_alertOfNotification.value(notificationId));
}

void DesktopNotifier::onClosed(uint notificationId, uint reason)
{
    Q_UNUSED(reason);
    m_alertOfNotification.remove(notificationId);
}

}   // namespace tl
