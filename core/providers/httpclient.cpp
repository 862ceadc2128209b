#include "httpclient.h"

#include "net/netbackend.h"

#include <QTimer>

namespace tl {

namespace {

// Without the network module every request fails, later (from the event loop, as a real one
// would), with the reason it could not be loaded.
class UnavailableHttpClient final : public HttpClient
{
public:
    UnavailableHttpClient(QString reason, RetryPolicy policy, QObject *parent)
        : HttpClient(parent)
        , m_reason(std::move(reason))
        , m_policy(policy)
    {}

    void get(const HttpRequest &, Callback done) override
    {
        ++m_requests;
        QTimer::singleShot(0, this, [this, done = std::move(done)] {
            Response r;
            r.error = m_cancelled ? ProviderError{ProviderError::Kind::Cancelled, QStringLiteral("Cancelled."), 0, -1}
                                  : ProviderError{ProviderError::Kind::Transient, m_reason, 0, -1};
            r.attempts = 1;
            done(std::move(r));
        });
    }
    void cancel() override { m_cancelled = true; }
    bool isCancelled() const override { return m_cancelled; }
    int requestCount() const override { return m_requests; }
    const RetryPolicy &policy() const override { return m_policy; }

private:
    QString m_reason;
    RetryPolicy m_policy;
    bool m_cancelled = false;
    int m_requests = 0;
};

}   // namespace

HttpClient *HttpClient::create(QNetworkAccessManager *network, RetryPolicy policy, QObject *parent)
{
    QString error;
    const NetBackend *backend = net::backend(&error);
    if (backend && network)
        return backend->newHttpClient(network, policy, parent);
    if (backend)
        error = QStringLiteral("no network to send the request over");
    return new UnavailableHttpClient(error, policy, parent);
}

}   // namespace tl
