#include "pgusage.h"

#include "common/dates.h"
#include "queryloop.h"
#include "sqldialect.h"
#include "sqlutil.h"

#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <numeric>
#include <optional>
#include <tuple>

namespace tl::pgusage {

namespace {

// Rows per statement (15 values each): a sync batch's day or days in one statement.
constexpr int ChunkRows = 500;

const char *const Columns = "account_id, day, model, project, api_key_id, service_tier, source, input_tokens, "
                            "cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, "
                            "requests, cost_nano, cost_status";

// An existing key is rewritten only when a value differs (then its revision moves); RETURNING
// says what happened to each row written: revision 0 is new, more is revised, identical rows
// return nothing. The statement answers one row per account-day written: how many rows were new,
// how many written. (The projects and key ids rows name go to usage_dims with the rollups.)
const char *const UpsertTail =
    " ON CONFLICT (day, account_id, model, project, api_key_id, service_tier, source) DO UPDATE SET "
    "input_tokens = excluded.input_tokens, cached_input_tokens = excluded.cached_input_tokens, "
    "cache_write_5m_tokens = excluded.cache_write_5m_tokens, cache_write_1h_tokens = excluded.cache_write_1h_tokens, "
    "output_tokens = excluded.output_tokens, requests = excluded.requests, cost_nano = excluded.cost_nano, "
    "cost_status = excluded.cost_status, revision = usage.revision + 1 WHERE "
    "(usage.input_tokens, usage.cached_input_tokens, usage.cache_write_5m_tokens, usage.cache_write_1h_tokens, "
    "usage.output_tokens, usage.requests, usage.cost_nano, usage.cost_status) IS DISTINCT FROM "
    "(excluded.input_tokens, excluded.cached_input_tokens, excluded.cache_write_5m_tokens, "
    "excluded.cache_write_1h_tokens, excluded.output_tokens, excluded.requests, excluded.cost_nano, "
    "excluded.cost_status) RETURNING revision, account_id, day) "
    "SELECT account_id, day, COUNT(*) FILTER (WHERE revision = 0), COUNT(*) FROM up GROUP BY account_id, day";

// The key's fields by reference: a page's sort compares keys n log n times, and a tuple of copies
// cost a reference count up and down per string each time.
auto keyOf(const UsageRecord &r)
{
    return std::tie(r.day, r.accountId, r.model, r.project, r.apiKeyId, r.serviceTier, r.source);
}

// A chunk's rows go as one array per column, unnested back into rows in the statement: one
// round trip per chunk (QPSQL's prepare would add a PREPARE and a DEALLOCATE), and fifteen literals
// for the server to parse instead of fifteen a row. Each array's text goes through the driver's
// formatValue, as QPSQL writes a prepared statement's bound values into its EXECUTE (quoted and
// escaped); inside it, text elements are double-quoted with `"` and `\` escaped, as array_in reads
// them. Numbers are written by QString::number: exact, no floating point.
QString textArray(const QSqlDriver *driver, const QStringList &values)
{
    QString array = QStringLiteral("{");
    for (const QString &value : values) {
        if (array.size() > 1)
            array += u',';
        QString element = value;
        element.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
        array += u'"' + element + u'"';
    }
    array += u'}';
    QSqlField field(QString{}, QMetaType(QMetaType::QString));
    field.setValue(array);
    return QStringLiteral("CAST(%1 AS text[])").arg(driver->formatValue(field));
}

QString bigintArray(const QList<std::optional<qint64>> &values)
{
    QStringList elements;
    elements.reserve(values.size());
    for (const std::optional<qint64> &value : values)
        elements << (value ? QString::number(*value) : QStringLiteral("NULL"));
    return QStringLiteral("CAST('{%1}' AS bigint[])").arg(elements.join(u','));
}

// "WITH up AS (INSERT … SELECT * FROM unnest(…)" for `rows` (in key order), up to the tail.
QString insertHead(const QSqlDriver *driver, const QList<const UsageRecord *> &rows)
{
    QList<QStringList> texts(6);                      // day, model, project, api_key_id, service_tier, source
    QList<QList<std::optional<qint64>>> numbers(8);   // account, the five token counts, requests, cost
    QStringList statuses;
    for (const UsageRecord *r : rows) {
        const QString text[] = {isoDay(r->day),         sql::text(r->model),       sql::text(r->project),
                                sql::text(r->apiKeyId), sql::text(r->serviceTier), sql::text(r->source)};
        for (int i = 0; i < 6; ++i)
            texts[i] << text[i];
        const std::optional<qint64> number[] = {
            r->accountId,          r->inputTokens,
            r->cachedInputTokens,  r->cacheWrite5mTokens,
            r->cacheWrite1hTokens, r->outputTokens,
            r->requests,           r->cost ? std::optional<qint64>(r->cost->nanos()) : std::nullopt};
        for (int i = 0; i < 8; ++i)
            numbers[i] << number[i];
        statuses << costStatusName(r->costStatus);
    }
    QStringList arrays{bigintArray(numbers[0])};
    for (const QStringList &column : std::as_const(texts))
        arrays << textArray(driver, column);
    for (int i = 1; i < 8; ++i)
        arrays << bigintArray(numbers[i]);
    arrays << textArray(driver, statuses);
    return QStringLiteral("WITH up AS (INSERT INTO usage (%1) SELECT * FROM unnest(%2)")
        .arg(QLatin1String(Columns), arrays.join(QStringLiteral(", ")));
}

}   // namespace

UpsertResult upsert(QSqlDatabase db, const QList<UsageRecord> &batch, QString (*problemOf)(const UsageRecord &),
                    QSet<std::pair<qint64, QString>> *deferred)
{
    for (const UsageRecord &r : batch) {
        if (const QString problem = problemOf(r); !problem.isEmpty())
            return UpsertResult::failure(problem);
    }
    // Key order: writers sharing account-days lock their rows in the same order. A key twice in one
    // batch goes in a later statement (one statement cannot change a row twice on PostgreSQL).
    QList<qsizetype> order(batch.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return keyOf(batch[a]) < keyOf(batch[b]); });

