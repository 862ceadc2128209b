#pragma once

#include "catalog.h"

#include <QSqlDatabase>

namespace tl {

// Owns the active price catalog of a profile — the newest dataset loaded with
// "pricing update", else the bundled snapshot — with the user's overrides on top, and keeps
// stored usage costs in step when prices change. Runs on the thread that owns `db`.
class PricingService final
{
public:
    explicit PricingService(QSqlDatabase db);

    bool load(QString *error = nullptr);
    const PricingCatalog &catalog() const { return m_catalog; }

    struct RepriceResult
    {
        bool ok = true;
        QString error;
        qint64 examined = 0;    // usage rows priced from the catalog (billed rows are never touched)
        int changed = 0;        // rows whose cost or status changed
        bool pending = false;   // re-pricing is still owed (the profile was busy): resumed later
    };
    // How long re-pricing waits for the profile's lock (ProfileLock) before each chunk: -1 for
    // ever (command line), 0 not at all (the window: it resumes after the sync that holds it).
    void setLockWait(int ms) { m_lockWaitMs = ms; }
    // The WAL size (pages) at which re-pricing's chunk commits checkpoint (sql::CheckpointThreshold):
    // 65,536 pages, 256 MiB at SQLite's default page size. Tests set a small one.
    void setCheckpointPages(int pages) { m_checkpointPages = pages; }

    // Recomputes the estimated cost of stored usage rows, for one provider (and one model key)
    // or all of them. Rows a source reported a cost for are left alone. Works in chunks of
    // days, each one transaction under the profile lock, so a sync can run between chunks.
    RepriceResult reprice(const QString &provider = {}, const QString &modelKey = {});
    // Works off the re-pricing owed after earlier price changes (reprice_pending).
    RepriceResult resumeRepricing();
    bool repricingPending() const;

    // Saves an override (validated by the caller) and reprices the rows it covers. The change
    // and the debt to re-price commit together; the re-pricing follows in chunks.
    RepriceResult setOverride(const PriceOverride &override);
    // Removes a provider+model's overrides (or only the one from `from`); reprices.
    RepriceResult removeOverride(const QString &provider, const QString &modelKey, std::optional<QDate> from,
                                 int *removed);
    // Validates a genai-prices dataset, stores it as the active catalog and reprices
    // everything. An invalid dataset changes nothing; the previous catalog stays active.
    RepriceResult updateCatalog(const QByteArray &json, const QString &origin);

private:
    // Records that (provider, model key) must be re-priced; inside the caller's transaction.
    bool owe(const QString &provider, const QString &modelKey, QString *error);
    QSqlDatabase m_db;
    PricingCatalog m_catalog;
    int m_lockWaitMs = -1;
    int m_checkpointPages = 65'536;
};

}   // namespace tl
