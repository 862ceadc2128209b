#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

namespace tl {

// Reads CSV (RFC 4180: comma separated, fields optionally in double quotes, "" for a quote,
// quoted fields may span lines, CRLF or LF) one record at a time from a device, in fixed-size
// chunks — a file of any size is never held in memory. Tracks the line each record starts on,
// so errors can name it. A UTF-8 byte-order mark is skipped.
class CsvReader final
{
public:
    // The longest record (one line, or the lines one quoted field spans) that is kept. A longer
    // one is read to its end without keeping any of it and reported as TooLong, so one broken or
    // hostile line cannot take the memory of the whole file.
    static constexpr qsizetype MaxRecordBytes = 1 << 20;   // 1 MiB
    static constexpr qsizetype ChunkBytes = 1 << 16;       // read from the device at a time

    enum class Status
    {
        Record,        // *fields holds the next record
        End,           // no more records
        BrokenQuote,   // a quote out of place (the rest of that line is skipped) or never closed (at EOF)
        NotText,       // a NUL byte: this is not a text file (*fields is empty)
        ReadError,     // *fields is empty
        TooLong,       // the record is longer than the limit: skipped to its end (for a quote never closed, EOF)
    };

    explicit CsvReader(QIODevice &device, qsizetype maxRecordBytes = MaxRecordBytes);

    Status next(QStringList *fields);
    qint64 recordLine() const { return m_recordLine; }   // 1-based line where the last record began
    qint64 bytesRead() const { return m_consumed; }
    QString errorString() const { return m_device.errorString(); }
    qsizetype maxRecordBytes() const { return m_maxRecordBytes; }
    // The most bytes held at once (read buffer + the record kept so far), sampled at every chunk
    // read: stays within maxRecordBytes() + ChunkBytes whatever the input.
    qsizetype peakHeldBytes() const { return m_peakHeld; }

private:
    bool fill();       // false at EOF or on error
    void skipLine();   // after a broken record: on to the next line

    QIODevice &m_device;
    const qsizetype m_maxRecordBytes;
    QByteArray m_buffer;
    QByteArray m_field;   // the field being read (its capacity reused)
    qsizetype m_pos = 0;
    qsizetype m_held = 0;   // bytes of the current record kept so far
    qsizetype m_peakHeld = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    bool m_error = false;
    bool m_started = false;
};

}   // namespace tl
