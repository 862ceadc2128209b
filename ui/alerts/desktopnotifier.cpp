#include "desktopnotifier.h"

#include "alerts/alerttext.h"
#include "alerts/traynotifications.h"

#if TOKENLEDGER_HAVE_DBUS && !defined(Q_OS_MACOS) && !defined(Q_OS_WIN)
#include "alerts/freedesktopnotifications.h"
#define TL_FREEDESKTOP_NOTIFICATIONS 1
#endif

namespace tl {

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
#ifdef TL_FREEDESKTOP_NOTIFICATIONS
    use(new FreedesktopNotifications(this));
#endif
}

void DesktopNotifier::setTrayIcon(QSystemTrayIcon *icon)
{
    if (!m_backend)
        use(new TrayNotifications(icon, this));
}

void DesktopNotifier::use(NotificationBackend *backend)
{
    m_backend = backend;
    connect(m_backend, &NotificationBackend::activated, this, &DesktopNotifier::activated);
}

bool DesktopNotifier::isAvailable() const
{
    return m_backend && m_backend->isAvailable();
}

bool DesktopNotifier::notify(const Alert &alert)
{
    if (!isAvailable())
        return false;
    const AlertText text = renderAlert(alert);
    return m_backend->show(alert, text.title, text.message);
}

}   // namespace tl
