#include "csvstream.h"

#include "common/dates.h"
#include "pricing/catalog.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <tuple>
#include <vector>

namespace tl {

namespace {

// The longest day held in memory while streaming; a larger one is staged on disk instead.
constexpr qsizetype MaxHeldDayRows = 1 << 17;
// Cost rows sent to the writing thread at once (when no usage batch carries them sooner).
constexpr size_t CostBatchSize = 4096;
// Batches (of up to CsvStagedWriter's 4096 records) waiting for the writing thread: enough to
// ride out a slow day's rollups, few enough that memory stays flat.
constexpr size_t QueuedBatches = 4;
// Texts CsvRowStager keeps to share (a few KiB).
constexpr qsizetype MaxSharedTexts = 4096;

// What the reading thread hands the writing one.
struct Batch
{
    std::vector<StagedCost> costs;   // staged first
    CsvUsageBatch usage;
};

// A bounded queue between the two threads: push() waits while it is full, pop() while it is
// empty; finish() says nothing more comes, close() (the writer failed) makes push() refuse.
class BatchQueue
{
public:
    bool push(Batch &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || m_batches.size() < QueuedBatches; });
        if (m_closed)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    bool pop(Batch *batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || m_finished || !m_batches.empty(); });
        if (m_closed || m_batches.empty())
            return false;
        *batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }
    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_batches.clear();
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_finished = false;
    bool m_closed = false;
};

}   // namespace

const QString &CsvRowStager::dayText(QDate day)
{
    if (day != m_date) {
        m_date = day;
        m_day = isoDay(day);
    }
    return m_day;
}

QString CsvRowStager::shared(const QString &text)
{
    if (text.isEmpty())
        return QString();
    const auto it = m_shared.constFind(text);
    if (it != m_shared.constEnd())
        return *it;
    if (m_shared.size() >= MaxSharedTexts)   // a file of unique values: start over, memory stays flat
        m_shared.clear();
    m_shared.insert(text);
    return text;
}

StagedUsage CsvRowStager::usage(const CsvRow &row, qint64 line)
{
    StagedUsage staged;
    staged.day = dayText(row.day);
    staged.model = shared(row.model);
    staged.project = shared(row.project);
    staged.apiKeyId = shared(row.apiKeyId);
    staged.serviceTier = shared(row.serviceTier);
    staged.counts[0] = row.inputTokens;
    staged.counts[1] = row.cachedTokens;
    staged.counts[2] = row.cacheWriteTokens;
    staged.counts[3] = row.cacheWrite1hTokens;
    staged.counts[4] = row.outputTokens;
    staged.counts[5] = row.requests;
    if (row.cost)
        staged.cost = row.cost->nanos();
    staged.line = line;
    return staged;
}

StagedCost CsvRowStager::cost(const CsvRow &row, qint64 line)
{
    StagedCost staged;
    staged.day = dayText(row.day);
    // A cost line of a file that names models for people ("Claude Sonnet 4.5, web_search
    // (batch)"): the display name is replaced by the catalog's model id when the catalog knows it,
    // so bills and usage speak of the same model.
    staged.lineItem = row.lineItem;
    if (!row.displayModel.isEmpty()) {
        auto it = m_modelIds.constFind(row.displayModel);
        if (it == m_modelIds.constEnd())
            it = m_modelIds.insert(
                row.displayModel,
                m_context.catalog.modelIdForName(m_context.provider, row.displayModel).value_or(row.displayModel));
        staged.lineItem = *it + row.lineItem.mid(row.displayModel.size());
    }
    staged.project = row.project;
    staged.currency = row.currency;
    staged.amount = row.cost->nanos();
    staged.line = line;
    return staged;
}

