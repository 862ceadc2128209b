// Issue 16: the data paths that change usage besides a sync — CSV import (and its history), taking
// an import out, re-pricing after a price change, coding-agent log import and the agent views — give
// the same ledger on PostgreSQL as on SQLite: the same counts, the same rows to the nano-dollar, and
// rollups that equal a rebuild from the rows.
#include "agents/agentimporter.h"
#include "agenttree.h"
#include "analytics/agentbreakdown.h"
#include "analytics/agentoverview.h"
#include "common/clock.h"
#include "common/dates.h"
#include "io/csvimport.h"
#include "io/importremoval.h"
#include "pricing/pricingservice.h"
#include "storage/accountrepository.h"
#include "storage/agentrepository.h"
#include "storage/importrepository.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tl;
namespace test = tl::test;

namespace {

// Rows of a query as text, one line per row (NULL spelled out), for comparing two databases.
QStringList dump(QSqlDatabase db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return {QStringLiteral("ERROR ") + q.lastError().text()};
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << row.join(u'|');
    }
    return out;
}

// QCOMPARE of two long lists, saying where they first part.
void compareLines(const QStringList &actual, const QStringList &expected)
{
    for (qsizetype i = 0; i < std::min(actual.size(), expected.size()); ++i)
        QVERIFY2(actual.at(i) == expected.at(i),
                 qPrintable(QStringLiteral("line %1: %2\nexpected: %3").arg(i).arg(actual.at(i), expected.at(i))));
    QCOMPARE(actual.size(), expected.size());
}

// The usage rows, costs and every rollup the reads use but the Usage page's buckets (which each
// backend may split differently); a trailing section per table.
QStringList ledger(QSqlDatabase db)
{
    QStringList out;
    for (const char *sql :
         {"SELECT day, account_id, model, project, api_key_id, service_tier, source, input_tokens, "
          "cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, requests, cost_nano, "
          "cost_status FROM usage ORDER BY 1, 2, 3, 4, 5, 6, 7",
          "SELECT account_id, day, line_item, project, api_key_id, currency, source, amount_nano FROM costs ORDER BY "
          "1, 2, 3, 4, 5, 6, 7",
          "SELECT day, account_id, model, input_tokens, cached_input_tokens, cache_write_tokens, output_tokens, "
          "requests, cost_nano, unpriced_tokens, unpriced_rows, row_count FROM usage_daily ORDER BY 1, 2, 3",
          "SELECT day, account_id, input_tokens, output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, "
          "row_count FROM usage_account_daily ORDER BY 1, 2",
          "SELECT account_id, day, project, api_key_id, cost_nano, unpriced_tokens, row_count FROM usage_group_days "
          "ORDER BY 1, 2, 3, 4",
          "SELECT month, account_id, project, api_key_id, cost_nano, unpriced_tokens, row_count FROM "
          "usage_group_months ORDER BY 1, 2, 3, 4",
          "SELECT account_id, day, model_lo, model_hi, cost_lo, cost_hi, status_lo, status_hi FROM usage_page_days "
          "ORDER BY 1, 2"}) {
        out << dump(db, QString::fromLatin1(sql)) << QStringLiteral("--");
    }
    return out;
}

// The rollups must be what a rebuild from the rows gives.
void verifyRollupsConsistent(test::TestDatabase &db)
{
    const QStringList before = ledger(db.connection());
    QString error;
    QVERIFY2(UsageRepository(db.connection()).rebuildRollups(&error), qPrintable(error));
    QCOMPARE(ledger(db.connection()), before);
}

ImportSource sourceOf(const QByteArray &bytes, const QString &name)
{
    return {name, bytes.size(),
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())};
}

// A generic usage file of `days` days × 6 models × 3 projects, some rows with the file's own cost
// (past 2^53 nano-USD in total), the rest priced from the catalog or unpriced; `shuffled` puts a
// day after a later one (the importer then stages the file instead of writing it as it reads).
QByteArray usageFile(int days, int scale, bool shuffled)
{
    QByteArray out = "date,provider,model,input_tokens,cached_input_tokens,output_tokens,requests,cost_usd,project,"
                     "api_key_id\n";
    const char *models[] = {"gpt-4o-mini-2024-07-18", "gpt-4.1-2025-04-14", "gpt-4o", "my-finetune", "o3", "gpt-5"};
    QList<int> order;
    for (int d = 0; d < days; ++d)
        order << d;
    if (shuffled)
        std::swap(order[1], order[days - 2]);
    int n = 0;
    for (int d : std::as_const(order)) {
        const QByteArray day = QDate(2026, 3, 1).addDays(d).toString(Qt::ISODate).toLatin1();
        for (const char *model : models) {
            for (int p = 0; p < 3; ++p) {
                ++n;
                const QByteArray cost = n % 5 == 0 ? QByteArray::number(n * 10003) + ".123456789" : QByteArray();
                out += day + ",openai," + model + ',' + QByteArray::number(1000 * scale + n) + ',' +
                       QByteArray::number(n % 7 * 100) + ',' + QByteArray::number(100 * scale + n) + ',' +
                       QByteArray::number(n % 4 + 1) + ',' + cost + ",proj_" + QByteArray::number(p) + ",key_" +
                       QByteArray::number(n % 2) + '\n';
            }
        }
    }
    return out;
}

