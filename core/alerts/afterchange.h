#pragma once

#include "alerts/alerts.h"
#include "analytics/quality.h"

#include <QSqlDatabase>

#include <optional>

namespace tl {

class Clock;

// What changed the data: every change ends in runAfterChange(), in the window and on the
// command line alike.
enum class ChangeKind
{
    StartUp,
    Sync,
    Import,
    ImportRemoved,
    Budget,
    ManualEntry,
    Price,
    Account,
};
QString changeKindName(ChangeKind kind);   // "sync", "import", ...

struct AfterChange
{
    ChangeKind change = ChangeKind::StartUp;
    bool ok = true;
    QString error;   // the first step that could not run; the change itself stands
    QList<Alert> newAlerts;
    // Materialising the manual entries wrote cost rows (a new month's charge): the figures changed.
    bool chargesWritten = false;
    std::optional<QList<QualityFinding>> findings;   // nullopt when the checks could not read
    int unreadAlerts = 0;
    qint64 lastAlertId = 0;   // the newest alert stored, by anyone: pass it as `seenUpTo` next time
};

// The one step after any change: the recurring manual charges of the months up to today are
// materialised, the data-quality checks run, then the alert rules (each alert once). Runs on the
// thread that owns `db`. With `seenUpTo` (the lastAlertId of the caller's previous step), newAlerts
// also holds the alerts someone else stored since — another desktop of a team database, a headless
// `tokenledger sync` — so each desktop tells its own user of each team alert once.
AfterChange runAfterChange(QSqlDatabase db, const Clock &clock, ChangeKind change, const AlertRules &rules = {},
                           std::optional<qint64> seenUpTo = std::nullopt);

}   // namespace tl
