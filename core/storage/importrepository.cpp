#include "importrepository.h"

#include "common/dates.h"
#include "pgimportjournal.h"
#include "queryloop.h"
#include "schemadialect.h"
#include "sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

namespace {

const QString Columns = QStringLiteral(
    "i.id, i.account_id, COALESCE(a.label, ''), i.file_name, i.file_size, i.sha256, i.format, i.imported_at, "
    "i.rows_read, i.rows_good, i.rows_bad, i.rows_skipped, COALESCE(i.first_day, ''), COALESCE(i.last_day, ''), "
    "i.usage_created, i.usage_updated, i.usage_unchanged, i.costs_created, i.costs_updated, i.costs_unchanged, "
    "COALESCE(i.removed_at, '') FROM imports i LEFT JOIN accounts a ON a.id = i.account_id");

// Journal entries of records that are new to the ledger, `rows` to a statement: the import, its
// sequence number, day, model, project, key and tier of each (NewRowParams values a row).
constexpr int NewRowParams = 7;
QByteArray newRowsSql(int rows)
{
    QByteArray sql = "INSERT INTO import_rows (import_id, seq, kind, day, item, project, api_key_id, variant, "
                     "had_previous) VALUES ";
    for (int row = 0; row < rows; ++row) {
        const int p = row * NewRowParams;
        sql += (row == 0 ? "(" : ", (");
        for (int column = 1; column <= NewRowParams; ++column) {
            sql += '?' + QByteArray::number(p + column) + ", ";
            if (column == 2)
                sql += "'usage', ";
        }
        sql += "0)";
    }
    return sql;
}

ImportRecord readRecord(const QSqlQuery &q)
{
    ImportRecord r;
    r.id = q.value(0).toLongLong();
    r.accountId = q.value(1).toLongLong();
    r.account = q.value(2).toString();
    r.fileName = q.value(3).toString();
    r.fileSize = q.value(4).toLongLong();
    r.sha256 = q.value(5).toString();
    r.format = q.value(6).toString();
    r.importedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    r.rowsRead = q.value(8).toLongLong();
    r.rowsGood = q.value(9).toLongLong();
    r.rowsBad = q.value(10).toLongLong();
    r.rowsSkipped = q.value(11).toLongLong();
    r.firstDay = parseIsoDay(q.value(12).toString()).value_or(QDate());
    r.lastDay = parseIsoDay(q.value(13).toString()).value_or(QDate());
    r.usageCreated = q.value(14).toLongLong();
    r.usageUpdated = q.value(15).toLongLong();
    r.usageUnchanged = q.value(16).toLongLong();
    r.costsCreated = q.value(17).toLongLong();
    r.costsUpdated = q.value(18).toLongLong();
    r.costsUnchanged = q.value(19).toLongLong();
    r.removedAt = QDateTime::fromString(q.value(20).toString(), Qt::ISODate);
    return r;
}

QVariant dayOrNull(QDate day)
{
    return day.isValid() ? QVariant(isoDay(day)) : QVariant(QMetaType(QMetaType::QString));
}

}   // namespace

ImportRepository::ImportRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

