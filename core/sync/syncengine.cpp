#include "syncengine.h"
#include "syncruntext.h"

#include "agents/agentimporter.h"
#include "storage/agentrepository.h"

#include "common/checkedmath.h"
#include "pricing/costcalculator.h"
#include "pricing/pricingservice.h"
#include "providers/otheradapters.h"
#include "providers/providercatalog.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "storage/accountrepository.h"
#include "storage/accountsynclock.h"
#include "storage/costrepository.h"
#include "storage/profilelock.h"
#include "storage/schemadialect.h"
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"
#include "sync/syncmerge.h"
#include "sync/syncreach.h"

#include <QLoggingCategory>
#include <QTimer>

#include <utility>

namespace tl {

Q_LOGGING_CATEGORY(lcSync, "tl.sync", QtInfoMsg)

SyncOptions syncOptionsFrom(const Settings &settings)
{
    SyncOptions options;
    options.backfillDays = std::clamp(settings.value(keys::SyncBackfillDays), 1, 3650);
    options.overlapDays = std::clamp(settings.value(keys::SyncOverlapDays), 0, 31);
    options.historyDays = std::clamp(settings.value(keys::SyncHistoryDays), 1, 3650);
    return options;
}

bool SyncSummary::anyFailed() const
{
    for (const SyncRun &r : runs) {
        if (r.status == SyncRun::Status::Failed)
            return true;
    }
    return false;
}

SyncEngine::SyncEngine(QSqlDatabase db, SecretStore &secrets, QNetworkAccessManager *network, const Clock &clock,
                       SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_secrets(secrets)
    , m_network(network)
    , m_clock(clock)
    , m_options(options)
{
    qRegisterMetaType<tl::SyncRun>();
    qRegisterMetaType<tl::SyncSummary>();
}

SyncEngine::~SyncEngine() = default;

std::pair<QDate, QDate> SyncEngine::windowFor(qint64 accountId) const
{
    const QDate today = m_clock.todayUtc();
    const AccountHealth health = SyncRunRepository(m_db).health(accountId);
    if (health.lastSuccessfulWindowEnd)
        return {std::min(today, health.lastSuccessfulWindowEnd->addDays(-m_options.overlapDays)), today};
    return {today.addDays(-(m_options.backfillDays - 1)), today};
}

bool SyncEngine::start(const SyncRequest &request, QString *error)
{
    // What the engine says once (why it cannot start, which accounts it skips) is translated as it
    // is said; what a run says is stored as params and put into words when shown (SyncRunText).
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_running)
        return fail(QCoreApplication::translate("tl::SyncRunText", "A sync is already running."));
    if (request.from.has_value() != request.to.has_value())
        return fail(
            QCoreApplication::translate("tl::SyncRunText", "An explicit window needs both a first and a last day."));
    if (request.from && *request.from > *request.to)
        return fail(QCoreApplication::translate("tl::SyncRunText", "The window's first day is after its last day."));

    AccountRepository accounts(m_db);
    QString problem;
    QList<Account> queue;
    SyncSummary summary;
    if (request.accountId) {
        const auto account = accounts.find(*request.accountId);
        if (!account)
            return fail(
                QCoreApplication::translate("tl::SyncRunText", "There is no account %1.").arg(*request.accountId));
        queue.append(*account);
    } else {
        for (const Account &a : accounts.list(&problem)) {
            if (!a.enabled)
                summary.skipped.append(QCoreApplication::translate("tl::SyncRunText", "%1: disabled").arg(a.label));
            else if (!providerSyncs(a.provider) && !isAgentProvider(a.provider))
                summary.skipped.append(
                    QStringLiteral("%1: %2").arg(a.label, NoUsageApiAdapter::noUsageMessage(a.provider)));
            else
                queue.append(a);
        }
        if (!problem.isEmpty())
            return fail(problem);
    }

    m_running = true;
    m_cancelRequested = false;
    m_request = request;
    m_queue = queue;
    m_total = int(queue.size());
    m_summary = summary;
    m_lock = std::make_unique<ProfileLock>(ProfileLock::locationOf(m_db));
    m_lockWait.start();
    m_toldWaiting = false;
    QTimer::singleShot(0, this, &SyncEngine::acquireLock);
    return true;
}

void SyncEngine::acquireLock()
{
    if (!m_running)
        return;
    if (m_lock->tryLock(m_request.trigger == u"cli" ? QStringLiteral("syncing from the command line")
                                                    : QStringLiteral("syncing"))) {
        begin();
        return;
    }
    const QString holder = m_lock->holder();
    const bool giveUp =
        m_cancelRequested || (m_options.lockWaitMs >= 0 && m_lockWait.elapsed() >= m_options.lockWaitMs);
    if (giveUp) {
        m_summary.cancelled = m_cancelRequested;
        m_summary.error =
            QCoreApplication::translate("tl::SyncRunText",
                                        "Another %1 is using this profile; nothing was synced. Try again when it has "
                                        "finished.")
                .arg(holder.isEmpty() ? QStringLiteral("TokenLedger") : holder);
        m_queue.clear();
        done();
        return;
    }
    if (!m_toldWaiting) {
        m_toldWaiting = true;
        emit waitingForLock(holder);
    }
    QTimer::singleShot(200, this, &SyncEngine::acquireLock);
}

void SyncEngine::begin()
{
    m_toldWaiting = false;
    QString problem;
    // Holding the lock, no other process can own a running run: any left over are abandoned.
    SyncRunRepository(m_db).closeAbandoned();
    if (hasLegacyKeys(m_db))
        migrateLegacyKeys(m_db, m_secrets);
    m_pricing = std::make_unique<PricingService>(m_db);
    if (!m_pricing->load(&problem)) {
        m_summary.error = problem;
        m_queue.clear();
        done();
        return;
    }
    m_calculator = std::make_unique<CostCalculator>(m_pricing->catalog());
    emit started(m_total);
    QTimer::singleShot(0, this, &SyncEngine::next);
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (m_adapter)
        m_adapter->cancel();
}

void SyncEngine::next()
{
    m_accountLock.reset();   // the previous account's, whichever way it ended
    if (m_cancelRequested || m_queue.isEmpty()) {
        done();
        return;
    }
    const Account account = m_queue.takeFirst();
    emit accountStarted(account.id, account.label, m_total - int(m_queue.size()), m_total);
    runAccount(account);
}

void SyncEngine::runAccount(const Account &account)
{
    if (isAgentProvider(account.provider)) {
        // A coding agent's local logs: read on this (the sync) thread, parsed on worker threads. A
        // teammate's agent account (team database) is theirs to import: said, not a failed run.
        AgentRepository agents(m_db);
        if (QString owner; !agents.claimHere(account, &owner)) {
            m_summary.skipped.append(SyncReach::otherComputerReason(account, owner));
            QTimer::singleShot(0, this, &SyncEngine::next);
            return;
        }
        AgentImporter importer(m_db, m_pricing->catalog(), m_clock);
        const AgentImportResult result = importer.run(account, agents.folders(account.id), m_request.trigger);
        recorded(result.run);
        return;
    }
    // A team database: another desktop or sync host may be syncing this account right now. It is
    // said in the summary (not recorded as a failed run: nothing is wrong) and the others go on.
    m_accountLock = std::make_unique<AccountSyncLock>(m_db, account.id);
    QString holder;
    QString lockError;
    if (!m_accountLock->tryLock(&holder, &lockError)) {
        m_accountLock.reset();
        m_summary.skipped.append(
            lockError.isEmpty()
                ? QStringLiteral("%1: another TokenLedger is syncing it right now (%2); not synced from here this "
                                 "time.")
                      .arg(account.label, holder.isEmpty() ? QStringLiteral("it could not be told who") : holder)
                : QStringLiteral("%1: could not take the team database's sync lock (%2).")
                      .arg(account.label, lockError));
        QTimer::singleShot(0, this, &SyncEngine::next);
        return;
    }
    m_accountTimer.start();
    SyncRun run;
    run.accountId = account.id;
    run.accountLabel = account.label;
    run.provider = account.provider;
    run.trigger = m_request.trigger;
    run.startedAt = m_clock.nowUtc();
    if (m_request.from) {
        run.windowFrom = *m_request.from;
        run.windowTo = *m_request.to;
    } else {
        std::tie(run.windowFrom, run.windowTo) = windowFor(account.id);
    }
    // The account's whole run has a deadline: a provider that trickles, or pages for ever,
    // fails this account and lets the others sync.
    m_deadlinePassed = false;
    if (!m_accountDeadline) {
        m_accountDeadline = new QTimer(this);
        m_accountDeadline->setSingleShot(true);
        connect(m_accountDeadline, &QTimer::timeout, this, [this] {
            m_deadlinePassed = true;
            if (m_adapter)
                m_adapter->cancel();
        });
    }
    m_accountDeadline->start(m_options.retry.accountDeadlineMs);

    // The key: TOKENLEDGER_API_KEY_<key reference> for headless use, else the keychain, and only
    // for the address it was entered for. Never stored here.
    auto withKey = [this, account, run](SecretStore::Result key) mutable {
        // An account without a key here is not synced from here, said once in the summary, never
        // recorded as a failing run that would raise alerts (in a team database: anyone's alerts).
        const QString skip = SyncReach::skipReason(account, key, sql::dialectOf(m_db) == sql::Dialect::Postgres);
        if (!skip.isEmpty()) {
            m_accountDeadline->stop();
            m_summary.skipped.append(skip);
            QTimer::singleShot(0, this, &SyncEngine::next);
            return;
        }
        QString error;
        run.id = SyncRunRepository(m_db).start(run, &error);
        if (run.id == 0) {
            m_accountDeadline->stop();
            run.status = SyncRun::Status::Failed;
            run.errorKind = QStringLiteral("database");
            setSyncRunMessage(run, SyncRunText::notRecorded(error));
            recorded(run);
            return;
        }
        if (key.status != SecretStore::Status::Ok || key.secret.isEmpty()) {
            run.status = SyncRun::Status::Failed;
            run.errorKind = key.status == SecretStore::Status::WrongHost ? QStringLiteral("wrong_host")
                            : key.status == SecretStore::Status::Locked  ? QStringLiteral("keychain_locked")
                                                                         : QStringLiteral("no_key");
            setSyncRunMessage(run,
                              SyncRunText::keyFailed(key.status, key.message, keyEnvironmentVariable(account.keyRef)));
            finishRun(run);
            return;
        }
        m_adapter = createAdapter(account, key.secret, m_network, m_options.retry);
        if (!m_adapter) {
            run.status = SyncRun::Status::Failed;
            run.errorKind = QStringLiteral("not_supported");
            setSyncRunMessage(run, SyncRunText::unknownProvider(account.provider));
            finishRun(run);
            return;
        }
        // Usage is staged page by page (the connection's temporary database, never the profile's
        // tables) and written in the account's transaction once the whole answer is in.
        m_stage = std::make_unique<UsageStage>(m_db);
        m_stageError.clear();
        m_stageOverflow = false;
        if (!m_stage->begin(&error)) {
            m_stage.reset();
            m_adapter.reset();
            run.status = SyncRun::Status::Failed;
            run.errorKind = QStringLiteral("database");
            setSyncRunMessage(run, SyncRunText::notStored(false, error));
            finishRun(run);
            return;
        }
        m_adapter->setUsageSink([this](QList<UsageRecord> &rows) {
            if (!m_stageError.isEmpty() || !m_stage)
                return;
            if (!m_stage->add(rows, &m_stageError, &m_stageOverflow)) {
                // No use fetching the rest: the account fails as a whole (see fetched()).
                QTimer::singleShot(0, this, [this] {
                    if (m_adapter)
                        m_adapter->cancel();
                });
            }
        });
        if (m_deadlinePassed || m_cancelRequested) {
            m_adapter.reset();
            FetchResult cancelled;
            cancelled.error = {ProviderError::Kind::Cancelled, QStringLiteral("Cancelled."), 0, -1};
            fetched(account, run, std::move(cancelled), 0);
            return;
        }
        m_adapter->fetch(run.windowFrom, run.windowTo, [this, account, run](FetchResult result) {
            const int requests = m_adapter ? m_adapter->requestCount() : 0;
            // Leave the adapter's callback before it is destroyed.
            QTimer::singleShot(0, this, [this, account, run, result = std::move(result), requests]() mutable {
                m_adapter.reset();
                fetched(account, run, std::move(result), requests);
            });
        });
    };
    readAccountKey(m_secrets, account, withKey);
}

void SyncEngine::fetched(const Account &account, SyncRun run, FetchResult result, int requests)
{
    Q_UNUSED(requests);
    // Whatever happens next, the staged answer goes with this function.
    const std::unique_ptr<UsageStage> stage = std::move(m_stage);
    bool overflow = std::exchange(m_stageOverflow, false);
    QString error = std::exchange(m_stageError, {});
    // Staging a page failed (and stopped the fetch): that is why, whatever the fetch then said.
    if (!error.isEmpty() || !stage) {
        run.status = SyncRun::Status::Failed;
        run.errorKind = overflow ? QStringLiteral("overflow") : QStringLiteral("database");
        setSyncRunMessage(run, SyncRunText::notStored(overflow, error));
        finishRun(run);
        return;
    }
    // Cancelled after the last answer arrived but before anything was written: store nothing,
    // as for a cancel mid-fetch, so a cancelled account never keeps part of a sync.
    if (m_cancelRequested && !m_deadlinePassed && result.error.ok())
        result.error = {ProviderError::Kind::Cancelled, QStringLiteral("Cancelled."), 0, -1};
    if (!result.error.ok()) {
        // Nothing of this account's window is written when any part of the fetch failed.
        const bool deadline = result.error.kind == ProviderError::Kind::Cancelled && m_deadlinePassed;
        if (deadline)   // the message says which limit (SyncRunText::deadlinePassed)
            result.error = {ProviderError::Kind::TimedOut, QString(), 0, -1};
        run.status =
            result.error.kind == ProviderError::Kind::Cancelled ? SyncRun::Status::Cancelled : SyncRun::Status::Failed;
        run.errorKind = ProviderError::kindName(result.error.kind);
        setSyncRunMessage(run, result.error.kind == ProviderError::Kind::Cancelled ? SyncRunText::cancelled()
                               : deadline ? SyncRunText::deadlinePassed(m_options.retry.accountDeadlineMs)
                                          : SyncRunText::providerFailed(result.error));
        finishRun(run);
        return;
    }

    bool ok = stage->add(result.usage, &error, &overflow);   // adapters without a usage sink
    result.usage.clear();
    QList<CostRecord> costs;
    for (CostRecord &c : result.costs) {
        c.accountId = account.id;
        c.source = QStringLiteral("api");
    }
    if (ok && !mergeCosts(result.costs, &costs)) {
        ok = false;
        overflow = true;
        error = QStringLiteral("the billed amounts are too large to add up (more than $9,223,372,036.85)");
    }
    if (!ok) {
        run.status = SyncRun::Status::Failed;
        run.errorKind = overflow ? QStringLiteral("overflow") : QStringLiteral("database");
        setSyncRunMessage(run, SyncRunText::notStored(overflow, error));
        finishRun(run);
        return;
    }

    // One transaction per account: usage, costs and balances land together or not at all.
    sql::Savepoint transaction(m_db, QStringLiteral("account_sync"));
    UpsertResult written;
    UsageRepository usageRepository(m_db);
    if (!transaction.isActive()) {
        ok = false;
        error = transaction.error();
    }
    if (ok) {
        ok = stage->write(account, *m_calculator, usageRepository, &written, &error, &overflow);
    }
    if (ok) {
        const UpsertResult billed = CostRepository(m_db).upsert(costs);
        ok = billed.ok;
        error = billed.error;
        written.created += billed.created;
        written.updated += billed.updated;
        written.unchanged += billed.unchanged;
    }
    // A complete answer for the window replaces it: keys the provider no longer reports go.
    int removed = 0;
    if (ok && result.completeWindow) {
        // In SQL, against the staged answer's keys: nothing of the window is read into memory.
        const int usageGone =
            usageRepository.removeAbsent(account.id, QStringLiteral("api"), run.windowFrom, run.windowTo,
                                         QString::fromLatin1(UsageStage::Table), &error);
        const int costsGone = usageGone < 0
                                  ? -1
                                  : CostRepository(m_db).removeMissing(account.id, QStringLiteral("api"),
                                                                       run.windowFrom, run.windowTo, costs, &error);
        ok = usageGone >= 0 && costsGone >= 0;
        removed = ok ? usageGone + costsGone : 0;
    }
    if (ok && !result.balances.isEmpty())
        ok = BalanceRepository(m_db).replace(account.id, result.balances, m_clock.nowUtc(), &error);
    run.created = written.created;
    run.updated = written.updated;
    run.unchanged = written.unchanged;
    run.status = result.partial ? SyncRun::Status::Partial : SyncRun::Status::Success;
    // The run's record commits with its data: history never says "nothing stored" about data
    // that is there, nor the reverse.
    m_accountDeadline->stop();
    run.finishedAt = m_clock.nowUtc();
    run.durationMs = m_accountTimer.elapsed();
    setSyncRunMessage(run, SyncRunText::synced(written.created, written.updated, removed, int(result.balances.size()),
                                               run.durationMs, result.notes));
    if (ok && !SyncRunRepository(m_db).finish(run, &error))
        ok = false;
    if (ok && !transaction.commit()) {
        ok = false;
        error = transaction.error();
    }
    if (!ok) {
        transaction.rollback();
        run.created = run.updated = run.unchanged = 0;
        run.status = SyncRun::Status::Failed;
        run.errorKind = overflow ? QStringLiteral("overflow") : QStringLiteral("database");
        setSyncRunMessage(run, SyncRunText::notStored(overflow, error));
        finishRun(run);
        return;
    }
    recorded(run);
}

void SyncEngine::finishRun(SyncRun run)
{
    if (m_accountDeadline)
        m_accountDeadline->stop();
    run.finishedAt = m_clock.nowUtc();
    run.durationMs = m_accountTimer.elapsed();
    QString error;
    if (run.id != 0 && !SyncRunRepository(m_db).finish(run, &error))
        qCWarning(lcSync) << "could not record the end of a sync run:" << error;
    recorded(run);
}

void SyncEngine::recorded(const SyncRun &run)
{
    qCDebug(lcSync).noquote() << run.accountLabel << SyncRun::statusName(run.status) << run.message;
    m_summary.runs.append(run);
    emit accountFinished(run);
    QTimer::singleShot(0, this, &SyncEngine::next);
}

void SyncEngine::done()
{
    m_summary.cancelled = m_cancelRequested;
    if (m_lock && m_lock->isLocked())
        SyncRunRepository(m_db).prune(m_clock.nowUtc().addDays(-m_options.historyDays));
    m_lock.reset();
    m_accountLock.reset();
    m_running = false;
    m_pricing.reset();
    m_calculator.reset();
    const SyncSummary summary = m_summary;
    m_summary = {};
    emit finished(summary);
}

}   // namespace tl
