#pragma once

#include <QSqlDatabase>
#include <QString>

namespace tl::migrations {

// Creates the current schema in an empty database. Runs inside the caller's transaction.
bool create(QSqlDatabase db, QString *error);
// Runs the ordered upgrade steps from `from` to `to`. Runs inside the caller's transaction.
bool upgrade(QSqlDatabase db, int from, int to, QString *error);

}   // namespace tl::migrations
