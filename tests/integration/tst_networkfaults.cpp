#include "fakeproviderserver.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"
#include "storage/accountrepository.h"
#include "sync/syncengine.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace tl;
using tl::test::FakeProviderServer;
using Raw = FakeProviderServer::Raw;

// Network faults must never become data (issue 11, items 2, 6, 7 and 8): every misbehaving
// answer here comes from a real loopback server over real HTTP.
namespace {

constexpr qint64 BilledOpenAi = 2'925'919'000;
const QString Completions = QStringLiteral("/openai/v1/organization/usage/completions");
const QString Costs = QStringLiteral("/openai/v1/organization/costs");
// A complete, valid answer saying "no usage at all": if it were believed after a fault, the
// replace-the-window rule would withdraw every stored row.
const QByteArray EmptyPage = R"({"object":"page","data":[],"has_more":false,"next_page":null})";

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// A zlib stream ("Content-Encoding: deflate") of `data` with its Adler-32 trailer damaged: it
// inflates, then fails its check.
QByteArray brokenDeflate(const QByteArray &data)
{
    QByteArray z = qCompress(data).mid(4);   // qCompress prefixes the length
    z[z.size() - 1] = char(z[z.size() - 1] ^ 0x5a);
    return z;
}

struct World
{
    test::TestDatabase db;
    FakeProviderServer server;
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    FixedClock clock{QDateTime(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC)};
    SyncOptions options;
    std::unique_ptr<SyncEngine> engine;
    qint64 openai = 0;
    qint64 anthropic = 0;

    World()
    {
        server.start();
        server.loadStandardFixtures();
        openai = add(QStringLiteral("openai"), QStringLiteral("/openai/v1"));
        anthropic = add(QStringLiteral("anthropic"), QStringLiteral("/anthropic"));
        options.retry.baseDelayMs = 5;
        options.retry.minIntervalMs = 0;
        options.retry.timeoutMs = 1000;
        options.retry.requestDeadlineMs = 3000;
        options.retry.accountDeadlineMs = 30'000;
        options.retry.maxPages = 20;
        options.retry.maxBodyBytes = 4 * 1024 * 1024;
        rebuild();
    }

    qint64 add(const QString &provider, const QString &path)
    {
        Account a;
        a.provider = provider;
        a.label = provider;
        a.baseUrl = server.url(path);
        const qint64 id = AccountRepository(db.connection()).add(a);
        storeAccountKeyNow(secrets, test::accountOf(db.connection(), id), QStringLiteral("key-of-") + provider);
        return id;
    }

    void rebuild() { engine = std::make_unique<SyncEngine>(db.connection(), secrets, &network, clock, options); }

    SyncSummary sync()
    {
        QSignalSpy finished(engine.get(), &SyncEngine::finished);
        SyncRequest request;
        request.from = QDate(2026, 3, 1);
        request.to = QDate(2026, 3, 3);
        if (!engine->start(request) || !finished.wait(90'000))
            return {};
        return finished.first().first().value<SyncSummary>();
    }

    const SyncRun *run(const SyncSummary &s, qint64 account) const
    {
        for (const SyncRun &r : s.runs) {
            if (r.accountId == account)
                return &r;
        }
        return nullptr;
    }

    qint64 usageRows() const
    {
        return db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE account_id = %1").arg(openai));
    }
    qint64 billed() const
    {
        return db.scalar(
            QStringLiteral("SELECT COALESCE(SUM(amount_nano), 0) FROM costs WHERE account_id = %1").arg(openai));
    }
};

}   // namespace

class TestNetworkFaults : public QObject
{
    Q_OBJECT

private slots:
    void anAnswerCutShortNeverReplacesStoredData_data()
    {
        QTest::addColumn<int>("raw");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("connection closed before Content-Length") << int(Raw::CutShort) << EmptyPage << "cut off";
        QTest::newRow("silent after the body started") << int(Raw::StallMidBody) << EmptyPage << "cut off";
        QTest::newRow("deflate that fails its check") << int(Raw::BadEncoding) << brokenDeflate(EmptyPage) << "cut off";
    }

