#include "accountspage.h"

#include <algorithm>

#include "accountcells.h"
#include "accountdialog.h"
#include "agentaccountdialog.h"
#include "agents/agentsources.h"
#include "agentsourcesdialog.h"
#include "common/dates.h"
#include "common/emptystate.h"
#include "common/tables.h"
#include "net/netbackend.h"
#include "providers/otheradapters.h"
#include "providers/providercatalog.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"
#include "storage/accountrepository.h"
#include "storage/agentrepository.h"
#include "storage/dbworker.h"
#include "storage/schemadialect.h"
#include "sync/syncqueue.h"
#include "sync/syncservice.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl {

using accountcells::balancesText;
using accountcells::healthText;
using accountcells::sourceText;
using accountcells::sourceToolTip;

AccountsPage::AccountsPage(DbWorker *worker, SecretStore *secrets, SyncService *sync, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_secrets(secrets)
    , m_sync(sync)
    , m_stack(new QStackedWidget(this))
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("Remove…"), this))
    , m_test(new QPushButton(tr("Test Connection"), this))
    , m_syncOne(new QPushButton(tr("Sync This Account"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("accountsPage"));
    auto *empty = new EmptyState(tr("No provider accounts yet"),
                                 tr("Add a provider account to start syncing: OpenAI, Anthropic, OpenRouter, DeepSeek, "
                                    "xAI, Google Gemini, Groq, Perplexity or Mistral. Keys are kept only in your "
                                    "system keychain, never in TokenLedger's files. Or follow the coding agents on "
                                    "this computer (Claude Code, Codex CLI, Gemini CLI) from their local logs, "
                                    "with no key."),
                                 this);
    empty->setObjectName(QStringLiteral("accountsEmptyState"));
    empty->setAction(tr("Add an Account…"));
    empty->setSecondaryAction(tr("Add a Coding Agent…"));
    connect(empty, &EmptyState::actionTriggered, this, &AccountsPage::addClicked);
    connect(empty, &EmptyState::secondaryActionTriggered, this, &AccountsPage::addAgentClicked);
    if (m_sync)
        m_syncQueue = new SyncQueue(m_sync, this);

    auto *add = new QPushButton(tr("Add Account…"), this);
    add->setObjectName(QStringLiteral("addAccountButton"));
    auto *addAgent = new QPushButton(tr("Add Coding Agent…"), this);
    addAgent->setObjectName(QStringLiteral("addAgentButton"));
    addAgent->setToolTip(tr("Claude Code, Codex CLI or Gemini CLI: usage from the logs they keep on this computer"));
    m_edit->setObjectName(QStringLiteral("editAccountButton"));
    m_remove->setObjectName(QStringLiteral("removeAccountButton"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_syncOne->setObjectName(QStringLiteral("syncAccountButton"));
    m_status->setObjectName(QStringLiteral("accountsStatusLabel"));
    m_status->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("accountsTableView"));
    m_model->setHorizontalHeaderLabels({tr("Provider"), tr("Label"), tr("Source"), tr("Synced by"), tr("Last synced"),
                                        tr("Health"), tr("Balance / credits")});
    m_model->horizontalHeaderItem(ReachColumn)
        ->setToolTip(tr("Whether this desktop can sync the account: keys stay in each person's own keychain"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    // Every column as wide as its contents (never clipped, e.g. "Health" beside long "Synced by" texts);
    // the last takes what is left.
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->viewport()->installEventFilter(this);   // fitted again as the window's width changes

    auto *list = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(addAgent);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_syncOne);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_status);
    m_stack->addWidget(empty);
    m_stack->addWidget(list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(add, &QPushButton::clicked, this, &AccountsPage::addClicked);
    connect(addAgent, &QPushButton::clicked, this, &AccountsPage::addAgentClicked);
    connect(m_edit, &QPushButton::clicked, this, &AccountsPage::editClicked);
    connect(m_remove, &QPushButton::clicked, this, &AccountsPage::removeClicked);
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (const AccountRow *row = selected())
            testConnection(row->account.id);
    });
    connect(m_syncOne, &QPushButton::clicked, this, [this] {
        if (const AccountRow *row = selected()) {
            SyncRequest request;
            request.accountId = row->account.id;
            m_sync->start(request);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsPage::updateButtons);
    onRowActivation(m_table, [this](int row) {
        m_table->selectRow(row);
        editClicked();
    });
    connect(this, &AccountsPage::message, m_status, &QLabel::setText);
    updateButtons();
}

QNetworkAccessManager *AccountsPage::network()
{
    if (!m_network)   // without the module, asked again: net::backend() remembers why it failed
        m_network = net::newNetwork(this);
    return m_network;
}

void AccountsPage::refresh()
{
    m_worker->run(
        [](QSqlDatabase db) {
            QList<AccountRow> rows;
            SyncRunRepository runs(db);
            BalanceRepository balances(db);
            QString error;
            AgentRepository agents(db);
            const bool team = sql::dialectOf(db) == sql::Dialect::Postgres;
            for (const Account &a : AccountRepository(db).list(&error))
                rows.append({a, runs.health(a.id), balances.list(a.id),
                             isAgentProvider(a.provider) ? agents.folders(a.id) : QStringList(),
                             SyncReach::withoutKeyRead(a, team)});
            return std::tuple{std::move(rows), error, team};
        },
        this,
        [this](std::tuple<QList<AccountRow>, QString, bool> result) {
            m_team = std::get<2>(result);
            present(std::move(std::get<0>(result)));
            if (!std::get<1>(result).isEmpty())
                emit message(tr("The accounts could not be read: %1").arg(std::get<1>(result)));
        });
}

void AccountsPage::present(QList<AccountRow> rows)
{
    m_rows = std::move(rows);
    ++m_generation;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_model->removeRows(0, m_model->rowCount());
    for (const AccountRow &r : std::as_const(m_rows)) {
        QList<QStandardItem *> items{
            new QStandardItem(providerDisplayName(r.account.provider)),
            new QStandardItem(r.account.label),
            new QStandardItem(sourceText(r)),
            new QStandardItem(),
            new QStandardItem(r.health.lastSuccess.isValid() ? lastSyncedText(r.health, now) : tr("never")),
            new QStandardItem(healthText(r)),
            new QStandardItem(balancesText(r.balances)),
        };
        items[2]->setToolTip(sourceToolTip(r));
        items[LastSyncedColumn]->setToolTip(momentText(r.health.lastSuccess));
        items[HealthColumn]->setToolTip(items[HealthColumn]->text());
        items[BalanceColumn]->setToolTip(items[BalanceColumn]->text());
        if (r.health.consecutiveFailures > 0)
            items[HealthColumn]->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_model->appendRow(items);
        showReach(m_model->rowCount() - 1);
    }
    m_stack->setCurrentIndex(m_rows.isEmpty() ? 0 : 1);
    fitColumns();
    updateButtons();
    emit refreshed();
    checkReach();
}

const AccountRow *AccountsPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_rows.at(rows.first().row());
}

void AccountsPage::updateButtons()
{
    const AccountRow *row = selected();
    for (QPushButton *b : {m_edit, m_remove, m_test})
        b->setEnabled(row != nullptr);
    const bool agent = row && isAgentProvider(row->account.provider);
    m_syncOne->setEnabled(row && (providerSyncs(row->account.provider) || agent) && m_sync);
    // A coding agent has no connection to test: its check looks at its folders.
    m_test->setText(agent ? tr("Check Folders") : tr("Test Connection"));
    m_test->setToolTip(agent ? tr("Checks that the account's folders exist and counts the log files in them")
                             : QString());
}

void AccountsPage::addClicked()
{
    AccountDialog dialog(this);
    dialog.setConnectionTest(network(), m_secrets);
    if (dialog.exec() == QDialog::Accepted)
        saveAccount(dialog.account(), dialog.key());
}

void AccountsPage::editClicked()
{
    const AccountRow *row = selected();
    if (!row)
        return;
    if (isAgentProvider(row->account.provider)) {
        AgentAccountDialog dialog(row->account, row->agentFolders, this);
        if (dialog.exec() == QDialog::Accepted)
            saveAgentAccount(dialog.account(), dialog.folders());
        return;
    }
    AccountDialog dialog(this);
    dialog.setAccount(row->account);
    dialog.setConnectionTest(network(), m_secrets);
    if (dialog.exec() == QDialog::Accepted)
        saveAccount(dialog.account(), dialog.key());
}

void AccountsPage::removeClicked()
{
    const AccountRow *row = selected();
    if (!row)
        return;
    const QString question =
        isAgentProvider(row->account.provider)
            ? tr("Remove \"%1\"? Its logs stay where they are; TokenLedger stops reading them. Keep its usage in "
                 "your totals, or delete it too?")
            : tr("Remove \"%1\"? Its key is deleted from the keychain. Keep its usage and costs in your totals, or "
                 "delete them too?");
    QMessageBox box(QMessageBox::Question, tr("Remove Account"), question.arg(row->account.label), QMessageBox::Cancel,
                    this);
    QPushButton *keep = box.addButton(tr("Remove, Keep History"), QMessageBox::AcceptRole);
    QPushButton *drop = box.addButton(tr("Remove and Delete History"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() == keep || box.clickedButton() == drop)
        removeAccount(row->account.id, box.clickedButton() == keep);
}

void AccountsPage::saveAccount(const Account &edited, const QString &key)
{
    Account account = edited;
    const bool isNew = account.id == 0;
    if (isNew)
        account.keyRef = newKeyRef();
    const auto it =
        std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const AccountRow &r) { return r.account.id == account.id; });
    const Account before = it != m_rows.cend() ? it->account : account;
    const auto keyDone = [this, account, isNew, hasKey = !key.isEmpty()](SecretStore::Result result) {
        if (result.status != SecretStore::Status::Ok) {
            const QString what = isNew ? tr("The account was not added: its key could not be stored. %1")
                                       : tr("The account was not changed: its key could not be stored. %1");
            emit message(what.arg(result.message));
            QMessageBox::warning(this, tr("Key Not Stored"), what.arg(result.message));
            return;
        }
        persist(account, hasKey);
    };
    if (!key.isEmpty())
        storeAccountKey(*m_secrets, account, key, keyDone);
    else if (!isNew)
        rebindAccountKey(*m_secrets, before, account, keyDone);   // the key follows an address the user changed
    else
        persist(account, false);
}

void AccountsPage::persist(const Account &account, bool keyStored)
{
    m_worker->run(
        [account](QSqlDatabase db) {
            AccountRepository accounts(db);
            QString error;
            if (account.id == 0) {
                const qint64 id = accounts.add(account, &error);
                return std::pair<qint64, QString>{id, error};
            }
            return std::pair<qint64, QString>{accounts.update(account, &error) ? account.id : 0, error};
        },
        this,
        [this, account, keyStored](std::pair<qint64, QString> saved) {
            if (saved.first == 0) {
                // A new account's key must not outlive the account that was not added.
                if (account.id == 0 && keyStored)
                    removeAccountKey(*m_secrets, account, [](SecretStore::Result) {});
                emit message(tr("The account was not saved: %1").arg(saved.second));
                return;
            }
            refresh();
            emit accountsChanged();
            emit message(keyStored ? tr("Account saved; its key is in your system keychain.") : tr("Account saved."));
        });
}

void AccountsPage::removeAccount(qint64 id, bool keepHistory, bool leaveKey)
{
    const auto it =
        std::find_if(m_rows.cbegin(), m_rows.cend(), [id](const AccountRow &r) { return r.account.id == id; });
    if (it == m_rows.cend())
        return;
    const Account account = it->account;
    if (isAgentProvider(account.provider)) {
        removeRow(account, keepHistory, true);   // no key to delete
        return;
    }
    removeAccountKey(*m_secrets, account, [this, account, keepHistory, leaveKey](SecretStore::Result result) {
        if (result.status == SecretStore::Status::Ok) {
            removeRow(account, keepHistory, true);
            return;
        }
        const QString problem = tr("The key of \"%1\" could not be deleted from your system keychain: %2")
                                    .arg(account.label, result.message);
        bool removeAnyway = leaveKey;
        if (!removeAnyway) {
            QMessageBox box(QMessageBox::Warning, tr("Key Not Deleted"),
                            problem + QStringLiteral("\n\n") +
                                tr("Remove the account anyway? Its key then stays in the keychain as \"%1\" until "
                                   "you delete it there.")
                                    .arg(keyEntryName(account.keyRef)),
                            QMessageBox::Cancel, this);
            box.setObjectName(QStringLiteral("keyNotDeletedMessageBox"));
            QPushButton *anyway = box.addButton(tr("Remove Anyway"), QMessageBox::DestructiveRole);
            box.exec();
            removeAnyway = box.clickedButton() == anyway;
        }
        if (!removeAnyway) {
            emit message(problem + QLatin1Char(' ') + tr("The account was not removed."));
            return;
        }
        removeRow(account, keepHistory, false);
    });
}

void AccountsPage::removeRow(const Account &account, bool keepHistory, bool keyGone)
{
    const qint64 id = account.id;
    m_worker->run(
        [id, keepHistory](QSqlDatabase db) {
            AccountRepository accounts(db);
            QString error;
            const bool ok = keepHistory ? accounts.archive(id, &error) : accounts.remove(id, &error);
            return ok ? QString() : error;
        },
        this,
        [this, keepHistory, keyGone, entry = keyEntryName(account.keyRef)](QString error) {
            QString text = error.isEmpty() ? (keepHistory ? tr("Account removed; its history stays in your totals.")
                                                          : tr("Account and its history removed."))
                                           : tr("The account was not removed: %1").arg(error);
            if (error.isEmpty() && !keyGone)
                text += QLatin1Char(' ') + tr("Its key is still in your keychain as \"%1\".").arg(entry);
            emit message(text);
            refresh();
            emit accountsChanged();
        });
}

void AccountsPage::testConnection(qint64 id)
{
    const auto it =
        std::find_if(m_rows.cbegin(), m_rows.cend(), [id](const AccountRow &r) { return r.account.id == id; });
    if (it == m_rows.cend())
        return;
    const Account account = it->account;
    if (isAgentProvider(account.provider)) {
        checkAgentFolders(account, it->agentFolders);
        return;
    }
    emit message(tr("Testing the connection to %1…").arg(account.label));
    const auto withKey = [this, account](const SecretStore::Result &key) {
        if (key.status != SecretStore::Status::Ok) {
            emit message(tr("%1: %2").arg(account.label, key.message));
            return;
        }
        std::shared_ptr<ProviderAdapter> adapter = createAdapter(account, key.secret, network(), RetryPolicy{});
        adapter->testConnection([this, adapter, account](ProviderError error, QString summary) {
            emit message(error.ok() ? tr("%1: %2").arg(account.label, summary)
                                    : tr("%1: the connection test failed: %2").arg(account.label, error.message));
        });
    };
    readAccountKey(*m_secrets, account, withKey);
}

bool AccountsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_table->viewport() && m_fittedWidth >= 0 &&
        m_table->viewport()->width() != m_fittedWidth)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void AccountsPage::fitColumns()
{
    // Each column as wide as its contents. When they do not all fit, the short columns, when it
    // was synced and the balance (money, what a user reads the page for) keep theirs, and the long
    // texts (the source, who syncs it, an error in Health — each with a tooltip holding all of it)
    // share what is left: the widest are cut to one common width, never below a floor.
    // (The balance is the last column, stretched over what is left: its width is not its contents'.)
    const int columns = m_model->columnCount();
    const auto contents = [this](int c) {
        // (QTableView makes it protected; QAbstractItemView has it public.)
        return std::max(static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(c),
                        m_table->horizontalHeader()->sectionSizeHint(c));
    };
    const QList<int> elastic{SourceColumn, ReachColumn, HealthColumn};
    int fixed = 0;
    QList<int> wanted;
    for (int c = 0; c < columns; ++c) {
        if (c != BalanceColumn)
            m_table->setColumnWidth(c, contents(c));
        if (elastic.contains(c))
            wanted << contents(c);
        else
            fixed += contents(c);
    }
    m_fittedWidth = m_table->viewport()->width();
    const int room = m_fittedWidth - fixed;
    int total = 0;
    for (int w : std::as_const(wanted))
        total += w;
    if (total <= room)
        return;
    // The common width: the largest cap at which the capped widths fit in the room.
    std::sort(wanted.begin(), wanted.end());
    int cap = 80;
    int below = 0;   // the widths under the cap being tried
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const int fits = int((room - below) / (wanted.size() - i));
        if (fits <= wanted.at(i)) {
            cap = std::max(cap, fits);
            break;
        }
        below += wanted.at(i);
    }
    for (int c : elastic)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), cap));
}

}   // namespace tl
