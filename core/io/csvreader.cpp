#include "csvreader.h"

#include <algorithm>

namespace tl {

CsvReader::CsvReader(QIODevice &device, qsizetype maxRecordBytes)
    : m_device(device)
    , m_maxRecordBytes(std::max<qsizetype>(maxRecordBytes, 1))
{}

bool CsvReader::fill()
{
    if (m_eof || m_error)
        return false;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    // Read into the buffer's own storage: its capacity is reused, nothing is allocated per chunk.
    // A small file gets a buffer of its size rather than a whole chunk.
    const qint64 want =
        m_device.isSequential() ? ChunkBytes : std::clamp<qint64>(m_device.bytesAvailable(), 1, ChunkBytes);
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + want);
    const qint64 n = m_device.read(m_buffer.data() + kept, want);
    m_buffer.resize(kept + std::max<qint64>(n, 0));
    if (n <= 0) {
        if (m_device.atEnd() || !m_device.isReadable())
            m_eof = true;
        else
            m_error = true;
        if (!m_device.errorString().isEmpty() && !m_device.atEnd())
            m_error = true;
        return false;
    }
    m_consumed += n;
    m_peakHeld = std::max(m_peakHeld, m_buffer.size() + m_held);
    return true;
}

void CsvReader::skipLine()
{
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return;
        const char c = m_buffer.at(m_pos++);
        if (c == '\n') {
            ++m_line;
            return;
        }
    }
}

CsvReader::Status CsvReader::next(QStringList *fields)
{
    fields->clear();
    m_held = 0;
    if (!m_started) {
        m_started = true;
        while (m_buffer.size() - m_pos < 3 && fill()) {
        }
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    // Skip blank lines between records.
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return m_error ? Status::ReadError : Status::End;
        const char c = m_buffer.at(m_pos);
        if (c == '\n') {
            ++m_line;
            ++m_pos;
        } else if (c == '\r') {
            ++m_pos;
        } else {
            break;
        }
    }
    m_recordLine = m_line;
    // The field's bytes, kept across records (resize(0) keeps the capacity: no allocation per field).
    QByteArray &field = m_field;
    field.resize(0);
    // A field that is one plain run followed by its delimiter is decoded straight from the buffer
    // (most fields of most files): no copy into `field` first.
    QString direct;
    bool hasDirect = false;
    bool quoted = false;         // inside a quoted field
    bool wasQuoted = false;      // the current field was quoted (and closed)
    bool unquotedText = false;   // the current field has unquoted text (kept or not)
    bool tooLong = false;        // past the limit: parsed to the record's end, nothing kept
    const auto endField = [&] {
        if (!tooLong)
            fields->append(hasDirect ? std::move(direct) : QString::fromUtf8(field));
        hasDirect = false;
        field.resize(0);
        wasQuoted = false;
        unquotedText = false;
    };
    // Every way out of a record: a record past the limit is TooLong whatever else was wrong with it.
    // A file that is not text or cannot be read has no record to show.
    const auto finish = [&](Status status) {
        m_held = 0;
        const bool unreadable = status == Status::ReadError || status == Status::NotText;
        if (tooLong || unreadable)
            fields->clear();
        return tooLong && !unreadable ? Status::TooLong : status;
    };
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (m_error)
                return finish(Status::ReadError);
            if (quoted)
                return finish(Status::BrokenQuote);
            endField();
            return finish(Status::Record);
        }
        // A run of plain bytes is taken in one piece (the bytes below are looked at one by one).
        if (!wasQuoted) {
            const char *data = m_buffer.constData();
            const qsizetype size = m_buffer.size();
            qsizetype end = m_pos;
            if (quoted) {
                while (end < size && data[end] != '"' && data[end] != '\n' && data[end] != '\0')
                    ++end;
            } else {
                while (end < size && data[end] != ',' && data[end] != '\n' && data[end] != '\r' && data[end] != '"' &&
                       data[end] != '\0')
                    ++end;
            }
            if (end > m_pos) {
                const qsizetype n = end - m_pos;
                if (!tooLong && m_held + n > m_maxRecordBytes) {
                    tooLong = true;   // as below, at the byte past the limit
                    fields->clear();
                    field.clear();
                    m_held = 0;
                } else if (!tooLong) {
                    // Only where the field surely ends at `end`: a lone CR is dropped and the field
                    // goes on (its bytes then join the next run's before they are decoded).
                    const bool ends = end < size && (data[end] == ',' || data[end] == '\n' ||
                                                     (data[end] == '\r' && end + 1 < size && data[end + 1] == '\n'));
                    if (!quoted && !unquotedText && field.isEmpty() && ends) {
                        direct = QString::fromUtf8(data + m_pos, n);
                        hasDirect = true;
                    } else {
                        field.append(data + m_pos, n);
                    }
                    m_held += n;
                }
                unquotedText = unquotedText || !quoted;
                m_pos = end;
                continue;
            }
        }
        const char c = m_buffer.at(m_pos++);
        if (!tooLong && ++m_held > m_maxRecordBytes) {
            tooLong = true;   // let go of what was kept; the parse goes on only to find the record's end
            fields->clear();
            field.clear();
            m_held = 0;
        }
        if (c == '\0')
            return finish(Status::NotText);
        if (quoted) {
            if (c == '"') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                    if (!tooLong) {
                        field += '"';
                        ++m_held;
                    }
                    ++m_pos;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                if (!tooLong)
                    field += c;
            }
            continue;
        }
        switch (c) {
        case ',':
            endField();
            break;
        case '\r':
            break;   // CRLF: the LF ends the record
        case '\n':
            ++m_line;
            endField();
            return finish(Status::Record);
        case '"':
            if (unquotedText || wasQuoted) {
                skipLine();   // a quote inside an unquoted field: the rest of the line is lost
                return finish(Status::BrokenQuote);
            }
            quoted = true;
            break;
        default:
            if (wasQuoted) {
                skipLine();   // text after a closing quote
                return finish(Status::BrokenQuote);
            }
            unquotedText = true;
            if (!tooLong)
                field += c;
        }
    }
}

}   // namespace tl
