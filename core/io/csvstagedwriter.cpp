#include "csvstagedwriter.h"

#include "common/dates.h"
#include "common/overflow.h"
#include "storage/costrepository.h"
#include "storage/importrepository.h"
#include "storage/sqlitestatement.h"
#include "storage/usagerepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace tl {

namespace {

constexpr int BatchSize = 4096;
constexpr int MaxNamedLines = 10;
constexpr int MaxNamedOverflows = 5;
const char *const CountNames[] = {"input tokens",  "cached tokens", "cache-write tokens", "1-hour cache-write tokens",
                                  "output tokens", "requests"};

QString maxUsd()
{
    return Money::fromNanos(std::numeric_limits<qint64>::max()).toExactString();
}

// a += b, false (a unchanged) when the sum does not fit in 64 bits.
bool addChecked(qint64 &a, qint64 b)
{
    qint64 sum = 0;
    if (addOverflows(a, b, &sum))
        return false;
    a = sum;
    return true;
}

}   // namespace

void CsvLines::add(qint64 line)
{
    if (m_first.size() < MaxNamedLines)
        m_first.append(line);
    ++m_count;
}

QString CsvLines::text() const
{
    QStringList numbers;
    for (qint64 line : m_first)
        numbers << QString::number(line);
    if (m_count > m_first.size())
        return QStringLiteral("lines %1 and %2 more")
            .arg(numbers.join(QStringLiteral(", ")))
            .arg(m_count - m_first.size());
    if (numbers.size() == 1)
        return QStringLiteral("line ") + numbers.first();
    const QString last = numbers.takeLast();
    return QStringLiteral("lines %1 and %2").arg(numbers.join(QStringLiteral(", ")), last);
}

void CsvStagedWriter::overflow(const CsvLines &lines, const QString &where, const QString &what)
{
    ++m_overflows;
    if (m_overflowTexts.size() < MaxNamedOverflows)
        m_overflowTexts << QStringLiteral("%1 (%2): %3").arg(lines.text(), where, what);
}

QString CsvStagedWriter::overflowError() const
{
    QString text = m_overflowTexts.join(QStringLiteral("; "));
    if (m_overflows > m_overflowTexts.size())
        text += QStringLiteral("; and %1 more").arg(m_overflows - m_overflowTexts.size());
    return QStringLiteral("some amounts are too large to add up: %1; nothing was imported").arg(text);
}

bool CsvStagedWriter::writeUsage(QString *error)
{
    // Read through the SQLite API: QtSql would turn every column of every row into a QVariant.
    sql::SqliteStatement q;
    if (!q.prepare(sql::nativeHandle(m_staging),
                   "SELECT input, cached, cache_write, cache_write_1h, output, requests, cost, line, day, model, "
                   "project, api_key_id, service_tier FROM temp.import_usage "
                   "ORDER BY day, model, project, api_key_id, service_tier, line",
                   error))
        return false;
    StagedUsage row;
    while (q.step()) {
        for (int i = 0; i < Counts; ++i)
            row.counts[i] = q.int64(i);
        row.cost = q.isNull(6) ? std::nullopt : std::optional<qint64>(q.int64(6));
        row.line = q.int64(7);
        row.day = q.text(8);
        row.model = q.text(9);
        row.project = q.text(10);
        row.apiKeyId = q.text(11);
        row.serviceTier = q.text(12);
        if (!addUsage(row, error))
            return false;
    }
    if (!q.ok()) {   // a failed step ends the loop like the last row does
        *error = q.error();
        return false;
    }
    return finishUsage(error);
}

bool CsvStagedWriter::addUsage(const StagedUsage &row, QString *error)
{
    const bool newDay = !m_day || m_day->day != row.day || m_day->model != row.model;
    const bool newKey = newDay || m_key->record.project != row.project || m_key->record.apiKeyId != row.apiKeyId ||
                        m_key->record.serviceTier != row.serviceTier;
    if (newKey && !closeKey(error))
        return false;
    if (newDay) {
        closeDay();
        m_day = DayGroup();   // (not emplace(): clang 14 cannot see the nested struct default-constructible)
        m_day->day = row.day;
        m_day->model = row.model;
    }
    if (newKey) {
        m_key = KeyGroup();
        m_key->day = row.day;
        UsageRecord &r = m_key->record;
        r.accountId = m_options.accountId;
        if (!m_parsedDay || *m_parsedDay != row.day) {   // rows come day by day: parse each day once
            m_parsedDay = row.day;
            m_parsedDate = parseIsoDay(row.day).value_or(QDate());
        }
        r.day = m_parsedDate;
        r.model = row.model;
        r.project = row.project;
        r.apiKeyId = row.apiKeyId;
        r.serviceTier = row.serviceTier;
        r.source = QStringLiteral("csv");
    }
    addRow(row);
    return true;
}

