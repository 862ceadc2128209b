#include "syncscheduler.h"

#include "syncservice.h"

#include "agents/agentsources.h"
#include "storage/dbworker.h"
#include "storage/syncrunrepository.h"

#include <algorithm>

namespace tl {

const QList<int> &SyncScheduler::intervalChoices()
{
    static const QList<int> choices = {0, 15, 30, 60, 2 * 60, 6 * 60, 12 * 60, 24 * 60};
    return choices;
}

SyncScheduler::SyncScheduler(SyncService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { fire(m_pendingTrigger); });
}

QDateTime SyncScheduler::lastProfileSync(QSqlDatabase db)
{
    QStringList agents;
    for (AgentKind kind : allAgentKinds())
        agents.append(agentProviderId(kind));
    return SyncRunRepository(std::move(db)).lastSuccessfulSync(agents);
}

void SyncScheduler::startFromHistory(DbWorker &reader, int intervalMinutes, int catchUpDelayMs)
{
    reader.run(&SyncScheduler::lastProfileSync, this, [this, intervalMinutes, catchUpDelayMs](QDateTime last) {
        start(intervalMinutes, last, catchUpDelayMs);
    });
}

void SyncScheduler::start(int intervalMinutes, const QDateTime &lastSync, int catchUpDelayMs)
{
    m_minutes = intervalMinutes;
    if (m_minutes <= 0) {
        m_timer.stop();
        m_next = {};
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool overdue = !lastSync.isValid() || lastSync.secsTo(now) >= qint64(m_minutes) * 60;
    if (overdue) {
        m_pendingTrigger = QStringLiteral("startup");
        plan(catchUpDelayMs);
    } else {
        m_pendingTrigger = QStringLiteral("scheduled");
        // A last sync "in the future" (a clock set back) waits one interval at most.
        const qint64 interval = qint64(m_minutes) * 60 * 1000;
        plan(int(std::clamp<qint64>(now.msecsTo(lastSync.addSecs(qint64(m_minutes) * 60)), 0, interval)));
    }
}

void SyncScheduler::setInterval(int intervalMinutes)
{
    m_minutes = intervalMinutes;
    if (m_minutes <= 0) {
        m_timer.stop();
        m_next = {};
        return;
    }
    m_pendingTrigger = QStringLiteral("scheduled");
    plan(m_minutes * 60 * 1000);
}

void SyncScheduler::plan(int delayMs)
{
    m_next = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    m_timer.start(delayMs);
}

void SyncScheduler::fire(const QString &trigger)
{
    if (!m_service.isRunning()) {
        SyncRequest request;
        request.trigger = trigger;
        m_service.start(request);
        emit triggered(trigger);
    }
    m_pendingTrigger = QStringLiteral("scheduled");
    plan(m_minutes * 60 * 1000);
}

}   // namespace tl
