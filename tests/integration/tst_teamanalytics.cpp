// Issue 16: the same answers on both backends. A ledger written on SQLite (through the repositories
// and their rollups) is copied into the session's PostgreSQL server with db copy, and every
// analytics read — report, breakdowns, dashboard, spend, reconciliation, the Usage page — must give
// the same result there, to the nano-dollar, including sums past 2^53.
#include "alerts/afterchange.h"
#include "alerts/alerts.h"
#include "alerts/budgets.h"
#include "analytics/dashboard.h"
#include "analytics/reconciliation.h"
#include "analytics/report.h"
#include "analytics/spend.h"
#include "analytics/usagetable.h"
#include "common/clock.h"
#include "storage/costrepository.h"
#include "storage/dbcopy.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace tl;
namespace test = tl::test;

namespace {

const QDate First(2026, 7, 1);
const QDate Last(2026, 9, 14);

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString sharesText(const QList<Share> &shares)
{
    QStringList parts;
    for (const Share &s : shares)
        parts << s.key + u'=' + QString::number(s.cost.nanos()) + u'/' + QString::number(s.tokens);
    return parts.join(u';');
}

QList<UsageRecord> batch(qint64 openai, qint64 anthropic)
{
    QList<UsageRecord> usage;
    int n = 0;
    for (QDate day = First; day <= Last; day = day.addDays(1)) {
        for (const QString &model : {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")}) {
            UsageRecord r = test::usage(openai, day, model, 1000 + n, 200 + n, qint64(1) << 47);
            r.project = n % 3 ? QStringLiteral("proj_a") : QStringLiteral("proj_b");
            r.apiKeyId = n % 2 ? QStringLiteral("key_1") : QStringLiteral("key_2");
            usage.append(r);
            ++n;
        }
        // Unpriced usage: a model no price covers.
        usage.append(test::usage(anthropic, day, QStringLiteral("claude-unknown"), 5000, 100, std::nullopt));
    }
    return usage;
}

void fill(test::TestDatabase &db)
{
    const qint64 openai = db.addAccount(QStringLiteral("openai"), QStringLiteral("Org"));
    const qint64 anthropic = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("Team"));
    const UpsertResult written = UsageRepository(db.connection()).upsert(batch(openai, anthropic));
    QVERIFY2(written.ok, qPrintable(written.error));
    QCOMPARE(written.created, int(batch(openai, anthropic).size()));
    QList<CostRecord> costs;
    for (QDate day = First; day <= Last; day = day.addDays(1))
        costs.append({openai,
                      day,
                      QStringLiteral("gpt-4o"),
                      {},
                      {},
                      QStringLiteral("USD"),
                      QStringLiteral("api"),
                      Money::fromNanos((qint64(1) << 47) + day.day())});
    costs.append({openai,
                  Last,
                  QStringLiteral("credit"),
                  {},
                  {},
                  QStringLiteral("USD"),
                  QStringLiteral("api"),
                  Money::fromNanos(-5'000'000'000)});
    QVERIFY(CostRepository(db.connection()).upsert(costs).ok);
}

// Every row of `table` as text, in one order whatever the backend (bytes compare alike: COLLATE "C").
QStringList dump(test::TestDatabase &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 WHERE 0 = 1").arg(table)))
        return {QStringLiteral("cannot read %1").arg(table)};
    const int columns = q.record().count();
    QStringList order;
    QStringList names;
    for (int i = 0; i < columns; ++i) {
        if (q.record().fieldName(i) == u"id")   // a surrogate key: the order rows came in
            continue;
        names << q.record().fieldName(i);
        order << QString::number(names.size());
    }
    QStringList rows;
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(names.join(u','), table, order.join(u','))))
        return {QStringLiteral("cannot read %1").arg(table)};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < names.size(); ++i)
            values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        rows << values.join(u'|');
    }
    return rows;
}

}   // namespace

class TestTeamAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("written");
        QTest::newRow("copied") << false;
        QTest::newRow("written") << true;
    }

    void initTestCase()
    {
        TL_REQUIRE_TEST_SERVER();
        QVERIFY(m_file.isOpen());
        QVERIFY(m_written.isOpen());
        fill(m_file);
        fill(m_written);   // the same writes on PostgreSQL (pgusage.h)
        // Past 2^53 in the report's totals: a double would not hold them.
        QVERIFY(m_file.scalar(QStringLiteral("SELECT SUM(amount_nano) FROM costs")) > (qint64(1) << 53));
        QVERIFY(m_team.isOpen());
        const DbCopyResult copied = copyDatabase(m_file.connection(), m_team.connection());
        QVERIFY2(copied.ok, qPrintable(copied.error));
    }

    // The rows and every rollup but the Usage page's buckets (split differently on purpose) are
    // the same whether written on SQLite or on PostgreSQL.
    void writesGiveTheSameTables()
    {
        for (const char *table :
             {"usage", "usage_daily", "usage_account_daily", "usage_group_days", "usage_group_months",
              "usage_page_days", "usage_dims", "usage_models", "usage_model_months", "costs"}) {
            const QStringList rows = dump(m_file, QLatin1String(table));
            QVERIFY2(!rows.isEmpty() && !rows.first().startsWith(u"cannot"), table);
            QCOMPARE(dump(m_written, QLatin1String(table)), rows);
        }
    }

    void report()
    {
        for (const auto &[from, to] : {std::pair{First, Last}, std::pair{QDate(2026, 8, 1), QDate(2026, 8, 31)}}) {
            QString error;
            const auto sqlite = ReportBuilder(m_file.connection()).build(from, to, &error);
            QVERIFY2(sqlite, qPrintable(error));
            const auto postgres = ReportBuilder(pg().connection()).build(from, to, &error);
            QVERIFY2(postgres, qPrintable(error));
            QCOMPARE(json(postgres->toJson()), json(sqlite->toJson()));
            for (const QString &dimension : {QStringLiteral("project"), QStringLiteral("key")}) {
                const auto a = ReportBuilder(m_file.connection()).breakdownBy(dimension, from, to, &error);
                QVERIFY2(a, qPrintable(error));
                const auto b = ReportBuilder(pg().connection()).breakdownBy(dimension, from, to, &error);
                QVERIFY2(b, qPrintable(error));
                QCOMPARE(b->size(), a->size());
                for (qsizetype i = 0; i < a->size(); ++i) {
                    QCOMPARE(b->at(i).key, a->at(i).key);
                    QCOMPARE(b->at(i).cost, a->at(i).cost);
                    QCOMPARE(b->at(i).tokens(), a->at(i).tokens());
                    QCOMPARE(b->at(i).rows, a->at(i).rows);
                }
            }
        }
    }

    void dashboard()
    {
        QString error;
        const auto a = loadDashboard(m_file.connection(), Last, &error);
        QVERIFY2(a, qPrintable(error));
        const auto b = loadDashboard(pg().connection(), Last, &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(b->spent, a->spent);
        QCOMPARE(b->spentBilled, a->spentBilled);
        QCOMPARE(b->spentEstimated, a->spentEstimated);
        QCOMPARE(b->previousSpent, a->previousSpent);
        QCOMPARE(b->forecast.monthToDate, a->forecast.monthToDate);
        QCOMPARE(sharesText(b->byProvider), sharesText(a->byProvider));
        QCOMPARE(sharesText(b->byModel), sharesText(a->byModel));
        QCOMPARE(b->daily.size(), a->daily.size());
        QCOMPARE(b->trend.size(), a->trend.size());
        for (qsizetype i = 0; i < a->trend.size(); ++i)
            QCOMPARE(b->trend[i].spend, a->trend[i].spend);
        QCOMPARE(b->firstDataDay, a->firstDataDay);
        QCOMPARE(b->lastDataDay, a->lastDataDay);
    }

    void spendAndReconciliation()
    {
        QString error;
        const auto a = dailySpend(m_file.connection(), First, Last, &error);
        QVERIFY2(a, qPrintable(error));
        const auto b = dailySpend(pg().connection(), First, Last, &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(b->size(), a->size());
        for (qsizetype i = 0; i < a->size(); ++i) {
            QCOMPARE(b->at(i).day, a->at(i).day);
            QCOMPARE(b->at(i).billed, a->at(i).billed);
            QCOMPARE(b->at(i).estimated, a->at(i).estimated);
        }
        const auto ra = reconcile(m_file.connection(), First, Last, &error);
        QVERIFY2(ra, qPrintable(error));
        const auto rb = reconcile(pg().connection(), First, Last, &error);
        QVERIFY2(rb, qPrintable(error));
        QCOMPARE(rb->size(), ra->size());
        for (qsizetype i = 0; i < ra->size(); ++i) {
            QCOMPARE(rb->at(i).billed, ra->at(i).billed);
            QCOMPARE(rb->at(i).credits, ra->at(i).credits);
            QCOMPARE(rb->at(i).estimated, ra->at(i).estimated);
            QCOMPARE(rb->at(i).unpricedTokens, ra->at(i).unpricedTokens);
        }
    }

    void usagePage()
    {
        UsageFilter filter;
        filter.from = First;
        filter.to = Last;
        QString error;
        const auto ta = queryUsageTotals(m_file.connection(), filter, &error);
        QVERIFY2(ta, qPrintable(error));
        const auto tb = queryUsageTotals(pg().connection(), filter, &error);
        QVERIFY2(tb, qPrintable(error));
        QCOMPARE(tb->rows, ta->rows);
        QCOMPARE(tb->cost, ta->cost);
        QCOMPARE(tb->inputTokens, ta->inputTokens);
        QCOMPARE(tb->unpricedRows, ta->unpricedRows);
        for (UsageColumn column : {UsageColumn::Day, UsageColumn::Cost, UsageColumn::Model, UsageColumn::Project}) {
            const auto a = queryUsageRows(m_file.connection(), filter, column, true, 10, 25, &error);
            QVERIFY2(a, qPrintable(error));
            const auto b = queryUsageRows(pg().connection(), filter, column, true, 10, 25, &error);
            QVERIFY2(b, qPrintable(error));
            QCOMPARE(b->size(), a->size());
            for (qsizetype i = 0; i < a->size(); ++i) {
                QCOMPARE(b->at(i).day, a->at(i).day);
                QCOMPARE(b->at(i).model, a->at(i).model);
                QCOMPARE(b->at(i).cost, a->at(i).cost);
            }
        }
        const auto ca = usageFilterChoices(m_file.connection(), &error);
        QVERIFY2(ca, qPrintable(error));
        const auto cb = usageFilterChoices(pg().connection(), &error);
        QVERIFY2(cb, qPrintable(error));
        QCOMPARE(cb->models, ca->models);
        QCOMPARE(cb->projects, ca->projects);
        QCOMPARE(cb->apiKeys, ca->apiKeys);
    }

    // Last, as it changes both ledgers: a re-sync counts alike and leaves the same tables.
    void resyncCountsAlike()
    {
        QFETCH_GLOBAL(bool, written);
        if (!written)
            QSKIP("compares SQLite with the PostgreSQL ledger written there");
        for (test::TestDatabase *db : {&m_file, &m_written}) {
            QList<UsageRecord> again = batch(1, 2);
            again[3].outputTokens += 1;
            UsageRepository repo(db->connection());
            const UpsertResult r = repo.upsert(again);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.created, 0);
            QCOMPARE(r.updated, 1);
            QCOMPARE(r.unchanged, int(again.size()) - 1);
            QVERIFY(repo.rebuildRollups());
        }
        for (const char *table : {"usage", "usage_daily", "usage_group_months", "usage_page_days"})
            QCOMPARE(dump(m_written, QLatin1String(table)), dump(m_file, QLatin1String(table)));
    }

    // The alert rules run on a team database and each alert is stored once per team: the same
    // alerts as on SQLite, and a second desktop's run (the same rules over the same shared rows)
    // stores none again. (Last in the class: it adds a budget to both ledgers.)
    void alertsOncePerTeam()
    {
        QFETCH_GLOBAL(bool, written);
        if (!written)
            QSKIP("compares SQLite with the PostgreSQL ledger written there");
        const FixedClock clock(QDateTime(Last, QTime(12, 0), Qt::UTC));
        QStringList keys[2];
        int i = 0;
        for (test::TestDatabase *db : {&m_file, &m_written}) {
            Budget budget;
            budget.name = QStringLiteral("Team");
            budget.amount = Money::fromNanos(1'000'000'000);   // $1: every threshold crossed
            QString error;
            QVERIFY2(BudgetRepository(db->connection()).add(budget, &error) > 0, qPrintable(error));
            const auto alerts = evaluateAlerts(db->connection(), clock, AlertRules(), &error);
            QVERIFY2(alerts, qPrintable(error));
            for (const Alert &a : *alerts) {
                QVERIFY(a.id > 0);
                keys[i] << a.dedupKey;
            }
            keys[i].sort();
            ++i;
        }
        QVERIFY(keys[0].contains(QStringLiteral("unpriced:anthropic/claude-unknown")));
        QVERIFY(!keys[0].filter(QStringLiteral("budget:")).isEmpty());
        QCOMPARE(keys[1], keys[0]);
        QString error;
        const auto again = evaluateAlerts(m_written.connection(), clock, AlertRules(), &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(again->isEmpty());
        QCOMPARE(m_written.scalar(QStringLiteral("SELECT COUNT(*) FROM alerts")), qint64(keys[0].size()));

        // A second desktop that last looked before those were stored: its step stores none, but
        // hands them to its window to notify, once.
        const AfterChange other = runAfterChange(m_written.connection(), clock, ChangeKind::Sync, AlertRules(), 0);
        QVERIFY2(other.ok, qPrintable(other.error));
        QStringList told;
        for (const Alert &a : other.newAlerts)
            told << a.dedupKey;
        told.sort();
        QCOMPARE(told, keys[1]);
        QVERIFY(other.lastAlertId > 0);
        const AfterChange later =
            runAfterChange(m_written.connection(), clock, ChangeKind::Sync, AlertRules(), other.lastAlertId);
        QVERIFY2(later.ok, qPrintable(later.error));
        QVERIFY(later.newAlerts.isEmpty());
    }

private:
    // The PostgreSQL ledger a data row names: copied from m_file by db copy, or written there.
    test::TestDatabase &pg()
    {
        QFETCH_GLOBAL(bool, written);
        return written ? m_written : m_team;
    }

    test::TestDatabase m_file{QStringLiteral("file")};
    test::TestDatabase m_team{QStringLiteral("team"), test::Backend::Postgres};         // copied from m_file
    test::TestDatabase m_written{QStringLiteral("written"), test::Backend::Postgres};   // written there
};

QTEST_GUILESS_MAIN(TestTeamAnalytics)
#include "tst_teamanalytics.moc"
