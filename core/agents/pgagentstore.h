#pragma once

#include "agentrequest.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace tl::pgagentstore {

// agentstore::RequestWriter on PostgreSQL: a file's requests in chunks — the recorded copies of a
// chunk's keys read in one SELECT, each request weighed against them in order exactly as the
// SQLite writer weighs them one at a time, and the copies that win written in one multi-row
// INSERT … ON CONFLICT DO UPDATE, in key order (two writers lock rows in the same order).
bool writeRequests(QSqlDatabase db, qint64 accountId, const QList<AgentRequest> &requests, QSet<QString> *touched,
                   AgentRequestCounts *counts, QString *error);

}   // namespace tl::pgagentstore
