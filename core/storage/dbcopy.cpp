#include "dbcopy.h"

#include "queryloop.h"
#include "sqldialect.h"
#include "sqlutil.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>
#include <QVariant>

namespace tl {

namespace {

struct TableShape
{
    QString name;
    QStringList columns;
    QStringList summed;   // …_nano and …_tokens columns, compared by their sums
};

// The tables in creation order (so a referenced table comes before the tables that refer to it),
// read from whichever side is SQLite: both backends hold the same tables (tst_pgschema), and
// PostgreSQL's own tokenledger_meta (its schema version) is not part of a ledger.
bool readShapes(QSqlDatabase sqlite, QList<TableShape> *shapes, QSet<QString> *triggerTargets, QString *error)
{
    QSqlQuery q(sqlite);
    if (!q.exec(QStringLiteral("SELECT type, name, COALESCE(sql, '') FROM sqlite_master WHERE type IN ('table', "
                               "'trigger') AND name NOT LIKE 'sqlite_%' ORDER BY rowid"))) {
        *error = sql::describeError(q.lastError());
        return false;
    }
    static const QRegularExpression written(QStringLiteral(R"(\b(?:INTO|UPDATE|DELETE FROM)\s+(\w+))"));
    while (q.next()) {
        if (q.value(0).toString() == u"trigger") {
            // What a trigger writes is copied last, again: the copy of its table fired it.
            for (auto it = written.globalMatch(q.value(2).toString()); it.hasNext();)
                triggerTargets->insert(it.next().captured(1));
            continue;
        }
        shapes->append({q.value(1).toString(), {}, {}});
    }
    if (!sql::readSucceeded(q, error))
        return false;
    for (TableShape &shape : *shapes) {
        QSqlQuery info(sqlite);
        if (!info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(shape.name))) {
            *error = sql::describeError(info.lastError());
            return false;
        }
        while (info.next()) {
            const QString column = info.value(1).toString();
            shape.columns << column;
            if (column.endsWith(u"_nano") || column.endsWith(u"_tokens"))
                shape.summed << column;
        }
        if (shape.columns.isEmpty()) {
            *error = QStringLiteral("the table %1 has no columns").arg(shape.name);
            return false;
        }
    }
    return true;
}

QString joined(const QList<qint64> &numbers)
{
    QStringList parts;
    for (qint64 n : numbers)
        parts << QString::number(n);
    return parts.join(u'/');
}

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

QString columnList(const TableShape &t)
{
    QStringList names;
    for (const QString &c : t.columns)
        names << quoted(c);
    return names.join(QStringLiteral(", "));
}

// COUNT(*) and the sums of the compared columns, exact on both backends.
bool readTotals(QSqlDatabase db, const TableShape &t, QList<qint64> *totals, QString *error)
{
    QStringList parts{QStringLiteral("COUNT(*)")};
    for (const QString &c : t.summed)
        parts << QStringLiteral("COALESCE(%1, 0)").arg(sql::sum(db, quoted(c)));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(parts.join(QStringLiteral(", ")), quoted(t.name))) ||
        !q.next()) {
        *error = QStringLiteral("could not total %1: %2").arg(t.name, sql::describeError(q.lastError()));
        return false;
    }
    totals->clear();
    for (int i = 0; i < parts.size(); ++i)
        totals->append(q.value(i).toLongLong());
    return true;
}

bool copyRows(QSqlDatabase from, QSqlDatabase to, const TableShape &t, int batchRows, QString *error)
{
    const int perBatch = qMax(1, qMin(batchRows, 30000 / int(t.columns.size())));
    const QString marks = u'(' + QStringList(t.columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
    const auto insertSql = [&](int rows) {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(quoted(t.name), columnList(t), QStringList(rows, marks).join(QStringLiteral(", ")));
    };
    QSqlQuery full(to);
    if (!sql::prepare(full, insertSql(perBatch), error))
        return false;
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columnList(t), quoted(t.name)))) {
        *error = sql::describeError(read.lastError());
        return false;
    }
    QVariantList pending;
    pending.reserve(perBatch * t.columns.size());
    const auto flush = [&](QSqlQuery &insert) {
        for (qsizetype i = 0; i < pending.size(); ++i)
            insert.bindValue(int(i), pending[i]);
        pending.clear();
        return sql::exec(insert, error);
    };
    while (read.next()) {
        for (int c = 0; c < t.columns.size(); ++c)
            pending.append(read.value(c));
        if (pending.size() == perBatch * t.columns.size() && !flush(full))
            return false;
    }
    if (!sql::readSucceeded(read, error))
        return false;
    if (pending.isEmpty())
        return true;
    QSqlQuery rest(to);
    return sql::prepare(rest, insertSql(int(pending.size() / t.columns.size())), error) && flush(rest);
}

