// A sync's answer over many pages, written page by page (staged in the connection's temporary
// database, then written in batches in the account's transaction): withdrawn keys go exactly, a
// key on two pages is summed, and any failure on the way — a later page, a sum too large, the
// database refusing a late batch — leaves the profile as it was. The profile is not locked while
// the pages arrive.

#include "fakeproviderserver.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "sync/syncengine.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace tl;
using tl::test::FakeProviderServer;

namespace {

struct Row
{
    int day = 0;   // days after the window's first
    QString model;
    QString key;
    qint64 input = 0;
    qint64 output = 0;
};

const QDate First(2026, 2, 1);
const QDate Last(2026, 2, 28);

// OpenAI's usage page: one bucket per row, has_more/next_page by page index.
QByteArray page(const QList<Row> &rows, int index, int pages)
{
    QByteArray out = "{\"object\":\"page\",\"data\":[";
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        const qint64 start = QDateTime(First.addDays(r.day), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        out += (i ? "," : "") + QByteArray("{\"object\":\"bucket\",\"start_time\":") + QByteArray::number(start) +
               ",\"end_time\":" + QByteArray::number(start + 86400) +
               ",\"results\":[{\"object\":\"organization.usage.completions.result\",\"input_tokens\":" +
               QByteArray::number(r.input) + ",\"output_tokens\":" + QByteArray::number(r.output) +
               ",\"num_model_requests\":1,\"project_id\":\"proj\",\"api_key_id\":\"" + r.key.toUtf8() +
               "\",\"model\":\"" + r.model.toUtf8() + "\"}]}";
    }
    const bool more = index + 1 < pages;
    return out + "],\"has_more\":" + (more ? "true" : "false") +
           ",\"next_page\":" + (more ? "\"" + QByteArray::number(index + 1) + "\"" : QByteArray("null")) + "}";
}

struct World
{
    test::TestDatabase db;
    FakeProviderServer server;
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    FixedClock clock{QDateTime(Last, QTime(12, 0), Qt::UTC)};
    std::unique_ptr<SyncEngine> engine;
    qint64 account = 0;
    QList<QList<Row>> pages;   // the provider's current answer
    int failingPage = -1;      // answers HTTP 500
    int hangingPage = -1;      // never answers

    World()
    {
        server.start();
        const QString base = QStringLiteral("/openai/v1/organization");
        server.setHandler(base + QStringLiteral("/usage/completions"), [this](const QString &cursor) {
            const int index = cursor.isEmpty() ? 0 : cursor.toInt();
            if (index == failingPage)
                return FakeProviderServer::Reply(500, "{}");
            if (index == hangingPage)
                return FakeProviderServer::Reply(200, {}, {}, true);
            return FakeProviderServer::Reply(200, page(pages.value(index), index, int(pages.size())));
        });
        for (const char *path : {"/usage/embeddings", "/usage/moderations", "/costs"})
            server.setJson(base + QString::fromLatin1(path), {},
                           FakeProviderServer::fixture(QStringLiteral("openai/empty.json")));
        Account a;
        a.provider = QStringLiteral("openai");
        a.label = QStringLiteral("Paged");
        a.baseUrl = server.url(QStringLiteral("/openai/v1"));
        account = AccountRepository(db.connection()).add(a);
        storeAccountKeyNow(secrets, test::accountOf(db.connection(), account), QStringLiteral("key"));
        SyncOptions options;
        options.retry.baseDelayMs = 5;
        options.retry.minIntervalMs = 0;
        options.retry.timeoutMs = 1000;
        engine = std::make_unique<SyncEngine>(db.connection(), secrets, &network, clock, options);
    }

    SyncRequest request() const
    {
        SyncRequest r;
        r.accountId = account;
        r.from = First;
        r.to = Last;
        return r;
    }

