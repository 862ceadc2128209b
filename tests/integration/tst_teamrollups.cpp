// Issue 16: the team database's rollups under a sync's writing pattern, on SQLite and on the
// session's PostgreSQL server (a "backend" column).
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

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
}

QTEST_GUILESS_MAIN(TestTeamRollups)
#include "tst_teamrollups.moc"
