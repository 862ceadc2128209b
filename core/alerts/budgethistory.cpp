#include "budgethistory.h"

#include "analytics/spend.h"
#include "storage/manualentryrepository.h"
#include "storage/queryloop.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace tl {

std::optional<QList<BudgetStatus>> budgetHistory(QSqlDatabase db, QDate today, int months, QString *error)
{
    QString listError;
    const QList<Budget> budgets = BudgetRepository(db).list(&listError);
    if (!listError.isEmpty()) {
        if (error)
            *error = listError;
        return std::nullopt;
    }
    QList<BudgetStatus> out;
    if (budgets.isEmpty() || months < 1)
        return out;
    QHash<qint64, QString> providers;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, provider FROM accounts"))) {
        if (error)
            *error = sql::describeError(q.lastError());
        return std::nullopt;
    }
    while (q.next())
        providers.insert(q.value(0).toLongLong(), q.value(1).toString());
    if (!sql::readSucceeded(q, error))
        return std::nullopt;
    const QList<ManualEntry> entries = ManualEntryRepository(db).list(&listError);
    if (!listError.isEmpty()) {
        if (error)
            *error = listError;
        return std::nullopt;
    }
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate oldest = thisMonth.addMonths(-(months - 1));
    const auto spend = dailySpend(db, budgetSpendFrom(oldest), today, error);
    if (!spend)
        return std::nullopt;
    for (QDate month = thisMonth; month >= oldest; month = month.addMonths(-1)) {
        // As of the month's last day (today for this month): a past month's forecast is its total.
        const QDate asOf = std::min(month.addMonths(1).addDays(-1), today);
        const QDate from = budgetSpendFrom(asOf);
        QList<DailySpend> slice;
        for (const DailySpend &d : *spend) {
            if (d.day >= from && d.day <= asOf)
                slice.append(d);
        }
        for (const Budget &b : budgets) {
            out.append(budgetStatus(b, slice, providers, asOf, entries));
            if (!out.constLast().error.isEmpty()) {
                if (error)
                    *error = out.constLast().error;
                return std::nullopt;
            }
        }
    }
    return out;
}

}   // namespace tl
