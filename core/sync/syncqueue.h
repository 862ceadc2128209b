#pragma once

#include "syncengine.h"

#include <QList>
#include <QObject>

namespace tl {

class SyncService;

// Syncs of single accounts asked for while another sync may be running (accounts just added, a
// followed agent log that changed): each waits for the service to be free, one after another; an
// account already waiting is not queued twice.
class SyncQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncQueue)

public:
    explicit SyncQueue(SyncService *service, QObject *parent = nullptr);

    void enqueue(qint64 accountId, const QString &trigger);
    int pending() const { return int(m_pending.size()); }

private:
    void startNext();

    SyncService *m_service = nullptr;
    QList<SyncRequest> m_pending;
};

}   // namespace tl
