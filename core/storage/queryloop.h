#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace tl::sql {

// QSqlQuery::next() returns false both when the rows ran out and when reading the next one
// failed (a damaged page, an I/O error, a lock held too long). Without telling the two apart, a
// read that broke half-way looks like a shorter, well-formed answer. Call this after every
// `while (q.next())` loop and after a single `if (q.next())`: true when no read failed, false
// with *error set (the database's own words, plus what to do when the file is damaged).
bool readSucceeded(const QSqlQuery &query, QString *error);

// The database's own words for a failed statement; a damaged file also says to run
// `tokenledger check`.
QString describeError(const QSqlError &error);

// The same for SQLite's own result code and message (the SqliteStatement path).
QString describeSqliteError(int resultCode, const QString &message);

// True when SQLite reported a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB).
bool isDamaged(const QSqlError &error);

}   // namespace tl::sql
