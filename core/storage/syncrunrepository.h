#pragma once

#include "providers/provideradapter.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace tl {

// One account's sync, as recorded in `sync_runs`.
struct SyncRun
{
    enum class Status
    {
        Running,
        Success,
        Partial,
        Failed,
        Cancelled,
    };
    qint64 id = 0;
    qint64 accountId = 0;
    QString accountLabel;
    QString provider;
    QString trigger;   // manual | scheduled | startup | cli
    Status status = Status::Running;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDate windowFrom;
    QDate windowTo;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    qint64 durationMs = 0;
    QString errorKind;
    QString message;   // in English (see SyncRunText), for old readers and --json
    // What the message says as a code and values (SyncRunText), rendered in the reader's language
    // by syncRunMessage(). Empty for runs stored before schema 13: their message is shown.
    QJsonObject messageParams;
    // Who ran it: "user@host" of the desktop or sync host (schema 15); empty for older runs.
    // start() records this process's identity when it is left empty.
    QString syncedBy;

    static QString statusName(Status status);
    static std::optional<Status> statusFromName(QStringView name);
};

// Health of an account from its runs: what the Accounts page and alerts need.
struct AccountHealth
{
    QDateTime lastSuccess;
    QDateTime lastAttempt;
    QString lastError;
    int consecutiveFailures = 0;
    std::optional<QDate> lastSuccessfulWindowEnd;
    QString lastSyncedBy;   // who ran the last successful run ("ana@laptop"); empty when unknown
};

// This process as a sync run records it: "user@host" (the login name from USER / USERNAME, the
// machine's host name), the words a teammate would recognise on the Accounts page.
QString thisSyncIdentity();

class SyncRunRepository final
{
public:
    explicit SyncRunRepository(QSqlDatabase db);

    qint64 start(const SyncRun &run, QString *error = nullptr);
    bool finish(const SyncRun &run, QString *error = nullptr);
    QList<SyncRun> list(std::optional<qint64> accountId = std::nullopt, int limit = 500,
                        QString *error = nullptr) const;
    AccountHealth health(qint64 accountId, QString *error = nullptr) const;
    // Every account's health in one read (dashboard, alert rules).
    QHash<qint64, AccountHealth> healthOfAll(QString *error = nullptr) const;
    // When the profile last synced successfully (success or partial), by any trigger or process —
    // the window, the command line — leaving out `ignoredProviders` (agent logs, which sync as they
    // change); invalid when never. One read down the started_at index.
    QDateTime lastSuccessfulSync(const QStringList &ignoredProviders = {}, QString *error = nullptr) const;
    // Deletes runs that started before `before`; the number deleted.
    int prune(const QDateTime &before, QString *error = nullptr);
    // Closes runs left "running" by a process that died, as failed, so history tells the truth.
    // Call it only while holding the profile's write lock (ProfileLock): then no live process
    // can own a running run.
    int closeAbandoned(QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

// The latest balances each account reported.
class BalanceRepository final
{
public:
    explicit BalanceRepository(QSqlDatabase db);

    // Replaces an account's balances with what the last sync reported.
    bool replace(qint64 accountId, const QList<Balance> &balances, const QDateTime &fetchedAt,
                 QString *error = nullptr);
    QList<Balance> list(qint64 accountId) const;

private:
    QSqlDatabase m_db;
};

}   // namespace tl
