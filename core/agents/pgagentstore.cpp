#include "pgagentstore.h"

#include "common/dates.h"
#include "storage/queryloop.h"
#include "storage/sqlutil.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <map>

namespace tl::pgagentstore {

namespace {

// Requests per statement: 16 parameters each.
constexpr qsizetype ChunkRows = 500;

struct Stored
{
    QString day;
    qint64 total = 0;
    bool sidechain = false;
};

QString dayOf(const AgentRequest &r)
{
    return r.day.isEmpty() ? isoDay(r.time.date()) : r.day;
}

bool readStored(QSqlDatabase db, qint64 accountId, const QStringList &keys, QHash<QString, Stored> *out, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!sql::prepare(q,
                      QStringLiteral("SELECT request_key, day, input + cache_read + cache_write_5m + cache_write_1h + "
                                     "output, sidechain FROM agent_requests WHERE account_id = ? AND request_key IN "
                                     "(%1)")
                          .arg(QStringList(keys.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                      error))
        return false;
    q.addBindValue(accountId);
    for (const QString &key : keys)
        q.addBindValue(key);
    if (!sql::exec(q, error))
        return false;
    while (q.next())
        out->insert(q.value(0).toString(),
                    {q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong() != 0});
    return sql::readSucceeded(q, error);
}

bool writeWinners(QSqlDatabase db, qint64 accountId, const std::map<QString, const AgentRequest *> &winners,
                  QString *error)
{
    if (winners.empty())
        return true;
    const QString tuple = u'(' + QStringList(16, QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
    QSqlQuery q(db);
    if (!sql::prepare(
            q,
            QStringLiteral("INSERT INTO agent_requests (account_id, request_key, at_ms, day, model, session, project, "
                           "git_branch, sidechain, input, cache_read, cache_write_5m, cache_write_1h, output, "
                           "reasoning, web_searches) VALUES %1 ON CONFLICT (account_id, request_key) DO UPDATE SET "
                           "at_ms = excluded.at_ms, day = excluded.day, model = excluded.model, session = "
                           "excluded.session, project = excluded.project, git_branch = excluded.git_branch, sidechain "
                           "= excluded.sidechain, input = excluded.input, cache_read = excluded.cache_read, "
                           "cache_write_5m = excluded.cache_write_5m, cache_write_1h = excluded.cache_write_1h, output "
                           "= excluded.output, reasoning = excluded.reasoning, web_searches = excluded.web_searches")
                .arg(QStringList(int(winners.size()), tuple).join(QStringLiteral(", "))),
            error))
        return false;
    for (const auto &[key, r] : winners) {
        for (const QVariant &v :
             {QVariant(accountId), QVariant(key), QVariant(r->time.toMSecsSinceEpoch()), QVariant(dayOf(*r)),
              QVariant(sql::text(r->model)), QVariant(sql::text(r->session)), QVariant(sql::text(r->project)),
              QVariant(sql::text(r->gitBranch)), QVariant(qint64(r->sidechain ? 1 : 0)), QVariant(r->input),
              QVariant(r->cacheRead), QVariant(r->cacheWrite5m), QVariant(r->cacheWrite1h), QVariant(r->output),
              QVariant(r->reasoning), QVariant(r->webSearches)})
            q.addBindValue(v);
    }
    return sql::exec(q, error);
}

}   // namespace

bool writeRequests(QSqlDatabase db, qint64 accountId, const QList<AgentRequest> &requests, QSet<QString> *touched,
                   AgentRequestCounts *counts, QString *error)
{
    for (qsizetype first = 0; first < requests.size(); first += ChunkRows) {
        const qsizetype end = std::min(first + ChunkRows, requests.size());
        QSet<QString> keySet;
        for (qsizetype i = first; i < end; ++i)
            keySet.insert(requests.at(i).key);
        QHash<QString, Stored> stored;
        if (!readStored(db, accountId, QStringList(keySet.cbegin(), keySet.cend()), &stored, error))
            return false;
        // In order, as RequestWriter::write() would store them one by one: a new key, or a copy
        // more complete than the recorded (or earlier in this chunk) one, wins.
        std::map<QString, const AgentRequest *> winners;
        for (qsizetype i = first; i < end; ++i) {
            const AgentRequest &r = requests.at(i);
            const QString day = dayOf(r);
            const auto it = stored.find(r.key);
            if (it == stored.end()) {
                ++counts->created;
                touched->insert(day);
            } else if (r.totalTokens() > it->total || (r.totalTokens() == it->total && it->sidechain && !r.sidechain)) {
                ++counts->completed;
                touched->insert(day);
                touched->insert(it->day);
            } else {
                ++counts->known;
                continue;
            }
            stored.insert(r.key, {day, r.totalTokens(), r.sidechain});
            winners[r.key] = &r;
        }
        if (!writeWinners(db, accountId, winners, error))
            return false;
    }
    return true;
}

}   // namespace tl::pgagentstore
