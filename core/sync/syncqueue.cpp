#include "syncqueue.h"

#include "syncservice.h"

#include <algorithm>

namespace tl {

SyncQueue::SyncQueue(SyncService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    // Queued: the service's own finished() handling (its listeners) runs first.
    connect(m_service, &SyncService::finished, this, &SyncQueue::startNext, Qt::QueuedConnection);
    connect(m_service, &SyncService::refused, this, &SyncQueue::startNext, Qt::QueuedConnection);
}

void SyncQueue::enqueue(qint64 accountId, const QString &trigger)
{
    const bool waiting = std::any_of(m_pending.cbegin(), m_pending.cend(),
                                     [accountId](const SyncRequest &r) { return r.accountId == accountId; });
    if (!waiting) {
        SyncRequest request;
        request.accountId = accountId;
        request.trigger = trigger;
        m_pending.append(request);
    }
    startNext();
}

void SyncQueue::startNext()
{
    if (m_pending.isEmpty() || m_service->isRunning())
        return;
    m_service->start(m_pending.takeFirst());
}

}   // namespace tl
