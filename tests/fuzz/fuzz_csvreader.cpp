// libFuzzer target: CsvReader over arbitrary bytes. Beyond "no crash": the record limit never
// changes where records end, only whether they are kept; a device that hands out a few bytes at a
// time reads the same records as one that hands out everything; memory stays within the limit.
#include "fuzzcheck.h"
#include "io/csvreader.h"

#include <QBuffer>

#include <algorithm>
#include <cstdint>

using tl::CsvReader;

namespace {

struct Item
{
    CsvReader::Status status;
    qint64 line;
    QStringList fields;
};

// A random-access device that returns at most `step` bytes per read: chunk boundaries land
// anywhere (inside "", CRLF, the byte-order mark).
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(const QByteArray &data, qint64 step)
        : m_data(data)
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min({max, m_step, qint64(m_data.size()) - pos()});
        if (n <= 0)
            return 0;
        memcpy(out, m_data.constData() + pos(), size_t(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
    qint64 size() const override { return m_data.size(); }

private:
    QByteArray m_data;
    qint64 m_step;
};

QList<Item> readAll(QIODevice &device, qsizetype limit, qsizetype bytes)
{
    CsvReader reader(device, limit);
    QList<Item> items;
    QStringList fields;
    qint64 lastLine = 0;
    // Every call but the last consumes at least one byte, so this bounds a reader that loops.
    for (qsizetype calls = 0;; ++calls) {
        FUZZ_CHECK(calls <= bytes + 1);
        const CsvReader::Status status = reader.next(&fields);
        if (status == CsvReader::Status::End)
            break;
        FUZZ_CHECK(reader.recordLine() >= 1 && reader.recordLine() >= lastLine);
        lastLine = reader.recordLine();
        if (status == CsvReader::Status::TooLong)
            FUZZ_CHECK(fields.isEmpty());
        if (status == CsvReader::Status::Record) {
            qsizetype kept = 0;   // a byte decodes to at most one UTF-16 unit, even when invalid
            for (const QString &f : std::as_const(fields))
                kept += f.size();
            FUZZ_CHECK(kept <= limit);
        }
        items.append({status, reader.recordLine(), fields});
        if (status == CsvReader::Status::NotText || status == CsvReader::Status::ReadError)
            break;
    }
    FUZZ_CHECK(reader.peakHeldBytes() <= limit + CsvReader::ChunkBytes + 3);
    return items;
}

}   // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks a small limit (so that inputs of a few KiB reach it) and a read step:
    // small steps put chunk boundaries everywhere in small inputs; a larger input gets a larger
    // step, so that one run makes at most about 64 reads (a byte a read costs most of the time).
    static constexpr qint64 Steps[] = {1, 7, 61, 509};
    const qsizetype limit = 1 + (data[0] & 0x3f);
    const qint64 step = std::max<qint64>(Steps[data[0] >> 6], qint64(size) / 64);
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);

    QBuffer whole;
    whole.setData(bytes);
    whole.open(QIODevice::ReadOnly);
    const QList<Item> unlimited = readAll(whole, CsvReader::MaxRecordBytes, bytes.size());

    QBuffer again;
    again.setData(bytes);
    again.open(QIODevice::ReadOnly);
    const QList<Item> limited = readAll(again, limit, bytes.size());
    FUZZ_CHECK(limited.size() == unlimited.size());
    for (qsizetype i = 0; i < limited.size(); ++i) {
        const Item &a = unlimited.at(i);
        const Item &b = limited.at(i);
        FUZZ_CHECK(a.line == b.line);
        if (b.status != CsvReader::Status::TooLong) {
            FUZZ_CHECK(a.status == b.status);
            FUZZ_CHECK(a.fields == b.fields);
        } else {
            FUZZ_CHECK(a.status == CsvReader::Status::Record || a.status == CsvReader::Status::BrokenQuote ||
                       a.status == CsvReader::Status::TooLong);
        }
    }

    TrickleDevice trickle(bytes, step);
    const QList<Item> trickled = readAll(trickle, CsvReader::MaxRecordBytes, bytes.size());
    FUZZ_CHECK(trickled.size() == unlimited.size());
    for (qsizetype i = 0; i < trickled.size(); ++i) {
        FUZZ_CHECK(trickled.at(i).status == unlimited.at(i).status);
        FUZZ_CHECK(trickled.at(i).line == unlimited.at(i).line);
        FUZZ_CHECK(trickled.at(i).fields == unlimited.at(i).fields);
    }
    return 0;
}
