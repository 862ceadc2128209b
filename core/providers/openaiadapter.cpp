#include "openaiadapter.h"

#include "common/dates.h"
#include "common/exactjson.h"
#include "common/overflow.h"
#include "pricing/costcalculator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <limits>

namespace tl {

namespace {

struct UsageEndpoint
{
    const char *path;
    const char *groupBy[5];
};

// Token-based usage endpoints. Images, audio and the tool endpoints count images, characters,
// seconds or calls rather than tokens; their money arrives through the Costs API instead.
const UsageEndpoint UsageEndpoints[] = {
    {"/organization/usage/completions", {"model", "project_id", "api_key_id", "service_tier", "batch"}},
    {"/organization/usage/embeddings", {"model", "project_id", "api_key_id", nullptr, nullptr}},
    {"/organization/usage/moderations", {"model", "project_id", "api_key_id", nullptr, nullptr}},
};

qint64 unixSeconds(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

QUrlQuery windowQuery(QDate from, QDate to, int limit)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("start_time"), QString::number(unixSeconds(from)));
    q.addQueryItem(QStringLiteral("end_time"), QString::number(unixSeconds(to.addDays(1))));
    q.addQueryItem(QStringLiteral("bucket_width"), QStringLiteral("1d"));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return q;
}

std::optional<QDate> bucketDay(const QJsonObject &bucket, QString *error)
{
    const auto start = exactInteger(bucket.value(QStringLiteral("start_time")));
    if (!start) {
        *error = QStringLiteral("a bucket without a numeric \"start_time\"");
        return std::nullopt;
    }
    const std::optional<QDate> day = utcDayOfUnixSeconds(*start);
    if (!day)
        *error = QStringLiteral("a bucket whose \"start_time\" is not a day between the years 1 and 9999");
    return day;
}

}   // namespace

ProviderAdapter::Capabilities OpenAiAdapter::capabilities() const
{
    Capabilities c;
    c.usage = true;
    c.costs = true;
    c.needsAdminKey = true;
    return c;
}

void OpenAiAdapter::testConnection(TestCallback done)
{
    const QDate today = utcToday();
    getJson(endpoint(QStringLiteral("/organization/costs"), windowQuery(today.addDays(-1), today, 1)),
            [done = std::move(done)](ProviderError error, QJsonObject) {
                done(error, error.ok() ? QCoreApplication::translate(
                                             "tl::ProviderInfo", "Connected: the admin key can read usage and costs.")
                                       : QString());
            });
}

bool OpenAiAdapter::parseUsagePage(const QJsonObject &page, FetchResult &out, QString *error)
{
    for (const QJsonValue &bucketValue : page.value(QStringLiteral("data")).toArray()) {
        const QJsonObject bucket = bucketValue.toObject();
        const auto day = bucketDay(bucket, error);
        if (!day)
            return false;
        if (!bucket.value(QStringLiteral("results")).isArray()) {
            *error = QStringLiteral("a bucket without a \"results\" list");
            return false;
        }
        for (const QJsonValue &rowValue : bucket.value(QStringLiteral("results")).toArray()) {
            const QJsonObject row = rowValue.toObject();
            UsageRecord r;
            r.day = *day;
            r.model = textField(row, QStringLiteral("model"), error);
            r.project = textField(row, QStringLiteral("project_id"), error);
            r.apiKeyId = textField(row, QStringLiteral("api_key_id"), error);
            r.serviceTier = textField(row, QStringLiteral("service_tier"), error);
            if (row.value(QStringLiteral("batch")).toBool(false) ||
                row.value(QStringLiteral("batch")).toString() == u"true")
                r.serviceTier = QStringLiteral("batch");
            const qint64 input = countField(row, QStringLiteral("input_tokens"), error);
            r.cachedInputTokens = countField(row, QStringLiteral("input_cached_tokens"), error);
            r.cacheWrite5mTokens = countField(row, QStringLiteral("input_cache_write_tokens"), error);
            qint64 notUncached = 0;   // cache reads and writes, both inside input_tokens
            if (addOverflows(r.cachedInputTokens, r.cacheWrite5mTokens, &notUncached)) {
                notUncached = std::numeric_limits<qint64>::max();
                if (error->isEmpty())
                    *error = QStringLiteral("cached and cache-write tokens add up to more than 64 bits hold");
            }
            // Newer rows carry the uncached count; older ones have it only as a difference.
            r.inputTokens = row.contains(QStringLiteral("input_uncached_tokens"))
                                ? countField(row, QStringLiteral("input_uncached_tokens"), error)
                                : uncachedInputTokens(QStringLiteral("openai"), input, notUncached);
            r.outputTokens = countField(row, QStringLiteral("output_tokens"), error);
            r.requests = countField(row, QStringLiteral("num_model_requests"), error);
            if (!error->isEmpty())
                return false;
            if (r.model.isEmpty())
                r.model = unattributedModel();
            out.usage.append(r);
        }
    }
    return true;
}

