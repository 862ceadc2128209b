#include "syncmerge.h"

#include "common/checkedmath.h"
#include "common/dates.h"
#include "pgstage.h"
#include "pricing/costcalculator.h"
#include "storage/schemadialect.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"

#include <QHash>
#include <QStringList>

namespace tl {

bool mergeCosts(const QList<CostRecord> &rows, QList<CostRecord> *out)
{
    QHash<QString, qsizetype> index;
    for (const CostRecord &c : rows) {
        const QString key =
            QStringList{c.day.toString(Qt::ISODate), c.lineItem, c.project, c.apiKeyId, c.currency}.join(QChar(0x1f));
        const auto it = index.constFind(key);
        if (it == index.constEnd()) {
            index.insert(key, out->size());
            out->append(c);
            continue;
        }
        const auto sum = (*out)[*it].amount.checkedAdd(c.amount);
        if (!sum)
            return false;
        (*out)[*it].amount = *sum;
    }
    return true;
}

namespace {

// A sum past 2^63 - 1 gives NULL, which the NOT NULL column refuses (counts are never negative).
#define TL_SUM(column)                                                                                                 \
#column " = CASE WHEN " #column " > 9223372036854775807 - excluded." #column " THEN NULL ELSE " #column            \
            " + excluded." #column " END"
constexpr const char *StageTableSql =
    "CREATE TEMP TABLE IF NOT EXISTS sync_usage (day TEXT NOT NULL, model TEXT NOT NULL, project TEXT NOT NULL, "
    "api_key_id TEXT NOT NULL, service_tier TEXT NOT NULL, input_tokens INTEGER NOT NULL, "
    "cached_input_tokens INTEGER NOT NULL, cache_write_5m_tokens INTEGER NOT NULL, "
    "cache_write_1h_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL, requests INTEGER NOT NULL, "
    "PRIMARY KEY (day, model, project, api_key_id, service_tier)) WITHOUT ROWID";
constexpr const char *StageInsertSql =
    "INSERT INTO temp.sync_usage VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
    "ON CONFLICT (day, model, project, api_key_id, service_tier) DO UPDATE SET " TL_SUM(input_tokens) ", " TL_SUM(cached_input_tokens) ", " TL_SUM(
        cache_write_5m_tokens) ", " TL_SUM(cache_write_1h_tokens) ", " TL_SUM(output_tokens) ", " TL_SUM(requests);
#undef TL_SUM

}   // namespace

UsageStage::UsageStage(QSqlDatabase db)
    : m_db(std::move(db))
    , m_insert(std::make_unique<sql::SqliteStatement>())
{}

UsageStage::~UsageStage()
{
    m_insert.reset();
    if (m_db.isOpen() && sql::dialectOf(m_db) == sql::Dialect::Postgres) {
        pgstage::drop(m_db);
        return;
    }
    QString ignored;   // a table left behind is emptied by the next begin()
    if (m_db.isOpen())
        sql::exec(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.sync_usage"), &ignored);
}

bool UsageStage::begin(QString *error)
{
    m_rows = 0;
    if (sql::dialectOf(m_db) == sql::Dialect::Postgres)   // through QtSql (pgstage.h)
        return pgstage::begin(m_db, error);
    return sql::exec(m_db, QString::fromLatin1(StageTableSql), error) &&
           sql::exec(m_db, QStringLiteral("DELETE FROM temp.sync_usage"), error) &&
           m_insert->prepare(sql::nativeHandle(m_db), StageInsertSql, error);
}

bool UsageStage::add(const QList<UsageRecord> &rows, QString *error, bool *overflow)
{
    *overflow = false;
    if (rows.isEmpty())
        return true;
    if (sql::dialectOf(m_db) == sql::Dialect::Postgres) {
        if (!pgstage::add(m_db, rows, error, overflow))
            return false;
        m_rows += rows.size();
        return true;
    }
    // One transaction per page (of the temporary database only: the profile is not locked).
    sql::Savepoint page(m_db, QStringLiteral("usage_stage"));
    if (!page.isActive()) {
        *error = page.error();
        return false;
    }
    QString day;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const UsageRecord &r = rows[i];
        if (i == 0 || rows[i - 1].day != r.day)
            day = isoDay(r.day);
        sql::SqliteStatement &s = *m_insert;
        s.reset();
        s.bind(1, day);
        s.bind(2, r.model);
        s.bind(3, r.project);
        s.bind(4, r.apiKeyId);
        s.bind(5, r.serviceTier);
        int column = 6;
        for (qint64 count : {r.inputTokens, r.cachedInputTokens, r.cacheWrite5mTokens, r.cacheWrite1hTokens,
                             r.outputTokens, r.requests})
            s.bind(column++, count);
        s.step();
        if (!s.ok()) {
            // Counts are never negative (the adapters check), so a refused NULL is a sum too large.
            *overflow = s.error().contains(QLatin1String("NOT NULL"));
            *error = *overflow ? QStringLiteral("the token counts of %1 on %2 are too large to add up (more than "
                                                "2^63 − 1)")
                                     .arg(r.model, day)
                               : s.error();
            s.reset();
            return false;
        }
    }
    m_insert->reset();
    if (!page.commit()) {
        *error = page.error();
        return false;
    }
    m_rows += rows.size();
    return true;
}

bool UsageStage::forEachBatch(const std::function<bool(QList<UsageRecord> &, QString *)> &write, QString *error)
{
    if (sql::dialectOf(m_db) == sql::Dialect::Postgres)
        return pgstage::forEachBatch(m_db, BatchSize, write, error);
    sql::SqliteStatement read;
    if (!read.prepare(sql::nativeHandle(m_db),
                      "SELECT day, model, project, api_key_id, service_tier, input_tokens, cached_input_tokens, "
                      "cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, requests FROM temp.sync_usage "
                      "ORDER BY day, model, project, api_key_id, service_tier",
                      error))
        return false;
    QList<UsageRecord> batch;
    batch.reserve(BatchSize);
    QString dayText;
    QDate day;
    while (read.step()) {
        UsageRecord r;
        const QString text = read.text(0);
        if (text != dayText) {
            dayText = text;
            day = parseIsoDay(text).value_or(QDate());
        }
        r.day = day;
        r.model = read.text(1);
        r.project = read.text(2);
        r.apiKeyId = read.text(3);
        r.serviceTier = read.text(4);
        r.inputTokens = read.int64(5);
        r.cachedInputTokens = read.int64(6);
        r.cacheWrite5mTokens = read.int64(7);
        r.cacheWrite1hTokens = read.int64(8);
        r.outputTokens = read.int64(9);
        r.requests = read.int64(10);
        batch.append(std::move(r));
        if (batch.size() == BatchSize) {
            if (!write(batch, error))
                return false;
            batch.clear();
        }
    }
    if (!read.ok()) {
        *error = read.error();
        return false;
    }
    return batch.isEmpty() || write(batch, error);
}

bool UsageStage::write(const Account &account, const CostCalculator &calculator, UsageRepository &repository,
                       UpsertResult *written, QString *error, bool *overflow)
{
    // The batches come in key order, day first: each day's rollups are recomputed once.
    repository.setDeferRollups(true);
    const bool ok = forEachBatch(
        [&](QList<UsageRecord> &batch, QString *batchError) {
            for (UsageRecord &r : batch) {
                r.accountId = account.id;
                r.source = QStringLiteral("api");
                if (!calculator.apply(account.provider, r, batchError)) {
                    *overflow = true;
                    return false;
                }
            }
            const UpsertResult part = repository.upsert(batch);
            if (!part.ok) {
                *batchError = part.error;
                return false;
            }
            written->created += part.created;
            written->updated += part.updated;
            written->unchanged += part.unchanged;
            return true;
        },
        error);
    return ok && repository.flushRollups(error);
}

}   // namespace tl
