#include "dbpasswords.h"

namespace tl {

namespace {

SecretStore::Result notPostgres()
{
    return {SecretStore::Status::Failed, QStringLiteral("an SQLite database has no password"), {}};
}

}   // namespace

SecretStore::Result storeDatabasePasswordNow(SecretStore &store, const DbProfile &profile, const QString &password)
{
    if (!profile.isPostgres())
        return notPostgres();
    return store.writeNow(profile.keychainEntry(), password);
}

SecretStore::Result removeDatabasePasswordNow(SecretStore &store, const DbProfile &profile)
{
    if (!profile.isPostgres())
        return notPostgres();
    return store.removeNow(profile.keychainEntry());
}

SecretStore::Result readDatabasePasswordNow(SecretStore &store, const DbProfile &profile)
{
    if (!profile.isPostgres())
        return notPostgres();
    return store.readNow(profile.keychainEntry());
}

}   // namespace tl
