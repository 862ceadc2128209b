// Set-based re-pricing (Repricer, through PricingService) against CostCalculator, row by row: every
// stored cost must be the one the per-row pricing gives, to the nano, and the daily rollup the one
// summed from the rows; every rollup (daily, per account, the Usage page's and the per-project ones,
// the quality marks) what a rebuild from the rows gives.

#include "pricing/pricingservice.h"
#include "pricing/repricer.h"
#include "repricerchecks.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace tl;
using tl::test::TestDatabase;

namespace {

struct TestAccount
{
    const char *provider;
    QList<const char *> models;
};

// Tiered (long-context) models, cache prices, price versions with start dates, snapshot and resource
// names, an agent priced at its vendor's prices, time-of-day prices, and models with no price.
const QList<TestAccount> Accounts = {
    {"openai", {"gpt-4o", "gpt-4o-2024-08-06", "GPT-4o ", "o3", "gpt-5.6-luna", "my-finetune", "gpt-4o-mini"}},
    {"anthropic",
     {"claude-sonnet-4-5", "claude-sonnet-4-6", "claude-opus-4-6", "claude-sonnet-5", "claude-3-5-haiku-latest",
      "claude-opus-4-5@20251101", "claude-unknown"}},
    {"google", {"models/gemini-2.5-pro", "gemini-2.5-flash", "gemini-3.6-flash", "gemini-unknown"}},
    {"claude-code", {"claude-sonnet-4-5", "claude-opus-4-6"}},
    {"deepseek", {"deepseek-chat", "deepseek-reasoner"}},
};
const QStringList Tiers = {QString(), QStringLiteral("batch"), QStringLiteral("long-context"),
                           QStringLiteral("batch+long-context"), QStringLiteral("xlong-context")};

qint64 someTokens(QRandomGenerator &rng)
{
    switch (rng.bounded(4)) {
    case 0:
        return 0;
    case 1:
        return rng.bounded(1, 1000);
    case 2:
        return rng.bounded(1, 5'000'000);
    default:
        return qint64(rng.bounded(1, 1'000'000)) * rng.bounded(1, 100'000);   // up to 1e11
    }
}

PriceOverride override(const char *provider, const char *model, QDate from, const char *input, const char *output)
{
    PriceOverride o;
    o.provider = QString::fromLatin1(provider);
    o.model = QString::fromLatin1(model);
    o.effectiveFrom = from;
    o.prices.input = TieredPrice{*Money::fromDecimal(QString::fromLatin1(input)), {}};
    o.prices.output = TieredPrice{*Money::fromDecimal(QString::fromLatin1(output)), {}};
    return o;
}

}   // namespace

class TestRepricer : public QObject, public test::RepricerChecks
{
    Q_OBJECT

private:
    void fill(TestDatabase &db, int rows)
    {
        QRandomGenerator rng(15);
        QList<UsageRecord> batch;
        for (const TestAccount &a : Accounts)
            m_providers.insert(db.addAccount(QString::fromLatin1(a.provider), QString::fromLatin1(a.provider)),
                               QString::fromLatin1(a.provider));
        const QList<qint64> ids = m_providers.keys();
        for (int i = 0; i < rows; ++i) {
            const qint64 account = ids.at(int(rng.bounded(qsizetype(ids.size()))));
            const TestAccount &a = *std::find_if(Accounts.cbegin(), Accounts.cend(), [&](const TestAccount &x) {
                return m_providers.value(account) == QLatin1String(x.provider);
            });
            UsageRecord r;
            r.accountId = account;
            // 2025-01-01 .. 2027-03-01: across the catalog's price changes and the overrides below.
            r.day = QDate(2025, 1, 1).addDays(rng.bounded(790));
            r.model = QString::fromLatin1(a.models.at(int(rng.bounded(qsizetype(a.models.size())))));
            r.project = QStringLiteral("p%1").arg(i);
            r.serviceTier = Tiers.at(int(rng.bounded(qsizetype(Tiers.size()))));
            r.inputTokens = someTokens(rng);
            r.cachedInputTokens = someTokens(rng);
            r.cacheWrite5mTokens = rng.bounded(3) == 0 ? someTokens(rng) : 0;
            r.cacheWrite1hTokens = rng.bounded(5) == 0 ? someTokens(rng) : 0;
            r.outputTokens = someTokens(rng);
            r.requests = rng.bounded(0, 5000);
            switch (rng.bounded(4)) {
            case 0:
                r.costStatus = CostStatus::Unpriced;
                break;
            case 1:
                markReported(r, rng.bounded(1, 1'000'000'000));
                break;
            default:
                r.cost = Money::fromNanos(rng.bounded(0, 1'000'000'000));   // a stale estimate
                r.costStatus = CostStatus::Estimated;
            }
            batch.append(r);
        }
        QVERIFY(UsageRepository(db.connection()).upsert(batch).ok);
    }

    // Every model of three accounts on each of 28 days, 20 rows a model (so a Usage page bucket
    // holds two models), a tenth reported, a tenth unpriced.
    void fillDense(TestDatabase &db)
    {
        const QList<TestAccount> accounts = {
            {"openai", {"gpt-4o", "gpt-4o-mini", "my-finetune", "o3"}},
            {"anthropic", {"claude-opus-4-6", "claude-sonnet-4-5", "claude-unknown"}},
            {"claude-code", {"claude-opus-4-6", "claude-sonnet-4-5"}},
        };
        QRandomGenerator rng(16);
        QList<UsageRecord> batch;
        for (const TestAccount &a : accounts) {
            const qint64 account = db.addAccount(QString::fromLatin1(a.provider), QString::fromLatin1(a.provider));
            m_providers.insert(account, QString::fromLatin1(a.provider));
            for (int d = 0; d < 28; ++d) {
                for (const char *model : a.models) {
                    for (int i = 0; i < 20; ++i) {
                        UsageRecord r;
                        r.accountId = account;
                        r.day = QDate(2025, 12, 18).addDays(d);
                        r.model = QString::fromLatin1(model);
                        r.project = QStringLiteral("p%1").arg(i % 10);
                        r.apiKeyId = QStringLiteral("k%1").arg(i % 3);
                        r.serviceTier = i < 10 ? QString() : QStringLiteral("batch");
                        r.inputTokens = someTokens(rng);
                        r.cachedInputTokens = someTokens(rng);
                        r.outputTokens = someTokens(rng);
                        r.requests = rng.bounded(0, 50);
                        const int kind = int(rng.bounded(10));
                        if (kind == 0) {
                            r.costStatus = CostStatus::Unpriced;
                        } else {
                            r.cost = Money::fromNanos(rng.bounded(1, 1'000'000'000));
                            r.costStatus = kind == 1 ? CostStatus::Reported : CostStatus::Estimated;
                            if (kind == 1)
                                m_reported.insert(keyOf(account, isoDay(r.day), r.model, r.project, r.serviceTier),
                                                  r.cost->nanos());
                        }
                        batch.append(r);
                    }
                }
            }
        }
        QVERIFY(UsageRepository(db.connection()).upsert(batch).ok);
    }

    // Every row re-priced by the statement used should SQLite ever not update in one pass.
    void repriceSafely(TestDatabase &db, const PricingCatalog &catalog)
    {
        Repricer repricer(db.connection(), catalog);
        repricer.setOnePass(false);
        QString error;
        QVERIFY2(repricer.start({}, {}, &error), qPrintable(error));
        while (!repricer.atEnd())
            QVERIFY2(repricer.step(100, &error), qPrintable(error));
        QVERIFY(repricer.changed() > 0);
    }

private slots:
    void init()
    {
        m_providers.clear();
        m_reported.clear();
    }

    void everyRowAsCostCalculatorPricesIt()
    {
        TestDatabase db;
        fill(db, 6000);
        PricingService service(db.connection());
        QVERIFY(service.load());
        const qint64 estimatedBefore = db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE cost_status <> "
                                                                "'reported'"));
        PricingService::RepriceResult result = service.reprice();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.examined, estimatedBefore);
        QVERIFY(result.changed > 0);
        verify(db, service.catalog());
        result = service.reprice();   // nothing left to change
        QCOMPARE(result.changed, 0);
        QCOMPARE(result.examined, estimatedBefore);

        // Overrides with effective dates (one model key: the rows are reached through the rollup).
        for (const PriceOverride &o : {override("openai", "gpt-4o", QDate(2026, 1, 1), "3.125", "7"),
                                       override("openai", "gpt-4o", QDate(2026, 6, 1), "0.000001", "1.5"),
                                       override("anthropic", "claude-sonnet-4-5", QDate(2025, 10, 1), "2", "9")}) {
            result = service.setOverride(o);
            QVERIFY2(result.ok, qPrintable(result.error));
            QVERIFY(result.changed > 0);
            verify(db, service.catalog());
        }
        int removed = 0;
        result =
            service.removeOverride(QStringLiteral("openai"), QStringLiteral("gpt-4o"), QDate(2026, 6, 1), &removed);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(removed, 1);
        verify(db, service.catalog());
    }

    void everyRollupAsARebuildGivesIt()
    {
        TestDatabase db;
        fillDense(db);
        // A rollup row out of step (gone): its account-day is recomputed from the rows instead.
        QVERIFY(sql::exec(db.connection(),
                          QStringLiteral("DELETE FROM usage_daily WHERE day = '2025-12-28' AND model = "
                                         "'claude-sonnet-4-5'"),
                          nullptr));
        PricingService service(db.connection());
        QVERIFY(service.load());
        PricingService::RepriceResult result = service.reprice();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.changed > 1000);
        verifyRollups(db);
        // One model from a day on (its rows share buckets with other models'), one provider's
        // agent at its vendor's prices, then back.
        for (const PriceOverride &o : {override("openai", "gpt-4o", QDate(2026, 1, 1), "3.125", "7"),
                                       override("anthropic", "claude-sonnet-4-5", QDate(2025, 12, 25), "0", "0"),
                                       override("anthropic", "claude-opus-4-6", QDate(2025, 12, 1), "40", "400")}) {
            result = service.setOverride(o);
            QVERIFY2(result.ok, qPrintable(result.error));
            QVERIFY(result.changed > 0);
            verifyRollups(db);
        }
        int removed = 0;
        result = service.removeOverride(QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-5"),
                                        QDate(2025, 12, 25), &removed);
        QVERIFY2(result.ok, qPrintable(result.error));
        verifyRollups(db);
        verify(db, service.catalog());
        // A price that takes one model's month of an account past 2^63 - 1 nano-USD (about 9.2
        // billion dollars: usage_model_months' sums, as usage_group_months') is refused with a
        // clear error, and leaves the costs and every rollup as they were.
        const qint64 costs = db.scalar(QStringLiteral("SELECT SUM(cost_nano) FROM usage_daily"));
        result = service.setOverride(override("anthropic", "claude-opus-4-6", QDate(2025, 12, 1), "900", "9000"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("too large to add up")), qPrintable(result.error));
        QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(cost_nano) FROM usage_daily")), costs);
        verifyRollups(db);
    }

    // More models in an account-day than one batched usage_daily statement takes (64), remainders under
    // and over the smallest batch (8), 80 project/key groups: every rollup as a rebuild gives it, after
    // re-pricing one provider's rows (its days hold other accounts' rows, seen, left alone), then all.
    void manyModelsAndGroupsInADay()
    {
        TestDatabase db;
        const qint64 openai = db.addAccount(QStringLiteral("openai"), QStringLiteral("openai"));
        const qint64 anthropic = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("anthropic"));
        QRandomGenerator rng(64);
        QList<UsageRecord> batch;
        // 74 models on the first day (64 + 10), 65 on the second (64 + 1), 5 on the third.
        for (const auto &[day, models] :
             {std::pair{QDate(2026, 2, 1), 80}, {QDate(2026, 2, 2), 70}, {QDate(2026, 2, 3), 5}}) {
            for (const qint64 account : {openai, anthropic}) {
                for (int m = 0; m < models; ++m) {
                    for (int i = 0; i < 2; ++i) {
                        // Unknown models (their stored estimates become unpriced) and priced ones.
                        const QString model = m % 10 != 0 ? QStringLiteral("model-%1").arg(m, 2, 10, QLatin1Char('0'))
                                              : account == openai
                                                  ? (m % 20 == 0 ? QStringLiteral("gpt-4o") : QStringLiteral("o3"))
                                                  : QStringLiteral("claude-sonnet-4-5");
                        const int kind = int(rng.bounded(10));
                        UsageRecord r =
                            test::usage(account, day, model, someTokens(rng), rng.bounded(0, 50),
                                        kind == 0 ? std::nullopt : std::optional<qint64>(rng.bounded(1, 1'000'000)));
                        r.project = QStringLiteral("p%1").arg(m);   // 80 groups a day
                        r.apiKeyId = QStringLiteral("k%1").arg(i);
                        r.serviceTier = QStringLiteral("t%1-%2").arg(m).arg(i);   // keyOf() tells rows apart
                        r.outputTokens = someTokens(rng);
                        r.costStatus = kind == 0   ? CostStatus::Unpriced
                                       : kind == 1 ? CostStatus::Reported
                                                   : CostStatus::Estimated;
                        if (kind == 1)
                            m_reported.insert(keyOf(account, isoDay(day), r.model, r.project, r.serviceTier),
                                              r.cost->nanos());
                        batch.append(r);
                    }
                }
            }
        }
        QVERIFY(UsageRepository(db.connection()).upsert(batch).ok);
        QCOMPARE(db.scalar(QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(DISTINCT model) AS n FROM usage GROUP BY "
                                          "day, account_id)")),
                 qint64(74));
        PricingService service(db.connection());
        QVERIFY(service.load());
        PricingService::RepriceResult result = service.reprice(QStringLiteral("anthropic"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.changed > 100);
        verifyRollups(db);
        result = service.reprice();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.changed > 100);
        verifyRollups(db);   // (the rows' costs: the other tests; these are mostly unpriced models)
    }

