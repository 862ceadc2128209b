// The write path's bookkeeping: the daily rollup (recomputed for every account-day a batch touched)
// always equals the raw table's aggregate, whatever a batch mixes (new, revised and identical rows);
// withdrawing keys in SQL removes exactly the absent ones; sums that no longer fit fail the batch.

#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <sqlite3.h>

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>

using namespace tl;
using tl::test::TestDatabase;

namespace {

// Rows of usage_daily that differ from the raw table's aggregate (both directions); 0 when exact.
qint64 rollupDifferences(const TestDatabase &db)
{
    const QString fresh =
        QStringLiteral("SELECT day, account_id, model, ") + QLatin1String(test::RawUsageSums) +
        QStringLiteral(", SUM(cost_nano IS NULL), COUNT(*) FROM usage GROUP BY day, account_id, model");
    const QString kept = QStringLiteral(
        "SELECT day, account_id, model, input_tokens, cached_input_tokens, cache_write_tokens, output_tokens, "
        "requests, cost_nano, unpriced_tokens, unpriced_rows, row_count FROM usage_daily");
    return db.rowsDiffering(fresh, kept);
}

// Rows of the other rollups that differ from the raw table's sums (both directions): the project/key
// groups per day and per month, the account-days, and the unpriced sums per model (usage_models
// keeps a model's row, at zero, when its last unpriced row goes).
qint64 otherRollupDifferences(const TestDatabase &db)
{
    const QString sums = QLatin1String(test::RawUsageSums);
    const QString groupColumns = QStringLiteral("input_tokens, cached_input_tokens, cache_write_tokens, "
                                                "output_tokens, requests, cost_nano, unpriced_tokens, row_count");
    return db.rowsDiffering(QStringLiteral("SELECT day, account_id, project, api_key_id, ") + sums +
                                QStringLiteral(", COUNT(*) FROM usage GROUP BY 1, 2, 3, 4"),
                            QStringLiteral("SELECT day, account_id, project, api_key_id, ") + groupColumns +
                                QStringLiteral(" FROM usage_group_days")) +
           db.rowsDiffering(QStringLiteral("SELECT substr(day, 1, 7), account_id, project, api_key_id, ") + sums +
                                QStringLiteral(", COUNT(*) FROM usage GROUP BY 1, 2, 3, 4"),
                            QStringLiteral("SELECT month, account_id, project, api_key_id, ") + groupColumns +
                                QStringLiteral(" FROM usage_group_months")) +
           db.rowsDiffering(QStringLiteral("SELECT day, account_id, ") + sums +
                                QStringLiteral(", SUM(cost_nano IS NULL), COUNT(*) FROM usage GROUP BY 1, 2"),
                            QStringLiteral("SELECT day, account_id, input_tokens, cached_input_tokens, "
                                           "cache_write_tokens, output_tokens, requests, cost_nano, unpriced_tokens, "
                                           "unpriced_rows, row_count FROM usage_account_daily")) +
           db.rowsDiffering(QStringLiteral("SELECT account_id, model, SUM(unpriced_tokens), SUM(unpriced_rows) FROM "
                                           "usage_daily GROUP BY 1, 2 HAVING SUM(unpriced_rows) <> 0"),
                            QStringLiteral("SELECT account_id, model, unpriced_tokens, unpriced_rows FROM usage_models "
                                           "WHERE unpriced_rows <> 0"));
}

UsageRecord row(qint64 account, int day, int model, int combo, QRandomGenerator &rng)
{
    UsageRecord r = test::usage(account, QDate(2026, 10, 1).addDays(day), QStringLiteral("model-%1").arg(model),
                                rng.bounded(1, 1'000'000), rng.bounded(0, 100'000),
                                model % 5 == 4 ? std::nullopt : std::optional<qint64>(rng.bounded(1, 5'000'000)));
    r.project = QStringLiteral("proj_%1").arg(combo % 3);
    r.apiKeyId = QStringLiteral("key_%1").arg(combo);
    r.cachedInputTokens = rng.bounded(0, 1000);
    r.cacheWrite1hTokens = rng.bounded(0, 100);
    r.requests = rng.bounded(1, 100);
    return r;
}

// Counts the runs of DetailRollups' read of a day's usage rows (its rollups recomputed from them).
int countReadBacks(unsigned, void *count, void *statement, void *)
{
    const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
    if (sql && std::strstr(sql, "FROM usage WHERE day = ?2 AND account_id = ?1 ORDER BY model"))
        ++*static_cast<int *>(count);
    return 0;
}

}   // namespace

class TestUsageWrites : public QObject
{
    Q_OBJECT

private slots:
    void rollupStaysExactWhateverABatchMixes()
    {
        TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        const qint64 b = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("B"));
        UsageRepository repo(db.connection());
        QRandomGenerator rng(15);
        QHash<QString, UsageRecord> stored;   // what the table must hold, by key
        const auto keyOf = [](const UsageRecord &r) {
            return QStringLiteral("%1|%2|%3|%4|%5")
                .arg(r.accountId)
                .arg(r.day.toString(Qt::ISODate), r.model, r.project, r.apiKeyId);
        };
        for (int round = 0; round < 40; ++round) {
            // New rows, revised and identical existing ones, a key repeated within the batch, in
            // runs that straddle the 64/32/.../1 chunks.
            QList<UsageRecord> batch;
            const int size = 1 + int(rng.bounded(300));
            for (int i = 0; i < size; ++i) {
                UsageRecord r =
                    row(rng.bounded(2) ? a : b, int(rng.bounded(6)), int(rng.bounded(7)), int(rng.bounded(12)), rng);
                if (const auto it = stored.constFind(keyOf(r)); it != stored.constEnd() && rng.bounded(3) == 0)
                    r = *it;   // identical
                batch.append(r);
            }
            qint64 created = 0;
            qint64 updated = 0;
            qint64 unchanged = 0;
            for (const UsageRecord &r : batch) {
                const auto it = stored.constFind(keyOf(r));
                const bool same = it != stored.constEnd() && it->inputTokens == r.inputTokens &&
                                  it->outputTokens == r.outputTokens && it->cachedInputTokens == r.cachedInputTokens &&
                                  it->cacheWrite1hTokens == r.cacheWrite1hTokens && it->requests == r.requests &&
                                  it->cost == r.cost;
                (it == stored.constEnd() ? created : same ? unchanged : updated) += 1;
                stored.insert(keyOf(r), r);
            }
            const UpsertResult result = repo.upsert(batch);
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.created, created);
            QCOMPARE(result.updated, updated);
            QCOMPARE(result.unchanged, unchanged);
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(stored.size()));
            QCOMPARE(rollupDifferences(db), qint64(0));
        }
    }

    // A re-sync that revises one value of one row rewrites exactly the rollup rows whose sums move
    // (DetailRollups compares the day's stored usage_daily and usage_group_days rows and leaves the
    // rest): each of the row's values in turn, its cost to unpriced and back; then a model and a
    // project/key group that leave the day. Every rollup stays equal to the raw rows' sums.
    void aRevisionRewritesTheRollupRowsItMoves()
    {
        TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        UsageRepository repo(db.connection());
        QRandomGenerator rng(21);
        QList<UsageRecord> day;   // 6 models x 4 project/key groups
        for (int model = 0; model < 6; ++model) {
            for (int combo = 0; combo < 4; ++combo)
                day.append(row(a, 0, model, combo, rng));
        }
        QVERIFY(repo.upsert(day).ok);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE writes (tbl TEXT NOT NULL)")));
        for (const char *table : {"usage_daily", "usage_group_days"}) {
            for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
                QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER count_%1_%2 AFTER %2 ON main.%1 BEGIN INSERT INTO "
                                              "writes VALUES ('%1'); END")
                                   .arg(QLatin1String(table), QLatin1String(event))));
            }
        }
        const auto writes = [&](const char *table) {
            return db.scalar(QStringLiteral("SELECT COUNT(*) FROM writes WHERE tbl = '%1'").arg(QLatin1String(table)));
        };
        UsageRecord &r = day[5];   // model 1 (priced), group 1
        QVERIFY(r.cost);
        const std::function<void()> changes[] = {
            [&] { r.inputTokens += 1; },
            [&] { r.cachedInputTokens += 1; },
            [&] { r.cacheWrite5mTokens += 1; },
            [&] { r.cacheWrite1hTokens += 1; },
            [&] { r.outputTokens += 1; },
            [&] { r.requests += 1; },
            [&] { r.cost = Money::fromNanos(r.cost->nanos() + 1); },
            [&] {
                r.cost.reset();
                r.costStatus = CostStatus::Unpriced;
            },
            [&] {
                r.cost = Money::fromNanos(7);
                r.costStatus = CostStatus::Estimated;
            },
            [&] { r.costStatus = CostStatus::Reported; },   // same sums: nothing to rewrite
        };
        for (size_t i = 0; i < std::size(changes); ++i) {
            changes[i]();
            QVERIFY(q.exec(QStringLiteral("DELETE FROM writes")));
            const UpsertResult result = repo.upsert(day);   // the whole day again, as a provider answers
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.updated, 1);
            const qint64 moved = i + 1 < std::size(changes) ? 1 : 0;
            QCOMPARE(writes("usage_daily"), moved);
            QCOMPARE(writes("usage_group_days"), moved);
            QCOMPARE(rollupDifferences(db), qint64(0));
            QCOMPARE(otherRollupDifferences(db), qint64(0));
        }
        // Model 2 leaves the day: its usage_daily row goes; so does group 3 when its rows go.
        QList<UsageRecord> gone;
        for (const UsageRecord &u : std::as_const(day)) {
            if (u.model == QStringLiteral("model-2") || u.apiKeyId == QStringLiteral("key_3"))
                gone.append(u);
        }
        QString error;
        QCOMPARE(repo.removeKeys(gone, &error), int(gone.size()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_daily")), qint64(5));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_group_days")), qint64(3));
        QCOMPARE(rollupDifferences(db), qint64(0));
        QCOMPARE(otherRollupDifferences(db), qint64(0));
    }

    void removeAbsentRemovesExactlyTheMissingKeys()
    {
        TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        const qint64 b = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("B"));
        UsageRepository repo(db.connection());
        QRandomGenerator rng(9);
        QList<UsageRecord> all;
        for (qint64 account : {a, b}) {
            for (int day = 0; day < 10; ++day) {
                for (int model = 0; model < 3; ++model) {
                    for (int combo = 0; combo < 4; ++combo)
                        all.append(row(account, day, model, combo, rng));
                }
            }
        }
        QVERIFY(repo.upsert(all).ok);
        UsageRecord agent = row(a, 3, 0, 9, rng);
        agent.source = QStringLiteral("agent");
        QVERIFY(repo.upsert({agent}).ok);
        // The answer for account A, days 2..7: every third key is no longer reported.
        QList<UsageRecord> kept;
        int expectedGone = 0;
        for (int i = 0; i < all.size(); ++i) {
            const UsageRecord &r = all[i];
            const int day = int(QDate(2026, 10, 1).daysTo(r.day));
            if (r.accountId != a || day < 2 || day > 7)
                continue;
            if (i % 3 == 0)
                ++expectedGone;
            else
                kept.append(r);
        }
        QString error;
        QCOMPARE(repo.removeMissing(a, QStringLiteral("api"), QDate(2026, 10, 3), QDate(2026, 10, 8), kept, &error),
                 expectedGone);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(all.size() + 1 - expectedGone));
        // Other accounts, other sources and days outside the window are untouched.
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE account_id = %1").arg(b)), qint64(120));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE source = 'agent'")), qint64(1));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE account_id = %1 AND day NOT BETWEEN "
                                          "'2026-10-03' AND '2026-10-08'")
                               .arg(a)),
                 qint64(48));
        for (const UsageRecord &r : kept) {
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE account_id = %1 AND day = '%2' AND "
                                              "model = '%3' AND api_key_id = '%4'")
                                   .arg(a)
                                   .arg(r.day.toString(Qt::ISODate), r.model, r.apiKeyId)),
                     qint64(1));
        }
        QCOMPARE(rollupDifferences(db), qint64(0));
        // The same answer again withdraws nothing; an empty answer empties the window.
        QCOMPARE(repo.removeMissing(a, QStringLiteral("api"), QDate(2026, 10, 3), QDate(2026, 10, 8), kept), 0);
        QCOMPARE(repo.removeMissing(a, QStringLiteral("api"), QDate(2026, 10, 3), QDate(2026, 10, 8), {}),
                 int(kept.size()));
        QCOMPARE(rollupDifferences(db), qint64(0));
    }

    void aFailedRemovalChangesNothing()
    {
        TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        UsageRepository repo(db.connection());
        QRandomGenerator rng(3);
        QList<UsageRecord> all;
        for (int day = 0; day < 4; ++day)
            all.append(row(a, day, day, 0, rng));
        QVERIFY(repo.upsert(all).ok);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER poison BEFORE DELETE ON usage_daily WHEN OLD.model = "
                                      "'model-2' BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        QString error;
        QCOMPARE(repo.removeMissing(a, QStringLiteral("api"), QDate(2026, 10, 1), QDate(2026, 10, 4), {}, &error), -1);
        QVERIFY2(error.contains(QStringLiteral("injected failure")), qPrintable(error));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(4));
        QCOMPARE(rollupDifferences(db), qint64(0));
    }

    // A deferred write (a sync's stage) sums the days it finds without usage from the records it
    // writes instead of reading them back (NewDaySums): only a day whose batch held a key twice, and
    // one a removal touched before the flush, are recomputed from their rows. Days span batches;
    // every rollup equals the raw rows' sums after.
    void newDaysAreSummedNotReadBack()
    {
        TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        const qint64 b = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("B"));
        QRandomGenerator rng(20);
        // Batches in day order: an account-day each, every third day's first account cut in two
        // (its second part continues a new day), the last ten days two account-days to a batch.
        QList<QList<UsageRecord>> batches;
        for (int day = 0; day < 40; ++day) {
            for (const qint64 account : {a, b}) {
                QList<UsageRecord> accountDay;
                for (int model = 0; model < 6; ++model) {
                    for (int combo = 0; combo < 5; ++combo)
                        accountDay.append(row(account, day, model, combo, rng));
                }
                if (day == 2 && account == a)
                    accountDay.insert(5, accountDay[1]);   // a key twice
                if (day == 3 && account == a) {            // the same, in the second part of a day cut in two
                    for (qsizetype k = 0; k < 11; ++k)
                        accountDay[k].project = QStringLiteral("only-here");   // named by the first part alone
                    accountDay.append(accountDay[0]);
                }
                if (day % 3 == 0 && account == a) {
                    batches.append(accountDay.mid(0, 11));
                    batches.append(accountDay.mid(11));
                } else if (day >= 30 && account == b) {
                    batches.last().append(accountDay);
                } else {
                    batches.append(accountDay);
                }
            }
        }
        int readBacks = 0;
        sqlite3 *handle = sql::nativeHandle(db.connection());
        QVERIFY(handle);
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, countReadBacks, &readBacks);
        {
            sql::Savepoint transaction(db.connection(), QStringLiteral("account_sync"));
            UsageRepository repo(db.connection());
            repo.setDeferRollups(true);
            for (const QList<UsageRecord> &batch : std::as_const(batches)) {
                const UpsertResult result = repo.upsert(batch);
                QVERIFY2(result.ok, qPrintable(result.error));
            }
            // Rows of the last day, still pending, withdrawn before the flush.
            QString error;
            QCOMPARE(repo.removeKeys(batches.last().mid(batches.last().size() - 3), &error), 3);
            QVERIFY2(repo.flushRollups(&error), qPrintable(error));
            QVERIFY(transaction.commit());
        }
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        // Days 2 and 3 of A (a key twice), and the last day of B twice (the removal, the flush).
        QCOMPARE(readBacks, 4);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(40 * 2 * 30 - 3));   // (twice: once)
        QCOMPARE(rollupDifferences(db), qint64(0));
        QCOMPARE(otherRollupDifferences(db), qint64(0));
        // The Usage page's filter choices name every project and key (a day summed, then read
        // back, records those of its summed part when it stops being summed).
        QCOMPARE(
            db.rowsDiffering(QStringLiteral("SELECT * FROM (SELECT 'project', project FROM usage WHERE project <> '' "
                                            "UNION SELECT 'api_key', api_key_id FROM usage WHERE api_key_id <> '')"),
                             QStringLiteral("SELECT kind, value FROM usage_dims")),
            qint64(0));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_dims WHERE value = 'only-here'")), qint64(1));
        // The Usage page's buckets and day bounds as a rebuild makes them.
        const QStringList pages = {QStringLiteral("usage_page_buckets"), QStringLiteral("usage_page_days")};
        const QStringList kept = db.tableRows(pages);
        QString error;
        QVERIFY2(UsageRepository(db.connection()).rebuildRollups(&error), qPrintable(error));
        QCOMPARE(kept, db.tableRows(pages));
    }

    // A re-sync (deferred, a window per transaction, in batches that cut days) revises a few rows
    // of each stored day: the rollups of a day whose records all matched stored rows are computed
    // from the rows StoredDay read and the revisions, not read back (issue 15). A day with a new
    // key, one with a key twice, and the day still pending when a batch ends are read back as
    // before. Every rollup equals the raw rows' sums, and the buckets a rebuild makes.
    void revisedDaysAreSummedFromTheStoredRows()
    {
        TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        const qint64 b = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("B"));
        QRandomGenerator rng(21);
        // 8 days, two accounts, 12 models of 5 rows (buckets of whole models: several a day).
        QList<QList<UsageRecord>> window(2);
        for (int day = 0; day < 8; ++day) {
            for (int account = 0; account < 2; ++account) {
                for (int model = 0; model < 12; ++model) {
                    for (int combo = 0; combo < 5; ++combo)
                        window[account].append(row(account == 0 ? a : b, day, model, combo, rng));
                }
            }
        }
        QVERIFY(UsageRepository(db.connection()).upsert(window[0] + window[1]).ok);
        // Revised: counts; a priced row unpriced and an unpriced one priced; a cost alone.
        for (QList<UsageRecord> &rows : window) {
            for (qsizetype i = 0; i < rows.size(); i += 7) {
                UsageRecord &r = rows[i];
                r.outputTokens += 3;
                if (i % 3 == 0) {
                    r.cost = r.cost ? std::nullopt : std::optional<Money>(Money::fromNanos(12345));
                    r.costStatus = r.cost ? CostStatus::Estimated : CostStatus::Unpriced;
                }
            }
            rows[1].cost =
                rows[1].cost ? std::optional<Money>(Money::fromNanos(rows[1].cost->nanos() + 1)) : std::nullopt;
        }
        window[0].insert(65, window[0][62]);   // day 1 of A: a key twice
        UsageRecord added = window[1][130];    // day 2 of B: a new key
        added.apiKeyId = QStringLiteral("new-key");
        window[1].insert(131, added);
        int readBacks = 0;
        sqlite3 *handle = sql::nativeHandle(db.connection());
        QVERIFY(handle);
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, countReadBacks, &readBacks);
        UpsertResult total;
        for (const QList<UsageRecord> &rows : std::as_const(window)) {
            // Batches: days 0-2; the first half of day 3; its second half and days 4-5; days 6-7.
            const auto firstOf = [&](int day) {
                return qsizetype(
                    std::find_if(rows.begin(), rows.end(),
                                 [&](const UsageRecord &r) { return r.day >= QDate(2026, 10, 1).addDays(day); }) -
                    rows.begin());
            };
            const qsizetype cuts[] = {0, firstOf(3), firstOf(3) + 30, firstOf(6), rows.size()};
            sql::Savepoint transaction(db.connection(), QStringLiteral("account_sync"));
            UsageRepository repo(db.connection());
            repo.setDeferRollups(true);
            for (size_t k = 0; k + 1 < std::size(cuts); ++k) {
                const UpsertResult result = repo.upsert(rows.mid(cuts[k], cuts[k + 1] - cuts[k]));
                QVERIFY2(result.ok, qPrintable(result.error));
                total.created += result.created;
                total.updated += result.updated;
            }
            QString error;
            QVERIFY2(repo.flushRollups(&error), qPrintable(error));
            QVERIFY(transaction.commit());
        }
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        QCOMPARE(total.created, qint64(1));
        QVERIFY(total.updated > 100);
        // Read back, per account: the last day of a batch (2, 5, 7), refreshed by the next call or
        // the flush (day 3, cut in two, is read whole by its second batch: summed); and A's day 1
        // (a key twice). B's day 2 (a new key) is one of them. Every day was read back before.
        QCOMPARE(readBacks, 2 * 3 + 1);
        QCOMPARE(rollupDifferences(db), qint64(0));
        QCOMPARE(otherRollupDifferences(db), qint64(0));
        const QStringList pages = {QStringLiteral("usage_page_buckets"), QStringLiteral("usage_page_days")};
        const QStringList kept = db.tableRows(pages);
        QString error;
        QVERIFY2(UsageRepository(db.connection()).rebuildRollups(&error), qPrintable(error));
        QCOMPARE(kept, db.tableRows(pages));
    }

    void aRollupSumPastTheLimitFailsTheBatch()
    {
        TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        UsageRepository repo(db.connection());
        const qint64 big = std::numeric_limits<qint64>::max() / 2 + 1;
        UsageRecord first = test::usage(a, QDate(2026, 10, 1), QStringLiteral("gpt-4o"), big, 0, std::nullopt);
        QVERIFY(repo.upsert({first}).ok);
        // A second key of the same model and day: each fits, their sum in the rollup does not.
        UsageRecord second = first;
        second.apiKeyId = QStringLiteral("other");
        const UpsertResult result = repo.upsert({second});
        QVERIFY(!result.ok);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(1));
        QCOMPARE(rollupDifferences(db), qint64(0));
        // Within one batch, the sum is checked before anything is added.
        TestDatabase other(QStringLiteral("other"));
        const qint64 b = other.addAccount(QStringLiteral("openai"), QStringLiteral("B"));
        first.accountId = second.accountId = b;
        QVERIFY(!UsageRepository(other.connection()).upsert({first, second}).ok);
        QCOMPARE(other.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestUsageWrites)
#include "tst_usagewrites.moc"
