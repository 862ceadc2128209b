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

private:
    QSqlDatabase m_db;
};

}   // namespace tl
