// usage_models (each (account, model) the usage rows have named, with its unpriced tokens and rows)
// after every kind of write, on SQLite and on the session's PostgreSQL server. Since schema 20 the
// SQLite writers of usage_daily keep it in their own code instead of a row trigger (UsageModels):
// a writer that forgets it leaves a model unnamed or its unpriced sums wrong, and this fails.

#include "agentlogs.h"
#include "csvimporttesting.h"
#include "io/importremoval.h"
#include "pricing/pricingservice.h"
#include "storage/accountrepository.h"
#include "storage/agentrepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;
namespace test = tl::test;
using test::TestDatabase;

namespace {

// The pairs usage names that usage_models does not, plus the usage_models rows whose unpriced sums
// are not those of their usage rows (zero for a model whose rows are all gone: it stays named).
qint64 modelsDiffering(QSqlDatabase db)
{
    const QString fresh = QStringLiteral(
        "SELECT m.account_id, m.model, COALESCE(SUM(CASE WHEN u.cost_status = 'unpriced' THEN u.input_tokens + "
        "u.cached_input_tokens + u.cache_write_5m_tokens + u.cache_write_1h_tokens + u.output_tokens ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN u.cost_status = 'unpriced' THEN 1 ELSE 0 END), 0) FROM usage_models m LEFT JOIN usage "
        "u ON "
        "u.account_id = m.account_id AND u.model = m.model GROUP BY m.account_id, m.model");
    const QString kept = QStringLiteral("SELECT account_id, model, unpriced_tokens, unpriced_rows FROM usage_models");
    QSqlQuery q(db);
    // (Aliased: PostgreSQL wants a name for every subquery in FROM.)
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM (SELECT DISTINCT account_id, model FROM usage) u WHERE "
                               "NOT EXISTS (SELECT 1 FROM usage_models m WHERE m.account_id = u.account_id AND "
                               "m.model = u.model)) + (SELECT COUNT(*) FROM (%1 EXCEPT %2) a) + (SELECT COUNT(*) "
                               "FROM (%2 EXCEPT %1) b)")
                    .arg(fresh, kept)) ||
        !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A day's rows: `models` models, two projects each, every third model unpriced.
QList<UsageRecord> dayRows(qint64 account, QDate day, int models, int salt = 0)
{
    QList<UsageRecord> rows;
    for (int m = 0; m < models; ++m) {
        for (int p = 0; p < 2; ++p) {
            UsageRecord r = test::usage(account, day, QStringLiteral("model-%1").arg(m, 2, 10, QLatin1Char('0')),
                                        100 + m * 7 + p + salt, 10 + p,
                                        m % 3 == 2 ? std::nullopt : std::optional<qint64>(1000 + m + salt));
            r.project = QStringLiteral("p%1").arg(p);
            rows << r;
        }
    }
    return rows;
}

// Writes `rows` as a sync's stage does (rollups deferred to the flush) in one transaction of the
// account, committed or, `commit` false, rolled back; false when a write failed.
bool syncRows(const TestDatabase &db, const QList<UsageRecord> &rows, bool commit = true)
{
    sql::Savepoint transaction(db.connection(), QStringLiteral("account_sync"));
    UsageRepository repo(db.connection());
    repo.setDeferRollups(true);
    QString error;
    if (!repo.upsert(rows).ok || !repo.flushRollups(&error))
        return false;
    if (commit)
        return transaction.commit();
    transaction.rollback();
    return true;
}

}   // namespace

class TestUsageModels : public QObject
{
    Q_OBJECT

private slots:
    void keptByEveryWriter_data() { test::addBackendColumn(); }
    void keptByEveryWriter();
    void rolledBackSyncLeavesThemAsTheyWere();
    void upgradeTo20KeepsThemAndDropsTheTrigger();
    void staleRollupsOfANewDayAreReplaced();
};

