#include "newdaywriter.h"

#include "common/dates.h"
#include "common/overflow.h"
#include "dayrollup.h"
#include "detailrollups.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

#include <algorithm>
#include <span>
#include <string_view>

namespace tl {

using sql::bindText;

namespace {

// The rollup tables' rows of the day, written as DetailRollups::refreshOne writes them. A day
// without usage has none, unless the rollups were out of step: then they are deleted first and
// replaced, as a refresh would. One read asks whether there are any: the five deletes, each a write
// statement finding nothing, cost a dense append's writing thread more than the read (issue 15).
enum RollupStatement
{
    HasRollups,
    DeleteDaily,   // returns the day's old models, which leave their month
    InsertDailyMany,
    InsertDailyFew,
    InsertDaily,
    DeleteBuckets,   // (the day's buckets go through PageBucketInserts)
    DeletePageDay,
    InsertPageDay,
    DeleteGroups,   // returns the day's old groups, which leave their month
    InsertGroupMany,
    InsertGroupFew,
    InsertGroup,
    DeleteAccountDay,
    InsertAccountDay,
    RollupStatementCount
};
// usage_daily's and usage_group_days' rows: ManyRows to a statement, then FewRows, then one by one
// (the sparse shape's 29 groups a day were 13 single-row INSERTs after the first 16); RowParams values each.
constexpr int ManyRows = 16;
constexpr int FewRows = 4;
constexpr int RowParams = 12;
constexpr int UsageParams = 15;

QByteArray rowsSql(const char *insert, int rows, int params)
{
    return QByteArray(insert) + " VALUES " + sql::valuesSql(rows, params);
}

const char *const DailyInsert = "INSERT INTO usage_daily (account_id, day, model, " TL_DAILY_SUM_COLUMNS ")";
const char *const GroupInsert =
    "INSERT INTO usage_group_days (account_id, day, project, api_key_id, " TL_GROUP_SUM_COLUMNS ")";
const char *const UsageInsert =
    "INSERT INTO usage (account_id, day, model, project, api_key_id, service_tier, source, input_tokens, "
    "cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, requests, cost_nano, "
    "cost_status)";

QByteArray rollupSql(int which)
{
    switch (RollupStatement(which)) {
    case HasRollups:
        return "SELECT EXISTS (SELECT 1 FROM usage_daily WHERE day = ?2 AND account_id = ?1) OR EXISTS (SELECT 1 "
               "FROM usage_page_buckets WHERE day = ?2 AND account_id = ?1) OR EXISTS (SELECT 1 FROM "
               "usage_page_days WHERE day = ?2 AND account_id = ?1) OR EXISTS (SELECT 1 FROM usage_group_days WHERE "
               "day = ?2 AND account_id = ?1) OR EXISTS (SELECT 1 FROM usage_account_daily WHERE day = ?2 AND "
               "account_id = ?1)";
    case DeleteDaily:
        return "DELETE FROM usage_daily WHERE account_id = ?1 AND day = ?2 RETURNING model, " TL_DAILY_SUM_COLUMNS;
    case InsertDailyMany:
        return rowsSql(DailyInsert, ManyRows, RowParams);
    case InsertDailyFew:
        return rowsSql(DailyInsert, FewRows, RowParams);
    case InsertDaily:
        return rowsSql(DailyInsert, 1, RowParams);
    case DeleteBuckets:
        return "DELETE FROM usage_page_buckets WHERE day = ?2 AND account_id = ?1";
    case DeletePageDay:
        return "DELETE FROM usage_page_days WHERE day = ?2 AND account_id = ?1";
    case InsertPageDay:
        return TL_PAGE_DAY_INSERT;
    case DeleteGroups:
        return "DELETE FROM usage_group_days WHERE day = ?2 AND account_id = ?1 RETURNING project, api_key_id, "
               "" TL_GROUP_SUM_COLUMNS;
    case InsertGroupMany:
        return rowsSql(GroupInsert, ManyRows, RowParams);
    case InsertGroupFew:
        return rowsSql(GroupInsert, FewRows, RowParams);
    case InsertGroup:
        return rowsSql(GroupInsert, 1, RowParams);
    case DeleteAccountDay:
        return "DELETE FROM usage_account_daily WHERE day = ?2 AND account_id = ?1";
    case InsertAccountDay:
        return "INSERT INTO usage_account_daily (account_id, day, " TL_DAILY_SUM_COLUMNS
               ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
    case RollupStatementCount:
        break;
    }
    return {};
}

}   // namespace

std::string_view costStatusUtf8(CostStatus status)
{
    switch (status) {
    case CostStatus::Estimated:
        return "estimated";
    case CostStatus::Reported:
        return "reported";
    case CostStatus::Unpriced:
        break;
    }
    return "unpriced";
}

NewDayWriter::NewDayWriter(QSqlDatabase db)
    : m_db(std::move(db))
{}

NewDayWriter::~NewDayWriter()
{
    for (sqlite3_stmt *s : m_rollupStatements)
        sqlite3_finalize(s);
    for (sqlite3_stmt *s : m_inserts)
        sqlite3_finalize(s);
}

bool NewDayWriter::prepare(QString *error)
{
    if (m_handle)
        return true;
    sqlite3 *handle = sql::nativeHandle(m_db);
    if (!handle) {
        *error = QStringLiteral("no SQLite connection TokenLedger can use directly");
        return false;
    }
    if (!m_dayHasUsage.prepare(handle, "SELECT 1 FROM usage WHERE day = ?1 AND account_id = ?2 LIMIT 1", error) ||
        !m_dim.prepare(handle, "INSERT OR IGNORE INTO usage_dims (kind, value) VALUES (?1, ?2)", error) ||
        !m_months.prepare(handle, error) || !m_modelMonths.prepare(handle, error))
        return false;
    std::vector<QByteArray> statements;
    for (int i = 0; i < RollupStatementCount; ++i)
        statements.push_back(rollupSql(i));
    for (int rows : ChunkSizes)
        statements.push_back(rowsSql(UsageInsert, rows, UsageParams));
    std::vector<sqlite3_stmt *> prepared;
    for (const QByteArray &sql : statements) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v3(handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr) !=
            SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            for (sqlite3_stmt *done : prepared)
                sqlite3_finalize(done);
            return false;
        }
        prepared.push_back(s);
    }
    std::copy(prepared.end() - qsizetype(ChunkSizes.size()), prepared.end(), m_inserts.begin());
    prepared.resize(prepared.size() - ChunkSizes.size());
    m_rollupStatements = std::move(prepared);
    m_handle = handle;
    return true;
}

