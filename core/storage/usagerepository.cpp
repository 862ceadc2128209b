#include "usagerepository.h"

#include "common/dates.h"
#include "queryloop.h"
#include "rollups.h"
#include "sqlutil.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace tl {

namespace {

QString validate(const UsageRecord &r)
{
    if (r.accountId <= 0)
        return QStringLiteral("usage record without an account");
    if (!r.day.isValid())
        return QStringLiteral("usage record without a valid day");
    if (r.inputTokens < 0 || r.cachedInputTokens < 0 || r.cacheWrite5mTokens < 0 || r.cacheWrite1hTokens < 0 ||
        r.outputTokens < 0 || r.requests < 0)
        return QStringLiteral("usage record with negative counts (%1, %2)").arg(isoDay(r.day), r.model);
    if ((r.costStatus == CostStatus::Unpriced) == r.cost.has_value())
        return QStringLiteral("usage record whose cost does not match its status (%1, %2)").arg(isoDay(r.day), r.model);
    return {};
}

#define TL_ROLLUP_SELECT                                                                                               \
    "SELECT day, account_id, model, SUM(input_tokens), SUM(cached_input_tokens), "                                     \
    "SUM(cache_write_5m_tokens + cache_write_1h_tokens), SUM(output_tokens), SUM(requests), "                          \
    "COALESCE(SUM(cost_nano), 0), "                                                                                    \
    "SUM(CASE WHEN cost_nano IS NULL THEN input_tokens + cached_input_tokens + cache_write_5m_tokens "                 \
    "+ cache_write_1h_tokens + output_tokens ELSE 0 END), "                                                            \
    "SUM(cost_nano IS NULL), COUNT(*) FROM usage"

#define TL_ROLLUP_INSERT                                                                                               \
    "INSERT INTO usage_daily (day, account_id, model, input_tokens, cached_input_tokens, cache_write_tokens, "         \
    "output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count) "

// A batch is written in multi-row INSERT .. DO NOTHING statements (one statement per chunk
// instead of per record is the largest single saving on a first sync or import); keys that
// already existed then take a conditional UPDATE that writes only when a value differs.
// sqlite3_changes() tells how many of each happened.
#define TL_INSERT_PREFIX                                                                                               \
    "INSERT INTO usage (account_id, day, model, project, api_key_id, service_tier, source, input_tokens, "             \
    "cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, requests, cost_nano, "          \
    "cost_status) VALUES "
#define TL_INSERT_SUFFIX " ON CONFLICT (day, account_id, model, project, api_key_id, service_tier, source) DO NOTHING"
constexpr int ColumnsPerRow = 15;

QByteArray insertSql(int rows)
{
    QByteArray sql = TL_INSERT_PREFIX;
    for (int row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (int column = 1; column <= ColumnsPerRow; ++column) {
            sql += '?' + QByteArray::number(row * ColumnsPerRow + column);
            if (column < ColumnsPerRow)
                sql += ", ";
        }
        sql += ')';
    }
    return sql + TL_INSERT_SUFFIX;
}

constexpr const char *UpdateCostSql =
    "UPDATE usage SET cost_nano = ?14, cost_status = ?15, revision = revision + 1 "
    "WHERE day = ?2 AND account_id = ?1 AND model = ?3 AND project = ?4 AND api_key_id = ?5 "
    "AND service_tier = ?6 AND source = ?7 AND (cost_nano IS NOT ?14 OR cost_status IS NOT ?15)";
constexpr const char *UpdateSql =
    "UPDATE usage SET input_tokens = ?8, cached_input_tokens = ?9, cache_write_5m_tokens = ?10, "
    "cache_write_1h_tokens = ?11, output_tokens = ?12, requests = ?13, cost_nano = ?14, cost_status = ?15, "
    "revision = revision + 1 "
    "WHERE day = ?2 AND account_id = ?1 AND model = ?3 AND project = ?4 AND api_key_id = ?5 "
    "AND service_tier = ?6 AND source = ?7 "
    "AND (input_tokens IS NOT ?8 OR cached_input_tokens IS NOT ?9 OR cache_write_5m_tokens IS NOT ?10 "
    "OR cache_write_1h_tokens IS NOT ?11 OR output_tokens IS NOT ?12 OR requests IS NOT ?13 "
    "OR cost_nano IS NOT ?14 OR cost_status IS NOT ?15)";

const QString &statusText(CostStatus status)
{
    static const QString estimated = costStatusName(CostStatus::Estimated);
    static const QString reported = costStatusName(CostStatus::Reported);
    static const QString unpriced = costStatusName(CostStatus::Unpriced);
    switch (status) {
    case CostStatus::Estimated:
        return estimated;
    case CostStatus::Reported:
        return reported;
    case CostStatus::Unpriced:
        break;
    }
    return unpriced;
}

// Binds one record's 15 values at parameters offset + 1 .. offset + 15.
void bind(sql::SqliteStatement &s, const UsageRecord &r, const QString &day, int offset = 0)
{
    s.bind(offset + 1, r.accountId);
    s.bind(offset + 2, day);
    s.bind(offset + 3, r.model);
    s.bind(offset + 4, r.project);
    s.bind(offset + 5, r.apiKeyId);
    s.bind(offset + 6, r.serviceTier);
    s.bind(offset + 7, r.source);
    s.bind(offset + 8, r.inputTokens);
    s.bind(offset + 9, r.cachedInputTokens);
    s.bind(offset + 10, r.cacheWrite5mTokens);
    s.bind(offset + 11, r.cacheWrite1hTokens);
    s.bind(offset + 12, r.outputTokens);
    s.bind(offset + 13, r.requests);
    if (r.cost)
        s.bind(offset + 14, r.cost->nanos());
    else
        s.bindNull(offset + 14);
    s.bind(offset + 15, statusText(r.costStatus));
}

}   // namespace

