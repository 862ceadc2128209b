#include "benchanchors.h"

#include "storage/sqlitestatement.h"
#include "storage/walcheckpointer.h"

#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace tl::bench {

namespace {

constexpr int WindowDays = 30;

// The usage table's columns, in the order of its definition (INSERT … SELECT * relies on it).
constexpr const char *Columns = "day, account_id, model, project, api_key_id, service_tier, source, input_tokens, "
                                "cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, "
                                "requests, cost_nano, cost_status, revision";
constexpr const char *KeyColumns = "day, account_id, model, project, api_key_id, service_tier, source";

struct Row
{
    std::array<std::string, 7> text;   // day, model, project, api_key_id, service_tier, source, cost_status
    std::array<qint64, 6> counts{};    // input, cached, cache write 5m and 1h, output, requests
    qint64 accountId = 0;
    qint64 cost = 0;
    bool priced = false;
    qint64 revision = 0;
};

// One anchor file, opened with the pragmas of TokenLedger's connections (core/storage/database.cpp).
class AnchorFile
{
public:
    explicit AnchorFile(QString path)
        : m_path(std::move(path))
    {}
    ~AnchorFile()
    {
        m_checkpointer.reset();
        if (m_db)
            sqlite3_close_v2(m_db);
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_path + QLatin1String(suffix));
    }
    Q_DISABLE_COPY_MOVE(AnchorFile)

    // The ledger's own `usage` definition, and the accounts its foreign key names.
    bool open(Dataset &data, QString *error)
    {
        if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
            SQLITE_OK)
            return fail(error);
        sql::SqliteStatement definition;
        if (!definition.prepare(sql::nativeHandle(data.db->connection()),
                                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'usage'", error) ||
            !definition.step()) {
            *error = QStringLiteral("the ledger's usage table definition could not be read");
            return false;
        }
        const QByteArray usage = definition.text(0).toUtf8();
        if (!exec("PRAGMA journal_mode = WAL", error) || !exec("PRAGMA synchronous = NORMAL", error) ||
            !exec("PRAGMA cache_size = -32768", error) || !exec("PRAGMA foreign_keys = ON", error) ||
            !exec("PRAGMA cell_size_check = ON", error) ||
            !exec("CREATE TABLE accounts (id INTEGER PRIMARY KEY)", error) || !exec(usage.constData(), error))
            return false;
        for (const qint64 id : data.accountIds) {
            const QByteArray insert = "INSERT INTO accounts (id) VALUES (" + QByteArray::number(id) + ')';
            if (!exec(insert.constData(), error))
                return false;
        }
        m_checkpointer = std::make_unique<sql::BackgroundCheckpointer>(m_db);
        return true;
    }

    bool exec(const char *statement, QString *error)
    {
        return sqlite3_exec(m_db, statement, nullptr, nullptr, nullptr) == SQLITE_OK || fail(error);
    }
    bool fail(QString *error) const
    {
        *error = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory");
        return false;
    }
    sqlite3 *handle() const { return m_db; }

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
    std::unique_ptr<sql::BackgroundCheckpointer> m_checkpointer;
};

// The ledger's first `maxRows` rows in key order (day first: its first days).
std::vector<Row> readRows(Dataset &data, qint64 maxRows, QString *error)
{
    std::vector<Row> rows;
    sql::SqliteStatement read;
    if (!read.prepare(sql::nativeHandle(data.db->connection()),
                      QByteArray("SELECT ") + Columns + " FROM usage ORDER BY " + KeyColumns + " LIMIT ?", error))
        return rows;
    read.bind(1, maxRows);
    rows.reserve(size_t(maxRows));
    while (read.step()) {
        Row r;
        const int textColumns[] = {0, 2, 3, 4, 5, 6, 14};
        for (int i = 0; i < 7; ++i)
            r.text[size_t(i)] = std::string(read.textView(textColumns[i]));
        r.accountId = read.int64(1);
        for (int i = 0; i < 6; ++i)
            r.counts[size_t(i)] = read.int64(7 + i);
        r.priced = !read.isNull(13);
        r.cost = r.priced ? read.int64(13) : 0;
        r.revision = read.int64(15);
        rows.push_back(std::move(r));
    }
    if (!read.ok())
        *error = read.error();
    return rows;
}

void bindRow(sqlite3_stmt *s, const Row &r)
{
    const int textParameters[] = {1, 3, 4, 5, 6, 7, 15};
    for (int i = 0; i < 7; ++i)
        sql::bindText(s, textParameters[i], r.text[size_t(i)]);
    sqlite3_bind_int64(s, 2, r.accountId);
    for (int i = 0; i < 6; ++i)
        sqlite3_bind_int64(s, 8 + i, r.counts[size_t(i)]);
    if (r.priced)
        sqlite3_bind_int64(s, 14, r.cost);
    else
        sqlite3_bind_null(s, 14);
    sqlite3_bind_int64(s, 16, r.revision);
}

// Writes `rows` (in the order given) through `statement`, committing whenever a row's group
// (`groups`, one per row, worked out before the clock starts) differs from the previous one's; the
// rate over wall and thread CPU time.
AnchorRate writeGrouped(AnchorFile &file, const std::vector<Row> &rows, const std::vector<qint64> &groups,
                        const QByteArray &statement, QString *error)
{
    AnchorRate out;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v3(file.handle(), statement.constData(), int(statement.size()), SQLITE_PREPARE_PERSISTENT, &s,
                           nullptr) != SQLITE_OK) {
        file.fail(error);
        return out;
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 cpu = threadCpuNanos();
    bool ok = true;
    for (size_t i = 0; i < rows.size() && ok; ++i) {
        if (i == 0 || groups[i] != groups[i - 1]) {
            if (i > 0)
                ok = file.exec("COMMIT", error);
            ok = ok && file.exec("BEGIN IMMEDIATE", error);
        }
        bindRow(s, rows[i]);
        if (ok && sqlite3_step(s) != SQLITE_DONE)
            ok = file.fail(error);
        sqlite3_reset(s);
    }
    ok = ok && (rows.empty() || file.exec("COMMIT", error));
    const double cpuSeconds = double(threadCpuNanos() - cpu) / 1e9;
    const double wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(s);
    if (ok && !rows.empty()) {
        out.rows = qint64(rows.size());
        out.wall = double(rows.size()) / wallSeconds;
        out.cpu = double(rows.size()) / cpuSeconds;
    }
    return out;
}

