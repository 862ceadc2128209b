#include "importremoval.h"

#include "common/dates.h"
#include "pricing/costcalculator.h"
#include "storage/costrepository.h"
#include "storage/importrepository.h"
#include "storage/queryloop.h"
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"

#include <QHash>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

namespace {

// One journal entry: a key the import wrote and what the row held before it.
struct Entry
{
    qint64 seq = 0;
    QString kind;
    QString day;
    QString item;
    QString project;
    QString apiKeyId;
    QString variant;
    QVariantList previous;   // had_previous, prev_input … prev_cost_status (9 values)
};

const QString PreviousColumns =
    QStringLiteral("had_previous, prev_input, prev_cached, prev_write_5m, prev_write_1h, prev_output, prev_requests, "
                   "prev_cost_nano, prev_cost_status");

std::optional<QList<Entry>> entriesOf(QSqlDatabase db, qint64 importId, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!sql::prepare(q,
                      QStringLiteral("SELECT seq, kind, day, item, project, api_key_id, variant, ") + PreviousColumns +
                          QStringLiteral(" FROM import_rows WHERE import_id = ? ORDER BY seq"),
                      error))
        return std::nullopt;
    q.addBindValue(importId);
    if (!sql::exec(q, error))
        return std::nullopt;
    QList<Entry> out;
    while (q.next()) {
        Entry e{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(),   q.value(5).toString(), q.value(6).toString(), {}};
        for (int i = 7; i < 16; ++i)
            e.previous.append(q.value(i));
        out.append(e);
    }
    if (!sql::readSucceeded(q, error))
        return std::nullopt;
    return out;
}

}   // namespace

