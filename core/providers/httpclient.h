#pragma once

#include "providererror.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <utility>

class QNetworkAccessManager;

namespace tl {

// How hard to try, and the limits no provider answer may cross (README: "Limits"). Delays are
// configurable so tests run fast.
struct RetryPolicy
{
    int attempts = 3;         // including the first
    int baseDelayMs = 2000;   // 2 s, 4 s, ... (or the provider's Retry-After, if longer)
    int maxDelayMs = 60'000;
    int minIntervalMs = 250;   // between two requests of one client
    int timeoutMs = 30'000;    // per request, no bytes moving
    // Per request attempt, from sending to the last byte, however steadily bytes trickle in.
    int requestDeadlineMs = 120'000;
    // Per account run: every request, retry and page of one account's sync together.
    int accountDeadlineMs = 15 * 60'000;
    // Pages one listing may take; a provider handing out cursors forever is stopped here.
    int maxPages = 500;
    // The largest answer accepted; bigger answers are refused while they arrive (memory stays flat).
    qint64 maxBodyBytes = 64ll * 1024 * 1024;
    // Redirects followed within the same origin; a redirect to another origin is refused.
    int maxRedirects = 5;
};

// A GET request: the address and the raw headers (an empty value removes a header).
struct HttpRequest
{
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;

    explicit HttpRequest(QUrl u = {})
        : url(std::move(u))
    {}
    void setRawHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.removeIf([&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        if (!value.isEmpty())
            headers.append({name, value});
    }
    QByteArray rawHeader(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

// GET requests for one provider account over a QNetworkAccessManager: timeouts and deadlines,
// retries with exponential backoff honouring Retry-After (none on 401/403/404), a minimum interval
// between requests, HTTP status mapped to ProviderError, cancellation. Only a complete answer is a
// success: a 2xx cut short, timed out or undecodable is a failed attempt like a 5xx. Credentials
// never leave the request's origin: redirects are followed by hand, only to the same scheme, host
// and port.
//
// The implementation lives in the network module (net/netbackend.h), loaded when the first client
// is made, so that QtNetwork and what it pulls in are not loaded before the window is painted.
class HttpClient : public QObject
{
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    struct Response
    {
        ProviderError error;
        int status = 0;
        QByteArray body;
        int attempts = 0;
    };
    using Callback = std::function<void(Response)>;

    // A client over `network` (made by net::newNetwork()); when the network module cannot be
    // loaded, one that answers every request with that reason.
    static HttpClient *create(QNetworkAccessManager *network, RetryPolicy policy, QObject *parent = nullptr);

    virtual void get(const HttpRequest &request, Callback done) = 0;
    virtual void cancel() = 0;
    virtual bool isCancelled() const = 0;
    virtual int requestCount() const = 0;
    virtual const RetryPolicy &policy() const = 0;

protected:
    using QObject::QObject;
};

// The provider's own error text from a JSON error body ({"error": {"message": ...}} and the
// like), shortened; empty when there is none.
QString providerErrorMessage(const QByteArray &body);

}   // namespace tl