bool CsvStagedWriter::finishUsage(QString *error)
{
    return finishGroups(error) && flushRollups(error);
}

bool CsvStagedWriter::finishGroups(QString *error)
{
    if (!closeKey(error))
        return false;
    closeDay();
    if (m_dayRollup)
        m_daysDone.push_back(*std::exchange(m_dayRollup, std::nullopt));
    return flushUsage(error);
}

bool CsvStagedWriter::flushRollups(QString *error)
{
    if (overflowed())
        return true;
    if (!m_newDaysPending.empty()) {   // cannot happen: every day's rollup follows its records
        *error =
            QStringLiteral("the daily totals of %1 were not written").arg(isoDay(m_newDaysPending.begin()->second));
        return false;
    }
    return m_repository.flushRollups(error) && m_newDays.flush(error);
}

void CsvStagedWriter::addRow(const StagedUsage &row)
{
    KeyGroup &key = *m_key;
    DayGroup &day = *m_day;
    key.lines.add(row.line);
    day.lines.add(row.line);
    for (int i = 0; i < Counts; ++i) {
        const qint64 value = row.counts[i];
        // The day's sums hold the key's (counts are never negative): checking those is enough.
        if (!addChecked(day.counts[i], value) && day.overflow.isEmpty())
            day.overflow = QStringLiteral("%1 add up to more than %2")
                               .arg(QLatin1String(CountNames[i]))
                               .arg(std::numeric_limits<qint64>::max());
        if (i < 5 && !addChecked(day.tokens, value) && day.overflow.isEmpty())
            day.overflow =
                QStringLiteral("all their tokens add up to more than %1").arg(std::numeric_limits<qint64>::max());
        addChecked(key.counts[i], value);
    }
    if (!row.cost)
        key.allCosted = false;
    else if (!addChecked(key.cost, *row.cost))
        key.costFits = false;
}

bool CsvStagedWriter::closeKey(QString *error)
{
    if (!m_key)
        return true;
    KeyGroup &key = *m_key;
    UsageRecord &r = key.record;
    r.inputTokens = key.counts[0];
    r.cachedInputTokens = key.counts[1];
    r.cacheWrite5mTokens = key.counts[2];
    r.cacheWrite1hTokens = key.counts[3];
    r.outputTokens = key.counts[4];
    r.requests = key.counts[5];
    QString problem;
    if (key.allCosted) {   // every row of this key carried a cost: the file's own figure
        if (key.costFits) {
            r.cost = Money::fromNanos(key.cost);
            r.costStatus = CostStatus::Reported;
        } else {
            problem = QStringLiteral("their costs add up to more than $%1").arg(maxUsd());
        }
    } else {
        // Estimated from the catalog, or unpriced (why is not needed here: not spelled out per row).
        const CostResult priced = m_calculator.price(m_provider, r, CostCalculator::Reason::OnlyOverflow);
        if (priced.overflow) {
            problem = QStringLiteral("the estimated cost is more than $%1").arg(maxUsd());
        } else {
            r.cost = priced.cost;
            r.costStatus = priced.status;
        }
    }
    if (!problem.isEmpty())
        overflow(key.lines, isoDay(r.day) + QStringLiteral(", ") + r.model, problem);
    else if (r.cost && !addChecked(m_day->cost, r.cost->nanos()) && m_day->overflow.isEmpty())
        m_day->overflow = QStringLiteral("their costs add up to more than $%1").arg(maxUsd());
    const bool keep = problem.isEmpty() && !overflowed() && !m_options.dryRun;
    if (keep && m_sumDays) {   // the day's rollups, in case the ledger holds nothing of it yet
        if (m_dayRollup && m_dayRollup->day() != r.day)
            m_daysDone.push_back(*std::exchange(m_dayRollup, std::nullopt));
        if (!m_dayRollup)
            m_dayRollup.emplace(r.accountId, r.day);
        m_texts.add(r);
        m_dayRollup->add(r, m_texts, m_texts.size() - 1);
    }
    if (keep)
        m_usage.append(std::move(r));
    m_key.reset();
    return !keep || m_usage.size() < BatchSize || flushUsage(error);
}

void CsvStagedWriter::closeDay()
{
    if (m_day && !m_day->overflow.isEmpty())
        overflow(m_day->lines, m_day->day + QStringLiteral(", ") + m_day->model, m_day->overflow);
    m_day.reset();
}

bool CsvStagedWriter::flushUsage(QString *error)
{
    if ((m_usage.isEmpty() && m_daysDone.empty()) || overflowed())
        return true;
    CsvUsageBatch batch{std::exchange(m_usage, {}), std::exchange(m_texts, {}), std::exchange(m_daysDone, {})};
    if (m_sink)
        return m_sink(std::move(batch));
    return writeBatch(batch, error);
}

