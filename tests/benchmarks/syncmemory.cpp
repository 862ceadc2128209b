// tokenledger-syncmemory ROWS MODELS DIR [DAYS]: one real first sync of ROWS usage rows over DAYS days
// (default 120), for the peak
// memory figure of tokenledger-bench (which runs this through tokenledger-runmeasured and reads
// ru_maxrss). Everything is the application's own path: a profile database in DIR, an OpenAI
// account, the SyncEngine with its adapter over HTTP, against a loopback server (QtHttpServer, in
// this process) that generates OpenAI's usage pages, one day bucket a page, MODELS models a day.
// Prints "<rows stored> <seconds> <RSS KiB before the sync> <status>"; exit 0 when the sync
// succeeded with every row stored.

#include "fakeproviderserver.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSqlQuery>

#include <cstdio>

using namespace tl;

namespace {

constexpr int DefaultWindowDays = 120;

long rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// The page of day `index` (cursor = the index as text): `perDay` results over `models` models, each
// with its own project/key pair, so every row is a distinct key.
QByteArray usagePage(QDate first, int index, int days, qint64 perDay, int models)
{
    const qint64 start = QDateTime(first.addDays(index), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QByteArray page =
        "{\"object\":\"page\",\"data\":[{\"object\":\"bucket\",\"start_time\":" + QByteArray::number(start) +
        ",\"end_time\":" + QByteArray::number(start + 86400) + ",\"results\":[";
    page.reserve(perDay * 260 + 200);
    for (qint64 k = 0; k < perDay; ++k) {
        const qint64 combo = k / models;
        page += k == 0 ? "{" : ",{";
        page += "\"object\":\"organization.usage.completions.result\",\"input_tokens\":" +
                QByteArray::number(1000 + (k * 7919 + index) % 2'000'000) +
                ",\"input_cached_tokens\":" + QByteArray::number((k * 31 + index) % 1000) +
                ",\"output_tokens\":" + QByteArray::number(100 + (k * 104729 + index) % 400'000) +
                ",\"num_model_requests\":" + QByteArray::number(1 + k % 500) + ",\"project_id\":\"proj_" +
                QByteArray::number(combo % 6) + "\",\"api_key_id\":\"key_" + QByteArray::number(combo) +
                "\",\"model\":\"gpt-bench-" + QByteArray::number(k % models) + "\",\"service_tier\":null}";
    }
    const bool more = index + 1 < days;
    page += "]}],\"has_more\":" + QByteArray(more ? "true" : "false") +
            ",\"next_page\":" + (more ? "\"" + QByteArray::number(index + 1) + "\"" : QByteArray("null")) + "}";
    return page;
}

}   // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int windowDays = args.size() == 5 ? args[4].toInt() : DefaultWindowDays;
    if (args.size() < 4 || args.size() > 5 || args[1].toLongLong() <= 0 || args[2].toInt() <= 0 || windowDays <= 0) {
        std::fprintf(stderr, "usage: tokenledger-syncmemory ROWS MODELS DIR [DAYS]\n");
        return 2;
    }
    const qint64 rows = args[1].toLongLong();
    const int models = args[2].toInt();
    const qint64 perDay = (rows + windowDays - 1) / windowDays;
    const QDate last(2026, 11, 25);
    const QDate first = last.addDays(-(windowDays - 1));

    Database db(QStringLiteral("syncmemory"));
    if (!db.open(args[3] + QStringLiteral("/profile.sqlite"))) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    test::FakeProviderServer server;
    if (!server.start())
        return 1;
    const QString base = QStringLiteral("/openai/v1/organization");
    server.setHandler(base + QStringLiteral("/usage/completions"), [&](const QString &cursor) {
        return test::FakeProviderServer::Reply(
            200, usagePage(first, cursor.isEmpty() ? 0 : cursor.toInt(), windowDays, perDay, models));
    });
    const QByteArray empty = "{\"object\":\"page\",\"data\":[],\"has_more\":false,\"next_page\":null}";
    for (const char *path : {"/usage/embeddings", "/usage/moderations", "/costs"})
        server.setJson(base + QString::fromLatin1(path), {}, empty);

    Account account;
    account.provider = QStringLiteral("openai");
    account.label = QStringLiteral("Bench");
    account.baseUrl = server.url(QStringLiteral("/openai/v1"));
    account.id = AccountRepository(db.connection()).add(account);
    MemorySecretStore secrets;
    storeAccountKeyNow(secrets, *AccountRepository(db.connection()).find(account.id), QStringLiteral("bench-key"));

    QNetworkAccessManager network;
    FixedClock clock(QDateTime(last, QTime(12, 0), Qt::UTC));
    SyncOptions options;
    options.retry.minIntervalMs = 0;
    options.retry.timeoutMs = 120'000;
    options.retry.maxPages = windowDays + 1;   // one day a page (the default cap is 500 pages)
    SyncEngine engine(db.connection(), secrets, &network, clock, options);
    SyncRequest request;
    request.trigger = QStringLiteral("cli");
    request.accountId = account.id;
    request.from = first;
    request.to = last;

    const long before = rssKb();
    QElapsedTimer timer;
    timer.start();
    SyncSummary summary;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &s) {
        summary = s;
        loop.quit();
    });
    QString error;
    if (!engine.start(request, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const bool ok = summary.runs.size() == 1 && summary.runs.first().status == SyncRun::Status::Success;
    QSqlQuery count(db.connection());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM usage"));
    const qint64 stored = count.next() ? count.value(0).toLongLong() : 0;
    std::printf("%lld %.2f %ld %s\n", static_cast<long long>(stored), seconds, before,
                ok ? "success" : qPrintable(QString(summary.runs.value(0).message).replace(u' ', u'_')));
    return ok && stored == perDay * windowDays ? 0 : 1;
}
