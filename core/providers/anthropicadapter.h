#pragma once

#include "provideradapter.h"

namespace tl {

// Anthropic Admin API: usage_report/messages (daily, by model, workspace and tier) and
// cost_report (cents as decimal strings, by workspace and description). Needs an Admin key.
class AnthropicAdapter final : public ProviderAdapter
{
    Q_OBJECT
public:
    using ProviderAdapter::ProviderAdapter;

    Capabilities capabilities() const override;
    void testConnection(TestCallback done) override;
    void fetch(QDate from, QDate to, FetchCallback done) override;

    // One page of usage_report/messages / of cost_report, appended to `out`; false with *error
    // (which must come in empty) when the page breaks the contract. No network.
    static bool parseUsagePage(const QJsonObject &page, FetchResult &out, QString *error);
    static bool parseCostsPage(const QJsonObject &page, FetchResult &out, QString *error);

protected:
    HttpRequest request(const QUrl &url) const override;
};

}   // namespace tl