UsageRepository::UsageRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool UsageRepository::prepareStatements(QString *error)
{
    if (m_prepared)
        return true;
    sqlite3 *handle = sql::nativeHandle(m_db);
    m_prepared = true;
    for (size_t k = 0; k < m_inserts.size() && m_prepared; ++k)
        m_prepared = m_inserts[k].prepare(handle, insertSql(ChunkSizes[k]), error);
    m_prepared = m_prepared && m_update.prepare(handle, UpdateSql, error) &&
                 m_updateCost.prepare(handle, UpdateCostSql, error) &&
                 m_dimInsert.prepare(handle, "INSERT OR IGNORE INTO usage_dims (kind, value) VALUES (?1, ?2)", error);
    return m_prepared;
}

UpsertResult UsageRepository::upsert(const QList<UsageRecord> &batch)
{
    UpsertResult result;
    if (!prepareStatements(&result.error))
        return UpsertResult::failure(result.error);

    sql::Savepoint savepoint(m_db, QStringLiteral("usage_upsert"));
    if (!savepoint.isActive())
        return UpsertResult::failure(savepoint.error());

    // Validate everything first and format each day once: batches are usually one day.
    QList<QString> days;
    days.reserve(batch.size());
    for (const UsageRecord &r : batch) {
        if (const QString problem = validate(r); !problem.isEmpty())
            return UpsertResult::failure(problem);
        days.append(!days.isEmpty() && batch[days.size() - 1].day == r.day ? days.constLast() : isoDay(r.day));
    }

    QSet<std::pair<qint64, QString>> touched;
    // Updates an existing key when a value differs; returns false on a database error.
    const auto updateOne = [&](qsizetype i, bool *changed) {
        m_update.reset();
        bind(m_update, batch[i], days[i]);
        m_update.step();
        *changed = m_update.ok() && m_update.changes() == 1;
        return m_update.ok();
    };

    // Largest chunks first; the remainder goes through smaller ones (..., 4, 2, 1).
    qsizetype i = 0;
    for (size_t k = 0; k < m_inserts.size(); ++k) {
        const int rows = ChunkSizes[k];
        sql::SqliteStatement &insert = m_inserts[k];
        for (; i + rows <= batch.size(); i += rows) {
            insert.reset();
            for (int row = 0; row < rows; ++row)
                bind(insert, batch[i + row], days[i + row], row * ColumnsPerRow);
            insert.step();
            if (!insert.ok())
                return UpsertResult::failure(QStringLiteral("could not store usage of %1 (%2): %3")
                                                 .arg(days[i], batch[i].model, insert.error()));
            const int inserted = insert.changes();
            insert.reset();
            int changed = 0;
            if (inserted < rows) {
                // Some keys existed. Updating every record of the chunk is exact: a record inserted
                // a moment ago already holds its values, so only revised existing keys change.
                for (int row = 0; row < rows; ++row) {
                    bool updated = false;
                    if (!updateOne(i + row, &updated))
                        return UpsertResult::failure(QStringLiteral("could not update usage of %1 (%2): %3")
                                                         .arg(days[i + row], batch[i + row].model, m_update.error()));
                    changed += updated ? 1 : 0;
                }
            }
            result.created += inserted;
            result.updated += changed;
            result.unchanged += rows - inserted - changed;
            if (inserted + changed > 0) {
                for (int row = 0; row < rows; ++row)
                    touched.insert({batch[i + row].accountId, days[i + row]});
            }
        }
    }
    m_update.reset();

    // The projects and key ids the rows name, for the Usage page's filter choices (never a scan of
    // the raw table): kept on write, in the same savepoint — so a rolled-back batch or sync takes
    // them back too. (Nothing is remembered across calls for the same reason.)
    QSet<std::pair<int, QString>> named;
    for (const UsageRecord &r : batch) {
        for (const auto &[kind, value] : {std::pair{0, &r.project}, std::pair{1, &r.apiKeyId}}) {
            if (value->isEmpty() || named.contains({kind, *value}))
                continue;
            m_dimInsert.reset();
            m_dimInsert.bind(1, kind == 0 ? QStringLiteral("project") : QStringLiteral("api_key"));
            m_dimInsert.bind(2, *value);
            m_dimInsert.step();
            if (!m_dimInsert.ok())
                return UpsertResult::failure(
                    QStringLiteral("could not record the project or key %1: %2").arg(*value, m_dimInsert.error()));
            m_dimInsert.reset();
            named.insert({kind, *value});
        }
    }

    QString error;
    if (!refreshRollups(touched, &error))
        return UpsertResult::failure(error);
    if (!savepoint.commit())
        return UpsertResult::failure(savepoint.error());
    return result;
}

