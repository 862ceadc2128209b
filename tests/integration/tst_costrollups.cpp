// CostChanges (storage/costrollups.h) by ranges of days: when most models of the days changed, the
// rollups take the differences in one UPDATE per table over the range (costrollupsranged.cpp). Every
// rollup must then be what a rebuild from the rows gives, also when a rollup row is missing (its
// account-day is recounted from the rows).

#include "storage/costrollups.h"
#include "storage/detailrollups.h"
#include "storage/sqlitestatement.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

#include <array>
#include <cstring>

using namespace tl;
using tl::test::TestDatabase;

namespace {

// Every row of the tables the re-pricing keeps.
QStringList snapshot(TestDatabase &db)
{
    return db.tableRows({QStringLiteral("usage_daily"), QStringLiteral("usage_account_daily"),
                         QStringLiteral("usage_page_buckets"), QStringLiteral("usage_page_days"),
                         QStringLiteral("usage_group_days"), QStringLiteral("usage_group_months"),
                         QStringLiteral("usage_models"), QStringLiteral("usage_model_months")});
}

// The ranged statements run: [0] usage_daily's, [1] the others (costrollupsranged.cpp).
int countStatements(unsigned, void *context, void *statement, void *)
{
    const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
    auto *counts = static_cast<int *>(context);
    if (sql && std::strstr(sql, "tl_cc_daily("))
        ++counts[0];
    else if (sql && std::strstr(sql, "tl_cc_"))
        ++counts[1];
    return 0;
}

// The Usage page's buckets read again from their rows ([0]) and their bounds set from known values
// ([1]: from every row seen, or from the stored bounds and the changed rows' moves).
int countBucketStatements(unsigned, void *context, void *statement, void *)
{
    const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
    auto *counts = static_cast<int *>(context);
    if (sql && std::strstr(sql, "UPDATE usage_page_buckets AS b"))
        ++counts[0];
    else if (sql && std::strstr(sql, "UPDATE usage_page_buckets SET"))
        ++counts[1];
    return 0;
}

// usage_group_days walked ([0]: costrollupsranged.cpp, each run of the statement) and one group a
// statement ([1]).
int countGroupStatements(unsigned, void *context, void *statement, void *)
{
    const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
    auto *counts = static_cast<int *>(context);
    if (sql && std::strstr(sql, "tl_cc_group("))
        ++counts[0];
    else if (sql && std::strstr(sql, "UPDATE usage_group_days SET"))
        ++counts[1];
    return 0;
}

}   // namespace

class TestCostRollups : public QObject
{
    Q_OBJECT

