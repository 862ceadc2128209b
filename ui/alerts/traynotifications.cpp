#include "traynotifications.h"

#include <QSystemTrayIcon>

namespace tl {

TrayNotifications::TrayNotifications(QSystemTrayIcon *icon, QObject *parent)
    : NotificationBackend(parent)
    , m_icon(icon)
{
    if (m_icon) {
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_shownAlertId > 0)
                emit activated(m_shownAlertId);
        });
    }
}

bool TrayNotifications::isAvailable() const
{
    return m_icon && m_icon->isVisible() && QSystemTrayIcon::supportsMessages();
}

bool TrayNotifications::show(const Alert &alert, const QString &title, const QString &message)
{
    if (!isAvailable())
        return false;
    const QSystemTrayIcon::MessageIcon icon = alert.severity == Alert::Severity::Critical ? QSystemTrayIcon::Critical
                                              : alert.severity == Alert::Severity::Warning
                                                  ? QSystemTrayIcon::Warning
                                                  : QSystemTrayIcon::Information;
    m_shownAlertId = alert.id;
    m_icon->showMessage(title, message, icon);
    return true;
}

}   // namespace tl