QByteArray insertStatement()
{
    return QByteArray("INSERT INTO usage (") + Columns + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, " +
           "?11, ?12, ?13, ?14, ?15, ?16)";
}

}   // namespace

WriteAnchors measureWriteAnchors(Dataset &data, qint64 maxRows)
{
    WriteAnchors out;
    std::vector<Row> rows = readRows(data, maxRows, &out.error);
    if (!out.error.isEmpty() || rows.empty())
        return out;
    AnchorFile file(data.dir.filePath(QStringLiteral("anchor-writes.sqlite")));
    if (!file.open(data, &out.error))
        return out;
    // The generated ingest's order: per 30-day window, account by account, each in key order.
    const QDate first = QDate::fromString(QString::fromStdString(rows.front().text[0]), Qt::ISODate);
    std::vector<qint64> groupOf;   // window and account, one number per row
    groupOf.reserve(rows.size());
    for (const Row &r : rows) {
        const qint64 window =
            first.daysTo(QDate::fromString(QString::fromStdString(r.text[0]), Qt::ISODate)) / WindowDays;
        groupOf.push_back(window * (qint64(1) << 32) + r.accountId);
    }
    std::vector<size_t> order(rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&groupOf](size_t a, size_t b) { return groupOf[a] < groupOf[b]; });
    std::vector<Row> ordered;
    std::vector<qint64> groups;
    ordered.reserve(rows.size());
    groups.reserve(rows.size());
    for (const size_t i : order) {
        ordered.push_back(rows[i]);
        groups.push_back(groupOf[i]);
    }
    const QString lastDay = QString::fromStdString(rows.back().text[0]);
    rows.clear();
    out.append = writeGrouped(file, ordered, groups, insertStatement(), &out.error);
    if (!out.error.isEmpty())
        return out;

    // The last 30 days again, a tenth of the rows revised (more output, a nano more cost), as the
    // product's re-sync section does; rows whose values are the same are left as they are.
    const std::string since =
        QDate::fromString(lastDay, Qt::ISODate).addDays(-(WindowDays - 1)).toString(Qt::ISODate).toStdString();
    std::vector<Row> again;
    for (const Row &r : ordered) {
        if (r.text[0] >= since)
            again.push_back(r);
    }
    std::stable_sort(again.begin(), again.end(), [](const Row &a, const Row &b) { return a.accountId < b.accountId; });
    std::vector<qint64> accounts;
    for (const Row &r : again)
        accounts.push_back(r.accountId);
    for (size_t i = 0; i < again.size(); i += 10) {
        again[i].counts[4] += 1;
        again[i].cost += again[i].priced ? 1 : 0;
    }
    const QByteArray upsert =
        insertStatement() + " ON CONFLICT (" + KeyColumns +
        ") DO UPDATE SET input_tokens = excluded.input_tokens, cached_input_tokens = excluded.cached_input_tokens, "
        "cache_write_5m_tokens = excluded.cache_write_5m_tokens, cache_write_1h_tokens = "
        "excluded.cache_write_1h_tokens, output_tokens = excluded.output_tokens, requests = excluded.requests, "
        "cost_nano = excluded.cost_nano, cost_status = excluded.cost_status, revision = usage.revision + 1 WHERE "
        "usage.output_tokens IS NOT excluded.output_tokens OR usage.input_tokens IS NOT excluded.input_tokens OR "
        "usage.cost_nano IS NOT excluded.cost_nano";
    out.resync = writeGrouped(file, again, accounts, upsert, &out.error);
    return out;
}

AnchorRate measureRepriceAnchor(Dataset &data, qint64 maxRows, QString *error)
{
    AnchorRate out;
    AnchorFile file(data.dir.filePath(QStringLiteral("anchor-reprice.sqlite")));
    if (!file.open(data, error))
        return out;
    const std::vector<Row> rows = readRows(data, maxRows, error);
    if (!error->isEmpty() || rows.empty())
        return out;
    // Copied in (not timed), one transaction.
    if (writeGrouped(file, rows, std::vector<qint64>(rows.size(), 0), insertStatement(), error).rows == 0)
        return out;
    QElapsedTimer timer;
    timer.start();
    const qint64 cpu = threadCpuNanos();
    // Every row's cost rewritten (a nano more; an unpriced row gets one), its status with it.
    const bool ok = file.exec("BEGIN IMMEDIATE", error) &&
                    file.exec("UPDATE usage SET cost_nano = coalesce(cost_nano, 0) + 1, cost_status = CASE "
                              "cost_status WHEN 'reported' THEN 'reported' ELSE 'estimated' END",
                              error) &&
                    file.exec("COMMIT", error);
    const double cpuSeconds = double(threadCpuNanos() - cpu) / 1e9;
    const double wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (ok) {
        out.rows = qint64(rows.size());
        out.wall = double(rows.size()) / wallSeconds;
        out.cpu = double(rows.size()) / cpuSeconds;
    }
    return out;
}

}   // namespace tl::bench
