#pragma once

#include "records/records.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace tl {

struct AccountHealth;

// Whether this desktop can sync an account (issue 16: keys stay personal). A team shares one
// database but every key stays in its owner's keychain, so an account is synced by whoever holds
// its key — this desktop (keychain or TOKENLEDGER_API_KEY_… variable), another desktop, or a sync
// host. The Accounts page and `tokenledger accounts list` say which, from the same words.
struct SyncReach
{
    Q_DECLARE_TR_FUNCTIONS(tl::SyncReach)

public:
    enum class Kind
    {
        Keychain,          // its key is in this desktop's keychain
        Environment,       // its TOKENLEDGER_API_KEY_… variable is set in this process
        NoKeyNeeded,       // a coding agent: read from this computer's logs
        OtherComputer,     // team database: a coding agent read from a teammate's computer (detail: who)
        NoUsageApi,        // the provider has no usage API: imports and manual entries only
        Elsewhere,         // team database, no key here: another desktop or a sync host syncs it
        NoKey,             // personal ledger, no key here: not synced at all
        KeychainProblem,   // the keychain could not say (locked, no service, wrong address)
        Unknown,           // not asked yet
    };
    Kind kind = Kind::Unknown;
    QString detail;   // the keychain's own words, for KeychainProblem

    bool syncsHere() const { return kind == Kind::Keychain || kind == Kind::Environment || kind == Kind::NoKeyNeeded; }
    // For scripts (--json): "keychain", "environment", "no_key_needed", "other_computer", "no_usage_api", "elsewhere",
    // "no_key", "keychain_problem", "unknown".
    QString name() const;
    // For people, translated: "This desktop (key in the keychain)", "Another desktop or a sync host
    // (no key here)", …
    QString text() const;

    // Whether the keychain must be asked to tell (an account whose provider has an API and whose
    // variable is not set).
    static bool needsKeyRead(const Account &account);
    // Without asking the keychain: everything but Keychain / Elsewhere / NoKey / KeychainProblem.
    // `team`: the database is shared, where a coding-agent account is read by its owner's desktop.
    static SyncReach withoutKeyRead(const Account &account, bool team = false);
    // From the answer of readAccountKey; `team`: the database is shared (PostgreSQL).
    static SyncReach fromKeyRead(const SecretStore::Result &key, bool team);
    // Why a sync leaves `account` out, given the answer of its key read; empty when it goes ahead.
    // No key: not synced (personal ledger) or synced by whoever holds it (team). In a team database
    // a keychain that cannot answer (none on a sync host, locked) is also a reason to leave it to the
    // others — a failed run would tell every desktop the account is failing.
    static QString skipReason(const Account &account, const SecretStore::Result &key, bool team);
    // Why a sync leaves out a teammate's coding-agent account: `owner` ("ana@laptop") imports it.
    static QString otherComputerReason(const Account &account, const QString &owner);
};

// "ana@laptop, 10 min ago" — who ran the account's last successful sync and when; "this desktop"
// when it was this process's identity (thisSyncIdentity); only the time for runs stored before
// schema 15. Empty when it never synced.
QString lastSyncedText(const AccountHealth &health, const QDateTime &now);
// "just now", "10 min ago", "3 h ago", "2 days ago"; older than two weeks: the moment itself.
QString agoText(const QDateTime &moment, const QDateTime &now);

}   // namespace tl
