#pragma once

#include "agentrequest.h"
#include "agentsources.h"
#include "records/records.h"
#include "storage/syncrunrepository.h"

#include <QDate>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>
#include <QStringList>

namespace tl {

class Clock;
class PricingCatalog;
class PricingService;

// What one import of an agent account did, shown after every import (window and command line) and
// recorded in the account's run history.
struct AgentImportResult
{
    bool ok = true;
    QString error;
    qint64 accountId = 0;
    qint64 runId = 0;
    SyncRun run;   // as recorded in the run history
    int filesSeen = 0;
    int filesRead = 0;        // read from where the last import stopped (or whole, when new)
    int filesUnchanged = 0;   // same size and modification time: not opened
    int filesReread = 0;      // shrank or replaced: read again from the start
    QStringList fileErrors;   // files that could not be read (the rest is imported)
    qint64 bytesRead = 0;
    AgentReadStats stats;           // what the readers kept and dropped, and why
    qint64 requestsNew = 0;         // requests recorded for the first time
    qint64 requestsCompleted = 0;   // a more complete copy replaced the recorded one
    qint64 requestsKnown = 0;       // copies of requests already recorded (re-read, or replayed in another file)
    QDate firstDay;                 // the days whose figures changed
    QDate lastDay;
    UpsertResult usage;   // the usage rows (source "agent") rebuilt for those days
    qint64 durationMs = 0;
    // Where the time went: the writer waiting for parsed files, storing requests, rebuilding days.
    qint64 waitMs = 0;
    qint64 storeMs = 0;
    qint64 rollUpMs = 0;
    qint64 listMs = 0;     // finding the files and what the last import saw of them
    qint64 commitMs = 0;   // the transaction's commit

    // "1,234 new requests, ... from 12 of 12 files (3 unchanged); dropped: 40 streaming copies, ..." —
    // for people, in the installed translation and `locale`'s numbers (SyncRunText::agentImportSummary).
    QString summary(const QLocale &locale = QLocale()) const;
    // The same as a code and its values, for the run's history (sync_runs.message_params).
    QJsonObject messageParams() const;
};

// Imports an agent account's local logs (Claude Code, Codex CLI, Gemini CLI) into its history.
// Incremental: a file is skipped when its size and modification time are what the last import saw,
// read from the saved byte offset (with its reader's saved state) when it grew, and read again from
// the start when it shrank or its head changed (replaced). Requests are stored by their identity
// (agent_requests), so nothing is counted twice and history survives the agent deleting its logs;
// each touched day's usage rows (source "agent", by model, project and long-context class) are
// rebuilt from them and priced — a request whose input crosses the model's long-context threshold
// is billed wholly at the long-context price.
// One import is one transaction, recorded as a run (sync_runs) with its counts or its error.
// Files are parsed on worker threads while this thread writes; memory stays bounded (files are read
// in chunks, at most a few parsed files wait to be written). The caller holds the profile's write
// lock (ProfileLock).
class AgentImporter final
{
public:
    AgentImporter(QSqlDatabase db, const PricingCatalog &catalog, const Clock &clock);
    // Loads the prices only when something changed (a re-import with nothing new never needs them).
    AgentImporter(QSqlDatabase db, PricingService &pricing, const Clock &clock);

    // `trigger`: manual | scheduled | startup | cli (as for syncs).
    AgentImportResult run(const Account &account, const QStringList &folders, const QString &trigger);

    // Parse threads (default: the machine's cores, at least 1).
    void setWorkers(int workers) { m_workers = workers; }

private:
    QSqlDatabase m_db;
    const PricingCatalog *m_catalog = nullptr;
    PricingService *m_pricing = nullptr;
    const Clock &m_clock;
    int m_workers = 0;
};

}   // namespace tl
