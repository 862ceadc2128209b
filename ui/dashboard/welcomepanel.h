#pragma once

#include "agents/agentsources.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace tl {

// The first window a new user sees: three ways to their data, each one click to its dialog —
// the coding agents found on this computer, a provider account (with the key it needs), or a
// console export. Shown on the dashboard while there is no account and no data.
class WelcomePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePanel)

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    // What detection found in the agents' default folders (detection runs off the UI thread).
    void setDetectedAgents(const QList<tl::DetectedAgentSource> &found);
    bool detectionDone() const { return m_detected; }

signals:
    void agentsRequested();
    void addAccountRequested();
    void importRequested();

private:
    QLabel *m_agentsText = nullptr;
    QPushButton *m_agentsButton = nullptr;
    bool m_detected = false;
};

}   // namespace tl
