#include "provideradapter.h"

#include "common/exactjson.h"
#include "providercatalog.h"
#include "version.h"

#include <QJsonDocument>

namespace tl {

ProviderAdapter::ProviderAdapter(const Account &account, QString key, QNetworkAccessManager *network,
                                 RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_key(std::move(key))
    , m_http(HttpClient::create(network, policy, this))
{}

QUrl ProviderAdapter::endpoint(const QString &path, const QUrlQuery &query) const
{
    QString base = m_account.baseUrl.isEmpty() ? defaultBaseUrl(m_account.provider) : m_account.baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QUrl url(base + path);
    url.setQuery(query);
    return url;
}

HttpRequest ProviderAdapter::request(const QUrl &url) const
{
    HttpRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
    r.setRawHeader("Accept", "application/json");
    r.setRawHeader("User-Agent", "TokenLedger/" TOKENLEDGER_VERSION);
    return r;
}

void ProviderAdapter::getJson(const QUrl &url, std::function<void(ProviderError, QJsonObject)> done)
{
    m_http->get(request(url), [this, done = std::move(done)](HttpClient::Response response) {
        if (!response.error.ok()) {
            done(explain(response.error), {});
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = parseJsonExact(response.body, &parseError);
        if (doc.isNull() || !doc.isObject()) {
            done({ProviderError::Kind::BadPayload,
                  doc.isNull()
                      ? QStringLiteral("The provider's answer is not valid JSON (%1).").arg(parseError.errorString())
                      : QStringLiteral("The provider's answer is not a JSON object."),
                  response.status, -1},
                 {});
            return;
        }
        done({}, doc.object());
    });
}

void ProviderAdapter::getPages(const QString &path, const QUrlQuery &query,
                               std::function<bool(const QJsonObject &, QString *)> onPage,
                               std::function<void(ProviderError)> done, QString previousCursor, int pagesSoFar)
{
    const int maxPages = m_http->policy().maxPages;
    if (pagesSoFar >= maxPages) {
        done({ProviderError::Kind::BadPayload,
              QStringLiteral("%1 kept announcing more pages after %2 of them; TokenLedger stopped there and stored "
                             "nothing of this account's answer.")
                  .arg(path)
                  .arg(maxPages),
              200, -1});
        return;
    }
    QUrlQuery pageQuery = query;
    if (!previousCursor.isEmpty())
        pageQuery.addQueryItem(QStringLiteral("page"), previousCursor);
    getJson(endpoint(path, pageQuery), [=, this](ProviderError error, QJsonObject page) {
        if (!error.ok()) {
            done(error);
            return;
        }
        const auto bad = [&](const QString &detail) {
            done({ProviderError::Kind::BadPayload, QStringLiteral("Unexpected answer from %1: %2").arg(path, detail),
                  200, -1});
        };
        if (!page.value(QStringLiteral("data")).isArray())
            return bad(QStringLiteral("\"data\" is not a list"));
        QString problem;
        if (!onPage(page, &problem))
            return bad(problem);
        const QJsonValue hasMore = page.value(QStringLiteral("has_more"));
        if (!hasMore.isBool() && !hasMore.isUndefined() && !hasMore.isNull())
            return bad(QStringLiteral("\"has_more\" is not true or false"));
        if (!hasMore.toBool(false)) {
            done({});
            return;
        }
        const QString cursor = page.value(QStringLiteral("next_page")).toString();
        if (cursor.isEmpty() || cursor == previousCursor)
            return bad(QStringLiteral("more pages announced without a new \"next_page\" cursor"));
        getPages(path, query, onPage, done, cursor, pagesSoFar + 1);
    });
}

void ProviderAdapter::passUsage(FetchResult &out)
{
    if (m_usageSink && !out.usage.isEmpty()) {
        m_usageSink(out.usage);
        out.usage.clear();
    }
}

ProviderError ProviderAdapter::explain(ProviderError error) const
{
    if (error.kind == ProviderError::Kind::Unauthorized || error.kind == ProviderError::Kind::Forbidden) {
        if (const ProviderInfo *info = providerInfo(m_account.provider))
            error.message = QStringLiteral("The key was refused. Needed: %1 (%2)").arg(info->keyHelp, error.message);
    }
    return error;
}

qint64 countField(const QJsonObject &object, const QString &key, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return 0;
    const auto n = exactInteger(value);
    if (!n || *n < 0) {
        if (error && error->isEmpty())
            *error = QStringLiteral("\"%1\" is not a non-negative whole number").arg(key);
        return 0;
    }
    return *n;
}

QString textField(const QJsonObject &object, const QString &key, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        if (error && error->isEmpty())
            *error = QStringLiteral("\"%1\" is not text").arg(key);
        return {};
    }
    return value.toString();
}

}   // namespace tl
