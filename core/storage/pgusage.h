#pragma once

#include "records/records.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <utility>

namespace tl::pgusage {

// UsageRepository's writes on PostgreSQL, through QtSql (the SQLite paths call SQLite itself, for
// speed, and stay as they are). A chunk of rows goes in one INSERT … ON CONFLICT statement (one
// array per column, unnested) — one round trip per chunk, never per row — sorted by key, so two
// writers that share account-days always take their row locks in the same order and cannot
// deadlock on them. The counts follow SQLite's path: a new key is created, an existing one whose
// values differ is updated (its revision moves), an identical one is unchanged. The rollups of the
// touched account-days are recomputed in SQL from their rows, all the days at once by the schema's
// function tl_refresh_usage_rollups (pgrollups.cpp, schema version 19): usage_daily,
// usage_account_daily, usage_group_days/months, usage_page_days, usage_page_buckets with one
// bucket per model (any split into whole-model key ranges pages correctly; SQLite merges small
// models into buckets of MinBucketRows rows for its own speed), and the rows' names in usage_dims.

// Runs `statement` as it is, unprepared, its rows left in `query`: one round trip (QPSQL's prepare
// is a PREPARE, an EXECUTE and a DEALLOCATE, three). A failure is noted for sql::inTransaction's
// retry on a deadlock.
bool execDirect(QSqlQuery &query, const QString &statement, QString *error);

// `problemOf` is the repository's own check of one record (empty: fine).
// With `deferred` (inside a caller's transaction, UsageRepository::setDeferRollups), the account-days
// it touched are added there for the caller's flushRollups() instead of being refreshed now: a sync's
// pages touch the same days again and again, and each refresh is a round trip of a dozen statements.
UpsertResult upsert(QSqlDatabase db, const QList<UsageRecord> &batch, QString (*problemOf)(const UsageRecord &),
                    QSet<std::pair<qint64, QString>> *deferred = nullptr);
UpsertResult updateCosts(QSqlDatabase db, const QList<UsageRecord> &batch, QString (*problemOf)(const UsageRecord &));
bool refreshRollups(QSqlDatabase db, const QSet<std::pair<qint64, QString>> &touched, QString *error);
// Schema version 19 on PostgreSQL: creates tl_refresh_usage_rollups and makes usage_models' insert
// and delete triggers statement triggers (pgrollups.cpp).
bool createRollupFunctions(QSqlDatabase db, QString *error);
// usage_model_months' statement triggers on usage_daily (schema 23): every writer's rows, summed
// per (account, model, month) once per statement.
bool createModelMonthTriggers(QSqlDatabase db, QString *error);
bool rebuildRollups(QSqlDatabase db, QString *error);
// Withdraws the rows of the window whose keys `keptTable` (a temporary table of the connection:
// day, model, project, api_key_id, service_tier) does not hold; the number removed, or -1.
int removeAbsent(QSqlDatabase db, qint64 accountId, const QString &source, QDate from, QDate to,
                 const QString &keptTable, QString *error);

// UsageRepository::removeKeys and removeMissing there (pgusageremoval.cpp): deletes in multi-row
// statements, then the touched account-days' rollups.
int removeKeys(QSqlDatabase db, const QList<UsageRecord> &keys, QString *error);
int removeMissing(QSqlDatabase db, qint64 accountId, const QString &source, QDate from, QDate to,
                  const QList<UsageRecord> &kept, QString *error);

}   // namespace tl::pgusage
