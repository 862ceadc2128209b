#pragma once

#include "agents/agentfilereader.h"
#include "analytics/usagewindows.h"
#include "money/money.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tl {

class PricingCatalog;

// One coding-agent account at a glance (dashboard card, tray tooltip, `report`).
struct AgentAccountOverview
{
    qint64 accountId = 0;
    QString label;
    QString provider;   // claude-code | codex-cli | gemini-cli
    bool subscription = false;
    qint64 billedByAccount = 0;   // the account whose bill already holds these requests (0: none)
    // This month (UTC) so far: usage at API prices — spend for an API-key account, value for a
    // subscription — and the manual entries on the account (a subscription's fee).
    Money usageMtd;
    Money feeMtd;
    qint64 requestsMtd = 0;
    qint64 tokensMtd = 0;
    qint64 unpricedRequestsMtd = 0;   // requests of models no price covers (not in usageMtd)
    // What the subscription returned this month: usage value ÷ fee, in hundredths of a percent;
    // nullopt without a fee.
    std::optional<qint64> returnBasisPoints;
    QDateTime lastRequest;
    // Claude Code: 5-hour windows from its requests (tokens: all kinds; value at API prices).
    std::optional<WindowSummary> windows;
    // Codex CLI: its own logged 5-hour and weekly windows.
    std::optional<AgentRateLimits> rateLimits;
    int windowAlertPercent = 0;   // the account's window alert rule (0: off)
};

struct AgentOverview
{
    QList<AgentAccountOverview> accounts;
    Money subscriptionValueMtd;   // never spend
    Money subscriptionFeesMtd;
    Money apiUsageMtd;   // estimated spend of API-key agent accounts (billed elsewhere excluded)
};

// Every agent account's figures at `now`: one read of its month and of the last 30 days of its
// requests (each priced on its own day, long-context requests wholly at the long-context price).
std::optional<AgentOverview> agentOverview(QSqlDatabase db, const PricingCatalog &catalog, const QDateTime &now,
                                           QString *error = nullptr);

// One request's cost at API prices (nullopt: unpriced), long-context tiers applied to the whole
// request. Exposed for the overview's tests and the windows.
struct AgentRequestTokens
{
    QDate day;
    QString model;
    qint64 input = 0;
    qint64 cacheRead = 0;
    qint64 cacheWrite5m = 0;
    qint64 cacheWrite1h = 0;
    qint64 output = 0;
};
class CostCalculator;
std::optional<Money> agentRequestCost(const CostCalculator &calculator, const QString &provider,
                                      const AgentRequestTokens &request);

}   // namespace tl
