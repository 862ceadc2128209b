#include "settings.h"

#include "common/privatefiles.h"

namespace tl {

namespace keys {
const SettingKey<QByteArray> WindowGeometry{"window/geometry", {}};
const SettingKey<QByteArray> WindowState{"window/state", {}};
const SettingKey<int> LastPage{"window/lastPage", 0};
const SettingKey<QString> ViewPeriod{"window/period", {}};
const SettingKey<int> SyncIntervalMinutes{"sync/intervalMinutes", 6 * 60};
const SettingKey<int> SyncBackfillDays{"sync/backfillDays", 90};
const SettingKey<int> SyncOverlapDays{"sync/overlapDays", 3};
const SettingKey<int> SyncHistoryDays{"sync/historyDays", 90};
const SettingKey<QString> NotifyMutedKinds{"notifications/mutedKinds", {}};
const SettingKey<int> NotifyQuietStartHour{"notifications/quietStartHour", -1};
const SettingKey<int> NotifyQuietEndHour{"notifications/quietEndHour", -1};
const SettingKey<bool> CloseToTray{"window/closeToTray", true};
const SettingKey<bool> FollowAgentLogs{"agents/followLive", false};
const SettingKey<QString> Language{"window/language", {}};
const SettingKey<QString> TeamDatabase{"database/team", {}};
const SettingKey<int> AgentWatchDebounceMs{"agents/watchDebounceMs", 2000};
}   // namespace keys

namespace {

// The settings file is created owner-only before QSettings writes it: QSettings replaces the file
// keeping its permissions, and would otherwise create it 0666 minus the umask.
const QString &privateFile(const QString &path)
{
    files::createPrivateFile(path);
    files::restrictToOwner(path);
    return path;
}

}   // namespace

Settings::Settings(const QString &path)
    : m_settings(privateFile(path), QSettings::IniFormat)
{
    migrate();
}

void Settings::migrate()
{
    const int stored = m_settings.value(QStringLiteral("settingsVersion"), 0).toInt();
    // Version 1 is the first layout; later versions add steps here, oldest first.
    // 2: when the profile last synced is read from its sync history (SyncScheduler), shared with
    // the command line; the window's own record of it goes.
    if (stored < 2)
        m_settings.remove(QStringLiteral("sync/lastAutomatic"));
    if (stored < Version)
        m_settings.setValue(QStringLiteral("settingsVersion"), Version);
}

}   // namespace tl
