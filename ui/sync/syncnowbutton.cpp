#include "syncnowbutton.h"

#include "sync/syncservice.h"

#include <QKeySequence>
#include <QStyle>

namespace tl {

SyncNowButton::SyncNowButton(SyncService *service, QWidget *parent)
    : QToolButton(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("syncNowButton"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_backToIdle.setSingleShot(true);
    connect(&m_backToIdle, &QTimer::timeout, this, [this] { setState(State::Idle, tr("Sync Now")); });
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
        setState(State::Syncing, accounts == 0 ? tr("Syncing…") : tr("Syncing 0/%1…").arg(accounts));
    });
    connect(m_service, &SyncService::accountStarted, this, [this](qint64, const QString &label, int index, int total) {
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
    setEnabled(state != State::Syncing);
    emit stateChanged(state);
}

void SyncNowButton::finished(const SyncSummary &summary)
{
    int created = 0;
    int updated = 0;
    QStringList failures;
    for (const SyncRun &run : summary.runs) {
        created += run.created;
        updated += run.updated;
        if (run.status == SyncRun::Status::Failed)
            failures.append(run.accountLabel + QStringLiteral(": ") + run.message);
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
