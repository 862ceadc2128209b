#pragma once

#include "costcalculator.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <algorithm>

namespace tl {

// The days the next re-pricing step takes (both backends): about `ms` of work a step, as many days
// as the last step's pace allows.
inline qsizetype nextDaysPerStep(qsizetype days, qint64 tookMs, int ms)
{
    tookMs = std::max<qint64>(tookMs, 1);
    if (tookMs < ms / 2)
        return std::min<qsizetype>(days * 2, 1 << 16);
    if (tookMs > ms && days > 1)
        return days / 2;
    return days;
}

// Repricer on PostgreSQL, which cannot call back into TokenLedger from SQL: each step reads the
// rows of a range of days that are re-priced (not reported by a source; the chosen provider's and
// model key's), prices them with CostCalculator — the same TokenCost::of as the SQLite path —, and
// writes those whose cost or status changed in multi-row UPDATEs, which recompute the rollups of
// every account-day they touch from its rows (pgusage::updateCosts). Runs in the caller's
// transaction, like Repricer.
class PgRepricer final
{
public:
    PgRepricer(QSqlDatabase db, const PricingCatalog &catalog);

    bool start(const QString &provider, const QString &modelKey, QString *error);
    bool atEnd() const { return m_next >= m_days.size(); }
    bool step(int ms, QString *error);
    qint64 examined() const { return m_examined; }
    qint64 changed() const { return m_changed; }

private:
    QSqlDatabase m_db;
    CostCalculator m_calculator;
    QHash<qint64, QString> m_providers;          // of the accounts whose rows are re-priced
    QSet<std::pair<qint64, QString>> m_wanted;   // (account, model) re-priced
    QStringList m_models;                        // with one model key: its models (else empty)
    QStringList m_days;                          // ascending ISO days holding wanted rows
    qsizetype m_next = 0;
    qsizetype m_daysPerStep = 4;
    qint64 m_examined = 0;
    qint64 m_changed = 0;
};

}   // namespace tl
