#pragma once

#include "io/csvimport.h"
#include "pricing/catalog.h"
#include "testdatabase.h"

#include <QByteArray>
#include <QString>

namespace tl::test {

// The catalog shipped with the app, parsed once.
const PricingCatalog &bundledCatalog();

// Imports `bytes` as the file `name` (its size and SHA-256 recorded: a journalled import that can be
// undone), priced with the bundled catalog.
CsvImportResult importFile(TestDatabase &db, qint64 account, const QByteArray &bytes, const QString &name);

}   // namespace tl::test
