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
class QTimer;

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

// GET requests for one provider account over an injected QNetworkAccessManager: timeouts and
// deadlines, retries with exponential backoff honouring Retry-After (none on 401/403/404),
// a minimum interval between requests, HTTP status mapped to ProviderError, cancellation.
// Only a complete answer is a success: a 2xx cut short, timed out or undecodable is a failed
// attempt like a 5xx. Credentials never leave the request's origin: redirects are followed by
// hand, only to the same scheme, host and port.
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
    const RetryPolicy &policy() const { return m_policy; }

private:
    struct Attempt;
    void attempt(QNetworkRequest request, Callback done, int attemptNumber, int redirects);
    void finished(QNetworkReply *reply, const std::shared_ptr<Attempt> &state, const QNetworkRequest &request,
                  Callback done, int attemptNumber, int redirects);
    // Classifies a finished reply; true when it was a redirect that has been followed.
    bool followRedirect(QNetworkReply *reply, const QNetworkRequest &request, Callback &done, int attemptNumber,
                        int redirects, Response *response);
    void retryOrFinish(Response r, const QNetworkRequest &request, Callback done, int attemptNumber);
    // Runs `then` after `ms`, or at once when the client is cancelled meanwhile.
    void after(int ms, std::function<void()> then);

    QNetworkAccessManager *m_network = nullptr;
    RetryPolicy m_policy;
    QElapsedTimer m_lastRequest;
    QList<QPointer<QNetworkReply>> m_inFlight;
    QList<QPointer<QTimer>> m_waits;
    bool m_cancelled = false;
    int m_requests = 0;
};

// The provider's own error text from a JSON error body ({"error": {"message": ...}} and the
// like), shortened; empty when there is none.
QString providerErrorMessage(const QByteArray &body);

}   // namespace tl
