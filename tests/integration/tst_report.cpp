#include "analytics/report.h"
#include "storage/costrepository.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QTest>

using namespace tl;
using tl::test::TestDatabase;

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabaseGivesZeroReport()
    {
        TestDatabase db;
        const auto report = ReportBuilder(db.connection()).build(QDate(2026, 1, 1), QDate(2026, 1, 31));
        QVERIFY(report);
        QCOMPARE(report->total.cost, Money());
        QCOMPARE(report->total.rows, qint64(0));
        QVERIFY(report->byProvider.isEmpty());
        const QJsonObject json = report->toJson();
        QCOMPARE(json[QStringLiteral("total")][QStringLiteral("cost")][QStringLiteral("usd")].toString(),
                 QStringLiteral("0"));
        QVERIFY(json[QStringLiteral("price_coverage")][QStringLiteral("percent")].isNull());   // no tokens: no figure
    }

    void totalsAndBreakdowns()
    {
        TestDatabase db;
        const qint64 work = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        const qint64 side = db.addAccount(QStringLiteral("openai"), QStringLiteral("Side project"));
        const qint64 claude = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("Claude org"));
        UsageRepository usage(db.connection());
        const QDate d1(2026, 3, 1);
        const QDate d2(2026, 3, 31);
        const QDate outside(2026, 4, 1);
        QVERIFY(usage
                    .upsert({
                        test::usage(work, d1, QStringLiteral("gpt-4o"), 1000, 100, 1'100'000'001),
                        test::usage(work, d2, QStringLiteral("gpt-4o"), 2000, 200, 2'200'000'002),
                        test::usage(side, d1, QStringLiteral("gpt-4o-mini"), 3000, 300, 300'000'003),
                        test::usage(claude, d2, QStringLiteral("claude-sonnet-4-5"), 4000, 400, 4'400'000'004),
                        test::usage(claude, d2, QStringLiteral("mystery-model"), 500, 50, std::nullopt),
                        test::usage(work, outside, QStringLiteral("gpt-4o"), 9999, 9999, 9'999'999'999),
                    })
                    .ok);
        CostRecord billedUsd;
        billedUsd.accountId = work;
        billedUsd.day = d1;
        billedUsd.lineItem = QStringLiteral("gpt-4o, input");
        billedUsd.amount = *Money::fromDecimal(u"1.0000000005");   // rounds half-even to ...000
        CostRecord billedCny = billedUsd;
        billedCny.currency = QStringLiteral("CNY");
        billedCny.amount = *Money::fromDecimal(u"7");
        QVERIFY(CostRepository(db.connection()).upsert({billedUsd, billedCny}).ok);

        const auto r = ReportBuilder(db.connection()).build(d1, d2);
        QVERIFY(r);
        QCOMPARE(r->total.cost.nanos(), qint64(1'100'000'001 + 2'200'000'002 + 300'000'003 + 4'400'000'004));
        QCOMPARE(r->total.inputTokens, qint64(10'500));
        QCOMPARE(r->total.outputTokens, qint64(1'050));
        QCOMPARE(r->total.unpricedTokens, qint64(550));
        QCOMPARE(r->total.rows, qint64(5));

        QCOMPARE(r->byProvider.size(), 2);
        QCOMPARE(r->byProvider[0].key, QStringLiteral("anthropic"));   // sorted by cost, largest first
        QCOMPARE(r->byProvider[0].label, QStringLiteral("Anthropic"));
        QCOMPARE(r->byProvider[0].cost.nanos(), qint64(4'400'000'004));
        QCOMPARE(r->byProvider[0].unpricedTokens, qint64(550));
        QCOMPARE(r->byProvider[1].cost.nanos(), qint64(3'600'000'006));

        QCOMPARE(r->byModel.size(), 4);
        QCOMPARE(r->byModel[0].key, QStringLiteral("claude-sonnet-4-5"));
        QCOMPARE(r->byModel[1].key, QStringLiteral("gpt-4o"));
        QCOMPARE(r->byModel[1].cost.nanos(), qint64(3'300'000'003));
        QCOMPARE(r->byModel.last().key, QStringLiteral("mystery-model"));
        QCOMPARE(r->byModel.last().cost, Money());

        QCOMPARE(r->byAccount.size(), 3);
        QCOMPARE(r->byAccount[1].label, QStringLiteral("Work"));

        QCOMPARE(r->billed.size(), 2);
        QCOMPARE(r->billed[0].currency, QStringLiteral("USD"));   // USD first, never summed with CNY
        QCOMPARE(r->billed[0].amount.nanos(), qint64(1'000'000'000));
        QCOMPARE(r->billed[1].currency, QStringLiteral("CNY"));

        const QJsonObject json = r->toJson();
        QCOMPARE(json[QStringLiteral("total")][QStringLiteral("cost")][QStringLiteral("usd")].toString(),
                 QStringLiteral("8.00000001"));
        QCOMPARE(json[QStringLiteral("by_provider")].toArray().size(), 2);

        // 550 of 11,550 tokens have no price: 95.238...% rounds to 95.24.
        QCOMPARE(r->priceCoverageBasisPoints(), std::optional<qint64>(9524));
        QCOMPARE(json[QStringLiteral("price_coverage")][QStringLiteral("percent")].toString(), QStringLiteral("95.24"));
        QCOMPARE(r->unpriced.size(), 1);
        QCOMPARE(r->unpriced.first().model, QStringLiteral("mystery-model"));
        QCOMPARE(r->unpriced.first().provider, QStringLiteral("anthropic"));
        QCOMPARE(r->unpriced.first().tokens, qint64(550));
        QCOMPARE(json[QStringLiteral("unpriced_models")][0][QStringLiteral("tokens")].toInteger(), qint64(550));

        // A single day and the day outside the first range.
        const auto april = ReportBuilder(db.connection()).build(outside, outside);
        QCOMPARE(april->total.cost.nanos(), qint64(9'999'999'999));
        QCOMPARE(april->byModel.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
