#pragma once

#include "records/records.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace tl {

// Writes usage aggregates keyed by their natural key
// (account, UTC day, model, project, API key, service tier, source) and keeps the daily
// rollup that analytics reads in step. A batch is all or nothing: it runs in a savepoint,
// so it joins a caller's transaction (one account's sync) or stands alone.
class UsageRepository final
{
public:
    explicit UsageRepository(QSqlDatabase db);

    UpsertResult upsert(const QList<UsageRecord> &batch);

    // Rebuilds the whole rollup from the raw table (repair tool and tests).
    bool rebuildRollups(QString *error = nullptr);

private:
    bool prepareStatements(QString *error);
    bool refreshRollup(qint64 accountId, const QString &day, QString *error);

    QSqlDatabase m_db;
    bool m_prepared = false;
    QSqlQuery m_select;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_rollupDelete;
    QSqlQuery m_rollupInsert;
};

} // namespace tl
