#pragma once

#include "secretstore.h"
#include "storage/dbprofile.h"

namespace tl {

// A team database's password, filed in the OS keychain under the profile's entry
// (DbProfile::keychainEntry: one per user, host, port and database). No entry is not an error:
// the connection then goes without one and libpq looks in PGPASSFILE / ~/.pgpass itself (or the
// server trusts the user, or asks for a client certificate). Blocking, like the account key
// helpers: for the command line and worker threads, never the UI thread.
SecretStore::Result storeDatabasePasswordNow(SecretStore &store, const DbProfile &profile, const QString &password);
SecretStore::Result removeDatabasePasswordNow(SecretStore &store, const DbProfile &profile);
// Ok with the password, or NotFound (use .pgpass), or why the keychain could not be asked.
SecretStore::Result readDatabasePasswordNow(SecretStore &store, const DbProfile &profile);

}   // namespace tl
