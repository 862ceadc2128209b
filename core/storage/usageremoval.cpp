// UsageRepository: withdrawing rows — by key, or every key of a window absent from an answer (in
// SQL, against a table of the kept keys).

#include "usagerepository.h"

#include "common/dates.h"
#include "pgusage.h"
#include "schemadialect.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace tl {

namespace {

// The keys removeMissing() keeps, in the connection's temporary database.
constexpr const char *KeptTableSql =
    "CREATE TEMP TABLE IF NOT EXISTS usage_kept (day TEXT NOT NULL, model TEXT NOT NULL, project TEXT NOT NULL, "
    "api_key_id TEXT NOT NULL, service_tier TEXT NOT NULL, "
    "PRIMARY KEY (day, model, project, api_key_id, service_tier)) WITHOUT ROWID";

}   // namespace

int UsageRepository::removeMissing(qint64 accountId, const QString &source, QDate from, QDate to,
                                   const QList<UsageRecord> &kept, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return -1;
    };
    if (sql::dialectOf(m_db) == sql::Dialect::Postgres)   // batched through QtSql (pgusage.h)
        return pgusage::removeMissing(m_db, accountId, source, from, to, kept, error);
    sqlite3 *handle = sql::nativeHandle(m_db);
    sql::Savepoint savepoint(m_db, QStringLiteral("usage_remove_missing"));
    if (!savepoint.isActive())
        return fail(savepoint.error());
    // The kept keys go to a temporary table (the connection's own, emptied before and after), so
    // the comparison is one statement, whatever the sizes.
    if (!sql::exec(m_db, QString::fromLatin1(KeptTableSql), error) ||
        !sql::exec(m_db, QStringLiteral("DELETE FROM temp.usage_kept"), error))
        return -1;
    sql::SqliteStatement keep;
    if (!keep.prepare(handle, "INSERT OR IGNORE INTO temp.usage_kept VALUES (?1, ?2, ?3, ?4, ?5)", error))
        return -1;
    QString day;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const UsageRecord &r = kept[i];
        if (i == 0 || kept[i - 1].day != r.day)
            day = isoDay(r.day);
        keep.reset();
        keep.bind(1, day);
        keep.bind(2, r.model);
        keep.bind(3, r.project);
        keep.bind(4, r.apiKeyId);
        keep.bind(5, r.serviceTier);
        keep.step();
        if (!keep.ok())
            return fail(keep.error());
    }
    keep.reset();
    const int removed = removeAbsent(accountId, source, from, to, QStringLiteral("temp.usage_kept"), error);
    if (removed < 0 || !sql::exec(m_db, QStringLiteral("DELETE FROM temp.usage_kept"), error))
        return -1;
    if (!savepoint.commit())
        return fail(savepoint.error());
    return removed;
}

int UsageRepository::removeAbsent(qint64 accountId, const QString &source, QDate from, QDate to,
                                  const QString &keptTable, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return -1;
    };
    if (sql::dialectOf(m_db) == sql::Dialect::Postgres)   // through QtSql (pgusage.h)
        return pgusage::removeAbsent(m_db, accountId, source, from, to, keptTable, error);
    if (!prepareStatements(error))
        return -1;
    sqlite3 *handle = sql::nativeHandle(m_db);
    sql::Savepoint savepoint(m_db, QStringLiteral("usage_remove_absent"));
    if (!savepoint.isActive())
        return fail(savepoint.error());
    const QByteArray absent = "FROM usage WHERE day BETWEEN ?1 AND ?2 AND account_id = ?3 AND source = ?4 AND NOT "
                              "EXISTS (SELECT 1 FROM " +
                              keptTable.toLatin1() +
                              " k WHERE k.day = usage.day AND k.model = usage.model AND k.project = usage.project "
                              "AND k.api_key_id = usage.api_key_id AND k.service_tier = usage.service_tier)";
    const QString first = isoDay(from);
    const QString last = isoDay(to);
    const auto bindWindow = [&](sql::SqliteStatement &s) {
        s.bind(1, first);
        s.bind(2, last);
        s.bind(3, accountId);
        s.bind(4, source);
    };
    // The days the rows leave (their rollups are recomputed), then the rows themselves.
    sql::SqliteStatement days;
    if (!days.prepare(handle, "SELECT DISTINCT day " + absent, error))
        return -1;
    bindWindow(days);
    QSet<std::pair<qint64, QString>> touched;
    while (days.step())
        touched.insert({accountId, days.text(0)});
    // A read that broke off would make the unread rows look kept.
    if (!days.ok())
        return fail(days.error());
    days.reset();
    if (touched.isEmpty())
        return savepoint.commit() ? 0 : fail(savepoint.error());
    sql::SqliteStatement remove;
    if (!remove.prepare(handle, "DELETE " + absent, error))
        return -1;
    bindWindow(remove);
    remove.step();
    if (!remove.ok())
        return fail(remove.error());
    const int removed = remove.changes();
    remove.reset();
    if (!refreshRollups(touched, error))
        return -1;
    if (!savepoint.commit())
        return fail(savepoint.error());
    return removed;
}

int UsageRepository::removeKeys(const QList<UsageRecord> &keys, QString *error)
{
    if (keys.isEmpty())
        return 0;
    if (sql::dialectOf(m_db) == sql::Dialect::Postgres)
        return pgusage::removeKeys(m_db, keys, error);
    sql::Savepoint savepoint(m_db, QStringLiteral("usage_remove_keys"));
    if (!savepoint.isActive()) {
        if (error)
            *error = savepoint.error();
        return -1;
    }
    QSqlQuery del(m_db);
    if (!sql::prepare(del,
                      QStringLiteral("DELETE FROM usage WHERE day = ? AND account_id = ? AND model = ? AND project = ? "
                                     "AND api_key_id = ? AND service_tier = ? AND source = ?"),
                      error))
        return -1;
    QSet<std::pair<qint64, QString>> touched;
    int removed = 0;
    for (const UsageRecord &r : keys) {
        const QString day = isoDay(r.day);
        del.addBindValue(day);
        del.addBindValue(r.accountId);
        del.addBindValue(sql::text(r.model));
        del.addBindValue(sql::text(r.project));
        del.addBindValue(sql::text(r.apiKeyId));
        del.addBindValue(sql::text(r.serviceTier));
        del.addBindValue(sql::text(r.source));
        if (!sql::exec(del, error))
            return -1;
        removed += del.numRowsAffected();
        touched.insert({r.accountId, day});
    }
    if (!prepareStatements(error) || !refreshRollups(touched, error))
        return -1;
    if (!savepoint.commit()) {
        if (error)
            *error = savepoint.error();
        return -1;
    }
    return removed;
}

}   // namespace tl
