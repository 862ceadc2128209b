#include "traycontroller.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace tl {

TrayController::TrayController(QObject *parent)
    : QObject(parent)
{
    // The menu exists either way (it is what the tray shows, and what tests and screenshots see).
    m_menu = new QMenu();
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->addAction(tr("Open TokenLedger"), this, &TrayController::openRequested);
    m_menu->addAction(tr("Sync Now"), this, &TrayController::syncRequested);
    m_latest = m_menu->addAction(tr("No alerts"), this, [this] {
        if (m_latestId > 0)
            emit alertRequested(m_latestId);
    });
    m_latest->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayController::quitRequested);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/tokenledger.svg")), this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    m_tray->setToolTip(toolTip());
    m_tray->show();
}

TrayController::~TrayController()
{
    delete m_menu;   // a context menu has no parent
}

QString TrayController::toolTip() const
{
    return m_unread > 0 ? tr("TokenLedger — %n unread alert(s)", nullptr, m_unread) : tr("TokenLedger");
}

void TrayController::setUnread(int unread)
{
    m_unread = unread;
    if (m_tray)
        m_tray->setToolTip(toolTip());
}

void TrayController::setLatestAlert(const Alert &alert)
{
    m_latestId = alert.id;
    if (!m_latest)
        return;
    QString title = alert.title;
    if (title.size() > 60)
        title = title.left(57) + QStringLiteral("…");
    m_latest->setText(tr("Latest alert: %1").arg(title));
    m_latest->setEnabled(true);
}

}   // namespace tl
