#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_value;

namespace tl::sql {

class BackgroundCheckpointer;

// The sqlite3 handle behind a QtSql connection, or null when the driver is not QSQLITE or does not
// run the SQLite library TokenLedger is linked with (see sqlitelibrary.h).
sqlite3 *nativeHandle(const QSqlDatabase &db);

// A text argument of an application-defined SQL function, its UTF-8 bytes as stored: read as a blob,
// SQLite neither converts nor copies them to add a terminating NUL (sqlite3_value_text() would).
std::string_view valueText(sqlite3_value *v);
// A text column of a statement's row, valid until the statement steps again ('' for NULL).
std::string_view columnText(sqlite3_stmt *s, int column);
// Binds UTF-8 bytes as a text parameter without copying them: they must outlive the statement's step.
void bindText(sqlite3_stmt *s, int parameter, std::string_view text);
// "(?1, ?2, ..), (..)": `rows` rows of `columns` numbered parameters, for a multi-row INSERT.
QByteArray valuesSql(int rows, int columns);
// Prepares `sql` into *slot (SQLITE_PREPARE_PERSISTENT); false with *error, and *slot null, when it
// cannot be. For a writer's statements prepared when first used, not all at its start (a re-sync
// of a few revised rows uses few of them): `*slot || sql::prepareInto(db, slot, sql, error)`, so
// that the SQL is not even built once the statement exists.
bool prepareInto(sqlite3 *db, sqlite3_stmt **slot, const QByteArray &sql, QString *error);

// Raises the WAL's automatic checkpoint threshold (PRAGMA wal_autocheckpoint, in pages) of a
// connection while it lives, and sets the connection's own back when it goes. For a long write made
// of many transactions (re-pricing's chunks): with the default 1,000 pages each commit of a chunk
// backfilled the WAL into the database file and synced both — half the wall time of a one-model
// override at 10M rows, whose ~30,000 changed pages lie on as many days. With the threshold raised,
// the WAL keeps those commits (a crash loses none of them: the next open reads the WAL back) until
// it reaches `pages`, where the commit that crosses it checkpoints as before — so the WAL stays
// bounded; what is left is checkpointed by the next commit on any connection at the usual threshold,
// or when the last connection closes. On a connection whose checkpoints a BackgroundCheckpointer
// has taken over, it holds that one instead (what is left then goes to its thread). No-op for a
// null handle (PostgreSQL) and for a connection whose automatic checkpoints are off or already at
// least as high.
class CheckpointThreshold final
{
public:
    CheckpointThreshold(sqlite3 *db, int pages);
    ~CheckpointThreshold();
    Q_DISABLE_COPY_MOVE(CheckpointThreshold)

    // The connection's threshold (pages; 0 or less: off), or -1 when it cannot be read.
    static int of(sqlite3 *db);

private:
    sqlite3 *m_db = nullptr;
    BackgroundCheckpointer *m_background = nullptr;
    int m_previous = -1;
};

// A prepared statement on the SQLite library itself, for the few hot write paths where
// QtSql's per-value QVariant conversions dominate (bulk usage upserts: ~4x faster).
// It shares the QtSql connection, so it takes part in the same transactions and savepoints.
// Must not outlive the connection it was prepared on.
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    bool prepare(sqlite3 *db, const QByteArray &sql, QString *error);
    bool isPrepared() const { return m_stmt != nullptr; }

    void bind(int index, qint64 value);
    // Binds as UTF-8 (SQLite's storage encoding) through a buffer reused per parameter, so a
    // bulk insert allocates nothing per row. A null QString binds ''.
    void bind(int index, const QString &text);
    void bindNull(int index);
    // The UTF-8 bytes the last bind(index, QString) bound; kept past reset() until the next one.
    std::string_view boundText(int index) const
    {
        const QByteArray &buffer = m_textBuffers[index];
        return std::string_view(buffer.constData(), size_t(buffer.size()));
    }

    // Runs the statement: true with a row (SELECT), false when done or on error (see ok()).
    bool step();
    bool ok() const { return m_ok; }
    QString error() const;
    // clearBindings false keeps the bound values (texts point into this statement's buffers): for
    // a writer that binds every parameter again before each step. Clearing 960 of them (a 64-row
    // chunk of usage) twice per chunk was ~1.5 % of a dense append's instructions.
    void reset(bool clearBindings = true);
    // Rows the last completed INSERT/UPDATE/DELETE on this connection changed.
    int changes() const;

    qint64 int64(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    // A text column's UTF-8 bytes, valid until the statement steps again ('' for NULL): for values
    // read by the thousand and compared or parsed in place (days), with no QString made per row.
    std::string_view textView(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QList<QByteArray> m_textBuffers;   // one per parameter, index = parameter number

    bool m_ok = true;
};

}   // namespace tl::sql
