#pragma once

#include "agents/agentsources.h"
#include "records/records.h"

#include <QDialog>
#include <QHash>
#include <QProcessEnvironment>

class QButtonGroup;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace tl {

// One coding agent as the Add dialog offers it: where its logs were found (if anywhere), where
// TokenLedger looked, and whether an account of it exists already.
struct AgentSourceOffer
{
    AgentKind kind = AgentKind::ClaudeCode;
    QStringList folders;     // detected: default folders holding log files; empty when none
    int files = 0;           // log files counted there (capped)
    QStringList lookedIn;    // the default folders that were checked
    QString existingLabel;   // the label of this agent's account, when there is one
};

// What the user chose for one agent.
struct AgentSourcePlan
{
    AgentKind kind = AgentKind::ClaudeCode;
    QStringList folders;
    bool subscription = true;
};

// Every agent with what detection found, for the dialog. Lists directories (counts log files),
// reads no log: call it off the UI thread.
QList<AgentSourceOffer> agentSourceOffers(const QProcessEnvironment &env, const QString &home,
                                          const QList<Account> &existingAgentAccounts);

// "Add coding agent": lists Claude Code, Codex CLI and Gemini CLI with the folders found for each;
// nothing is ticked and nothing read until the user ticks an agent and confirms. Each ticked agent
// has its folder(s), editable (typed or browsed), and its billing: subscription (usage is value at
// API prices, never spend; the fee is a manual entry) or API key (usage is estimated spend).
class AgentSourcesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentSourcesDialog)

public:
    explicit AgentSourcesDialog(const QList<AgentSourceOffer> &offers, QWidget *parent = nullptr);

    QList<AgentSourcePlan> plans() const;
    QString validationError() const;

private:
    struct Row
    {
        AgentSourceOffer offer;
        QGroupBox *box = nullptr;
        QVBoxLayout *folders = nullptr;
        QButtonGroup *billing = nullptr;
        QLabel *billingHelp = nullptr;
    };
    QGroupBox *addRow(const AgentSourceOffer &offer);
    void addFolderEdit(Row &row, const QString &folder);
    QStringList folders(const Row &row) const;
    void validate();

    QList<Row> m_rows;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// A folder for display: the home folder as "~".
QString displayFolder(const QString &folder);

}   // namespace tl
