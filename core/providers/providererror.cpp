#include "providererror.h"

#include "httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tl {

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
    case Kind::Redirected:
        return QStringLiteral("redirected");
    case Kind::TooLarge:
        return QStringLiteral("too_large");
    case Kind::TimedOut:
        return QStringLiteral("timed_out");
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

}   // namespace tl
