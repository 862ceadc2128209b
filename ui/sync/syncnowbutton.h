#pragma once

#include <QTimer>
#include <QToolButton>

class QAction;

namespace tl {

class SyncService;
struct SyncSummary;

// The toolbar's Sync Now: idle → syncing (disabled, which account of how many) → success
// ("Synced …", back to idle after 3 s) or error (the message, and a click retries). Ctrl+R.
// While a sync runs — whoever started it — cancelAction() ("Cancel Sync") stops it: the account
// being synced stores nothing, its run is recorded as cancelled, and the button is idle again.
class SyncNowButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncNowButton)

public:
    enum class State
    {
        Idle,
        Syncing,
        Cancelling,   // asked to stop; the engine is winding down
        Success,
        Error,
    };
    Q_ENUM(State)

    explicit SyncNowButton(SyncService *service, QWidget *parent = nullptr);

    State state() const { return m_state; }
    void setSuccessDisplayMs(int ms) { m_successMs = ms; }
    // Visible and enabled only while a sync runs; for the toolbar and the File menu.
    QAction *cancelAction() const { return m_cancel; }
    // Stops the running sync, if any.
    void cancel();

signals:
    void stateChanged(tl::SyncNowButton::State state);

private:
    void setState(State state, const QString &text, const QString &tooltip = {});
    void finished(const SyncSummary &summary);

    SyncService *m_service = nullptr;
    QAction *m_cancel = nullptr;
    State m_state = State::Idle;
    QTimer m_backToIdle;
    int m_successMs = 3000;
};

}   // namespace tl
