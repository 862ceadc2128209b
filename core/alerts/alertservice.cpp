#include "alertservice.h"

#include "common/clock.h"
#include "settings/settings.h"
#include "storage/dbworker.h"

#include <algorithm>

namespace tl {

bool NotificationSettings::isQuiet(QTime localTime) const
{
    if (quietStartHour < 0 || quietEndHour < 0 || quietStartHour == quietEndHour)
        return false;
    const int hour = localTime.hour();
    if (quietStartHour < quietEndHour)   // e.g. 12–14
        return hour >= quietStartHour && hour < quietEndHour;
    return hour >= quietStartHour || hour < quietEndHour;   // across midnight, e.g. 22–7
}

bool NotificationSettings::shouldNotify(const Alert &alert, QTime localTime) const
{
    return !muted.contains(alert.kind) && !isQuiet(localTime);
}

NotificationSettings NotificationSettings::from(const Settings &settings)
{
    NotificationSettings n;
    for (const QString &name : settings.value(keys::NotifyMutedKinds).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto kind = Alert::kindFromName(name.trimmed()))
            n.muted.insert(*kind);
    }
    const auto hour = [](int h) { return h >= 0 && h <= 23 ? h : -1; };
    n.quietStartHour = hour(settings.value(keys::NotifyQuietStartHour));
    n.quietEndHour = hour(settings.value(keys::NotifyQuietEndHour));
    return n;
}

void NotificationSettings::save(Settings &settings) const
{
    QStringList names;
    for (Alert::Kind kind : Alert::allKinds()) {
        if (muted.contains(kind))
            names << Alert::kindName(kind);
    }
    settings.setValue(keys::NotifyMutedKinds, names.join(QLatin1Char(',')));
    settings.setValue(keys::NotifyQuietStartHour, quietStartHour);
    settings.setValue(keys::NotifyQuietEndHour, quietEndHour);
}

AlertService::AlertService(DbWorker *worker, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_clock(clock)
{}

void AlertService::afterChange(ChangeKind change)
{
    // Redoable: the next start runs the same step (each of its parts in a transaction of its own),
    // so closing the window interrupts it rather than waiting (issue 15: 412 ms at 1M dense rows).
    m_worker->runRedoable(
        // "Now" is read here: the job may outlive whoever owns the clock.
        [now = m_clock->nowUtc(), change, seen = m_seenUpTo](QSqlDatabase db) {
            return runAfterChange(db, FixedClock(now), change, AlertRules(), seen);
        },
        this,
        [this](const AfterChange &r) {
            if (!r.ok)
                emit failed(r.error);
            // Only what this window has not told of yet: two steps queued together both see the
            // alerts stored between them.
            QList<Alert> fresh;
            for (const Alert &a : r.newAlerts) {
                if (!m_seenUpTo || a.id > *m_seenUpTo)
                    fresh.append(a);
            }
            m_seenUpTo = std::max(m_seenUpTo.value_or(0), r.lastAlertId);
            m_unread = r.unreadAlerts;
            emit unreadChanged(m_unread);
            if (r.findings)
                emit qualityChecked(*r.findings);
            if (r.chargesWritten)
                emit spendChanged();
            if (!fresh.isEmpty()) {
                emit alertsChanged();
                emit newAlerts(fresh);
            }
            emit afterChangeRan(int(r.change), int(fresh.size()));
        });
}

void AlertService::refreshUnread()
{
    m_worker->read([](QSqlDatabase db) { return AlertRepository(db).unreadCount(); }, this,
                   [this](int unread) {
                       m_unread = unread;
                       emit unreadChanged(unread);
                   });
}

void AlertService::afterWrite(bool ok, const QString &error, int unread)
{
    if (!ok)
        emit failed(error);
    m_unread = unread;
    emit unreadChanged(unread);
    emit alertsChanged();
}

void AlertService::markRead(qint64 id)
{
    const QDateTime now = m_clock->nowUtc();
    m_worker->run(
        [id, now](QSqlDatabase db) {
            QString error;
            const bool ok = AlertRepository(db).markRead(id, now, &error);
            return std::tuple{ok, error, AlertRepository(db).unreadCount()};
        },
        this, [this](std::tuple<bool, QString, int> r) { afterWrite(std::get<0>(r), std::get<1>(r), std::get<2>(r)); });
}

void AlertService::acknowledge(qint64 id)
{
    const QDateTime now = m_clock->nowUtc();
    m_worker->run(
        [id, now](QSqlDatabase db) {
            QString error;
            const bool ok = AlertRepository(db).acknowledge(id, now, &error);
            return std::tuple{ok, error, AlertRepository(db).unreadCount()};
        },
        this, [this](std::tuple<bool, QString, int> r) { afterWrite(std::get<0>(r), std::get<1>(r), std::get<2>(r)); });
}

void AlertService::markAllRead()
{
    const QDateTime now = m_clock->nowUtc();
    m_worker->run(
        [now](QSqlDatabase db) {
            QString error;
            const bool ok = AlertRepository(db).markAllRead(now, &error);
            return std::tuple{ok, error, AlertRepository(db).unreadCount()};
        },
        this, [this](std::tuple<bool, QString, int> r) { afterWrite(std::get<0>(r), std::get<1>(r), std::get<2>(r)); });
}

}   // namespace tl
