#include "agentbenchchecks.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace tl::bench {

using namespace tl::test;

namespace {

std::optional<QJsonObject> readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

// `part` of `whole` in percent, one decimal, from integers.
QString percentOff(qint64 got, qint64 expected)
{
    if (expected == 0)
        return QStringLiteral("n/a");
    const qint64 tenths = (got - expected) * 1000 / expected;
    return (tenths >= 0 ? QStringLiteral("+") : QStringLiteral("-")) + QString::number(qAbs(tenths) / 10) + u'.' +
           QString::number(qAbs(tenths) % 10) + u'%';
}

QString usd(qint64 nanos)
{
    return QStringLiteral("$%1.%2")
        .arg(nanos / 1'000'000'000)
        .arg(qAbs(nanos % 1'000'000'000) / 1000, 6, 10, QLatin1Char('0'));
}

using DayModel = std::map<std::pair<QDate, QString>, AgentTreeTotals>;

}   // namespace

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / 1048576.0, 'f', 1) + QStringLiteral(" MiB");
}

// What ccusage's totals say next to the known answer (its duplicates and its pricing show here).
void compareCcusage(const QString &jsonPath, const AgentTreeAnswer &answer)
{
    const auto json = readJson(jsonPath);
    if (!json) {
        std::printf("  ccusage output not readable as JSON (%s)\n", qPrintable(jsonPath));
        return;
    }
    const QJsonObject t = json->value(u"totals").toObject();
    const auto n = [&](const char *key) { return qint64(t.value(QLatin1String(key)).toDouble()); };
    const AgentTreeTotals &k = answer.total;
    const qint64 costNanos = qRound64(t.value(u"totalCost").toDouble() * 1e9);
    std::printf("  ccusage vs known answer: input %s, output %s, cache reads %s, cache writes %s, cost %s "
                "($%lld.%06lld vs $%lld.%06lld)\n",
                qPrintable(percentOff(n("inputTokens"), k.input)), qPrintable(percentOff(n("outputTokens"), k.output)),
                qPrintable(percentOff(n("cacheReadTokens"), k.cacheRead)),
                qPrintable(percentOff(n("cacheCreationTokens"), k.cacheWrite5m + k.cacheWrite1h)),
                qPrintable(percentOff(costNanos, k.costNanos)), costNanos / 1'000'000'000,
                (costNanos % 1'000'000'000) / 1000, k.costNanos / 1'000'000'000, (k.costNanos % 1'000'000'000) / 1000);
}

// TokenLedger's database after an import next to the known answer, per (day, model): the stored
// requests' tokens and counts, and the priced usage rows' cost. TokenLedger does not price web
// searches (usage rows have no column for them): its cost is compared without them.
void compareDatabase(const QString &dbPath, const AgentTreeAnswer &answer)
{
    const QString name = QStringLiteral("agentbench-check");
    DayModel got;
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        opened = db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT day, model, count(*), sum(input), sum(cache_read), sum(cache_write_5m), "
                              "sum(cache_write_1h), sum(output), sum(web_searches) FROM agent_requests "
                              "GROUP BY day, model"));
        while (q.next()) {
            AgentTreeTotals &t = got[{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString()}];
            t.requests = q.value(2).toLongLong();
            t.input = q.value(3).toLongLong();
            t.cacheRead = q.value(4).toLongLong();
            t.cacheWrite5m = q.value(5).toLongLong();
            t.cacheWrite1h = q.value(6).toLongLong();
            t.output = q.value(7).toLongLong();
            t.webSearches = q.value(8).toLongLong();
        }
        q.exec(QStringLiteral("SELECT day, model, sum(cost_nano), sum(cost_nano IS NULL) FROM usage "
                              "WHERE source = 'agent' GROUP BY day, model"));
        while (q.next()) {
            AgentTreeTotals &t = got[{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString()}];
            t.costNanos = q.value(3).toLongLong() > 0 ? -1 : q.value(2).toLongLong();   // -1: unpriced
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!opened) {
        std::printf("  database not readable: %s\n", qPrintable(dbPath));
        return;
    }
    qsizetype tokensExact = 0;
    qsizetype costExact = 0;
    qint64 cost = 0;
    QStringList wrong;
    for (const auto &[key, k] : answer.byDayModel) {
        const auto it = got.find(key);
        const AgentTreeTotals t = it == got.end() ? AgentTreeTotals() : it->second;
        const bool tokens = t.requests == k.requests && t.input == k.input && t.cacheRead == k.cacheRead &&
                            t.cacheWrite5m == k.cacheWrite5m && t.cacheWrite1h == k.cacheWrite1h &&
                            t.output == k.output && t.webSearches == k.webSearches;
        const bool priced = t.costNanos == k.costNanos - k.webSearchCostNanos;
        tokensExact += tokens ? 1 : 0;
        costExact += priced ? 1 : 0;
        cost += std::max<qint64>(t.costNanos, 0);
        if ((!tokens || !priced) && wrong.size() < 3) {
            wrong << key.first.toString(Qt::ISODate) + u' ' + key.second +
                         QStringLiteral(": %1 requests, cost %2 (known %3 requests, %4)")
                             .arg(t.requests)
                             .arg(usd(t.costNanos), QString::number(k.requests),
                                  usd(k.costNanos - k.webSearchCostNanos));
        }
    }
    const qint64 known = answer.total.costNanos - answer.total.webSearchCostNanos;
    std::printf("  database vs known answer: tokens and requests exact in %lld of %lld day/model rows (%lld rows "
                "stored); cost exact in %lld; total %s vs %s (%+lld nano-USD); web searches (%s) not priced\n",
                qint64(tokensExact), qint64(answer.byDayModel.size()), qint64(got.size()), qint64(costExact),
                qPrintable(usd(cost)), qPrintable(usd(known)), cost - known,
                qPrintable(usd(answer.total.webSearchCostNanos)));
    for (const QString &w : std::as_const(wrong))
        std::printf("    differs: %s\n", qPrintable(w));
}

// The import's own account of what it did (its --json output: one object per account).
void printImportSummary(const char *label, const QString &jsonPath)
{
    QFile f(jsonPath);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        std::printf("  %s: %lld files read, %lld unchanged, %s read, %lld new requests, %lld known\n", label,
                    o.value(u"files_read").toInteger(), o.value(u"files_unchanged").toInteger(),
                    qPrintable(mib(o.value(u"bytes_read").toInteger())), o.value(u"requests_new").toInteger(),
                    o.value(u"requests_known").toInteger());
    }
}

void compareStandIn(const QString &jsonPath, const AgentTreeAnswer &answer)
{
    const auto json = readJson(jsonPath);
    const AgentTreeTotals &k = answer.total;
    const auto n = [&](const char *key) { return json ? json->value(QLatin1String(key)).toInteger() : -1; };
    const bool same = n("requests") == k.requests && n("input") == k.input && n("cacheRead") == k.cacheRead &&
                      n("cacheWrite5m") == k.cacheWrite5m && n("cacheWrite1h") == k.cacheWrite1h &&
                      n("output") == k.output;
    std::printf("  parse-only vs known answer: %s (%lld requests, %lld copies dropped)\n",
                same ? "every token total matches" : "MISMATCH", n("requests"), n("dropped"));
}

}   // namespace tl::bench
