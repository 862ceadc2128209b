#include "syncnowbutton.h"

#include "common/lazyicons.h"
#include "sync/syncruntext.h"
#include "sync/syncservice.h"

#include <QAction>
#include <QKeySequence>
#include <QStyle>

namespace tl {

SyncNowButton::SyncNowButton(SyncService *service, QWidget *parent)
    : QToolButton(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("syncNowButton"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(syncIcon());   // drawn: the first frame shows it (lazyicons.h)
    m_backToIdle.setSingleShot(true);
    connect(&m_backToIdle, &QTimer::timeout, this, [this] { setState(State::Idle, tr("Sync Now")); });
    m_cancel = new QAction(style()->standardIcon(QStyle::SP_BrowserStop), tr("Cancel Sync"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSyncAction"));
    m_cancel->setToolTip(tr("Stop the sync: the account being synced keeps what it had before"));
    connect(m_cancel, &QAction::triggered, this, &SyncNowButton::cancel);
    setState(State::Idle, tr("Sync Now"));

    connect(this, &QToolButton::clicked, this, [this] {
        if (m_state == State::Idle || m_state == State::Error || m_state == State::Success) {
            setState(State::Syncing, tr("Syncing…"));
            SyncRequest request;
            request.trigger = QStringLiteral("manual");
            m_service->start(request);
        }
    });
    connect(m_service, &SyncService::started, this, [this](int accounts) {
        m_backToIdle.stop();
        if (m_state != State::Cancelling)
            setState(State::Syncing, accounts == 0 ? tr("Syncing…") : tr("Syncing 0/%1…").arg(accounts));
    });
    connect(m_service, &SyncService::accountStarted, this, [this](qint64, const QString &label, int index, int total) {
        if (m_state != State::Cancelling)
            setState(State::Syncing, tr("Syncing %1/%2: %3…").arg(index).arg(total).arg(label));
    });
    connect(m_service, &SyncService::finished, this, &SyncNowButton::finished);
    connect(m_service, &SyncService::refused, this, [this](const QString &reason) {
        if (!m_service->isRunning())
            setState(State::Error, tr("Sync failed — Retry"), reason);
    });
}

void SyncNowButton::setState(State state, const QString &text, const QString &tooltip)
{
    m_state = state;
    setText(text);
    // The toolbar keeps a button's first width; ask for room for the new text (never elided).
    setMinimumWidth(sizeHint().width());
    updateGeometry();
    setToolTip(tooltip.isEmpty() ? tr("Pull the latest usage and costs from your providers (Ctrl+R)") : tooltip);
    const bool running = state == State::Syncing || state == State::Cancelling;
    setEnabled(!running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(state == State::Syncing);
    emit stateChanged(state);
}

void SyncNowButton::cancel()
{
    if (m_state != State::Syncing)
        return;
    setState(State::Cancelling, tr("Cancelling…"));
    m_service->cancel();
}

void SyncNowButton::finished(const SyncSummary &summary)
{
    if (summary.cancelled) {
        m_backToIdle.stop();
        setState(State::Idle, tr("Sync Now"),
                 tr("The last sync was cancelled. Accounts synced before it keep their "
                    "data; the one being synced stored nothing."));
        return;
    }
    int created = 0;
    int updated = 0;
    QStringList failures;
    for (const SyncRun &run : summary.runs) {
        created += run.created;
        updated += run.updated;
        if (run.status == SyncRun::Status::Failed)
            failures.append(run.accountLabel + QStringLiteral(": ") + syncRunMessage(run));
    }
    if (!failures.isEmpty()) {
        setState(State::Error, tr("%n account(s) failed — Retry", nullptr, int(failures.size())),
                 failures.join(QLatin1Char('\n')));
        return;
    }
    if (summary.runs.isEmpty()) {
        setState(State::Success, tr("Nothing to sync"),
                 summary.skipped.isEmpty() ? tr("Add an account on the Accounts page.")
                                           : summary.skipped.join(QLatin1Char('\n')));
    } else {
        setState(State::Success, tr("Synced %1 new records, %2 updated").arg(created).arg(updated));
    }
    m_backToIdle.start(m_successMs);
}

}   // namespace tl
