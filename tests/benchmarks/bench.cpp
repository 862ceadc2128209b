// tokenledger-bench: generates N usage rows (default 1,000,000) deterministically through the
// real upsert path into a temporary database, then times the dashboard's queries on the
// rollups against the same questions asked naively of the raw table through SQLite itself.
// Prints one line per figure. Not run by ctest: speed targets live here, not in unit tests.

#include "analytics/dailyseries.h"
#include "analytics/dashboard.h"
#include "analytics/reconciliation.h"
#include "analytics/report.h"
#include "analytics/usagetable.h"
#include "common/dates.h"
#include "io/csvimport.h"
#include "pricing/pricingservice.h"
#include "storage/accountrepository.h"
#include "storage/costrepository.h"
#include "storage/database.h"
#include "storage/usagerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tl;

namespace {

struct AccountSpec
{
    const char *provider;
    const char *label;
    std::vector<const char *> models;
};

const std::vector<AccountSpec> &accountSpecs()
{
    static const std::vector<AccountSpec> specs = {
        {"openai",
         "Production",
         {"gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o3", "o4-mini", "text-embedding-3-small", "gpt-5"}},
        {"openai",
         "Research",
         {"gpt-4o-2024-08-06", "gpt-4.1-nano", "o3-mini", "o1", "gpt-5-mini", "text-embedding-3-large", "gpt-image-1",
          "whisper-1"}},
        {"anthropic",
         "Claude org",
         {"claude-sonnet-4-5-20250929", "claude-opus-4-1", "claude-3-5-haiku-20241022", "claude-3-7-sonnet-20250219",
          "claude-sonnet-4-20250514", "claude-haiku-4-5", "claude-opus-4-20250514", "claude-3-haiku-20240307"}},
        {"openrouter",
         "Gateway",
         {"openai/gpt-4o", "anthropic/claude-sonnet-4.5", "google/gemini-2.5-pro", "meta-llama/llama-3.3-70b-instruct",
          "deepseek/deepseek-chat", "mistralai/mistral-large", "x-ai/grok-4", "qwen/qwen-2.5-72b-instruct"}},
    };
    return specs;
}

constexpr int CombosPerModel = 29;   // projects × API keys seen for a model on a day

double medianMs(const std::function<void()> &run, int repeats = 7)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Runs one statement through the SQLite library directly and steps through every row.
void rawQuery(sqlite3 *db, const char *sql, const char *from, const char *to)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "raw query failed: %s\n", sqlite3_errmsg(db));
        std::exit(1);
    }
    sqlite3_bind_text(stmt, 1, from, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 2, to, -1, SQLITE_STATIC);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
    }
    sqlite3_finalize(stmt);
}

}   // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 target = 1'000'000;
    if (argc > 1)
        target = QString::fromLocal8Bit(argv[1]).toLongLong();
    if (target <= 0) {
        std::fprintf(stderr, "usage: tokenledger-bench [ROWS]\n");
        return 2;
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    Database db(QStringLiteral("bench"));
    if (!db.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }

    AccountRepository accounts(db.connection());
    std::vector<qint64> accountIds;
    for (const AccountSpec &spec : accountSpecs()) {
        Account a;
        a.provider = QString::fromLatin1(spec.provider);
        a.label = QString::fromLatin1(spec.label);
        accountIds.push_back(accounts.add(a));
    }

    // Ingest: one batch per account and day, as a sync writes them, newest day last.
    const qint64 rowsPerDay = qint64(accountSpecs().size()) * 8 * CombosPerModel;
    const qint64 days = (target + rowsPerDay - 1) / rowsPerDay;
    const QDate lastDay(2026, 11, 25);
    const QDate firstDay = lastDay.addDays(-(days - 1));
    QRandomGenerator rng(20261125);
    UsageRepository repo(db.connection());
    CostRepository costs(db.connection());
    qint64 written = 0;
    qint64 upsertNanos = 0;   // time inside the upsert path only, not the generator
    QList<UsageRecord> batch;
    for (QDate day = firstDay; day <= lastDay && written < target; day = day.addDays(1)) {
        for (size_t a = 0; a < accountSpecs().size() && written < target; ++a) {
            batch.clear();
            for (const char *model : accountSpecs()[a].models) {
                for (int c = 0; c < CombosPerModel && written + batch.size() < target; ++c) {
                    UsageRecord r;
                    r.accountId = accountIds[a];
                    r.day = day;
                    r.model = QString::fromLatin1(model);
                    r.project = QStringLiteral("proj_%1").arg(c % 6);
                    r.apiKeyId = QStringLiteral("key_%1").arg(c);
                    r.inputTokens = rng.bounded(1000, 2'000'000);
                    r.cachedInputTokens = rng.bounded(0, 200'000);
                    r.outputTokens = rng.bounded(100, 400'000);
                    r.requests = rng.bounded(1, 500);
                    if (c % 13 == 12) {
                        r.costStatus = CostStatus::Unpriced;
                    } else {
                        r.cost = Money::fromNanos(rng.bounded(1'000, 50'000'000));
                        r.costStatus = CostStatus::Estimated;
                    }
                    batch.append(r);
                }
            }
            QElapsedTimer upsertTimer;
            upsertTimer.start();
            const UpsertResult result = repo.upsert(batch);
            upsertNanos += upsertTimer.nsecsElapsed();
            if (!result.ok) {
                std::fprintf(stderr, "upsert failed: %s\n", qPrintable(result.error));
                return 1;
            }
            written += result.created;
            // What a cost API bills for the account that day: one line per model, as OpenAI's does.
            QList<CostRecord> lines;
            for (const char *model : accountSpecs()[a].models) {
                CostRecord c;
                c.accountId = accountIds[a];
                c.day = day;
                c.lineItem = QString::fromLatin1(model);
                c.amount = Money::fromNanos(rng.bounded(1'000'000, 900'000'000));
                lines.append(c);
            }
            if (a % 2 == 0 && !costs.upsert(lines).ok) {   // half the accounts have a cost API
                std::fprintf(stderr, "cost upsert failed\n");
                return 1;
            }
        }
    }
    const double ingestSeconds = double(upsertNanos) / 1e9;
    std::printf("rows: %lld (%lld days x %zu accounts x 8 models x %d project/key combinations)\n",
                static_cast<long long>(written), static_cast<long long>(days), accountSpecs().size(), CombosPerModel);
    std::printf("ingest: %.0f rows/s (%.2f s through UsageRepository::upsert, rollups included)\n",
                double(written) / ingestSeconds, ingestSeconds);

    // The dashboard's questions, asked the way the app asks them (QtSql, rollups).
    const QDate monthStart(lastDay.year(), lastDay.month(), 1);
    const QDate yearAgo = lastDay.addDays(-364);
    ReportBuilder builder(db.connection());
    const double mtd = medianMs([&] { builder.build(monthStart, lastDay); });
    std::printf("query month-to-date report (total + provider/model/account breakdowns): %.2f ms\n", mtd);

    // Separate figures for the individual dashboard queries, through the same rollup tables.
    QSqlDatabase conn = db.connection();
    const auto timedSql = [&](const QString &sql, QDate from, QDate to) {
        return medianMs([&] {
            QSqlQuery q(conn);
            q.setForwardOnly(true);
            q.prepare(sql);
            q.addBindValue(from.toString(Qt::ISODate));
            q.addBindValue(to.toString(Qt::ISODate));
            q.exec();
            while (q.next()) {
            }
        });
    };
    const double mtdTotal = timedSql(QStringLiteral("SELECT SUM(cost_nano), SUM(unpriced_tokens) FROM usage_daily "
                                                    "WHERE day BETWEEN ? AND ?"),
                                     monthStart, lastDay);
    const double breakdown = timedSql(
        QStringLiteral("SELECT a.provider, d.model, SUM(d.cost_nano) FROM usage_daily d JOIN accounts a ON a.id = "
                       "d.account_id WHERE d.day BETWEEN ? AND ? GROUP BY a.provider, d.model"),
        monthStart, lastDay);
    const double series = medianMs([&] { dailyCostByProvider(conn, yearAgo, lastDay); });
    std::printf("query month-to-date total: %.2f ms\n", mtdTotal);
    std::printf("query provider+model breakdown, one month: %.2f ms\n", breakdown);
    std::printf("query 12-month daily series by provider: %.2f ms\n", series);

    // The dashboard as the window refreshes it: every figure, chart and table in one read.
    const double dashboard = medianMs([&] { loadDashboard(conn, lastDay); });
    std::printf("dashboard full refresh (KPIs, forecast, daily chart, breakdowns, 12-month trend, balances, sync, "
                "alerts): %.2f ms\n",
                dashboard);
    const double reconciliation = medianMs([&] { reconcile(conn, monthStart, lastDay); });
    std::printf("billed-vs-estimated, one month: %.2f ms\n", reconciliation);
    // The Usage page: its default filter (this month and the last), newest first.
    UsageFilter usageFilter;
    usageFilter.from = monthStart.addMonths(-1);
    usageFilter.to = lastDay;
    const double firstPage = medianMs([&] { queryUsageRows(conn, usageFilter, UsageColumn::Day, true, 0, 200); });
    const double totals = medianMs([&] { queryUsageTotals(conn, usageFilter); });
    const double byCost = medianMs([&] { queryUsageRows(conn, usageFilter, UsageColumn::Cost, true, 0, 200); }, 3);
    const qint64 deepOffset = std::max<qint64>(0, queryUsageTotals(conn, usageFilter)->rows - 200);
    const double lastPage =
        medianMs([&] { queryUsageRows(conn, usageFilter, UsageColumn::Day, true, deepOffset, 200); }, 3);
    const double allRowsPage = medianMs([&] { queryUsageRows(conn, {}, UsageColumn::Day, true, 0, 200); }, 3);
    const double allRowsByCost = medianMs([&] { queryUsageRows(conn, {}, UsageColumn::Cost, true, 0, 200); }, 3);
    const double allRowsTotals = medianMs([&] { queryUsageTotals(conn, {}); }, 3);
    std::printf("usage page, two months: first page %.2f ms, totals row %.2f ms, sorted by cost %.2f ms, last page "
                "%.2f ms\n",
                firstPage, totals, byCost, lastPage);
    std::printf("usage page, every row (no date filter): first page %.2f ms, sorted by cost %.2f ms, totals row "
                "%.2f ms\n",
                allRowsPage, allRowsByCost, allRowsTotals);

    // The reference: the same questions on the raw table, through the SQLite library directly.
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const QByteArray from = monthStart.toString(Qt::ISODate).toUtf8();
    const QByteArray to = lastDay.toString(Qt::ISODate).toUtf8();
    const QByteArray yearFrom = yearAgo.toString(Qt::ISODate).toUtf8();
    const double rawTotal =
        medianMs([&] { rawQuery(raw, "SELECT SUM(cost_nano) FROM usage WHERE day BETWEEN ?1 AND ?2", from, to); }, 3);
    const double rawBreakdown = medianMs(
        [&] {
            rawQuery(raw,
                     "SELECT a.provider, u.model, SUM(u.cost_nano) FROM usage u JOIN accounts a ON a.id = "
                     "u.account_id WHERE u.day BETWEEN ?1 AND ?2 GROUP BY a.provider, u.model",
                     from, to);
        },
        3);
    const double rawSeries = medianMs(
        [&] {
            rawQuery(raw,
                     "SELECT u.day, a.provider, SUM(u.cost_nano) FROM usage u JOIN accounts a ON a.id = "
                     "u.account_id WHERE u.day BETWEEN ?1 AND ?2 GROUP BY u.day, a.provider",
                     yearFrom, to);
        },
        3);
    sqlite3_close(raw);
    std::printf("reference raw-table month-to-date total (sqlite3 directly): %.2f ms\n", rawTotal);
    std::printf("reference raw-table provider+model breakdown, one month: %.2f ms\n", rawBreakdown);
    std::printf("reference raw-table 12-month daily series by provider: %.2f ms\n", rawSeries);

    // Re-pricing: every estimated row priced again from the catalog (the generator's costs are
    // random, so nearly every row changes and is rewritten), then one override that covers the
    // rows of one model.
    PricingService pricing(conn);
    pricing.load();
    QElapsedTimer repriceTimer;
    repriceTimer.start();
    const PricingService::RepriceResult all = pricing.reprice();
    const double allSeconds = double(repriceTimer.nsecsElapsed()) / 1e9;
    if (!all.ok) {
        std::fprintf(stderr, "reprice failed: %s\n", qPrintable(all.error));
        return 1;
    }
    std::printf("reprice all rows: %lld examined, %d changed in %.2f s (%.0f rows/s)\n",
                static_cast<long long>(all.examined), all.changed, allSeconds, double(all.examined) / allSeconds);
    PriceOverride override;
    override.provider = QStringLiteral("openai");
    override.model = QStringLiteral("gpt-4o");
    override.effectiveFrom = firstDay;
    override.prices.input = TieredPrice{Money::fromNanos(2'000'000'000), {}};
    override.prices.output = TieredPrice{Money::fromNanos(8'000'000'000), {}};
    repriceTimer.restart();
    const PricingService::RepriceResult one = pricing.setOverride(override);
    std::printf("price override for one model: %d rows re-priced in %.2f s\n", one.changed,
                double(repriceTimer.nsecsElapsed()) / 1e9);

    // CSV import: a generated file in the generic format (200,000 rows, ~15 MB), streamed from disk
    // into a fresh account: parse, check, stage, price and upsert.
    {
        const QString csvPath = dir.filePath(QStringLiteral("import.csv"));
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(csvPath));
            return 1;
        }
        csv.write("date,model,input_tokens,cached_input_tokens,output_tokens,requests,cost_usd,project,api_key_id\n");
        const qint64 csvRows = 200'000;
        QRandomGenerator csvRng(7);
        for (qint64 i = 0; i < csvRows; ++i) {
            const QDate day = firstDay.addDays(i / 400);
            csv.write(QStringLiteral("%1,%2,%3,%4,%5,%6,%7,proj_%8,key_%9\n")
                          .arg(isoDay(day), i % 2 ? QStringLiteral("gpt-4o-mini") : QStringLiteral("claude-sonnet-4-5"))
                          .arg(csvRng.bounded(1, 900'000))
                          .arg(csvRng.bounded(0, 1000))
                          .arg(csvRng.bounded(1, 90'000))
                          .arg(csvRng.bounded(1, 500))
                          .arg(i % 3 ? QString() : QStringLiteral("0.%1").arg(csvRng.bounded(100, 999)))
                          .arg(i % 20)
                          .arg(i % 400 / 20)
                          .toUtf8());
        }
        csv.close();
        Account imported;
        imported.provider = QStringLiteral("openrouter");
        imported.label = QStringLiteral("Imported");
        const qint64 importAccount = accounts.add(imported);
        QFile in(csvPath);
        in.open(QIODevice::ReadOnly);
        CsvImportOptions importOptions;
        importOptions.accountId = importAccount;
        QElapsedTimer importTimer;
        importTimer.start();
        const CsvImportResult imported200k = importCsv(conn, in, importOptions, pricing.catalog());
        const double importSeconds = double(importTimer.nsecsElapsed()) / 1e9;
        if (!imported200k.ok) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(imported200k.error));
            return 1;
        }
        std::printf("CSV import: %lld rows (%.1f MB) in %.2f s: %.0f rows/s (%.1f MB/s)\n",
                    static_cast<long long>(imported200k.rows), double(QFileInfo(csvPath).size()) / 1e6, importSeconds,
                    double(imported200k.rows) / importSeconds, double(QFileInfo(csvPath).size()) / 1e6 / importSeconds);
    }
    std::printf("peak RSS: %.1f MB\n", double(peakRssKb()) / 1024.0);
    std::printf("targets: ingest >= 250000 rows/s; each dashboard query <= 50 ms; peak RSS <= 150 MB\n");
    return 0;
}
