#pragma once

#include "records/records.h"
#include "secretstore.h"

#include <QSqlDatabase>

namespace tl {

// An account's API key, as TokenLedger files it in the keychain.
//
// The entry is named "key-<key reference>": a random 128-bit reference made when the account is
// created and stored in its row, never derived from a row id — so another database (another
// profile, --db) cannot name this key, and a reused id cannot inherit it. The entry holds the key
// together with the origin (scheme://host:port) it was entered for; a key is handed out only for
// an account that still points at that origin, so a database edited behind TokenLedger's back
// cannot send it elsewhere. Changing the base URL through TokenLedger re-binds the key.
//
// Headless use: TOKENLEDGER_API_KEY_<KEY REFERENCE> (upper case), read at sync time, never
// stored. It names the reference, not the id, so it cannot reach another database's account.

QString newKeyRef();                            // 32 hex digits from the system's CSPRNG
QString keyEntryName(const QString &keyRef);    // "key-<ref>"
QString legacyKeyEntryName(qint64 accountId);   // "account-<id>", before schema 5
QString keyEnvironmentVariable(const QString &keyRef);
QString keyOrigin(const Account &account);   // the origin the account's requests go to

// Asynchronous, like the store. readAccountKey takes the environment variable first.
void storeAccountKey(SecretStore &store, const Account &account, const QString &key, SecretStore::Callback done);
void readAccountKey(SecretStore &store, const Account &account, SecretStore::Callback done);
void removeAccountKey(SecretStore &store, const Account &account, SecretStore::Callback done);
void rebindAccountKey(SecretStore &store, const Account &before, const Account &after, SecretStore::Callback done);

// Blocking variants for the command line and worker threads.
SecretStore::Result storeAccountKeyNow(SecretStore &store, const Account &account, const QString &key);
SecretStore::Result readAccountKeyNow(SecretStore &store, const Account &account);
SecretStore::Result removeAccountKeyNow(SecretStore &store, const Account &account);
// The user changed the account's base URL (`before` → `after`): the stored key follows it.
// Ok when there is nothing to move.
SecretStore::Result rebindAccountKeyNow(SecretStore &store, const Account &before, const Account &after);

// Moves keys stored by TokenLedger before schema 5 ("account-<id>") to their account's new
// entry — read, write under the new name, delete the old — for the accounts the schema upgrade
// marked. Unmarked accounts (created since) never look at the old names. Blocking.
struct KeyMigration
{
    int moved = 0;
    int absent = 0;    // no old entry: nothing to move
    int pending = 0;   // the keychain could not be asked (locked, unavailable): tried again next time
    QStringList problems;
};
KeyMigration migrateLegacyKeys(QSqlDatabase db, SecretStore &store, int timeoutMs = SecretStore::DefaultTimeoutMs);
bool hasLegacyKeys(QSqlDatabase db);

}   // namespace tl
