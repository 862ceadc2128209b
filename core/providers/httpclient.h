#pragma once

#include "providererror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace tl {

// How hard to try. Delays are configurable so tests run fast.
struct RetryPolicy
{
    int attempts = 3;         // including the first
    int baseDelayMs = 2000;   // 2 s, 4 s, ... (or the provider's Retry-After, if longer)
    int maxDelayMs = 60'000;
    int minIntervalMs = 250;   // between two requests of one client
    int timeoutMs = 30'000;    // per request, no bytes moving
};

// GET requests for one provider account over an injected QNetworkAccessManager: timeouts,
// retries with exponential backoff honouring Retry-After (none on 401/403/404), a minimum
// interval between requests, HTTP status mapped to ProviderError, cancellation.
class HttpClient final : public QObject
{
    Q_OBJECT
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

    HttpClient(QNetworkAccessManager *network, RetryPolicy policy, QObject *parent = nullptr);

    void get(const QNetworkRequest &request, Callback done);
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    int requestCount() const { return m_requests; }

private:
    void attempt(QNetworkRequest request, Callback done, int attemptNumber);
    void finished(QNetworkReply *reply, const QNetworkRequest &request, Callback done, int attemptNumber);

    QNetworkAccessManager *m_network = nullptr;
    RetryPolicy m_policy;
    QElapsedTimer m_lastRequest;
    QList<QPointer<QNetworkReply>> m_inFlight;
    bool m_cancelled = false;
    int m_requests = 0;
};

// The provider's own error text from a JSON error body ({"error": {"message": ...}} and the
// like), shortened; empty when there is none.
QString providerErrorMessage(const QByteArray &body);

}   // namespace tl
