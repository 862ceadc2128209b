#include "secretstore.h"

#include "net/netbackend.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#if TOKENLEDGER_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

#include <memory>

namespace tl {

namespace {

QString lockedMessage()
{
    return QCoreApplication::translate("tl::SecretStore",
                                       "The system keychain is locked. Unlock it (log in to your desktop session, or "
                                       "open your keyring manager) and try again.");
}

SecretStore::Result fromAnswer(const KeychainAnswer &answer)
{
    SecretStore::Result r;
    using E = KeychainAnswer::Error;
    switch (answer.error) {
    case E::None:
        r.status = SecretStore::Status::Ok;
        r.secret = answer.text;
        return r;
    case E::EntryNotFound:
        r.status = SecretStore::Status::NotFound;
        r.message = QCoreApplication::translate("tl::SecretStore", "No API key is stored for this account.");
        return r;
    case E::NoBackendAvailable:
    case E::NotImplemented:
        r.status = SecretStore::Status::NoBackend;
        r.message = QCoreApplication::translate(
            "tl::SecretStore",
            "No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet), so "
            "the key was not stored. TokenLedger never keeps keys anywhere else; for headless use, set the account's "
            "TOKENLEDGER_API_KEY_<key reference> environment variable when syncing (tokenledger accounts list shows "
            "it).");
        return r;
    case E::AccessDenied:
    case E::AccessDeniedByUser:
        r.status = SecretStore::Status::Denied;
        r.message = QCoreApplication::translate("tl::SecretStore", "The system keychain refused access.");
        return r;
    case E::CouldNotDeleteEntry:
    case E::Other:
        break;
    }
    r.status = SecretStore::Status::Failed;
    // QtKeychain's messages describe the backend failure; they never include the secret.
    r.message =
        QCoreApplication::translate("tl::SecretStore", "The system keychain failed: %1").arg(answer.errorString);
    return r;
}

// What a blocking wait shares with the callback it hands out. The callback may run after the
// wait gave up (a keychain answering late): it then finds `finished` set and drops the answer,
// instead of writing into the stack frame of a function that has returned.
struct WaitState
{
    SecretStore::Result result;
    bool finished = false;
    QEventLoop *loop = nullptr;
};

SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &start, int timeoutMs)
{
    auto state = std::make_shared<WaitState>();
    state->result.status = SecretStore::Status::TimedOut;
    state->result.message =
        QCoreApplication::translate("tl::SecretStore", "The system keychain did not answer within %1 s.")
            .arg(std::max(1, timeoutMs / 1000));
    QEventLoop loop;
    state->loop = &loop;
    start([state](SecretStore::Result r) {
        if (state->finished)
            return;   // too late: the waiter has gone
        state->result = std::move(r);
        state->finished = true;
        if (state->loop)
            state->loop->quit();
    });
    if (!state->finished) {
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec();
    }
    state->loop = nullptr;
    state->finished = true;   // from now on a late answer is dropped
    return state->result;
}

}   // namespace

QString SecretStore::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("stored");
    case Status::NotFound:
        return QStringLiteral("missing");
    case Status::NoBackend:
        return QStringLiteral("keychain unavailable");
    case Status::Locked:
        return QStringLiteral("keychain locked");
    case Status::Denied:
        return QStringLiteral("keychain refused");
    case Status::TimedOut:
        return QStringLiteral("keychain not answering");
    case Status::WrongHost:
        return QStringLiteral("stored for another address");
    case Status::Failed:
        break;
    }
    return QStringLiteral("keychain failed");
}

SecretStore::Result SecretStore::readNow(const QString &entry, int timeoutMs)
{
    QPointer<SecretStore> self(this);
    return wait([self, entry](Callback done) { self->read(entry, std::move(done)); }, timeoutMs);
}

SecretStore::Result SecretStore::writeNow(const QString &entry, const QString &secret, int timeoutMs)
{
    QPointer<SecretStore> self(this);
    return wait([self, entry, secret](Callback done) { self->write(entry, secret, std::move(done)); }, timeoutMs);
}

