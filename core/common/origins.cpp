#include "origins.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#endif

#include <cstring>

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
    // By the address's bytes (not QHostAddress: QtNetwork is loaded only with the network module,
    // net/netbackend.h): 127.0.0.0/8, ::1, and 127.0.0.0/8 mapped into IPv6.
    QString text = host.trimmed();
    if (text.startsWith(u'[') && text.endsWith(u']'))
        text = text.mid(1, text.size() - 2);
    const QByteArray bytes = text.toLatin1();
    in_addr v4{};
    if (inet_pton(AF_INET, bytes.constData(), &v4) == 1)
        return reinterpret_cast<const unsigned char *>(&v4)[0] == 127;
    in6_addr v6{};
    if (inet_pton(AF_INET6, bytes.constData(), &v6) != 1)
        return false;
    static const unsigned char loopback[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    const auto *b = reinterpret_cast<const unsigned char *>(&v6);
    return std::memcmp(b, loopback, 16) == 0 || (std::memcmp(b, mapped, 12) == 0 && b[12] == 127);
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
