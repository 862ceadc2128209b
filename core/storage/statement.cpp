#include "statement.h"

#include "common/dates.h"

#include "queryloop.h"
#include "sqldialect.h"
#include "sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace tl::sql {

Statement::Statement() = default;
Statement::~Statement() = default;

bool Statement::prepare(const QSqlDatabase &db, const QByteArray &sql, QString *error)
{
    m_ok = true;
    m_error.clear();
    m_executed = false;
    if (dialectOf(db) == Dialect::Sqlite) {
        m_query.reset();
        return m_sqlite.prepare(nativeHandle(db), sql, error);
    }
    // ?N → ? (QPSQL has positional parameters only), remembering which value goes where.
    QString text = QString::fromUtf8(sql);
    QString positional;
    positional.reserve(text.size());
    m_order.clear();
    int highest = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'?') {
            positional += text.at(i);
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        const int number = end > i + 1 ? text.mid(i + 1, end - i - 1).toInt() : highest + 1;
        m_order.append(number);
        highest = std::max(highest, number);
        positional += u'?';
        i = end - 1;
    }
    m_values = QList<QVariant>(highest + 1);
    m_query = std::make_unique<QSqlQuery>(db);
    m_query->setForwardOnly(true);
    return sql::prepare(*m_query, query(db, positional), error);
}

void Statement::bind(int index, qint64 value)
{
    if (!m_query)
        return m_sqlite.bind(index, value);
    m_values[index] = value;
}

void Statement::bind(int index, const QString &value)
{
    if (!m_query)
        return m_sqlite.bind(index, value);
    m_values[index] = sql::text(value);   // as SqliteStatement does: a null QString is ''
}

void Statement::bindNull(int index)
{
    if (!m_query)
        return m_sqlite.bindNull(index);
    m_values[index] = QVariant();
}

void Statement::bindBytes(int index, const QByteArray &bytes)
{
    if (!m_query)
        return m_sqlite.bind(index, QString::fromUtf8(bytes));
    m_values[index] = bytes;
}

bool Statement::step()
{
    if (!m_query)
        return m_sqlite.step();
    if (!m_executed) {
        m_executed = true;
        for (qsizetype i = 0; i < m_order.size(); ++i)
            m_query->bindValue(int(i), m_values.at(m_order.at(i)));
        if (!sql::exec(*m_query, &m_error)) {
            m_ok = false;
            return false;
        }
    }
    if (!m_query->isSelect())
        return false;
    if (m_query->next())
        return true;
    m_ok = readSucceeded(*m_query, &m_error);
    return false;
}

bool Statement::ok() const
{
    return m_query ? m_ok : m_sqlite.ok();
}

QString Statement::error() const
{
    return m_query ? m_error : m_sqlite.error();
}

void Statement::reset()
{
    if (!m_query)
        return m_sqlite.reset();
    if (m_executed)
        m_query->finish();
    m_executed = false;
    m_ok = true;
    m_error.clear();
}

int Statement::changes() const
{
    return m_query ? m_query->numRowsAffected() : m_sqlite.changes();
}

qint64 Statement::int64(int column) const
{
    return m_query ? m_query->value(column).toLongLong() : m_sqlite.int64(column);
}

bool Statement::isNull(int column) const
{
    return m_query ? m_query->value(column).isNull() : m_sqlite.isNull(column);
}

QString Statement::text(int column) const
{
    return m_query ? m_query->value(column).toString() : m_sqlite.text(column);
}

QDate Statement::day(int column) const
{
    if (m_query)
        return parseIsoDay(m_query->value(column).toString()).value_or(QDate());
    // parseIsoDay's strict form, on ASCII bytes: exactly ten, dashes at 4 and 7, digits elsewhere.
    const std::string_view text = m_sqlite.textView(column);
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return {};
    // Rows come day by day: the day before is most often this one (QDate's constructor was a third
    // of the reads' cost in C++).
    if (m_lastDay.isValid() && text == std::string_view(m_lastDayText, 10))
        return m_lastDay;
    int fields[3] = {0, 0, 0};
    for (size_t i = 0, field = 0; i < 10; ++i) {
        if (i == 4 || i == 7) {
            ++field;
            continue;
        }
        if (text[i] < '0' || text[i] > '9')
            return {};
        fields[field] = fields[field] * 10 + (text[i] - '0');
    }
    m_lastDay = QDate(fields[0], fields[1], fields[2]);   // invalid for a month 13 or a 30 February
    std::copy(text.cbegin(), text.cend(), m_lastDayText);
    return m_lastDay;
}

}   // namespace tl::sql
