#include "agentrepository.h"

#include "accountrepository.h"
#include "common/dates.h"
#include "sqldialect.h"
#include "sqlutil.h"
#include "syncrunrepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace tl {

AgentRepository::AgentRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<Account> AgentRepository::accounts(QString *error) const
{
    QList<Account> out;
    for (const Account &a : AccountRepository(m_db).list(error)) {
        if (isAgentProvider(a.provider))
            out.append(a);
    }
    std::sort(out.begin(), out.end(), [](const Account &a, const Account &b) { return a.id < b.id; });
    return out;
}

QList<Account> AgentRepository::localAccounts(QString *error)
{
    QList<Account> out;
    QString listError;
    const QList<Account> all = accounts(&listError);
    if (!listError.isEmpty()) {
        if (error)
            *error = listError;
        return out;
    }
    for (const Account &a : all) {
        if (claimHere(a))
            out.append(a);
    }
    return out;
}

bool AgentRepository::claimHere(const Account &account, QString *owner)
{
    Account a = account;
    if (a.agentOwner.isEmpty() && isAgentProvider(a.provider)) {
        // Claimed where nobody has: on a personal ledger too, so a ledger copied into a team
        // database keeps its agent accounts with the desktop they came from.
        QSqlQuery q(m_db);
        if (q.prepare(QStringLiteral("UPDATE accounts SET agent_owner = ? WHERE id = ? AND agent_owner IS NULL"))) {
            q.addBindValue(thisSyncIdentity());
            q.addBindValue(a.id);
            q.exec();
        }
        if (const std::optional<Account> now = AccountRepository(m_db).find(a.id))
            a = *now;
    }
    if (owner)
        *owner = a.agentOwner;
    return readsHere(a);
}

bool AgentRepository::readsHere(const Account &account) const
{
    if (!isAgentProvider(account.provider))
        return false;
    if (sql::dialectOf(m_db) != sql::Dialect::Postgres)
        return true;   // a personal ledger: one person's logs, whatever the computer is called now
    return account.agentOwner.isEmpty() || account.agentOwner == thisSyncIdentity();
}

std::optional<Account> AgentRepository::accountFor(AgentKind kind, const QStringList &folders, bool *created,
                                                   QString *error)
{
    *created = false;
    QString listError;
    for (const Account &a : localAccounts(&listError)) {
        if (a.provider == agentProviderId(kind))
            return a;
    }
    if (!listError.isEmpty()) {
        if (error)
            *error = listError;
        return std::nullopt;
    }
    sql::Savepoint savepoint(m_db, QStringLiteral("agent_account"));
    Account a;
    a.provider = agentProviderId(kind);
    a.agentOwner = thisSyncIdentity();
    // On a team database every desktop's account is listed to everyone: "on this computer" would
    // name the reader's computer, not the owner's.
    a.label = sql::dialectOf(m_db) == sql::Dialect::Postgres
                  ? QStringLiteral("%1 (%2)").arg(agentDisplayName(kind), a.agentOwner)
                  : agentDefaultLabel(kind);
    a.id = AccountRepository(m_db).add(a, error);
    if (a.id == 0 || !setFolders(a.id, folders, error))
        return std::nullopt;
    if (!savepoint.commit()) {
        if (error)
            *error = savepoint.error();
        return std::nullopt;
    }
    *created = true;
    return AccountRepository(m_db).find(a.id);
}

QStringList AgentRepository::folders(qint64 accountId, QString *error) const
{
    QSqlQuery q(m_db);
    QStringList out;
    if (!sql::prepare(q, QStringLiteral("SELECT folder FROM agent_folders WHERE account_id = ? ORDER BY folder"),
                      error))
        return out;
    q.addBindValue(accountId);
    if (!sql::exec(q, error))
        return out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

bool AgentRepository::setFolders(qint64 accountId, const QStringList &folders, QString *error)
{
    sql::Savepoint savepoint(m_db, QStringLiteral("agent_folders"));
    if (!savepoint.isActive()) {
        if (error)
            *error = savepoint.error();
        return false;
    }
    QSqlQuery q(m_db);
    if (!sql::prepare(q, QStringLiteral("DELETE FROM agent_folders WHERE account_id = ?"), error))
        return false;
    q.addBindValue(accountId);
    if (!sql::exec(q, error))
        return false;
    if (!sql::prepare(
            q,
            sql::query(m_db, QStringLiteral("INSERT OR IGNORE INTO agent_folders (account_id, folder) VALUES (?, ?)")),
            error))
        return false;
    for (const QString &folder : folders) {
        if (folder.trimmed().isEmpty())
            continue;
        q.addBindValue(accountId);
        q.addBindValue(folder);
        if (!sql::exec(q, error))
            return false;
    }
    if (!savepoint.commit()) {
        if (error)
            *error = savepoint.error();
        return false;
    }
    return true;
}

std::optional<AgentAccountSummary> AgentRepository::summary(qint64 accountId, QString *error) const
{
    AgentAccountSummary s;
    s.accountId = accountId;
    s.folders = folders(accountId, error);
    QSqlQuery q(m_db);
    if (!sql::prepare(q, QStringLiteral("SELECT COUNT(*) FROM agent_files WHERE account_id = ?"), error))
        return std::nullopt;
    q.addBindValue(accountId);
    if (!sql::exec(q, error) || !q.next())
        return std::nullopt;
    s.files = q.value(0).toInt();
    if (!sql::prepare(q, QStringLiteral("SELECT COUNT(*), MIN(day), MAX(day) FROM agent_requests WHERE account_id = ?"),
                      error))
        return std::nullopt;
    q.addBindValue(accountId);
    if (!sql::exec(q, error) || !q.next())
        return std::nullopt;
    s.requests = q.value(0).toLongLong();
    s.firstDay = parseIsoDay(q.value(1).toString()).value_or(QDate());
    s.lastDay = parseIsoDay(q.value(2).toString()).value_or(QDate());
    return s;
}

std::optional<AgentRateLimits> AgentRepository::rateLimits(qint64 accountId, QString *error) const
{
    QSqlQuery q(m_db);
    if (!sql::prepare(q,
                      QStringLiteral("SELECT observed_ms, plan, primary_percent_milli, primary_minutes, "
                                     "primary_resets_ms, secondary_percent_milli, secondary_minutes, "
                                     "secondary_resets_ms FROM agent_rate_limits WHERE account_id = ?"),
                      error))
        return std::nullopt;
    q.addBindValue(accountId);
    if (!sql::exec(q, error) || !q.next())
        return std::nullopt;
    AgentRateLimits limits;
    limits.observedAt = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    limits.plan = q.value(1).toString();
    const auto window = [&q](int first) {
        AgentRateWindow w;
        if (q.value(first).isNull())
            return w;
        w.usedPercentMilli = q.value(first).toLongLong();
        w.windowMinutes = q.value(first + 1).toInt();
        if (!q.value(first + 2).isNull())
            w.resetsAt = QDateTime::fromMSecsSinceEpoch(q.value(first + 2).toLongLong(), Qt::UTC);
        return w;
    };
    limits.primary = window(2);
    limits.secondary = window(5);
    return limits;
}

}   // namespace tl
