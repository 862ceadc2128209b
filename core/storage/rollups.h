#pragma once

#include "sqlitestatement.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace tl::rollups {

// usage_account_daily (schema 10): usage_daily summed per (day, account), which is the grain spend is
// read at (a bill replaces the estimate per account and day). Recomputes the rows of these
// (account, 'YYYY-MM-DD') pairs from usage_daily; called by every writer of usage_daily after it
// has refreshed them, inside its savepoint (UsageRepository::refreshRollups).
bool refreshAccountDays(QSqlDatabase db, const QSet<std::pair<qint64, QString>> &touched, QString *error);

// The same with its two statements prepared once, for a writer that refreshes batch after batch
// (UsageRepository: preparing them per batch cost ~7 % of an ingest). Must not outlive the connection.
class AccountDays final
{
public:
    bool refresh(QSqlDatabase db, const QSet<std::pair<qint64, QString>> &touched, QString *error);

private:
    bool m_prepared = false;
    sql::SqliteStatement m_remove;
    sql::SqliteStatement m_insert;
};

// Recomputes all of usage_account_daily from usage_daily (the rollup rebuild).
bool rebuildAccountDays(QSqlDatabase db, QString *error);

}   // namespace tl::rollups
