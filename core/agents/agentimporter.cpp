#include "agentimporter.h"

#include "agentfilereader.h"
#include "common/clock.h"
#include "common/dates.h"
#include "pricing/costcalculator.h"
#include "pricing/pricingservice.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"
#include "storage/syncrunrepository.h"
#include "storage/usagerepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace tl {

namespace {

// Batches of parsed files waiting for the writer: bounds memory while workers run ahead.
constexpr size_t MaxQueued = 4;
// Files go to the parse threads in batches of consecutive files up to this many bytes (or files):
// thousands of small files would otherwise cost a thread handoff each.
constexpr qint64 BatchBytes = 2 * 1024 * 1024;
constexpr qsizetype BatchFiles = 256;

// Hands batches of files to parse threads in order and their results back to the writer.
class ParseQueue final
{
public:
    ParseQueue(AgentKind kind, const QList<AgentFileTask> &tasks)
        : m_kind(kind)
        , m_tasks(tasks)
    {
        qsizetype begin = 0;
        qint64 bytes = 0;
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            bytes += tasks.at(i).file.size;
            if (bytes >= BatchBytes || i + 1 - begin >= BatchFiles || i + 1 == tasks.size()) {
                m_batches.push_back({begin, i + 1});
                begin = i + 1;
                bytes = 0;
            }
        }
    }

    void work()
    {
        for (;;) {
            std::pair<qsizetype, qsizetype> batch;
            {
                std::unique_lock lock(m_mutex);
                m_space.wait(lock, [this] { return m_results.size() < MaxQueued || m_stopped; });
                if (m_stopped || m_next >= qsizetype(m_batches.size()))
                    return;
                batch = m_batches[size_t(m_next++)];
                ++m_inFlight;
            }
            std::deque<AgentFileRead> results;
            for (qsizetype i = batch.first; i < batch.second; ++i)
                results.push_back(readAgentFile(m_kind, m_tasks.at(i)));
            {
                std::lock_guard lock(m_mutex);
                --m_inFlight;
                m_results.push_back(std::move(results));
            }
            m_ready.notify_one();
        }
    }

    // The next parsed file, or false when every file has been handed out and returned.
    bool take(AgentFileRead *out)
    {
        if (m_current.empty()) {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] {
                return !m_results.empty() || (m_next >= qsizetype(m_batches.size()) && m_inFlight == 0) || m_stopped;
            });
            if (m_results.empty())
                return false;
            m_current = std::move(m_results.front());
            m_results.pop_front();
            m_space.notify_one();
        }
        *out = std::move(m_current.front());
        m_current.pop_front();
        return true;
    }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
            m_results.clear();
        }
        m_current.clear();
        m_space.notify_all();
        m_ready.notify_all();
    }

private:
    const AgentKind m_kind;
    const QList<AgentFileTask> &m_tasks;
    std::vector<std::pair<qsizetype, qsizetype>> m_batches;   // [begin, end) task indexes
    std::mutex m_mutex;
    std::condition_variable m_space;
    std::condition_variable m_ready;
    std::deque<std::deque<AgentFileRead>> m_results;
    std::deque<AgentFileRead> m_current;   // the writer's batch (writer thread only)
    qsizetype m_next = 0;
    int m_inFlight = 0;
    bool m_stopped = false;
};

struct StoredRequest
{
    QString day;
    qint64 total = 0;
    bool sidechain = false;
};

// The statements the writer runs per request and per file.
class RequestWriter final
{
public:
    bool prepare(sqlite3 *db, QString *error)
    {
        return m_insert.prepare(
                   db,
                   "INSERT INTO agent_requests (account_id, request_key, at_ms, day, model, session, project, "
                   "git_branch, sidechain, input, cache_read, cache_write_5m, cache_write_1h, output, reasoning, "
                   "web_searches) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
                   "ON CONFLICT (account_id, request_key) DO NOTHING",
                   error) &&
               m_find.prepare(db,
                              "SELECT day, input + cache_read + cache_write_5m + cache_write_1h + output, sidechain "
                              "FROM agent_requests WHERE account_id = ?1 AND request_key = ?2",
                              error) &&
               m_update.prepare(db,
                                "UPDATE agent_requests SET at_ms = ?3, day = ?4, model = ?5, session = ?6, "
                                "project = ?7, git_branch = ?8, sidechain = ?9, input = ?10, cache_read = ?11, "
                                "cache_write_5m = ?12, cache_write_1h = ?13, output = ?14, reasoning = ?15, "
                                "web_searches = ?16 WHERE account_id = ?1 AND request_key = ?2",
                                error) &&
               m_file.prepare(db,
                              "INSERT OR REPLACE INTO agent_files (account_id, path, size, mtime_ms, offset, "
                              "head_length, head_hash, state, requests) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                              "COALESCE((SELECT requests FROM agent_files WHERE account_id = ?1 AND path = ?2), 0) "
                              "+ ?9)",
                              error);
    }

