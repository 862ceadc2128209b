#include "qnamhttpclient.h"

#include "common/origins.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace tl {

Q_LOGGING_CATEGORY(lcHttp, "tl.providers.http", QtInfoMsg)

namespace {

// Qt keeps at most this much of an answer buffered before we read it; we read as it arrives.
constexpr qint64 ReadBufferBytes = 256 * 1024;

QString mebibytes(qint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', bytes % (1024 * 1024) ? 1 : 0);
}

// The secrets a request carries (the account's key, in whichever header its provider wants it).
QStringList secretsOf(const QNetworkRequest &request)
{
    QStringList secrets;
    for (const char *header : {"Authorization", "x-api-key", "x-goog-api-key", "api-key"}) {
        QString value = QString::fromUtf8(request.rawHeader(header)).trimmed();
        if (value.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive) ||
            value.startsWith(QLatin1String("Basic "), Qt::CaseInsensitive))
            value = value.mid(value.indexOf(QLatin1Char(' ')) + 1).trimmed();
        if (!value.isEmpty())
            secrets << value;
    }
    return secrets;
}

// `text` (a provider's own error message) without the key the request carried: some providers
// and proxies repeat it ("Incorrect API key provided: sk-…"), and the message is shown, logged
// and stored with the sync run. A word of eight characters or more (letters, digits, '-' and '_',
// what keys are made of) that is part of the key — a shortened echo, "sk-proj-abcd****" — goes too.
QString withoutSecrets(QString text, const QStringList &secrets)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z0-9_-]{8,}"));
    for (const QString &secret : secrets) {
        if (secret.size() < 8)
            continue;
        text.replace(secret, QStringLiteral("[key hidden]"));
        QString out;
        qsizetype at = 0;
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (!secret.contains(m.captured()))
                continue;
            out += text.mid(at, m.capturedStart() - at) + QStringLiteral("[key hidden]");
            at = m.capturedEnd();
        }
        text = out + text.mid(at);
    }
    return text;
}

}   // namespace

// What one attempt collects while its reply runs.
struct QnamHttpClient::Attempt
{
    QByteArray body;
    bool tooLarge = false;
    bool deadlinePassed = false;
    QTimer *deadline = nullptr;
};

QnamHttpClient::QnamHttpClient(QNetworkAccessManager *network, RetryPolicy policy, QObject *parent)
    : HttpClient(parent)
    , m_network(network)
    , m_policy(policy)
{}

void QnamHttpClient::cancel()
{
    m_cancelled = true;
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->abort();
    }
    // A retry's backoff can last a minute: end every wait now, so the request reports itself
    // cancelled at once instead of when its wait is over.
    for (const QPointer<QTimer> &wait : std::as_const(m_waits)) {
        if (wait && wait->isActive())
            wait->start(0);
    }
}

void QnamHttpClient::after(int ms, std::function<void()> then)
{
    auto *wait = new QTimer(this);
    wait->setSingleShot(true);
    m_waits.append(wait);
    connect(wait, &QTimer::timeout, this, [this, wait, then = std::move(then)] {
        m_waits.removeAll(wait);
        wait->deleteLater();
        then();
    });
    wait->start(ms);
}

void QnamHttpClient::get(const HttpRequest &request, Callback done)
{
    QNetworkRequest r(request.url);
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    attempt(std::move(r), std::move(done), 1, 0);
}

void QnamHttpClient::attempt(QNetworkRequest request, Callback done, int attemptNumber, int redirects)
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
        after(wait, [this, request, done = std::move(done), attemptNumber, redirects]() mutable {
            attempt(std::move(request), std::move(done), attemptNumber, redirects);
        });
        return;
    }
    m_lastRequest.start();
    ++m_requests;
    request.setTransferTimeout(m_policy.timeoutMs);
    // Redirects are ours to judge (followRedirect): Qt's own policies would carry the
    // Authorization header to whatever host a redirect names.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    reply->setReadBufferSize(ReadBufferBytes);
    m_inFlight.append(reply);

    auto state = std::make_shared<Attempt>();
    state->deadline = new QTimer(reply);
    state->deadline->setSingleShot(true);
    connect(state->deadline, &QTimer::timeout, reply, [reply, state] {
        state->deadlinePassed = true;
        reply->abort();
    });
    state->deadline->start(m_policy.requestDeadlineMs);
    const qint64 limit = m_policy.maxBodyBytes;
    // Refuse an announced oversize answer at once, and any answer as soon as it grows past the
    // limit, so memory never holds more than the limit.
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, state, limit] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limit) {
            state->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, state, limit] {
        if (state->tooLarge)
            return;
        const QByteArray chunk = reply->readAll();
        if (state->body.size() + chunk.size() > limit) {
            state->tooLarge = true;
            state->body.clear();
            reply->abort();
            return;
        }
        state->body += chunk;
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, state, request, done = std::move(done), attemptNumber, redirects]() mutable {
                finished(reply, state, request, std::move(done), attemptNumber, redirects);
            });
}