QString readCsvRows(CsvReader &reader, const CsvRowContext &context, CsvImportResult &result, const CsvRowTaker &take)
{
    const CsvImportOptions &options = context.options;
    const auto bad = [&](qint64 line, const QString &reason) {
        ++result.badRowCount;
        if (result.badRows.size() < options.maxReportedBadRows)
            result.badRows.append({line, reason});
    };
    QStringList fields;
    for (;;) {
        const CsvReader::Status status = reader.next(&fields);
        if (status == CsvReader::Status::End)
            return QString();
        if (status == CsvReader::Status::ReadError)
            return QStringLiteral("cannot read the file: %1").arg(reader.errorString());
        if (status == CsvReader::Status::NotText)
            return QStringLiteral("this is not a CSV file (binary data on line %1)").arg(reader.recordLine());
        ++result.rows;
        const qint64 line = reader.recordLine();
        if (status == CsvReader::Status::BrokenQuote) {
            bad(line, QStringLiteral("broken quoting"));
            continue;
        }
        if (status == CsvReader::Status::TooLong) {
            bad(line, QStringLiteral("longer than 1 MiB (the limit for one line or field); skipped"));
            continue;
        }
        const CsvRow row = parseCsvRow(context.mapping, fields, context.columns, context.provider);
        if ((row.kind == CsvRow::Kind::Usage || row.kind == CsvRow::Kind::Cost) && row.day.isValid()) {
            result.firstDay = result.firstDay.isValid() ? std::min(result.firstDay, row.day) : row.day;
            result.lastDay = result.lastDay.isValid() ? std::max(result.lastDay, row.day) : row.day;
        }
        switch (row.kind) {
        case CsvRow::Kind::Bad:
            bad(line, row.reason);
            continue;
        case CsvRow::Kind::Skipped:
            ++result.skippedRows;
            continue;
        case CsvRow::Kind::Cost:
        case CsvRow::Kind::Usage:
            if (!take(row, line))
                return QString();
            break;
        }
        ++result.goodRows;
    }
}

CsvStreamOutcome streamCsvRows(CsvReader &reader, const CsvRowContext &context, CsvImportResult &result,
                               CsvStagedWriter &writer, const CsvCostStager &stageCost)
{
    BatchQueue queue;
    // The reading thread's own: what it sends, why it stopped. Read here only after join().
    CsvStreamOutcome reading;
    QString readingError;
    std::vector<StagedCost> costs;
    writer.setBatchSink([&](CsvUsageBatch &&usage) {
        return queue.push({std::exchange(costs, {}), std::move(usage)});
    });

    std::thread reading_thread([&] {
        CsvRowStager stager(context);
        // The day being read: its rows, written in key order once the next day starts.
        std::vector<StagedUsage> held;
        QDate heldDay;
        bool stopped = false;   // the writing thread refused a batch (it says why)
        const auto writeHeld = [&] {
            std::stable_sort(held.begin(), held.end(), [](const StagedUsage &a, const StagedUsage &b) {
                return std::tie(a.model, a.project, a.apiKeyId, a.serviceTier) <
                       std::tie(b.model, b.project, b.apiKeyId, b.serviceTier);
            });
            for (const StagedUsage &row : held) {
                if (!writer.addUsage(row, &readingError)) {
                    stopped = true;
                    return false;
                }
            }
            held.clear();
            return true;
        };
        const auto take = [&](const CsvRow &row, qint64 line) {
            if (row.kind == CsvRow::Kind::Cost) {
                costs.push_back(stager.cost(row, line));
                if (costs.size() >= CostBatchSize && !queue.push({std::exchange(costs, {}), {}}))
                    stopped = true;
                return !stopped;
            }
            if (!held.empty() && row.day != heldDay) {
                if (row.day < heldDay) {
                    reading.restart = true;   // a day again after a later one
                    return false;
                }
                if (!writeHeld())
                    return false;
            }
            if (held.size() >= size_t(MaxHeldDayRows)) {
                reading.restart = true;
                return false;
            }
            heldDay = row.day;
            held.push_back(stager.usage(row, line));
            return true;
        };
        readingError = readCsvRows(reader, context, result, take);
        if (readingError.isEmpty() && !reading.restart && !stopped) {
            if (!writeHeld() || !writer.finishGroups(&readingError) ||
                (!costs.empty() && !queue.push({std::exchange(costs, {}), {}})))
                stopped = true;
        }
        queue.finish();
    });

    // This thread: the database's. Stages and writes what the reading thread sends.
    QString writingError;
    Batch batch;
    while (queue.pop(&batch)) {
        bool ok = true;
        for (const StagedCost &cost : batch.costs) {
            if (!(ok = stageCost(cost, &writingError)))
                break;
        }
        if (ok && (!batch.usage.records.isEmpty() || !batch.usage.days.empty()))
            ok = writer.writeBatch(batch.usage, &writingError);
        if (!ok)
            queue.close();   // the reading thread stops at its next batch
    }
    reading_thread.join();
    writer.setBatchSink({});
    CsvStreamOutcome outcome;
    if (!writingError.isEmpty()) {
        outcome.error = writingError;
    } else if (reading.restart) {
        outcome.restart = true;
    } else if (!readingError.isEmpty()) {
        outcome.error = readingError;
    } else {
        outcome.ok = true;
    }
    return outcome;
}

}   // namespace tl
