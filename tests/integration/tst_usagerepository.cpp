#include "analytics/usagetable.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"
#include "storage/storedday.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace tl;
using tl::test::TestDatabase;

namespace {

// A deterministic batch over several days, models, projects and keys.
QList<UsageRecord> makeBatch(qint64 accountId, int count, quint32 seed = 7)
{
    QRandomGenerator rng(seed);
    const QStringList models = {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("o3"),
                                QStringLiteral("unknown-model")};
    QList<UsageRecord> batch;
    for (int i = 0; i < count; ++i) {
        const QString model = models[i % models.size()];
        UsageRecord r = test::usage(
            accountId, QDate(2026, 10, 1).addDays(i % 20), model, rng.bounded(1, 1'000'000), rng.bounded(0, 100'000),
            model == u"unknown-model" ? std::nullopt : std::optional<qint64>(rng.bounded(1, 5'000'000)));
        r.project = QStringLiteral("proj_%1").arg(i % 3);
        r.apiKeyId = QStringLiteral("key_%1").arg((i / 4) % 5);
        r.serviceTier = (i % 7 == 0) ? QStringLiteral("batch") : QString();
        r.cachedInputTokens = rng.bounded(0, 1000);
        r.cacheWrite5mTokens = rng.bounded(0, 100);
        r.requests = rng.bounded(1, 100);
        batch.append(r);
    }
    // Natural keys must be unique within the batch for counts to be meaningful.
    QSet<QString> seen;
    QList<UsageRecord> unique;
    for (const UsageRecord &r : batch) {
        const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                                .arg(r.day.toString(Qt::ISODate), r.model, r.project, r.apiKeyId, r.serviceTier);
        if (!seen.contains(key)) {
            seen.insert(key);
            unique.append(r);
        }
    }
    return unique;
}

struct Snapshot
{
    qint64 rows = 0;
    qint64 tokens = 0;
    qint64 cost = 0;
    qint64 rollupRows = 0;
    qint64 rollupCost = 0;
    qint64 rollupTokens = 0;
    qint64 unpriced = 0;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(const TestDatabase &db)
{
    Snapshot s;
    s.rows = db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage"));
    s.tokens =
        db.scalar(QStringLiteral("SELECT COALESCE(SUM(input_tokens + cached_input_tokens + "
                                 "cache_write_5m_tokens + cache_write_1h_tokens + output_tokens), 0) FROM usage"));
    s.cost = db.scalar(QStringLiteral("SELECT COALESCE(SUM(cost_nano), 0) FROM usage"));
    s.rollupRows = db.scalar(QStringLiteral("SELECT COALESCE(SUM(row_count), 0) FROM usage_daily"));
    s.rollupCost = db.scalar(QStringLiteral("SELECT COALESCE(SUM(cost_nano), 0) FROM usage_daily"));
    s.rollupTokens = db.scalar(QStringLiteral("SELECT COALESCE(SUM(input_tokens + cached_input_tokens + "
                                              "cache_write_tokens + output_tokens), 0) FROM usage_daily"));
    s.unpriced = db.scalar(QStringLiteral("SELECT COALESCE(SUM(unpriced_tokens), 0) FROM usage_daily"));
    return s;
}

char *toString(const Snapshot &s)
{
    return qstrdup(QStringLiteral("rows=%1 tokens=%2 cost=%3 rollupRows=%4 rollupCost=%5 rollupTokens=%6 unpriced=%7")
                       .arg(s.rows)
                       .arg(s.tokens)
                       .arg(s.cost)
                       .arg(s.rollupRows)
                       .arg(s.rollupCost)
                       .arg(s.rollupTokens)
                       .arg(s.unpriced)
                       .toUtf8()
                       .constData());
}

}   // namespace

class TestUsageRepository : public QObject
{
    Q_OBJECT

private slots:
    void countsCreatedUpdatedUnchanged()
    {
        TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        UsageRepository repo(db.connection());
        QList<UsageRecord> batch = makeBatch(account, 50);
        const int n = int(batch.size());

        UpsertResult r = repo.upsert(batch);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.created, n);
        QCOMPARE(r.updated, 0);
        QCOMPARE(r.unchanged, 0);

        batch[0].outputTokens += 1;
        batch[1].cost = Money::fromNanos(batch[1].cost ? batch[1].cost->nanos() + 1 : 1);
        batch[1].costStatus = CostStatus::Estimated;
        UsageRecord extra = batch[2];
        extra.source = QStringLiteral("csv");   // same day and model from another source is another row
        batch.append(extra);

        r = repo.upsert(batch);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.created, 1);
        QCOMPARE(r.updated, 2);
        QCOMPARE(r.unchanged, n - 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(n + 1));
    }

