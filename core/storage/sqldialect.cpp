#include "sqldialect.h"

#include "sqlutil.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

namespace tl::sql {

namespace {

thread_local QString t_lastFailedState;

}   // namespace

QString query(const QSqlDatabase &db, const QString &sqliteSql)
{
    if (dialectOf(db) == Dialect::Sqlite)
        return sqliteSql;
    QString s = translateSchema(sqliteSql, Dialect::Postgres).constFirst();
    static const QRegularExpression groupConcat(QStringLiteral(R"(\bGROUP_CONCAT\((DISTINCT )?([\w.]+)\))"));
    s.replace(groupConcat, QStringLiteral("string_agg(\\1\\2, ',')"));
    // SQLite's CROSS JOIN … ON (which fixes SQLite's join order) is a plain JOIN to PostgreSQL.
    static const QRegularExpression crossJoinOn(QStringLiteral(R"(\bCROSS JOIN (\w+ \w+ ON)\b)"));
    s.replace(crossJoinOn, QStringLiteral("JOIN \\1"));
    // SQLite's two-argument MIN is a scalar (the one-argument aggregate keeps its name).
    static const QRegularExpression scalarMin(QStringLiteral(R"(\bMIN\(([\w.]+), ([\w.]+)\))"));
    s.replace(scalarMin, QStringLiteral("LEAST(\\1, \\2)"));
    return s;
}

QString sum(Dialect dialect, const QString &expr)
{
    return dialect == Dialect::Postgres ? QStringLiteral("SUM(%1)::bigint").arg(expr)
                                        : QStringLiteral("SUM(%1)").arg(expr);
}

QString sum(const QSqlDatabase &db, const QString &expr)
{
    return sum(dialectOf(db), expr);
}

QString orderedJoin(const QSqlDatabase &db)
{
    return dialectOf(db) == Dialect::Postgres ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
}

QString sortDirection(const QSqlDatabase &db, bool descending)
{
    if (dialectOf(db) == Dialect::Postgres)
        return descending ? QStringLiteral(" DESC NULLS LAST") : QStringLiteral(" ASC NULLS FIRST");
    return descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
}

QString todayUtc(const QSqlDatabase &db)
{
    return dialectOf(db) == Dialect::Postgres ? QStringLiteral("to_char(timezone('UTC', now()), 'YYYY-MM-DD')")
                                              : QStringLiteral("date('now')");
}

QString addDays(const QSqlDatabase &db, const QString &dayExpr, const QString &days)
{
    if (dialectOf(db) == Dialect::Postgres)
        return QStringLiteral("to_char(CAST(%1 AS date) + CAST(%2 AS integer), 'YYYY-MM-DD')").arg(dayExpr, days);
    return QStringLiteral("date(%1, (%2) || ' days')").arg(dayExpr, days);
}

QString upsertRows(const QString &table, const QStringList &columns, const QStringList &keys, int rows)
{
    QStringList marks(columns.size(), QStringLiteral("?"));
    const QString tuple = u'(' + marks.join(QStringLiteral(", ")) + u')';
    QStringList tuples(qMax(rows, 1), tuple);
    QStringList updates;
    for (const QString &c : columns) {
        if (!keys.contains(c))
            updates << QStringLiteral("%1 = excluded.%1").arg(c);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3 ON CONFLICT (%4) DO %5")
        .arg(table, columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", ")),
             keys.join(QStringLiteral(", ")),
             updates.isEmpty() ? QStringLiteral("NOTHING") : QStringLiteral("UPDATE SET ") + updates.join(u", "));
}

QString upsert(const QString &table, const QStringList &columns, const QStringList &keys)
{
    return upsertRows(table, columns, keys, 1);
}

bool isRetryable(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    return state == u"40P01" || state == u"40001";
}

QString lastFailedState()
{
    return t_lastFailedState;
}

void noteFailure(const QSqlError &error)
{
    t_lastFailedState = error.nativeErrorCode();
}

bool inTransaction(QSqlDatabase db, const QString &name, const std::function<bool(QString *error)> &body,
                   QString *error, int attempts)
{
    for (int attempt = 1;; ++attempt) {
        t_lastFailedState.clear();
        Savepoint transaction(db, name);
        QString failure;
        bool ok = transaction.isActive();
        if (!ok)
            failure = transaction.error();
        ok = ok && body(&failure);
        ok = ok && transaction.commit();
        if (ok)
            return true;
        if (failure.isEmpty())
            failure = transaction.error();
        transaction.rollback();
        const bool retryable =
            transaction.isOutermost() && (t_lastFailedState == u"40P01" || t_lastFailedState == u"40001");
        if (!retryable || attempt >= attempts) {
            if (error)
                *error = failure;
            return false;
        }
        // The other transaction won; a short random wait keeps the two from meeting again.
        QThread::msleep(10 + QRandomGenerator::global()->bounded(40 * attempt));
    }
}

}   // namespace tl::sql