    // Two accounts, 20 days, 12 models a day in 4 project/key groups; the "-free" models' rows
    // unpriced, a tenth of the others reported.
    static void fill(TestDatabase &db)
    {
        QList<UsageRecord> batch;
        const qint64 accounts[] = {db.addAccount(QStringLiteral("openai"), QStringLiteral("a")),
                                   db.addAccount(QStringLiteral("anthropic"), QStringLiteral("b"))};
        int n = 0;
        for (const qint64 account : accounts) {
            for (int d = 0; d < 20; ++d) {
                for (int m = 0; m < 12; ++m) {
                    for (int g = 0; g < 4; ++g, ++n) {
                        UsageRecord r;
                        r.accountId = account;
                        r.day = QDate(2026, 2, 20).addDays(d);
                        r.model =
                            QStringLiteral("model-%1%2").arg(m).arg(m % 4 == 0 ? QStringLiteral("-free") : QString());
                        r.project = QStringLiteral("p%1").arg(g % 2);
                        r.apiKeyId = QStringLiteral("k%1").arg(g / 2);
                        r.inputTokens = 1000 + n;
                        r.outputTokens = 7 * n;
                        if (m % 4 != 0)
                            r.cost = Money::fromNanos(100'000 + 13 * n);
                        r.costStatus = m % 4 == 0    ? CostStatus::Unpriced
                                       : n % 10 == 0 ? CostStatus::Reported
                                                     : CostStatus::Estimated;
                        batch.append(r);
                    }
                }
            }
        }
        QVERIFY(UsageRepository(db.connection()).upsert(batch).ok);
    }

    // One account, 2026-01-31 (alone in its month) and 2026-02-01..05: "model-g" in 28 project/key
    // groups a day (an override's groups are then walked per day; its rows are a Usage page bucket
    // of their own), every seventh reported, and "model-h" in one (one by one).
    static void fillGroups(TestDatabase &db)
    {
        QList<UsageRecord> batch;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("a"));
        for (int d = 0; d < 6; ++d) {
            for (int g = 0; g < 29; ++g) {
                UsageRecord r;
                r.accountId = account;
                r.day = QDate(2026, 1, 31).addDays(d);
                r.model = g < 28 ? QStringLiteral("model-g") : QStringLiteral("model-h");
                r.project = QStringLiteral("p%1").arg(g % 4);
                r.apiKeyId = QStringLiteral("k%1").arg(g / 4);
                r.inputTokens = 1000 + 13 * d + g;
                r.outputTokens = 7 * g;
                r.cost = Money::fromNanos(100'000 + 17 * d + g);
                r.costStatus = g % 7 == 3 ? CostStatus::Reported : CostStatus::Estimated;
                batch.append(r);
            }
        }
        QVERIFY(UsageRepository(db.connection()).upsert(batch).ok);
    }

    // Re-prices every row as a re-pricing by ranges of days would, telling `changes` about each:
    // estimated rows cost 3x + 1, "model-0-free" gets a price, "model-3" loses its own; with
    // `onlyModel3`, the other rows keep their costs (usage_daily is then sought, not walked).
    static void reprice(TestDatabase &db, CostChanges *changes, bool onlyModel3)
    {
        changes->setSeesEveryRow(true);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT day, account_id, model, project, api_key_id, input_tokens + "
                                      "output_tokens, cost_nano, cost_status FROM usage ORDER BY day, account_id, "
                                      "model, project, api_key_id")));
        QSqlQuery update(db.connection());
        QVERIFY(update.prepare(QStringLiteral("UPDATE usage SET cost_nano = ?, cost_status = ? WHERE day = ? AND "
                                              "account_id = ? AND model = ? AND project = ? AND api_key_id = ?")));
        while (q.next()) {
            const std::string day = q.value(0).toString().toStdString();
            const qint64 account = q.value(1).toLongLong();
            const std::string model = q.value(2).toString().toStdString();
            const std::string status = q.value(7).toString().toStdString();
            const std::optional<qint64> old =
                q.value(6).isNull() ? std::nullopt : std::optional(q.value(6).toLongLong());
            std::optional<qint64> now = old;
            if (status != "reported" && model == "model-3")
                now = std::nullopt;
            else if (status != "reported" && !onlyModel3 && (old || model == "model-0-free"))
                now = 3 * old.value_or(5) + 1;
            const std::string newStatus = status == "reported" ? status : now ? "estimated" : "unpriced";
            changes->see(account, day, model, now, newStatus);
            if (now == old)
                continue;
            changes->add(account, day, model, q.value(3).toString().toStdString(), q.value(4).toString().toStdString(),
                         CostChanges::Wide(now.value_or(0)) - old.value_or(0), int(!now) - int(!old),
                         q.value(5).toLongLong());
            update.addBindValue(now ? QVariant(*now) : QVariant(QMetaType(QMetaType::LongLong)));
            update.addBindValue(QString::fromStdString(newStatus));
            for (int i = 0; i < 5; ++i)
                update.addBindValue(q.value(i));
            QVERIFY(update.exec());
        }
    }

    // An override's re-pricing of one model's estimated and unpriced rows (not every row seen):
    // `price` gives each row's new cost from its old one (none: unpriced). Returns how the buckets'
    // bounds were set (countBucketStatements).
    template <typename Price>
    static std::array<int, 2> override(TestDatabase &db, const char *model, Price price,
                                       int (*count)(unsigned, void *, void *, void *) = countBucketStatements,
                                       bool seesRows = false)
    {
        CostChanges changes;
        changes.setSeesEveryRow(false);
        QSqlQuery q(db.connection());
        QSqlQuery update(db.connection());
        if (!q.exec(QStringLiteral("BEGIN")) ||
            !q.exec(QStringLiteral("SELECT day, account_id, project, api_key_id, input_tokens + output_tokens, "
                                   "cost_nano, cost_status FROM usage WHERE model = '%1' ORDER BY day, account_id, "
                                   "project, api_key_id")
                        .arg(QLatin1String(model))) ||
            !update.prepare(QStringLiteral("UPDATE usage SET cost_nano = ?, cost_status = ? WHERE day = ? AND "
                                           "account_id = ? AND model = ? AND project = ? AND api_key_id = ?")))
            return {-1, -1};
        while (q.next()) {
            const std::string day = q.value(0).toString().toStdString();
            const qint64 account = q.value(1).toLongLong();
            const std::optional<qint64> old =
                q.value(5).isNull() ? std::nullopt : std::optional(q.value(5).toLongLong());
            const bool reported = q.value(6).toString() == QLatin1String("reported");
            const std::optional<qint64> now = reported ? old : price(old);
            // As the repricer does with `seesRows`: every row of the model seen, reported ones too.
            if (seesRows)
                changes.see(account, day, model, now,
                            reported ? std::string_view("reported")
                            : now    ? "estimated"
                                     : "unpriced");
            if (now == old)
                continue;
            changes.add(account, day, model, q.value(2).toString().toStdString(), q.value(3).toString().toStdString(),
                        CostChanges::Wide(now.value_or(0)) - old.value_or(0), int(!now) - int(!old),
                        q.value(4).toLongLong());
            changes.move(account, day, model, old, now);
            update.addBindValue(now ? QVariant(*now) : QVariant(QMetaType(QMetaType::LongLong)));
            update.addBindValue(now ? QStringLiteral("estimated") : QStringLiteral("unpriced"));
            update.addBindValue(q.value(0));
            update.addBindValue(q.value(1));
            update.addBindValue(QLatin1String(model));
            update.addBindValue(q.value(2));
            update.addBindValue(q.value(3));
            if (!update.exec())
                return {-1, -1};
        }
        std::array<int, 2> counts = {};
        sqlite3_trace_v2(sql::nativeHandle(db.connection()), SQLITE_TRACE_STMT, count, counts.data());
        DetailRollups rollups;
        QString error;
        const bool applied = changes.apply(db.connection(), &rollups, &error);
        sqlite3_trace_v2(sql::nativeHandle(db.connection()), 0, nullptr, nullptr);
        if (!applied || !q.exec(QStringLiteral("COMMIT")))
            return {-1, -1};
        return counts;
    }

    static void verifyAsRebuilt(TestDatabase &db)
    {
        const QStringList incremental = snapshot(db);
        QString error;
        QVERIFY2(UsageRepository(db.connection()).rebuildRollups(&error), qPrintable(error));
        const QStringList rebuilt = snapshot(db);
        for (qsizetype i = 0; i < std::min(rebuilt.size(), incremental.size()); ++i)
            QCOMPARE(incremental.at(i), rebuilt.at(i));
        QCOMPARE(incremental.size(), rebuilt.size());
    }

