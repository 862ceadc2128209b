#include "alertservice.h"

#include "common/clock.h"
#include "settings/settings.h"
#include "storage/dbworker.h"
#include "storage/manualentryrepository.h"

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

void AlertService::evaluate()
{
    struct Result
    {
        std::optional<QList<Alert>> created;
        QString error;
        int unread = 0;
    };
    m_worker->run(
        // "Now" is read here: the job may outlive whoever owns the clock.
        [now = m_clock->nowUtc()](QSqlDatabase db) {
            Result r;
            // Recurring manual charges of a new month first, so every rule sees them.
            if (!ManualEntryRepository(db).materialize(now.date(), &r.error))
                return r;
            r.created = evaluateAlerts(db, FixedClock(now), {}, &r.error);
            r.unread = AlertRepository(db).unreadCount();
            return r;
        },
        this,
        [this](Result r) {
            if (!r.created) {
                emit failed(r.error);
                return;
            }
            m_unread = r.unread;
            emit unreadChanged(m_unread);
            if (!r.created->isEmpty()) {
                emit alertsChanged();
                emit newAlerts(*r.created);
            }
        });
}

void AlertService::refreshUnread()
{
    m_worker->run([](QSqlDatabase db) { return AlertRepository(db).unreadCount(); }, this,
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
