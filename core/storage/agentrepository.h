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

    // The agent accounts (not archived), by id.
    QList<Account> accounts(QString *error = nullptr) const;
    // The first agent account of this kind; without one, a new one ("Claude Code on this computer")
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
