#pragma once

#include "records/records.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace tl::pgstage {

// UsageStage (syncmerge.h) on PostgreSQL, through QtSql: the same temporary table of the
// connection (pg_temp.sync_usage), rows with the same key summed as they arrive (a sum past
// 2^63 − 1 is PostgreSQL's "bigint out of range", reported as an overflow naming the row), read
// back in key order a batch at a time.
constexpr const char *Table = "sync_usage";

bool begin(QSqlDatabase db, QString *error);
bool add(QSqlDatabase db, const QList<UsageRecord> &rows, QString *error, bool *overflow);
bool forEachBatch(QSqlDatabase db, int batchSize, const std::function<bool(QList<UsageRecord> &, QString *)> &write,
                  QString *error);
void drop(QSqlDatabase db);

}   // namespace tl::pgstage
