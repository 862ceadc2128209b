#pragma once

#include "money/money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tl {

class Clock;

// One alert, as the alert centre, the tray and notifications show it. Stored as a kind and the
// values it is about (`params`); its words are made when it is shown, by renderAlert()
// (alerts/alerttext.h), so they follow the window's language — past alerts included.
struct Alert
{
    enum class Kind
    {
        BudgetThreshold,   // actual spend crossed a budget threshold
        BudgetForecast,    // the month-end forecast exceeds a budget (before it happens)
        Spike,             // a day far above the account's own baseline
        SyncFailing,       // an account's sync failed several times in a row
        LowBalance,        // credits or balance running out
        UnpricedModel,     // a model no price covers appeared
        UsageWindow,       // a coding agent's 5-hour window is projected past the account's threshold
    };
    enum class Severity
    {
        Info,
        Warning,
        Critical,
    };
    qint64 id = 0;
    Kind kind = Kind::BudgetThreshold;
    Severity severity = Severity::Info;
    QString dedupKey;   // one alert per key, ever: "budget:3:2026-11:80"
    std::optional<qint64> budgetId;
    std::optional<qint64> accountId;
    QString period;   // "2026-11", a day, or empty
    // The values the text is made from: names and labels as they were, amounts in nano-USD
    // (JSON integers), percentages, days. Keys per kind are in alerttext.cpp.
    QJsonObject params;
    // English text stored by versions before schema 8 (their rows have no params), or text made
    // elsewhere to be shown as is; empty for alerts the rules make. Shown through renderAlert().
    QString storedTitle;
    QString storedMessage;
    QDateTime createdAt;
    QDateTime readAt;
    QDateTime acknowledgedAt;

    bool isRead() const { return readAt.isValid(); }
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    static QString severityName(Severity severity);
    static std::optional<Severity> severityFromName(QStringView name);
    static QList<Kind> allKinds();
};

class AlertRepository final
{
public:
    explicit AlertRepository(QSqlDatabase db);

    // Stores the alert unless one with the same dedup key exists; true when it was new.
    bool addIfNew(Alert &alert, QString *error = nullptr);
    QList<Alert> list(int limit = 500, QString *error = nullptr) const;
    // Alerts stored after `id` (by anyone sharing the database: another desktop of a team, a
    // headless sync), oldest first; nullopt when they could not be read.
    std::optional<QList<Alert>> listAfter(qint64 id, QString *error = nullptr) const;
    qint64 lastId() const;   // 0 without alerts
    std::optional<Alert> find(qint64 id) const;
    bool markRead(qint64 id, const QDateTime &at, QString *error = nullptr);
    bool markAllRead(const QDateTime &at, QString *error = nullptr);
    bool acknowledge(qint64 id, const QDateTime &at, QString *error = nullptr);
    int unreadCount() const;

private:
    QSqlDatabase m_db;
};

// The rules, documented in the README. Thresholds are integers; money is exact.
struct AlertRules
{
    int spikeBaselineDays = 14;                             // trailing days before the day looked at
    int spikeMinimumBaselineDays = 7;                       // days with spend needed before a baseline counts
    int spikeDaysChecked = 3;                               // the last complete days looked at (late data counts)
    Money spikeMinimum = Money::fromNanos(5'000'000'000);   // $5: below this a day is never a spike
    int syncFailuresBeforeAlert = 3;
    Money lowBalance = Money::fromNanos(5'000'000'000);   // in the balance's own currency
};

// Evaluates every rule against the database and stores alerts that are new (each fires once
// per budget, threshold and month; per account and day; per failure streak; ...). Returns the
// alerts created by this run, oldest first. Runs after every sync and at start-up.
std::optional<QList<Alert>> evaluateAlerts(QSqlDatabase db, const Clock &clock, const AlertRules &rules = {},
                                           QString *error = nullptr);

}   // namespace tl
