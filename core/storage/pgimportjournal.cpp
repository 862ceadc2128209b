#include "pgimportjournal.h"

#include "common/dates.h"
#include "sqlutil.h"

#include <QSqlQuery>
#include <QStringList>

namespace tl::pgimport {

namespace {

// Rows per statement (6 parameters each).
constexpr int ChunkRows = 1000;

const char *const Insert = "INSERT INTO import_rows (import_id, seq, kind, day, item, project, api_key_id, variant, "
                           "had_previous, prev_input, prev_cached, prev_write_5m, prev_write_1h, prev_output, "
                           "prev_requests, prev_cost_nano, prev_cost_status) ";

// The entries of `rows` rows: `select` reads the before-values from `t` joined on v's key
// (v: seq, day, item, project, api_key_id, variant); its own parameters follow the rows'.
template <typename Record, typename Bind>
bool record(QSqlDatabase db, qint64 importId, qint64 *seq, const QList<Record> &batch, const QString &select,
            const QList<QVariant> &tail, Bind bindKey, QString *error)
{
    for (qsizetype first = 0; first < batch.size(); first += ChunkRows) {
        const int rows = int(std::min<qsizetype>(ChunkRows, batch.size() - first));
        const QString values = QStringList(rows, QStringLiteral("(?, ?, ?, ?, ?, ?)")).join(QStringLiteral(", "));
        QSqlQuery q(db);
        if (!sql::prepare(q, QLatin1String(Insert) + select.arg(values), error))
            return false;
        q.addBindValue(importId);
        for (int row = 0; row < rows; ++row) {
            q.addBindValue(++*seq);
            bindKey(q, batch.at(first + row));
        }
        for (const QVariant &v : tail)
            q.addBindValue(v);
        if (!sql::exec(q, error))
            return false;
    }
    return true;
}

}   // namespace

bool recordUsage(QSqlDatabase db, qint64 importId, qint64 *seq, const QList<UsageRecord> &batch, QString *error)
{
    if (batch.isEmpty())
        return true;
    // One batch is one account and source (a CSV import's).
    const QString select = QStringLiteral(
        "SELECT CAST(? AS bigint), CAST(v.seq AS bigint), 'usage', v.day, v.item, v.project, v.api_key_id, "
        "v.variant, CASE WHEN u.day IS NULL THEN 0 ELSE 1 END, u.input_tokens, u.cached_input_tokens, "
        "u.cache_write_5m_tokens, u.cache_write_1h_tokens, u.output_tokens, u.requests, u.cost_nano, u.cost_status "
        "FROM (VALUES %1) AS v (seq, day, item, project, api_key_id, variant) LEFT JOIN usage u ON u.day = v.day AND "
        "u.account_id = CAST(? AS bigint) AND u.model = v.item AND u.project = v.project AND u.api_key_id = "
        "v.api_key_id AND u.service_tier = v.variant AND u.source = ?");
    return record(
        db, importId, seq, batch, select, {batch.first().accountId, batch.first().source},
        [](QSqlQuery &q, const UsageRecord &r) {
            q.addBindValue(isoDay(r.day));
            q.addBindValue(sql::text(r.model));
            q.addBindValue(sql::text(r.project));
            q.addBindValue(sql::text(r.apiKeyId));
            q.addBindValue(sql::text(r.serviceTier));
        },
        error);
}

bool recordCosts(QSqlDatabase db, qint64 importId, qint64 *seq, const QList<CostRecord> &batch, QString *error)
{
    if (batch.isEmpty())
        return true;
    const QString select = QStringLiteral(
        "SELECT CAST(? AS bigint), CAST(v.seq AS bigint), 'cost', v.day, v.item, v.project, v.api_key_id, v.variant, "
        "CASE WHEN c.day IS NULL THEN 0 ELSE 1 END, CAST(NULL AS bigint), CAST(NULL AS bigint), CAST(NULL AS bigint), "
        "CAST(NULL AS bigint), CAST(NULL AS bigint), CAST(NULL AS bigint), c.amount_nano, CAST(NULL AS text) "
        "FROM (VALUES %1) AS v (seq, day, item, project, api_key_id, variant) LEFT JOIN costs c ON c.account_id = "
        "CAST(? AS bigint) AND c.day = v.day AND c.line_item = v.item AND c.project = v.project AND c.api_key_id = "
        "v.api_key_id AND c.currency = v.variant AND c.source = ?");
    return record(
        db, importId, seq, batch, select, {batch.first().accountId, batch.first().source},
        [](QSqlQuery &q, const CostRecord &c) {
            q.addBindValue(isoDay(c.day));
            q.addBindValue(sql::text(c.lineItem));
            q.addBindValue(sql::text(c.project));
            q.addBindValue(sql::text(c.apiKeyId));
            q.addBindValue(sql::text(c.currency));
        },
        error);
}

}   // namespace tl::pgimport
