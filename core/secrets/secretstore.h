#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace tl {

// Where API keys live: the OS keychain and nowhere else. Asynchronous like the keychains
// behind it; one entry per account. A missing entry means "no key set".
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,
        NotFound,    // no key stored for this account
        NoBackend,   // no keychain service is available: nothing was stored
        Denied,      // the keychain refused (locked, user cancelled)
        Failed,
    };
    struct Result
    {
        Status status = Status::Ok;
        QString message;   // for people; never contains the key
        QString secret;    // only for a successful read
    };
    using Callback = std::function<void(Result)>;

    using QObject::QObject;

    virtual void read(qint64 accountId, Callback done) = 0;
    virtual void write(qint64 accountId, const QString &secret, Callback done) = 0;
    virtual void remove(qint64 accountId, Callback done) = 0;

    // Blocking helpers for the command line (they spin a local event loop).
    Result readNow(qint64 accountId);
    Result writeNow(qint64 accountId, const QString &secret);
    Result removeNow(qint64 accountId);

    // The keychain entry name of an account.
    static QString entryName(qint64 accountId);
};

// The real store: QtKeychain (Secret Service, macOS Keychain, Windows Credential Manager),
// service = the application id, no insecure fallback ever.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    void read(qint64 accountId, Callback done) override;
    void write(qint64 accountId, const QString &secret, Callback done) override;
    void remove(qint64 accountId, Callback done) override;

private:
    QString m_service;
};

// In memory, for unit tests in addition to the real keychain tests.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(qint64 accountId, Callback done) override;
    void write(qint64 accountId, const QString &secret, Callback done) override;
    void remove(qint64 accountId, Callback done) override;
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }

private:
    QHash<qint64, QString> m_secrets;
    bool m_unavailable = false;
};

// The key to use for an account at sync time: TOKENLEDGER_API_KEY_<ID> from the environment
// when set (headless use without a keychain; read, never stored), else the keychain.
SecretStore::Result keyForAccount(SecretStore &store, qint64 accountId);
QString keyEnvironmentVariable(qint64 accountId);

}   // namespace tl
