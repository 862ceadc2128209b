#include "syncreach.h"

#include "agents/agentsources.h"
#include "common/dates.h"
#include "providers/providercatalog.h"
#include "secrets/accountkeys.h"
#include "storage/syncrunrepository.h"
#include "syncruntext.h"

namespace tl {

QString SyncReach::name() const
{
    switch (kind) {
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Environment:
        return QStringLiteral("environment");
    case Kind::NoKeyNeeded:
        return QStringLiteral("no_key_needed");
    case Kind::OtherComputer:
        return QStringLiteral("other_computer");
    case Kind::NoUsageApi:
        return QStringLiteral("no_usage_api");
    case Kind::Elsewhere:
        return QStringLiteral("elsewhere");
    case Kind::NoKey:
        return QStringLiteral("no_key");
    case Kind::KeychainProblem:
        return QStringLiteral("keychain_problem");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString SyncReach::text() const
{
    switch (kind) {
    case Kind::Keychain:
        return tr("This desktop (key in the keychain)");
    case Kind::Environment:
        return tr("This desktop (key from the environment)");
    case Kind::NoKeyNeeded:
        return tr("This desktop (local logs, no key needed)");
    case Kind::OtherComputer:
        //: a coding-agent account of a team database, read from a teammate's logs: "ana@laptop"
        return tr("%1 (the coding-agent logs of that computer)").arg(detail);
    case Kind::NoUsageApi:
        return tr("Not synced (imports and manual entries)");
    case Kind::Elsewhere:
        return tr("Another desktop or a sync host (its key is not on this desktop)");
    case Kind::NoKey:
        return tr("Not synced: no key on this desktop");
    case Kind::KeychainProblem:
        return tr("Unknown: %1").arg(detail);
    case Kind::Unknown:
        break;
    }
    return tr("Checking the keychain…");
}

bool SyncReach::needsKeyRead(const Account &account)
{
    return withoutKeyRead(account).kind == Kind::Unknown;
}

SyncReach SyncReach::withoutKeyRead(const Account &account, bool team)
{
    if (isAgentProvider(account.provider)) {
        if (team && !account.agentOwner.isEmpty() && account.agentOwner != thisSyncIdentity())
            return {Kind::OtherComputer, account.agentOwner};
        return {Kind::NoKeyNeeded, {}};
    }
    if (!providerSyncs(account.provider))
        return {Kind::NoUsageApi, {}};
    // The engine takes the variable before the keychain (readAccountKey), so it decides alone.
    if (qEnvironmentVariableIsSet(qPrintable(keyEnvironmentVariable(account.keyRef))))
        return {Kind::Environment, {}};
    return {};
}

SyncReach SyncReach::fromKeyRead(const SecretStore::Result &key, bool team)
{
    if (key.status == SecretStore::Status::Ok)
        return {Kind::Keychain, {}};
    if (key.status == SecretStore::Status::NotFound)
        return {team ? Kind::Elsewhere : Kind::NoKey, {}};
    return {Kind::KeychainProblem, key.message};
}

QString SyncReach::skipReason(const Account &account, const SecretStore::Result &key, bool team)
{
    const QString variable = keyEnvironmentVariable(account.keyRef);
    if (key.status == SecretStore::Status::NotFound)
        return team ? QCoreApplication::translate("tl::SyncRunText",
                                                  "%1: its key is not on this desktop, so another desktop or a sync "
                                                  "host syncs it. To sync it from here too, add its key or set %2.")
                          .arg(account.label, variable)
                    : QCoreApplication::translate("tl::SyncRunText",
                                                  "%1: no API key stored, so it is not synced (CSV imports and "
                                                  "manual entries only). Add a key to sync it, or set %2.")
                          .arg(account.label, variable);
    // A key bound to another address is this desktop's own problem to fix, reported as a failure.
    if (!team || key.status == SecretStore::Status::Ok || key.status == SecretStore::Status::WrongHost)
        return QString();
    return tr("%1: not synced from this desktop, so another desktop or a sync host syncs it. %2")
        .arg(account.label, SyncRunText::render(SyncRunText::keyFailed(key.status, key.message, variable), QString(),
                                                account.provider));
}

QString SyncReach::otherComputerReason(const Account &account, const QString &owner)
{
    return QCoreApplication::translate("tl::SyncRunText",
                                       "%1: reads the coding-agent logs of %2's computer; imported there.")
        .arg(account.label, owner);
}

QString agoText(const QDateTime &moment, const QDateTime &now)
{
    if (!moment.isValid())
        return QString();
    // Desktops' clocks differ a little: a moment just ahead of ours is "just now" too.
    const qint64 minutes = std::max<qint64>(0, moment.secsTo(now) / 60);
    if (minutes < 1)
        return SyncReach::tr("just now");
    if (minutes < 60)
        return SyncReach::tr("%n min ago", nullptr, int(minutes));
    if (minutes < 24 * 60)
        return SyncReach::tr("%n h ago", nullptr, int(minutes / 60));
    if (minutes < 14 * 24 * 60)
        return SyncReach::tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
    return momentText(moment);
}

QString lastSyncedText(const AccountHealth &health, const QDateTime &now)
{
    if (!health.lastSuccess.isValid())
        return QString();
    const QString when = agoText(health.lastSuccess, now);
    if (health.lastSyncedBy.isEmpty())
        return when;
    const QString who = health.lastSyncedBy == thisSyncIdentity() ? SyncReach::tr("this desktop") : health.lastSyncedBy;
    //: who synced an account last, and when: "ana@laptop, 10 min ago"
    return SyncReach::tr("%1, %2").arg(who, when);
}

}   // namespace tl