    UpsertResult result;
    QSet<std::pair<qint64, QString>> touched;
    QString error;
    // Inside a caller's transaction it joins it without a savepoint of its own (SAVEPOINT and
    // RELEASE are two more round trips a page), as on SQLite (usagerepository.h): a failed batch
    // leaves the transaction aborted and its caller rolls all of it back.
    const auto write = [&](QString *failure) {
        result = {};
        touched.clear();
        qsizetype i = 0;
        while (i < order.size()) {
            qsizetype end = i + 1;
            while (end < order.size() && end - i < ChunkRows &&
                   keyOf(batch[order[end]]) != keyOf(batch[order[end - 1]]))
                ++end;
            const int rows = int(end - i);
            QList<const UsageRecord *> chunk;
            chunk.reserve(rows);
            for (int row = 0; row < rows; ++row)
                chunk << &batch[order[i + row]];
            QSqlQuery q(db);
            if (!execDirect(q, insertHead(db.driver(), chunk) + QLatin1String(UpsertTail), failure)) {
                *failure = QStringLiteral("could not store usage of %1 (%2): %3")
                               .arg(isoDay(batch[order[i]].day), batch[order[i]].model, *failure);
                return false;
            }
            int created = 0;
            int written = 0;
            while (q.next()) {
                touched.insert({q.value(0).toLongLong(), q.value(1).toString()});
                created += q.value(2).toInt();
                written += q.value(3).toInt();
            }
            if (!sql::readSucceeded(q, failure))
                return false;
            result.created += created;
            result.updated += written - created;
            result.unchanged += rows - written;
            i = end;
        }
        return deferred || refreshRollups(db, touched, failure);
    };
    const bool ok = sql::insideTransaction(db) ? write(&error)
                                               : sql::inTransaction(db, QStringLiteral("usage_upsert"), write, &error);
    if (ok && deferred)
        deferred->unite(touched);
    return ok ? result : UpsertResult::failure(error);
}

