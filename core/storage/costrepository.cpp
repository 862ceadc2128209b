#include "costrepository.h"

#include "common/dates.h"
#include "queryloop.h"
#include "sqlutil.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

CostRepository::CostRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

UpsertResult CostRepository::upsert(const QList<CostRecord> &batch)
{
    UpsertResult result;

    QSqlQuery select(m_db);
    QSqlQuery insert(m_db);
    QSqlQuery update(m_db);
    QString error;
    if (!sql::prepare(select,
                      QStringLiteral("SELECT id, amount_nano FROM costs WHERE account_id = ? AND day = ? AND "
                                     "line_item = ? AND project = ? AND api_key_id = ? AND currency = ? AND "
                                     "source = ?"),
                      &error) ||
        !sql::prepare(insert,
                      QStringLiteral("INSERT INTO costs (account_id, day, line_item, project, api_key_id, "
                                     "currency, source, amount_nano) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      &error) ||
        !sql::prepare(update, QStringLiteral("UPDATE costs SET amount_nano = ? WHERE id = ?"), &error))
        return UpsertResult::failure(error);

    sql::Savepoint savepoint(m_db, QStringLiteral("cost_upsert"));
    if (!savepoint.isActive())
        return UpsertResult::failure(savepoint.error());

    for (const CostRecord &r : batch) {
        if (r.accountId <= 0 || !r.day.isValid())
            return UpsertResult::failure(QStringLiteral("cost record without an account or a valid day"));
        if (r.currency.size() != 3)
            return UpsertResult::failure(QStringLiteral("cost record with an unknown currency \"%1\"").arg(r.currency));
        const QString day = isoDay(r.day);
        const QString currency = r.currency.toUpper();
        select.bindValue(0, r.accountId);
        select.bindValue(1, day);
        select.bindValue(2, sql::text(r.lineItem));
        select.bindValue(3, sql::text(r.project));
        select.bindValue(4, sql::text(r.apiKeyId));
        select.bindValue(5, currency);
        select.bindValue(6, sql::text(r.source));
        if (!sql::exec(select, &error))
            return UpsertResult::failure(error);
        // A failed read is not "no such line yet": inserting then would store it twice.
        const bool exists = select.next();
        if (!exists && !sql::readSucceeded(select, &error))
            return UpsertResult::failure(error);
        if (exists) {
            const qint64 id = select.value(0).toLongLong();
            const qint64 old = select.value(1).toLongLong();
            select.finish();
            if (old == r.amount.nanos()) {
                ++result.unchanged;
                continue;
            }
            update.bindValue(0, r.amount.nanos());
            update.bindValue(1, id);
            if (!sql::exec(update, &error))
                return UpsertResult::failure(error);
            ++result.updated;
        } else {
            select.finish();
            insert.bindValue(0, r.accountId);
            insert.bindValue(1, day);
            insert.bindValue(2, sql::text(r.lineItem));
            insert.bindValue(3, sql::text(r.project));
            insert.bindValue(4, sql::text(r.apiKeyId));
            insert.bindValue(5, currency);
            insert.bindValue(6, sql::text(r.source));
            insert.bindValue(7, r.amount.nanos());
            if (!sql::exec(insert, &error))
                return UpsertResult::failure(
                    QStringLiteral("could not store the cost of %1 (%2): %3").arg(day, r.lineItem, error));
            ++result.created;
        }
    }
    if (!savepoint.commit())
        return UpsertResult::failure(savepoint.error());
    return result;
}

int CostRepository::removeMissing(qint64 accountId, const QString &source, QDate from, QDate to,
                                  const QList<CostRecord> &kept, QString *error)
{
    QSet<QString> keep;
    for (const CostRecord &c : kept)
        keep.insert(
            QStringList{isoDay(c.day), c.lineItem, c.project, c.apiKeyId, c.currency.toUpper()}.join(QChar(0x1f)));
    QSqlQuery q(m_db);
    if (!sql::prepare(q,
                      QStringLiteral("SELECT id, day, line_item, project, api_key_id, currency FROM costs WHERE "
                                     "account_id = ? AND source = ? AND day BETWEEN ? AND ?"),
                      error))
        return -1;
    q.addBindValue(accountId);
    q.addBindValue(source);
    q.addBindValue(isoDay(from));
    q.addBindValue(isoDay(to));
    if (!sql::exec(q, error))
        return -1;
    QList<qint64> gone;
    while (q.next()) {
        const QString key = QStringList{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                        q.value(4).toString(), q.value(5).toString()}
                                .join(QChar(0x1f));
        if (!keep.contains(key))
            gone.append(q.value(0).toLongLong());
    }
    // Rows a broken read never reached must not count as "still reported".
    if (!sql::readSucceeded(q, error))
        return -1;
    q.finish();
    for (qint64 id : std::as_const(gone)) {
        QSqlQuery del(m_db);
        if (!sql::prepare(del, QStringLiteral("DELETE FROM costs WHERE id = ?"), error))
            return -1;
        del.addBindValue(id);
        if (!sql::exec(del, error))
            return -1;
    }
    return int(gone.size());
}

int CostRepository::removeKeys(const QList<CostRecord> &keys, QString *error)
{
    sql::Savepoint savepoint(m_db, QStringLiteral("costs_remove_keys"));
    if (!savepoint.isActive()) {
        if (error)
            *error = savepoint.error();
        return -1;
    }
    QSqlQuery del(m_db);
    if (!sql::prepare(del,
                      QStringLiteral("DELETE FROM costs WHERE account_id = ? AND day = ? AND line_item = ? AND "
                                     "project = ? AND api_key_id = ? AND currency = ? AND source = ?"),
                      error))
        return -1;
    int removed = 0;
    for (const CostRecord &c : keys) {
        del.addBindValue(c.accountId);
        del.addBindValue(isoDay(c.day));
        del.addBindValue(sql::text(c.lineItem));
        del.addBindValue(sql::text(c.project));
        del.addBindValue(sql::text(c.apiKeyId));
        del.addBindValue(c.currency.toUpper());
        del.addBindValue(sql::text(c.source));
        if (!sql::exec(del, error))
            return -1;
        removed += del.numRowsAffected();
    }
    if (!savepoint.commit()) {
        if (error)
            *error = savepoint.error();
        return -1;
    }
    return removed;
}

}   // namespace tl