qint64 ImportRepository::begin(const ImportRecord &r, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::prepare(q,
                      QStringLiteral("INSERT INTO imports (account_id, file_name, file_size, sha256, format, "
                                     "imported_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                      error))
        return 0;
    q.addBindValue(r.accountId);
    q.addBindValue(sql::text(r.fileName));
    q.addBindValue(r.fileSize);
    q.addBindValue(sql::text(r.sha256));
    q.addBindValue(sql::text(r.format));
    q.addBindValue(
        (r.importedAt.isValid() ? r.importedAt : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate));
    if (!sql::exec(q, error) || !q.next()) {
        if (error && error->isEmpty())
            *error = q.lastError().text();
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

bool ImportRepository::finish(const ImportRecord &r, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::prepare(q,
                      QStringLiteral("UPDATE imports SET format = ?, rows_read = ?, rows_good = ?, rows_bad = ?, "
                                     "rows_skipped = ?, first_day = ?, last_day = ?, usage_created = ?, "
                                     "usage_updated = ?, usage_unchanged = ?, costs_created = ?, costs_updated = ?, "
                                     "costs_unchanged = ? WHERE id = ?"),
                      error))
        return false;
    for (const QVariant &v :
         {QVariant(r.format), QVariant(r.rowsRead), QVariant(r.rowsGood), QVariant(r.rowsBad), QVariant(r.rowsSkipped),
          dayOrNull(r.firstDay), dayOrNull(r.lastDay), QVariant(r.usageCreated), QVariant(r.usageUpdated),
          QVariant(r.usageUnchanged), QVariant(r.costsCreated), QVariant(r.costsUpdated), QVariant(r.costsUnchanged),
          QVariant(r.id)})
        q.addBindValue(v);
    return sql::exec(q, error);
}

bool ImportRepository::discard(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::prepare(q, QStringLiteral("DELETE FROM imports WHERE id = ?"), error))
        return false;
    q.addBindValue(id);
    return sql::exec(q, error);
}

std::optional<ImportRecord> ImportRepository::find(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    if (!sql::prepare(q, QStringLiteral("SELECT ") + Columns + QStringLiteral(" WHERE i.id = ?"), error))
        return std::nullopt;
    q.addBindValue(id);
    if (!sql::exec(q, error) || !q.next())
        return std::nullopt;
    return readRecord(q);
}

std::optional<QList<ImportRecord>> ImportRepository::list(std::optional<qint64> accountId, bool withRemoved,
                                                          QString *error) const
{
    QString statement = QStringLiteral("SELECT ") + Columns + QStringLiteral(" WHERE 1 = 1");
    if (accountId)
        statement += QStringLiteral(" AND i.account_id = ?");
    if (!withRemoved)
        statement += QStringLiteral(" AND i.removed_at IS NULL");
    statement += QStringLiteral(" ORDER BY i.id DESC");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::prepare(q, statement, error))
        return std::nullopt;
    if (accountId)
        q.addBindValue(*accountId);
    if (!sql::exec(q, error))
        return std::nullopt;
    QList<ImportRecord> out;
    while (q.next())
        out.append(readRecord(q));
    if (!sql::readSucceeded(q, error))
        return std::nullopt;
    return out;
}

std::optional<ImportRecord> ImportRepository::sameFile(qint64 accountId, const QString &sha256, qint64 except) const
{
    if (sha256.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + Columns +
              QStringLiteral(" WHERE i.account_id = ? AND i.sha256 = ? AND i.id <> ? AND i.removed_at IS NULL "
                             "ORDER BY i.id DESC LIMIT 1"));
    q.addBindValue(accountId);
    q.addBindValue(sha256);
    q.addBindValue(except);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRecord(q);
}

std::optional<ImportRecord> ImportRepository::covering(qint64 accountId, QDate day) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + Columns +
              QStringLiteral(" WHERE i.account_id = ? AND i.removed_at IS NULL AND i.first_day <= ? AND "
                             "i.last_day >= ? ORDER BY i.id DESC LIMIT 1"));
    q.addBindValue(accountId);
    q.addBindValue(isoDay(day));
    q.addBindValue(isoDay(day));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRecord(q);
}

ImportJournal::ImportJournal(QSqlDatabase db, qint64 importId)
    : m_db(std::move(db))
    , m_importId(importId)
{}

bool ImportJournal::prepare(QString *error)
{
    if (m_prepared)
        return true;
    sqlite3 *handle = sql::nativeHandle(m_db);
    m_prepared =
        m_usageBefore.prepare(handle,
                              "SELECT input_tokens, cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, "
                              "output_tokens, requests, cost_nano, cost_status FROM usage WHERE day = ?1 AND "
                              "account_id = ?2 AND model = ?3 AND project = ?4 AND api_key_id = ?5 AND "
                              "service_tier = ?6 AND source = ?7",
                              error) &&
        m_costBefore.prepare(handle,
                             "SELECT amount_nano FROM costs WHERE account_id = ?2 AND day = ?1 AND line_item = ?3 AND "
                             "project = ?4 AND api_key_id = ?5 AND currency = ?6 AND source = ?7",
                             error) &&
        m_insert.prepare(handle,
                         "INSERT INTO import_rows (import_id, seq, kind, day, item, project, api_key_id, variant, "
                         "had_previous, prev_input, prev_cached, prev_write_5m, prev_write_1h, prev_output, "
                         "prev_requests, prev_cost_nano, prev_cost_status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                         "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
                         error) &&
        m_dayHasUsage.prepare(handle, "SELECT 1 FROM usage WHERE day = ?1 AND account_id = ?2 LIMIT 1", error) &&
        m_insertNewMany.prepare(handle, newRowsSql(NewRowsPerStatement), error) &&
        m_insertNew.prepare(handle, newRowsSql(1), error);
    return m_prepared;
}

bool ImportJournal::recordUsage(const QList<UsageRecord> &batch, QString *error)
{
    if (sql::dialectOf(m_db) == sql::Dialect::Postgres)   // batched (pgimportjournal.h)
        return pgimport::recordUsage(m_db, m_importId, &m_seq, batch, error);
    if (!prepare(error))
        return false;
    // Account-day by account-day (a batch is mostly one day): one look-up says whether the day had
    // any usage; only a day that had some looks each record up.
    for (qsizetype start = 0, end = 0; start < batch.size(); start = end) {
        const UsageRecord &first = batch[start];
        for (end = start + 1;
             end < batch.size() && batch[end].accountId == first.accountId && batch[end].day == first.day;)
            ++end;
        const QString day = isoDay(first.day);
        bool empty = false;
        if (!dayWasEmpty(first.accountId, day, &empty, error))
            return false;
        if (empty) {
            if (!recordNew(batch, start, end, day, error))
                return false;
            continue;
        }
        for (qsizetype i = start; i < end; ++i) {
            if (!recordLookedUp(batch[i], day, error))
                return false;
        }
    }
    return true;
}

