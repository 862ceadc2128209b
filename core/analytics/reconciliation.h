#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace tl {

// What a provider billed against what TokenLedger estimated from tokens × prices, for one UTC
// day and provider (all its accounts). Money is exact USD nanos.
struct ReconciliationRow
{
    QDate day;
    QString provider;
    Money billed;      // cost API amounts in USD (credits included, they are negative); manual entries are not bills
    Money estimated;   // usage cost: tokens × catalog prices, or what the provider reported per request
    Money credits;     // the negative billed lines (credits, refunds), ≤ 0
    bool hasBilled = false;
    bool hasUsage = false;
    qint64 unpricedTokens = 0;         // tokens no price covers: missing from the estimate
    qint64 cacheWriteTokens = 0;       // priced at cache-write rates in the estimate
    QStringList serviceTiers;          // non-standard tiers seen (batch, priority, flex, …)
    bool longContext = false;          // long-context rows (Console "> 200k"): estimated at the long-context price
    QStringList accountsWithoutBill;   // accounts with usage but no billed amount that day

    // billed − estimated; only meaningful when both exist.
    Money difference() const;
    // The difference relative to the billed amount in hundredths of a percent (rounded
    // half-even), nullopt when either side is missing or nothing was billed.
    std::optional<qint64> differenceBasisPoints() const;
    // True when both sides exist and the gap is above `thresholdBasisPoints` of the bill (and
    // above one cent, so fractions of a cent never light up), or when one side is missing.
    bool isGap(qint64 thresholdBasisPoints) const;
};

// Rows for every day and provider with billed or usage data in [from, to], by day then provider.
// Reads the rollups, the costs and (for service tiers only) the usage rows of the range.
std::optional<QList<ReconciliationRow>> reconcile(QSqlDatabase db, QDate from, QDate to, QString *error = nullptr);

// One line of what a provider billed, for the drill-down behind a reconciliation row.
struct BilledLine
{
    QString account;
    QString lineItem;
    QString project;
    QString currency;
    Money amount;   // 1e-9 units of `currency`
};
std::optional<QList<BilledLine>> billedLines(QSqlDatabase db, QDate day, const QString &provider,
                                             QString *error = nullptr);

}   // namespace tl
