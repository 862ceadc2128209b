#include "agentimporter.h"

#include "sync/syncruntext.h"

#include "agentfilereader.h"
#include "agentstore.h"
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

using agentstore::RequestWriter;

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

}   // namespace

QString AgentImportResult::summary(const QLocale &locale) const
{
    return SyncRunText::agentImportSummary(messageParams(), locale);
}

QJsonObject AgentImportResult::messageParams() const
{
    return SyncRunText::agentImported({{QStringLiteral("new"), requestsNew},
                                       {QStringLiteral("completed"), requestsCompleted},
                                       {QStringLiteral("known"), requestsKnown},
                                       {QStringLiteral("files_read"), filesRead},
                                       {QStringLiteral("files_seen"), filesSeen},
                                       {QStringLiteral("files_unchanged"), filesUnchanged},
                                       {QStringLiteral("files_reread"), filesReread},
                                       {QStringLiteral("streaming_copies"), stats.streamingCopies},
                                       {QStringLiteral("replays"), stats.replays},
                                       {QStringLiteral("zero_placeholders"), stats.zeroPlaceholders},
                                       {QStringLiteral("synthetic"), stats.synthetic},
                                       {QStringLiteral("api_errors"), stats.apiErrors},
                                       {QStringLiteral("undated"), stats.undated},
                                       {QStringLiteral("no_model"), stats.noModel},
                                       {QStringLiteral("malformed"), stats.malformed},
                                       {QStringLiteral("unfinished_bytes"), stats.unfinishedBytes}},
                                      fileErrors);
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
        setSyncRunMessage(run, SyncRunText::notStored(false, message));
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
        if (!agentstore::loadStoredFiles(m_db, account.id, &stored, &error))
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
    if (!writer.prepare(m_db, &error))
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
        AgentRequestCounts counts;
        ok = writer.writeAll(account.id, read.requests, &touched, &counts, &error);
        result.requestsNew += counts.created;
        result.requestsCompleted += counts.completed;
        result.requestsKnown += counts.known;
        if (ok)
            ok = writer.writeFile(account.id, read, &error);
        if (ok && read.rateLimits)
            ok = agentstore::storeRateLimits(m_db, account.id, *read.rateLimits, &error);
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
    if (!touched.isEmpty() && !agentstore::rollUp(m_db, account, touched, *m_catalog, &result.usage, &error))
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
    setSyncRunMessage(run, result.messageParams());
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
