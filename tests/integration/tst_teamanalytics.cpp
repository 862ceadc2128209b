// Issue 16: the same answers on both backends. A ledger written on SQLite (through the repositories
// and their rollups) is copied into the session's PostgreSQL server with db copy, and every
// analytics read — report, breakdowns, dashboard, spend, reconciliation, the Usage page — must give
// the same result there, to the nano-dollar, including sums past 2^53.
#include "analytics/dashboard.h"
#include "analytics/reconciliation.h"
#include "analytics/report.h"
#include "analytics/spend.h"
#include "analytics/usagetable.h"
#include "storage/costrepository.h"
#include "storage/dbcopy.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QJsonDocument>
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

}   // namespace

class TestTeamAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TL_REQUIRE_TEST_SERVER();
        QVERIFY(m_file.isOpen());
        const qint64 openai = m_file.addAccount(QStringLiteral("openai"), QStringLiteral("Org"));
        const qint64 anthropic = m_file.addAccount(QStringLiteral("anthropic"), QStringLiteral("Team"));
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
        UsageRepository repo(m_file.connection());
        const UpsertResult written = repo.upsert(usage);
        QVERIFY2(written.ok, qPrintable(written.error));
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
        QVERIFY(CostRepository(m_file.connection()).upsert(costs).ok);
        // Past 2^53 in the report's totals: a double would not hold them.
        QVERIFY(m_file.scalar(QStringLiteral("SELECT SUM(amount_nano) FROM costs")) > (qint64(1) << 53));

        QVERIFY(m_team.isOpen());
        const DbCopyResult copied = copyDatabase(m_file.connection(), m_team.connection());
        QVERIFY2(copied.ok, qPrintable(copied.error));
    }

    void report()
    {
        for (const auto &[from, to] : {std::pair{First, Last}, std::pair{QDate(2026, 8, 1), QDate(2026, 8, 31)}}) {
            QString error;
            const auto sqlite = ReportBuilder(m_file.connection()).build(from, to, &error);
            QVERIFY2(sqlite, qPrintable(error));
            const auto postgres = ReportBuilder(m_team.connection()).build(from, to, &error);
            QVERIFY2(postgres, qPrintable(error));
            QCOMPARE(json(postgres->toJson()), json(sqlite->toJson()));
            for (const QString &dimension : {QStringLiteral("project"), QStringLiteral("key")}) {
                const auto a = ReportBuilder(m_file.connection()).breakdownBy(dimension, from, to, &error);
                QVERIFY2(a, qPrintable(error));
                const auto b = ReportBuilder(m_team.connection()).breakdownBy(dimension, from, to, &error);
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
        const auto b = loadDashboard(m_team.connection(), Last, &error);
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
        const auto b = dailySpend(m_team.connection(), First, Last, &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(b->size(), a->size());
        for (qsizetype i = 0; i < a->size(); ++i) {
            QCOMPARE(b->at(i).day, a->at(i).day);
            QCOMPARE(b->at(i).billed, a->at(i).billed);
            QCOMPARE(b->at(i).estimated, a->at(i).estimated);
        }
        const auto ra = reconcile(m_file.connection(), First, Last, &error);
        QVERIFY2(ra, qPrintable(error));
        const auto rb = reconcile(m_team.connection(), First, Last, &error);
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
        const auto tb = queryUsageTotals(m_team.connection(), filter, &error);
        QVERIFY2(tb, qPrintable(error));
        QCOMPARE(tb->rows, ta->rows);
        QCOMPARE(tb->cost, ta->cost);
        QCOMPARE(tb->inputTokens, ta->inputTokens);
        QCOMPARE(tb->unpricedRows, ta->unpricedRows);
        for (UsageColumn column : {UsageColumn::Day, UsageColumn::Cost, UsageColumn::Model, UsageColumn::Project}) {
            const auto a = queryUsageRows(m_file.connection(), filter, column, true, 10, 25, &error);
            QVERIFY2(a, qPrintable(error));
            const auto b = queryUsageRows(m_team.connection(), filter, column, true, 10, 25, &error);
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
        const auto cb = usageFilterChoices(m_team.connection(), &error);
        QVERIFY2(cb, qPrintable(error));
        QCOMPARE(cb->models, ca->models);
        QCOMPARE(cb->projects, ca->projects);
        QCOMPARE(cb->apiKeys, ca->apiKeys);
    }

private:
    test::TestDatabase m_file{QStringLiteral("file")};
    test::TestDatabase m_team{QStringLiteral("team"), test::Backend::Postgres};
};

QTEST_GUILESS_MAIN(TestTeamAnalytics)
#include "tst_teamanalytics.moc"
