#pragma once

#include "agentfilereader.h"
#include "common/dates.h"
#include "pgagentstore.h"
#include "records/records.h"
#include "storage/schemadialect.h"
#include "storage/statement.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

namespace tl {

class PricingCatalog;

// The storage side of an agent-log import (AgentImporter): requests stored by their identity, each
// file's progress, the latest logged rate limits, and the usage rows rebuilt per touched day.
namespace agentstore {

struct StoredRequest
{
    QString day;
    qint64 total = 0;
    bool sidechain = false;
};

// The statements the writer runs per request and per file.
class RequestWriter final
{
public:
    bool prepare(const QSqlDatabase &db, QString *error)
    {
        m_db = db;
        return m_insert.prepare(
                   db,
                   "INSERT INTO agent_requests (account_id, request_key, at_ms, day, model, session, project, "
                   "git_branch, sidechain, input, cache_read, cache_write_5m, cache_write_1h, output, reasoning, "
                   "web_searches) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
                   "ON CONFLICT (account_id, request_key) DO NOTHING",
                   error) &&
               m_find.prepare(db,
                              "SELECT day, input + cache_read + cache_write_5m + cache_write_1h + output, sidechain "
                              "FROM agent_requests WHERE account_id = ?1 AND request_key = ?2",
                              error) &&
               m_update.prepare(db,
                                "UPDATE agent_requests SET at_ms = ?3, day = ?4, model = ?5, session = ?6, "
                                "project = ?7, git_branch = ?8, sidechain = ?9, input = ?10, cache_read = ?11, "
                                "cache_write_5m = ?12, cache_write_1h = ?13, output = ?14, reasoning = ?15, "
                                "web_searches = ?16 WHERE account_id = ?1 AND request_key = ?2",
                                error) &&
               m_file.prepare(db,
                              "INSERT INTO agent_files (account_id, path, size, mtime_ms, offset, head_length, "
                              "head_hash, state, requests) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                              "ON CONFLICT (account_id, path) DO UPDATE SET size = excluded.size, mtime_ms = "
                              "excluded.mtime_ms, offset = excluded.offset, head_length = excluded.head_length, "
                              "head_hash = excluded.head_hash, state = excluded.state, "
                              "requests = agent_files.requests + excluded.requests",
                              error);
    }

    enum class Outcome
    {
        New,
        Completed,
        Known,
        Failed,
    };

    // Stores a request unless the stored copy is at least as complete; `touched` gets the days whose
    // figures change.
    Outcome write(qint64 accountId, const AgentRequest &r, QSet<QString> *touched, QString *error)
    {
        const QString day = r.day.isEmpty() ? isoDay(r.time.date()) : r.day;
        bind(&m_insert, accountId, r, day);
        m_insert.step();
        if (!m_insert.ok())
            return failed(m_insert, error);
        if (m_insert.changes() == 1) {
            touched->insert(day);
            return Outcome::New;
        }
        m_find.reset();
        m_find.bind(1, accountId);
        m_find.bind(2, r.key);
        if (!m_find.step())
            return failed(m_find, error);
        const StoredRequest stored{m_find.text(0), m_find.int64(1), m_find.int64(2) != 0};
        m_find.reset();
        const bool better =
            r.totalTokens() > stored.total || (r.totalTokens() == stored.total && stored.sidechain && !r.sidechain);
        if (!better)
            return Outcome::Known;
        bind(&m_update, accountId, r, day);
        m_update.step();
        if (!m_update.ok())
            return failed(m_update, error);
        touched->insert(day);
        touched->insert(stored.day);
        return Outcome::Completed;
    }

    // A file's requests: one at a time on SQLite (write(): nothing crosses a network there), in
    // batches on a team database (pgagentstore.h), with the same outcome and counts.
    bool writeAll(qint64 accountId, const QList<AgentRequest> &requests, QSet<QString> *touched,
                  AgentRequestCounts *counts, QString *error)
    {
        if (sql::dialectOf(m_db) == sql::Dialect::Postgres)
            return pgagentstore::writeRequests(m_db, accountId, requests, touched, counts, error);
        for (const AgentRequest &r : requests) {
            switch (write(accountId, r, touched, error)) {
            case Outcome::New:
                ++counts->created;
                break;
            case Outcome::Completed:
                ++counts->completed;
                break;
            case Outcome::Known:
                ++counts->known;
                break;
            case Outcome::Failed:
                return false;
            }
        }
        return true;
    }

    bool writeFile(qint64 accountId, const AgentFileRead &read, QString *error)
    {
        m_file.reset();
        m_file.bind(1, accountId);
        m_file.bind(2, read.task.file.path);
        m_file.bind(3, read.task.file.size);
        m_file.bind(4, read.task.file.mtimeMs);
        m_file.bind(5, read.offset);
        m_file.bind(6, read.headLength);
        m_file.bind(7, QString::fromLatin1(read.headHash));
        if (read.state.isEmpty())
            m_file.bindNull(8);
        else
            m_file.bindBytes(8, read.state);
        m_file.bind(9, qint64(read.requests.size()));
        m_file.step();
        if (!m_file.ok()) {
            *error = m_file.error();
            return false;
        }
        return true;
    }

private:
    static void bind(sql::Statement *s, qint64 accountId, const AgentRequest &r, const QString &day)
    {
        s->reset();
        s->bind(1, accountId);
        s->bind(2, r.key);
        s->bind(3, r.time.toMSecsSinceEpoch());
        s->bind(4, day);
        s->bind(5, r.model);
        s->bind(6, r.session);
        s->bind(7, r.project);
        s->bind(8, r.gitBranch);
        s->bind(9, qint64(r.sidechain ? 1 : 0));
        s->bind(10, r.input);
        s->bind(11, r.cacheRead);
        s->bind(12, r.cacheWrite5m);
        s->bind(13, r.cacheWrite1h);
        s->bind(14, r.output);
        s->bind(15, r.reasoning);
        s->bind(16, r.webSearches);
    }

    static Outcome failed(const sql::Statement &s, QString *error)
    {
        *error = s.ok() ? QStringLiteral("a stored request could not be read back") : s.error();
        return Outcome::Failed;
    }

    QSqlDatabase m_db;
    sql::Statement m_insert;
    sql::Statement m_find;
    sql::Statement m_update;
    sql::Statement m_file;
};

// What the last import saw of each file of the account.
bool loadStoredFiles(const QSqlDatabase &db, qint64 accountId, QHash<QString, AgentStoredFile> *out, QString *error);

// Rebuilds the usage rows (source "agent") of the account's touched days from its requests: by
// model, project and long-context class, each row priced once.
bool rollUp(QSqlDatabase db, const Account &account, const QSet<QString> &days, const PricingCatalog &catalog,
            UpsertResult *written, QString *error);

// Keeps the latest rate limits an agent logged (Codex), whatever order files are read in.
bool storeRateLimits(QSqlDatabase db, qint64 accountId, const AgentRateLimits &limits, QString *error);

}   // namespace agentstore
}   // namespace tl