// PostgreSQL's identity columns do not move when ids are given: start them past the copied ones.
bool advanceIdentities(QSqlDatabase to, QString *error)
{
    QSqlQuery q(to);
    if (!q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
                               "current_schema() AND is_identity = 'YES'"))) {
        *error = sql::describeError(q.lastError());
        return false;
    }
    QList<std::pair<QString, QString>> identities;
    while (q.next())
        identities.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[table, column] : identities) {
        if (!sql::exec(to,
                       QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), COALESCE((SELECT MAX(%3) FROM "
                                      "%4), 0) + 1, false)")
                           .arg(table, column, quoted(column), quoted(table)),
                       error))
            return false;
    }
    return true;
}

// A ledger is there when any table holds a row a new database would not: its seed rows (the
// id high-water marks) and what triggers derive do not count.
bool holdsLedger(QSqlDatabase db, const QList<TableShape> &shapes, const QSet<QString> &derived, bool *inUse,
                 QString *error)
{
    *inUse = false;
    for (const TableShape &t : shapes) {
        if (derived.contains(t.name) || t.name == u"id_high_water")
            continue;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoted(t.name)))) {
            *error = sql::describeError(q.lastError());
            return false;
        }
        if (q.next()) {
            *inUse = true;
            return true;
        }
    }
    return true;
}

}   // namespace

DbCopyResult copyDatabase(QSqlDatabase from, QSqlDatabase to, const DbCopyOptions &options)
{
    DbCopyResult result;
    const auto fail = [&](const QString &message) {
        result.error = message;
        result.tables.clear();
        return result;
    };
    const bool fromSqlite = sql::dialectOf(from) == sql::Dialect::Sqlite;
    if (!fromSqlite && sql::dialectOf(to) != sql::Dialect::Sqlite)
        return fail(QStringLiteral("one side of a copy must be an SQLite file"));
    QList<TableShape> shapes;
    QSet<QString> derived;
    QString error;
    if (!readShapes(fromSqlite ? from : to, &shapes, &derived, &error))
        return fail(error);
    // PostgreSQL's statement triggers on usage_daily write usage_model_months (SQLite's writers keep
    // it in code): copied last too, replacing what they wrote.
    derived.insert(QStringLiteral("usage_model_months"));

    // One snapshot of the source, however long the copy takes.
    sql::Savepoint snapshot(from, QStringLiteral("copy_source"));
    if (!snapshot.isActive())
        return fail(snapshot.error());
    if (!fromSqlite && !sql::exec(from, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"), &error))
        return fail(error);
    sql::Savepoint transaction(to, QStringLiteral("copy_target"));
    if (!transaction.isActive())
        return fail(transaction.error());
    bool inUse = false;
    if (!holdsLedger(to, shapes, derived, &inUse, &error))
        return fail(error);
    if (inUse && !options.replace) {
        result.targetInUse = true;
        return fail(QStringLiteral("the target already holds a ledger; nothing was copied"));
    }
    // SQLite checks references at COMMIT, so the order of rows within a table does not matter.
    if (sql::dialectOf(to) == sql::Dialect::Sqlite &&
        !sql::exec(to, QStringLiteral("PRAGMA defer_foreign_keys = ON"), &error))
        return fail(error);
    for (auto it = shapes.crbegin(); it != shapes.crend(); ++it) {
        if (!sql::exec(to, QStringLiteral("DELETE FROM %1").arg(quoted(it->name)), &error))
            return fail(QStringLiteral("could not empty %1: %2").arg(it->name, error));
    }
    QList<const TableShape *> order;
    for (const TableShape &t : shapes)
        if (!derived.contains(t.name))
            order.append(&t);
    for (const TableShape &t : shapes)
        if (derived.contains(t.name))
            order.append(&t);
    for (const TableShape *t : order) {
        // A trigger of an earlier table wrote here: the source's rows replace what it wrote.
        if (derived.contains(t->name) && !sql::exec(to, QStringLiteral("DELETE FROM %1").arg(quoted(t->name)), &error))
            return fail(error);
        if (!copyRows(from, to, *t, options.batchRows, &error))
            return fail(QStringLiteral("could not copy %1: %2").arg(t->name, error));
    }
    if (fromSqlite && !advanceIdentities(to, &error))
        return fail(error);
    for (const TableShape &t : shapes) {
        QList<qint64> source;
        QList<qint64> target;
        if (!readTotals(from, t, &source, &error) || !readTotals(to, t, &target, &error))
            return fail(error);
        if (source != target)
            return fail(QStringLiteral("%1 differs after the copy (rows and sums %2 in the source, %3 in the target); "
                                       "nothing was written")
                            .arg(t.name, joined(source), joined(target)));
        DbCopyTable copied{t.name, source.value(0), {}};
        for (int i = 0; i < t.summed.size(); ++i)
            copied.sums.append({t.summed[i], source[i + 1]});
        result.tables.append(copied);
    }
    if (!transaction.commit())
        return fail(transaction.error());
    snapshot.rollback();
    result.ok = true;
    return result;
}

}   // namespace tl