    enum class Outcome
    {
        New,
        Completed,
        Known,
        Failed,
    };

    // Stores a request unless the stored copy is at least as complete; `touched` gets the days whose
    // figures change.
    Outcome write(qint64 accountId, const AgentRequest &r, QSet<QString> *touched, QString *error)
    {
        const QString day = r.day.isEmpty() ? isoDay(r.time.date()) : r.day;
        bind(&m_insert, accountId, r, day);
        m_insert.step();
        if (!m_insert.ok())
            return failed(m_insert, error);
        if (m_insert.changes() == 1) {
            touched->insert(day);
            return Outcome::New;
        }
        m_find.reset();
        m_find.bind(1, accountId);
        m_find.bind(2, r.key);
        if (!m_find.step())
            return failed(m_find, error);
        const StoredRequest stored{m_find.text(0), m_find.int64(1), m_find.int64(2) != 0};
        m_find.reset();
        const bool better =
            r.totalTokens() > stored.total || (r.totalTokens() == stored.total && stored.sidechain && !r.sidechain);
        if (!better)
            return Outcome::Known;
        bind(&m_update, accountId, r, day);
        m_update.step();
        if (!m_update.ok())
            return failed(m_update, error);
        touched->insert(day);
        touched->insert(stored.day);
        return Outcome::Completed;
    }

    bool writeFile(qint64 accountId, const AgentFileRead &read, QString *error)
    {
        m_file.reset();
        m_file.bind(1, accountId);
        m_file.bind(2, read.task.file.path);
        m_file.bind(3, read.task.file.size);
        m_file.bind(4, read.task.file.mtimeMs);
        m_file.bind(5, read.offset);
        m_file.bind(6, read.headLength);
        m_file.bind(7, QString::fromLatin1(read.headHash));
        if (read.state.isEmpty())
            m_file.bindNull(8);
        else
            m_file.bind(8, QString::fromUtf8(read.state));
        m_file.bind(9, qint64(read.requests.size()));
        m_file.step();
        if (!m_file.ok()) {
            *error = m_file.error();
            return false;
        }
        return true;
    }

private:
    static void bind(sql::SqliteStatement *s, qint64 accountId, const AgentRequest &r, const QString &day)
    {
        s->reset();
        s->bind(1, accountId);
        s->bind(2, r.key);
        s->bind(3, r.time.toMSecsSinceEpoch());
        s->bind(4, day);
        s->bind(5, r.model);
        s->bind(6, r.session);
        s->bind(7, r.project);
        s->bind(8, r.gitBranch);
        s->bind(9, qint64(r.sidechain ? 1 : 0));
        s->bind(10, r.input);
        s->bind(11, r.cacheRead);
        s->bind(12, r.cacheWrite5m);
        s->bind(13, r.cacheWrite1h);
        s->bind(14, r.output);
        s->bind(15, r.reasoning);
        s->bind(16, r.webSearches);
    }

    static Outcome failed(const sql::SqliteStatement &s, QString *error)
    {
        *error = s.ok() ? QStringLiteral("a stored request could not be read back") : s.error();
        return Outcome::Failed;
    }

    sql::SqliteStatement m_insert;
    sql::SqliteStatement m_find;
    sql::SqliteStatement m_update;
    sql::SqliteStatement m_file;
};

