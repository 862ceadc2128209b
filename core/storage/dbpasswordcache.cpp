#include "dbpasswordcache.h"

#include <QHash>

#include <mutex>

namespace tl {

namespace {

struct Cache
{
    std::mutex mutex;
    QHash<QString, QString> passwords;   // keyed by DbProfile::keychainEntry
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

}   // namespace

void rememberDatabasePassword(const DbProfile &profile, const QString &password)
{
    if (!profile.isPostgres())
        return;
    Cache &c = cache();
    const std::lock_guard<std::mutex> lock(c.mutex);
    if (password.isEmpty())
        c.passwords.remove(profile.keychainEntry());
    else
        c.passwords.insert(profile.keychainEntry(), password);
}

QString rememberedDatabasePassword(const DbProfile &profile)
{
    if (!profile.isPostgres())
        return {};
    Cache &c = cache();
    const std::lock_guard<std::mutex> lock(c.mutex);
    return c.passwords.value(profile.keychainEntry());
}

void forgetDatabasePassword(const DbProfile &profile)
{
    rememberDatabasePassword(profile, QString());
}

}   // namespace tl