bool NewDayWriter::dayIsEmpty(qint64 accountId, const QString &day, bool *empty, QString *error)
{
    if (!prepare(error))
        return false;
    m_dayHasUsage.reset();
    m_dayHasUsage.bind(1, day);
    m_dayHasUsage.bind(2, accountId);
    *empty = !m_dayHasUsage.step();
    const bool ok = m_dayHasUsage.ok();
    if (!ok)
        *error = m_dayHasUsage.error();
    m_dayHasUsage.reset();
    return ok;
}

bool NewDayWriter::insert(const QList<UsageRecord> &records, const UsageTexts &texts, qsizetype from, qsizetype to,
                          const QString &day, QString *error)
{
    if (!prepare(error))
        return false;
    const QByteArray dayText = day.toUtf8();
    QByteArray source;   // (one source for all, as a rule: encoded when it changes)
    QString sourceText;
    qsizetype next = from;
    for (size_t k = 0; k < ChunkSizes.size(); ++k) {
        const int rows = ChunkSizes[k];
        sqlite3_stmt *s = m_inserts[k];
        for (; next + rows <= to; next += rows) {
            for (int row = 0; row < rows; ++row) {
                const qsizetype at = next + row;
                const UsageRecord &r = records[at];
                if (r.source != sourceText || source.isNull()) {
                    sourceText = r.source;
                    source = sourceText.toUtf8();
                }
                const int p = row * UsageParams;
                sqlite3_bind_int64(s, p + 1, r.accountId);
                bindText(s, p + 2, std::string_view(dayText.constData(), size_t(dayText.size())));
                bindText(s, p + 3, texts.text(at, UsageTexts::Model));
                bindText(s, p + 4, texts.text(at, UsageTexts::Project));
                bindText(s, p + 5, texts.text(at, UsageTexts::ApiKey));
                bindText(s, p + 6, texts.text(at, UsageTexts::ServiceTier));
                bindText(s, p + 7, std::string_view(source.constData(), size_t(source.size())));
                const qint64 counts[] = {r.inputTokens,        r.cachedInputTokens, r.cacheWrite5mTokens,
                                         r.cacheWrite1hTokens, r.outputTokens,      r.requests};
                for (int i = 0; i < 6; ++i)
                    sqlite3_bind_int64(s, p + 8 + i, counts[i]);
                if (r.cost)
                    sqlite3_bind_int64(s, p + 14, r.cost->nanos());
                else
                    sqlite3_bind_null(s, p + 14);
                bindText(s, p + 15, costStatusUtf8(r.costStatus));
            }
            const bool ok = sqlite3_step(s) == SQLITE_DONE;
            if (!ok)
                *error = QStringLiteral("could not store usage of %1 (%2): %3")
                             .arg(day, records[next].model, QString::fromUtf8(sqlite3_errmsg(m_handle)));
            sqlite3_reset(s);
            if (!ok)
                return false;
        }
    }
    return true;
}