UpsertResult updateCosts(QSqlDatabase db, const QList<UsageRecord> &batch, QString (*problemOf)(const UsageRecord &))
{
    for (const UsageRecord &r : batch) {
        if (const QString problem = problemOf(r); !problem.isEmpty())
            return UpsertResult::failure(problem);
    }
    // Key order, as upsert(): writers sharing account-days lock their rows in the same order.
    QList<qsizetype> order(batch.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return keyOf(batch[a]) < keyOf(batch[b]); });
    UpsertResult result;
    QString error;
    const bool ok = sql::inTransaction(
        db, QStringLiteral("usage_costs"),
        [&](QString *failure) {
            result = {};
            QSet<std::pair<qint64, QString>> touched;
            for (qsizetype first = 0; first < order.size(); first += ChunkRows) {
                const int rows = int(std::min<qsizetype>(ChunkRows, order.size() - first));
                const QString tuple = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
                QSqlQuery q(db);
                if (!sql::prepare(
                        q,
                        QStringLiteral(
                            "UPDATE usage u SET cost_nano = CAST(v.cost AS bigint), cost_status = v.status, revision "
                            "= u.revision + 1 FROM (VALUES %1) AS v (day, account_id, model, project, api_key_id, "
                            "service_tier, source, cost, status) WHERE u.day = v.day AND u.account_id = "
                            "CAST(v.account_id AS bigint) AND u.model = v.model AND u.project = v.project AND "
                            "u.api_key_id = v.api_key_id AND u.service_tier = v.service_tier AND u.source = v.source "
                            "AND (u.cost_nano, u.cost_status) IS DISTINCT FROM (CAST(v.cost AS bigint), v.status) "
                            "RETURNING u.account_id, u.day")
                            .arg(QStringList(rows, tuple).join(QStringLiteral(", "))),
                        failure))
                    return false;
                for (int row = 0; row < rows; ++row) {
                    const UsageRecord &r = batch[order[first + row]];
                    for (const QVariant &v :
                         {QVariant(isoDay(r.day)), QVariant(QString::number(r.accountId)), QVariant(sql::text(r.model)),
                          QVariant(sql::text(r.project)), QVariant(sql::text(r.apiKeyId)),
                          QVariant(sql::text(r.serviceTier)), QVariant(sql::text(r.source)),
                          r.cost ? QVariant(QString::number(r.cost->nanos())) : QVariant(QMetaType(QMetaType::QString)),
                          QVariant(costStatusName(r.costStatus))})
                        q.addBindValue(v);
                }
                if (!sql::exec(q, failure))
                    return false;
                int updated = 0;
                while (q.next()) {
                    ++updated;
                    touched.insert({q.value(0).toLongLong(), q.value(1).toString()});
                }
                if (!sql::readSucceeded(q, failure))
                    return false;
                result.updated += updated;
                result.unchanged += rows - updated;
            }
            return refreshRollups(db, touched, failure);
        },
        &error);
    return ok ? result : UpsertResult::failure(error);
}

int removeAbsent(QSqlDatabase db, qint64 accountId, const QString &source, QDate from, QDate to,
                 const QString &keptTable, QString *error)
{
    // SQLite names its temporary tables temp.x; PostgreSQL finds them unqualified (pg_temp first).
    QString kept = keptTable;
    if (kept.startsWith(u"temp."))
        kept.remove(0, 5);
    const QString absent = QStringLiteral("FROM usage WHERE day BETWEEN ? AND ? AND account_id = ? AND source = ? AND "
                                          "NOT EXISTS (SELECT 1 FROM %1 k WHERE k.day = usage.day AND k.model = "
                                          "usage.model AND k.project = usage.project AND k.api_key_id = "
                                          "usage.api_key_id AND k.service_tier = usage.service_tier)")
                               .arg(kept);
    const auto bindWindow = [&](QSqlQuery &q) {
        q.addBindValue(isoDay(from));
        q.addBindValue(isoDay(to));
        q.addBindValue(accountId);
        q.addBindValue(source);
    };
    int removed = -1;
    const bool ok = sql::inTransaction(
        db, QStringLiteral("usage_remove_absent"),
        [&](QString *failure) {
            QSqlQuery days(db);
            if (!sql::prepare(days, QStringLiteral("SELECT DISTINCT day ") + absent, failure))
                return false;
            bindWindow(days);
            if (!sql::exec(days, failure))
                return false;
            QSet<std::pair<qint64, QString>> touched;
            while (days.next())
                touched.insert({accountId, days.value(0).toString()});
            if (!sql::readSucceeded(days, failure))
                return false;
            QSqlQuery remove(db);
            if (!sql::prepare(remove, QStringLiteral("DELETE ") + absent, failure))
                return false;
            bindWindow(remove);
            if (!sql::exec(remove, failure))
                return false;
            removed = remove.numRowsAffected();
            return refreshRollups(db, touched, failure);
        },
        error);
    return ok ? removed : -1;
}

}   // namespace tl::pgusage
