#include "traycontroller.h"

#include "alerts/alerttext.h"
#include "common/clock.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace tl {

TrayController::TrayController(QObject *parent)
    : QObject(parent)
    , m_minute(new QTimer(this))
{
    m_minute->setInterval(60'000);
    connect(m_minute, &QTimer::timeout, this, [this] {
        if (m_tray)
            m_tray->setToolTip(toolTip());
    });
    // The menu exists either way (it is what the tray shows, and what tests and screenshots see).
    m_menu = new QMenu();
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->addAction(tr("Open TokenLedger"), this, &TrayController::openRequested);
    m_sync = m_menu->addAction(tr("Sync Now"), this, [this] {
        if (m_syncing)
            emit cancelSyncRequested();
        else
            emit syncRequested();
    });
    m_sync->setObjectName(QStringLiteral("traySyncAction"));
    m_latest = m_menu->addAction(tr("No alerts"), this, [this] {
        if (m_latestId > 0)
            emit alertRequested(m_latestId);
    });
    m_latest->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayController::quitRequested);
}

void TrayController::showIcon()
{
    // Asking for a tray is a D-Bus call on most desktops, and the icon loads the SVG icon engine.
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
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

void TrayController::setSyncing(bool syncing)
{
    m_syncing = syncing;
    m_sync->setText(syncing ? tr("Cancel Sync") : tr("Sync Now"));
}

QString TrayController::toolTip() const
{
    QString text = m_unread > 0 ? tr("TokenLedger — %n unread alert(s)", nullptr, m_unread) : tr("TokenLedger");
    if (m_clock) {
        const QDateTime now = m_clock->nowUtc();
        for (const AgentTrayWindow &w : m_agentWindows) {
            if (w.resetsAt > now)
                text += QLatin1Char('\n') + agentTrayLine(w, now);
        }
    }
    return text;
}

void TrayController::setAgentWindows(const QList<AgentTrayWindow> &windows, const Clock *clock)
{
    m_agentWindows = windows;
    m_clock = clock;
    // A display clock for "resets in", not a data poll: nothing is read again.
    if (m_agentWindows.isEmpty())
        m_minute->stop();
    else if (!m_minute->isActive())
        m_minute->start();
    if (m_tray)
        m_tray->setToolTip(toolTip());
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
    QString title = renderAlert(alert).title;
    if (title.size() > 60)
        title = title.left(57) + QStringLiteral("…");
    m_latest->setText(tr("Latest alert: %1").arg(title));
    m_latest->setEnabled(true);
}

}   // namespace tl
