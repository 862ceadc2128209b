#include "sqlitestatement.h"

#include "queryloop.h"
#include "sqlitelibrary.h"
#include "walcheckpointer.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

namespace tl::sql {

std::string_view valueText(sqlite3_value *v)
{
    const auto *bytes = static_cast<const char *>(sqlite3_value_blob(v));
    return bytes ? std::string_view(bytes, size_t(sqlite3_value_bytes(v))) : std::string_view();
}

CheckpointThreshold::CheckpointThreshold(sqlite3 *db, int pages)
{
    // A connection whose checkpoints a thread has taken over (the window's database worker): held
    // there, the same way.
    if (BackgroundCheckpointer *background = db ? BackgroundCheckpointer::of(db) : nullptr) {
        m_background = background;   // (a hold already at least as high is left as it is)
        m_previous = background->holdUntil(std::max(pages, background->holdPages()));
        return;
    }
    const int previous = db ? of(db) : -1;
    if (previous <= 0 || previous >= pages)
        return;   // unreadable, off, or already at least as high: left alone
    m_db = db;
    m_previous = previous;
    sqlite3_wal_autocheckpoint(db, pages);
}

CheckpointThreshold::~CheckpointThreshold()
{
    if (m_background)
        m_background->holdUntil(m_previous);
    else if (m_db)
        sqlite3_wal_autocheckpoint(m_db, m_previous);
}

int CheckpointThreshold::of(sqlite3 *db)
{
    sqlite3_stmt *s = nullptr;
    int pages = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA wal_autocheckpoint", -1, &s, nullptr) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW)
        pages = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    return pages;
}

std::string_view columnText(sqlite3_stmt *s, int column)
{
    const char *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(s, column))) : std::string_view();
}

void bindText(sqlite3_stmt *s, int parameter, std::string_view text)
{
    sqlite3_bind_text(s, parameter, text.data(), int(text.size()), SQLITE_STATIC);
}

bool prepareInto(sqlite3 *db, sqlite3_stmt **slot, const QByteArray &sql, QString *error)
{
    if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, slot, nullptr) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(*slot);
    *slot = nullptr;
    return false;
}

QByteArray valuesSql(int rows, int columns)
{
    QByteArray sql;
    for (int row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (int column = 1; column <= columns; ++column) {
            sql += '?' + QByteArray::number(row * columns + column);
            if (column < columns)
                sql += ", ";
        }
        sql += ')';
    }
    return sql;
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // Database::open() refuses a driver with another SQLite; a connection opened some other way
    // is checked here, where the handle is handed to TokenLedger's SQLite. A loaded driver module
    // cannot change, so a driver found good is remembered (by its meta-object, which lives in the
    // module): the check (dladdr, dlopen) cost ~2 % of an ingest, asked for every savepoint.
    static std::atomic<const QMetaObject *> checked = nullptr;
    const QMetaObject *driver = db.driver()->metaObject();
    if (checked.load(std::memory_order_acquire) != driver) {
        if (!checkDriverModule(db).ok())
            return nullptr;
        checked.store(driver, std::memory_order_release);
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

bool SqliteStatement::prepare(sqlite3 *db, const QByteArray &sql, QString *error)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db;
    if (!db) {
        if (error)
            *error = QStringLiteral("no SQLite connection TokenLedger can use directly (the database is not open, or "
                                    "the Qt SQLite driver does not run TokenLedger's SQLite library)");
        return false;
    }
    if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
        SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        m_stmt = nullptr;
        return false;
    }
    m_textBuffers.resize(sqlite3_bind_parameter_count(m_stmt) + 1);
    return true;
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QString &text)
{
    Q_ASSERT(index > 0 && index < m_textBuffers.size());
    QByteArray &buffer = m_textBuffers[index];
    // Model names, project and key ids are ASCII in practice: copy them byte by byte into a
    // buffer whose capacity is kept across rows. Anything else takes the general conversion.
    const qsizetype size = text.size();
    buffer.resize(size);
    char *out = buffer.data();
    const QChar *in = text.constData();
    bool ascii = true;
    for (qsizetype i = 0; i < size; ++i) {
        if (in[i].unicode() >= 0x80) {
            ascii = false;
            break;
        }
        out[i] = char(in[i].unicode());
    }
    if (!ascii)
        buffer = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, buffer.constData(), int(buffer.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    m_ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
    return rc == SQLITE_ROW;
}

QString SqliteStatement::error() const
{
    if (!m_db)
        return {};
    return describeSqliteError(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void SqliteStatement::reset(bool clearBindings)
{
    sqlite3_reset(m_stmt);
    if (clearBindings)
        sqlite3_clear_bindings(m_stmt);
    m_ok = true;
}

int SqliteStatement::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::string_view SqliteStatement::textView(int column) const
{
    return columnText(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    // The stored UTF-8 converted once, by Qt: sqlite3_column_text16 had SQLite convert it into a
    // buffer of its own first (an allocation per value; 5 % of a CSV import's read-back).
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

}   // namespace tl::sql
