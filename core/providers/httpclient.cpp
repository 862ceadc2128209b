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
    // `moduleMissing`: the network module could not be loaded (its own sentence in the sync
    // history, SyncRunText); else no network manager was given.
    UnavailableHttpClient(QString reason, QString problem, bool moduleMissing, RetryPolicy policy, QObject *parent)
        : HttpClient(parent)
        , m_reason(std::move(reason))
        , m_problem(std::move(problem))
        , m_moduleMissing(moduleMissing)
        , m_policy(policy)
    {}

    void get(const HttpRequest &, Callback done) override
    {
        ++m_requests;
        QTimer::singleShot(0, this, [this, done = std::move(done)] {
            Response r;
            r.error = m_cancelled ? ProviderError{ProviderError::Kind::Cancelled, QStringLiteral("Cancelled."), 0, -1}
                                  : ProviderError{ProviderError::Kind::Transient, m_reason, 0, -1, m_problem};
            if (!m_cancelled && m_moduleMissing)
                r.error.reason = QStringLiteral("no_network_module");
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
    QString m_problem;
    bool m_moduleMissing = false;
    RetryPolicy m_policy;
    bool m_cancelled = false;
    int m_requests = 0;
};

}   // namespace

HttpClient *HttpClient::create(QNetworkAccessManager *network, RetryPolicy policy, QObject *parent)
{
    QString error;
    QString problem;
    const NetBackend *backend = net::backend(&error, &problem);
    if (backend && network)
        return backend->newHttpClient(network, policy, parent);
    if (backend) {
        problem = QStringLiteral("no network manager was given");
        error = QStringLiteral("No network to send the request over (%1).").arg(problem);
    }
    return new UnavailableHttpClient(error, problem, !backend, policy, parent);
}

}   // namespace tl
