#pragma once

#include <QWidget>

namespace tl {

// Where TokenLedger keeps its data, and (in later versions) the sync and notification options.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(const QString &databasePath, const QString &settingsPath, int syncIntervalMinutes, int backfillDays,
                 int historyDays, QWidget *parent = nullptr);

signals:
    void syncIntervalChanged(int minutes);
    void backfillDaysChanged(int days);
    void historyDaysChanged(int days);
};

}   // namespace tl