UpsertResult UsageRepository::updateCosts(const QList<UsageRecord> &batch)
{
    UpsertResult result;
    if (!prepareStatements(&result.error))
        return UpsertResult::failure(result.error);
    sql::Savepoint savepoint(m_db, QStringLiteral("usage_costs"));
    if (!savepoint.isActive())
        return UpsertResult::failure(savepoint.error());

    QSet<std::pair<qint64, QString>> touched;
    QString day;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const UsageRecord &r = batch[i];
        if (const QString problem = validate(r); !problem.isEmpty())
            return UpsertResult::failure(problem);
        if (i == 0 || batch[i - 1].day != r.day)
            day = isoDay(r.day);
        m_updateCost.reset();
        bind(m_updateCost, r, day);
        m_updateCost.step();
        if (!m_updateCost.ok())
            return UpsertResult::failure(
                QStringLiteral("could not re-price usage of %1 (%2): %3").arg(day, r.model, m_updateCost.error()));
        if (m_updateCost.changes() == 1) {
            ++result.updated;
            touched.insert({r.accountId, day});
        } else {
            ++result.unchanged;
        }
    }
    m_updateCost.reset();
    QString error;
    if (!refreshRollups(touched, &error))
        return UpsertResult::failure(error);
    if (!savepoint.commit())
        return UpsertResult::failure(savepoint.error());
    return result;
}

