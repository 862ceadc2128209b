#include "doctordesktop.h"

#include "language.h"

#if defined(QT_DBUS_LIB) && !defined(Q_OS_MACOS) && !defined(Q_OS_WIN)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#define TL_DOCTOR_FREEDESKTOP 1
#endif

namespace tl::cli {

#ifdef TL_DOCTOR_FREEDESKTOP

namespace {

// Registered now, or started on demand by the bus (D-Bus activation).
bool serviceAvailable(QDBusConnectionInterface *bus, const QString &name)
{
    if (bus->isServiceRegistered(name).value())
        return true;
    const QDBusReply<QStringList> activatable = bus->call(QStringLiteral("ListActivatableNames"));
    return activatable.isValid() && activatable.value().contains(name);
}

QString notificationServer(QDBusConnection &bus)
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("GetServerInformation"));
    const QDBusMessage reply = bus.call(call, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() < 3)
        return {};
    return QStringLiteral("%1 %2").arg(reply.arguments().at(0).toString(), reply.arguments().at(2).toString());
}

}   // namespace

QList<DoctorFinding> desktopFindings()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return {
            {QStringLiteral("desktop"), DoctorFinding::Problem,
             Cli::tr("no D-Bus session bus (%1): no keychain, notifications or tray").arg(bus.lastError().message()),
             Cli::tr("run TokenLedger inside a desktop session (or dbus-run-session for a headless "
                     "host, which then syncs with TOKENLEDGER_API_KEY_… variables)")}};
    QList<DoctorFinding> findings;
    QDBusConnectionInterface *names = bus.interface();
    if (serviceAvailable(names, QStringLiteral("org.freedesktop.Notifications"))) {
        const QString server = notificationServer(bus);
        findings.append({QStringLiteral("notifications"),
                         DoctorFinding::Ok,
                         server.isEmpty() ? Cli::tr("a notification service is available")
                                          : Cli::tr("notifications are shown by %1").arg(server),
                         {}});
    } else {
        findings.append({QStringLiteral("notifications"), DoctorFinding::Warning,
                         Cli::tr("no notification service on the session bus: alerts show in the window "
                                 "and the tray only"),
                         Cli::tr("install a notification daemon (your desktop's own, or e.g. dunst or "
                                 "notification-daemon)")});
    }
    if (names->isServiceRegistered(QStringLiteral("org.kde.StatusNotifierWatcher")).value()) {
        findings.append(
            {QStringLiteral("tray"), DoctorFinding::Ok, Cli::tr("a tray (StatusNotifierItem host) is running"), {}});
    } else {
        findings.append({QStringLiteral("tray"), DoctorFinding::Warning,
                         Cli::tr("no StatusNotifierItem tray on the session bus (an X11 system tray may "
                                 "still show the icon): closing the window may quit TokenLedger"),
                         Cli::tr("on GNOME, enable the AppIndicator extension "
                                 "(gnome-shell-extension-appindicator); other desktops have a tray")});
    }
    return findings;
}

#else

QList<DoctorFinding> desktopFindings()
{
    // macOS and Windows always have a notification centre and a menu bar / tray area.
    return {{QStringLiteral("notifications"),
             DoctorFinding::Ok,
             Cli::tr("the system's notifications and tray are used"),
             {}}};
}

#endif

}   // namespace tl::cli
