#pragma once

#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tl {

// Plain values shared by adapters, storage, import and analytics. No behaviour here.

struct Account
{
    qint64 id = 0;
    QString provider;   // provider id: "openai", "anthropic", ...
    QString label;
    QString organization;   // optional organisation / team id
    QString baseUrl;        // optional override (gateway, proxy, regional endpoint, tests)
    // Names the account's key in the keychain: random, never reused, unique to this database
    // (core/secrets/accountkeys.h). Never the key itself.
    QString keyRef;
    bool allowInsecureHttp = false;   // the user allowed plain http to a non-loopback base URL
    bool enabled = true;
    bool archived = false;   // removed by the user with its history kept
    // Paid by a subscription (Claude Pro/Max, a ChatGPT plan): its usage is value at API prices,
    // never spend; the fee is a monthly manual entry. Otherwise usage is (estimated) spend.
    bool subscription = false;
    // An API-key account whose usage another account's bill (admin API sync) already holds: the
    // bill wins; this account's usage is shown as the overlap, never added to spend twice.
    qint64 billedByAccount = 0;   // 0: none
    // A coding-agent account: "user@host" of the desktop whose logs it reads (on a team database
    // every desktop imports only its own); empty before it was claimed, and for other accounts.
    QString agentOwner;
    QDateTime createdAt;
};

// Where the cost of a usage row comes from.
enum class CostStatus
{
    Estimated,   // tokens × the catalog price of that day
    Reported,    // the source (CSV export, manual entry) gave the amount
    Unpriced,    // no price known: excluded from money totals, counted and listed
};

QString costStatusName(CostStatus status);
std::optional<CostStatus> costStatusFromName(QStringView name);

// The model stored for usage a provider reported without a model name. It is not a model: no
// price can ever cover it (its cost is the provider's billed amount, or cannot be estimated), so
// it is never listed as a model to price and raises no "unpriced model" alert.
QString unattributedModel();   // "(unattributed)"
bool isUnattributedModel(QStringView model);

// One aggregate of usage: an account's tokens for one UTC day and one combination of
// model / project / API key / service tier, as reported by one source.
// Token fields do not overlap: inputTokens is *uncached* input (adapters subtract cached
// tokens where a provider counts them inside input, as OpenAI does).
struct UsageRecord
{
    qint64 accountId = 0;
    QDate day;   // UTC
    QString model;
    QString project;                          // project / workspace id, "" = none or unattributed
    QString apiKeyId;                         // "" = none
    QString serviceTier;                      // "", "batch", "priority", "flex", ...
    QString source = QStringLiteral("api");   // api | csv | manual
    qint64 inputTokens = 0;
    qint64 cachedInputTokens = 0;
    qint64 cacheWrite5mTokens = 0;
    qint64 cacheWrite1hTokens = 0;
    qint64 outputTokens = 0;
    qint64 requests = 0;
    std::optional<Money> cost;   // empty when unpriced
    CostStatus costStatus = CostStatus::Unpriced;

    qint64 totalTokens() const
    {
        return inputTokens + cachedInputTokens + cacheWrite5mTokens + cacheWrite1hTokens + outputTokens;
    }
};

// An amount a provider billed (cost APIs) for one UTC day and line item.
// `amount` is in 1e-9 of `currency`; only USD is ever added to USD totals.
struct CostRecord
{
    qint64 accountId = 0;
    QDate day;
    QString lineItem;
    QString project;
    QString apiKeyId;
    QString currency = QStringLiteral("USD");
    QString source = QStringLiteral("api");
    Money amount;
};

// What an upsert did: each input record is counted exactly once.
struct UpsertResult
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    bool ok = true;
    QString error;

    static UpsertResult failure(const QString &message) { return {0, 0, 0, false, message}; }
};

}   // namespace tl
Q_DECLARE_METATYPE(tl::UsageRecord)
