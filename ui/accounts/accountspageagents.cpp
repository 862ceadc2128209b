#include "accountspage.h"

#include "agents/agentsources.h"
#include "agentsourcesdialog.h"
#include "storage/accountrepository.h"
#include "storage/agentrepository.h"
#include "storage/dbworker.h"
#include "storage/sqlutil.h"
#include "sync/syncqueue.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

// The Accounts page's coding-agent parts: adding agents from the detected folders, saving an
// edited agent account, and checking its folders (in place of a connection test).

namespace tl {

void AccountsPage::addAgentClicked()
{
    emit message(tr("Looking for coding-agent logs on this computer…"));
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = QDir::homePath();
    // Detection lists folders (it reads no log): on the worker thread, with the existing accounts.
    m_worker->run(
        [env, home](QSqlDatabase db) {
            QString error;
            const QList<Account> existing = AgentRepository(db).localAccounts(&error);
            return agentSourceOffers(env, home, existing);
        },
        this,
        [this](QList<AgentSourceOffer> offers) {
            emit message(QString());
            auto *dialog = new AgentSourcesDialog(offers, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog] { addAgents(dialog->plans()); });
            dialog->open();
        });
}

void AccountsPage::addAgents(const QList<AgentSourcePlan> &plans)
{
    if (plans.isEmpty())
        return;
    struct Added
    {
        QList<qint64> ids;
        QStringList labels;
        QString error;
    };
    m_worker->run(
        [plans](QSqlDatabase db) {
            Added added;
            AgentRepository agents(db);
            AccountRepository accounts(db);
            for (const AgentSourcePlan &plan : plans) {
                bool created = false;
                std::optional<Account> account = agents.accountFor(plan.kind, plan.folders, &created, &added.error);
                if (!account)
                    break;
                if (!created && !agents.setFolders(account->id, plan.folders, &added.error))
                    break;
                account->subscription = plan.subscription;
                if (!accounts.update(*account, &added.error))
                    break;
                added.ids.append(account->id);
                added.labels.append(account->label);
            }
            return added;
        },
        this,
        [this](Added added) {
            refresh();
            if (!added.ids.isEmpty())
                emit accountsChanged();
            if (!added.error.isEmpty()) {
                emit message(tr("Not every coding agent was added: %1").arg(added.error));
                if (added.ids.isEmpty())
                    return;
            } else {
                emit message(tr("Added %1; reading the logs now…").arg(added.labels.join(QStringLiteral(", "))));
            }
            // Their history appears as each first import finishes.
            for (qint64 id : std::as_const(added.ids)) {
                if (m_syncQueue)
                    m_syncQueue->enqueue(id, QStringLiteral("manual"));
            }
        });
}

void AccountsPage::saveAgentAccount(const Account &account, const QStringList &folders)
{
    m_worker->run(
        [account, folders](QSqlDatabase db) {
            QString error;
            // Both or neither: the account row and its folders.
            sql::Savepoint savepoint(db, QStringLiteral("agent_account_edit"));
            if (!savepoint.isActive())
                return savepoint.error();
            const bool ok = AccountRepository(db).update(account, &error) &&
                            AgentRepository(db).setFolders(account.id, folders, &error);
            if (!ok)
                return error;
            return savepoint.commit() ? QString() : savepoint.error();
        },
        this,
        [this](QString error) {
            if (!error.isEmpty()) {
                emit message(tr("The account was not saved: %1").arg(error));
                return;
            }
            refresh();
            emit accountsChanged();
            emit message(tr("Account saved."));
        });
}

void AccountsPage::checkAgentFolders(const Account &account, const QStringList &folders)
{
    const std::optional<AgentKind> kind = agentKindForProvider(account.provider);
    if (!kind)
        return;
    emit message(tr("Checking the folders of %1…").arg(account.label));
    struct Check
    {
        QStringList missing;
        int files = 0;
    };
    // Counting files walks the folders: on the worker thread.
    m_worker->run(
        [kind = *kind, folders](QSqlDatabase) {
            Check check;
            for (const QString &f : folders) {
                if (!QFileInfo(f).isDir())
                    check.missing.append(f);
            }
            check.files = int(listAgentLogFiles(kind, folders).size());
            return check;
        },
        this,
        [this, account, folders](Check check) {
            QStringList shown;
            for (const QString &f : folders)
                shown.append(displayFolder(f));
            if (folders.isEmpty())
                emit message(tr("%1 has no folder to read: add one with Edit.").arg(account.label));
            else if (!check.missing.isEmpty())
                emit message(tr("%1: the folder %2 does not exist (any more).")
                                 .arg(account.label, displayFolder(check.missing.first())));
            else
                emit message(tr("%1: %2 exists and holds %n log file(s).", nullptr, check.files)
                                 .arg(account.label, shown.join(QStringLiteral(", "))));
        });
}

}   // namespace tl
