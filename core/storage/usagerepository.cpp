#include "usagerepository.h"

#include "common/dates.h"
#include "pgusage.h"
#include "queryloop.h"
#include "rollups.h"
#include "schemadialect.h"
#include "sqlutil.h"
#include "storedday.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

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

// A batch is written in multi-row statements (one statement per chunk instead of per record is the
// largest single saving on a first sync or import). Appending, a chunk is inserted with DO NOTHING
// and sqlite3_changes() says whether every row was new. When keys existed (a re-sync), the chunk
// goes through the upsert: an existing key is rewritten only when a value differs, and then counts
// a revision; RETURNING revision tells what happened to each row (0: new; more: revised; identical
// rows return nothing). Rows the DO NOTHING insert has just
// written are identical by then, so the pair counts exactly.
#define TL_INSERT_PREFIX                                                                                               \
    "INSERT INTO usage (account_id, day, model, project, api_key_id, service_tier, source, input_tokens, "             \
    "cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, requests, cost_nano, "          \
    "cost_status) VALUES "
#define TL_CONFLICT " ON CONFLICT (day, account_id, model, project, api_key_id, service_tier, source) "
constexpr const char *AppendSuffix = TL_CONFLICT "DO NOTHING";
constexpr const char *UpsertSuffix = TL_CONFLICT
    "DO UPDATE SET input_tokens = excluded.input_tokens, cached_input_tokens = excluded.cached_input_tokens, "
    "cache_write_5m_tokens = excluded.cache_write_5m_tokens, cache_write_1h_tokens = excluded.cache_write_1h_tokens, "
    "output_tokens = excluded.output_tokens, requests = excluded.requests, cost_nano = excluded.cost_nano, "
    "cost_status = excluded.cost_status, revision = revision + 1 "
    "WHERE input_tokens IS NOT excluded.input_tokens OR cached_input_tokens IS NOT excluded.cached_input_tokens "
    "OR cache_write_5m_tokens IS NOT excluded.cache_write_5m_tokens "
    "OR cache_write_1h_tokens IS NOT excluded.cache_write_1h_tokens OR output_tokens IS NOT excluded.output_tokens "
    "OR requests IS NOT excluded.requests OR cost_nano IS NOT excluded.cost_nano "
    "OR cost_status IS NOT excluded.cost_status RETURNING revision";

constexpr const char *UpdateCostSql =
    "UPDATE usage SET cost_nano = ?14, cost_status = ?15, revision = revision + 1 "
    "WHERE day = ?2 AND account_id = ?1 AND model = ?3 AND project = ?4 AND api_key_id = ?5 "
    "AND service_tier = ?6 AND source = ?7 AND (cost_nano IS NOT ?14 OR cost_status IS NOT ?15)";
// The same change as the upsert's DO UPDATE, by key, for a row known to be stored.
constexpr const char *ReviseRowSql =
    "UPDATE usage SET input_tokens = ?8, cached_input_tokens = ?9, cache_write_5m_tokens = ?10, "
    "cache_write_1h_tokens = ?11, output_tokens = ?12, requests = ?13, cost_nano = ?14, cost_status = ?15, "
    "revision = revision + 1 WHERE day = ?2 AND account_id = ?1 AND model = ?3 AND project = ?4 AND api_key_id = ?5 "
    "AND service_tier = ?6 AND source = ?7 AND (input_tokens IS NOT ?8 OR cached_input_tokens IS NOT ?9 "
    "OR cache_write_5m_tokens IS NOT ?10 OR cache_write_1h_tokens IS NOT ?11 OR output_tokens IS NOT ?12 "
    "OR requests IS NOT ?13 OR cost_nano IS NOT ?14 OR cost_status IS NOT ?15)";
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
    for (size_t k = 0; k < DimChunkSizes.size() && m_prepared; ++k) {
        m_prepared = m_dimInserts[k].prepare(
            handle, "INSERT OR IGNORE INTO usage_dims (kind, value) VALUES " + sql::valuesSql(DimChunkSizes[k], 2),
            error);
    }
    m_prepared = m_prepared && m_updateCost.prepare(handle, UpdateCostSql, error) &&
                 m_reviseRow.prepare(handle, ReviseRowSql, error);
    return m_prepared;
}

