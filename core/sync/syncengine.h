#pragma once

#include "common/clock.h"
#include "providers/httpclient.h"
#include "storage/syncrunrepository.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace tl {

class CostCalculator;
class PricingService;
class ProviderAdapter;
class SecretStore;

struct SyncOptions
{
    int overlapDays = 3;     // providers revise recent buckets: re-read this many days
    int backfillDays = 90;   // first sync of an account
    int historyDays = 90;    // sync runs kept
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
    bool anyFailed() const;
};

// Pulls each account's usage, billed costs and balances into the database: window = since the
// last successful sync minus an overlap (first sync: a backfill), all pages, estimated costs
// from the price catalog, and everything of one account in one transaction. Every account run
// is recorded in sync_runs (running → success / partial / failed / cancelled) with counts,
// duration and a message. One account failing does not stop the others; never two runs at once.
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
    void started(int accounts);
    void accountStarted(qint64 accountId, const QString &label, int index, int total);
    void accountFinished(const tl::SyncRun &run);
    void finished(const tl::SyncSummary &summary);

private:
    void next();
    void runAccount(const Account &account);
    void fetched(const Account &account, SyncRun run, struct FetchResult result, int requests);
    void finishRun(SyncRun run);
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
};

}   // namespace tl

Q_DECLARE_METATYPE(tl::SyncRun)
Q_DECLARE_METATYPE(tl::SyncSummary)
