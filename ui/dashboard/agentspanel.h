#pragma once

#include "analytics/agentoverview.h"
#include "dashboard/agenttopgroups.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace tl {

// What the dashboard reads for its coding-agents section (on the worker thread).
struct AgentPanelData
{
    std::optional<AgentOverview> overview;   // nullopt: the read failed (see error)
    QHash<qint64, QString> accountLabels;    // every account's label, for "in <account>'s bill"
    QDateTime now;
    QString error;
    // This month's (UTC, so far) biggest projects and git branches; groupsError when they failed.
    AgentTopGroups byProject;
    AgentTopGroups byBranch;
    QString groupsError;
};
AgentPanelData loadAgentPanel(QSqlDatabase db, const QDateTime &now);

// One line per agent account with an active window, for the tray tooltip:
// "Claude Code: 5-h window 62 % of your peak, resets in 1 h 10 min". `now` makes "resets in".
struct AgentTrayWindow
{
    QString label;
    std::optional<qint64> ofPeakBasisPoints;   // Claude: tokens against the highest earlier window
    std::optional<qint64> usedPercentMilli;    // Codex: its own logged 5-hour window
    QDateTime resetsAt;
};
QList<AgentTrayWindow> agentTrayWindows(const AgentOverview &overview);
QString agentTrayLine(const AgentTrayWindow &window, const QDateTime &now);

// The dashboard's "Coding agents" section: a card per agent account with this month's usage —
// spend for an API key, value at API prices for a subscription (with its fee and what it
// returned) — its active 5-hour window against the highest earlier one, Codex's own logged
// windows, and a note where another account's bill already holds the requests; under the cards,
// this month's biggest projects and git branches. Hidden when there is no agent account.
class AgentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentsPanel)

public:
    explicit AgentsPanel(QWidget *parent = nullptr);

    void setData(const AgentPanelData &panel);
    bool hasAgents() const { return m_hasAgents; }

private:
    QWidget *accountCard(const AgentAccountOverview &account, const AgentPanelData &panel);

    void setGroups(const AgentPanelData &panel);

    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QGridLayout *m_cards = nullptr;
    // "By project" and "By git branch", under the cards: built with the first agent account (two
    // tables a dashboard without agents never shows were a part of every start-up's first paint).
    QWidget *m_groups = nullptr;
    AgentTopGroupsView *m_projects = nullptr;
    AgentTopGroupsView *m_branches = nullptr;
    QLabel *m_groupsError = nullptr;
    bool m_hasAgents = false;
};

}   // namespace tl
