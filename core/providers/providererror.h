#pragma once

#include <QString>

#include <utility>

namespace tl {

// One error taxonomy for every provider, so the sync engine decides retries the same way and
// the user reads the same kind of message whoever failed.
struct ProviderError
{
    enum class Kind
    {
        None,
        Unauthorized,   // 401: wrong or revoked key (or a key of the wrong type)
        Forbidden,      // 403: the key lacks a permission (e.g. an admin key is needed)
        NotFound,       // 404: wrong base URL, organisation or endpoint
        RateLimited,    // 429: retryAfterSeconds when the provider said
        Transient,      // 5xx, timeout, network: worth retrying
        BadPayload,     // the answer was not what the contract says (detail in message)
        NotSupported,   // the provider has no such API
        Redirected,     // a redirect to another host: credentials never follow it
        TooLarge,       // the answer is bigger than TokenLedger accepts (RetryPolicy::maxBodyBytes)
        TimedOut,       // a deadline passed (one request, or one account's whole run)
        Cancelled,
    };

    ProviderError() = default;
    ProviderError(Kind k, QString text, int status, int retryAfter, QString providersWords = {})
        : kind(k)
        , message(std::move(text))
        , httpStatus(status)
        , retryAfterSeconds(retryAfter)
        , detail(std::move(providersWords))
    {}

    Kind kind = Kind::None;
    QString message;   // for people; never contains a key
    int httpStatus = 0;
    int retryAfterSeconds = -1;
    // The provider's own words (the error text of its answer), the lower layer's (the network
    // error), or the value `reason` is about; shown inside a translated frame (providerErrorText()).
    QString detail;
    // Which of HttpClient's own sentences `message` is, when it is one: "too_large", "deadline",
    // "no_answer", "network", "stalled", "cut_off", "redirected", "redirect_invalid", "redirect_many".
    QString reason;

    bool ok() const { return kind == Kind::None; }
    bool retryable() const { return kind == Kind::RateLimited || kind == Kind::Transient; }
    static QString kindName(Kind kind);
};

}   // namespace tl
