#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

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

SecretStore::Result fromJob(const QKeychain::Job &job)
{
    SecretStore::Result r;
    switch (job.error()) {
    case QKeychain::NoError:
        r.status = SecretStore::Status::Ok;
        return r;
    case QKeychain::EntryNotFound:
        r.status = SecretStore::Status::NotFound;
        r.message = QCoreApplication::translate("tl::SecretStore", "No API key is stored for this account.");
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = SecretStore::Status::NoBackend;
        r.message = QCoreApplication::translate(
            "tl::SecretStore",
            "No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet), so "
            "the key was not stored. TokenLedger never keeps keys anywhere else; for headless use, set the account's "
            "TOKENLEDGER_API_KEY_<key reference> environment variable when syncing (tokenledger accounts list shows "
            "it).");
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = SecretStore::Status::Denied;
        r.message = QCoreApplication::translate("tl::SecretStore", "The system keychain refused access.");
        return r;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    r.status = SecretStore::Status::Failed;
    // QtKeychain's messages describe the backend failure; they never include the secret.
    r.message = QCoreApplication::translate("tl::SecretStore", "The system keychain failed: %1").arg(job.errorString());
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

void KeychainSecretStore::read(const QString &entry, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job *finished) mutable {
        Result r = fromJob(*finished);
        if (r.status == Status::Ok)
            r.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        if (r.status == Status::NotFound || r.status == Status::Denied)
            checkLocked(std::move(r), std::move(done));
        else
            done(std::move(r));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &entry, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(entry);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job *finished) mutable {
        Result r = fromJob(*finished);
        if (r.status == Status::Denied)
            checkLocked(std::move(r), std::move(done));
        else
            done(std::move(r));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &entry, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job *finished) mutable {
        // A locked Secret Service "deletes" nothing and says so as success or "not found": ask it
        // whether it is locked before calling the key gone.
        checkLocked(fromJob(*finished), [done = std::move(done)](Result checked) {
            done(checked.status == Status::NotFound ? Result{} : std::move(checked));
        });
    });
    job->start();
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
