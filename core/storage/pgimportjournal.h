#pragma once

#include "records/records.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tl::pgimport {

// ImportJournal on PostgreSQL: each batch's journal entries (the key, and what the row held
// before the import) written in one INSERT … SELECT per chunk, the values before read by a join
// on the server instead of one look-up per key. `seq` is the journal's running number.
bool recordUsage(QSqlDatabase db, qint64 importId, qint64 *seq, const QList<UsageRecord> &batch, QString *error);
bool recordCosts(QSqlDatabase db, qint64 importId, qint64 *seq, const QList<CostRecord> &batch, QString *error);

}   // namespace tl::pgimport
