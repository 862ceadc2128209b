#pragma once

// What the re-pricing tests check after a re-pricing (tst_repricer): every stored cost as the per-row
// pricing gives it (CostCalculator), reported ones as reported, and every rollup as a rebuild from the
// rows gives it.

#include "analytics/quality.h"
#include "analytics/usagetable.h"
#include "common/dates.h"
#include "pricing/costcalculator.h"
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QHash>
#include <QSqlQuery>
#include <QTest>

namespace tl::test {

class RepricerChecks
{
protected:
    QHash<qint64, QString> m_providers;   // account -> provider
    QHash<QString, qint64> m_reported;    // key -> the cost a source reported

    static QString keyOf(qint64 account, const QString &day, const QString &model, const QString &project,
                         const QString &tier)
    {
        return QStringList{QString::number(account), day, model, project, tier}.join(QChar(0x1f));
    }

    // Marks a row reported at `nanos` and remembers it: verify() expects it left alone.
    void markReported(UsageRecord &r, qint64 nanos)
    {
        r.cost = Money::fromNanos(nanos);
        r.costStatus = CostStatus::Reported;
        m_reported.insert(keyOf(r.accountId, isoDay(r.day), r.model, r.project, r.serviceTier), nanos);
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
                             QStringLiteral("usage_model_months"), QStringLiteral("usage_models"),
                             QStringLiteral("quality_marks"), QStringLiteral("quality_mark_totals")});
    }

    // The Usage page sorted by cost and by status (read through the rollups) against the plain
    // sort of the rows, then every rollup against a rebuild from the rows.
    void verifyRollups(TestDatabase &db, qsizetype atLeast = 100)   // rollup rows, all tables
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
        QVERIFY(incremental.size() > atLeast);
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
};

}   // namespace tl::test