void TestUsageModels::keptByEveryWriter()
{
    TL_FETCH_BACKEND(backend);
    TestDatabase db(backend);
    const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
    const qint64 b = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("B"));
    const QDate first(2026, 5, 1);
    const auto check = [&](const char *after) {
        const qint64 differing = modelsDiffering(db.connection());
        if (differing != 0)
            qWarning("after %s: %lld usage_models rows differ", after, differing);
        return differing == 0;
    };

    // A sync's append: new days, rollups deferred to the flush, one transaction per account.
    for (const qint64 account : {a, b}) {
        QList<UsageRecord> window;
        for (int d = 0; d < 5; ++d)
            window += dayRows(account, first.addDays(d), 4 + d);
        QVERIFY(syncRows(db, window));
    }
    QVERIFY(check("a sync's append"));
    QVERIFY(db.scalar(QStringLiteral("SELECT SUM(unpriced_rows) FROM usage_models")) > 0);

    // A re-sync: revised rows (priced ones made unpriced and back), a new model on a stored day,
    // and a new day, in one transaction.
    {
        sql::Savepoint transaction(db.connection(), QStringLiteral("account_sync"));
        UsageRepository repo(db.connection());
        repo.setDeferRollups(true);
        QList<UsageRecord> window = dayRows(a, first.addDays(3), 7, 1) + dayRows(a, first.addDays(4), 9);
        for (qsizetype i = 0; i < window.size(); i += 3) {
            window[i].cost = window[i].cost ? std::nullopt : std::optional<Money>(Money::fromNanos(5));
            window[i].costStatus = window[i].cost ? CostStatus::Estimated : CostStatus::Unpriced;
        }
        window += dayRows(a, first.addDays(5), 3);
        const UpsertResult r = repo.upsert(window);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.updated > 0 && r.created > 0);
        QString error;
        QVERIFY2(repo.flushRollups(&error), qPrintable(error));
        QVERIFY(transaction.commit());
    }
    QVERIFY(check("a re-sync"));

    // An upsert on its own (its own transaction), a new model on a stored day and a new day.
    UsageRepository repo(db.connection());
    QVERIFY(repo.upsert(dayRows(b, first, 6, 2) + dayRows(b, first.addDays(9), 2)).ok);
    QVERIFY(check("an upsert on its own"));

    // Removals: keys withdrawn from a window, keys removed one by one.
    QString error;
    QVERIFY2(repo.removeMissing(a, QStringLiteral("api"), first, first.addDays(1), dayRows(a, first, 2), &error) > 0,
             qPrintable(error));
    QVERIFY(check("a window's missing keys removed"));
    QVERIFY2(repo.removeKeys(dayRows(b, first.addDays(9), 2), &error) > 0, qPrintable(error));
    QVERIFY(check("keys removed"));

    // Re-pricing: an unpriced row priced, a priced one made unpriced.
    QList<UsageRecord> costs = dayRows(a, first.addDays(2), 3);
    costs[4].cost = Money::fromNanos(77);   // model-02: unpriced
    costs[4].costStatus = CostStatus::Estimated;
    costs[0].cost.reset();
    costs[0].costStatus = CostStatus::Unpriced;
    QVERIFY(repo.updateCosts({costs[4], costs[0]}).updated == 2);
    QVERIFY(check("costs updated"));

    // A CSV import (new days and a stored one), then its removal.
    const QByteArray csv = "date,model,input_tokens,output_tokens,requests,cost_usd\n"
                           "2026-05-02,model-00,10,2,1,0.5\n"
                           "2026-05-02,csv-only,11,3,1,\n"
                           "2026-06-01,csv-only,12,4,1,\n"
                           "2026-06-01,csv-priced,13,5,1,0.25\n"
                           "2026-06-02,zz-unknown,14,6,1,\n";
    const CsvImportResult imported = test::importFile(db, a, csv, QStringLiteral("usage.csv"));
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QVERIFY(check("a CSV import"));
    const ImportRemoval removed = removeImport(db.connection(), imported.importId, test::bundledCatalog());
    QVERIFY2(removed.ok, qPrintable(removed.error));
    QVERIFY(check("a CSV import removed"));

    // A coding agent's logs, one model priced and one not.
    QTemporaryDir tree;
    Account agent;
    agent.provider = QStringLiteral("claude-code");
    agent.label = QStringLiteral("Claude Code");
    const qint64 agentId = AccountRepository(db.connection()).add(agent);
    AgentRepository(db.connection()).setFolders(agentId, {tree.path()});
    QByteArray lines;
    for (int i = 0; i < 4; ++i) {
        test::ClaudeRequest request;
        request.id = QStringLiteral("r%1").arg(i);
        request.time = QDateTime(QDate(2026, 5, 3 + i / 2), QTime(10, i), Qt::UTC);
        request.model = i % 2 ? QStringLiteral("mystery-model-1") : request.model;
        request.input = 100 + i;
        request.output = 10;
        lines += test::claudeRequestLine(request);
    }
    QVERIFY(test::appendClaudeLog(tree.path(), QStringLiteral("-home-dev-x"), QStringLiteral("s-1"), lines));
    PricingService pricing(db.connection());
    QVERIFY(pricing.load());
    QVERIFY2(test::importAgentAccount(db.connection(), pricing.catalog(), agentId, &error), qPrintable(error));
    QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE account_id = %1").arg(agentId)) > 0);
    QVERIFY(check("a coding agent's import"));

    // The rollups rebuilt from the rows (the repair tool).
    QVERIFY2(repo.rebuildRollups(&error), qPrintable(error));
    QVERIFY(check("a rebuild"));
}

