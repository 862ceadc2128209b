#pragma once

// The network module: QtNetwork and QtKeychain behind a small interface, in a library of its own
// (libtokenledger-net) that is loaded when it is first needed — a sync, a connection test, a key
// read or written — not when the program starts. Loading QtNetwork, QtKeychain and what they pull
// in (Kerberos, libproxy, …) cost the window ~2 ms before its first paint (issue 15) for code the
// first paint never runs.
//
// Executables that link the module (the tests, the benchmark) find it in the process; the app and
// the command line load it from the program's lib/tokenledger/modules (lib/tokenledger as built). When it cannot be
// loaded, every request and keychain call fails with a clear reason instead of the program
// failing to start.

#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QObject;

namespace tl {

class HttpClient;
struct RetryPolicy;

// What a keychain job answered (QtKeychain's error codes).
struct KeychainAnswer
{
    enum class Error
    {
        None,
        EntryNotFound,
        CouldNotDeleteEntry,
        AccessDeniedByUser,
        AccessDenied,
        NoBackendAvailable,
        NotImplemented,
        Other,
    };
    Error error = Error::None;
    QString errorString;   // the backend's words; never the secret
    QString text;          // a read's secret
};

enum class KeychainOp
{
    Read,
    Write,
    Remove,
};

class NetBackend
{
public:
    // A QNetworkAccessManager owned by `parent` (or by the caller, through a QObject pointer).
    virtual QNetworkAccessManager *newNetwork(QObject *parent) const = 0;
    virtual HttpClient *newHttpClient(QNetworkAccessManager *network, const RetryPolicy &policy,
                                      QObject *parent) const = 0;
    // Runs one job of the system keychain (no insecure fallback, ever) and calls `done` from
    // `context`'s thread when it ends; nothing is called once `context` is gone.
    virtual void keychainJob(KeychainOp op, const QString &service, const QString &entry, const QString &secret,
                             QObject *context, std::function<void(KeychainAnswer)> done) const = 0;

protected:
    ~NetBackend() = default;
};

namespace net {

// The module, loaded on the first call (any thread, once the application exists); nullptr when
// it cannot be, with a sentence saying so in `error` and the loader's own words in `problem`.
const NetBackend *backend(QString *error = nullptr, QString *problem = nullptr);

// A QNetworkAccessManager from the module, owned by `parent`; nullptr (and `error`) without it.
QNetworkAccessManager *newNetwork(QObject *parent, QString *error = nullptr);

}   // namespace net

}   // namespace tl

// The module's two exported functions: the interface it was built with (TOKENLEDGER_NET_BUILD in
// version.h), checked first, and its NetBackend.
#define TOKENLEDGER_NET_BUILD_ENTRY "tokenledger_net_build"
#define TOKENLEDGER_NET_ENTRY "tokenledger_net_backend"
