#pragma once

#include "analytics/agentbreakdown.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace tl {

// The biggest groups of one agent-breakdown dimension (by total amount) and how many were left out.
struct AgentTopGroups
{
    QList<AgentBreakdownRow> rows;
    qsizetype more = 0;
};

// The first `limit` rows of `breakdown` (already biggest amount first) and the count of the rest.
AgentTopGroups topAgentGroups(const AgentBreakdown &breakdown, qsizetype limit = 5);

// A small titled table of top groups for the dashboard's coding-agents section: name, spend
// (API key), value (subscription) and requests, "—" for zero, and a line pointing at
// Usage → Coding agents when there are more. Object names start with `name` ("agentProject"…).
class AgentTopGroupsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentTopGroupsView)

public:
    AgentTopGroupsView(const QString &name, const QString &title, const QString &keyHeader, QWidget *parent = nullptr);

    void setGroups(const AgentTopGroups &groups);

private:
    QString m_keyHeader;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_more = nullptr;
};

}   // namespace tl
