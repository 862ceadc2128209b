#pragma once

#include "schemadialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>

namespace tl::sql {

// The seam the repositories' queries go through where SQLite and PostgreSQL differ. Most of the
// SQL is written once in the portable subset both understand (`?` placeholders — QPSQL has no `?1`;
// `substr(day, 1, 7)` for a month; `INSERT … ON CONFLICT (key) DO UPDATE`; `RETURNING id` rather
// than lastInsertId, which QPSQL cannot give); the helpers below cover the rest.

// `sqliteSql` as the connection's backend needs it: unchanged on SQLite; on PostgreSQL the
// statement rules of schemadialect.h (INSERT OR IGNORE → ON CONFLICT DO NOTHING, MAX(a, b) →
// GREATEST, randomblob ids), MIN(a, b) → LEAST, GROUP_CONCAT → string_agg and CROSS JOIN t x ON
// → JOIN t x ON.
QString query(const QSqlDatabase &db, const QString &sqliteSql);

// SUM(expr) read back exactly. PostgreSQL's SUM over BIGINT is NUMERIC, which QPSQL hands over as a
// double by default (QSql::LowPrecisionDouble): wrong past 2^53 nano-USD (about 9 million dollars).
// Database sets QSql::HighPrecision on PostgreSQL connections (NUMERIC arrives as exact text, which
// toLongLong() reads), so a plain SUM is safe to read; cast back to BIGINT here it arrives as a
// qlonglong, and a sum past 2^63 is an error, as in SQLite, instead of text toLongLong() refuses.
QString sum(Dialect dialect, const QString &expr);
QString sum(const QSqlDatabase &db, const QString &expr);

// "CROSS JOIN" on SQLite, whose planner then keeps the left table as the outer loop (the Usage page
// and the quality checks rely on it); "JOIN" on PostgreSQL, which has no CROSS JOIN … ON.
QString orderedJoin(const QSqlDatabase &db);

// " ASC" or " DESC" for an ORDER BY term, with NULL sorted as SQLite sorts it — before every value —
// on PostgreSQL too (whose NULL sorts after every value), so unpriced rows page alike on both.
QString sortDirection(const QSqlDatabase &db, bool descending);

// Today's UTC day as 'YYYY-MM-DD' text (what day columns hold): date('now') on SQLite; on
// PostgreSQL the session's time zone must not move it.
QString todayUtc(const QSqlDatabase &db);
// The day `days` (an SQL integer expression) after the 'YYYY-MM-DD' text `dayExpr`, as text.
QString addDays(const QSqlDatabase &db, const QString &dayExpr, const QString &days);

// "INSERT INTO table (columns) VALUES (?, …) ON CONFLICT (keys) DO UPDATE SET c = excluded.c" for
// every column not in `keys` (DO NOTHING when there is none): INSERT OR REPLACE without deleting
// the old row, on both backends (SQLite ≥ 3.24 and PostgreSQL share the syntax).
QString upsert(const QString &table, const QStringList &columns, const QStringList &keys);

// The same with `rows` value tuples (one round trip for many rows; PostgreSQL's batched path).
QString upsertRows(const QString &table, const QStringList &columns, const QStringList &keys, int rows);

// PostgreSQL's deadlock (40P01) and serialization failure (40001): the transaction was rolled back
// and may simply be run again.
bool isRetryable(const QSqlError &error);
// The SQLSTATE of the last statement that failed through sqlutil.h on this thread ("" for SQLite
// or none), so a transaction body that reports only its words can still be told retryable.
QString lastFailedState();
void noteFailure(const QSqlError &error);

// Runs `body` in a transaction (a Savepoint, so it nests), committing when it returns true. When
// PostgreSQL rolls it back for a deadlock or a serialization failure, runs it again (up to
// `attempts` times, after a short random wait). Only an outermost transaction is retried: inside a
// caller's, the caller's transaction is lost and the error goes up to it.
bool inTransaction(QSqlDatabase db, const QString &name, const std::function<bool(QString *error)> &body,
                   QString *error, int attempts = 5);

}   // namespace tl::sql
