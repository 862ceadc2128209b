#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace tl {

// `tokenledger db copy`: moves a whole ledger between backends (a personal SQLite file into a team
// database on PostgreSQL, and back), both open at the same schema version. Every table is copied
// as it is — ids, keys, rollups, history — in one transaction on the target; before it commits,
// each table's row count and the sums of its money (…_nano) and token (…_tokens) columns are read
// on both sides, and on any difference nothing is written. A target that already holds a ledger
// is refused unless `replace` says to empty it first. The source is only read (in one snapshot).
struct DbCopyTable
{
    QString name;
    qint64 rows = 0;
    QList<std::pair<QString, qint64>> sums;   // each …_nano and …_tokens column's sum, equal on both sides
};

struct DbCopyResult
{
    bool ok = false;
    bool targetInUse = false;   // refused: the target holds a ledger and `replace` was not given
    QString error;
    QList<DbCopyTable> tables;
};

struct DbCopyOptions
{
    bool replace = false;   // empty a target that holds a ledger instead of refusing it
    int batchRows = 500;    // rows per INSERT (fewer when a table has many columns)
};

DbCopyResult copyDatabase(QSqlDatabase from, QSqlDatabase to, const DbCopyOptions &options = {});

}   // namespace tl
