#include "anthropicadapter.h"

#include "common/dates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace tl {

namespace {

QUrlQuery windowQuery(QDate from, QDate to)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("starting_at"), isoDay(from) + QStringLiteral("T00:00:00Z"));
    q.addQueryItem(QStringLiteral("ending_at"), isoDay(to.addDays(1)) + QStringLiteral("T00:00:00Z"));
    q.addQueryItem(QStringLiteral("bucket_width"), QStringLiteral("1d"));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("31"));
    return q;
}

std::optional<QDate> bucketDay(const QJsonObject &bucket, QString *error)
{
    const QDateTime start = QDateTime::fromString(bucket.value(QStringLiteral("starting_at")).toString(), Qt::ISODate);
    if (!start.isValid()) {
        *error = QStringLiteral("a bucket without an RFC 3339 \"starting_at\"");
        return std::nullopt;
    }
    return start.toUTC().date();
}

}   // namespace

ProviderAdapter::Capabilities AnthropicAdapter::capabilities() const
{
    Capabilities c;
    c.usage = true;
    c.costs = true;
    c.needsAdminKey = true;
    return c;
}

HttpRequest AnthropicAdapter::request(const QUrl &url) const
{
    HttpRequest r = ProviderAdapter::request(url);
    r.setRawHeader("Authorization", QByteArray());   // Anthropic wants x-api-key, not Bearer
    r.setRawHeader("x-api-key", m_key.toUtf8());
    r.setRawHeader("anthropic-version", "2023-06-01");
    return r;
}

void AnthropicAdapter::testConnection(TestCallback done)
{
    const QDate today = utcToday();
    QUrlQuery q = windowQuery(today.addDays(-1), today);
    q.removeQueryItem(QStringLiteral("limit"));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    getJson(endpoint(QStringLiteral("/v1/organizations/cost_report"), q), [done = std::move(done)](ProviderError error,
                                                                                                   QJsonObject) {
        done(error, error.ok() ? QCoreApplication::translate(
                                     "tl::ProviderInfo", "Connected: the Admin key can read usage and cost reports.")
                               : QString());
    });
}

bool AnthropicAdapter::parseUsagePage(const QJsonObject &page, FetchResult &out, QString *error)
{
    for (const QJsonValue &bucketValue : page.value(QStringLiteral("data")).toArray()) {
        const QJsonObject bucket = bucketValue.toObject();
        const auto day = bucketDay(bucket, error);
        if (!day)
            return false;
        for (const QJsonValue &rowValue : bucket.value(QStringLiteral("results")).toArray()) {
            const QJsonObject row = rowValue.toObject();
            const QJsonObject creation = row.value(QStringLiteral("cache_creation")).toObject();
            UsageRecord r;
            r.day = *day;
            r.model = textField(row, QStringLiteral("model"), error);
            r.project = textField(row, QStringLiteral("workspace_id"), error);
            r.apiKeyId = textField(row, QStringLiteral("api_key_id"), error);
            r.serviceTier = textField(row, QStringLiteral("service_tier"), error);
            // Anthropic reports uncached input, cache reads and writes separately.
            r.inputTokens = countField(row, QStringLiteral("uncached_input_tokens"), error);
            r.cachedInputTokens = countField(row, QStringLiteral("cache_read_input_tokens"), error);
            r.cacheWrite5mTokens = countField(creation, QStringLiteral("ephemeral_5m_input_tokens"), error);
            r.cacheWrite1hTokens = countField(creation, QStringLiteral("ephemeral_1h_input_tokens"), error);
            r.outputTokens = countField(row, QStringLiteral("output_tokens"), error);
            if (!error->isEmpty())
                return false;
            if (r.model.isEmpty())
                r.model = unattributedModel();
            out.usage.append(r);
        }
    }
    return true;
}

bool AnthropicAdapter::parseCostsPage(const QJsonObject &page, FetchResult &out, QString *error)
{
    for (const QJsonValue &bucketValue : page.value(QStringLiteral("data")).toArray()) {
        const QJsonObject bucket = bucketValue.toObject();
        const auto day = bucketDay(bucket, error);
        if (!day)
            return false;
        for (const QJsonValue &rowValue : bucket.value(QStringLiteral("results")).toArray()) {
            const QJsonObject row = rowValue.toObject();
            // Cents as a decimal string: "123.45" is USD 1.2345.
            const QJsonValue amount = row.value(QStringLiteral("amount"));
            const Money::ParseResult cents = Money::parse(amount.toString(), Money::Unit::Cents);
            if (!amount.isString() || !cents.value) {
                *error = QStringLiteral("a cost whose \"amount\" is not a decimal string of cents");
                return false;
            }
            CostRecord c;
            c.day = *day;
            c.amount = *cents.value;
            c.currency = row.value(QStringLiteral("currency")).toString(QStringLiteral("USD")).toUpper();
            c.project = textField(row, QStringLiteral("workspace_id"), error);
            c.lineItem = textField(row, QStringLiteral("description"), error);
            if (c.lineItem.isEmpty())
                c.lineItem = textField(row, QStringLiteral("cost_type"), error);
            if (!error->isEmpty())
                return false;
            out.costs.append(c);
        }
    }
    return true;
}

void AnthropicAdapter::fetch(QDate from, QDate to, FetchCallback done)
{
    auto result = std::make_shared<FetchResult>();
    QUrlQuery usage = windowQuery(from, to);
    for (const char *group : {"model", "workspace_id", "service_tier"})
        usage.addQueryItem(QStringLiteral("group_by[]"), QString::fromLatin1(group));
    const auto onUsage = [this, result](const QJsonObject &page, QString *error) {
        if (!parseUsagePage(page, *result, error))
            return false;
        passUsage(*result);
        return true;
    };
    QUrlQuery costs = windowQuery(from, to);
    for (const char *group : {"workspace_id", "description"})
        costs.addQueryItem(QStringLiteral("group_by[]"), QString::fromLatin1(group));
    const auto onCosts = [result](const QJsonObject &page, QString *error) {
        return parseCostsPage(page, *result, error);
    };
    getPages(QStringLiteral("/v1/organizations/usage_report/messages"), usage, onUsage,
             [this, costs, onCosts, result, done = std::move(done)](ProviderError error) mutable {
                 if (!error.ok()) {
                     result->error = error;
                     done(std::move(*result));
                     return;
                 }
                 getPages(QStringLiteral("/v1/organizations/cost_report"), costs, onCosts,
                          [this, result, done = std::move(done)](ProviderError costError) {
                              result->error = costError;
                              result->requests = requestCount();
                              result->completeWindow = true;
                              done(std::move(*result));
                          });
             });
}

}   // namespace tl