const QByteArray Costs = "start_time,amount_value,amount_currency,line_item\n"
                         "1772323200,1.25,usd,\"gpt-4o, input\"\n"
                         "1772409600,2.5,usd,\"gpt-4o, output\"\n";

CsvImportResult importInto(test::TestDatabase &db, qint64 account, const QByteArray &bytes, const QString &name)
{
    PricingService pricing(db.connection());
    if (!pricing.load())
        return {};
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvImportOptions options;
    options.accountId = account;
    options.source = sourceOf(bytes, name);
    return importCsv(db.connection(), buffer, options, pricing.catalog());
}

QString counts(const CsvImportResult &r)
{
    return QStringLiteral("ok=%1 rows=%2 good=%3 usage=%4/%5/%6 costs=%7/%8/%9 id=%10 same=%11 error=%12")
        .arg(r.ok)
        .arg(r.rows)
        .arg(r.goodRows)
        .arg(r.usageCreated)
        .arg(r.usageUpdated)
        .arg(r.usageUnchanged)
        .arg(r.costsCreated)
        .arg(r.costsUpdated)
        .arg(r.costsUnchanged)
        .arg(r.importId != 0)   // not the ids: PostgreSQL's identity skips those a rollback or discard took
        .arg(r.sameFileImportId != 0)
        .arg(r.error);
}

// The same database on both backends, side by side.
struct Pair
{
    test::TestDatabase sqlite{QStringLiteral("sqlite"), test::Backend::Sqlite};
    test::TestDatabase pg{QStringLiteral("pg"), test::Backend::Postgres};
    QList<test::TestDatabase *> both() { return {&sqlite, &pg}; }
};

}   // namespace

class TestTeamImport : public QObject
{
    Q_OBJECT

private slots:
    void csvImportsGiveTheSameLedger_data()
    {
        QTest::addColumn<bool>("shuffled");
        QTest::newRow("day by day (written as read)") << false;
        QTest::newRow("out of order (staged)") << true;
    }
    void csvImportsGiveTheSameLedger()
    {
        TL_REQUIRE_TEST_SERVER();
        QFETCH(bool, shuffled);
        Pair pair;
        QVERIFY(pair.sqlite.isOpen() && pair.pg.isOpen());
        const QByteArray first = usageFile(40, 1, shuffled);   // 720 rows: more than one statement's worth
        const QByteArray second = usageFile(45, 2, false);     // overwrites the first's days, adds 5
        QStringList results[2];
        int i = 0;
        for (test::TestDatabase *db : pair.both()) {
            const qint64 account = db->addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
            for (const auto &[bytes, name] :
                 {std::pair{first, QStringLiteral("a.csv")}, std::pair{first, QStringLiteral("a-again.csv")},
                  std::pair{second, QStringLiteral("b.csv")}, std::pair{Costs, QStringLiteral("costs.csv")},
                  std::pair{Costs, QStringLiteral("costs-again.csv")}}) {
                const CsvImportResult r = importInto(*db, account, bytes, name);
                QVERIFY2(r.ok, qPrintable(r.error));
                results[i] << counts(r);
            }
            ++i;
        }
        QCOMPARE(results[1], results[0]);
        QVERIFY(results[0].at(0).contains(u"usage=720/0/0"));
        QVERIFY(results[0].at(1).contains(u"usage=0/0/720"));   // the same file again: nothing changes
        QCOMPARE(ledger(pair.pg.connection()), ledger(pair.sqlite.connection()));
        const QString history =
            QStringLiteral("SELECT account_id, file_name, file_size, sha256, format, rows_read, rows_good, "
                           "first_day, last_day, usage_created, usage_updated, usage_unchanged, costs_created, "
                           "removed_at FROM imports ORDER BY id");
        QCOMPARE(dump(pair.pg.connection(), history), dump(pair.sqlite.connection(), history));
        const QString journal = QStringLiteral(
            "SELECT i.file_name, r.seq, r.kind, r.day, r.item, r.project, r.api_key_id, r.variant, r.had_previous, "
            "r.prev_input, r.prev_cached, r.prev_write_5m, r.prev_write_1h, r.prev_output, r.prev_requests, "
            "r.prev_cost_nano, r.prev_cost_status FROM import_rows r JOIN imports i ON i.id = r.import_id ORDER BY "
            "r.import_id, r.seq");
        QCOMPARE(dump(pair.pg.connection(), journal), dump(pair.sqlite.connection(), journal));
        QVERIFY(pair.pg.scalar(QStringLiteral("SELECT SUM(cost_nano) FROM usage")) > (qint64(1) << 53));
        verifyRollupsConsistent(pair.pg);
    }