    void anAnswerCutShortNeverReplacesStoredData()
    {
        QFETCH(int, raw);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        World w;
        QCOMPARE(w.run(w.sync(), w.openai)->status, SyncRun::Status::Success);
        QCOMPARE(w.usageRows(), qint64(4));
        QCOMPARE(w.billed(), BilledOpenAi);

        // Every attempt at the first usage page ends early, although its status is 200 and what did
        // arrive is a well-formed "no usage" page.
        FakeProviderServer::Reply fault;
        fault.raw = Raw(raw);
        fault.body = body;
        w.server.setFault(Completions, fault);
        const int before = w.server.requests(Completions);
        const SyncSummary s = w.sync();
        const SyncRun *openai = w.run(s, w.openai);
        QVERIFY(openai);
        QCOMPARE(openai->status, SyncRun::Status::Failed);
        QCOMPARE(openai->errorKind, QStringLiteral("transient"));
        QVERIFY2(openai->message.contains(message), qPrintable(openai->message));
        QCOMPARE(w.server.requests(Completions), before + w.options.retry.attempts);   // retried like a 5xx
        QCOMPARE(w.usageRows(), qint64(4));                                            // nothing withdrawn
        QCOMPARE(w.billed(), BilledOpenAi);
        QCOMPARE(w.run(s, w.anthropic)->status, SyncRun::Status::Success);
    }

