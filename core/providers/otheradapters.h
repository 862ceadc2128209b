#pragma once

#include "provideradapter.h"

namespace tl {

// OpenRouter: the key's limit (any key); with a management key also the account's credits and
// /activity, the per-day usage and spend of the last 30 completed UTC days (never today).
class OpenRouterAdapter final : public ProviderAdapter
{
    Q_OBJECT
public:
    using ProviderAdapter::ProviderAdapter;
    Capabilities capabilities() const override;
    void testConnection(TestCallback done) override;
    void fetch(QDate from, QDate to, FetchCallback done) override;

    // The answers of /key, /credits and /activity (rows of days outside [from, to] are left out),
    // appended to `out`; false with *error (which must come in empty) when one breaks the
    // contract. No network: what the fetch calls, and what the fuzz targets feed.
    static bool parseKey(const QJsonObject &body, FetchResult &out, bool *managementKey, QString *error);
    static bool parseCredits(const QJsonObject &body, FetchResult &out, QString *error);
    static bool parseActivity(const QJsonObject &body, QDate from, QDate to, FetchResult &out, QString *error);

private:
    void fetchManagement(QDate from, QDate to, std::shared_ptr<FetchResult> result, FetchCallback done);
};

// DeepSeek: the balance per currency (CNY is never added to USD). No usage history exists.
class DeepSeekAdapter final : public ProviderAdapter
{
    Q_OBJECT
public:
    using ProviderAdapter::ProviderAdapter;
    Capabilities capabilities() const override;
    void testConnection(TestCallback done) override;
    void fetch(QDate from, QDate to, FetchCallback done) override;

    // The answer of /user/balance, appended to `out`; false with *error (which must come in
    // empty) when it breaks the contract. No network.
    static bool parseBalance(const QJsonObject &body, FetchResult &out, QString *error);
};

// Providers without a usage or cost API readable with their key (Google Gemini, Groq, Mistral,
// xAI until its management contract is verified, Perplexity): a connection test where one is
// free, and an honest "no usage API" for sync. Never fabricates usage.
class NoUsageApiAdapter final : public ProviderAdapter
{
    Q_OBJECT
public:
    using ProviderAdapter::ProviderAdapter;
    Capabilities capabilities() const override;
    void testConnection(TestCallback done) override;
    void fetch(QDate from, QDate to, FetchCallback done) override;

    // The "no usage API" status for people: in the installed translation, or English (`translate`
    // false: stored run messages, --json).
    static QString noUsageMessage(const QString &provider, bool translate = true);

protected:
    HttpRequest request(const QUrl &url) const override;
};

}   // namespace tl
