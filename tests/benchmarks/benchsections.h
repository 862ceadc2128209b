#pragma once

// The sections of tokenledger-bench, one file each (bench*.cpp). Each measures on the generated
// ledger of one shape and size and adds its figures, anchors and targets to the report.

#include "benchsupport.h"

namespace tl::bench {

struct Context
{
    Dataset &data;
    Report &report;
    QString scope;   // "1M sparse", ...
};

void benchWrites(Context &ctx);      // ingest (append and re-sync update path), a sync's memory
void benchDashboard(Context &ctx);   // the dashboard's reads, with the raw-table reference
void benchUsagePage(Context &ctx);   // the Usage page and `report --by`
void benchStartup(Context &ctx);     // start -> first painted dashboard -> close, vs a bare window
// Re-pricing (rewrites costs: run last on a dataset): every row, then one model's override; with
// `everyRow` false only the override (section "override": the 10M figure without minutes of the other).
void benchReprice(Context &ctx, bool everyRow);
void benchTeam(Context &ctx);                       // the same ledger on PostgreSQL (TOKENLEDGER_BENCH_PG)
void benchCsvImport(Report &report, qint64 rows);   // CSV import vs `sqlite3 .import`

}   // namespace tl::bench