bool OpenAiAdapter::parseCostsPage(const QJsonObject &page, FetchResult &out, QString *error)
{
    for (const QJsonValue &bucketValue : page.value(QStringLiteral("data")).toArray()) {
        const QJsonObject bucket = bucketValue.toObject();
        const auto day = bucketDay(bucket, error);
        if (!day)
            return false;
        for (const QJsonValue &rowValue : bucket.value(QStringLiteral("results")).toArray()) {
            const QJsonObject row = rowValue.toObject();
            const QJsonObject amount = row.value(QStringLiteral("amount")).toObject();
            // Dollars as a JSON number (or, defensively, a string): read from the text.
            const Money::ParseResult value = Money::parse(exactNumberText(amount.value(QStringLiteral("value"))));
            if (!value.value) {
                *error = QStringLiteral("a cost without a numeric \"amount.value\"");
                return false;
            }
            CostRecord c;
            c.day = *day;
            c.amount = *value.value;
            c.currency = amount.value(QStringLiteral("currency")).toString(QStringLiteral("usd")).toUpper();
            c.lineItem = textField(row, QStringLiteral("line_item"), error);
            c.project = textField(row, QStringLiteral("project_id"), error);
            c.apiKeyId = textField(row, QStringLiteral("api_key_id"), error);
            if (!error->isEmpty())
                return false;
            out.costs.append(c);
        }
    }
    return true;
}

void OpenAiAdapter::fetch(QDate from, QDate to, FetchCallback done)
{
    fetchUsage(0, from, to, std::make_shared<FetchResult>(), std::move(done));
}

void OpenAiAdapter::fetchUsage(int endpointIndex, QDate from, QDate to, std::shared_ptr<FetchResult> result,
                               FetchCallback done)
{
    if (endpointIndex >= int(std::size(UsageEndpoints))) {
        fetchCosts(from, to, result, std::move(done));
        return;
    }
    const UsageEndpoint &ep = UsageEndpoints[endpointIndex];
    QUrlQuery query = windowQuery(from, to, 31);
    for (const char *group : ep.groupBy) {
        if (group)
            query.addQueryItem(QStringLiteral("group_by[]"), QString::fromLatin1(group));
    }
    const auto onPage = [this, result](const QJsonObject &page, QString *error) {
        if (!parseUsagePage(page, *result, error))
            return false;
        passUsage(*result);
        return true;
    };
    getPages(QString::fromLatin1(ep.path), query, onPage,
             [this, endpointIndex, from, to, result, done = std::move(done)](ProviderError error) mutable {
                 if (!error.ok()) {
                     result->error = error;
                     done(std::move(*result));
                     return;
                 }
                 fetchUsage(endpointIndex + 1, from, to, result, std::move(done));
             });
}

void OpenAiAdapter::fetchCosts(QDate from, QDate to, std::shared_ptr<FetchResult> result, FetchCallback done)
{
    QUrlQuery query = windowQuery(from, to, 31);
    query.addQueryItem(QStringLiteral("group_by[]"), QStringLiteral("line_item"));
    query.addQueryItem(QStringLiteral("group_by[]"), QStringLiteral("project_id"));
    const auto onPage = [result](const QJsonObject &page, QString *error) {
        return parseCostsPage(page, *result, error);
    };
    getPages(QStringLiteral("/organization/costs"), query, onPage,
             [this, result, done = std::move(done)](ProviderError error) {
                 result->error = error;
                 result->requests = requestCount();
                 result->completeWindow = true;
                 done(std::move(*result));
             });
}

}   // namespace tl
