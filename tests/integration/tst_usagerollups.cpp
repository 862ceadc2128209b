// The rollups the Usage page's sorts and the project/key breakdowns read (storage/detailrollups.h)
// give exactly what the plain queries over the raw rows give: varied data with many ties, NULL
// costs, days with many small models (buckets of several models), after updates, re-pricing and
// removals, and equal to a rebuild from scratch.

#include "analytics/groupbreakdown.h"
#include "analytics/report.h"
#include "analytics/usagetable.h"
#include "common/dates.h"
#include "plainusageorder.h"
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace tl;
using tl::test::TestDatabase;

namespace {

const QDate FirstDay(2026, 1, 20);
constexpr int Days = 75;

QString keyOf(QDate day, qint64 account, const QString &model, const QString &project, const QString &key,
              const QString &tier, const QString &source)
{
    return QStringList{isoDay(day), QString::number(account), model, project, key, tier, source}.join(u'|');
}

}   // namespace

class TestUsageRollups : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_db{QStringLiteral("usage-rollups")};
    QList<qint64> m_accounts;
    QList<UsageRecord> m_written;

    QList<UsageRecord> dayBatch(qint64 account, QDate day, QRandomGenerator &rng)
    {
        // Some days carry many models of one row each (buckets of several models), others few
        // models with many rows (a bucket per model).
        const bool manyModels = rng.bounded(3) == 0;
        const int models = manyModels ? 30 : 1 + rng.bounded(4);
        QList<UsageRecord> batch;
        for (int m = 0; m < models; ++m) {
            const int rows = manyModels ? 1 : 1 + rng.bounded(30);
            for (int r = 0; r < rows; ++r) {
                const int status = rng.bounded(4);
                UsageRecord u = test::usage(account, day, QStringLiteral("model-%1").arg(m, 2, 10, QLatin1Char('0')),
                                            rng.bounded(5) * 100, rng.bounded(4) * 10,
                                            status == 0 ? std::nullopt : std::optional<qint64>(rng.bounded(6) * 1000));
                if (status == 3)
                    u.costStatus = CostStatus::Reported;
                u.project = rng.bounded(5) == 0 ? QString() : QStringLiteral("proj-%1").arg(rng.bounded(4));
                u.apiKeyId = QStringLiteral("key-%1").arg(rng.bounded(3));
                u.serviceTier = QStringLiteral("tier-%1").arg(r);
                u.cachedInputTokens = rng.bounded(3);
                u.cacheWrite5mTokens = rng.bounded(2);
                u.cacheWrite1hTokens = rng.bounded(2);
                u.requests = rng.bounded(3);
                batch.append(u);
            }
        }
        return batch;
    }

    void comparePages(const UsageFilter &filter, const QString &where, const QVariantList &whereBinds)
    {
        for (int c = 0; c < int(UsageColumn::Count); ++c) {
            for (const bool descending : {true, false}) {
                const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
                const QString order = test::plainUsageOrder(UsageColumn(c), dir);
                for (const auto &[offset, limit] : {std::pair<qint64, int>{0, 1},
                                                    {0, 7},
                                                    {0, 50},
                                                    {3, 20},
                                                    {37, 13},
                                                    {150, 60},
                                                    {4990, 20},
                                                    {100000, 5}}) {
                    QSqlQuery q(m_db.connection());
                    QVERIFY(q.prepare(QStringLiteral("SELECT u.day, u.account_id, u.model, u.project, u.api_key_id, "
                                                     "u.service_tier, u.source FROM usage u JOIN accounts a ON a.id = "
                                                     "u.account_id WHERE 1 = 1 ") +
                                      where + QStringLiteral(" ORDER BY ") + order +
                                      QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset)));
                    for (const QVariant &b : whereBinds)
                        q.addBindValue(b);
                    QVERIFY(q.exec());
                    QStringList expected;
                    while (q.next())
                        expected << keyOf(parseIsoDay(q.value(0).toString()).value_or(QDate()), q.value(1).toLongLong(),
                                          q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                          q.value(5).toString(), q.value(6).toString());
                    QString error;
                    const auto page =
                        queryUsageRows(m_db.connection(), filter, UsageColumn(c), descending, offset, limit, &error);
                    QVERIFY2(page, qPrintable(error));
                    QStringList got;
                    for (const UsageRow &r : *page)
                        got << keyOf(r.day, r.accountId, r.model, r.project, r.apiKeyId, r.serviceTier, r.source);
                    QVERIFY2(got == expected, qPrintable(QStringLiteral("column %1%2 offset %3 limit %4 %5")
                                                             .arg(c)
                                                             .arg(dir)
                                                             .arg(offset)
                                                             .arg(limit)
                                                             .arg(where)));
                }
            }
        }
    }

    void compareBreakdowns(QDate from, QDate to)
    {
        for (const char *dimension : {"project", "key"}) {
            const QString column =
                QLatin1String(dimension) == u"project" ? QStringLiteral("project") : QStringLiteral("api_key_id");
            QSqlQuery q(m_db.connection());
            QVERIFY(q.prepare(
                QStringLiteral(
                    "SELECT %1, SUM(input_tokens), SUM(cached_input_tokens), "
                    "SUM(cache_write_5m_tokens + cache_write_1h_tokens), SUM(output_tokens), SUM(requests), "
                    "COALESCE(SUM(cost_nano), 0), SUM(CASE WHEN cost_nano IS NULL THEN input_tokens + "
                    "cached_input_tokens + cache_write_5m_tokens + cache_write_1h_tokens + output_tokens ELSE 0 END), "
                    "COUNT(*) FROM usage WHERE day BETWEEN ? AND ? GROUP BY 1 ORDER BY 7 DESC, 1")
                    .arg(column)));
            q.addBindValue(isoDay(from));
            q.addBindValue(isoDay(to));
            QVERIFY(q.exec());
            QStringList expected;
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < 9; ++i)
                    values << q.value(i).toString();
                expected << values.join(u',');
            }
            QString error;
            const auto got = ReportBuilder(m_db.connection()).breakdownBy(QLatin1String(dimension), from, to, &error);
            QVERIFY2(got, qPrintable(error));
            QStringList actual;
            for (const UsageTotals &t : *got)
                actual << QStringList{t.key,
                                      QString::number(t.inputTokens),
                                      QString::number(t.cachedInputTokens),
                                      QString::number(t.cacheWriteTokens),
                                      QString::number(t.outputTokens),
                                      QString::number(t.requests),
                                      QString::number(t.cost.nanos()),
                                      QString::number(t.unpricedTokens),
                                      QString::number(t.rows)}
                              .join(u',');
            QVERIFY2(actual == expected,
                     qPrintable(QStringLiteral("%1 %2..%3").arg(QLatin1String(dimension), isoDay(from), isoDay(to))));

            const auto shares = usageByGroup(m_db.connection(), from, to,
                                             column == u"project" ? UsageGroup::Project : UsageGroup::ApiKey, &error);
            QVERIFY2(shares, qPrintable(error));
            qint64 tokens = 0;
            for (const Share &s : *shares)
                tokens += s.tokens;
            qint64 expectedTokens = 0;
            QSqlQuery sum(m_db.connection());
            QVERIFY(sum.prepare(QStringLiteral("SELECT COALESCE(SUM(input_tokens + cached_input_tokens + "
                                               "cache_write_5m_tokens + cache_write_1h_tokens + output_tokens), 0) "
                                               "FROM usage WHERE day BETWEEN ? AND ?")));
            sum.addBindValue(isoDay(from));
            sum.addBindValue(isoDay(to));
            QVERIFY(sum.exec() && sum.next());
            expectedTokens = sum.value(0).toLongLong();
            QCOMPARE(tokens, expectedTokens);
        }
    }

    // The per-model rollup (schema 13; kept by the writers since schema 20): its unpriced sums equal usage_daily
    // grouped, and it names every (account, model) usage_daily has.
    void compareUnpricedModels()
    {
        const QString rows = QStringLiteral("SELECT group_concat(x, ';') FROM (SELECT account_id || ',' || model || "
                                            "',' || t || ',' || r AS x FROM (%1) ORDER BY 1)");
        const auto text = [this](const QString &sql) {
            QSqlQuery q(m_db.connection());
            return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("failed: ") + sql;
        };
        const QString kept = text(rows.arg(
            QStringLiteral("SELECT account_id, model, unpriced_tokens AS t, unpriced_rows AS r FROM usage_models WHERE "
                           "unpriced_rows <> 0 OR unpriced_tokens <> 0")));
        QVERIFY(!kept.isEmpty());
        QCOMPARE(kept, text(rows.arg(QStringLiteral(
                           "SELECT account_id, model, SUM(unpriced_tokens) AS t, SUM(unpriced_rows) AS r FROM "
                           "usage_daily GROUP BY account_id, model HAVING SUM(unpriced_rows) <> 0 OR "
                           "SUM(unpriced_tokens) <> 0"))));
        QCOMPARE(
            m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT account_id, model FROM usage_daily) d "
                                       "WHERE NOT EXISTS (SELECT 1 FROM usage_models m WHERE m.account_id = "
                                       "d.account_id AND m.model = d.model)")),
            qint64(0));
    }

    void compareEverything()
    {
        compareUnpricedModels();
        if (QTest::currentTestFailed())
            return;
        comparePages({}, {}, {});
        if (QTest::currentTestFailed())
            return;
        UsageFilter month;
        month.from = QDate(2026, 2, 1);
        month.to = QDate(2026, 2, 28);
        comparePages(month, QStringLiteral("AND u.day BETWEEN '2026-02-01' AND '2026-02-28'"), {});
        UsageFilter provider;
        provider.provider = QStringLiteral("anthropic");
        provider.from = QDate(2026, 2, 10);
        comparePages(provider, QStringLiteral("AND a.provider = 'anthropic' AND u.day >= '2026-02-10'"), {});
        UsageFilter account;
        account.accountId = m_accounts[0];
        comparePages(account, QStringLiteral("AND u.account_id = ?"), {m_accounts[0]});
        UsageFilter model;   // read by key from the account-days whose models span it
        model.model = QStringLiteral("model-01");
        comparePages(model, QStringLiteral("AND u.model = 'model-01'"), {});
        // A quality finding's rows: one model of one account over some days.
        UsageFilter finding = model;
        finding.accountId = m_accounts[1];
        finding.from = QDate(2026, 2, 3);
        finding.to = QDate(2026, 2, 20);
        comparePages(finding,
                     QStringLiteral("AND u.model = 'model-01' AND u.account_id = ? AND u.day BETWEEN '2026-02-03' AND "
                                    "'2026-02-20'"),
                     {m_accounts[1]});
        if (QTest::currentTestFailed())
            return;
        const QDate last = FirstDay.addDays(Days - 1);
        for (const auto &[from, to] : {std::pair{FirstDay, last},
                                       {QDate(2000, 1, 1), QDate(2030, 12, 31)},
                                       {QDate(2026, 2, 1), QDate(2026, 2, 28)},
                                       {QDate(2026, 1, 25), QDate(2026, 3, 3)},
                                       {QDate(2026, 2, 5), QDate(2026, 2, 17)},
                                       {QDate(2026, 3, 1), last},
                                       {QDate(2026, 2, 1), QDate(2026, 3, 31)},
                                       {last, FirstDay}})
            compareBreakdowns(from, to);
    }

    QStringList rollupTables() const
    {
        QStringList out;
        for (const char *table : {"usage_daily", "usage_page_buckets", "usage_page_days", "usage_group_days",
                                  "usage_group_months", "usage_models", "usage_model_months"}) {
            QSqlQuery q(m_db.connection());
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(QLatin1String(table))))
                return {QStringLiteral("failed")};
            while (q.next()) {
                QStringList values{QLatin1String(table)};
                for (int i = 0; i < q.record().count(); ++i)
                    values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                out << values.join(u',');
            }
        }
        return out;
    }

    // Rows of usage_group_months that differ from the project/key sums of the raw rows per month,
    // either way (0 when the month rollup is right).
    qint64 monthGroupMismatches() const
    {
        const QString plain = QStringLiteral("SELECT substr(day, 1, 7), account_id, project, api_key_id, ") +
                              QLatin1String(test::RawUsageSums) +
                              QStringLiteral(", COUNT(*) FROM usage GROUP BY 1, 2, 3, 4");
        const QString rollup = QStringLiteral(
            "SELECT month, account_id, project, api_key_id, input_tokens, cached_input_tokens, cache_write_tokens, "
            "output_tokens, requests, cost_nano, unpriced_tokens, row_count FROM usage_group_months");
        return m_db.rowsDiffering(plain, rollup);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.isOpen());
        m_accounts << m_db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"))
                   << m_db.addAccount(QStringLiteral("anthropic"), QStringLiteral("Work"))
                   << m_db.addAccount(QStringLiteral("anthropic"), QStringLiteral("Home"));
        QRandomGenerator rng(15);
        UsageRepository repo(m_db.connection());
        for (int d = 0; d < Days; ++d) {
            for (const qint64 account : m_accounts) {
                if (rng.bounded(5) == 0)
                    continue;
                const QList<UsageRecord> batch = dayBatch(account, FirstDay.addDays(d), rng);
                const UpsertResult r = repo.upsert(batch);
                QVERIFY2(r.ok, qPrintable(r.error));
                m_written += batch;
            }
        }
        QVERIFY(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")) > 3000);
    }

    void pagesAndBreakdownsMatchThePlainQueries() { compareEverything(); }

    void afterUpdatesRepricingAndRemovals()
    {
        QRandomGenerator rng(16);
        UsageRepository repo(m_db.connection());
        QList<UsageRecord> revised;
        QList<UsageRecord> repriced;
        QList<UsageRecord> removed;
        for (qsizetype i = 0; i < m_written.size(); i += 7) {
            UsageRecord r = m_written[i];
            switch (rng.bounded(3)) {
            case 0:
                r.inputTokens = rng.bounded(10) * 1000;
                r.project = QStringLiteral("proj-9");   // a new key, the old row stays
                revised << r;
                break;
            case 1:
                r.cost =
                    rng.bounded(2) == 0 ? std::nullopt : std::optional<Money>(Money::fromNanos(rng.bounded(9) * 777));
                r.costStatus = r.cost ? CostStatus::Estimated : CostStatus::Unpriced;
                repriced << r;
                break;
            default:
                removed << r;
            }
        }
        QVERIFY(repo.upsert(revised).ok);
        QVERIFY(repo.updateCosts(repriced).ok);
        QString error;
        QVERIFY2(repo.removeKeys(removed, &error) > 0, qPrintable(error));
        // A whole account-day goes.
        QList<UsageRecord> day;
        for (const UsageRecord &r : m_written) {
            if (r.accountId == m_accounts[2] && r.day == QDate(2026, 2, 14))
                day << r;
        }
        QVERIFY(repo.removeKeys(day, &error) >= 0);
        compareEverything();
    }

    // More models and more project/key groups in one account-day than one multi-row INSERT of the
    // rollup writes takes (16): full statements and the rest row by row, written and then revised.
    void manyModelsAndGroupsInADay()
    {
        const QDate day(2026, 5, 1);
        QList<UsageRecord> batch;
        for (int m = 0; m < 37; ++m) {
            for (int g = 0; g < 3; ++g) {
                UsageRecord u =
                    test::usage(m_accounts[0], day, QStringLiteral("wide-%1").arg(m, 2, 10, QLatin1Char('0')), 100 + m,
                                10 + g, m % 5 == 0 ? std::nullopt : std::optional<qint64>(1000 * m));
                u.project = QStringLiteral("p-%1").arg((m * 3 + g) % 21);
                u.apiKeyId = QStringLiteral("k-%1").arg(g);
                batch.append(u);
            }
        }
        UsageRepository repo(m_db.connection());
        QVERIFY(repo.upsert(batch).ok);
        for (UsageRecord &u : batch)
            u.outputTokens += 1;
        batch.resize(batch.size() - 5);   // the rest stay as they were
        QVERIFY(repo.upsert(batch).ok);
        m_written += batch;
        const QString where = QStringLiteral(" WHERE day = '2026-05-01' AND account_id = %1").arg(m_accounts[0]);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_daily") + where), qint64(37));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_group_days") + where), qint64(21));
        compareEverything();
    }

    // A sync's staged answer and a CSV import write in day order, several batches to a day, with
    // the rollups deferred: each day is recomputed when a later day starts, the last on the flush.
    void deferredRollupsAcrossBatches()
    {
        QRandomGenerator rng(17);
        QList<UsageRecord> rows;
        for (int d = 0; d < 6; ++d) {
            const QDate day = QDate(2026, 4, 27).addDays(d);   // across a month's end
            rows += dayBatch(m_accounts[1], day, rng);
        }
        sql::Savepoint transaction(m_db.connection(), QStringLiteral("account_sync"));
        UsageRepository repo(m_db.connection());
        repo.setDeferRollups(true);
        for (const int round : {0, 1}) {   // new rows, then the same again with revisions
            if (round == 1) {
                for (qsizetype i = 0; i < rows.size(); i += 3)
                    rows[i].outputTokens += 7;
            }
            for (qsizetype i = 0; i < rows.size(); i += 37) {   // days cut across batches
                const UpsertResult r = repo.upsert(rows.mid(i, 37));
                QVERIFY2(r.ok, qPrintable(r.error));
            }
        }
        QString error;
        QVERIFY2(repo.flushRollups(&error), qPrintable(error));
        QVERIFY(transaction.commit());
        m_written += rows;
        compareEverything();
    }

    // Days of several months in one deferred write (a sync's or an import's), written and then
    // revised in it: a month's project/key groups take the days' differences added up in memory,
    // written once per month (DetailRollups, MonthGroups). Then a removal across months that
    // empties some month groups.
    void deferredRollupsAcrossMonths()
    {
        QRandomGenerator rng(18);
        QList<UsageRecord> rows;
        for (int d = 0; d < 100; d += 1 + rng.bounded(3))
            rows += dayBatch(m_accounts[2], QDate(2026, 6, 20).addDays(d), rng);
        sql::Savepoint transaction(m_db.connection(), QStringLiteral("account_sync"));
        UsageRepository repo(m_db.connection());
        repo.setDeferRollups(true);
        QList<UsageRecord> keyR1;             // the rows of the key "key-r1" (round 1): removed at the end
        for (const int round : {0, 1, 2}) {   // new rows, then revised twice: counts, costs, new keys
            for (qsizetype i = 0; round > 0 && i < rows.size(); i += 2 + round) {
                rows[i].outputTokens += 5 * round;
                rows[i].cost = round == 1 ? std::nullopt : std::optional<Money>(Money::fromNanos(333 * i));
                rows[i].costStatus = rows[i].cost ? CostStatus::Estimated : CostStatus::Unpriced;
                if (i % 4 == 0) {
                    rows[i].apiKeyId = QStringLiteral("key-r%1").arg(round);   // a new row; the old stays
                    if (round == 1)
                        keyR1 << rows[i];
                }
            }
            for (qsizetype i = 0; i < rows.size(); i += 53) {
                const UpsertResult r = repo.upsert(rows.mid(i, 53));
                QVERIFY2(r.ok, qPrintable(r.error));
            }
        }
        QString error;
        QVERIFY2(repo.flushRollups(&error), qPrintable(error));
        QVERIFY(transaction.commit());
        QVERIFY(m_db.scalar(QStringLiteral("SELECT COUNT(DISTINCT month) FROM usage_group_months WHERE account_id = %1 "
                                           "AND month >= '2026-06'")
                                .arg(m_accounts[2])) >= 4);
        QCOMPARE(monthGroupMismatches(), qint64(0));
        QCOMPARE(m_db.modelMonthsDiffering(), qint64(0));

        QVERIFY(!keyR1.isEmpty());
        QVERIFY2(repo.removeKeys(keyR1, &error) > 0, qPrintable(error));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_group_months WHERE api_key_id = 'key-r1'")),
                 qint64(0));
        QCOMPARE(monthGroupMismatches(), qint64(0));
        QCOMPARE(m_db.modelMonthsDiffering(), qint64(0));
        m_written += rows;
        compareEverything();
    }

    void rebuildGivesTheSameRollups()
    {
        const QStringList incremental = rollupTables();
        QVERIFY(incremental.size() > 100);
        QString error;
        QVERIFY2(UsageRepository(m_db.connection()).rebuildRollups(&error), qPrintable(error));
        QCOMPARE(rollupTables(), incremental);
        QCOMPARE(monthGroupMismatches(), qint64(0));
        QCOMPARE(m_db.modelMonthsDiffering(), qint64(0));
    }

    void removingAnAccountTakesItsRollups()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM accounts WHERE id = %1").arg(m_accounts[1])));
        for (const char *table : {"usage_page_buckets", "usage_page_days", "usage_group_days", "usage_group_months",
                                  "usage_models", "usage_model_months"})
            QCOMPARE(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE account_id = %2")
                                     .arg(QLatin1String(table))
                                     .arg(m_accounts[1])),
                     qint64(0));
        comparePages({}, {}, {});
        compareUnpricedModels();
    }

    // The rollups' statements are prepared when first used: one that cannot be (a damaged ledger
    // lost its table) fails the write that needs it, naming the table, and the write leaves nothing.
    void aRollupStatementThatCannotBePreparedFailsTheWrite_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("month groups") << QStringLiteral("usage_group_months");
        QTest::newRow("model months") << QStringLiteral("usage_model_months");
        QTest::newRow("page days") << QStringLiteral("usage_page_days");
    }
    void aRollupStatementThatCannotBePreparedFailsTheWrite()
    {
        QFETCH(QString, table);
        TestDatabase db(QStringLiteral("usage-rollups-damaged"));
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        const UsageRecord first = test::usage(account, FirstDay, QStringLiteral("gpt-4o"), 100, 10, 1000);
        QVERIFY(UsageRepository(db.connection()).upsert({first}).ok);
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(QStringLiteral("DROP TABLE %1").arg(table)), qPrintable(q.lastError().text()));

        UsageRecord revised = first;
        revised.outputTokens += 5;
        revised.cost = Money::fromNanos(2000);
        const UsageRecord added = test::usage(account, FirstDay.addDays(1), QStringLiteral("gpt-4o"), 7, 1, 70);
        const UpsertResult r = UsageRepository(db.connection()).upsert({revised, added});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(table), qPrintable(r.error));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(1));
        QCOMPARE(db.scalar(QStringLiteral("SELECT output_tokens FROM usage")), qint64(10));
        QCOMPARE(db.scalar(QStringLiteral("SELECT cost_nano FROM usage")), qint64(1000));
    }
};

QTEST_GUILESS_MAIN(TestUsageRollups)
#include "tst_usagerollups.moc"