ImportRemoval removeImport(QSqlDatabase db, qint64 importId, const PricingCatalog &catalog)
{
    ImportRemoval result;
    const auto fail = [&result](const QString &message) {
        result = {};
        result.error = message;
        return result;
    };
    QString error;
    const auto record = ImportRepository(db).find(importId, &error);
    if (!record)
        return fail(error.isEmpty() ? QStringLiteral("there is no import %1").arg(importId) : error);
    if (!record->isActive())
        return fail(QStringLiteral("import %1 was already removed on %2")
                        .arg(importId)
                        .arg(record->removedAt.toUTC().toString(Qt::ISODate)));
    QString provider;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT provider FROM accounts WHERE id = ?"));
        q.addBindValue(record->accountId);
        if (!q.exec() || !q.next())
            return fail(QStringLiteral("the account of import %1 is gone").arg(importId));
        provider = q.value(0).toString();
    }

    sql::Savepoint transaction(db, QStringLiteral("import_removal"));
    if (!transaction.isActive())
        return fail(transaction.error());
    const auto entries = entriesOf(db, importId, &error);
    if (!entries)
        return fail(error);

    // Which entries a later import (still standing) wrote again, and its entry: one statement for
    // the whole journal (a look-up per entry was a round trip each on a team database).
    QHash<qint64, std::pair<qint64, qint64>> later;   // seq → (import, seq) of the earliest later one
    {
        QSqlQuery above(db);
        above.setForwardOnly(true);
        if (!sql::prepare(above,
                          QStringLiteral("SELECT e.seq, r.import_id, r.seq FROM import_rows e JOIN import_rows r ON "
                                         "r.kind = e.kind AND r.day = e.day AND r.item = e.item AND r.project = "
                                         "e.project AND r.api_key_id = e.api_key_id AND r.variant = e.variant AND "
                                         "r.import_id > e.import_id JOIN imports i ON i.id = r.import_id WHERE "
                                         "e.import_id = ? AND i.account_id = ? AND i.removed_at IS NULL ORDER BY "
                                         "e.seq, r.import_id"),
                          &error))
            return fail(error);
        above.addBindValue(importId);
        above.addBindValue(record->accountId);
        if (!sql::exec(above, &error))
            return fail(error);
        while (above.next()) {
            const qint64 seq = above.value(0).toLongLong();
            if (!later.contains(seq))
                later.insert(seq, {above.value(1).toLongLong(), above.value(2).toLongLong()});
        }
        if (!sql::readSucceeded(above, &error))
            return fail(error);
    }
    QSqlQuery handOver(db);
    if (!sql::prepare(handOver,
                      QStringLiteral("UPDATE import_rows SET had_previous = ?, prev_input = ?, prev_cached = ?, "
                                     "prev_write_5m = ?, prev_write_1h = ?, prev_output = ?, prev_requests = ?, "
                                     "prev_cost_nano = ?, prev_cost_status = ? WHERE import_id = ? AND seq = ?"),
                      &error))
        return fail(error);

    const CostCalculator calculator(catalog);
    QList<UsageRecord> restoreUsage;
    QList<UsageRecord> deleteUsage;
    QList<CostRecord> restoreCosts;
    QList<CostRecord> deleteCosts;
    for (const Entry &e : *entries) {
        if (const auto it = later.constFind(e.seq); it != later.constEnd()) {
            // A later import wrote this key again: its values stay, and what it would restore is
            // now what this import found.
            for (const QVariant &v : e.previous)
                handOver.addBindValue(v);
            handOver.addBindValue(it->first);
            handOver.addBindValue(it->second);
            if (!sql::exec(handOver, &error))
                return fail(error);
            ++result.handedOver;
            continue;
        }
        const bool hadPrevious = e.previous.at(0).toInt() != 0;
        const QDate day = parseIsoDay(e.day).value_or(QDate());
        if (e.kind == u"usage") {
            UsageRecord r;
            r.accountId = record->accountId;
            r.day = day;
            r.model = e.item;
            r.project = e.project;
            r.apiKeyId = e.apiKeyId;
            r.serviceTier = e.variant;
            r.source = QStringLiteral("csv");
            if (!hadPrevious) {
                deleteUsage.append(r);
                continue;
            }
            r.inputTokens = e.previous.at(1).toLongLong();
            r.cachedInputTokens = e.previous.at(2).toLongLong();
            r.cacheWrite5mTokens = e.previous.at(3).toLongLong();
            r.cacheWrite1hTokens = e.previous.at(4).toLongLong();
            r.outputTokens = e.previous.at(5).toLongLong();
            r.requests = e.previous.at(6).toLongLong();
            if (e.previous.at(8).toString() == u"reported" && !e.previous.at(7).isNull()) {
                r.cost = Money::fromNanos(e.previous.at(7).toLongLong());
                r.costStatus = CostStatus::Reported;
            } else if (!calculator.apply(provider, r, &error)) {   // today's prices, as a re-pricing would
                return fail(error);
            }
            restoreUsage.append(r);
        } else {
            CostRecord c;
            c.accountId = record->accountId;
            c.day = day;
            c.lineItem = e.item;
            c.project = e.project;
            c.apiKeyId = e.apiKeyId;
            c.currency = e.variant;
            c.source = QStringLiteral("csv");
            if (!hadPrevious) {
                deleteCosts.append(c);
                continue;
            }
            c.amount = Money::fromNanos(e.previous.at(7).toLongLong());
            restoreCosts.append(c);
        }
    }

    const UpsertResult usage = UsageRepository(db).upsert(restoreUsage);
    if (!usage.ok)
        return fail(usage.error);
    const UpsertResult costs = CostRepository(db).upsert(restoreCosts);
    if (!costs.ok)
        return fail(costs.error);
    const int usageGone = UsageRepository(db).removeKeys(deleteUsage, &error);
    const int costsGone = usageGone < 0 ? -1 : CostRepository(db).removeKeys(deleteCosts, &error);
    if (costsGone < 0)
        return fail(error);
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("UPDATE imports SET removed_at = ? WHERE id = ?"));
    mark.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    mark.addBindValue(importId);
    QSqlQuery forget(db);
    forget.prepare(QStringLiteral("DELETE FROM import_rows WHERE import_id = ?"));
    forget.addBindValue(importId);
    if (!mark.exec() || !forget.exec())
        return fail(sql::describeError(mark.lastError().isValid() ? mark.lastError() : forget.lastError()));
    if (!transaction.commit())
        return fail(transaction.error());
    result.ok = true;
    result.deleted = usageGone + costsGone;
    result.restored = restoreUsage.size() + restoreCosts.size();
    return result;
}

}   // namespace tl
