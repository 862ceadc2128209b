#pragma once

#include "catalog.h"
#include "costcalculator.h"
#include "pgrepricer.h"
#include "storage/detailrollups.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace tl {

// Re-prices stored usage rows in bulk, set-based: one UPDATE per range of days, whose rows are
// priced by a SQL function that looks each (account, model) up once per price period (the days
// between two PricingCatalog::priceChangeDays()) and sums exactly as CostCalculator does
// (TokenCost::of), then every rollup of the (account, day)s that changed takes the cost differences
// (CostChanges, storage/costrollups.h). Rows a source reported a cost for are left alone.
// Runs on the thread that owns `db`, inside the caller's transaction (see PricingService::reprice).
class Repricer final
{
public:
    Repricer(QSqlDatabase db, const PricingCatalog &catalog);
    ~Repricer();
    Q_DISABLE_COPY_MOVE(Repricer)

    // Chooses the rows: one provider's (or every one's), one model key's (or every model's), and
    // lists the days to work through. No rows are read yet.
    bool start(const QString &provider, const QString &modelKey, QString *error);
    bool atEnd() const { return m_pg ? m_pg->atEnd() : m_next >= m_days.size(); }
    // Re-prices the next days, about `ms` of work, in the caller's transaction. False on a
    // database error or a cost too large to represent (*error names the row).
    bool step(int ms, QString *error);

    // Off: every step uses the statement that does not rely on SQLite updating in one pass (tests).
    void setOnePass(bool on) { m_onePass = on; }

    qint64 examined() const;   // rows priced from the catalog so far
    qint64 changed() const { return m_pg ? m_pg->changed() : m_changed; }

    struct State;   // what the SQL functions see

private:
    bool prepare(QString *error);
    bool refreshRollups(QString *error);

    QSqlDatabase m_db;
    std::unique_ptr<PgRepricer> m_pg;   // a team database's re-pricing (pgrepricer.h); null on SQLite
    std::unique_ptr<State> m_state;
    DetailRollups m_rollups;   // recounts an account-day whose differences do not fit
    QStringList m_days;        // ascending ISO days with rows to look at
    qsizetype m_next = 0;
    qsizetype m_daysPerStep = 4;
    bool m_byKeys = false;
    bool m_onePass = true;   // one model key: the rows are reached through temp.tl_reprice_keys
    qint64 m_changed = 0;
};

}   // namespace tl