sql::SqliteStatement *UsageRepository::chunkStatement(bool revise, size_t k, QString *error)
{
    sql::SqliteStatement &s = revise ? m_upserts[k] : m_appends[k];
    if (s.isPrepared())
        return &s;
    const QByteArray sql =
        TL_INSERT_PREFIX + sql::valuesSql(ChunkSizes[k], ColumnsPerRow) + (revise ? UpsertSuffix : AppendSuffix);
    return s.prepare(sql::nativeHandle(m_db), sql, error) ? &s : nullptr;
}

UpsertResult UsageRepository::upsert(const QList<UsageRecord> &batch)
{
    if (sql::dialectOf(m_db) == sql::Dialect::Postgres) {   // batched through QtSql (pgusage.h)
        const bool defer = m_deferRollups && sql::insideTransaction(m_db);
        return pgusage::upsert(m_db, batch, validate, defer ? &m_pendingRollups : nullptr);
    }
    UpsertResult result;
    if (!prepareStatements(&result.error))
        return UpsertResult::failure(result.error);
    // The rollups of revised days computed from their stored rows hold for this call's refresh
    // only: whatever way it ends, they go.
    const struct ForgetProvided
    {
        DetailRollups &rollups;
        ~ForgetProvided() { rollups.forgetProvided(); }
    } forgetProvided{m_rollups};

    // A savepoint of its own only when called on its own. Inside a caller's transaction (a sync's
    // account, an import) a nested savepoint made SQLite copy every page the batch first touched
    // into its sub-journal (a temporary file, written page by page), only to undo a failed batch
    // that the caller undoes anyway: each caller rolls its whole transaction back on a failure.
    std::optional<sql::Savepoint> savepoint;
    if (!sql::insideTransaction(m_db)) {
        savepoint.emplace(m_db, QStringLiteral("usage_upsert"));
        if (!savepoint->isActive())
            return UpsertResult::failure(savepoint->error());
    }

    // Validate everything first and format each day once: batches are usually one day.
    QList<QString> days;
    days.reserve(batch.size());
    for (const UsageRecord &r : batch) {
        if (const QString problem = validate(r); !problem.isEmpty())
            return UpsertResult::failure(problem);
        days.append(!days.isEmpty() && batch[days.size() - 1].day == r.day ? days.constLast() : isoDay(r.day));
    }

    // The records to write: those a re-sync would not leave as they are (see StoredDay). Each
    // account-day's stored rows are read once, unless the day continues the one the last batch
    // started as new (a large day comes in several batches: reading what they just wrote again
    // would find nothing to leave out), or it comes back later in the batch (its stored rows may
    // be rewritten by then: those records are all written, in order).
    QList<qsizetype> pending;
    pending.reserve(batch.size());
    QList<qsizetype> revisions;   // stored keys with other values
    bool sawStored = false;       // some day had rows: what is left to write is mostly revisions
    QSet<std::pair<qint64, QString>> grouped;
    sqlite3 *handle = sql::nativeHandle(m_db);
    for (qsizetype start = 0, end = 0; start < batch.size(); start = end) {
        const std::pair<qint64, QString> accountDay{batch[start].accountId, days[start]};
        for (end = start + 1;
             end < batch.size() && batch[end].accountId == accountDay.first && days[end] == days[start];)
            ++end;
        const bool fresh = m_freshDay == accountDay;
        const bool repeated = grouped.contains(accountDay);
        grouped.insert(accountDay);
        const bool read = !fresh && !repeated;
        QString problem;
        if (read && !m_storedDay.load(handle, accountDay.first, accountDay.second,
                                      std::max<qsizetype>(4 * (end - start), 4096), &problem))
            return UpsertResult::failure(
                QStringLiteral("could not read the stored usage of %1: %2").arg(days[start], problem));
        const bool newDay = read && m_storedDay.isEmpty();
        // A new day's rollups are summed as its records are written (NewDaySums); a day summed so
        // far that a later batch finds stored (a second round of the same days before the flush)
        // may be revised: its rollups come from its rows.
        if (newDay) {
            m_newDays.start(accountDay, batch[start].day);
            if (m_deferRollups && !m_checkpointer)
                m_checkpointer = std::make_unique<sql::BackgroundCheckpointer>(handle);
        } else if (read && !m_newDays.isEmpty() && !m_newDays.drop(accountDay, &problem))
            return UpsertResult::failure(
                QStringLiteral("could not record the projects and keys of usage of %1: %2").arg(days[start], problem));
        sawStored = sawStored || (read && !newDay);
        bool allStored = read && !newDay;   // every record of the day found stored (not repeated)
        const qsizetype revisedBefore = revisions.size();
        for (qsizetype i = start; i < end; ++i) {
            switch (read ? m_storedDay.match(batch[i], i) : StoredDay::Match::Unknown) {
            case StoredDay::Match::Unchanged:
                ++result.unchanged;
                break;
            case StoredDay::Match::Revised:
                revisions.append(i);
                break;
            case StoredDay::Match::Unknown:
                pending.append(i);
                allStored = false;
                break;
            }
        }
        // A day whose records all revise or repeat stored rows: its rollups are those rows with the
        // revisions (StoredDay::rollup), not read again when they are refreshed below. A day that
        // comes back later in the batch, or a revision not made as read, leaves them to its rows.
        if (allStored && revisions.size() > revisedBefore &&
            !m_storedDay.rollup(batch, DetailRollups::MinBucketRows,
                                &m_rollups.provide(accountDay.first, accountDay.second)))
            m_rollups.unprovide(accountDay.first, accountDay.second);
        if (repeated)
            m_rollups.unprovide(accountDay.first, accountDay.second);
        m_freshDay = fresh || newDay ? accountDay : std::pair<qint64, QString>{};
    }
    m_storedDay.clear();

    QSet<std::pair<qint64, QString>> touched;
    // A revision of a stored row is one UPDATE by its key: no search for a conflict first, no
    // RETURNING, and a statement small to prepare for each account's sync (the multi-row upserts
    // cost a re-sync more to prepare than to run). They run before the rest: a key found stored
    // is its batch's first record of that key (StoredDay), so the batch's order holds.
    for (const qsizetype at : std::as_const(revisions)) {
        m_reviseRow.reset();
        bind(m_reviseRow, batch[at], days[at]);
        m_reviseRow.step();
        if (!m_reviseRow.ok()) {
            const QString message = m_reviseRow.error();
            m_reviseRow.reset();
            return UpsertResult::failure(
                QStringLiteral("could not store usage of %1 (%2): %3").arg(days[at], batch[at].model, message));
        }
        if (m_reviseRow.changes() == 1) {
            ++result.updated;
            touched.insert({batch[at].accountId, days[at]});
        } else {   // (not as read: left to the upsert, in the batch's order)
            pending.insert(std::lower_bound(pending.begin(), pending.end(), at), at);
            m_rollups.unprovide(batch[at].accountId, days[at]);
        }
    }
    m_reviseRow.reset();
    QSet<std::pair<int, QString>> named;   // (0 project | 1 key id, value) of new rows
    // Runs the upsert of a chunk; counts its new and revised rows.
    const auto upsertChunk = [&](sql::SqliteStatement &s, int *created, int *revised) {
        while (s.step())
            ++*(s.int64(0) == 0 ? created : revised);
        return s.ok();
    };
    // Appending until a chunk finds only existing keys, then upserting until one finds only new ones.
    bool appending = !sawStored;
    // Largest chunks first; the remainder goes through smaller ones (..., 4, 2, 1).
    qsizetype i = 0;
    for (size_t k = 0; k < ChunkSizes.size(); ++k) {
        const int rows = ChunkSizes[k];
        for (; i + rows <= pending.size(); i += rows) {
            int created = 0;
            int revised = 0;
            bool ok = true;
            sql::SqliteStatement *failed = nullptr;
            sql::SqliteStatement *bound = nullptr;   // the statement the chunk's rows were bound to last
            for (const bool revise : {false, true}) {
                if (!revise && !appending)
                    continue;
                sql::SqliteStatement *s = chunkStatement(revise, k, &result.error);
                if (!s)
                    return UpsertResult::failure(result.error);
                s->reset(false);   // every parameter is bound again below
                for (int row = 0; row < rows; ++row)
                    bind(*s, batch[pending[i + row]], days[pending[i + row]], row * ColumnsPerRow);
                bound = s;
                if (!revise) {
                    s->step();
                    ok = s->ok();
                    created = ok ? s->changes() : 0;
                    appending = created > 0;
                } else {
                    ok = upsertChunk(*s, &created, &revised);
                    appending = created == rows;
                }
                if (!ok) {
                    failed = s;
                    break;
                }
                s->reset(false);
                if (created == rows)
                    break;   // all new: nothing to revise
            }
            if (failed) {
                const QString message = failed->error();
                failed->reset();
                return UpsertResult::failure(QStringLiteral("could not store usage of %1 (%2): %3")
                                                 .arg(days[pending[i]], batch[pending[i]].model, message));
            }
            result.created += created;
            result.updated += revised;
            result.unchanged += rows - created - revised;
            m_summed.assign(size_t(rows), false);
            if (!m_newDays.isEmpty() &&
                !sumNewDays(*bound, batch, days, pending.constData() + i, rows, created == rows, &result.error))
                return UpsertResult::failure(QStringLiteral("could not record the projects and keys of usage of %1: %2")
                                                 .arg(days[pending[i]], result.error));
            if (created + revised == 0)
                continue;
            for (int row = 0; row < rows; ++row) {
                const qsizetype at = pending[i + row];
                const UsageRecord &r = batch[at];
                if (created > 0 && !m_summed[size_t(row)]) {   // (a summed day's: with its rollups)
                    for (const auto &[kind, value] : {std::pair{0, &r.project}, std::pair{1, &r.apiKeyId}}) {
                        if (!value->isEmpty())
                            named.insert({kind, *value});
                    }
                }
                const qsizetype previous = row == 0 ? -1 : pending[i + row - 1];
                if (previous < 0 || r.accountId != batch[previous].accountId || days[at] != days[previous])
                    touched.insert({r.accountId, days[at]});
            }
        }
    }
    // The projects and key ids new rows name, for the Usage page's filter choices (never a scan of
    // the raw table): kept on write, in the same savepoint — so a rolled-back batch or sync takes
    // them back too. (Nothing is remembered across calls for the same reason. An existing row's
    // are there already: every row is written here, and the choices are never pruned.)
    QList<std::pair<int, QString>> dims(named.cbegin(), named.cend());
    qsizetype next = 0;
    for (size_t k = 0; k < DimChunkSizes.size(); ++k) {
        const int rows = DimChunkSizes[k];
        sql::SqliteStatement &s = m_dimInserts[k];
        for (; next + rows <= dims.size(); next += rows) {
            s.reset();
            for (int row = 0; row < rows; ++row) {
                const auto &[kind, value] = dims[next + row];
                s.bind(2 * row + 1, kind == 0 ? QStringLiteral("project") : QStringLiteral("api_key"));
                s.bind(2 * row + 2, value);
            }
            s.step();
            if (!s.ok()) {
                const QString message = s.error();
                s.reset();
                return UpsertResult::failure(QStringLiteral("could not record the projects and keys of usage of %1: %2")
                                                 .arg(days.value(0), message));
            }
            s.reset();
        }
    }

    QString error;
    const bool defer = m_deferRollups && !savepoint;
    if (defer) {   // (only inside the caller's transaction)
        // Rows come in day order: a pending day before this batch's last one is complete.
        m_pendingRollups.unite(touched);
        const QString &lastDay = days.isEmpty() ? QString() : days.constLast();
        QSet<std::pair<qint64, QString>> complete;
        for (auto it = m_pendingRollups.begin(); it != m_pendingRollups.end();) {
            if (it->second < lastDay) {
                complete.insert(*it);
                it = m_pendingRollups.erase(it);
            } else {
                ++it;
            }
        }
        touched = std::move(complete);
    } else if (!m_pendingRollups.isEmpty()) {
        touched.unite(std::exchange(m_pendingRollups, {}));
    }
    // Deferred, the last month's project/key group differences stay pending too (DetailRollups).
    if (!refreshRollups(touched, &error, !defer, true))
        return UpsertResult::failure(error);
    if (savepoint && !savepoint->commit())
        return UpsertResult::failure(savepoint->error());
    return result;
}

UpsertResult UsageRepository::updateCosts(const QList<UsageRecord> &batch)
{
    if (sql::dialectOf(m_db) == sql::Dialect::Postgres)
        return pgusage::updateCosts(m_db, batch, validate);
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

}   // namespace tl
