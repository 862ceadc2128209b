#pragma once

#include "agenttree.h"

#include <QString>

namespace tl::bench {

// What the measured tools wrote, next to the generated tree's known answer: printed by the agent
// benchmark after each tool's row.

QString mib(qint64 bytes);

// ccusage's `--json` totals: its duplicates and its pricing show as percentages off.
void compareCcusage(const QString &jsonPath, const test::AgentTreeAnswer &answer);

// TokenLedger's database after `agents import`: per (day, model), the stored requests' tokens and
// counts and the priced usage rows' cost, exact or not.
void compareDatabase(const QString &dbPath, const test::AgentTreeAnswer &answer);

// `agents import --json`: what the import says it read and kept.
void printImportSummary(const char *label, const QString &jsonPath);

// The in-process stand-in's totals.
void compareStandIn(const QString &jsonPath, const test::AgentTreeAnswer &answer);

}   // namespace tl::bench