bool NewDayWriter::writeRollups(const NewDayRollup &day, QString *error)
{
    const QByteArray dayText = isoDay(day.day()).toUtf8();
    const auto fail = [&](const QString &problem) {
        for (sqlite3_stmt *s : m_rollupStatements)
            sqlite3_reset(s);
        m_months.discard();
        m_modelMonths.discard();
        *error = QStringLiteral("could not update the daily totals: %1").arg(problem);
        return false;
    };
    const QString tooLarge = sumsTooLarge(QString::fromUtf8(dayText));   // DetailRollups' own words
    if (day.overflowed())
        return fail(tooLarge);
    if (!prepare(error))
        return false;
    // Every statement's rows start with the account and the day.
    const auto bindKey = [&](sqlite3_stmt *s, int parameter) {
        sqlite3_bind_int64(s, parameter, day.accountId());
        bindText(s, parameter + 1, std::string_view(dayText.constData(), size_t(dayText.size())));
    };
    const auto start = [&](RollupStatement which) {
        sqlite3_stmt *s = m_rollupStatements[size_t(which)];
        sqlite3_reset(s);
        bindKey(s, 1);
        return s;
    };
    const auto done = [&](sqlite3_stmt *s) {
        const bool ok = sqlite3_step(s) == SQLITE_DONE;
        sqlite3_reset(s);
        return ok;
    };
    // `many` is followed by its FewRows and single-row statements (see RollupStatement).
    const auto insertRows = [&](RollupStatement many, size_t count, const auto &bindRow) {
        size_t next = 0;
        for (const int rows : {ManyRows, FewRows, 1}) {
            const auto which = RollupStatement(many + (rows == ManyRows ? 0 : rows == FewRows ? 1 : 2));
            for (; next + size_t(rows) <= count; next += size_t(rows)) {
                sqlite3_stmt *s = start(which);
                for (int row = 0; row < rows; ++row) {
                    bindKey(s, row * RowParams + 1);
                    bindRow(s, row * RowParams + 3, next + size_t(row));
                }
                if (!done(s))
                    return false;
            }
        }
        return true;
    };
    const auto sqlError = [&] { return fail(QString::fromUtf8(sqlite3_errmsg(m_handle))); };

    const std::span<const NewDayRollup::Model> models(day.m_models.data(), day.m_used);
    sqlite3_stmt *probe = start(HasRollups);
    if (sqlite3_step(probe) != SQLITE_ROW)
        return sqlError();
    const bool stale = sqlite3_column_int(probe, 0) != 0;   // rollups without usage rows: replaced
    sqlite3_reset(probe);
    // usage_model_months: the stale rows leave their month, the day's models join it.
    const std::string_view dayView(dayText.constData(), size_t(dayText.size()));
    if (stale) {
        sqlite3_stmt *removed = start(DeleteDaily);
        int rc;
        while ((rc = sqlite3_step(removed)) == SQLITE_ROW) {
            DailySums sums;
            for (size_t k = 0; k < sums.size(); ++k)
                sums[k] = sqlite3_column_int64(removed, 1 + int(k));
            if (!m_modelMonths.add(day.accountId(), dayView, sql::columnText(removed, 0), sums, -1))
                return fail(tooLarge);
        }
        if (rc != SQLITE_DONE)
            return sqlError();
        sqlite3_reset(removed);
    }
    for (const NewDayRollup::Model &model : models) {
        if (!m_modelMonths.add(day.accountId(), dayView, model.name, model.sums, 1))
            return fail(tooLarge);
    }
    if (!insertRows(InsertDailyMany, models.size(), [&](sqlite3_stmt *s, int p, size_t i) {
            bindText(s, p, models[i].name);
            for (size_t k = 0; k < models[i].sums.size(); ++k)
                sqlite3_bind_int64(s, p + 1 + int(k), models[i].sums[k]);
        }))
        return sqlError();
    // usage_models names the day's models and takes their unpriced sums (no trigger since schema 20).
    QString problem;
    for (const NewDayRollup::Model &model : models) {
        if (!m_models.add(m_handle, day.accountId(), model.name, model.sums[6], model.sums[7], &problem))
            return fail(problem);
    }
    if (stale && !done(start(DeleteBuckets)))
        return sqlError();
    const std::vector<PageBounds> buckets = day.buckets();
    if (!m_buckets.insert(m_handle, day.accountId(), std::string_view(dayText.constData(), size_t(dayText.size())),
                          buckets, &problem))
        return fail(problem);
    PageBounds dayBounds;
    for (const PageBounds &bucket : buckets)
        dayBounds.merge(bucket);
    if (stale && !done(start(DeletePageDay)))
        return sqlError();
    if (dayBounds.rows > 0) {
        sqlite3_stmt *s = start(InsertPageDay);
        dayBounds.bind(s);
        if (!done(s))
            return sqlError();
    }

    // The day's groups join their month (and any old ones leave it, as in a refresh).
    const QByteArray month = dayText.left(7);
    if (!m_months.startMonth(day.accountId(), std::string_view(month.constData(), size_t(month.size())), &problem))
        return fail(problem);
    if (stale) {
        sqlite3_stmt *removed = start(DeleteGroups);
        int rc;
        while ((rc = sqlite3_step(removed)) == SQLITE_ROW) {
            GroupSums sums;
            for (size_t k = 0; k < sums.size(); ++k)
                sums[k] = sqlite3_column_int64(removed, 2 + int(k));
            if (!m_months.add(sql::columnText(removed, 0), sql::columnText(removed, 1), sums, -1))
                return fail(tooLarge);
        }
        if (rc != SQLITE_DONE)
            return sqlError();
        sqlite3_reset(removed);
    }
    const auto &groups = day.m_groups.groups();
    for (const auto &group : groups) {
        if (!m_months.add(group.project, group.apiKey, group.sums, 1))
            return fail(tooLarge);
    }
    if (!insertRows(InsertGroupMany, groups.size(), [&](sqlite3_stmt *s, int p, size_t i) {
            bindText(s, p, groups[i].project);
            bindText(s, p + 1, groups[i].apiKey);
            for (size_t k = 0; k < groups[i].sums.size(); ++k)
                sqlite3_bind_int64(s, p + 2 + int(k), groups[i].sums[k]);
        }))
        return sqlError();

    if (!writeNames(day, &problem))
        return fail(problem);

    // usage_account_daily: the models' sums added up, as rollups::AccountDays adds up the day's
    // usage_daily rows (without reading them back).
    DailySums total{};
    for (const NewDayRollup::Model &model : models) {
        if (!addEach(&total, model.sums))
            return fail(tooLarge);
    }
    if (stale && !done(start(DeleteAccountDay)))
        return sqlError();
    sqlite3_stmt *accountDay = start(InsertAccountDay);
    for (size_t k = 0; k < total.size(); ++k)
        sqlite3_bind_int64(accountDay, 3 + int(k), total[k]);
    if (!done(accountDay))
        return sqlError();
    // A long import's months per model are written as it goes: memory stays flat.
    return m_modelMonths.pending() <= ModelMonths::PendingLimit || m_modelMonths.flush(&problem) || fail(problem);
}

