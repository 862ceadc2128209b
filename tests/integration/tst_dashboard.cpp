#include "analytics/dashboard.h"
#include "analytics/quality.h"
#include "analytics/reconciliation.h"
#include "analytics/report.h"
#include "analytics/usagetable.h"
#include "storage/costrepository.h"
#include "storage/manualentryrepository.h"
#include "storage/syncrunrepository.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace tl;

namespace {

CostRecord cost(qint64 account, QDate day, const QString &line, qint64 nanos, const QString &currency = u"USD"_qs)
{
    CostRecord c;
    c.accountId = account;
    c.day = day;
    c.lineItem = line;
    c.currency = currency;
    c.amount = Money::fromNanos(nanos);
    return c;
}

QList<Money> money(const QList<qint64> &nanos)
{
    QList<Money> out;
    for (qint64 n : nanos)
        out.append(Money::fromNanos(n));
    return out;
}

}   // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void sharesAlwaysAddUpToOneHundredPercent_data()
    {
        QTest::addColumn<QList<qint64>>("parts");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("thirds") << QList<qint64>{1, 1, 1} << QList<qint64>{3334, 3333, 3333};
        QTest::newRow("exact") << QList<qint64>{3, 1} << QList<qint64>{7500, 2500};
        QTest::newRow("zero total") << QList<qint64>{0, 0} << QList<qint64>{0, 0};
        QTest::newRow("empty") << QList<qint64>{} << QList<qint64>{};
        QTest::newRow("credit is no share") << QList<qint64>{-5, 10, 10} << QList<qint64>{0, 5000, 5000};
        QTest::newRow("tiny beside huge") << QList<qint64>{999'999'999'999, 1} << QList<qint64>{10000, 0};
        QTest::newRow("sevenths") << QList<qint64>{1, 1, 1, 1, 1, 1, 1}
                                  << QList<qint64>{1429, 1429, 1429, 1429, 1428, 1428, 1428};
    }
    void sharesAlwaysAddUpToOneHundredPercent()
    {
        QFETCH(QList<qint64>, parts);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(shareBasisPoints(money(parts)), expected);
    }

    void emptyDatabaseIsAnHonestEmptyDashboard()
    {
        test::TestDatabase db;
        const auto data = loadDashboard(db.connection(), QDate(2026, 3, 15));
        QVERIFY(data);
        QVERIFY(!data->hasSpendData());
        QCOMPARE(data->accountCount, 0);
        QCOMPARE(data->trend.size(), 12);
        QCOMPARE(data->trend.first().month, QDate(2025, 4, 1));
        QCOMPARE(data->trend.last().month, QDate(2026, 3, 1));
        QCOMPARE(data->spentSource, SourceMix::None);
        QVERIFY(!data->sync.lastFinished.isValid());
        QVERIFY(data->byProvider.isEmpty());
    }

    void dashboardFiguresAreExactAndSayWhereTheyComeFrom()
    {
        test::TestDatabase db;
        const qint64 openai = db.addAccount(u"openai"_qs, u"Prod"_qs);
        const qint64 anthropic = db.addAccount(u"anthropic"_qs, u"Research"_qs);
        const QDate today(2026, 3, 10);
        QList<UsageRecord> usage;
        // March: OpenAI estimated 2.00 $/day on the 1st..9th, billed 2.50 on the 1st and 2nd.
        for (QDate d(2026, 3, 1); d < today; d = d.addDays(1))
            usage.append(test::usage(openai, d, u"gpt-4o"_qs, 1000, 100, 2'000'000'000));
        // Anthropic: estimated only, two models, one of them unpriced.
        usage.append(test::usage(anthropic, QDate(2026, 3, 5), u"claude-sonnet-4-5"_qs, 5000, 500, 1'000'000'000));
        usage.append(test::usage(anthropic, QDate(2026, 3, 5), u"claude-mystery"_qs, 700, 0, std::nullopt));
        // February, for the trend and last month's same days (1st..10th): 3 × 1.00.
        for (int day : {2, 5, 20})
            usage.append(test::usage(openai, QDate(2026, 2, day), u"gpt-4o"_qs, 10, 10, 1'000'000'000));
        QVERIFY(UsageRepository(db.connection()).upsert(usage).ok);
        QVERIFY(CostRepository(db.connection())
                    .upsert({cost(openai, QDate(2026, 3, 1), u"gpt-4o, input"_qs, 2'500'000'000),
                             cost(openai, QDate(2026, 3, 2), u"gpt-4o, input"_qs, 2'500'000'000),
                             cost(openai, QDate(2026, 3, 2), u"other"_qs, 9'000'000'000, u"EUR"_qs)})
                    .ok);
        QVERIFY(BalanceRepository(db.connection())
                    .replace(anthropic, {{u"USD"_qs, u"credits_remaining"_qs, Money::fromNanos(12'340'000'000)}},
                             QDateTime(today, QTime(8, 0), Qt::UTC)));
        SyncRun run;
        run.accountId = anthropic;
        run.trigger = u"manual"_qs;
        run.startedAt = QDateTime(today, QTime(8, 0), Qt::UTC);
        run.id = SyncRunRepository(db.connection()).start(run);
        run.status = SyncRun::Status::Failed;
        run.finishedAt = run.startedAt.addSecs(3);
        run.message = u"HTTP 401"_qs;
        QVERIFY(SyncRunRepository(db.connection()).finish(run));

        const auto data = loadDashboard(db.connection(), today);
        QVERIFY(data);
        QVERIFY(data->hasSpendData());
        QCOMPARE(data->accountCount, 2);
        // Month to date: OpenAI 2.50 + 2.50 (billed) + 7 × 2.00 (estimated) + Anthropic 1.00.
        QCOMPARE(data->forecast.monthToDate.toExactString(), u"20"_qs);
        QCOMPARE(data->spentBilled.toExactString(), u"5"_qs);
        QCOMPARE(data->spentEstimated.toExactString(), u"15"_qs);
        QCOMPARE(data->spentSource, SourceMix::Mixed);
        QCOMPARE(data->forecast.sameDaysLastMonth.toExactString(), u"2"_qs);   // Feb 2 and 5
        // Rate: the 7 complete days before the 10th (3rd..9th): 6 × 2.00 + 3.00 (the 5th) = 15 / 7.
        QCOMPARE(data->forecast.rateDaysUsed, 7);
        QCOMPARE(data->forecast.dailyRate.nanos(), qint64(2'142'857'142));
        QCOMPARE(data->forecast.daysLeft, 21);
        QCOMPARE(data->forecast.expected.nanos(), qint64(20'000'000'000 + 21 * 2'142'857'142LL));

        QCOMPARE(data->providers, (QList<QString>{u"openai"_qs, u"anthropic"_qs}));
        QCOMPARE(data->byProvider.size(), 2);
        QCOMPARE(data->byProvider[0].cost.toExactString(), u"19"_qs);
        QCOMPARE(data->byProvider[0].source, SourceMix::Mixed);
        QCOMPARE(data->byProvider[0].shareBasisPoints, qint64(9500));
        QCOMPARE(data->byProvider[0].requests, qint64(9));
        QCOMPARE(data->byProvider[1].source, SourceMix::Estimated);
        QCOMPARE(data->byProvider[1].unpricedTokens, qint64(700));
        QCOMPARE(data->byProvider[1].shareBasisPoints, qint64(500));
        QCOMPARE(data->byModel.size(), 3);
        QCOMPARE(data->byModel[0].label, u"gpt-4o"_qs);
        QCOMPARE(data->byModel[0].cost.toExactString(), u"18"_qs);   // usage cost, never the bill
        QCOMPARE(data->byModel[2].label, u"claude-mystery"_qs);
        QCOMPARE(data->byModel[2].cost.nanos(), qint64(0));

        // Daily stack: the 1st is billed 2.50, the 5th has both providers.
        QCOMPARE(data->daily.first().day, QDate(2026, 3, 1));
        QCOMPARE(data->daily.first().spend.toExactString(), u"2.5"_qs);
        int onFifth = 0;
        for (const ProviderDay &p : data->daily)
            onFifth += p.day == QDate(2026, 3, 5);
        QCOMPARE(onFifth, 2);

        QCOMPARE(data->trend.last().spend.toExactString(), u"20"_qs);
        QCOMPARE(data->trend[10].spend.toExactString(), u"3"_qs);   // February
        QCOMPARE(data->trend[10].requests, qint64(3));
        QCOMPARE(data->trend.last().tokens, qint64(9 * 1100 + 5500 + 700));

        QCOMPARE(data->balances.size(), 1);
        QCOMPARE(data->balances[0].amount.toExactString(), u"12.34"_qs);
        QCOMPARE(data->balances[0].accountLabel, u"Research"_qs);
        QCOMPARE(data->sync.lastStatus, u"failed"_qs);
        QCOMPARE(data->sync.failingAccounts, 1);
        QVERIFY(data->sync.firstFailure.startsWith(u"Research: "_qs));
    }

    void manualEntriesChargeOnTheirDays_data()
    {
        QTest::addColumn<QString>("recurrence");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QList<QDate>>("days");
        QTest::newRow("monthly from the 31st: the last day of short months")
            << "monthly" << QDate(2026, 1, 31) << QDate() << QDate(2026, 4, 30)
            << QList<QDate>{QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2026, 3, 31), QDate(2026, 4, 30)};
        QTest::newRow("monthly, leap February") << "monthly" << QDate(2028, 1, 30) << QDate() << QDate(2028, 2, 29)
                                                << QList<QDate>{QDate(2028, 1, 30), QDate(2028, 2, 29)};
        QTest::newRow("monthly with an end")
            << "monthly" << QDate(2026, 1, 15) << QDate(2026, 3, 14) << QDate(2026, 6, 1)
            << QList<QDate>{QDate(2026, 1, 15), QDate(2026, 2, 15)};
        QTest::newRow("not yet") << "monthly" << QDate(2026, 7, 1) << QDate() << QDate(2026, 6, 30) << QList<QDate>{};
        QTest::newRow("once") << "once" << QDate(2026, 2, 3) << QDate() << QDate(2026, 6, 1)
                              << QList<QDate>{QDate(2026, 2, 3)};
    }
    void manualEntriesChargeOnTheirDays()
    {
        QFETCH(QString, recurrence);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QDate, today);
        QFETCH(QList<QDate>, days);
        ManualEntry e;
        e.recurrence = *ManualEntry::recurrenceFromName(recurrence);
        e.start = start;
        if (end.isValid())
            e.end = end;
        QCOMPARE(e.chargeDays(today), days);
    }

    // Manual entries add on top of billed or estimated spend and are shown as manual.
    void manualEntriesCountEverywhereAsManual()
    {
        test::TestDatabase db;
        const qint64 openai = db.addAccount(u"openai"_qs, u"Prod"_qs);
        const qint64 seats = db.addAccount(u"other"_qs, u"Seats"_qs);
        const QDate today(2026, 3, 20);
        QVERIFY(UsageRepository(db.connection())
                    .upsert({test::usage(openai, QDate(2026, 3, 2), u"gpt-4o"_qs, 10, 10, 4'000'000'000)})
                    .ok);
        QVERIFY(
            CostRepository(db.connection()).upsert({cost(openai, QDate(2026, 3, 2), u"gpt-4o"_qs, 5'000'000'000)}).ok);
        ManualEntryRepository manual(db.connection());
        ManualEntry copilot;
        copilot.accountId = seats;
        copilot.label = u"Copilot"_qs;
        copilot.amount = Money::fromNanos(19'000'000'000);
        copilot.start = QDate(2026, 1, 2);
        QVERIFY(manual.add(copilot) > 0);
        ManualEntry box = copilot;
        box.accountId = openai;   // on the same account and day as a bill: added, never replacing it
        box.label = u"Fine-tuning contract"_qs;
        box.recurrence = ManualEntry::Recurrence::Once;
        box.amount = Money::fromNanos(100'000'000'000);
        box.start = QDate(2026, 3, 2);
        QVERIFY(manual.add(box) > 0);
        for (int i = 0; i < 3; ++i)
            QVERIFY(manual.materialize(today));                                                     // idempotent
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM costs WHERE source = 'manual'"_qs), qint64(4));   // 3 months + once

        const auto data = loadDashboard(db.connection(), today);
        QVERIFY(data);
        QCOMPARE(data->forecast.monthToDate.toExactString(), u"124"_qs);   // 5 billed + 100 + 19
        QCOMPARE(data->spentBilled.toExactString(), u"5"_qs);
        QCOMPARE(data->spentManual.toExactString(), u"119"_qs);
        QCOMPARE(data->spentSource, SourceMix::Mixed);
        const auto other = std::find_if(data->byProvider.cbegin(), data->byProvider.cend(),
                                        [](const Share &s) { return s.provider == u"other"_qs; });
        QVERIFY(other != data->byProvider.cend());
        QCOMPARE(other->source, SourceMix::Manual);
        const auto report = ReportBuilder(db.connection()).build(QDate(2026, 3, 1), today);
        QCOMPARE(report->billed.first().amount.toExactString(), u"5"_qs);   // manual is not "billed"
        // Nor is it a bill to reconcile: only OpenAI's real bill of the 2nd is compared.
        const auto reconciled = reconcile(db.connection(), QDate(2026, 3, 1), today);
        QCOMPARE(reconciled->size(), 1);
        QCOMPARE(reconciled->first().provider, u"openai"_qs);
        QCOMPARE(reconciled->first().billed.toExactString(), u"5"_qs);
        QCOMPARE(billedLines(db.connection(), QDate(2026, 3, 2), u"openai"_qs)->size(), 1);

        QVERIFY(manual.remove(1));
        QVERIFY(manual.materialize(today));
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM costs WHERE source = 'manual'"_qs), qint64(1));
    }

    void qualityChecksFindWhatLooksWrong()
    {
        test::TestDatabase db;
        const qint64 openai = db.addAccount(u"openai"_qs, u"Prod"_qs);
        const qint64 router = db.addAccount(u"openrouter"_qs, u"Gateway"_qs);
        const QDate today(2026, 3, 10);
        UsageRecord fromCsv = test::usage(openai, QDate(2026, 3, 2), u"gpt-4o"_qs, 10, 10, 1000);
        fromCsv.source = u"csv"_qs;
        UsageRecord absurd = test::usage(openai, QDate(2026, 3, 3), u"gpt-4o-mini"_qs, AbsurdCount + 1, 0, 5);
        QVERIFY(UsageRepository(db.connection())
                    .upsert({test::usage(openai, QDate(2026, 3, 1), u"claude-sonnet-4-5"_qs, 10, 10, 100),
                             test::usage(router, QDate(2026, 3, 1), u"claude-sonnet-4-5"_qs, 10, 10,
                                         100),   // gateway: fine
                             test::usage(router, QDate(2026, 3, 1), u"anthropic/claude-sonnet-4.5"_qs, 1, 1, 1),
                             test::usage(openai, QDate(2026, 3, 2), u"gpt-4o"_qs, 10, 10, 1000), fromCsv, absurd,
                             test::usage(openai, QDate(2026, 3, 12), u"gpt-4o"_qs, 1, 1, 1)})
                    .ok);
        const auto findings = checkDataQuality(db.connection(), today);
        QVERIFY(findings);
        QCOMPARE(findings->size(), 4);
        QCOMPARE(findings->at(0).kind, QualityFinding::Kind::ForeignModel);
        QCOMPARE(findings->at(0).model, u"claude-sonnet-4-5"_qs);
        QCOMPARE(findings->at(0).accountId, openai);
        QVERIFY(findings->at(0).description.contains(u"Anthropic"_qs));
        QCOMPARE(findings->at(1).kind, QualityFinding::Kind::ImpossibleValue);
        QCOMPARE(findings->at(1).model, u"gpt-4o-mini"_qs);
        QCOMPARE(findings->at(2).kind, QualityFinding::Kind::DuplicateSources);
        QCOMPARE(findings->at(2).firstDay, QDate(2026, 3, 2));
        QVERIFY(findings->at(2).description.contains(u"api,csv"_qs) ||
                findings->at(2).description.contains(u"csv,api"_qs));
        QCOMPARE(findings->at(3).kind, QualityFinding::Kind::FutureDate);
        QCOMPARE(findings->at(3).firstDay, QDate(2026, 3, 12));
        // The rows behind a finding are its filter's rows; nothing was removed or changed.
        const auto rows = queryUsageRows(db.connection(), findings->at(2).filter(), UsageColumn::Day, false, 0, 10);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM usage"_qs), qint64(7));
        QCOMPARE(providerOfModel(u"models/gemini-2.5-pro"_qs), u"google"_qs);
        QCOMPARE(providerOfModel(u"o3-mini"_qs), u"openai"_qs);
        QCOMPARE(providerOfModel(u"llama-3.1-8b"_qs), QString());
    }

    // Issue 15: the checks look only at the days written since the last check (no scan of the raw
    // rows at start-up), and the findings follow every write: new problems appear, removed or
    // corrected rows take theirs away, a deleted account takes its findings along.
    void qualityChecksAreIncrementalAndFollowEveryWrite()
    {
        test::TestDatabase db;
        const qint64 openai = db.addAccount(u"openai"_qs, u"Prod"_qs);
        const qint64 other = db.addAccount(u"openai"_qs, u"Other"_qs);
        const QDate today(2026, 3, 10);
        // The findings read quality_mark_totals (schema 13, kept by triggers): always the marks grouped.
        const auto totalsMismatch = [&db] {
            const QString grouped = u"SELECT kind, account_id, model, SUM(rows), COUNT(*) FROM quality_marks "
                                    "GROUP BY kind, account_id, model"_qs;
            const QString kept = u"SELECT kind, account_id, model, rows, days FROM quality_mark_totals"_qs;
            return db.scalar(
                u"SELECT (SELECT COUNT(*) FROM (%1 EXCEPT %2)) + (SELECT COUNT(*) FROM (%2 EXCEPT %1))"_qs.arg(grouped,
                                                                                                               kept));
        };
        UsageRepository repo(db.connection());
        QVERIFY(repo.upsert({test::usage(openai, QDate(2026, 3, 1), u"gpt-4o"_qs, 10, 10, 100)}).ok);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM quality_dirty"_qs), qint64(1));
        QCOMPARE(checkDataQuality(db.connection(), today)->size(), 0);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM quality_dirty"_qs), qint64(0));   // looked at, once

        // A foreign model and an absurd row on another day; the first day is not looked at again.
        UsageRecord absurd = test::usage(openai, QDate(2026, 3, 4), u"gpt-4o"_qs, AbsurdCount + 1, 0, 5);
        QVERIFY(repo.upsert({test::usage(openai, QDate(2026, 3, 4), u"claude-opus-4-1"_qs, 1, 1, 1), absurd,
                             test::usage(other, QDate(2026, 3, 4), u"gemini-2.5-pro"_qs, 1, 1, 1)})
                    .ok);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM quality_dirty"_qs), qint64(2));
        auto findings = checkDataQuality(db.connection(), today);
        QVERIFY(findings);
        QCOMPARE(findings->size(), 3);
        QCOMPARE(findings->at(0).kind, QualityFinding::Kind::ForeignModel);
        QCOMPARE(findings->at(0).accountId, other);   // "Other" sorts before "Prod"
        QCOMPARE(findings->at(1).model, u"claude-opus-4-1"_qs);
        QCOMPARE(findings->at(2).kind, QualityFinding::Kind::ImpossibleValue);
        QCOMPARE(findings->at(2).rows, qint64(1));
        // Asked again with nothing written: the same answer from what was kept.
        QCOMPARE(checkDataQuality(db.connection(), today)->size(), 3);

        // The provider corrects the absurd row (a re-sync): its finding goes.
        absurd.inputTokens = 12;
        QVERIFY(repo.upsert({absurd}).ok);
        findings = checkDataQuality(db.connection(), today);
        QCOMPARE(findings->size(), 2);
        // The same day of gpt-4o from a CSV as well: counted twice.
        UsageRecord fromCsv = test::usage(openai, QDate(2026, 3, 1), u"gpt-4o"_qs, 10, 10, 100);
        fromCsv.source = u"csv"_qs;
        QVERIFY(repo.upsert({fromCsv}).ok);
        findings = checkDataQuality(db.connection(), today);
        QCOMPARE(findings->size(), 3);
        QCOMPARE(findings->at(2).kind, QualityFinding::Kind::DuplicateSources);
        QCOMPARE(findings->at(2).firstDay, QDate(2026, 3, 1));
        QCOMPARE(findings->at(2).rows, qint64(1));
        QVERIFY(db.scalar(u"SELECT COUNT(*) FROM quality_mark_totals"_qs) == 3);
        QCOMPARE(totalsMismatch(), qint64(0));
        // Removing the CSV row takes that finding away; deleting an account takes its own.
        QCOMPARE(repo.removeKeys({fromCsv}), 1);
        QCOMPARE(checkDataQuality(db.connection(), today)->size(), 2);
        QSqlQuery del(db.connection());
        QVERIFY(del.exec(QStringLiteral("DELETE FROM accounts WHERE id = %1").arg(other)));
        findings = checkDataQuality(db.connection(), today);
        QCOMPARE(findings->size(), 1);
        QCOMPARE(findings->at(0).model, u"claude-opus-4-1"_qs);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM quality_marks WHERE account_id = %1"_qs.arg(other)), qint64(0));
        QCOMPARE(totalsMismatch(), qint64(0));
        // A rebuild of the rollups (the repair tool) has every day looked at again, same answer.
        QVERIFY(repo.rebuildRollups());
        QVERIFY(db.scalar(u"SELECT COUNT(*) FROM quality_dirty"_qs) > 0);
        QCOMPARE(checkDataQuality(db.connection(), today)->size(), 1);
        QCOMPARE(totalsMismatch(), qint64(0));
    }

    void reconciliationShowsTheGapAndWhatExplainsIt()
    {
        test::TestDatabase db;
        const qint64 a = db.addAccount(u"openai"_qs, u"A"_qs);
        const qint64 b = db.addAccount(u"openai"_qs, u"B"_qs);
        const QDate d1(2026, 3, 1);
        const QDate d2(2026, 3, 2);
        const QDate d3(2026, 3, 3);
        UsageRecord batch = test::usage(a, d1, u"gpt-4o"_qs, 10, 10, 1'000'000'000);
        batch.serviceTier = u"batch"_qs;
        batch.cacheWrite5mTokens = 40;
        QVERIFY(UsageRepository(db.connection())
                    .upsert({batch, test::usage(b, d1, u"gpt-4o"_qs, 1, 1, 500'000'000),
                             test::usage(a, d1, u"ft:custom"_qs, 300, 0, std::nullopt),
                             test::usage(a, d2, u"gpt-4o"_qs, 10, 10, 1'000'000'000)})
                    .ok);
        QVERIFY(CostRepository(db.connection())
                    .upsert({cost(a, d1, u"gpt-4o, input"_qs, 800'000'000), cost(a, d1, u"credit"_qs, -100'000'000),
                             cost(a, d2, u"gpt-4o"_qs, 1'005'000'000), cost(a, d3, u"fine-tuning"_qs, 4'000'000'000)})
                    .ok);
        const auto rows = reconcile(db.connection(), d1, d3);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);
        const ReconciliationRow &r1 = rows->at(0);
        QCOMPARE(r1.billed.toExactString(), u"0.7"_qs);
        QCOMPARE(r1.credits.toExactString(), u"-0.1"_qs);
        QCOMPARE(r1.estimated.toExactString(), u"1.5"_qs);
        QCOMPARE(r1.difference().toExactString(), u"-0.8"_qs);
        QCOMPARE(r1.differenceBasisPoints(), std::optional<qint64>(-11429));   // -0.8 / 0.7
        QVERIFY(r1.isGap(1000));
        QCOMPARE(r1.unpricedTokens, qint64(300));
        QCOMPARE(r1.cacheWriteTokens, qint64(40));
        QCOMPARE(r1.serviceTiers, QStringList{u"batch"_qs});
        QCOMPARE(r1.accountsWithoutBill, QStringList{u"B"_qs});
        const ReconciliationRow &r2 = rows->at(1);
        QCOMPARE(r2.differenceBasisPoints(), std::optional<qint64>(50));   // 0.005 / 1.005 = 0.4975 %
        QVERIFY(!r2.isGap(1000));
        QVERIFY(!r2.isGap(10));   // half a cent never lights up
        const ReconciliationRow &r3 = rows->at(2);
        QVERIFY(r3.hasBilled);
        QVERIFY(!r3.hasUsage);
        QVERIFY(!r3.differenceBasisPoints());
        QVERIFY(r3.isGap(1000));   // a bill without usage rows is worth a look
    }

    void usageTableFiltersSortsAndPagesWithoutOverlap()
    {
        test::TestDatabase db;
        const qint64 a = db.addAccount(u"openai"_qs, u"A"_qs);
        const qint64 b = db.addAccount(u"anthropic"_qs, u"B"_qs);
        QList<UsageRecord> rows;
        for (int i = 0; i < 50; ++i) {
            UsageRecord r = test::usage(i % 2 ? a : b, QDate(2026, 1, 1).addDays(i % 10), u"m%1"_qs.arg(i % 5), 100 + i,
                                        i, i % 7 == 0 ? std::optional<qint64>() : std::optional<qint64>(i));
            r.project = u"p%1"_qs.arg(i % 3);
            r.apiKeyId = u"k%1"_qs.arg(i);
            rows.append(r);
        }
        QVERIFY(UsageRepository(db.connection()).upsert(rows).ok);

        UsageFilter all;
        const auto totals = queryUsageTotals(db.connection(), all);
        QVERIFY(totals);
        QCOMPARE(totals->rows, qint64(50));
        QCOMPARE(totals->unpricedRows, qint64(8));   // 0, 7, …, 49
        qint64 priced = 0;
        for (int i = 0; i < 50; ++i)
            priced += i % 7 == 0 ? 0 : i;
        QCOMPARE(totals->cost.nanos(), priced);

        // Every column sorts; pages of 7 in both directions cover each row exactly once.
        for (int c = 0; c < int(UsageColumn::Count); ++c) {
            for (bool descending : {false, true}) {
                QSet<QString> seen;
                for (qint64 offset = 0; offset < 50; offset += 7) {
                    const auto page = queryUsageRows(db.connection(), all, UsageColumn(c), descending, offset, 7);
                    QVERIFY(page);
                    for (const UsageRow &r : *page)
                        seen.insert(r.apiKeyId);
                }
                QCOMPARE(seen.size(), 50);
            }
        }
        const auto byCost = queryUsageRows(db.connection(), all, UsageColumn::Cost, true, 0, 1);
        QCOMPARE(byCost->first().cost->nanos(), qint64(48));

        UsageFilter f;
        f.provider = u"openai"_qs;
        f.project = u"p1"_qs;
        f.status = CostStatus::Estimated;
        f.from = QDate(2026, 1, 2);
        f.to = QDate(2026, 1, 8);
        const auto filtered = queryUsageRows(db.connection(), f, UsageColumn::Day, false, 0, 100);
        QVERIFY(filtered);
        QVERIFY(!filtered->isEmpty());
        for (const UsageRow &r : *filtered) {
            QCOMPARE(r.provider, u"openai"_qs);
            QCOMPARE(r.project, u"p1"_qs);
            QCOMPARE(r.status, CostStatus::Estimated);
            QVERIFY(r.day >= f.from && r.day <= f.to);
        }
        QCOMPARE(queryUsageTotals(db.connection(), f)->rows, qint64(filtered->size()));
        f.apiKeyId = filtered->first().apiKeyId;
        QCOMPARE(queryUsageTotals(db.connection(), f)->rows, qint64(1));

        const auto choices = usageFilterChoices(db.connection());
        QVERIFY(choices);
        QCOMPARE(choices->models.size(), 5);
        QCOMPARE(choices->projects, (QStringList{u"p0"_qs, u"p1"_qs, u"p2"_qs}));
        QCOMPARE(choices->apiKeys.size(), 50);
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
