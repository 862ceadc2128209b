#pragma once

// The Accounts page's cell texts (accountspage.cpp): an account's health, its balances (US dollars
// first) and where its figures come from, in the page's words (AccountsPage's translation context).

#include "providers/provideradapter.h"

#include <QList>
#include <QString>

namespace tl {

struct AccountRow;

namespace accountcells {

QString healthText(const AccountRow &row);
QString balancesText(QList<Balance> balances);
QString sourceText(const AccountRow &row);
QString sourceToolTip(const AccountRow &row);

}   // namespace accountcells

}   // namespace tl
