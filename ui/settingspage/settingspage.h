#pragma once

#include "alerts/alertservice.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;

namespace tl {

// Where TokenLedger keeps its data, and (in later versions) the sync and notification options.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(const QString &databasePath, const QString &settingsPath, int syncIntervalMinutes, int backfillDays,
                 int historyDays, QWidget *parent = nullptr);

    // The notification options (kinds that raise desktop notifications, quiet hours, close to tray).
    void setNotificationOptions(const NotificationSettings &settings, bool closeToTray, bool trayAvailable);
    // "Follow coding-agent logs live" (off by default).
    void setFollowAgentLogs(bool on);
    // The language setting: empty for the system's, else a code of availableLanguages().
    void setLanguage(const QString &language);

signals:
    void notificationSettingsChanged(const tl::NotificationSettings &settings);
    void closeToTrayChanged(bool closeToTray);
    void syncIntervalChanged(int minutes);
    void backfillDaysChanged(int days);
    void historyDaysChanged(int days);
    void followAgentLogsChanged(bool on);
    void languageChanged(const QString &language);   // applies at the next start

private:
    void emitNotificationSettings();

    QHash<int, QCheckBox *> m_kindBoxes;   // by Alert::Kind
    QComboBox *m_quietFrom = nullptr;
    QComboBox *m_quietTo = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QCheckBox *m_followAgents = nullptr;
    QComboBox *m_language = nullptr;
    bool m_loading = false;
};

}   // namespace tl
