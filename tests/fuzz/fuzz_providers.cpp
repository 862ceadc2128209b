// libFuzzer target: every provider adapter's response parser on one arbitrary JSON document each
// run (OpenAI usage and costs pages, Anthropic usage and cost reports, OpenRouter /key, /credits and
// /activity, DeepSeek's balance). An answer is either refused with a reason or yields records the
// store accepts: a valid UTC day, counts that are not negative.
#include "common/exactjson.h"
#include "fuzzcheck.h"
#include "providers/anthropicadapter.h"
#include "providers/openaiadapter.h"
#include "providers/otheradapters.h"

#include <cstdint>

using namespace tl;

namespace {

void checkResult(bool ok, const QString &error, const FetchResult &r)
{
    FUZZ_CHECK(ok == error.isEmpty());
    for (const UsageRecord &u : r.usage) {
        FUZZ_CHECK(u.day.isValid());
        FUZZ_CHECK(!u.model.isEmpty());
        FUZZ_CHECK(u.inputTokens >= 0 && u.cachedInputTokens >= 0 && u.cacheWrite5mTokens >= 0 &&
                   u.cacheWrite1hTokens >= 0 && u.outputTokens >= 0 && u.requests >= 0);
    }
    for (const CostRecord &c : r.costs)
        FUZZ_CHECK(c.day.isValid());
    for (const Balance &b : r.balances)
        FUZZ_CHECK(!b.currency.isEmpty());
}

using PageParser = bool (*)(const QJsonObject &, FetchResult &, QString *);

}   // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = parseJsonExact(json);
    if (!doc.isObject())
        return 0;
    const QJsonObject body = doc.object();
    for (PageParser parse :
         {&OpenAiAdapter::parseUsagePage, &OpenAiAdapter::parseCostsPage, &AnthropicAdapter::parseUsagePage,
          &AnthropicAdapter::parseCostsPage, &OpenRouterAdapter::parseCredits, &DeepSeekAdapter::parseBalance}) {
        FetchResult r;
        QString error;
        const bool ok = parse(body, r, &error);
        checkResult(ok, error, r);
    }
    FetchResult key;
    QString error;
    bool management = false;
    checkResult(OpenRouterAdapter::parseKey(body, key, &management, &error), error, key);
    FetchResult activity;
    error.clear();
    const bool ok = OpenRouterAdapter::parseActivity(body, QDate(1, 1, 1), QDate(9999, 12, 31), activity, &error);
    checkResult(ok, error, activity);
    return 0;
}
