#include "csvreader.h"

namespace tl {

namespace {
constexpr qint64 ChunkSize = 1 << 16;
}

CsvReader::CsvReader(QIODevice &device)
    : m_device(device)
{}

bool CsvReader::fill()
{
    if (m_eof || m_error)
        return false;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const QByteArray chunk = m_device.read(ChunkSize);
    if (chunk.isEmpty()) {
        if (m_device.atEnd() || !m_device.isReadable())
            m_eof = true;
        else
            m_error = true;
        if (!m_device.errorString().isEmpty() && !m_device.atEnd())
            m_error = true;
        return false;
    }
    m_consumed += chunk.size();
    m_buffer += chunk;
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
    QByteArray field;
    bool quoted = false;      // inside a quoted field
    bool wasQuoted = false;   // the current field was quoted (and closed)
    const auto endField = [&] {
        fields->append(QString::fromUtf8(field));
        field.clear();
        wasQuoted = false;
    };
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (m_error)
                return Status::ReadError;
            if (quoted)
                return Status::BrokenQuote;
            endField();
            return Status::Record;
        }
        const char c = m_buffer.at(m_pos++);
        if (c == '\0')
            return Status::NotText;
        if (quoted) {
            if (c == '"') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                    field += '"';
                    ++m_pos;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == '\n')
                    ++m_line;
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
            return Status::Record;
        case '"':
            if (!field.isEmpty() || wasQuoted) {
                skipLine();   // a quote inside an unquoted field: the rest of the line is lost
                return Status::BrokenQuote;
            }
            quoted = true;
            break;
        default:
            if (wasQuoted) {
                skipLine();   // text after a closing quote
                return Status::BrokenQuote;
            }
            field += c;
        }
    }
}

}   // namespace tl
