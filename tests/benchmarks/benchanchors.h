#pragma once

// SQLite's own speed at the write figures' work, measured in the same run on the ledger's own rows:
// the anchors of ingest (append and re-sync) and re-pricing. The write targets are absolute rates,
// and this machine's rates move by ±10 % from run to run with the other load; a ratio to SQLite
// doing the bare minimum of the same work at the same moment says how far the product's own work
// (rollups, keys, pricing) is from the storage engine's floor, whatever the load.
//
// Each anchor runs on a file of its own, opened straight through the sqlite3 API with the pragmas
// TokenLedger's connections use (WAL, synchronous NORMAL, the same page cache, foreign keys and
// cell_size_check on) and the ledger's own `usage` table definition (its CHECKs and key), with no
// rollups, triggers or pricing, and the product's background WAL checkpointer.

#include "benchsupport.h"

namespace tl::bench {

struct AnchorRate
{
    double wall = 0;   // rows per second of wall time
    double cpu = 0;    // rows per second of this thread's CPU time
    qint64 rows = 0;
};

struct WriteAnchors
{
    AnchorRate append;   // the rows INSERTed one prepared statement at a time, one transaction per
                         // account and 30 days (as the generated ingest commits)
    AnchorRate resync;   // the last 30 of those days written again by an UPSERT, a tenth revised,
                         // one transaction per account
    QString error;
};

// Up to `maxRows` of the ledger's rows (its first days, in key order) written by SQLite alone.
WriteAnchors measureWriteAnchors(Dataset &data, qint64 maxRows);

// Up to `maxRows` of the ledger's rows copied to a file of their own (not timed), then one UPDATE
// that rewrites every row's cost and status, in one transaction, its commit included.
AnchorRate measureRepriceAnchor(Dataset &data, qint64 maxRows, QString *error);

}   // namespace tl::bench