    SyncRun sync()
    {
        QSignalSpy finished(engine.get(), &SyncEngine::finished);
        if (!engine->start(request()) || !finished.wait(60'000))
            return {};
        return finished.first().first().value<SyncSummary>().runs.value(0);
    }

    qint64 scalar(const QString &sql) const { return db.scalar(sql); }
    qint64 rows() const { return scalar(QStringLiteral("SELECT COUNT(*) FROM usage")); }
    // A fingerprint of everything stored: rows, values, costs and the rollup.
    QString fingerprint() const
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT group_concat(day || model || api_key_id || input_tokens || '/' || output_tokens "
                              "|| '/' || IFNULL(cost_nano, 'n'), ';') FROM (SELECT * FROM usage ORDER BY 1, 3, 5)"));
        QString out = q.next() ? q.value(0).toString() : QString();
        q.exec(QStringLiteral("SELECT group_concat(day || model || input_tokens || '/' || cost_nano || '/' || "
                              "row_count, ';') FROM (SELECT * FROM usage_daily ORDER BY 1, 3)"));
        return out + u'|' + (q.next() ? q.value(0).toString() : QString());
    }
    // usage_daily rows that differ from the raw table's aggregate.
    qint64 rollupDifferences() const
    {
        return scalar(QStringLiteral(
            "SELECT COUNT(*) FROM (SELECT day, account_id, model, SUM(input_tokens), SUM(output_tokens), "
            "COALESCE(SUM(cost_nano), 0), COUNT(*) FROM usage GROUP BY 1, 2, 3 EXCEPT SELECT day, account_id, model, "
            "input_tokens, output_tokens, cost_nano, row_count FROM usage_daily)"));
    }
};

// `perPage` rows on each of `count` pages, every key distinct, spread over the window's days.
QList<QList<Row>> answer(int count, int perPage)
{
    QList<QList<Row>> pages;
    for (int p = 0; p < count; ++p) {
        QList<Row> rows;
        for (int i = 0; i < perPage; ++i) {
            const int n = p * perPage + i;
            rows.append({n % 28, n % 3 ? QStringLiteral("gpt-4o") : QStringLiteral("bench-unknown"),
                         QStringLiteral("key_%1").arg(n), 1000 + n, 10 + n});
        }
        pages.append(rows);
    }
    return pages;
}

}   // namespace