bool NewDayWriter::writeNames(const NewDayRollup &day, QString *error)
{
    if (!prepare(error))
        return false;
    // The Usage page's filter choices: the projects and keys the new rows name, each once per
    // import (most days name the same ones; a write that fails is rolled back with the import).
    for (const auto &group : day.m_groups.groups()) {
        for (const auto &[kind, value] : {std::pair{0, &group.project}, std::pair{1, &group.apiKey}}) {
            if (value->empty() || !m_named.insert({kind, *value}).second)
                continue;
            if (m_named.size() > MaxNamed)   // a file of unique names: memory stays flat
                m_named.clear();
            m_dim.reset();
            m_dim.bind(1, kind == 0 ? QStringLiteral("project") : QStringLiteral("api_key"));
            m_dim.bind(2, QString::fromUtf8(value->data(), qsizetype(value->size())));
            m_dim.step();
            const bool ok = m_dim.ok();
            if (!ok)
                *error = m_dim.error();
            m_dim.reset();
            if (!ok)
                return false;
        }
    }
    return true;
}

bool NewDayWriter::flush(QString *error)
{
    if (!m_handle)
        return true;
    QString problem;
    if (m_months.flush(&problem) && m_modelMonths.flush(&problem))
        return true;
    m_modelMonths.discard();
    *error = QStringLiteral("could not update the monthly totals: %1").arg(problem);
    return false;
}

}   // namespace tl
