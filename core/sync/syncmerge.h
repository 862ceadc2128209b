#pragma once

#include "records/records.h"

#include <QList>
#include <QString>

namespace tl {

// Providers return one row per group; merging rows with the same natural key (sums) keeps a
// batch free of duplicates, so an upsert never overwrites half of a day. A sum past 2^63 − 1
// fails the merge (*error names the row) instead of wrapping.
QList<UsageRecord> mergeUsage(const QList<UsageRecord> &rows, QString *error);
// The same for billed lines; false when an amount does not fit.
bool mergeCosts(const QList<CostRecord> &rows, QList<CostRecord> *out);

}   // namespace tl
