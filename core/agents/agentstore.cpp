#include "agentstore.h"

#include "common/dates.h"
#include "pricing/costcalculator.h"
#include "storage/usagerepository.h"

#include <algorithm>

namespace tl::agentstore {

bool loadStoredFiles(const QSqlDatabase &db, qint64 accountId, QHash<QString, AgentStoredFile> *out, QString *error)
{
    sql::Statement q;
    if (!q.prepare(db,
                   "SELECT path, size, mtime_ms, offset, head_length, head_hash, state FROM agent_files "
                   "WHERE account_id = ?1",
                   error))
        return false;
    q.bind(1, accountId);
    while (q.step()) {
        AgentStoredFile f;
        f.size = q.int64(1);
        f.mtimeMs = q.int64(2);
        f.offset = q.int64(3);
        f.headLength = q.int64(4);
        f.headHash = q.text(5).toLatin1();
        f.state = q.text(6).toUtf8();
        out->insert(q.text(0), f);
    }
    if (!q.ok()) {
        *error = q.error();
        return false;
    }
    return true;
}

bool rollUp(QSqlDatabase db, const Account &account, const QSet<QString> &days, const PricingCatalog &catalog,
            UpsertResult *written, QString *error)
{
    sql::Statement q;
    if (!q.prepare(db,
                   "SELECT model, project, input, cache_read, cache_write_5m, cache_write_1h, output "
                   "FROM agent_requests WHERE account_id = ?1 AND day = ?2",
                   error))
        return false;
    const CostCalculator calculator(catalog);
    UsageRepository usage(db);
    QStringList sorted(days.cbegin(), days.cend());
    std::sort(sorted.begin(), sorted.end());
    for (const QString &dayText : std::as_const(sorted)) {
        const QDate day = parseIsoDay(dayText).value_or(QDate());
        QHash<QString, std::optional<qint64>> thresholds;
        QHash<QString, qsizetype> index;
        QList<UsageRecord> rows;
        q.reset();
        q.bind(1, account.id);
        q.bind(2, dayText);
        while (q.step()) {
            const QString model = q.text(0);
            auto threshold = thresholds.constFind(model);
            if (threshold == thresholds.constEnd())
                threshold = thresholds.insert(model, calculator.longContextThreshold(account.provider, model, day));
            const qint64 input = q.int64(2), read = q.int64(3), write5m = q.int64(4), write1h = q.int64(5);
            // The whole request crosses the threshold or not: what it sent, cached or not.
            const bool longContext = threshold->has_value() && input + read + write5m + write1h > **threshold;
            const QString project = q.text(1);
            const QString key = model + QLatin1Char('\n') + project + (longContext ? u"\n1" : u"\n0");
            auto it = index.constFind(key);
            if (it == index.constEnd()) {
                UsageRecord r;
                r.accountId = account.id;
                r.day = day;
                r.model = model;
                r.project = project;
                r.serviceTier = longContext ? withLongContext(QString()) : QString();
                r.source = QStringLiteral("agent");
                it = index.insert(key, rows.size());
                rows.append(r);
            }
            UsageRecord &r = rows[*it];
            r.inputTokens += input;
            r.cachedInputTokens += read;
            r.cacheWrite5mTokens += write5m;
            r.cacheWrite1hTokens += write1h;
            r.outputTokens += q.int64(6);
            ++r.requests;
        }
        if (!q.ok()) {
            *error = q.error();
            return false;
        }
        for (UsageRecord &r : rows) {
            if (!calculator.apply(account.provider, r, error))
                return false;
        }
        const UpsertResult result = usage.upsert(rows);
        if (!result.ok) {
            *error = result.error;
            return false;
        }
        written->created += result.created;
        written->updated += result.updated;
        written->unchanged += result.unchanged;
        if (usage.removeMissing(account.id, QStringLiteral("agent"), day, day, rows, error) < 0)
            return false;
    }
    return true;
}

bool storeRateLimits(QSqlDatabase db, qint64 accountId, const AgentRateLimits &limits, QString *error)
{
    // The latest observation wins (files are read in any order).
    sql::Statement q;
    if (!q.prepare(db,
                   "INSERT INTO agent_rate_limits (account_id, observed_ms, plan, primary_percent_milli, "
                   "primary_minutes, primary_resets_ms, secondary_percent_milli, secondary_minutes, "
                   "secondary_resets_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                   "ON CONFLICT (account_id) DO UPDATE SET observed_ms = excluded.observed_ms, plan = excluded.plan, "
                   "primary_percent_milli = excluded.primary_percent_milli, primary_minutes = "
                   "excluded.primary_minutes, primary_resets_ms = excluded.primary_resets_ms, "
                   "secondary_percent_milli = excluded.secondary_percent_milli, secondary_minutes = "
                   "excluded.secondary_minutes, secondary_resets_ms = excluded.secondary_resets_ms "
                   "WHERE excluded.observed_ms >= agent_rate_limits.observed_ms",
                   error))
        return false;
    q.bind(1, accountId);
    q.bind(2, limits.observedAt.toMSecsSinceEpoch());
    q.bind(3, limits.plan);
    const auto window = [&q](int first, const AgentRateWindow &w) {
        if (w.usedPercentMilli < 0) {
            q.bindNull(first);
            q.bindNull(first + 1);
            q.bindNull(first + 2);
            return;
        }
        q.bind(first, w.usedPercentMilli);
        q.bind(first + 1, qint64(w.windowMinutes));
        if (w.resetsAt.isValid())
            q.bind(first + 2, w.resetsAt.toMSecsSinceEpoch());
        else
            q.bindNull(first + 2);
    };
    window(4, limits.primary);
    window(7, limits.secondary);
    q.step();
    if (!q.ok()) {
        *error = q.error();
        return false;
    }
    return true;
}

}   // namespace tl::agentstore
