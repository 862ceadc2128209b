#pragma once

#include "records/records.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace tl {

// Writes billed amounts keyed by (account, UTC day, line item, project, API key, currency,
// source). All or nothing per batch, inside a savepoint like UsageRepository.
class CostRepository final
{
public:
    explicit CostRepository(QSqlDatabase db);

    UpsertResult upsert(const QList<CostRecord> &batch);
    // Deletes an account's amounts from `source` in [from, to] that are not among `kept`; the
    // number deleted, or -1 with *error.
    int removeMissing(qint64 accountId, const QString &source, QDate from, QDate to, const QList<CostRecord> &kept,
                      QString *error = nullptr);

    // Deletes the amounts with these natural keys (amounts are ignored); the number deleted, or -1.
    int removeKeys(const QList<CostRecord> &keys, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

}   // namespace tl
