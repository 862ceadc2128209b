#pragma once

#include <QString>
#include <QUrl>

namespace tl {

// Where a request may go, as scheme://host:port (lower case, the port always written), so two
// addresses compare equal exactly when a browser would call them the same origin.
QString originOf(const QUrl &url);

// localhost, 127.0.0.0/8 and ::1: plain http to these never leaves the machine.
bool isLoopbackHost(const QString &host);

// Why `text` cannot be an account's base URL, or an empty string when it can: it must be an
// absolute http(s) address with a host; plain http only to a loopback host unless
// `allowInsecureHttp` (the user said so explicitly: the key would cross the network unencrypted).
QString baseUrlProblem(const QString &text, bool allowInsecureHttp);

}   // namespace tl
