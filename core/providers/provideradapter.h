#pragma once

#include "httpclient.h"
#include "money/money.h"
#include "records/records.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace tl {

// A balance or credit a provider reports (never spend history): kept per currency, never
// added across currencies.
struct Balance
{
    QString currency;   // "USD", "CNY", ...
    QString kind;       // "balance", "credits_remaining", "limit_remaining"
    Money amount;       // 1e-9 units of `currency`
};

// What one fetch brought back. With an error and nothing else, the account's sync failed; with
// an error or notes beside data, it is partial.
struct FetchResult
{
    QList<UsageRecord> usage;   // inputTokens already uncached (see CostCalculator)
    QList<CostRecord> costs;    // as billed
    QList<Balance> balances;
    QStringList notes;   // what could not be fetched and why, for people
    ProviderError error;
    bool partial = false;
    // The answer covers the whole requested window (OpenAI, Anthropic): rows the provider no
    // longer reports for it are removed, so a revised day is replaced, never added to.
    bool completeWindow = false;
    int requests = 0;
};

// One provider's usage/cost API behind one interface. Asynchronous, over an injected
// QNetworkAccessManager; parses the documented JSON (numbers exact) into normalised records
// and maps every failure to ProviderError. Knows nothing of storage.
class ProviderAdapter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderAdapter)

public:
    struct Capabilities
    {
        bool usage = false;
        bool costs = false;
        bool balance = false;
        bool needsAdminKey = false;
    };
    using TestCallback = std::function<void(ProviderError, QString summary)>;
    using FetchCallback = std::function<void(FetchResult)>;

    ProviderAdapter(const Account &account, QString key, QNetworkAccessManager *network, RetryPolicy policy,
                    QObject *parent = nullptr);

    virtual Capabilities capabilities() const = 0;
    virtual void testConnection(TestCallback done) = 0;
    // Usage, billed costs and balances for the inclusive range of UTC days, all pages.
    virtual void fetch(QDate from, QDate to, FetchCallback done) = 0;
    void cancel() { m_http->cancel(); }
    // Called with the usage rows of each page as it is parsed, which then leave the FetchResult, so
    // a caller that stores pages as they come never holds a whole window (OpenAI, Anthropic; the
    // other adapters' few rows stay in FetchResult::usage, as they do without a sink).
    using UsageSink = std::function<void(QList<UsageRecord> &rows)>;
    void setUsageSink(UsageSink sink) { m_usageSink = std::move(sink); }
    const RetryPolicy &policy() const { return m_http->policy(); }
    int requestCount() const { return m_http->requestCount(); }

protected:
    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const;
    virtual HttpRequest request(const QUrl &url) const;   // adds authentication
    // GET a JSON document (numbers kept exact); BadPayload when it is not a JSON object.
    void getJson(const QUrl &url, std::function<void(ProviderError, QJsonObject)> done);
    // Follows has_more / next_page to the end (OpenAI and Anthropic), refusing a repeated or
    // missing cursor and stopping after RetryPolicy::maxPages pages; `onPage` returns false (with
    // *error) when a page breaks the contract.
    void getPages(const QString &path, const QUrlQuery &query,
                  std::function<bool(const QJsonObject &page, QString *error)> onPage,
                  std::function<void(ProviderError)> done, QString previousCursor = {}, int pagesSoFar = 0);
    // Turns 401/403 into this provider's guidance on which key it needs (ProviderInfo::keyHelp).
    ProviderError explain(ProviderError error) const;

    // Hands the rows parsed so far to the usage sink, if there is one.
    void passUsage(FetchResult &out);

    Account m_account;
    QString m_key;
    UsageSink m_usageSink;
    HttpClient *m_http = nullptr;
};

// The adapter for an account's provider, or null for an unknown provider.
std::unique_ptr<ProviderAdapter> createAdapter(const Account &account, const QString &key,
                                               QNetworkAccessManager *network, RetryPolicy policy);

// Field readers for contract checks: a missing or null value reads as 0 / "" (null group keys
// mean "not grouped" or "unattributed"); a value of the wrong type sets *error.
qint64 countField(const QJsonObject &object, const QString &key, QString *error);
QString textField(const QJsonObject &object, const QString &key, QString *error);

}   // namespace tl
