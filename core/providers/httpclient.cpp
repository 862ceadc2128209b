#include "httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace tl {

Q_LOGGING_CATEGORY(lcHttp, "tl.providers.http", QtInfoMsg)

QString ProviderError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Transient:
        return QStringLiteral("transient");
    case Kind::BadPayload:
        return QStringLiteral("bad_payload");
    case Kind::NotSupported:
        return QStringLiteral("not_supported");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString providerErrorMessage(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value(QStringLiteral("error"));
    QString message;
    if (error.isObject())
        message = error.toObject().value(QStringLiteral("message")).toString();
    else if (error.isString())
        message = error.toString();
    if (message.isEmpty())
        message = root.value(QStringLiteral("message")).toString();
    return message.left(300);
}

HttpClient::HttpClient(QNetworkAccessManager *network, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_policy(policy)
{}

void HttpClient::cancel()
{
    m_cancelled = true;
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->abort();
    }
}

void HttpClient::get(const QNetworkRequest &request, Callback done)
{
    attempt(request, std::move(done), 1);
}

void HttpClient::attempt(QNetworkRequest request, Callback done, int attemptNumber)
{
    if (m_cancelled) {
        Response r;
        r.error = {ProviderError::Kind::Cancelled, QStringLiteral("Cancelled."), 0, -1};
        r.attempts = attemptNumber - 1;
        done(std::move(r));
        return;
    }
    // Keep a minimum interval between requests to one provider.
    if (m_lastRequest.isValid() && m_lastRequest.elapsed() < m_policy.minIntervalMs) {
        const int wait = int(m_policy.minIntervalMs - m_lastRequest.elapsed());
        QTimer::singleShot(wait, this, [this, request, done = std::move(done), attemptNumber]() mutable {
            attempt(std::move(request), std::move(done), attemptNumber);
        });
        return;
    }
    m_lastRequest.start();
    ++m_requests;
    request.setTransferTimeout(m_policy.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    m_inFlight.append(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, request, done = std::move(done), attemptNumber]() mutable {
                finished(reply, request, std::move(done), attemptNumber);
            });
}

void HttpClient::finished(QNetworkReply *reply, const QNetworkRequest &request, Callback done, int attemptNumber)
{
    reply->deleteLater();
    m_inFlight.removeAll(reply);
    Response r;
    r.attempts = attemptNumber;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError networkError = reply->error();
    // Paths only: a URL's query never carries a key here, but the host and path are enough.
    qCDebug(lcHttp) << "GET" << request.url().path() << "->" << r.status << networkError;

    using Kind = ProviderError::Kind;
    if (m_cancelled) {
        r.error = {Kind::Cancelled, QStringLiteral("Cancelled."), r.status, -1};
    } else if (r.status == 0) {
        const bool timedOut =
            networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError;
        r.error = {Kind::Transient,
                   timedOut ? QStringLiteral("The provider did not answer within %1 s.").arg(m_policy.timeoutMs / 1000)
                            : QStringLiteral("Network error: %1").arg(reply->errorString()),
                   0, -1};
    } else if (r.status >= 200 && r.status < 300) {
        r.error = {};
    } else {
        const QString detail = providerErrorMessage(r.body);
        const QString suffix = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
        if (r.status == 401) {
            r.error = {Kind::Unauthorized, QStringLiteral("The provider rejected the key (HTTP 401)") + suffix, 401,
                       -1};
        } else if (r.status == 403) {
            r.error = {Kind::Forbidden, QStringLiteral("The key is not allowed to do this (HTTP 403)") + suffix, 403,
                       -1};
        } else if (r.status == 404) {
            r.error = {Kind::NotFound, QStringLiteral("Not found (HTTP 404): check the base URL") + suffix, 404, -1};
        } else if (r.status == 429) {
            bool ok = false;
            const int retryAfter = QString::fromLatin1(reply->rawHeader("Retry-After")).trimmed().toInt(&ok);
            r.error = {Kind::RateLimited, QStringLiteral("Rate limited by the provider (HTTP 429)") + suffix, 429,
                       ok && retryAfter >= 0 ? retryAfter : -1};
        } else if (r.status >= 500) {
            r.error = {Kind::Transient,
                       QStringLiteral("The provider had a server error (HTTP %1)").arg(r.status) + suffix, r.status,
                       -1};
        } else {
            r.error = {Kind::BadPayload,
                       QStringLiteral("The provider refused the request (HTTP %1)").arg(r.status) + suffix, r.status,
                       -1};
        }
    }

    if (r.error.retryable() && attemptNumber < m_policy.attempts) {
        qint64 delay = qint64(m_policy.baseDelayMs) << (attemptNumber - 1);
        if (r.error.retryAfterSeconds >= 0)
            delay = std::max<qint64>(delay, qint64(r.error.retryAfterSeconds) * 1000);
        delay = std::min<qint64>(delay, m_policy.maxDelayMs);
        qCDebug(lcHttp) << "retrying in" << delay << "ms";
        QTimer::singleShot(int(delay), this, [this, request, done = std::move(done), attemptNumber]() mutable {
            attempt(request, std::move(done), attemptNumber + 1);
        });
        return;
    }
    done(std::move(r));
}

}   // namespace tl