    // Some providers and proxies repeat the key in their error text ("Incorrect API key provided:
    // …"), whole or shortened: it is never shown in the run's message nor stored with the run.
    void aKeyTheProviderRepeatsIsNeverShownOrStored_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("echo");
        QTest::addColumn<QString>("key");
        QTest::newRow("OpenAI 401, the whole key") << Completions << 401 << "Incorrect API key provided: key-of-openai."
                                                   << "key-of-openai";
        QTest::newRow("OpenAI 500, its start") << Completions << 500 << "upstream said key key-of-op**** is unknown"
                                               << "key-of-op";
        QTest::newRow("Anthropic 403, x-api-key") << QStringLiteral("/anthropic/v1/organizations/usage_report/messages")
                                                  << 403 << "key-of-anthropic may not read usage"
                                                  << "key-of-anthropic";
    }
    void aKeyTheProviderRepeatsIsNeverShownOrStored()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, echo);
        QFETCH(QString, key);
        World w;
        const QByteArray body =
            QStringLiteral(R"({"error":{"message":"%1","type":"invalid_request_error"}})").arg(echo).toUtf8();
        w.server.setFault(path, {status, body, {}, false});
        const SyncSummary s = w.sync();
        const SyncRun *run = w.run(s, path.startsWith(QStringLiteral("/anthropic")) ? w.anthropic : w.openai);
        QVERIFY(run);
        QCOMPARE(run->status, SyncRun::Status::Failed);
        QVERIFY2(run->message.contains(QStringLiteral("[key hidden]")), qPrintable(run->message));   // the rest stays
        QVERIFY2(!run->message.contains(key), qPrintable(run->message));
        // Nothing the runs stored holds it either (every column of every run).
        QSqlQuery q(w.db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM sync_runs")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            for (int c = 0; c < q.record().count(); ++c)
                QVERIFY2(!q.value(c).toString().contains(key), qPrintable(q.value(c).toString()));
        }
        QVERIFY(rows >= 2);
    }

    void aRedirectToAnotherHostCarriesNoKey()
    {
        World w;
        FakeProviderServer elsewhere;   // another origin: same machine, another port
        QVERIFY(elsewhere.start());
        elsewhere.loadStandardFixtures();
        FakeProviderServer::Reply redirect;
        redirect.status = 302;
        redirect.raw = Raw::Redirect;
        redirect.location = elsewhere.url(Costs).toUtf8();
        w.server.setFault(Costs, redirect);
        const SyncSummary s = w.sync();
        const SyncRun *openai = w.run(s, w.openai);
        QCOMPARE(openai->status, SyncRun::Status::Failed);
        QCOMPARE(openai->errorKind, QStringLiteral("redirected"));
        QVERIFY2(openai->message.contains(elsewhere.url()), qPrintable(openai->message));
        QCOMPARE(elsewhere.totalRequests(), 0);   // the key never went there
        QCOMPARE(w.usageRows(), qint64(0));       // and nothing of the run was stored
        QCOMPARE(w.run(s, w.anthropic)->status, SyncRun::Status::Success);

        // A redirect within the account's own origin is followed, key and all.
        const QString moved = QStringLiteral("/openai/v1/organization/costs-moved");
        w.server.setJson(moved, {}, FakeProviderServer::fixture(QStringLiteral("openai/costs.json")));
        redirect.location = moved.toUtf8();
        w.server.setFault(Costs, redirect);
        const SyncSummary again = w.sync();
        QVERIFY2(w.run(again, w.openai)->status == SyncRun::Status::Success,
                 qPrintable(w.run(again, w.openai)->message));
        QCOMPARE(w.server.lastHeaders(moved).value("authorization"), QByteArray("Bearer key-of-openai"));
        QCOMPARE(w.billed(), BilledOpenAi);
    }

    void aTricklingAnswerMeetsTheRequestDeadline()
    {
        World w;
        w.options.retry.attempts = 2;
        w.options.retry.requestDeadlineMs = 1500;
        w.rebuild();
        FakeProviderServer::Reply trickle;
        trickle.raw = Raw::Trickle;
        trickle.intervalMs = 100;   // a byte every 0.1 s: never idle for the 1 s transfer timeout
        trickle.body = FakeProviderServer::fixture(QStringLiteral("openai/costs.json"));
        w.server.setFault(Costs, trickle);
        QElapsedTimer clock;
        clock.start();
        const SyncSummary s = w.sync();
        const SyncRun *openai = w.run(s, w.openai);
        QVERIFY(openai);
        QCOMPARE(openai->status, SyncRun::Status::Failed);
        QVERIFY2(openai->message.contains(QStringLiteral("did not arrive within 1 s")), qPrintable(openai->message));
        QVERIFY(clock.elapsed() < 20'000);
        QCOMPARE(w.usageRows(), qint64(0));
        QCOMPARE(w.run(s, w.anthropic)->status, SyncRun::Status::Success);
    }

    void endlessPagesStopAtThePageLimit()
    {
        World w;
        int served = 0;
        w.server.setHandler(Completions, [&served](const QString &) {
            ++served;
            FakeProviderServer::Reply r;
            r.body = QStringLiteral(R"({"object":"page","data":[],"has_more":true,"next_page":"page_%1"})")
                         .arg(served)
                         .toUtf8();
            return r;
        });
        const SyncSummary s = w.sync();
        const SyncRun *openai = w.run(s, w.openai);
        QVERIFY(openai);
        QCOMPARE(openai->status, SyncRun::Status::Failed);
        QVERIFY2(openai->message.contains(QStringLiteral("after 20 of them")), qPrintable(openai->message));
        QCOMPARE(served, 20);
        QCOMPARE(w.run(s, w.anthropic)->status, SyncRun::Status::Success);   // the others still sync
    }

    void theAccountDeadlineStopsASlowProvider()
    {
        World w;
        w.options.retry.maxPages = 10'000;
        w.options.retry.minIntervalMs = 100;   // each page a little slow, none slow enough to time out
        w.options.retry.accountDeadlineMs = 2000;
        w.rebuild();
        int served = 0;
        w.server.setHandler(Completions, [&served](const QString &) {
            FakeProviderServer::Reply r;
            r.body = QStringLiteral(R"({"object":"page","data":[],"has_more":true,"next_page":"page_%1"})")
                         .arg(++served)
                         .toUtf8();
            return r;
        });
        QElapsedTimer clock;
        clock.start();
        const SyncSummary s = w.sync();
        const SyncRun *openai = w.run(s, w.openai);
        QVERIFY(openai);
        QCOMPARE(openai->status, SyncRun::Status::Failed);
        QCOMPARE(openai->errorKind, QStringLiteral("timed_out"));
        QVERIFY2(openai->message.contains(QStringLiteral("within 2 s")), qPrintable(openai->message));
        QVERIFY(clock.elapsed() < 20'000);
        QCOMPARE(w.run(s, w.anthropic)->status, SyncRun::Status::Success);
    }

    void anOversizedAnswerIsRefusedWithFlatMemory_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("chunked, no length") << false;
        QTest::newRow("Content-Length announced") << true;
    }

    void anOversizedAnswerIsRefusedWithFlatMemory()
    {
        QFETCH(bool, announced);
        World w;
        FakeProviderServer::Reply huge;
        huge.raw = Raw::Stream;
        huge.streamBytes = 256ll * 1024 * 1024;
        huge.announceLength = announced;
        w.server.setFault(Completions, huge);
        const qint64 before = peakRssKiB();
        const SyncSummary s = w.sync();
        const SyncRun *openai = w.run(s, w.openai);
        QVERIFY(openai);
        QCOMPARE(openai->status, SyncRun::Status::Failed);
        QCOMPARE(openai->errorKind, QStringLiteral("too_large"));
        QVERIFY2(openai->message.contains(QStringLiteral("larger than 4 MiB")), qPrintable(openai->message));
        QCOMPARE(w.server.requests(Completions), 1);   // not worth retrying
        // The client stopped reading long before the end, and held no more than the limit.
        QVERIFY2(w.server.bytesSent(Completions) < 32ll * 1024 * 1024,
                 qPrintable(QString::number(w.server.bytesSent(Completions))));
        const qint64 growthMiB = (peakRssKiB() - before) / 1024;
        QVERIFY2(growthMiB < 64, qPrintable(QStringLiteral("peak RSS grew by %1 MiB").arg(growthMiB)));
        QCOMPARE(w.run(s, w.anthropic)->status, SyncRun::Status::Success);
    }
};

QTEST_GUILESS_MAIN(TestNetworkFaults)
#include "tst_networkfaults.moc"