class TestSyncPages : public QObject
{
    Q_OBJECT

private slots:
    void withdrawnKeysGoExactlyAcrossPages()
    {
        World w;
        w.pages = answer(4, 50);
        SyncRun run = w.sync();
        QCOMPARE(run.status, SyncRun::Status::Success);
        QCOMPARE(run.created, 200);
        QCOMPARE(w.rows(), qint64(200));
        // The revised answer: two rows gone from page 1, one from page 3, one revised on page 0.
        w.pages[1].removeAt(7);
        w.pages[1].removeAt(20);
        w.pages[3].removeLast();
        w.pages[0][4].output += 5;
        run = w.sync();
        QCOMPARE(run.status, SyncRun::Status::Success);
        QVERIFY2(run.message.contains(QStringLiteral("3 withdrawn")), qPrintable(run.message));
        QCOMPARE(run.updated, 1);
        QCOMPARE(run.unchanged, 196);
        QCOMPARE(w.rows(), qint64(197));
        for (const QList<Row> &rows : std::as_const(w.pages)) {
            for (const Row &r : rows)
                QCOMPARE(w.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE api_key_id = '%1' AND "
                                                 "output_tokens = %2")
                                      .arg(r.key)
                                      .arg(r.output)),
                         qint64(1));
        }
        QCOMPARE(w.rollupDifferences(), qint64(0));
    }

    void aKeyOnTwoPagesIsSummed()
    {
        World w;
        w.pages = {{{2, QStringLiteral("gpt-4o"), QStringLiteral("k"), 100, 10}},
                   {{2, QStringLiteral("gpt-4o"), QStringLiteral("k"), 50, 5}}};
        QCOMPARE(w.sync().status, SyncRun::Status::Success);
        QCOMPARE(w.rows(), qint64(1));
        QCOMPARE(w.scalar(QStringLiteral("SELECT input_tokens + output_tokens FROM usage")), qint64(165));
        QCOMPARE(w.rollupDifferences(), qint64(0));
    }

    void aFailingLaterPageLeavesTheProfileAsItWas()
    {
        World w;
        w.pages = answer(3, 40);
        QCOMPARE(w.sync().status, SyncRun::Status::Success);
        const QString before = w.fingerprint();
        w.pages[0][0].input += 1;   // revised on the first page, which arrives and is staged
        w.pages.append(answer(1, 5));
        w.failingPage = 3;
        const SyncRun run = w.sync();
        QCOMPARE(run.status, SyncRun::Status::Failed);
        QCOMPARE(w.fingerprint(), before);
        QCOMPARE(w.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_temp_master WHERE name = 'sync_usage'")),
                 qint64(0));   // the staged answer is dropped
    }

    void sumsPastTheLimitAcrossPagesFailNamingTheRow()
    {
        World w;
        const qint64 big = 5'000'000'000'000'000'000;
        w.pages = {{{3, QStringLiteral("gpt-4o"), QStringLiteral("k"), big, 1}},
                   {{3, QStringLiteral("gpt-4o"), QStringLiteral("k"), big, 1}}};
        const SyncRun run = w.sync();
        QCOMPARE(run.status, SyncRun::Status::Failed);
        QCOMPARE(run.errorKind, QStringLiteral("overflow"));
        QVERIFY2(run.message.contains(QStringLiteral("gpt-4o on 2026-02-04")), qPrintable(run.message));
        QCOMPARE(w.rows(), qint64(0));
    }

    void theDatabaseRefusingALateBatchLeavesNothing()
    {
        World w;
        w.pages = answer(3, 2000);   // 6000 rows: two batches
        QCOMPARE(w.sync().status, SyncRun::Status::Success);
        const QString before = w.fingerprint();
        for (QList<Row> &rows : w.pages) {
            for (Row &r : rows)
                r.output += 1;
        }
        w.pages[2].append({27, QStringLiteral("poison"), QStringLiteral("p"), 1, 1});   // last day: last batch
        QSqlQuery q(w.db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER poison BEFORE INSERT ON usage WHEN NEW.model = 'poison' "
                                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        const SyncRun run = w.sync();
        QCOMPARE(run.status, SyncRun::Status::Failed);
        QVERIFY2(run.message.contains(QStringLiteral("injected failure")), qPrintable(run.message));
        QCOMPARE(w.fingerprint(), before);
        QCOMPARE(w.rollupDifferences(), qint64(0));
        // Without the poison the same answer lands whole.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.poison")));
        const SyncRun again = w.sync();
        QCOMPARE(again.status, SyncRun::Status::Success);
        QCOMPARE(again.updated, 6000);
        QCOMPARE(again.created, 1);
        QCOMPARE(w.rollupDifferences(), qint64(0));
    }

    void theProfileIsNotLockedWhilePagesArrive()
    {
        World w;
        w.pages = answer(3, 30);
        w.hangingPage = 2;   // pages 0 and 1 are staged, then the provider goes quiet
        QSignalSpy finished(w.engine.get(), &SyncEngine::finished);
        QVERIFY(w.engine->start(w.request()));
        QTRY_VERIFY_WITH_TIMEOUT(w.server.requests(QStringLiteral("/openai/v1/organization/usage/completions")) >= 3,
                                 20'000);
        // Another connection writes at once (no waiting on a lock).
        Database other(QStringLiteral("other"));
        QVERIFY(other.open(w.db.path()));
        QSqlQuery q(other.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        Account a;
        a.provider = QStringLiteral("deepseek");
        a.label = QStringLiteral("Written meanwhile");
        QVERIFY(AccountRepository(other.connection()).add(a) > 0);
        w.engine->cancel();
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.first().first().value<SyncSummary>().runs.value(0).status, SyncRun::Status::Cancelled);
        QCOMPARE(w.rows(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestSyncPages)
#include "tst_syncpages.moc"
