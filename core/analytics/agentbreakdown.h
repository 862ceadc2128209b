#pragma once

#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace tl {

class PricingCatalog;

// Coding-agent usage grouped by one dimension of its requests (agent_requests), for the Usage
// page's "Coding agents" tab: what each project, git branch, session or model cost (API key) or
// was worth at API prices (subscription). Each request is priced on its own day with
// agentRequestCost (long-context tiers on the whole request) and summed exactly in nano-USD.
enum class AgentDimension
{
    Project,
    GitBranch,
    Session,
    Model,
};

// Which requests count: UTC days from..to (inclusive) and optional equality filters on the
// other dimensions (nullopt: any; an empty string matches requests that recorded none).
struct AgentBreakdownFilter
{
    QDate from;
    QDate to;
    qint64 accountId = 0;   // 0: every agent account (archived ones excluded)
    std::optional<QString> project;
    std::optional<QString> gitBranch;
    std::optional<QString> session;
    std::optional<QString> model;
};

// One group, or the total. The three amounts never overlap: an account's requests are either
// spend (API key), already in another synced account's bill, or subscription value.
struct AgentBreakdownRow
{
    QString key;             // the dimension's value; empty when the logs recorded none
    Money spend;             // API-key accounts whose requests no other account's bill holds: estimated spend
    Money billedElsewhere;   // API-key accounts billed by another account: not counted twice
    Money value;             // subscription accounts: value at API prices, never spend
    qint64 requests = 0;
    qint64 unpricedRequests = 0;   // no price covers the model on that day: in no amount above
    qint64 tokens = 0;             // every kind: input, cache reads and writes, output
    qint64 inputTokens = 0;        // uncached input
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;   // 5-minute and 1-hour
    qint64 outputTokens = 0;
    QDateTime firstRequest;   // UTC
    QDateTime lastRequest;
    QStringList accounts;   // labels of the accounts with requests in this group, sorted
};

struct AgentBreakdown
{
    AgentDimension by = AgentDimension::Project;
    QList<AgentBreakdownRow> rows;   // biggest amount first, then most tokens, then key
    AgentBreakdownRow total;         // over the rows
    // Distinct values within the date range and account (before the dimension filters), for
    // filter choices; sorted, empty values included.
    QStringList projects;
    QStringList gitBranches;
    QStringList sessions;
    QStringList models;
    bool anyAgentAccount = false;
};

// Reads only. Fails (nullopt, *error) on a database error or when a sum does not fit in 64 bits.
std::optional<AgentBreakdown> agentBreakdown(QSqlDatabase db, const PricingCatalog &catalog, AgentDimension by,
                                             const AgentBreakdownFilter &filter, QString *error = nullptr);

}   // namespace tl
