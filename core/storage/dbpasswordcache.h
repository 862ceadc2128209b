#pragma once

#include "dbprofile.h"

#include <QString>

namespace tl {

// A team database's password, held in this process's memory only, once the composition root (the
// window or the command line) has read it from the keychain. The connections that worker threads
// open later by URL (Database::open(path), DbWorker, the sync thread) take it from here, so the
// keychain is asked once and the password is never written anywhere: not in the URL, not in the
// settings, not on a command line.
void rememberDatabasePassword(const DbProfile &profile, const QString &password);
// Empty when none was remembered: libpq then looks in PGPASSFILE / ~/.pgpass itself.
QString rememberedDatabasePassword(const DbProfile &profile);
void forgetDatabasePassword(const DbProfile &profile);

}   // namespace tl