    void chunkedWritesCountLikeOneRecordAtATime()
    {
        // Batches of every size cross the chunk ladder (64, 32, ..., 1); mixed new, revised,
        // unchanged and duplicate keys must count as if written one record at a time.
        TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        UsageRepository repo(db.connection());
        QMap<QString, qint64> stored;   // key -> output tokens, the sequential model
        const auto keyOf = [](const UsageRecord &r) -> QString { return r.day.toString(Qt::ISODate) + r.model; };
        QRandomGenerator rng(99);
        for (int round = 0; round < 12; ++round) {
            const int size = int(rng.bounded(1, 200));
            QList<UsageRecord> batch;
            int created = 0, updated = 0, unchanged = 0;
            QMap<QString, qint64> model = stored;
            for (int i = 0; i < size; ++i) {
                const QString name = QStringLiteral("m%1").arg(rng.bounded(0, 120));   // collisions on purpose
                UsageRecord r = test::usage(account, QDate(2026, 5, 1), name, 10, rng.bounded(0, 3), 7);
                batch.append(r);
                const QString key = keyOf(r);
                if (!model.contains(key))
                    ++created;
                else if (model[key] != r.outputTokens)
                    ++updated;
                else
                    ++unchanged;
                model[key] = r.outputTokens;
            }
            const UpsertResult result = repo.upsert(batch);
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.created, created);
            QCOMPARE(result.updated, updated);
            QCOMPARE(result.unchanged, unchanged);
            stored = model;
            qint64 expectedOutput = 0;
            for (qint64 v : std::as_const(stored))
                expectedOutput += v;
            QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(output_tokens) FROM usage")), expectedOutput);
            QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(output_tokens) FROM usage_daily")), expectedOutput);
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(stored.size()));
        }
    }

    void sameBatchHundredTimesIsIdempotent()
    {
        TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("Team"));
        UsageRepository repo(db.connection());
        const QList<UsageRecord> batch = makeBatch(account, 400);
        QVERIFY(repo.upsert(batch).ok);
        const Snapshot first = snapshot(db);
        QVERIFY(first.rows > 0);
        QVERIFY(first.cost > 0);
        QVERIFY(first.unpriced > 0);
        for (int i = 0; i < 100; ++i) {
            const UpsertResult r = repo.upsert(batch);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.unchanged, int(batch.size()));
            QCOMPARE(r.created + r.updated, 0);
        }
        QCOMPARE(snapshot(db), first);
    }

    void rollupMatchesRawAggregates()
    {
        TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        const qint64 b = db.addAccount(QStringLiteral("openrouter"), QStringLiteral("B"));
        UsageRepository repo(db.connection());
        QVERIFY(repo.upsert(makeBatch(a, 300, 1)).ok);
        QVERIFY(repo.upsert(makeBatch(b, 300, 2)).ok);
        QVERIFY(repo.upsert(makeBatch(a, 300, 3)).ok);   // updates most of A's rows
        const Snapshot s = snapshot(db);
        QCOMPARE(s.rollupRows, s.rows);
        QCOMPARE(s.rollupCost, s.cost);
        QCOMPARE(s.rollupTokens, s.tokens);
        const qint64 perGroupMismatch = db.scalar(QStringLiteral(
            "SELECT COUNT(*) FROM (SELECT day, account_id, model, SUM(COALESCE(cost_nano, 0)) c, COUNT(*) n "
            "FROM usage GROUP BY 1, 2, 3) u LEFT JOIN usage_daily d USING (day, account_id, model) "
            "WHERE d.cost_nano IS NOT u.c OR d.row_count IS NOT u.n"));
        QCOMPARE(perGroupMismatch, qint64(0));
        QVERIFY(repo.rebuildRollups());
        QCOMPARE(snapshot(db), s);
    }

    // A re-sync as a sync writes it (day order, several batches, one transaction, rollups
    // deferred): records identical to the stored rows are left out of the upsert (StoredDay), a day
    // split across batches, a day that comes back later in a batch with a revision of a key it
    // first sent unchanged — counts, stored values and rollups as if each record were upserted in
    // turn.
    void resyncLeavesIdenticalRowsOutAndCountsExactly()
    {
        TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        QList<UsageRecord> rows;   // 3 days of 10 rows, in day and key order
        for (int d = 0; d < 3; ++d) {
            for (int m = 0; m < 10; ++m)
                rows.append(test::usage(a, QDate(2026, 10, 1).addDays(d), QStringLiteral("model-%1").arg(m), 100 + m,
                                        10 + d, m == 9 ? std::nullopt : std::optional<qint64>(1000 * m + d)));
        }
        const auto sync = [&](const QList<QList<UsageRecord>> &batches) {
            UpsertResult total;
            sql::Savepoint transaction(db.connection(), QStringLiteral("account_sync"));
            UsageRepository repo(db.connection());
            repo.setDeferRollups(true);
            for (const QList<UsageRecord> &batch : batches) {
                const UpsertResult r = repo.upsert(batch);
                if (!r.ok)
                    return UpsertResult::failure(r.error);
                total.created += r.created;
                total.updated += r.updated;
                total.unchanged += r.unchanged;
            }
            QString error;
            if (!repo.flushRollups(&error) || !transaction.commit())
                return UpsertResult::failure(error.isEmpty() ? transaction.error() : error);
            return total;
        };
        UpsertResult r = sync({rows.mid(0, 15), rows.mid(15)});   // the second day split
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.created, 30);

        QList<UsageRecord> again = rows;
        again[3].outputTokens += 1;                                       // day 1
        again[17].cost = Money::fromNanos(again[17].cost->nanos() + 1);   // day 2, second half
        again[29].cost = Money::fromNanos(5);                             // day 3: priced now
        again[29].costStatus = CostStatus::Estimated;
        UsageRecord later = rows[5];   // day 1 again after day 3: first sent as stored, then revised
        later.inputTokens += 7;
        again.append(later);
        r = sync({again.mid(0, 12), again.mid(12)});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.created, 0);
        QCOMPARE(r.updated, 4);
        QCOMPARE(r.unchanged, 27);
        QCOMPARE(db.scalar(QStringLiteral("SELECT output_tokens FROM usage WHERE day = '2026-10-01' AND model = "
                                          "'model-3'")),
                 again[3].outputTokens);
        QCOMPARE(db.scalar(QStringLiteral("SELECT input_tokens FROM usage WHERE day = '2026-10-01' AND model = "
                                          "'model-5'")),
                 later.inputTokens);
        QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(cost_nano) FROM usage")),
                 db.scalar(QStringLiteral("SELECT SUM(cost_nano) FROM usage_daily")));
        QCOMPARE(db.rowsDiffering(
                     QStringLiteral("SELECT day, account_id, model, SUM(input_tokens), SUM(output_tokens), "
                                    "COALESCE(SUM(cost_nano), 0), SUM(cost_nano IS NULL), COUNT(*) FROM usage GROUP BY "
                                    "day, account_id, model"),
                     QStringLiteral("SELECT day, account_id, model, input_tokens, output_tokens, cost_nano, "
                                    "unpriced_rows, row_count FROM usage_daily")),
                 qint64(0));
        // The same answer again: only the repeated key moves (back, then forth again).
        r = sync({again});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.updated, 2);
        QCOMPARE(r.unchanged, 29);
    }

    // A re-sync finds stored rows by their key's UTF-8 bytes: names that are not ASCII — at their
    // start, end or middle, in any of the key's five parts — match as ASCII ones do.
    void resyncMatchesKeysThatAreNotAscii()
    {
        TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        const QDate day(2026, 10, 1);
        QList<UsageRecord> rows;
        const QStringList names = {QStringLiteral("gpt-4o"),
                                   QStringLiteral("mod\u00e8le"),
                                   QStringLiteral("\u00e9-first"),
                                   QStringLiteral("last-\u00e9"),
                                   QStringLiteral("\u041f\u0440\u043e\u0435\u043a\u0442"),
                                   QStringLiteral("\ud0a4-\U0001F600")};
        for (const QString &name : names) {
            UsageRecord r = test::usage(a, day, name, 100, 10, 1000);
            rows.append(r);
            r.model = QStringLiteral("gpt-4o");
            r.project = name;
            r.apiKeyId = name + QStringLiteral("-key");
            r.serviceTier = name;
            rows.append(r);
        }
        UsageRepository repo(db.connection());
        UpsertResult r = repo.upsert(rows);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.created, int(rows.size()));
        r = repo.upsert(rows);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.unchanged, int(rows.size()));
        QCOMPARE(r.updated, 0);
        QList<UsageRecord> again = rows;
        again[5].outputTokens += 1;    // project, key and tier "\u00e9-first"
        again[11].outputTokens += 1;   // project, key and tier of a Hangul and an emoji
        r = repo.upsert(again);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.created, 0);
        QCOMPARE(r.updated, 2);
        QCOMPARE(r.unchanged, int(rows.size()) - 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(rows.size()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(output_tokens) FROM usage")), qint64(10 * rows.size() + 2));

        // The shortcut itself (a key it did not find would still be counted right, by the upsert):
        // every record is found stored by its key, the revised ones as revised.
        StoredDay stored;
        QString error;
        QVERIFY2(stored.load(sql::nativeHandle(db.connection()), a, QStringLiteral("2026-10-01"), 4096, &error),
                 qPrintable(error));
        again[5].outputTokens += 1;
        for (qsizetype i = 0; i < again.size(); ++i)
            QCOMPARE(stored.match(again[i], i), i == 5 ? StoredDay::Match::Revised : StoredDay::Match::Unchanged);
    }

    void failureHalfWayLeavesTableAsItWas()
    {
        TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        UsageRepository repo(db.connection());
        QList<UsageRecord> batch = makeBatch(account, 200);
        QVERIFY(repo.upsert(batch).ok);
        const Snapshot before = snapshot(db);

        // Change every row, add new ones, and put a poisoned record in the middle that the
        // database itself rejects (an injected fault, not a pre-validation).
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER poison BEFORE INSERT ON usage WHEN NEW.model = 'poison' "
                                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        for (UsageRecord &r : batch)
            r.outputTokens += 10;
        batch.insert(batch.size() / 2, test::usage(account, QDate(2026, 10, 5), QStringLiteral("poison"), 1, 1, 1));
        batch.append(test::usage(account, QDate(2026, 11, 1), QStringLiteral("gpt-4o"), 5, 5, 5));

        const UpsertResult r = repo.upsert(batch);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("injected failure")));
        QCOMPARE(r.created + r.updated + r.unchanged, 0);
        QCOMPARE(snapshot(db), before);
    }

    void joinsTheCallersTransaction()
    {
        TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        UsageRepository repo(db.connection());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(repo.upsert(makeBatch(account, 30)).ok);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(0));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_daily")), qint64(0));
    }

    // Inside a caller's transaction the upsert has no savepoint of its own: a failure may leave
    // part of the batch, and the caller's rollback (every caller's) takes all of it back.
    void failureInsideTheCallersTransactionIsRolledBackWithIt()
    {
        TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        UsageRepository repo(db.connection());
        QList<UsageRecord> batch = makeBatch(account, 200);
        QVERIFY(repo.upsert(batch).ok);
        const Snapshot before = snapshot(db);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER poison BEFORE INSERT ON usage WHEN NEW.model = 'poison' "
                                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        for (UsageRecord &r : batch)
            r.outputTokens += 10;
        batch.insert(batch.size() - 1, test::usage(account, QDate(2026, 10, 5), QStringLiteral("poison"), 1, 1, 1));
        {
            sql::Savepoint transaction(db.connection(), QStringLiteral("account_sync"));
            repo.setDeferRollups(true);
            QVERIFY(!repo.upsert(batch).ok);
        }   // rolled back
        QCOMPARE(snapshot(db), before);
    }

    void costOverflowFailsLoudly()
    {
        TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        UsageRepository repo(db.connection());
        const qint64 big = std::numeric_limits<qint64>::max() / 2 + 10;
        UsageRecord a = test::usage(account, QDate(2026, 1, 1), QStringLiteral("m"), 1, 1, big);
        UsageRecord b = a;
        b.project = QStringLiteral("other");
        const UpsertResult r = repo.upsert({a, b});
        QVERIFY(!r.ok);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(0));
    }

    void rejectsInvalidRecords()
    {
        TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        UsageRepository repo(db.connection());
        UsageRecord negative = test::usage(account, QDate(2026, 1, 1), QStringLiteral("m"), -5, 1, 1);
        QVERIFY(!repo.upsert({negative}).ok);
        UsageRecord noDay = test::usage(account, QDate(), QStringLiteral("m"), 5, 1, 1);
        QVERIFY(!repo.upsert({noDay}).ok);
        UsageRecord zeroUnpriced = test::usage(account, QDate(2026, 1, 1), QStringLiteral("m"), 5, 1, std::nullopt);
        zeroUnpriced.cost = Money();   // "unpriced" must never carry a $0 cost
        QVERIFY(!repo.upsert({zeroUnpriced}).ok);
        UsageRecord noAccount = test::usage(9999, QDate(2026, 1, 1), QStringLiteral("m"), 5, 1, 1);
        QVERIFY(!repo.upsert({noAccount}).ok);   // foreign key
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(0));
    }

    void deletingAnAccountRemovesItsRollups()
    {
        TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        UsageRepository repo(db.connection());
        QVERIFY(repo.upsert(makeBatch(account, 20)).ok);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM accounts")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(0));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_daily")), qint64(0));
    }

    // usage_account_daily (schema 10) is usage_daily summed per (day, account), after every kind of
    // write: upserts, revisions, re-pricing, removals, the rebuild and an account's removal.
    void accountDaysMatchUsageDailyAfterMixedWrites()
    {
        TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        const qint64 b = db.addAccount(QStringLiteral("openrouter"), QStringLiteral("B"));
        UsageRepository repo(db.connection());
        const auto mismatches = [&db] {
            // Both directions: a group missing on either side, or any measure that differs.
            const QString sums = QStringLiteral(
                "SELECT day, account_id, SUM(input_tokens) i, SUM(cached_input_tokens) c, SUM(cache_write_tokens) w, "
                "SUM(output_tokens) o, SUM(requests) r, SUM(cost_nano) cost, SUM(unpriced_tokens) ut, "
                "SUM(unpriced_rows) ur, SUM(row_count) n FROM %1 GROUP BY day, account_id");
            const QString differ =
                QStringLiteral("x.i IS NOT y.i OR x.c IS NOT y.c OR x.w IS NOT y.w OR x.o IS NOT y.o OR x.r IS NOT y.r "
                               "OR x.cost IS NOT y.cost OR x.ut IS NOT y.ut OR x.ur IS NOT y.ur OR x.n IS NOT y.n");
            const QString daily = sums.arg(QStringLiteral("usage_daily"));
            const QString accountDaily = sums.arg(QStringLiteral("usage_account_daily"));
            return db.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM (%1) x LEFT JOIN (%2) y USING (day, "
                                            "account_id) WHERE %3) + (SELECT COUNT(*) FROM (%2) x LEFT JOIN (%1) y "
                                            "USING (day, account_id) WHERE %3)")
                                 .arg(daily, accountDaily, differ));
        };
        QVERIFY(repo.upsert(makeBatch(a, 300, 1)).ok);
        QVERIFY(repo.upsert(makeBatch(b, 300, 2)).ok);
        QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_account_daily")) > 20);
        QCOMPARE(mismatches(), qint64(0));
        QVERIFY(repo.upsert(makeBatch(a, 300, 3)).ok);   // revises most of A's rows
        QCOMPARE(mismatches(), qint64(0));

        QList<UsageRecord> repriced = makeBatch(b, 40, 2);
        for (UsageRecord &r : repriced) {
            r.cost = Money::fromNanos(r.cost.value_or(Money()).nanos() + 17);
            r.costStatus = CostStatus::Estimated;
        }
        QCOMPARE(repo.updateCosts(repriced).updated, int(repriced.size()));
        QCOMPARE(mismatches(), qint64(0));

        // Removing every row of some account-days (the rollup rows go) and some rows of others.
        const QList<UsageRecord> all = makeBatch(a, 300, 3);
        QList<UsageRecord> gone;
        for (const UsageRecord &r : all) {
            if (r.day <= QDate(2026, 10, 2) || r.model == u"o3")
                gone.append(r);
        }
        QVERIFY(repo.removeKeys(gone) > 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_account_daily WHERE account_id = %1 AND day <= "
                                          "'2026-10-02'")
                               .arg(a)),
                 qint64(0));
        QCOMPARE(mismatches(), qint64(0));
        QVERIFY(repo.removeMissing(b, QStringLiteral("api"), QDate(2026, 10, 1), QDate(2026, 10, 20),
                                   makeBatch(b, 100, 2)) > 0);
        QCOMPARE(mismatches(), qint64(0));

        // The Usage page's totals row, read from the rollups, equals the raw rows' sums.
        UsageFilter days;
        days.from = QDate(2026, 10, 4);
        days.to = QDate(2026, 10, 12);
        UsageFilter provider;
        provider.provider = QStringLiteral("openrouter");
        UsageFilter model = days;
        model.model = QStringLiteral("gpt-4o");
        // A model's rows are sought an account-day at a time (schema 21): over every day, for one
        // account, and for a provider's accounts.
        UsageFilter modelEveryDay;
        modelEveryDay.model = QStringLiteral("o3");
        UsageFilter modelOfAccount = modelEveryDay;
        modelOfAccount.accountId = b;
        UsageFilter modelOfProvider = model;
        modelOfProvider.model = QStringLiteral("gpt-4o-mini");
        modelOfProvider.provider = QStringLiteral("openrouter");
        // Whole months from usage_model_months, the edge months' days from usage_daily (schema 23):
        // both edges, one, none, under an account or a provider.
        UsageFilter modelMonths = modelEveryDay;
        modelMonths.from = QDate(2026, 9, 20);
        modelMonths.to = QDate(2026, 11, 5);
        UsageFilter modelToMidMonth = modelEveryDay;
        modelToMidMonth.to = QDate(2026, 10, 12);
        UsageFilter modelFromMidMonth = modelOfAccount;
        modelFromMidMonth.from = QDate(2026, 10, 4);
        UsageFilter modelWholeMonth = modelEveryDay;
        modelWholeMonth.from = QDate(2026, 10, 1);
        modelWholeMonth.to = QDate(2026, 10, 31);
        modelWholeMonth.provider = modelOfProvider.provider;
        for (const UsageFilter &f :
             {UsageFilter(), days, provider, model, modelEveryDay, modelOfAccount, modelOfProvider, modelMonths,
              modelToMidMonth, modelFromMidMonth, modelWholeMonth}) {
            QVariantList binds;
            QSqlQuery raw(db.connection());
            QVERIFY(
                raw.prepare(QStringLiteral("SELECT COUNT(*), SUM(u.input_tokens), SUM(u.output_tokens), "
                                           "SUM(u.requests), SUM(u.cost_nano), SUM(u.cost_nano IS NULL) FROM usage u "
                                           "JOIN accounts a ON a.id = u.account_id WHERE 1 = 1") +
                            f.sqlConditions(&binds)));
            for (const QVariant &value : std::as_const(binds))
                raw.addBindValue(value);
            QVERIFY(raw.exec() && raw.next());
            const auto totals = queryUsageTotals(db.connection(), f);
            QVERIFY(totals);
            QVERIFY(totals->rows > 0);
            QCOMPARE(totals->rows, raw.value(0).toLongLong());
            QCOMPARE(totals->inputTokens, raw.value(1).toLongLong());
            QCOMPARE(totals->outputTokens, raw.value(2).toLongLong());
            QCOMPARE(totals->requests, raw.value(3).toLongLong());
            QCOMPARE(totals->cost.nanos(), raw.value(4).toLongLong());
            QCOMPARE(totals->unpricedRows, raw.value(5).toLongLong());
        }

        // A failed batch leaves it as it was (one savepoint).
        const qint64 before =
            db.scalar(QStringLiteral("SELECT SUM(cost_nano) + SUM(row_count) FROM usage_account_daily"));
        QList<UsageRecord> failing = makeBatch(a, 50, 9);
        failing.append(test::usage(a, QDate(), QStringLiteral("m"), 1, 1, 1));
        QVERIFY(!repo.upsert(failing).ok);
        QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(cost_nano) + SUM(row_count) FROM usage_account_daily")), before);

        // The rebuild recomputes it; a removed account takes its rows along.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE usage_account_daily SET cost_nano = cost_nano + 1")));
        QVERIFY(repo.rebuildRollups());
        QCOMPARE(mismatches(), qint64(0));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM accounts WHERE id = %1").arg(a)));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_account_daily WHERE account_id = %1").arg(a)),
                 qint64(0));
        QCOMPARE(mismatches(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestUsageRepository)
#include "tst_usagerepository.moc"
