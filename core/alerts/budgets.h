#pragma once

#include "analytics/spend.h"
#include "money/money.h"
#include "storage/manualentryrepository.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tl {

// A monthly budget in USD for everything, one provider or one account.
struct Budget
{
    enum class Scope
    {
        All,
        Provider,
        Account,
    };
    qint64 id = 0;
    QString name;
    Scope scope = Scope::All;
    QString scopeValue;   // provider id, or account id as text; empty for All
    Money amount;         // per calendar month (UTC), > 0
    // Percent of the amount, ascending. (Not a braced list here: GCC 12 at -O3 warns that the
    // initializer list's array "may be used uninitialized" wherever a Budget is built.)
    QList<int> thresholds = defaultThresholds();
    bool enabled = true;

    static QList<int> defaultThresholds() { return QList<int>() << 50 << 80 << 100; }
    static QString scopeName(Scope scope);
    static std::optional<Scope> scopeFromName(QStringView name);
    // "50,80,100" ⇄ {50, 80, 100}; nullopt for anything but 1–1000 % values.
    static std::optional<QList<int>> parseThresholds(QStringView text);
    QString thresholdsText() const;
    // The percent at which the state turns to warning: the highest threshold below 100 (80 by default).
    int warningPercent() const;
};

class BudgetRepository final
{
public:
    explicit BudgetRepository(QSqlDatabase db);

    qint64 add(const Budget &budget, QString *error = nullptr);
    bool update(const Budget &budget, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
    QList<Budget> list(QString *error = nullptr) const;
    std::optional<Budget> find(qint64 id) const;

private:
    QSqlDatabase m_db;
};

// Where a budget stands this month.
struct BudgetStatus
{
    enum class State
    {
        Ok,
        Warning,   // the warning threshold crossed, or the forecast says the month will end over
        Over,      // spent more than the budget
    };
    Budget budget;
    QDate monthStart;
    Money spent;   // month to date, billed over estimated
    Forecast forecast;
    State state = State::Ok;
    // Why this budget's figures cannot be shown (a sum past 2^63 − 1 nano-USD), naming the budget.
    QString error;
    Money overage() const;   // spent − amount when over, else zero
    // spent / amount in hundredths of a percent, floored; nullopt past 2^63 − 1 (a budget of a few
    // nano-dollars against real spend) — never a wrapped figure.
    std::optional<qint64> usedBasisPoints() const;
    QString usedPercentText() const;   // "80", "more than 92233720368547758"
    QList<int> crossedThresholds() const;
};

// The first day of spend a budget's status reads: the forecast's rate window reaches at most
// 7 days into last month.
QDate budgetSpendFrom(QDate today);

// Every budget's status on `today` (UTC). Reads only.
std::optional<QList<BudgetStatus>> budgetStatuses(QSqlDatabase db, QDate today, QString *error = nullptr);
// One budget's status from spend already read (for tests and the engine).
BudgetStatus budgetStatus(const Budget &budget, const QList<DailySpend> &spend,
                          const QHash<qint64, QString> &providerOfAccount, QDate today,
                          const QList<ManualEntry> &entries = {});

}   // namespace tl
