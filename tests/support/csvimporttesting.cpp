#include "csvimporttesting.h"

#include <QBuffer>
#include <QCryptographicHash>

namespace tl::test {

const PricingCatalog &bundledCatalog()
{
    static const PricingCatalog catalog = *PricingCatalog::fromJson(PricingCatalog::bundledData(), nullptr);
    return catalog;
}

CsvImportResult importFile(TestDatabase &db, qint64 account, const QByteArray &bytes, const QString &name)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvImportOptions options;
    options.accountId = account;
    options.source = ImportSource{
        name, bytes.size(), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())};
    return importCsv(db.connection(), buffer, options, bundledCatalog());
}

}   // namespace tl::test
