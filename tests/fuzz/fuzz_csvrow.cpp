// libFuzzer target: the CSV import's row checks (parseCsvRow, parseCsvAmount, parseCsvCount) on
// arbitrary files.
// A row is staged only when what the import writes from it is sound: a day that survives the
// staging table's text round trip, counts that are not negative, a usage cost that is not negative.
#include "common/dates.h"
#include "fuzzcheck.h"
#include "io/csvreader.h"
#include "io/csvrow.h"

#include <QBuffer>

#include <cstdint>

using namespace tl;

namespace {

void checkAmount(const QString &cell)
{
    QString reason;
    const std::optional<Money> amount = parseCsvAmount(cell, Money::Unit::Usd, &reason);
    if (!amount) {
        FUZZ_CHECK(!reason.isEmpty());
        return;
    }
    // Grouping commas, the dollar sign and the spaces around it carry no value.
    QString plain = cell;
    plain.remove(QLatin1Char(',')).remove(QLatin1Char('$')).remove(QLatin1Char(' '));
    const Money::ParseResult same = Money::parse(plain);
    FUZZ_CHECK(same.value && *same.value == *amount);
    FUZZ_CHECK(Money::parse(amount->toExactString()).value == amount);
}

void checkCount(const QString &cell)
{
    QString reason;
    const std::optional<qint64> count = parseCsvCount(cell, QStringLiteral("tokens"), &reason);
    FUZZ_CHECK(count.has_value() == reason.isEmpty());
    if (count)
        FUZZ_CHECK(*count >= 0);
}

void checkRow(const CsvMapping &mapping, const CsvRow &row)
{
    switch (row.kind) {
    case CsvRow::Kind::Bad:
        FUZZ_CHECK(!row.reason.isEmpty());
        return;
    case CsvRow::Kind::Skipped:
        // Other Google Cloud services (costs), or an empty time bucket of an OpenAI export.
        FUZZ_CHECK(mapping.costsOnly || mapping.blankBucketsSkipped);
        FUZZ_CHECK(!row.reason.isEmpty());
        return;
    case CsvRow::Kind::Cost:
        FUZZ_CHECK(mapping.costsOnly && row.cost.has_value() && row.currency.size() == 3);
        break;
    case CsvRow::Kind::Usage:
        FUZZ_CHECK(!mapping.costsOnly && !row.model.isEmpty());
        FUZZ_CHECK(row.inputTokens >= 0 && row.cachedTokens >= 0 && row.cacheWriteTokens >= 0 &&
                   row.cacheWrite1hTokens >= 0 && row.outputTokens >= 0 && row.requests >= 0);
        FUZZ_CHECK(!row.cost || !row.cost->isNegative());
        break;
    }
    // The staging table keeps the day as text and pass 2 reads it back.
    FUZZ_CHECK(row.day.isValid());
    FUZZ_CHECK(parseIsoDay(isoDay(row.day)) == row.day);
}

}   // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QStringList header;
    if (reader.next(&header) != CsvReader::Status::Record)
        return 0;
    CsvMapping mapping;
    if (const std::optional<CsvFormat> format = detectCsvFormat(header)) {
        mapping = *mappingFor(*format, header);
    } else {
        // A layout mapped by hand, as in the import wizard: column i holds field i; the last byte
        // sets the format options.
        for (int i = 0; i < header.size() && i <= int(CsvField::CostType); ++i)
            mapping.columns.insert(CsvField(i), i);
        const uint8_t flags = data[size - 1];
        mapping.costsOnly = flags & 1;
        mapping.inputIncludesCached = flags & 2;
        mapping.centsNotDollars = flags & 4;
        mapping.displayModelNames = flags & 8;
        mapping.blankBucketsSkipped = flags & 16;
        if (mapping.blankBucketsSkipped)
            mapping.timeColumns = {0};
    }
    const QString provider = size % 2 ? QStringLiteral("openrouter") : QStringLiteral("openai");
    QStringList fields;
    for (int records = 0; records < 2000; ++records) {
        const CsvReader::Status status = reader.next(&fields);
        if (status == CsvReader::Status::End || status == CsvReader::Status::NotText ||
            status == CsvReader::Status::ReadError)
            break;
        if (status != CsvReader::Status::Record)
            continue;
        checkRow(mapping, parseCsvRow(mapping, fields, header.size(), provider));
        for (const QString &cell : std::as_const(fields)) {
            checkAmount(cell);
            checkCount(cell);
        }
    }
    return 0;
}
