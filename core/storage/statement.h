#pragma once

#include "sqlitestatement.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

class QSqlQuery;

namespace tl::sql {

// A prepared statement for the loops written against SQLite's own API (SqliteStatement: ?1 … ?N
// parameters, step(), typed column reads), on either backend: on SQLite it is that SqliteStatement
// and nothing else (the hot paths keep their speed); on PostgreSQL a QSqlQuery with the statement
// passed through sql::query() and SQLite's numbered parameters — each usable more than once — bound
// by position. step() runs it (the first time after prepare() or reset()) and moves to the next row.
class Statement final
{
public:
    Statement();
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    bool prepare(const QSqlDatabase &db, const QByteArray &sql, QString *error);
    bool isPostgres() const { return m_query != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    void bindNull(int index);
    // Bytes for a BLOB column (SQLite keeps its old habit of storing them as text; BYTEA elsewhere).
    void bindBytes(int index, const QByteArray &bytes);

    bool step();
    bool ok() const;
    QString error() const;
    void reset();
    int changes() const;

    qint64 int64(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    // A "YYYY-MM-DD" column as parseIsoDay() reads it (an invalid QDate for anything else); on
    // SQLite parsed from the stored bytes, without a QString per row.
    QDate day(int column) const;

private:
    SqliteStatement m_sqlite;
    std::unique_ptr<QSqlQuery> m_query;
    QList<int> m_order;         // parameter number of each `?`, in order
    QList<QVariant> m_values;   // by parameter number
    mutable QDate m_lastDay;    // day(): the last day parsed and its text
    mutable char m_lastDayText[10] = {};
    bool m_executed = false;
    bool m_ok = true;
    QString m_error;
};

}   // namespace tl::sql
