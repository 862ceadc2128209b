// Set-based re-pricing (Repricer, through PricingService) against CostCalculator, row by row: every
// stored cost must be the one the per-row pricing gives, to the nano, and the daily rollup the one
// summed from the rows; every rollup (daily, per account, the Usage page's and the per-project ones,
// the quality marks) what a rebuild from the rows gives.

#include "analytics/quality.h"
#include "analytics/usagetable.h"
#include "common/dates.h"
#include "pricing/costcalculator.h"
#include "pricing/pricingservice.h"
#include "pricing/repricer.h"
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

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

class TestRepricer : public QObject
{
    Q_OBJECT

private:
    QHash<qint64, QString> m_providers;   // account -> provider
    QHash<QString, qint64> m_reported;    // key -> the cost a source reported

    static QString keyOf(qint64 account, const QString &day, const QString &model, const QString &project,
                         const QString &tier)
    {
        return QStringList{QString::number(account), day, model, project, tier}.join(QChar(0x1f));
    }

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
                r.cost = Money::fromNanos(rng.bounded(1, 1'000'000'000));
                r.costStatus = CostStatus::Reported;
                m_reported.insert(keyOf(account, isoDay(r.day), r.model, r.project, r.serviceTier), r.cost->nanos());
                break;
            default:
                r.cost = Money::fromNanos(rng.bounded(0, 1'000'000'000));   // a stale estimate
                r.costStatus = CostStatus::Estimated;
            }
            batch.append(r);
        }
        QVERIFY(UsageRepository(db.connection()).upsert(batch).ok);
    }

    // Every row as the per-row pricing prices it (reported rows as reported); the rollup as summed.
    void verify(TestDatabase &db, const PricingCatalog &catalog, const QString &onlyProvider = {})
    {
        const CostCalculator calculator(catalog);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT account_id, day, model, project, service_tier, input_tokens, cached_input_tokens, "
                           "cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, requests, cost_nano, "
                           "cost_status FROM usage")));
        int rows = 0;   // priced by the catalog
        int priced = 0;
        while (q.next()) {
            UsageRecord r;
            r.accountId = q.value(0).toLongLong();
            r.day = parseIsoDay(q.value(1).toString()).value_or(QDate());
            r.model = q.value(2).toString();
            r.project = q.value(3).toString();
            r.serviceTier = q.value(4).toString();
            r.inputTokens = q.value(5).toLongLong();
            r.cachedInputTokens = q.value(6).toLongLong();
            r.cacheWrite5mTokens = q.value(7).toLongLong();
            r.cacheWrite1hTokens = q.value(8).toLongLong();
            r.outputTokens = q.value(9).toLongLong();
            r.requests = q.value(10).toLongLong();
            const QString where = keyOf(r.accountId, q.value(1).toString(), r.model, r.project, r.serviceTier);
            const QString status = q.value(12).toString();
            if (m_reported.contains(where)) {
                QCOMPARE(status, QStringLiteral("reported"));
                QCOMPARE(q.value(11).toLongLong(), m_reported.value(where));
                continue;
            }
            const QString provider = m_providers.value(r.accountId);
            if (!onlyProvider.isEmpty() && PricingCatalog::pricingProviderId(provider) != onlyProvider) {
                QCOMPARE(q.value(11).toLongLong(), qint64(1));   // left alone
                continue;
            }
            ++rows;
            const CostResult expected = calculator.price(provider, r);
            QVERIFY(!expected.overflow);
            QVERIFY2(expected.cost.has_value() == !q.value(11).isNull(), qPrintable(where));
            QCOMPARE(status, expected.cost ? QStringLiteral("estimated") : QStringLiteral("unpriced"));
            if (expected.cost) {
                QVERIFY2(q.value(11).toLongLong() == expected.cost->nanos(),
                         qPrintable(QStringLiteral("%1 %2: %3 instead of %4")
                                        .arg(provider, where)
                                        .arg(q.value(11).toLongLong())
                                        .arg(expected.cost->nanos())));
                ++priced;
            }
        }
        QVERIFY(rows > 0);
        QVERIFY(priced > rows / 4);   // the data exercises real prices, not only "unpriced"
        const QString sums = QStringLiteral(
            "SELECT day, account_id, model, SUM(input_tokens), SUM(cached_input_tokens), "
            "SUM(cache_write_5m_tokens + cache_write_1h_tokens), SUM(output_tokens), SUM(requests), "
            "COALESCE(SUM(cost_nano), 0), SUM(CASE WHEN cost_nano IS NULL THEN input_tokens + cached_input_tokens "
            "+ cache_write_5m_tokens + cache_write_1h_tokens + output_tokens ELSE 0 END), SUM(cost_nano IS NULL), "
            "COUNT(*) FROM usage GROUP BY day, account_id, model");
        const QString rollup = QStringLiteral(
            "SELECT day, account_id, model, input_tokens, cached_input_tokens, cache_write_tokens, output_tokens, "
            "requests, cost_nano, unpriced_tokens, unpriced_rows, row_count FROM usage_daily");
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM (%1 EXCEPT %2)").arg(sums, rollup)), qint64(0));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM (%2 EXCEPT %1)").arg(sums, rollup)), qint64(0));
    }

    // Every rollup table and the quality marks, one sorted line per row.
    static QStringList rollupRows(TestDatabase &db)
    {
        QString error;
        if (!refreshQualityMarks(db.connection(), &error))
            return {error};
        return db.tableRows({QStringLiteral("usage_daily"), QStringLiteral("usage_account_daily"),
                             QStringLiteral("usage_page_buckets"), QStringLiteral("usage_page_days"),
                             QStringLiteral("usage_group_days"), QStringLiteral("usage_group_months"),
                             QStringLiteral("usage_models"), QStringLiteral("quality_marks"),
                             QStringLiteral("quality_mark_totals")});
    }

    // The Usage page sorted by cost and by status (read through the rollups) against the plain
    // sort of the rows, then every rollup against a rebuild from the rows.
    void verifyRollups(TestDatabase &db)
    {
        for (const auto &[column, expression] :
             {std::pair{UsageColumn::Cost, "cost_nano"}, std::pair{UsageColumn::Status, "cost_status"}}) {
            for (const bool descending : {true, false}) {
                const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
                QString order = QLatin1String(expression) + dir;
                for (const char *k : {"day", "account_id", "model", "project", "api_key_id", "service_tier", "source"})
                    order += QStringLiteral(", ") + QLatin1String(k) + dir;
                for (const auto &[offset, limit] : {std::pair<qint64, int>{0, 25}, {130, 40}, {1000, 7}}) {
                    QSqlQuery q(db.connection());
                    QVERIFY(q.exec(QStringLiteral("SELECT day, account_id, model, project, service_tier FROM usage "
                                                  "ORDER BY %1 LIMIT %2 OFFSET %3")
                                       .arg(order)
                                       .arg(limit)
                                       .arg(offset)));
                    QStringList expected;
                    while (q.next())
                        expected << keyOf(q.value(1).toLongLong(), q.value(0).toString(), q.value(2).toString(),
                                          q.value(3).toString(), q.value(4).toString());
                    QString error;
                    const auto page = queryUsageRows(db.connection(), {}, column, descending, offset, limit, &error);
                    QVERIFY2(page, qPrintable(error));
                    QStringList got;
                    for (const UsageRow &r : *page)
                        got << keyOf(r.accountId, isoDay(r.day), r.model, r.project, r.serviceTier);
                    QVERIFY2(
                        got == expected,
                        qPrintable(QStringLiteral("%1%2 offset %3").arg(QLatin1String(expression), dir).arg(offset)));
                }
            }
        }
        const QStringList incremental = rollupRows(db);
        QVERIFY(incremental.size() > 100);
        QString error;
        QVERIFY2(UsageRepository(db.connection()).rebuildRollups(&error), qPrintable(error));
        QVERIFY(sql::exec(db.connection(),
                          QStringLiteral("INSERT OR IGNORE INTO quality_dirty (account_id, day) SELECT account_id, day "
                                         "FROM usage_account_daily"),
                          &error));
        const QStringList rebuilt = rollupRows(db);
        for (qsizetype i = 0; i < std::min(rebuilt.size(), incremental.size()); ++i)
            QCOMPARE(incremental.at(i), rebuilt.at(i));
        QCOMPARE(incremental.size(), rebuilt.size());
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
                                       override("anthropic", "claude-opus-4-6", QDate(2025, 12, 1), "900", "9000")}) {
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
        Repricer repricer(db.connection(), service.catalog());
        repricer.setOnePass(false);
        QString error;
        QVERIFY2(repricer.start({}, {}, &error), qPrintable(error));
        while (!repricer.atEnd())
            QVERIFY2(repricer.step(100, &error), qPrintable(error));
        QVERIFY(repricer.changed() > 0);
        verify(db, service.catalog());
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