bool CsvStagedWriter::writeBatch(const CsvUsageBatch &batch, QString *error)
{
    const QList<UsageRecord> &records = batch.records;
    // The journal reads what each key held before the upsert overwrites it (import history, undo).
    if (m_journal && !m_journal->recordUsage(records, error))
        return false;
    // Account-day by account-day: the first records of a day say whether the ledger held any usage
    // of it (inside this import's transaction). Nothing: the records are inserted as they are and
    // the day's rollups come from the sums (NewDayRollup). Some: the upsert path.
    QList<UsageRecord> upserted;
    bool allUpserted = true;
    for (qsizetype start = 0, end = 0; start < records.size(); start = end) {
        const UsageRecord &first = records[start];
        for (end = start + 1;
             end < records.size() && records[end].accountId == first.accountId && records[end].day == first.day;)
            ++end;
        const std::pair<qint64, QDate> accountDay{first.accountId, first.day};
        if (m_writingDay != accountDay) {
            // (Rows come day by day, so a day that was left never comes back.)
            if (m_writingDay && accountDay < *m_writingDay) {
                *error = QStringLiteral("the rows of %1 came after a later day").arg(isoDay(first.day));
                return false;
            }
            m_writingDay = accountDay;
            bool empty = false;
            if (m_sumDays && !m_newDays.dayIsEmpty(first.accountId, isoDay(first.day), &empty, error))
                return false;
            m_writingNewDay = m_sumDays && empty;
            if (m_writingNewDay)
                m_newDaysPending.insert(accountDay);
        }
        if (m_writingNewDay) {
            if (!m_newDays.insert(records, batch.texts, start, end, isoDay(first.day), error))
                return false;
            m_result.usageCreated += end - start;
            if (allUpserted)
                upserted = records.mid(0, start);
            allUpserted = false;
        } else if (!allUpserted) {
            upserted.append(records.mid(start, end - start));
        }
    }
    const QList<UsageRecord> &upsert = allUpserted ? records : upserted;
    if (!upsert.isEmpty()) {
        const UpsertResult r = m_repository.upsert(upsert);
        if (!r.ok) {
            *error = r.error;
            return false;
        }
        m_result.usageCreated += r.created;
        m_result.usageUpdated += r.updated;
        m_result.usageUnchanged += r.unchanged;
    }
    // The days that ended with (or before) these records: the new ones' rollups.
    for (const NewDayRollup &day : batch.days) {
        if (m_newDaysPending.erase({day.accountId(), day.day()}) > 0 && !m_newDays.writeRollups(day, error))
            return false;
    }
    return true;
}

bool CsvStagedWriter::writeCosts(QString *error)
{
    QSqlQuery q(m_staging);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT day, line_item, project, currency, amount, line FROM temp.import_costs "
                               "ORDER BY day, line_item, project, currency, line"))) {
        *error = q.lastError().text();
        return false;
    }
    std::optional<CostRecord> cost;
    QString costDay;
    qint64 amount = 0;
    bool fits = true;
    CsvLines lines;
    const auto close = [&]() -> bool {
        if (!cost)
            return true;
        if (!fits) {
            overflow(lines, costDay + QStringLiteral(", ") + cost->lineItem,
                     QStringLiteral("the amounts add up to more than %1 %2").arg(maxUsd(), cost->currency));
            return true;
        }
        cost->amount = Money::fromNanos(amount);
        if (overflowed() || m_options.dryRun)
            return true;
        m_costs.append(*cost);
        return m_costs.size() < BatchSize || flushCosts(error);
    };
    while (q.next()) {
        const QString day = q.value(0).toString();
        if (!cost || costDay != day || cost->lineItem != q.value(1).toString() ||
            cost->project != q.value(2).toString() || cost->currency != q.value(3).toString()) {
            if (!close())
                return false;
            cost.emplace();
            costDay = day;
            cost->accountId = m_options.accountId;
            cost->day = parseIsoDay(day).value_or(QDate());
            cost->lineItem = q.value(1).toString();
            cost->project = q.value(2).toString();
            cost->currency = q.value(3).toString();
            cost->source = QStringLiteral("csv");
            amount = 0;
            fits = true;
            lines = CsvLines();
        }
        lines.add(q.value(5).toLongLong());
        fits = fits && addChecked(amount, q.value(4).toLongLong());   // credits are negative: both ways
    }
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return false;
    }
    return close() && flushCosts(error);
}

bool CsvStagedWriter::flushCosts(QString *error)
{
    if (m_costs.isEmpty() || overflowed())
        return true;
    if (m_journal && !m_journal->recordCosts(m_costs, error))
        return false;
    const UpsertResult r = CostRepository(m_db).upsert(m_costs);
    m_costs.clear();
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    m_result.costsCreated += r.created;
    m_result.costsUpdated += r.updated;
    m_result.costsUnchanged += r.unchanged;
    return true;
}

}   // namespace tl
