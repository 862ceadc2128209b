// Issue 16: the team database's rollups under a sync's writing pattern, on SQLite and on the
// session's PostgreSQL server (a "backend" column).
#include "analytics/usagetable.h"
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace tl;
namespace test = tl::test;
using test::Backend;
using test::TestDatabase;

class TestTeamRollups : public QObject
{
    Q_OBJECT

private slots:
    void deferredRollupsInOneTransaction_data() { test::addBackendColumn(); }
    void deferredRollupsInOneTransaction();
    void flushReadsTouchedDaysByKey();
};

// A sync's stage writes its pages inside the account's transaction with the rollups deferred
// (UsageStage::write): on PostgreSQL too the touched account-days are refreshed once, on the flush
// before the commit, not after every page — and then equal the raw rows' sums, revisions included.
void TestTeamRollups::deferredRollupsInOneTransaction()
{
    TL_FETCH_BACKEND(backend);
    TestDatabase db(backend);
    const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
    QList<UsageRecord> rows;
    for (int d = 0; d < 40; ++d) {   // across a month's end, three models and two projects a day
        for (int m = 0; m < 6; ++m) {
            UsageRecord r =
                test::usage(account, QDate(2026, 4, 10).addDays(d), QStringLiteral("model-%1").arg(m % 3),
                            1000 + d * 10 + m, 50 + m, m == 5 ? std::nullopt : std::optional<qint64>(7 * d + m));
            r.project = QStringLiteral("p%1").arg(m / 3);
            rows << r;
        }
    }
    {
        sql::Savepoint transaction(db.connection(), QStringLiteral("account_sync"));
        QVERIFY(sql::insideTransaction(db.connection()));
        UsageRepository repo(db.connection());
        repo.setDeferRollups(true);
        for (const int round : {0, 1}) {   // new rows, then a page again with every fourth row revised
            for (qsizetype i = 0; round == 1 && i < rows.size(); i += 4)
                rows[i].outputTokens += 3;
            for (qsizetype i = 0; i < rows.size(); i += 50) {   // pages cut across days
                const UpsertResult r = repo.upsert(rows.mid(i, 50));
                QVERIFY2(r.ok, qPrintable(r.error));
            }
        }
        if (backend == Backend::Postgres)   // nothing refreshed before the flush
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_account_daily")), qint64(0));
        QString error;
        QVERIFY2(repo.flushRollups(&error), qPrintable(error));
        QVERIFY(transaction.commit());
    }
    QVERIFY(!sql::insideTransaction(db.connection()));
    const QString unpriced = QStringLiteral("SUM(CASE WHEN cost_nano IS NULL THEN 1 ELSE 0 END)");
    QCOMPARE(db.rowsDiffering(QStringLiteral("SELECT day, account_id, model, ") + QLatin1String(test::RawUsageSums) +
                                  u", " + unpriced +
                                  QStringLiteral(", COUNT(*) FROM usage GROUP BY day, account_id, model"),
                              QStringLiteral("SELECT day, account_id, model, input_tokens, cached_input_tokens, "
                                             "cache_write_tokens, output_tokens, requests, cost_nano, unpriced_tokens, "
                                             "unpriced_rows, row_count FROM usage_daily")),
             qint64(0));
    QCOMPARE(db.rowsDiffering(QStringLiteral("SELECT day, account_id, ") + QLatin1String(test::RawUsageSums) + u", " +
                                  unpriced + QStringLiteral(", COUNT(*) FROM usage GROUP BY day, account_id"),
                              QStringLiteral("SELECT day, account_id, input_tokens, cached_input_tokens, "
                                             "cache_write_tokens, output_tokens, requests, cost_nano, unpriced_tokens, "
                                             "unpriced_rows, row_count FROM usage_account_daily")),
             qint64(0));
    QCOMPARE(
        db.rowsDiffering(QStringLiteral("SELECT substr(day, 1, 7), project, SUM(input_tokens), SUM(output_tokens), "
                                        "COUNT(*) FROM usage GROUP BY substr(day, 1, 7), project"),
                         QStringLiteral("SELECT month, project, SUM(input_tokens), SUM(output_tokens), "
                                        "SUM(row_count) FROM usage_group_months GROUP BY month, project")),
        qint64(0));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(rows.size()));
    QCOMPARE(db.modelMonthsDiffering(), qint64(0));   // SQLite: the writers; PostgreSQL: the triggers
    QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_model_months")) > 0);
    // The totals row of one model over a range with whole and part months, as the rows' sums.
    UsageFilter filter;
    filter.model = QStringLiteral("model-1");
    filter.from = QDate(2026, 4, 15);
    filter.to = QDate(2026, 5, 12);
    const auto totals = queryUsageTotals(db.connection(), filter);
    QVERIFY(totals);
    QCOMPARE(totals->rows, db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE model = 'model-1' AND day "
                                                    "BETWEEN '2026-04-15' AND '2026-05-12'")));
    filter.from = {};
    filter.to = {};
    QCOMPARE(queryUsageTotals(db.connection(), filter)->inputTokens,
             db.scalar(QStringLiteral("SELECT SUM(input_tokens) FROM usage WHERE model = 'model-1'")));
    // Removing the account takes its months along (both backends' cascade).
    QSqlQuery q(db.connection());
    QVERIFY2(q.exec(QStringLiteral("DELETE FROM accounts WHERE id = %1").arg(account)),
             qPrintable(q.lastError().text()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_model_months")), qint64(0));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(0));
}

// PostgreSQL: a flush reads the usage rows of the days it refreshes through the key, never all of
// them. The refresh used to pick the rows with `(account_id, day) IN (SELECT … unnest …)`: the planner
// took the flush's 30 days for 30 of the days its statistics knew, each matching every account —
// half of this table — and scanned all of usage for each rollup at every flush, so a sync's ingest
// slowed as the table grew. pg_stat_get_xact_numscans counts sequential scans.
void TestTeamRollups::flushReadsTouchedDaysByKey()
{
    TL_REQUIRE_TEST_SERVER();
    TestDatabase db(Backend::Postgres);
    QList<qint64> accounts;
    for (int a = 0; a < 4; ++a)
        accounts << db.addAccount(QStringLiteral("openai"), QStringLiteral("A%1").arg(a));
    const auto window = [&](qint64 account, QDate first, int days, const QString &project) {
        QList<UsageRecord> rows;
        for (int d = 0; d < days; ++d) {
            for (int m = 0; m < 20; ++m) {
                UsageRecord r = test::usage(account, first.addDays(d), QStringLiteral("model-%1").arg(m), 100 + m, 10,
                                            std::optional<qint64>(1000 + d));
                r.project = project;
                rows << r;
            }
        }
        return rows;
    };
    UsageRepository repo(db.connection());
    for (const qint64 account : accounts) {   // 60 days of four accounts, known to the statistics
        const UpsertResult r = repo.upsert(window(account, QDate(2026, 1, 1), 60, QStringLiteral("old")));
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    QString error;
    QVERIFY2(sql::exec(db.connection(), QStringLiteral("ANALYZE"), &error), qPrintable(error));

    // A sync of one account's next 30 days, day by day, the rollups flushed before the commit. The
    // counter also holds scans of earlier transactions not yet reported (the schema's migration
    // reads usage): a backend reports them when idle outside a transaction, so inside this one only
    // its own scans add to it.
    const QString scans = QStringLiteral("SELECT pg_stat_get_xact_numscans('usage'::regclass)");
    sql::Savepoint transaction(db.connection(), QStringLiteral("account_sync"));
    const qint64 scansBefore = db.scalar(scans);
    repo.setDeferRollups(true);
    const QList<UsageRecord> next = window(accounts[1], QDate(2026, 3, 2), 30, QStringLiteral("new"));
    for (qsizetype i = 0; i < next.size(); i += 20)
        QVERIFY(repo.upsert(next.mid(i, 20)).ok);
    QVERIFY2(repo.flushRollups(&error), qPrintable(error));
    QCOMPARE(db.scalar(scans) - scansBefore, qint64(0));
    QVERIFY(transaction.commit());

    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_daily")), qint64(4 * 60 * 20 + 30 * 20));
    QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(row_count) FROM usage_group_months WHERE project = 'new'")),
             qint64(30 * 20));
    // The new project is a filter choice (usage_dims, named with the rollups).
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_dims WHERE kind = 'project'")), qint64(2));
}

QTEST_GUILESS_MAIN(TestTeamRollups)
#include "tst_teamrollups.moc"
