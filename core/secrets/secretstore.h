#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace tl {

enum class KeychainOp;

// Where API keys live: the OS keychain and nowhere else. Asynchronous like the keychains
// behind it. Entries are addressed by name (accountkeys.h names an account's entry by the random
// key reference stored in its row); a missing entry means "no key set".
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,
        NotFound,    // no key stored under this name
        NoBackend,   // no keychain service is available: nothing was stored
        Locked,      // the keychain is locked: unlock it and try again
        Denied,      // the keychain refused (the user cancelled a prompt)
        TimedOut,    // the keychain did not answer in time
        WrongHost,   // the stored key belongs to another address than the account's (accountkeys.h)
        Failed,
    };
    struct Result
    {
        Status status = Status::Ok;
        QString message;   // for people; never contains the key
        QString secret;    // only for a successful read
    };
    using Callback = std::function<void(Result)>;

    // How long the blocking helpers wait for the keychain before giving up.
    static constexpr int DefaultTimeoutMs = 30'000;

    using QObject::QObject;

    virtual void read(const QString &entry, Callback done) = 0;
    virtual void write(const QString &entry, const QString &secret, Callback done) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString &entry, Callback done) = 0;

    // Blocking helpers for the command line and worker threads (they spin a local event loop;
    // never call them on the UI thread). After `timeoutMs` they return TimedOut; a reply that
    // arrives later is dropped safely.
    Result readNow(const QString &entry, int timeoutMs = DefaultTimeoutMs);
    Result writeNow(const QString &entry, const QString &secret, int timeoutMs = DefaultTimeoutMs);
    Result removeNow(const QString &entry, int timeoutMs = DefaultTimeoutMs);

    static QString statusName(Status status);   // "ok", "missing", "locked", ...
};

// The real store: QtKeychain (Secret Service, macOS Keychain, Windows Credential Manager),
// service = the application id, no insecure fallback ever.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    void read(const QString &entry, Callback done) override;
    void write(const QString &entry, const QString &secret, Callback done) override;
    void remove(const QString &entry, Callback done) override;

private:
    // QtKeychain reports a locked Secret Service as "not found" (reads) or "access denied"
    // (writes); asks the service itself, asynchronously, and corrects the answer.
    void checkLocked(Result result, Callback done);
    // One job of the keychain, through the network module (net/netbackend.h); without the module,
    // NoBackend with the reason.
    void job(KeychainOp op, const QString &entry, const QString &secret, std::function<void(Result)> done);

    QString m_service;
};

// In memory, for unit tests in addition to the real keychain tests.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString &entry, Callback done) override;
    void write(const QString &entry, const QString &secret, Callback done) override;
    void remove(const QString &entry, Callback done) override;
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    void setLocked(bool locked) { m_locked = locked; }
    // Answers later (from the event loop) after `ms`, like a slow keychain.
    void setDelay(int ms) { m_delayMs = ms; }
    bool contains(const QString &entry) const { return m_secrets.contains(entry); }
    QStringList entries() const { return m_secrets.keys(); }

private:
    void answer(Callback done, Result result);
    std::optional<Result> refusal() const;

    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
    bool m_locked = false;
    int m_delayMs = -1;
};

}   // namespace tl