    void removingImportsRestoresTheSameLedger()
    {
        TL_REQUIRE_TEST_SERVER();
        Pair pair;
        QStringList steps[2];
        int i = 0;
        for (test::TestDatabase *db : pair.both()) {
            const qint64 account = db->addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
            QList<qint64> ids;
            for (const auto &[bytes, name] : {std::pair{usageFile(30, 1, false), QStringLiteral("a.csv")},
                                              std::pair{usageFile(35, 3, true), QStringLiteral("b.csv")},
                                              std::pair{Costs, QStringLiteral("costs.csv")}}) {
                const CsvImportResult r = importInto(*db, account, bytes, name);
                QVERIFY2(r.ok, qPrintable(r.error));
                ids << r.importId;
            }
            PricingService pricing(db->connection());
            QVERIFY(pricing.load());
            for (const qint64 id : {ids[0], ids[2], ids[1]}) {
                const ImportRemoval removal = removeImport(db->connection(), id, pricing.catalog());
                QVERIFY2(removal.ok, qPrintable(removal.error));
                steps[i]
                    << QStringLiteral("%1/%2/%3").arg(removal.deleted).arg(removal.restored).arg(removal.handedOver);
                steps[i] << ledger(db->connection());
                verifyRollupsConsistent(*db);
            }
            QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(0));
            QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM usage_daily")), qint64(0));
            ++i;
        }
        QCOMPARE(steps[1], steps[0]);
    }

    void repricingGivesTheSameLedger()
    {
        TL_REQUIRE_TEST_SERVER();
        Pair pair;
        QStringList results[2];
        int i = 0;
        for (test::TestDatabase *db : pair.both()) {
            const qint64 account = db->addAccount(QStringLiteral("openai"), QStringLiteral("Console"));
            const CsvImportResult r = importInto(*db, account, usageFile(30, 1, false), QStringLiteral("a.csv"));
            QVERIFY2(r.ok, qPrintable(r.error));
            PricingService pricing(db->connection());
            QVERIFY(pricing.load());
            // A price for the unpriced fine-tune from the 10th, and a dearer gpt-4o from the 20th.
            PriceOverride fineTune;
            fineTune.provider = QStringLiteral("openai");
            fineTune.model = PricingCatalog::modelKey(QStringLiteral("my-finetune"));
            fineTune.effectiveFrom = QDate(2026, 3, 10);
            fineTune.prices.input = TieredPrice{*Money::fromDecimal(u"12"), {}};
            fineTune.prices.output = TieredPrice{*Money::fromDecimal(u"48.000000001"), {}};
            PricingService::RepriceResult result = pricing.setOverride(fineTune);
            QVERIFY2(result.ok, qPrintable(result.error));
            results[i] << QStringLiteral("%1 changed").arg(result.changed) << ledger(db->connection());
            PriceOverride gpt4o = fineTune;
            gpt4o.model = PricingCatalog::modelKey(QStringLiteral("gpt-4o"));
            gpt4o.effectiveFrom = QDate(2026, 3, 20);
            result = pricing.setOverride(gpt4o);
            QVERIFY2(result.ok, qPrintable(result.error));
            results[i] << QStringLiteral("%1 changed").arg(result.changed) << ledger(db->connection());
            int removed = 0;
            result = pricing.removeOverride(QStringLiteral("openai"), fineTune.model, std::nullopt, &removed);
            QVERIFY2(result.ok, qPrintable(result.error));
            results[i] << QStringLiteral("%1 changed").arg(result.changed) << ledger(db->connection());
            verifyRollupsConsistent(*db);
            ++i;
        }
        QVERIFY(!results[0].at(0).startsWith(u"0 "));
        QCOMPARE(results[1], results[0]);
    }

    void agentImportsAndViewsGiveTheSameAnswers()
    {
        TL_REQUIRE_TEST_SERVER();
        Pair pair;
        QTemporaryDir tree;
        test::AgentTreeOptions options;
        options.seed = 11;
        options.files = 40;
        options.medianFileBytes = 30 * 1024;
        options.p99FileBytes = 400 * 1024;
        options.projects = 4;
        options.days = 6;
        const test::AgentTreeAnswer answer = test::generateClaudeTree(tree.path(), options);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList results[2];
        int i = 0;
        for (test::TestDatabase *db : pair.both()) {
            PricingService pricing(db->connection());
            QVERIFY(pricing.load());
            bool created = false;
            const auto account =
                AgentRepository(db->connection()).accountFor(AgentKind::ClaudeCode, {tree.path()}, &created);
            QVERIFY(account && created);
            // A team database names the account after its owner's desktop; the rest must match.
            Account named = *account;
            named.label = QStringLiteral("Claude Code");
            QVERIFY(AccountRepository(db->connection()).update(named));
            SystemClock clock;
            for (int run = 0; run < 2; ++run) {   // the second run finds nothing new
                AgentImporter importer(db->connection(), pricing.catalog(), clock);
                // One parse thread: files then reach the writer in one order, and which of two
                // equally complete copies of a request is kept is the same on both backends.
                importer.setWorkers(1);
                const AgentImportResult r = importer.run(*account, {tree.path()}, QStringLiteral("cli"));
                QVERIFY2(r.ok, qPrintable(r.error));
                results[i] << QStringLiteral("requests %1/%2/%3 usage %4/%5/%6 files %7/%8")
                                  .arg(r.requestsNew)
                                  .arg(r.requestsCompleted)
                                  .arg(r.requestsKnown)
                                  .arg(r.usage.created)
                                  .arg(r.usage.updated)
                                  .arg(r.usage.unchanged)
                                  .arg(r.filesRead)
                                  .arg(r.filesUnchanged);
            }
            results[i] << ledger(db->connection());
            results[i] << dump(db->connection(),
                               QStringLiteral("SELECT request_key, at_ms, day, model, session, project, git_branch, "
                                              "sidechain, input, cache_read, cache_write_5m, cache_write_1h, output "
                                              "FROM agent_requests ORDER BY request_key"));
            const auto summary = AgentRepository(db->connection()).summary(account->id);
            QVERIFY(summary);
            results[i] << QStringLiteral("summary %1 files %2 requests %3..%4")
                              .arg(summary->files)
                              .arg(summary->requests)
                              .arg(isoDay(summary->firstDay), isoDay(summary->lastDay));
            AgentBreakdownFilter filter;
            filter.from = QDate(2000, 1, 1);
            filter.to = QDate(2100, 1, 1);
            QString error;
            for (AgentDimension by : {AgentDimension::Project, AgentDimension::Model, AgentDimension::Session}) {
                const auto breakdown = agentBreakdown(db->connection(), pricing.catalog(), by, filter, &error);
                QVERIFY2(breakdown, qPrintable(error));
                for (const AgentBreakdownRow &row : breakdown->rows)
                    results[i] << QStringLiteral("%1 %2 %3 %4 %5 %6")
                                      .arg(row.key)
                                      .arg(row.spend.nanos())
                                      .arg(row.requests)
                                      .arg(row.tokens)
                                      .arg(row.firstRequest.toString(Qt::ISODate),
                                           row.lastRequest.toString(Qt::ISODate));
                results[i] << breakdown->sessions.join(u',') << breakdown->models.join(u',');
            }
            const auto overview = agentOverview(db->connection(), pricing.catalog(), now, &error);
            QVERIFY2(overview, qPrintable(error));
            for (const AgentAccountOverview &o : overview->accounts)
                results[i] << QStringLiteral("%1 %2 %3 %4 %5 %6")
                                  .arg(o.label)
                                  .arg(o.usageMtd.nanos())
                                  .arg(o.requestsMtd)
                                  .arg(o.tokensMtd)
                                  .arg(o.lastRequest.toString(Qt::ISODate))
                                  .arg(o.windows.has_value());
            verifyRollupsConsistent(*db);
            ++i;
        }
        QVERIFY2(results[0].first().startsWith(QStringLiteral("requests %1/0/").arg(answer.total.requests)),
                 qPrintable(results[0].first()));
        QVERIFY2(results[0].at(1).startsWith(QStringLiteral("requests 0/0/0 usage 0/0/0")),
                 qPrintable(results[0].at(1)));
        compareLines(results[1], results[0]);
    }
};

QTEST_GUILESS_MAIN(TestTeamImport)
#include "tst_teamimport.moc"