    // Rows re-pricing takes by the model and the project/key group that came after the last one
    // before (Repricer::State::Entry::next, CostChanges::GroupSums::next): models and groups that
    // come and go from day to day and between accounts, a row whose cost stays next to ones whose
    // cost changes, the same model on adjacent days, and override windows over those days.
    void modelsAndGroupsThatMoveFromDayToDay()
    {
        TestDatabase db;
        const qint64 openai = db.addAccount(QStringLiteral("openai"), QStringLiteral("openai"));
        const qint64 anthropic = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("anthropic"));
        m_providers.insert(openai, QStringLiteral("openai"));
        m_providers.insert(anthropic, QStringLiteral("anthropic"));
        PricingService service(db.connection());
        QVERIFY(service.load());
        const CostCalculator calculator(service.catalog());
        const QList<std::pair<QString, QString>> groups = {{QStringLiteral("p1"), QStringLiteral("k1")},
                                                           {QStringLiteral("p2"), QStringLiteral("k1")},
                                                           {QStringLiteral("p3"), QStringLiteral("k2")}};
        // Per day and account: the models, each with the groups (indexes into `groups`) its rows are in.
        using Day = QList<std::pair<const char *, QList<int>>>;
        const QList<std::pair<Day, Day>> days = {
            {{{"gpt-4o", {0, 1, 2}}, {"gpt-4o-mini", {0, 1, 2}}, {"o3", {0, 1, 2}}},
             {{"claude-opus-4-6", {0, 2}}, {"claude-sonnet-4-5", {0, 1, 2}}}},
            {{{"gpt-4o", {1}}, {"o3", {0, 2}}}, {{"claude-sonnet-4-5", {2}}}},
            {{{"gpt-4o-mini", {2, 1}}, {"my-finetune", {0}}, {"o3", {1, 0}}},
             {{"claude-opus-4-6", {1}}, {"claude-unknown", {0, 1}}}},
            {{{"gpt-4o", {0, 1, 2}}, {"gpt-4o-mini", {0, 1, 2}}, {"o3", {0, 1, 2}}},
             {{"claude-opus-4-6", {0, 2}}, {"claude-sonnet-4-5", {0, 1, 2}}}},
        };
        QRandomGenerator rng(17);
        QList<UsageRecord> batch;
        int kept = 0;   // rows stored with the cost re-pricing gives them
        for (qsizetype d = 0; d < days.size(); ++d) {
            const QDate day = QDate(2026, 3, 9).addDays(d);
            for (const auto &[account, models] :
                 {std::pair{openai, days.at(d).first}, {anthropic, days.at(d).second}}) {
                for (const auto &[model, in] : models) {
                    for (qsizetype g = 0; g < in.size(); ++g) {
                        UsageRecord r = test::usage(account, day, QString::fromLatin1(model), someTokens(rng) + 1,
                                                    rng.bounded(1, 50), std::nullopt);
                        r.project = groups.at(in.at(g)).first;
                        r.apiKeyId = groups.at(in.at(g)).second;
                        r.outputTokens = someTokens(rng);
                        // Kinds by place: a row keeping its cost next to one whose stale estimate or
                        // missing cost changes, and a reported one.
                        const auto priced = calculator.price(m_providers.value(account), r).cost;
                        switch ((d + g) % 4) {
                        case 0:
                            r.cost = priced;
                            r.costStatus = priced ? CostStatus::Estimated : CostStatus::Unpriced;
                            kept += priced ? 1 : 0;
                            break;
                        case 1:
                            r.costStatus = CostStatus::Unpriced;
                            break;
                        case 2:
                            markReported(r, rng.bounded(1, 1'000'000'000));
                            break;
                        default:
                            r.cost = Money::fromNanos(rng.bounded(1, 1'000'000'000));
                            r.costStatus = CostStatus::Estimated;
                        }
                        batch.append(r);
                    }
                }
            }
        }
        QVERIFY(UsageRepository(db.connection()).upsert(batch).ok);
        QVERIFY(kept > 3);
        PricingService::RepriceResult result = service.reprice();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.changed > 0);
        QVERIFY(result.changed <= result.examined - kept);   // the rows that kept their cost were not rewritten
        verify(db, service.catalog());
        verifyRollups(db, 40);
        // A window of o3 (from the second day, then closed by a second override on the fourth), then
        // one of Anthropic's model on the first day only.
        for (const PriceOverride &o : {override("openai", "o3", QDate(2026, 3, 10), "3.125", "7"),
                                       override("openai", "o3", QDate(2026, 3, 12), "0.5", "1.5"),
                                       override("anthropic", "claude-opus-4-6", QDate(2026, 3, 9), "900", "9000"),
                                       override("anthropic", "claude-opus-4-6", QDate(2026, 3, 10), "1", "2")}) {
            result = service.setOverride(o);
            QVERIFY2(result.ok, qPrintable(result.error));
            QVERIFY(result.changed > 0);
            verify(db, service.catalog());
            verifyRollups(db, 40);
        }
        result = service.reprice();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.changed, 0);
    }

    void oneProviderOnly()
    {
        TestDatabase db;
        fill(db, 2000);
        QVERIFY(sql::exec(db.connection(),
                          QStringLiteral("UPDATE usage SET cost_nano = 1, cost_status = 'estimated' WHERE cost_status "
                                         "<> 'reported'"),
                          nullptr));
        QVERIFY(UsageRepository(db.connection()).rebuildRollups());   // the rollup follows the rows
        PricingService service(db.connection());
        QVERIFY(service.load());
        // Claude Code's rows are billed at Anthropic's prices: re-pricing Anthropic's covers them.
        const PricingService::RepriceResult result = service.reprice(QStringLiteral("anthropic"));
        QVERIFY2(result.ok, qPrintable(result.error));
        verify(db, service.catalog(), QStringLiteral("anthropic"));
    }

    void theSafeStatementGivesTheSameCosts()
    {
        // The statement used should SQLite ever not update in one pass.
        TestDatabase db;
        fill(db, 2000);
        PricingService service(db.connection());
        QVERIFY(service.load());
        repriceSafely(db, service.catalog());
        verify(db, service.catalog());
    }

    void theChecksHoldAndStayOnForOtherStatements()
    {
        // The UPDATE runs with usage's CHECK constraints left out (repricer.cpp, ChecksLeftOut): what it
        // wrote must meet them, by the fast statement (by days, by model key) and the safe one, and
        // every statement of the connection after it — a failed re-pricing's too — is checked again.
        const auto broken = [](TestDatabase &db) {
            return db.scalar(QStringLiteral(
                "SELECT COUNT(*) FROM usage WHERE NOT ((cost_nano IS NULL OR typeof(cost_nano) = 'integer') AND "
                "cost_status IN ('estimated', 'reported', 'unpriced') AND "
                "(cost_status = 'unpriced') = (cost_nano IS NULL))"));
        };
        const auto checked = [](TestDatabase &db) {
            QSqlQuery q(db.connection());
            return !q.exec(QStringLiteral("UPDATE usage SET cost_status = 'bogus'")) &&
                   db.scalar(QStringLiteral("PRAGMA ignore_check_constraints")) == 0;
        };
        TestDatabase db;
        fill(db, 3000);
        PricingService service(db.connection());
        QVERIFY(service.load());
        PricingService::RepriceResult result = service.reprice();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.changed > 0);
        QCOMPARE(broken(db), 0);
        QVERIFY(checked(db));
        result = service.setOverride(override("openai", "gpt-4o", QDate(2026, 1, 1), "0", "0.5"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.changed > 0);
        QCOMPARE(broken(db), 0);
        QVERIFY(checked(db));

        TestDatabase other;
        fill(other, 2000);
        repriceSafely(other, service.catalog());
        QCOMPARE(broken(other), 0);
        QVERIFY(checked(other));

        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Huge"));
        UsageRecord huge = test::usage(account, QDate(2026, 3, 2), QStringLiteral("gpt-4o"),
                                       std::numeric_limits<qint64>::max() / 2, 0, std::nullopt);
        huge.costStatus = CostStatus::Unpriced;
        QVERIFY(UsageRepository(db.connection()).upsert({huge}).ok);
        QVERIFY(!service.reprice().ok);
        QVERIFY(checked(db));
    }

    void aCostTooLargeIsAnErrorAndChangesNothing()
    {
        TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Org"));
        UsageRecord huge = test::usage(account, QDate(2026, 3, 2), QStringLiteral("gpt-4o"),
                                       std::numeric_limits<qint64>::max() / 2, 0, std::nullopt);
        huge.costStatus = CostStatus::Unpriced;
        UsageRecord fine = test::usage(account, QDate(2026, 3, 1), QStringLiteral("gpt-4o"), 1000, 10, 5);
        fine.costStatus = CostStatus::Estimated;
        QVERIFY(UsageRepository(db.connection()).upsert({huge, fine}).ok);
        PricingService service(db.connection());
        QVERIFY(service.load());
        const PricingService::RepriceResult result = service.reprice();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("too large")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("gpt-4o on 2026-03-02")), qPrintable(result.error));
        QCOMPARE(db.scalar(QStringLiteral("SELECT cost_nano FROM usage WHERE day = '2026-03-01'")), qint64(5));
    }
};

QTEST_GUILESS_MAIN(TestRepricer)
#include "tst_repricer.moc"
