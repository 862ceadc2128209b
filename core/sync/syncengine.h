#pragma once

#include "common/clock.h"
#include "providers/httpclient.h"
#include "storage/syncrunrepository.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>

class QTimer;

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace tl {

class CostCalculator;
class AccountSyncLock;
class ProfileLock;
class PricingService;
class ProviderAdapter;
class SecretStore;
class UsageStage;

struct SyncOptions
{
    int overlapDays = 3;     // providers revise recent buckets: re-read this many days
    int backfillDays = 90;   // first sync of an account
    int historyDays = 90;    // sync runs kept
    // How long to wait for another process holding the profile's lock (ProfileLock): 0 = refuse
    // at once, -1 = until it is released or the sync is cancelled.
    int lockWaitMs = -1;
    RetryPolicy retry;
};

class Settings;
// The sync options a profile's settings choose (values outside sane bounds are clamped).
SyncOptions syncOptionsFrom(const Settings &settings);

struct SyncRequest
{
    QString trigger = QStringLiteral("manual");   // manual | scheduled | startup | cli
    std::optional<qint64> accountId;              // one account (even a disabled one), else all enabled
    std::optional<QDate> from;                    // explicit window, both or neither
    std::optional<QDate> to;
};

struct SyncSummary
{
    QList<SyncRun> runs;
    QStringList skipped;   // accounts not synced and why (no usage API, disabled)
    bool cancelled = false;
    QString error;   // why no account was synced at all (another process holds the profile)
    bool anyFailed() const;
};

// Pulls each account's usage, billed costs and balances into the database: window = since the
// last successful sync minus an overlap (first sync: a backfill), all pages, estimated costs
// from the price catalog, and everything of one account — with the record of its run — in one
// transaction. Usage pages are staged as they arrive in a temporary table (memory stays flat
// whatever the window holds) and written in batches inside that transaction. Every account run is recorded in sync_runs
// (running → success / partial / failed / cancelled) with counts, duration and a message. One account failing (or
// passing its deadline) does not stop the others; never two runs at once, in this process or another (ProfileLock).
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    SyncEngine(QSqlDatabase db, SecretStore &secrets, QNetworkAccessManager *network, const Clock &clock,
               SyncOptions options = {}, QObject *parent = nullptr);
    ~SyncEngine() override;

    // false (with *error) when a sync is already running or the request is invalid.
    bool start(const SyncRequest &request, QString *error = nullptr);
    void cancel();
    bool isRunning() const { return m_running; }
    const SyncOptions &options() const { return m_options; }
    void setOptions(const SyncOptions &options) { m_options = options; }

    // The window an automatic sync of this account would use today.
    std::pair<QDate, QDate> windowFor(qint64 accountId) const;

signals:
    // Another process holds the profile (ProfileLock): the sync waits for it.
    void waitingForLock(const QString &holder);
    void started(int accounts);
    void accountStarted(qint64 accountId, const QString &label, int index, int total);
    void accountFinished(const tl::SyncRun &run);
    void finished(const tl::SyncSummary &summary);

private:
    void acquireLock();
    void begin();
    void next();
    void runAccount(const Account &account);
    void fetched(const Account &account, SyncRun run, struct FetchResult result, int requests);
    void finishRun(SyncRun run);   // records a run that wrote nothing
    void recorded(const SyncRun &run);
    void done();

    QSqlDatabase m_db;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_network = nullptr;
    const Clock &m_clock;
    SyncOptions m_options;

    bool m_running = false;
    bool m_cancelRequested = false;
    SyncRequest m_request;
    QList<Account> m_queue;
    int m_total = 0;
    SyncSummary m_summary;
    std::unique_ptr<PricingService> m_pricing;
    std::unique_ptr<CostCalculator> m_calculator;
    std::unique_ptr<ProviderAdapter> m_adapter;
    QElapsedTimer m_accountTimer;
    QElapsedTimer m_lockWait;
    std::unique_ptr<ProfileLock> m_lock;
    std::unique_ptr<AccountSyncLock> m_accountLock;   // the account being synced (team databases)
    QTimer *m_accountDeadline = nullptr;
    bool m_deadlinePassed = false;
    bool m_toldWaiting = false;
    // The account's usage as its pages arrive (see UsageStage), and why staging stopped, if it did.
    std::unique_ptr<UsageStage> m_stage;
    QString m_stageError;
    bool m_stageOverflow = false;
};

}   // namespace tl

Q_DECLARE_METATYPE(tl::SyncRun)
Q_DECLARE_METATYPE(tl::SyncSummary)
