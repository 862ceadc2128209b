#include "accountspage.h"

#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"

#include <QPointer>
#include <QStandardItemModel>
#include <QTableView>

// The Accounts page's "Synced by" column (issue 16: keys stay personal): whether this desktop can
// sync each account — its key in this desktop's keychain or its TOKENLEDGER_API_KEY_… variable set,
// or no key needed — and, in a team database, that another desktop or a sync host syncs the others.

namespace tl {

void AccountsPage::checkReach()
{
    m_reachPending = 0;
    const int generation = m_generation;
    QList<Account> toAsk;
    for (const AccountRow &r : std::as_const(m_rows)) {
        if (r.reach.kind == SyncReach::Kind::Unknown)
            toAsk.append(r.account);
    }
    m_reachPending = int(toAsk.size());
    if (toAsk.isEmpty() || !m_secrets) {
        emit reachChecked();
        return;
    }
    // One read per account, answered on this thread; answers for rows a later refresh replaced
    // are dropped (the generation moved on).
    QPointer<AccountsPage> self(this);
    for (const Account &account : std::as_const(toAsk)) {
        readAccountKey(*m_secrets, account, [self, generation, id = account.id](SecretStore::Result key) {
            if (!self || self->m_generation != generation)
                return;
            for (int row = 0; row < self->m_rows.size(); ++row) {
                if (self->m_rows.at(row).account.id == id) {
                    self->m_rows[row].reach = SyncReach::fromKeyRead(key, self->m_team);
                    self->showReach(row);
                }
            }
            if (--self->m_reachPending == 0) {
                self->fitColumns();
                emit self->reachChecked();
            }
        });
    }
}

void AccountsPage::showReach(int row)
{
    QStandardItem *item = m_model->item(row, ReachColumn);
    if (!item || row >= m_rows.size())
        return;
    const AccountRow &r = m_rows.at(row);
    item->setText(r.reach.text());
    QString tip = r.reach.text();
    if (r.reach.kind == SyncReach::Kind::Elsewhere || r.reach.kind == SyncReach::Kind::NoKey)
        tip += QStringLiteral("\n\n") + tr("To sync it from this desktop, add its key (Edit…), or set %1 for a "
                                           "headless sync.")
                                            .arg(keyEnvironmentVariable(r.account.keyRef));
    item->setToolTip(tip);
    // Accounts synced elsewhere are not this desktop's to worry about: shown, not flagged.
    if (r.reach.kind == SyncReach::Kind::KeychainProblem)
        item->setForeground(QColor(0xb3, 0x26, 0x1e));
}

}   // namespace tl
