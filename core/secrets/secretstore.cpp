#include "secretstore.h"

#include <QEventLoop>
#include <QHash>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace tl {

namespace {

SecretStore::Result fromJob(const QKeychain::Job &job)
{
    SecretStore::Result r;
    switch (job.error()) {
    case QKeychain::NoError:
        r.status = SecretStore::Status::Ok;
        return r;
    case QKeychain::EntryNotFound:
        r.status = SecretStore::Status::NotFound;
        r.message = QStringLiteral("No API key is stored for this account.");
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = SecretStore::Status::NoBackend;
        r.message = QStringLiteral(
            "No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet), so "
            "the key was not stored. TokenLedger never keeps keys anywhere else; for headless use, set "
            "the TOKENLEDGER_API_KEY_<account id> environment variable when syncing.");
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = SecretStore::Status::Denied;
        r.message = QStringLiteral("The system keychain refused access (it may be locked).");
        return r;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    r.status = SecretStore::Status::Failed;
    // QtKeychain's messages describe the backend failure; they never include the secret.
    r.message = QStringLiteral("The system keychain failed: %1").arg(job.errorString());
    return r;
}

SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &start)
{
    SecretStore::Result result;
    result.status = SecretStore::Status::Failed;
    result.message = QStringLiteral("The system keychain did not answer in time.");
    QEventLoop loop;
    bool finished = false;
    start([&](SecretStore::Result r) {
        result = std::move(r);
        finished = true;
        loop.quit();
    });
    if (!finished) {
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

}   // namespace

QString SecretStore::entryName(qint64 accountId)
{
    return QStringLiteral("account-%1").arg(accountId);
}

SecretStore::Result SecretStore::readNow(qint64 accountId)
{
    return wait([&](Callback done) { read(accountId, std::move(done)); });
}

SecretStore::Result SecretStore::writeNow(qint64 accountId, const QString &secret)
{
    return wait([&](Callback done) { write(accountId, secret, std::move(done)); });
}

SecretStore::Result SecretStore::removeNow(qint64 accountId)
{
    return wait([&](Callback done) { remove(accountId, std::move(done)); });
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

void KeychainSecretStore::read(qint64 accountId, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(entryName(accountId));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        Result r = fromJob(*finished);
        if (r.status == Status::Ok)
            r.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        done(std::move(r));
    });
    job->start();
}

void KeychainSecretStore::write(qint64 accountId, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(entryName(accountId));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) { done(fromJob(*finished)); });
    job->start();
}

void KeychainSecretStore::remove(qint64 accountId, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(entryName(accountId));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        Result r = fromJob(*finished);
        if (r.status == Status::NotFound)
            r = Result{};   // nothing to delete is success
        done(std::move(r));
    });
    job->start();
}

void MemorySecretStore::read(qint64 accountId, Callback done)
{
    Result r;
    if (m_unavailable) {
        r.status = Status::NoBackend;
        r.message = QStringLiteral("No system keychain is available.");
    } else if (!m_secrets.contains(accountId)) {
        r.status = Status::NotFound;
        r.message = QStringLiteral("No API key is stored for this account.");
    } else {
        r.secret = m_secrets.value(accountId);
    }
    done(std::move(r));
}

void MemorySecretStore::write(qint64 accountId, const QString &secret, Callback done)
{
    Result r;
    if (m_unavailable) {
        r.status = Status::NoBackend;
        r.message = QStringLiteral("No system keychain is available.");
    } else {
        m_secrets.insert(accountId, secret);
    }
    done(std::move(r));
}

void MemorySecretStore::remove(qint64 accountId, Callback done)
{
    m_secrets.remove(accountId);
    done(Result{});
}

QString keyEnvironmentVariable(qint64 accountId)
{
    return QStringLiteral("TOKENLEDGER_API_KEY_%1").arg(accountId);
}

SecretStore::Result keyForAccount(SecretStore &store, qint64 accountId)
{
    const QString fromEnvironment = qEnvironmentVariable(qPrintable(keyEnvironmentVariable(accountId)));
    if (!fromEnvironment.isEmpty()) {
        SecretStore::Result r;
        r.secret = fromEnvironment;
        return r;
    }
    return store.readNow(accountId);
}

}   // namespace tl
