#include "origins.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace tl {

QString originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1);
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host().toLower()).arg(port);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString baseUrlProblem(const QString &text, bool allowInsecureHttp)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http"))
        return QCoreApplication::translate("tl::Origins", "\"%1\" is not an http(s) URL").arg(text);
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("tl::Origins",
                                           "\"%1\" carries a user name or password; give the key separately")
            .arg(text);
    if (url.scheme() == u"http" && !isLoopbackHost(url.host()) && !allowInsecureHttp)
        return QCoreApplication::translate("tl::Origins",
                                           "\"%1\" is plain http to another machine: the key would cross the network "
                                           "unencrypted. Use https, or allow insecure http explicitly")
            .arg(text);
    return {};
}

}   // namespace tl
