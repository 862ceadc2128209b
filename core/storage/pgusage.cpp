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
#include <charconv>
#include <iterator>
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
// them. Numbers are written by std::to_chars: exact, no floating point. Each column's array is
// written in one pass over the rows, straight into its string (the client's share of a page was a
// list of strings per column, a string per value and an escaped copy of each).
void appendText(QString &array, QStringView value)
{
    array += u'"';
    if (!value.contains(u'"') && !value.contains(u'\\')) {
        array += value;
    } else {
        for (const QChar c : value) {
            if (c == u'"' || c == u'\\')
                array += u'\\';
            array += c;
        }
    }
    array += u'"';
}

void appendNumber(QString &array, std::optional<qint64> value)
{
    if (!value) {
        array += QLatin1String("NULL");
        return;
    }
    char digits[24];
    const std::to_chars_result written = std::to_chars(std::begin(digits), std::end(digits), *value);
    array += QLatin1String(digits, int(written.ptr - digits));
}

// "WITH up AS (INSERT … SELECT * FROM unnest(…)" for `rows` (in key order), up to the tail.
QString insertHead(const QSqlDriver *driver, const QList<const UsageRecord *> &rows)
{
    // In the order of Columns: account, day, model, project, api_key_id, service_tier, source, the
    // five token counts, requests, cost, cost status.
    constexpr int ColumnCount = 15;
    constexpr bool IsText[ColumnCount] = {false, true,  true,  true,  true,  true,  true, false,
                                          false, false, false, false, false, false, true};
    QString arrays[ColumnCount];
    for (QString &array : arrays) {
        array.reserve(16 * rows.size());
        array += u'{';
    }
    for (const UsageRecord *r : rows) {
        if (arrays[0].size() > 1) {
            for (QString &array : arrays)
                array += u',';
        }
        appendNumber(arrays[0], r->accountId);
        appendText(arrays[1], isoDay(r->day));
        appendText(arrays[2], r->model);
        appendText(arrays[3], r->project);
        appendText(arrays[4], r->apiKeyId);
        appendText(arrays[5], r->serviceTier);
        appendText(arrays[6], r->source);
        appendNumber(arrays[7], r->inputTokens);
        appendNumber(arrays[8], r->cachedInputTokens);
        appendNumber(arrays[9], r->cacheWrite5mTokens);
        appendNumber(arrays[10], r->cacheWrite1hTokens);
        appendNumber(arrays[11], r->outputTokens);
        appendNumber(arrays[12], r->requests);
        appendNumber(arrays[13], r->cost ? std::optional<qint64>(r->cost->nanos()) : std::nullopt);
        appendText(arrays[14], costStatusName(r->costStatus));
    }
    QString head =
        QStringLiteral("WITH up AS (INSERT INTO usage (%1) SELECT * FROM unnest(").arg(QLatin1String(Columns));
    QSqlField field(QString{}, QMetaType(QMetaType::QString));
    for (int i = 0; i < ColumnCount; ++i) {
        arrays[i] += u'}';
        if (i > 0)
            head += QLatin1String(", ");
        if (IsText[i]) {
            field.setValue(arrays[i]);
            head += QLatin1String("CAST(") + driver->formatValue(field) + QLatin1String(" AS text[])");
        } else {
            head += QLatin1String("CAST('") + arrays[i] + QLatin1String("' AS bigint[])");
        }
    }
    return head + u')';
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