private slots:
    void everyRollupAsARebuildGivesIt_data()
    {
        QTest::addColumn<bool>("missingRow");
        QTest::addColumn<bool>("onlyModel3");
        QTest::newRow("all rollup rows") << false << false;
        QTest::newRow("a usage_daily row missing") << true << false;
        QTest::newRow("one model of each day changed") << false << true;
        QTest::newRow("one model changed, its usage_daily row missing") << true << true;
    }

    void everyRollupAsARebuildGivesIt()
    {
        QFETCH(bool, missingRow);
        QFETCH(bool, onlyModel3);
        TestDatabase db;
        fill(db);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        CostChanges changes;
        reprice(db, &changes, onlyModel3);
        if (missingRow)
            QVERIFY(q.exec(QStringLiteral("DELETE FROM usage_daily WHERE day = '2026-02-25' AND model = 'model-3'")));
        int ranged[2] = {};
        sqlite3_trace_v2(sql::nativeHandle(db.connection()), SQLITE_TRACE_STMT, countStatements, ranged);
        DetailRollups rollups;
        QString error;
        QVERIFY2(changes.apply(db.connection(), &rollups, &error), qPrintable(error));
        sqlite3_trace_v2(sql::nativeHandle(db.connection()), 0, nullptr, nullptr);
        QCOMPARE(ranged[0] > 0, !onlyModel3);   // usage_daily walked when most of its models changed
        QVERIFY(ranged[1] > 0);                 // the other rollups by ranges
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        verifyAsRebuilt(db);
    }

    // An override's few changed rows a day: a bucket's bounds follow from its stored ones when no
    // changed row held a bound and none changed status; else its rows are read again. Each step
    // must leave every rollup as a rebuild gives it — a bound that moved and was not written fails.
    // Each day's second bucket holds model-4-free (unpriced) .. model-9 (the highest costs).
    void overrideBoundsFromStoredBounds()
    {
        TestDatabase db;
        fill(db);
        const auto plus = [](qint64 n) {
            return [n](std::optional<qint64> old) { return old ? std::optional(*old + n) : old; };
        };
        // model-6's costs stay inside their buckets' bounds: nothing read, nothing to write.
        std::array<int, 2> counts = override(db, "model-6", plus(5));
        QCOMPARE(counts, (std::array<int, 2>{0, 0}));
        verifyAsRebuilt(db);
        // Above the highest: the buckets' and the days' highest costs move, from the stored bounds.
        counts = override(db, "model-6", plus(10'000'000));
        QCOMPARE(counts[0], 0);
        QVERIFY(counts[1] > 0);
        verifyAsRebuilt(db);
        // model-6 now holds the highest cost and lowers it again: its buckets are read again.
        counts = override(db, "model-6", plus(-10'000'000));
        QVERIFY(counts[0] > 0);
        verifyAsRebuilt(db);
        // The unpriced models priced (statuses change): read again. No bucket has a NULL lowest
        // cost afterwards.
        for (const char *model : {"model-0-free", "model-4-free", "model-8-free"}) {
            counts = override(db, model, [](std::optional<qint64>) { return std::optional<qint64>(50'000); });
            QVERIFY(counts[0] > 0);
            verifyAsRebuilt(db);
        }
        // Below the lowest: the lowest costs move, from the stored bounds.
        counts =
            override(db, "model-6", [](std::optional<qint64> old) { return old ? std::optional<qint64>(3) : old; });
        QCOMPARE(counts[0], 0);
        QVERIFY(counts[1] > 0);
        verifyAsRebuilt(db);
        // model-6 holds the lowest and raises it: read again; model-7 unpriced: read again.
        counts = override(db, "model-6", plus(200'000));
        QVERIFY(counts[0] > 0);
        verifyAsRebuilt(db);
        counts = override(db, "model-7", [](std::optional<qint64>) { return std::optional<qint64>(); });
        QVERIFY(counts[0] > 0);
        verifyAsRebuilt(db);
    }

    // An override whose rows lie in many groups a day (sparse data: 29) walks each account-day's
    // usage_group_days rows in one statement (a statement a day: 6), not one statement per group:
    // every rollup as a rebuild gives it, also when a group's row is missing and when a group's sum
    // would leave 64 bits (the day is recounted from its rows, and the months follow the group rows
    // that took their differences).
    void overrideOfManyGroupsWalksEachDay()
    {
        TestDatabase db;
        fillGroups(db);
        const auto plus = [](qint64 n) {
            return [n](std::optional<qint64> old) { return old ? std::optional(*old + n) : old; };
        };
        std::array<int, 2> counts = override(db, "model-g", plus(1000), countGroupStatements);
        QCOMPARE(counts, (std::array<int, 2>{6, 0}));
        verifyAsRebuilt(db);
        // Unpriced, then priced again: the unpriced tokens move too.
        counts = override(
            db, "model-g", [](std::optional<qint64>) { return std::optional<qint64>(); }, countGroupStatements);
        QCOMPARE(counts, (std::array<int, 2>{6, 0}));
        verifyAsRebuilt(db);
        counts = override(
            db, "model-g", [](std::optional<qint64>) { return std::optional<qint64>(70'000); }, countGroupStatements);
        QCOMPARE(counts, (std::array<int, 2>{6, 0}));
        verifyAsRebuilt(db);
        // One group a day: one statement per group.
        counts = override(db, "model-h", plus(1000), countGroupStatements);
        QCOMPARE(counts, (std::array<int, 2>{0, 6}));
        verifyAsRebuilt(db);

        // A group's row missing (its month without it, as the rollups would be without the row).
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE usage_group_months AS m SET input_tokens = m.input_tokens - g.input_tokens, cached_input_tokens = "
            "m.cached_input_tokens - g.cached_input_tokens, cache_write_tokens = m.cache_write_tokens - "
            "g.cache_write_tokens, output_tokens = m.output_tokens - g.output_tokens, requests = m.requests - "
            "g.requests, cost_nano = m.cost_nano - g.cost_nano, unpriced_tokens = m.unpriced_tokens - "
            "g.unpriced_tokens, row_count = m.row_count - g.row_count FROM usage_group_days g WHERE g.day = "
            "'2026-02-02' AND g.project = 'p1' AND g.api_key_id = 'k2' AND m.month = '2026-02' AND m.account_id = "
            "g.account_id AND m.project = g.project AND m.api_key_id = g.api_key_id")));
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM usage_group_days WHERE day = '2026-02-02' AND project = 'p1' "
                                      "AND api_key_id = 'k2'")));
        counts = override(db, "model-g", plus(3), countGroupStatements);
        QCOMPARE(counts, (std::array<int, 2>{6, 0}));
        verifyAsRebuilt(db);

        // 2026-01-31 is its month's only day: its group p0/k0 and the month hold a cost a difference
        // takes past 64 bits.
        for (const QString &table : {QStringLiteral("usage_group_days"), QStringLiteral("usage_group_months")})
            QVERIFY(q.exec(QStringLiteral("UPDATE %1 SET cost_nano = 9223372036854775000 WHERE account_id = 1 AND "
                                          "project = 'p0' AND api_key_id = 'k0' AND %2 LIKE '2026-01%'")
                               .arg(table, table == QLatin1String("usage_group_days") ? QStringLiteral("day")
                                                                                      : QStringLiteral("month"))));
        QCOMPARE(q.numRowsAffected(), 1);
        counts = override(db, "model-g", plus(1000), countGroupStatements);
        QCOMPARE(counts[0], 6);   // then the recount writes that day's groups again
        verifyAsRebuilt(db);
    }

    // An override that sees every row of its model (the repricer does): a bucket of that one model
    // takes its bounds from them — also when its changed rows held the bounds, which the stored
    // bounds cannot tell — and is never read again from its rows.
    void overrideBoundsOfOneModelsBucketFromItsRows()
    {
        TestDatabase db;
        fillGroups(db);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM usage_page_buckets WHERE model_lo = 'model-g' AND "
                                      "model_hi = 'model-g'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 6);
        const auto seen = [&](const char *model, auto price) {
            return override(db, model, price, countBucketStatements, true);
        };
        // Above the highest, then back below the lowest: the changed rows held the bounds.
        std::array<int, 2> counts =
            seen("model-g", [](std::optional<qint64> old) { return old ? std::optional(*old + 10'000'000) : old; });
        QCOMPARE(counts[0], 0);
        QVERIFY(counts[1] > 0);
        verifyAsRebuilt(db);
        counts = seen("model-g", [](std::optional<qint64> old) { return old ? std::optional<qint64>(7) : old; });
        QCOMPARE(counts[0], 0);
        verifyAsRebuilt(db);
        // Unpriced and priced again (statuses change).
        counts = seen("model-g", [](std::optional<qint64>) { return std::optional<qint64>(); });
        QCOMPARE(counts[0], 0);
        verifyAsRebuilt(db);
        counts = seen("model-g", [](std::optional<qint64>) { return std::optional<qint64>(123'456); });
        QCOMPARE(counts[0], 0);
        verifyAsRebuilt(db);
    }
};

QTEST_GUILESS_MAIN(TestCostRollups)
#include "tst_costrollups.moc"
