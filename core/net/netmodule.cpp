// libtokenledger-net: the NetBackend (netbackend.h) over QtNetwork and QtKeychain.

#include "netbackend.h"
#include "qnamhttpclient.h"

#include "version.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace tl {

namespace {

KeychainAnswer::Error errorOf(QKeychain::Error error)
{
    using E = KeychainAnswer::Error;
    switch (error) {
    case QKeychain::NoError:
        return E::None;
    case QKeychain::EntryNotFound:
        return E::EntryNotFound;
    case QKeychain::CouldNotDeleteEntry:
        return E::CouldNotDeleteEntry;
    case QKeychain::AccessDeniedByUser:
        return E::AccessDeniedByUser;
    case QKeychain::AccessDenied:
        return E::AccessDenied;
    case QKeychain::NoBackendAvailable:
        return E::NoBackendAvailable;
    case QKeychain::NotImplemented:
        return E::NotImplemented;
    case QKeychain::OtherError:
        break;
    }
    return E::Other;
}

class Backend final : public NetBackend
{
public:
    QNetworkAccessManager *newNetwork(QObject *parent) const override { return new QNetworkAccessManager(parent); }

    HttpClient *newHttpClient(QNetworkAccessManager *network, const RetryPolicy &policy, QObject *parent) const override
    {
        return new QnamHttpClient(network, policy, parent);
    }

    void keychainJob(KeychainOp op, const QString &service, const QString &entry, const QString &secret,
                     QObject *context, std::function<void(KeychainAnswer)> done) const override
    {
        QKeychain::Job *job = nullptr;
        switch (op) {
        case KeychainOp::Read:
            job = new QKeychain::ReadPasswordJob(service, context);
            break;
        case KeychainOp::Write: {
            auto *write = new QKeychain::WritePasswordJob(service, context);
            write->setTextData(secret);
            job = write;
            break;
        }
        case KeychainOp::Remove:
            job = new QKeychain::DeletePasswordJob(service, context);
            break;
        }
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        job->setKey(entry);
        QObject::connect(job, &QKeychain::Job::finished, context,
                         [op, done = std::move(done)](QKeychain::Job *finished) {
                             KeychainAnswer answer;
                             answer.error = errorOf(finished->error());
                             if (answer.error != KeychainAnswer::Error::None)
                                 answer.errorString = finished->errorString();
                             else if (op == KeychainOp::Read)
                                 answer.text = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                             done(std::move(answer));
                         });
        job->start();
    }
};

}   // namespace

}   // namespace tl

extern "C" Q_DECL_EXPORT const char *tokenledger_net_build()
{
    return TOKENLEDGER_NET_BUILD;
}

extern "C" Q_DECL_EXPORT const tl::NetBackend *tokenledger_net_backend()
{
    static const tl::Backend backend;
    return &backend;
}
