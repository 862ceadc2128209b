#pragma once

#include <QSqlDatabase>
#include <QString>

namespace tl {

class PricingCatalog;

struct ImportRemoval
{
    bool ok = false;
    QString error;
    qint64 deleted = 0;      // rows the import had created
    qint64 restored = 0;     // rows it had overwritten, back to their values before it
    qint64 handedOver = 0;   // rows a later import wrote again: they keep that import's values
};

// Takes an import out: exactly what it added goes, and what it overwrote comes back — imports
// stack, key by key. For a row a later import wrote again, that import's values stay and what it
// would restore becomes what this import had found, so removing imports in any order ends in the
// same totals as never having made them. Restored estimated costs are priced again with `catalog`
// (prices may have changed since); costs a file gave are restored as they were. One transaction;
// run it under the profile's lock (ProfileLock) like an import.
ImportRemoval removeImport(QSqlDatabase db, qint64 importId, const PricingCatalog &catalog);

}   // namespace tl