// A sync that fails is rolled back with the models it named; the next one names them again.
void TestUsageModels::rolledBackSyncLeavesThemAsTheyWere()
{
    TestDatabase db;
    const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
    const QDate day(2026, 7, 1);
    QVERIFY(syncRows(db, dayRows(a, day, 5), false));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_models")), qint64(0));
    QVERIFY(syncRows(db, dayRows(a, day, 5)));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_models")), qint64(5));
    QCOMPARE(modelsDiffering(db.connection()), qint64(0));
}

// A version-19 ledger, whose usage_models its insert trigger filled: the upgrade drops the trigger
// and leaves the table as it was; the writes after it keep it.
void TestUsageModels::upgradeTo20KeepsThemAndDropsTheTrigger()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v19.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v19"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QString error;
        QVERIFY2(migrations::create(raw, &error) && migrations::upgrade(raw, 1, 19, &error), qPrintable(error));
        QSqlQuery q(raw);
        for (const char *statement :
             {"PRAGMA user_version = 19",
              "INSERT INTO accounts (provider, label, created_at) VALUES ('openai', 'P', '2026-01-01T00:00:00Z')",
              "INSERT INTO usage (account_id, day, model, input_tokens, output_tokens, cost_nano, cost_status) "
              "VALUES (1, '2026-03-01', 'o3', 20, 6, NULL, 'unpriced'), (1, '2026-03-01', 'o4', 5, 1, 9, "
              "'estimated')",
              "INSERT INTO usage_daily (day, account_id, model, input_tokens, cached_input_tokens, "
              "cache_write_tokens, output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count) "
              "VALUES ('2026-03-01', 1, 'o3', 20, 0, 0, 6, 0, 0, 26, 1, 1), ('2026-03-01', 1, 'o4', 5, 0, 0, 1, 0, "
              "9, 0, 0, 1)"}) {
            QVERIFY2(q.exec(QString::fromUtf8(statement)), statement);
        }
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM usage_models")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);   // by the trigger
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v19"));

    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.storedSchemaVersion(), Database::SchemaVersion);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = "
                                  "'trigger' AND tbl_name = 'usage_daily' ORDER BY name)")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("usage_models_delete,usage_models_update"));
    q.finish();
    QCOMPARE(modelsDiffering(db.connection()), qint64(0));
    UsageRepository repo(db.connection());
    QVERIFY(repo.upsert(dayRows(1, QDate(2026, 3, 2), 4) + dayRows(1, QDate(2026, 3, 1), 4)).ok);
    QCOMPARE(modelsDiffering(db.connection()), qint64(0));
}

// A day whose usage rows are gone but whose rollups stayed (out of step: written by hand here) is
// a new day to the next sync: its rollups are replaced by those of its new rows, as a refresh
// would, and usage_models loses the stale rows' unpriced sums.
void TestUsageModels::staleRollupsOfANewDayAreReplaced()
{
    TestDatabase db;
    const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
    const QDate day(2026, 8, 1);
    QVERIFY(syncRows(db, dayRows(a, day, 6) + dayRows(a, day.addDays(1), 2)));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM usage WHERE day = '2026-08-01'")));
    QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_daily WHERE day = '2026-08-01'")) > 0);
    QVERIFY(syncRows(db, dayRows(a, day, 3, 5)));
    const QStringList tables = {QStringLiteral("usage_daily"),        QStringLiteral("usage_account_daily"),
                                QStringLiteral("usage_page_buckets"), QStringLiteral("usage_page_days"),
                                QStringLiteral("usage_group_days"),   QStringLiteral("usage_group_months"),
                                QStringLiteral("usage_model_months"), QStringLiteral("usage_models")};
    const QStringList written = db.tableRows(tables);
    QCOMPARE(modelsDiffering(db.connection()), qint64(0));
    QString error;
    QVERIFY2(UsageRepository(db.connection()).rebuildRollups(&error), qPrintable(error));
    QCOMPARE(written, db.tableRows(tables));
}

QTEST_GUILESS_MAIN(TestUsageModels)
#include "tst_usagemodels.moc"