int UsageRepository::removeMissing(qint64 accountId, const QString &source, QDate from, QDate to,
                                   const QList<UsageRecord> &kept, QString *error)
{
    const auto key = [](const QString &day, const QString &model, const QString &project, const QString &apiKey,
                        const QString &tier) -> QString {
        return QStringList{day, model, project, apiKey, tier}.join(QChar(0x1f));
    };
    QSet<QString> keep;
    for (const UsageRecord &r : kept)
        keep.insert(key(isoDay(r.day), r.model, r.project, r.apiKeyId, r.serviceTier));
    QSqlQuery q(m_db);
    if (!sql::prepare(
            q,
            QStringLiteral("SELECT day, model, project, api_key_id, service_tier FROM usage WHERE day BETWEEN "
                           "? AND ? AND account_id = ? AND source = ?"),
            error))
        return -1;
    q.addBindValue(isoDay(from));
    q.addBindValue(isoDay(to));
    q.addBindValue(accountId);
    q.addBindValue(source);
    if (!sql::exec(q, error))
        return -1;
    QList<UsageRecord> gone;
    while (q.next()) {
        if (keep.contains(key(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString())))
            continue;
        UsageRecord r;
        r.accountId = accountId;
        r.day = parseIsoDay(q.value(0).toString()).value_or(QDate());
        r.model = q.value(1).toString();
        r.project = q.value(2).toString();
        r.apiKeyId = q.value(3).toString();
        r.serviceTier = q.value(4).toString();
        r.source = source;
        gone.append(r);
    }
    // A read that broke off would make the unread rows look kept (or, with a smaller `kept`, gone).
    if (!sql::readSucceeded(q, error))
        return -1;
    q.finish();
    return removeKeys(gone, error);
}

int UsageRepository::removeKeys(const QList<UsageRecord> &keys, QString *error)
{
    if (keys.isEmpty())
        return 0;
    sql::Savepoint savepoint(m_db, QStringLiteral("usage_remove_keys"));
    if (!savepoint.isActive()) {
        if (error)
            *error = savepoint.error();
        return -1;
    }
    QSqlQuery del(m_db);
    if (!sql::prepare(del,
                      QStringLiteral("DELETE FROM usage WHERE day = ? AND account_id = ? AND model = ? AND project = ? "
                                     "AND api_key_id = ? AND service_tier = ? AND source = ?"),
                      error))
        return -1;
    QSet<std::pair<qint64, QString>> touched;
    int removed = 0;
    for (const UsageRecord &r : keys) {
        const QString day = isoDay(r.day);
        del.addBindValue(day);
        del.addBindValue(r.accountId);
        del.addBindValue(sql::text(r.model));
        del.addBindValue(sql::text(r.project));
        del.addBindValue(sql::text(r.apiKeyId));
        del.addBindValue(sql::text(r.serviceTier));
        del.addBindValue(sql::text(r.source));
        if (!sql::exec(del, error))
            return -1;
        removed += del.numRowsAffected();
        touched.insert({r.accountId, day});
    }
    if (!prepareStatements(error) || !refreshRollups(touched, error))
        return -1;
    if (!savepoint.commit()) {
        if (error)
            *error = savepoint.error();
        return -1;
    }
    return removed;
}

bool UsageRepository::refreshRollups(const QSet<std::pair<qint64, QString>> &touched, QString *error)
{
    return m_rollups.refresh(m_db, touched, error) && rollups::refreshAccountDays(m_db, touched, error);
}

bool UsageRepository::rebuildRollups(QString *error)
{
    sql::Savepoint savepoint(m_db, QStringLiteral("usage_rollup_rebuild"));
    if (!savepoint.isActive()) {
        if (error)
            *error = savepoint.error();
        return false;
    }
    if (!sql::exec(m_db, QStringLiteral("DELETE FROM usage_daily"), error) ||
        !sql::exec(m_db, QStringLiteral(TL_ROLLUP_INSERT TL_ROLLUP_SELECT " GROUP BY day, account_id, model"), error) ||
        !m_rollups.rebuild(m_db, error) || !rollups::rebuildAccountDays(m_db, error))
        return false;
    if (!savepoint.commit()) {
        if (error)
            *error = savepoint.error();
        return false;
    }
    return true;
}

}   // namespace tl
