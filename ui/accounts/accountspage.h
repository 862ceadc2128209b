#pragma once

#include "records/records.h"
#include "storage/syncrunrepository.h"
#include "sync/syncreach.h"

#include <QWidget>

class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace tl {

class DbWorker;
class SecretStore;
class SyncQueue;
class SyncService;
struct AgentSourcePlan;

// One line of the Accounts page: the account, its health from the sync history, its key state
// and the balances its provider reports.
struct AccountRow
{
    Account account;
    AccountHealth health;
    QList<Balance> balances;
    QStringList agentFolders;   // coding-agent accounts: where their logs are read from
    SyncReach reach;            // whether this desktop can sync it (its key here), once the keychain said
};

// Provider accounts: add / edit / remove (keeping or deleting history) / test the connection /
// sync one account; keys go to the keychain only. Providers without a usage API say so.
// Coding agents (Claude Code, Codex CLI, Gemini CLI) are added from the folders detected on this
// computer, read from local logs, and never have a key; their check looks at their folders.
class AccountsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsPage)

public:
    enum Column
    {
        ProviderColumn,
        LabelColumn,
        SourceColumn,
        ReachColumn,        // "Synced by": this desktop, or another desktop or a sync host
        LastSyncedColumn,   // who synced it last and when: "ana@laptop, 10 min ago"
        HealthColumn,
        BalanceColumn,
    };

    AccountsPage(DbWorker *worker, SecretStore *secrets, SyncService *sync, QWidget *parent = nullptr);

    void refresh();
    const QList<AccountRow> &rows() const { return m_rows; }
    // A team database (PostgreSQL): accounts whose key is not here are synced by others.
    bool isTeam() const { return m_team; }

    // What the dialogs and buttons end in (tests call them directly).
    // `key` empty: keep the stored one (moved along when the base URL's address changes).
    // A new account is added only once its key is in the keychain.
    void saveAccount(const Account &account, const QString &key);
    // The key is deleted first; when the keychain refuses, the account stays unless the user
    // agrees to leave the key behind (asked, or `leaveKey`).
    void removeAccount(qint64 id, bool keepHistory, bool leaveKey = false);
    void testConnection(qint64 id);
    // Opens the Add Coding Agent dialog once detection (off the UI thread) has looked at the
    // default folders (HOME, CLAUDE_CONFIG_DIR, CODEX_HOME, GEMINI_DATA_DIR).
    void addAgentClicked();
    // Opens the Add Account dialog.
    void addClicked();
    // Creates (or updates) the accounts the user chose, then syncs each so its history appears.
    void addAgents(const QList<tl::AgentSourcePlan> &plans);
    // Saves an edited agent account: label, billing, enabled, and its folders.
    void saveAgentAccount(const Account &account, const QStringList &folders);

signals:
    void refreshed();
    // Every row's reach is known (the keychain answered for each account that has to ask it).
    void reachChecked();
    void accountsChanged();
    void message(const QString &text);

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void persist(const Account &account, bool keyStored);
    void removeRow(const Account &account, bool keepHistory, bool keyGone);
    void present(QList<AccountRow> rows);
    const AccountRow *selected() const;
    void updateButtons();
    void editClicked();
    void removeClicked();
    void checkAgentFolders(const Account &account, const QStringList &folders);
    // Asks the keychain, per account, whether its key is on this desktop (accountspagereach.cpp).
    void checkReach();
    void showReach(int row);
    void fitColumns();

    DbWorker *m_worker = nullptr;
    SecretStore *m_secrets = nullptr;
    SyncService *m_sync = nullptr;
    SyncQueue *m_syncQueue = nullptr;
    // Made when first needed — an account dialog opens (for its connection test) or a connection
    // test runs — not with the window (net::newNetwork loads the network module); nullptr without
    // the module.
    QNetworkAccessManager *network();
    QNetworkAccessManager *m_network = nullptr;
    QList<AccountRow> m_rows;
    bool m_team = false;
    int m_generation = 0;     // which present() a keychain answer belongs to
    int m_reachPending = 0;   // keychain answers still to come for this generation
    QStackedWidget *m_stack = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    int m_fittedWidth = -1;   // the viewport width fitColumns() shared out
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_syncOne = nullptr;
    QLabel *m_status = nullptr;
};

}   // namespace tl