bool QnamHttpClient::followRedirect(QNetworkReply *reply, const QNetworkRequest &request, Callback &done,
                                    int attemptNumber, int redirects, Response *response)
{
    using Kind = ProviderError::Kind;
    // The raw header: Qt's parsed LocationHeader drops relative addresses.
    const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location").trimmed(), QUrl::StrictMode);
    const QUrl target = request.url().resolved(location);
    if (location.isEmpty() || !location.isValid() || !target.isValid()) {
        response->error = {
            Kind::BadPayload,
            QStringLiteral("The provider answered HTTP %1 without a valid redirect address.").arg(response->status),
            response->status, -1};
        response->error.reason = QStringLiteral("redirect_invalid");
        return false;
    }
    if (originOf(target) != originOf(request.url())) {
        qCWarning(lcHttp).noquote() << "refused a redirect from" << originOf(request.url()) << "to" << originOf(target);
        response->error = {Kind::Redirected,
                           QStringLiteral("The provider redirected the request to another address (%1). TokenLedger "
                                          "sends a key only to the account's own address, so the sync stopped: "
                                          "check the account's base URL.")
                               .arg(originOf(target)),
                           response->status, -1};
        response->error.detail = originOf(target);
        response->error.reason = QStringLiteral("redirected");
        return false;
    }
    if (redirects >= m_policy.maxRedirects) {
        response->error = {Kind::BadPayload,
                           QStringLiteral("The provider redirected more than %1 times.").arg(m_policy.maxRedirects),
                           response->status, -1, QString::number(m_policy.maxRedirects)};
        response->error.reason = QStringLiteral("redirect_many");
        return false;
    }
    QNetworkRequest next = request;
    next.setUrl(target);
    attempt(std::move(next), std::move(done), attemptNumber, redirects + 1);
    return true;
}

void QnamHttpClient::finished(QNetworkReply *reply, const std::shared_ptr<Attempt> &state,
                              const QNetworkRequest &request, Callback done, int attemptNumber, int redirects)
{
    reply->deleteLater();
    state->deadline->stop();
    m_inFlight.removeAll(reply);
    Response r;
    r.attempts = attemptNumber;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!state->tooLarge && reply->isOpen())
        state->body += reply->readAll();
    r.body = std::move(state->body);
    const QNetworkReply::NetworkError networkError = reply->error();
    // Paths only: a URL's query never carries a key here, but the host and path are enough.
    qCDebug(lcHttp) << "GET" << request.url().path() << "->" << r.status << networkError;

    using Kind = ProviderError::Kind;
    const bool transportError = networkError != QNetworkReply::NoError && (r.status == 0 || r.status < 300);
    if (m_cancelled) {
        r.error = {Kind::Cancelled, QStringLiteral("Cancelled."), r.status, -1};
    } else if (state->tooLarge) {
        r.body.clear();
        r.error = {Kind::TooLarge,
                   QStringLiteral("The provider's answer is larger than %1, more than TokenLedger accepts; nothing of "
                                  "it was used.")
                       .arg(mebibytes(m_policy.maxBodyBytes)),
                   r.status, -1, mebibytes(m_policy.maxBodyBytes)};
        r.error.reason = QStringLiteral("too_large");
    } else if (state->deadlinePassed) {
        r.body.clear();
        r.error = {
            Kind::Transient,
            QStringLiteral("The provider's answer did not arrive within %1 s.").arg(m_policy.requestDeadlineMs / 1000),
            r.status, -1, QString::number(m_policy.requestDeadlineMs / 1000)};
        r.error.reason = QStringLiteral("deadline");
    } else if (transportError) {
        // A status line and part of a body is not an answer: nothing of it may become data.
        const bool idle =
            networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError;
        const QString what =
            idle ? QStringLiteral("the provider stopped answering for %1 s").arg(m_policy.timeoutMs / 1000)
                 : reply->errorString();
        r.body.clear();
        r.error = {
            Kind::Transient,
            r.status == 0
                ? (idle ? QStringLiteral("The provider did not answer within %1 s.").arg(m_policy.timeoutMs / 1000)
                        : QStringLiteral("Network error: %1").arg(what))
                : QStringLiteral("The provider's answer was cut off (%1); nothing of it was used.").arg(what),
            r.status, -1};
        r.error.reason = r.status == 0 ? (idle ? QStringLiteral("no_answer") : QStringLiteral("network"))
                                       : (idle ? QStringLiteral("stalled") : QStringLiteral("cut_off"));
        r.error.detail = idle ? QString::number(m_policy.timeoutMs / 1000) : reply->errorString();
    } else if (r.status >= 300 && r.status < 400) {
        if (followRedirect(reply, request, done, attemptNumber, redirects, &r))
            return;
    } else if (r.status >= 200 && r.status < 300) {
        r.error = {};
    } else {
        const QString detail = withoutSecrets(providerErrorMessage(r.body), secretsOf(request));
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
        r.error.detail = detail;
    }
    retryOrFinish(std::move(r), request, std::move(done), attemptNumber);
}

void QnamHttpClient::retryOrFinish(Response r, const QNetworkRequest &request, Callback done, int attemptNumber)
{
    if (r.error.retryable() && attemptNumber < m_policy.attempts && !m_cancelled) {
        qint64 delay = qint64(m_policy.baseDelayMs) << (attemptNumber - 1);
        if (r.error.retryAfterSeconds >= 0)
            delay = std::max<qint64>(delay, qint64(r.error.retryAfterSeconds) * 1000);
        delay = std::min<qint64>(delay, m_policy.maxDelayMs);
        qCDebug(lcHttp) << "retrying in" << delay << "ms";
        after(int(delay), [this, request, done = std::move(done), attemptNumber]() mutable {
            attempt(request, std::move(done), attemptNumber + 1, 0);
        });
        return;
    }
    done(std::move(r));
}

}   // namespace tl
