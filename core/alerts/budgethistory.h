#pragma once

#include "alerts/budgets.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tl {

// How every budget fared in each of the last `months` calendar months (UTC) up to today's: its
// status as of the month's last day (spent, state, overage; the budget's current amount applied to
// that month), and today's month as it stands now. Newest month first, budgets in list order. One
// read of the daily spend for the whole span. Reads only.
std::optional<QList<BudgetStatus>> budgetHistory(QSqlDatabase db, QDate today, int months = 12,
                                                 QString *error = nullptr);

}   // namespace tl
