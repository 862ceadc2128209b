#pragma once

#include "agents/agentfilereader.h"
#include "records/records.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace tl {

// What an agent account holds, for lists (Accounts page, `agents list`).
struct AgentAccountSummary
{
    qint64 accountId = 0;
    QStringList folders;
    int files = 0;         // log files read at least once
    qint64 requests = 0;   // requests recorded
    QDate firstDay;
    QDate lastDay;
};

// The folders, files and requests of coding-agent accounts (agent_folders, agent_files,
// agent_requests, agent_rate_limits).
class AgentRepository final
{
public:
    explicit AgentRepository(QSqlDatabase db);

    // The agent accounts (not archived), by id: every desktop's, for showing.
    QList<Account> accounts(QString *error = nullptr) const;
    // The agent accounts whose logs are on this desktop, by id (disabled ones too): on a personal
    // ledger all of them; on a team database those this desktop owns (agent_owner is its
    // thisSyncIdentity). An account nobody owns yet (made before schema 17, or copied in) is claimed
    // by the first desktop that asks — atomically, so two desktops never both take it.
    QList<Account> localAccounts(QString *error = nullptr);
    // Whether `account` (an agent account) reads this desktop's logs, without claiming it.
    bool readsHere(const Account &account) const;
    // Whether this desktop imports `account`, claiming it first if nobody owns it; *owner: who does
    // (also when it is not this desktop). A read failure answers true: the import reports it.
    bool claimHere(const Account &account, QString *owner = nullptr);
    // The first local agent account of this kind; without one, a new one owned by this desktop
    // ("Claude Code on this computer"; on a team database "Claude Code (ana@laptop)", for the others)
    // reading `folders` (*created says which).
    std::optional<Account> accountFor(AgentKind kind, const QStringList &folders, bool *created,
                                      QString *error = nullptr);

    QStringList folders(qint64 accountId, QString *error = nullptr) const;
    bool setFolders(qint64 accountId, const QStringList &folders, QString *error = nullptr);
    std::optional<AgentAccountSummary> summary(qint64 accountId, QString *error = nullptr) const;
    // The latest usage windows the agent logged itself (Codex), if any.
    std::optional<AgentRateLimits> rateLimits(qint64 accountId, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};

}   // namespace tl
