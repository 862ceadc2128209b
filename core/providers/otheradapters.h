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

    static QString noUsageMessage(const QString &provider);

protected:
    QNetworkRequest request(const QUrl &url) const override;
};

}   // namespace tl