SecretStore::Result SecretStore::removeNow(const QString &entry, int timeoutMs)
{
    QPointer<SecretStore> self(this);
    return wait([self, entry](Callback done) { self->remove(entry, std::move(done)); }, timeoutMs);
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

void KeychainSecretStore::checkLocked(Result result, Callback done)
{
#if TOKENLEDGER_HAVE_DBUS
    // The Secret Service's default collection says whether it is locked. Asynchronous: this
    // may run on the UI thread.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(std::move(result));
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    call << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [result = std::move(result), done = std::move(done)](QDBusPendingCallWatcher *w) mutable {
                const QDBusPendingReply<QDBusVariant> reply = *w;
                w->deleteLater();
                if (reply.isValid() && reply.value().variant().toBool()) {
                    result.status = Status::Locked;
                    result.message = lockedMessage();
                }
                done(std::move(result));
            });
#else
    done(std::move(result));
#endif
}

void KeychainSecretStore::job(KeychainOp op, const QString &entry, const QString &secret,
                              std::function<void(Result)> done)
{
    QString error;
    const NetBackend *backend = net::backend(&error);
    if (!backend) {
        // Later, from the event loop, as the keychain's own answers come.
        QTimer::singleShot(0, this, [error, done = std::move(done)] { done(Result{Status::NoBackend, error, {}}); });
        return;
    }
    backend->keychainJob(op, m_service, entry, secret, this,
                         [done = std::move(done)](KeychainAnswer answer) { done(fromAnswer(answer)); });
}

void KeychainSecretStore::read(const QString &entry, Callback done)
{
    job(KeychainOp::Read, entry, {}, [this, done = std::move(done)](Result r) mutable {
        if (r.status == Status::NotFound || r.status == Status::Denied)
            checkLocked(std::move(r), std::move(done));
        else
            done(std::move(r));
    });
}

void KeychainSecretStore::write(const QString &entry, const QString &secret, Callback done)
{
    job(KeychainOp::Write, entry, secret, [this, done = std::move(done)](Result r) mutable {
        if (r.status == Status::Denied)
            checkLocked(std::move(r), std::move(done));
        else
            done(std::move(r));
    });
}

void KeychainSecretStore::remove(const QString &entry, Callback done)
{
    job(KeychainOp::Remove, entry, {}, [this, done = std::move(done)](Result r) mutable {
        // A locked Secret Service "deletes" nothing and says so as success or "not found": ask it
        // whether it is locked before calling the key gone.
        checkLocked(std::move(r), [done = std::move(done)](Result checked) {
            done(checked.status == Status::NotFound ? Result{} : std::move(checked));
        });
    });
}

std::optional<SecretStore::Result> MemorySecretStore::refusal() const
{
    if (m_unavailable)
        return Result{
            Status::NoBackend, QCoreApplication::translate("tl::SecretStore", "No system keychain is available."), {}};
    if (m_locked)
        return Result{Status::Locked, lockedMessage(), {}};
    return std::nullopt;
}

void MemorySecretStore::answer(Callback done, Result result)
{
    if (m_delayMs < 0) {
        done(std::move(result));
        return;
    }
    QTimer::singleShot(m_delayMs, this,
                       [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
}

void MemorySecretStore::read(const QString &entry, Callback done)
{
    Result r;
    if (const auto refused = refusal()) {
        r = *refused;
    } else if (!m_secrets.contains(entry)) {
        r.status = Status::NotFound;
        r.message = QCoreApplication::translate("tl::SecretStore", "No API key is stored for this account.");
    } else {
        r.secret = m_secrets.value(entry);
    }
    answer(std::move(done), std::move(r));
}

void MemorySecretStore::write(const QString &entry, const QString &secret, Callback done)
{
    Result r;
    if (const auto refused = refusal())
        r = *refused;
    else
        m_secrets.insert(entry, secret);
    answer(std::move(done), std::move(r));
}

void MemorySecretStore::remove(const QString &entry, Callback done)
{
    Result r;
    if (const auto refused = refusal())
        r = *refused;
    else
        m_secrets.remove(entry);
    answer(std::move(done), std::move(r));
}

}   // namespace tl
