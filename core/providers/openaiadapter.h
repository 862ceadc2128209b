#pragma once

#include "provideradapter.h"

namespace tl {

// OpenAI Organization Usage API (completions, embeddings, moderations; daily buckets grouped by
// model, project, API key and tier) and Costs API (grouped by line item and project). Needs an
// organisation admin key.
class OpenAiAdapter final : public ProviderAdapter
{
    Q_OBJECT
public:
    using ProviderAdapter::ProviderAdapter;

    Capabilities capabilities() const override;
    void testConnection(TestCallback done) override;
    void fetch(QDate from, QDate to, FetchCallback done) override;

    // One page of a usage endpoint (daily buckets of results) / of the Costs API, appended to
    // `out`; false with *error (which must come in empty) when the page breaks the contract.
    // No network: what the fetch calls for each page, and what the fuzz targets feed.
    static bool parseUsagePage(const QJsonObject &page, FetchResult &out, QString *error);
    static bool parseCostsPage(const QJsonObject &page, FetchResult &out, QString *error);

private:
    void fetchUsage(int endpointIndex, QDate from, QDate to, std::shared_ptr<FetchResult> result, FetchCallback done);
    void fetchCosts(QDate from, QDate to, std::shared_ptr<FetchResult> result, FetchCallback done);
};

}   // namespace tl
