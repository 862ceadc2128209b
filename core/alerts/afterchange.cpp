#include "afterchange.h"

#include "common/clock.h"
#include "storage/manualentryrepository.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace tl {

Q_LOGGING_CATEGORY(lcAfterChange, "tl.afterchange", QtInfoMsg)

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::StartUp:
        return QStringLiteral("start-up");
    case ChangeKind::Sync:
        return QStringLiteral("sync");
    case ChangeKind::Import:
        return QStringLiteral("import");
    case ChangeKind::ImportRemoved:
        return QStringLiteral("import-removed");
    case ChangeKind::Budget:
        return QStringLiteral("budget");
    case ChangeKind::ManualEntry:
        return QStringLiteral("manual-entry");
    case ChangeKind::Price:
        return QStringLiteral("price");
    case ChangeKind::Account:
        return QStringLiteral("account");
    }
    return {};
}

AfterChange runAfterChange(QSqlDatabase db, const Clock &clock, ChangeKind change, const AlertRules &rules,
                           std::optional<qint64> seenUpTo)
{
    AfterChange out;
    out.change = change;
    // Each part's time, for the debug line (the whole step is one database job at start-up).
    QElapsedTimer timer;
    timer.start();
    qint64 chargesNs = 0;
    qint64 qualityNs = 0;
    qint64 alertsNs = 0;
    const QDate today = clock.todayUtc();
    QString error;
    // Fixed charges first: a new month's seat fee is known spend before any rule looks. Whether that
    // added or changed a charge (the manual cost rows before and after) tells the window to read
    // its figures again — on the 1st, at start-up, without waiting for a sync.
    const auto charges = [&db]() -> QString {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT COUNT(*), SUM(amount_nano), MAX(day) FROM costs WHERE source = 'manual'")) ||
            !q.next())
            return QString();
        return q.value(0).toString() + QLatin1Char('/') + q.value(1).toString() + QLatin1Char('/') +
               q.value(2).toString();
    };
    const QString chargesBefore = charges();
    if (!ManualEntryRepository(db).materialize(today, &error)) {
        out.ok = false;
        out.error = QStringLiteral("manual entries could not be updated: %1").arg(error);
    }
    out.chargesWritten = chargesBefore.isEmpty() || charges() != chargesBefore;
    chargesNs = timer.nsecsElapsed();
    out.findings = checkDataQuality(db, today, &error);
    qualityNs = timer.nsecsElapsed() - chargesNs;
    if (!out.findings && out.ok) {
        out.ok = false;
        out.error = QStringLiteral("the data-quality checks could not run: %1").arg(error);
    }
    const auto alerts = evaluateAlerts(db, clock, rules, &error);
    alertsNs = timer.nsecsElapsed() - chargesNs - qualityNs;
    if (alerts) {
        out.newAlerts = *alerts;
    } else if (out.ok) {
        out.ok = false;
        out.error = QStringLiteral("the alert rules could not run: %1").arg(error);
    }
    if (seenUpTo && out.ok) {
        // Everything stored since the caller last looked, its own new alerts among them (oldest first).
        const auto since = AlertRepository(db).listAfter(*seenUpTo, &error);
        if (since) {
            out.newAlerts = *since;
        } else {
            out.ok = false;
            out.error = QStringLiteral("the alerts could not be read: %1").arg(error);
        }
    }
    out.lastAlertId = AlertRepository(db).lastId();
    out.unreadAlerts = AlertRepository(db).unreadCount();
    qCDebug(lcAfterChange) << "after" << changeKindName(change) << ":" << out.newAlerts.size() << "new alerts,"
                           << (out.findings ? out.findings->size() : -1) << "findings; ms: charges" << chargesNs / 1e6
                           << "quality" << qualityNs / 1e6 << "alerts" << alertsNs / 1e6 << "all"
                           << timer.nsecsElapsed() / 1e6;
    return out;
}

}   // namespace tl
