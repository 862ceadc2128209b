#pragma once

// The network module's HttpClient (providers/httpclient.h) over QNetworkAccessManager. Built into
// libtokenledger-net only (net/netbackend.h).

#include "providers/httpclient.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkRequest>
#include <QPointer>

#include <memory>

class QNetworkReply;
class QTimer;

namespace tl {

class QnamHttpClient final : public HttpClient
{
    Q_DISABLE_COPY_MOVE(QnamHttpClient)

public:
    QnamHttpClient(QNetworkAccessManager *network, RetryPolicy policy, QObject *parent = nullptr);

    void get(const HttpRequest &request, Callback done) override;
    void cancel() override;
    bool isCancelled() const override { return m_cancelled; }
    int requestCount() const override { return m_requests; }
    const RetryPolicy &policy() const override { return m_policy; }

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

}   // namespace tl