// What the last import saw of each file of the account.
bool loadStoredFiles(sqlite3 *db, qint64 accountId, QHash<QString, AgentStoredFile> *out, QString *error)
{
    sql::SqliteStatement q;
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

// Rebuilds the usage rows (source "agent") of the account's touched days from its requests: by
// model, project and long-context class, each row priced once.
bool rollUp(QSqlDatabase db, const Account &account, const QSet<QString> &days, const PricingCatalog &catalog,
            UpsertResult *written, QString *error)
{
    sql::SqliteStatement q;
    if (!q.prepare(sql::nativeHandle(db),
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
    sql::SqliteStatement q;
    if (!q.prepare(sql::nativeHandle(db),
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

QString number(qint64 n)
{
    return QLocale::system().toString(n);
}

}   // namespace

QString AgentImportResult::summary() const
{
    QStringList parts;
    parts << QStringLiteral("%1 new requests, %2 completed, %3 already recorded from %4 of %5 files (%6 unchanged)")
                 .arg(number(requestsNew), number(requestsCompleted), number(requestsKnown))
                 .arg(filesRead)
                 .arg(filesSeen)
                 .arg(filesUnchanged);
    if (filesReread > 0)
        parts << QStringLiteral("%1 files shrank or were replaced and were read again").arg(filesReread);
    QStringList dropped;
    const auto add = [&dropped](qint64 n, const QString &what) {
        if (n > 0)
            dropped << QStringLiteral("%1 %2").arg(number(n), what);
    };
    add(stats.streamingCopies, QStringLiteral("streaming copies"));
    add(stats.replays, QStringLiteral("replays"));
    add(stats.zeroPlaceholders, QStringLiteral("zero placeholders"));
    add(stats.synthetic, QStringLiteral("synthetic messages"));
    add(stats.apiErrors, QStringLiteral("API errors"));
    add(stats.undated, QStringLiteral("without a time"));
    add(stats.noModel, QStringLiteral("without a model"));
    add(stats.malformed, QStringLiteral("malformed lines"));
    if (!dropped.isEmpty())
        parts << QStringLiteral("dropped: ") + dropped.join(QStringLiteral(", "));
    if (stats.unfinishedBytes > 0)
        parts << QStringLiteral("%1 bytes of unfinished lines are read next time").arg(number(stats.unfinishedBytes));
    if (!fileErrors.isEmpty())
        parts << QStringLiteral("%1 files could not be read").arg(fileErrors.size());
    return parts.join(QStringLiteral("; "));
}

AgentImporter::AgentImporter(QSqlDatabase db, const PricingCatalog &catalog, const Clock &clock)
    : m_db(std::move(db))
    , m_catalog(&catalog)
    , m_clock(clock)
{}

AgentImporter::AgentImporter(QSqlDatabase db, PricingService &pricing, const Clock &clock)
    : m_db(std::move(db))
    , m_pricing(&pricing)
    , m_clock(clock)
{}

AgentImportResult AgentImporter::run(const Account &account, const QStringList &folders, const QString &trigger)
{
    QElapsedTimer timer;
    timer.start();
    AgentImportResult result;
    result.accountId = account.id;
    const auto kind = agentKindForProvider(account.provider);
    if (!kind) {
        result.ok = false;
        result.error = QStringLiteral("account %1 is not a coding-agent account").arg(account.id);
        return result;
    }

    SyncRun &run = result.run;
    run.accountId = account.id;
    run.accountLabel = account.label;
    run.provider = account.provider;
    run.trigger = trigger;
    run.status = SyncRun::Status::Running;
    run.startedAt = m_clock.nowUtc();
    SyncRunRepository runs(m_db);
    QString error;
    run.id = runs.start(run, &error);
    result.runId = run.id;
    std::optional<sql::Savepoint> transaction;
    const auto fail = [&](const QString &message) {
        transaction.reset();   // rolled back: the failure is recorded outside it
        result.ok = false;
        result.error = message;
        run.status = SyncRun::Status::Failed;
        run.errorKind = QStringLiteral("database");
        run.message = QStringLiteral("Nothing was stored: %1").arg(message);
        run.created = run.updated = run.unchanged = 0;
        run.finishedAt = m_clock.nowUtc();
        run.durationMs = timer.elapsed();
        QString ignored;
        if (run.id != 0)
            runs.finish(run, &ignored);
        result.durationMs = timer.elapsed();
        return result;
    };
    if (run.id == 0)
        return fail(error);

    QList<AgentFileTask> tasks;
    QElapsedTimer listing;
    listing.start();
    {
        QHash<QString, AgentStoredFile> stored;
        if (!loadStoredFiles(sql::nativeHandle(m_db), account.id, &stored, &error))
            return fail(error);
        const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
        for (const AgentLogFile &file : listAgentLogFiles(*kind, folders)) {
            ++result.filesSeen;
            const auto it = stored.constFind(file.path);
            // A file still being written may end in half a line: leave it for the next import.
            // One untouched for a minute is complete, and its last line is read as it is.
            const bool complete = nowMs - file.mtimeMs > 60'000;
            const bool unfinishedTail = it != stored.constEnd() && it->offset < it->size;
            if (it != stored.constEnd() && it->size == file.size && it->mtimeMs == file.mtimeMs &&
                !(unfinishedTail && complete)) {
                ++result.filesUnchanged;
                continue;
            }
            AgentFileTask task;
            task.file = file;
            if (it != stored.constEnd())
                task.stored = *it;
            task.complete = complete;
            tasks.append(task);
        }
    }

    result.listMs = listing.elapsed();
    // One transaction: the requests, the files' progress, the rebuilt days and the run's record
    // land together or not at all.
    transaction.emplace(m_db, QStringLiteral("agent_import"));
    if (!transaction->isActive())
        return fail(transaction->error());
    RequestWriter writer;
    if (!writer.prepare(sql::nativeHandle(m_db), &error))
        return fail(error);

    ParseQueue queue(*kind, tasks);
    const int workers = std::max(1, m_workers > 0 ? m_workers : QThread::idealThreadCount());
    std::vector<std::thread> threads;
    threads.reserve(size_t(workers));
    for (int i = 0; i < workers; ++i)
        threads.emplace_back([&queue] { queue.work(); });

    QSet<QString> touched;
    bool ok = true;
    AgentFileRead read;
    QElapsedTimer phase;
    phase.start();
    // Nanoseconds: thousands of files each take less than a millisecond.
    qint64 waitNs = 0;
    qint64 storeNs = 0;
    const auto lap = [&phase] {
        const qint64 ns = phase.nsecsElapsed();
        phase.restart();
        return ns;
    };
    while (ok && queue.take(&read)) {
        waitNs += lap();
        if (!read.error.isEmpty()) {
            result.fileErrors << QStringLiteral("%1: %2").arg(read.task.file.path, read.error);
            continue;
        }
        ++result.filesRead;
        if (read.reread)
            ++result.filesReread;
        result.bytesRead += read.bytes;
        result.stats.add(read.stats);
        for (const AgentRequest &r : std::as_const(read.requests)) {
            switch (writer.write(account.id, r, &touched, &error)) {
            case RequestWriter::Outcome::New:
                ++result.requestsNew;
                break;
            case RequestWriter::Outcome::Completed:
                ++result.requestsCompleted;
                break;
            case RequestWriter::Outcome::Known:
                ++result.requestsKnown;
                break;
            case RequestWriter::Outcome::Failed:
                ok = false;
                break;
            }
            if (!ok)
                break;
        }
        if (ok)
            ok = writer.writeFile(account.id, read, &error);
        if (ok && read.rateLimits)
            ok = storeRateLimits(m_db, account.id, *read.rateLimits, &error);
        storeNs += lap();
    }
    result.waitMs = waitNs / 1'000'000;
    result.storeMs = storeNs / 1'000'000;
    if (!ok)
        queue.stop();
    for (std::thread &t : threads)
        t.join();
    if (!ok)
        return fail(error);

    phase.restart();
    if (!touched.isEmpty() && !m_catalog) {
        if (!m_pricing->load(&error))
            return fail(error);
        m_catalog = &m_pricing->catalog();
    }
    if (!touched.isEmpty() && !rollUp(m_db, account, touched, *m_catalog, &result.usage, &error))
        return fail(error);
    result.rollUpMs = phase.elapsed();
    for (const QString &day : std::as_const(touched)) {
        const QDate d = parseIsoDay(day).value_or(QDate());
        if (!result.firstDay.isValid() || d < result.firstDay)
            result.firstDay = d;
        if (!result.lastDay.isValid() || d > result.lastDay)
            result.lastDay = d;
    }

    run.status = result.fileErrors.isEmpty() ? SyncRun::Status::Success : SyncRun::Status::Partial;
    run.windowFrom = result.firstDay;
    run.windowTo = result.lastDay;
    run.created = int(std::min<qint64>(result.requestsNew, std::numeric_limits<int>::max()));
    run.updated = int(std::min<qint64>(result.requestsCompleted, std::numeric_limits<int>::max()));
    run.unchanged = int(std::min<qint64>(result.requestsKnown, std::numeric_limits<int>::max()));
    run.message = QStringLiteral("Imported local logs: ") + result.summary();
    if (!result.fileErrors.isEmpty())
        run.message += QStringLiteral(". ") + result.fileErrors.mid(0, 3).join(QStringLiteral("; "));
    run.finishedAt = m_clock.nowUtc();
    run.durationMs = timer.elapsed();
    if (!runs.finish(run, &error))
        return fail(error);
    phase.restart();
    if (!transaction->commit())
        return fail(transaction->error());
    result.commitMs = phase.elapsed();
    result.durationMs = timer.elapsed();
    return result;
}

}   // namespace tl