bool ImportJournal::dayWasEmpty(qint64 accountId, const QString &day, bool *empty, QString *error)
{
    // A day found empty and continued by the next batch holds only this import's own keys by then
    // (each written once): still empty of every key still to come.
    if (m_emptyDay.first == accountId && m_emptyDay.second == day) {
        *empty = true;
        return true;
    }
    m_dayHasUsage.reset();
    m_dayHasUsage.bind(1, day);
    m_dayHasUsage.bind(2, accountId);
    *empty = !m_dayHasUsage.step();
    const bool ok = m_dayHasUsage.ok();
    m_dayHasUsage.reset();
    if (!ok) {
        *error = m_dayHasUsage.error();
        return false;
    }
    m_emptyDay = *empty ? std::pair<qint64, QString>{accountId, day} : std::pair<qint64, QString>{};
    return true;
}

bool ImportJournal::recordNew(const QList<UsageRecord> &batch, qsizetype from, qsizetype to, const QString &day,
                              QString *error)
{
    while (from < to) {
        const int rows = to - from >= NewRowsPerStatement ? NewRowsPerStatement : 1;
        sql::SqliteStatement &s = rows == 1 ? m_insertNew : m_insertNewMany;
        s.reset();
        for (int row = 0; row < rows; ++row) {
            const UsageRecord &r = batch[from + row];
            const int p = row * NewRowParams;
            s.bind(p + 1, m_importId);
            s.bind(p + 2, ++m_seq);
            s.bind(p + 3, day);
            s.bind(p + 4, r.model);
            s.bind(p + 5, r.project);
            s.bind(p + 6, r.apiKeyId);
            s.bind(p + 7, r.serviceTier);
        }
        s.step();
        const bool ok = s.ok();
        if (!ok)
            *error = s.error();
        s.reset();
        if (!ok)
            return false;
        from += rows;
    }
    return true;
}

bool ImportJournal::recordLookedUp(const UsageRecord &r, const QString &day, QString *error)
{
    m_usageBefore.reset();
    m_usageBefore.bind(1, day);
    m_usageBefore.bind(2, r.accountId);
    m_usageBefore.bind(3, r.model);
    m_usageBefore.bind(4, r.project);
    m_usageBefore.bind(5, r.apiKeyId);
    m_usageBefore.bind(6, r.serviceTier);
    m_usageBefore.bind(7, r.source);
    const bool had = m_usageBefore.step();
    if (!m_usageBefore.ok()) {
        *error = m_usageBefore.error();
        return false;
    }
    m_insert.reset();
    m_insert.bind(1, m_importId);
    m_insert.bind(2, ++m_seq);
    m_insert.bind(3, QStringLiteral("usage"));
    m_insert.bind(4, day);
    m_insert.bind(5, r.model);
    m_insert.bind(6, r.project);
    m_insert.bind(7, r.apiKeyId);
    m_insert.bind(8, r.serviceTier);
    m_insert.bind(9, qint64(had ? 1 : 0));
    for (int i = 0; i < 8; ++i) {
        if (!had || m_usageBefore.isNull(i))
            m_insert.bindNull(10 + i);
        else if (i == 7)
            m_insert.bind(17, m_usageBefore.text(7));
        else
            m_insert.bind(10 + i, m_usageBefore.int64(i));
    }
    m_usageBefore.reset();
    m_insert.step();
    const bool ok = m_insert.ok();
    if (!ok)
        *error = m_insert.error();
    m_insert.reset();
    return ok;
}

bool ImportJournal::recordCosts(const QList<CostRecord> &batch, QString *error)
{
    if (sql::dialectOf(m_db) == sql::Dialect::Postgres)
        return pgimport::recordCosts(m_db, m_importId, &m_seq, batch, error);
    if (!prepare(error))
        return false;
    for (const CostRecord &c : batch) {
        const QString day = isoDay(c.day);
        m_costBefore.reset();
        m_costBefore.bind(1, day);
        m_costBefore.bind(2, c.accountId);
        m_costBefore.bind(3, c.lineItem);
        m_costBefore.bind(4, c.project);
        m_costBefore.bind(5, c.apiKeyId);
        m_costBefore.bind(6, c.currency);
        m_costBefore.bind(7, c.source);
        const bool had = m_costBefore.step();
        if (!m_costBefore.ok()) {
            *error = m_costBefore.error();
            return false;
        }
        m_insert.reset();
        m_insert.bind(1, m_importId);
        m_insert.bind(2, ++m_seq);
        m_insert.bind(3, QStringLiteral("cost"));
        m_insert.bind(4, day);
        m_insert.bind(5, c.lineItem);
        m_insert.bind(6, c.project);
        m_insert.bind(7, c.apiKeyId);
        m_insert.bind(8, c.currency);
        m_insert.bind(9, qint64(had ? 1 : 0));
        for (int i = 10; i <= 17; ++i)
            m_insert.bindNull(i);
        if (had)
            m_insert.bind(16, m_costBefore.int64(0));
        m_costBefore.reset();
        m_insert.step();
        if (!m_insert.ok()) {
            *error = m_insert.error();
            return false;
        }
    }
    m_insert.reset();
    return true;
}

}   // namespace tl
