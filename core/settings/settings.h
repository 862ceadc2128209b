#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace tl {

// A typed settings key with its default. Every key TokenLedger stores is declared in
// settings.cpp, so the full list (and its defaults) lives in one place.
template <typename T> struct SettingKey
{
    const char *name;
    T defaultValue;
};

namespace keys {
extern const SettingKey<QByteArray> WindowGeometry;
extern const SettingKey<QByteArray> WindowState;
extern const SettingKey<int> LastPage;
extern const SettingKey<QString> ViewPeriod;         // the period the window looks at (Period::toSetting)
extern const SettingKey<int> SyncIntervalMinutes;    // 0 = off
extern const SettingKey<int> SyncBackfillDays;       // first sync of an account
extern const SettingKey<int> SyncOverlapDays;        // recent days read again
extern const SettingKey<int> SyncHistoryDays;        // sync runs kept
extern const SettingKey<QString> NotifyMutedKinds;   // alert kinds that raise no notification
extern const SettingKey<int> NotifyQuietStartHour;   // local hour, -1 = no quiet hours
extern const SettingKey<int> NotifyQuietEndHour;
extern const SettingKey<bool> CloseToTray;           // closing the window keeps the app in the tray
extern const SettingKey<bool> FollowAgentLogs;       // import coding-agent logs as they are written
extern const SettingKey<int> AgentWatchDebounceMs;   // how long a burst of log writes is gathered
extern const SettingKey<QString> Language;           // the window's language ("de", "ko", …); empty: the system's
extern const SettingKey<QString> TeamDatabase;       // postgresql:// URL (never a password); empty: the SQLite file
}   // namespace keys

// The application's settings file (INI, so a profile folder is self-contained), with a
// settings version and named migration steps run on open.
class Settings final
{
public:
    static constexpr int Version = 2;

    explicit Settings(const QString &path);

    template <typename T> T value(const SettingKey<T> &key) const
    {
        return m_settings.value(QLatin1String(key.name), QVariant::fromValue(key.defaultValue)).template value<T>();
    }
    template <typename T> void setValue(const SettingKey<T> &key, const T &value)
    {
        m_settings.setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }

    void sync() { m_settings.sync(); }
    QString path() const { return m_settings.fileName(); }

private:
    void migrate();

    QSettings m_settings;
};

}   // namespace tl
