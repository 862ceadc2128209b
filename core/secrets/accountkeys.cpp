#include "accountkeys.h"

#include "common/origins.h"
#include "providers/providercatalog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tl {

Q_LOGGING_CATEGORY(lcKeys, "tl.secrets", QtInfoMsg)

namespace {

const QString EnvelopeFormat = QStringLiteral("tokenledger-key-1");
// No provider's key comes near this; a longer "key" is a paste gone wrong.
constexpr qsizetype MaxKeyLength = 16 * 1024;

QString seal(const QString &key, const QString &origin)
{
    const QJsonObject o{
        {QStringLiteral("format"), EnvelopeFormat}, {QStringLiteral("origin"), origin}, {QStringLiteral("key"), key}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

struct Unsealed
{
    QString key;
    QString origin;
};

std::optional<Unsealed> unseal(const QString &stored)
{
    const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    if (o.value(QStringLiteral("format")).toString() != EnvelopeFormat)
        return std::nullopt;
    Unsealed u{o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("origin")).toString()};
    if (u.key.isEmpty() || u.origin.isEmpty())
        return std::nullopt;
    return u;
}

SecretStore::Result failed(SecretStore::Status status, const QString &message)
{
    return {status, message, {}};
}

SecretStore::Result checkKey(const QString &key)
{
    if (key.trimmed().isEmpty())
        return failed(SecretStore::Status::Failed,
                      QCoreApplication::translate("tl::SecretStore", "The key is empty; nothing was stored."));
    // A control character (a stray escape or NUL from a paste) is in no provider's key, and would be
    // sent in a request header as it is.
    // (Around the key, white space such as a pasted line end is trimmed.)
    const QString stored = key.trimmed();
    if (std::any_of(stored.cbegin(), stored.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }))
        return failed(SecretStore::Status::Failed,
                      QCoreApplication::translate("tl::SecretStore",
                                                  "The key holds a control character, which no provider's key has; "
                                                  "nothing was stored."));
    if (key.size() > MaxKeyLength)
        return failed(
            SecretStore::Status::Failed,
            QCoreApplication::translate("tl::SecretStore",
                                        "The key is longer than %1 characters, longer than any provider's key; nothing "
                                        "was stored.")
                .arg(MaxKeyLength));
    return {};
}

// A read entry, opened and checked against the account's address.
SecretStore::Result opened(const Account &account, SecretStore::Result r)
{
    if (r.status != SecretStore::Status::Ok)
        return r;
    const auto u = unseal(r.secret);
    r.secret.clear();
    if (!u)
        return failed(
            SecretStore::Status::Failed,
            QCoreApplication::translate("tl::SecretStore",
                                        "The keychain entry of \"%1\" is not in TokenLedger's format; enter the key "
                                        "again.")
                .arg(account.label));
    const QString origin = keyOrigin(account);
    if (u->origin != origin) {
        qCWarning(lcKeys) << "refusing a key bound to another origin for account" << account.id;
        return failed(
            SecretStore::Status::WrongHost,
            QCoreApplication::translate("tl::SecretStore",
                                        "The key of \"%1\" was entered for %2, but the account now points at %3. "
                                        "TokenLedger sends a key only to the address it was entered for: enter the key "
                                        "again for the new address (Accounts → Edit, or tokenledger accounts edit %4 "
                                        "--key).")
                .arg(account.label, u->origin, origin)
                .arg(account.id));
    }
    r.secret = u->key;
    return r;
}

// A key is handed out only for an address it may go to: never plain http to another machine
// unless the user allowed it for this account.
std::optional<SecretStore::Result> addressRefused(const Account &account)
{
    if (account.baseUrl.isEmpty())
        return std::nullopt;
    const QString problem = baseUrlProblem(account.baseUrl, account.allowInsecureHttp);
    if (problem.isEmpty())
        return std::nullopt;
    return failed(SecretStore::Status::WrongHost,
                  QCoreApplication::translate("tl::SecretStore", "The key of \"%1\" is not sent: the base URL %2.")
                      .arg(account.label, problem));
}

SecretStore::Result noReference(const Account &account)
{
    return failed(
        SecretStore::Status::Failed,
        QCoreApplication::translate("tl::SecretStore", "The account \"%1\" has no key reference.").arg(account.label));
}

}   // namespace

QString newKeyRef()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QStringLiteral("%1%2").arg(words[0], 16, 16, QLatin1Char('0')).arg(words[1], 16, 16, QLatin1Char('0'));
}

QString keyEntryName(const QString &keyRef)
{
    return QStringLiteral("key-") + keyRef;
}

QString legacyKeyEntryName(qint64 accountId)
{
    return QStringLiteral("account-%1").arg(accountId);
}

QString keyEnvironmentVariable(const QString &keyRef)
{
    return QStringLiteral("TOKENLEDGER_API_KEY_") + keyRef.toUpper();
}

QString keyOrigin(const Account &account)
{
    return originOf(QUrl(account.baseUrl.isEmpty() ? defaultBaseUrl(account.provider) : account.baseUrl));
}

void storeAccountKey(SecretStore &store, const Account &account, const QString &key, SecretStore::Callback done)
{
    if (account.keyRef.isEmpty()) {
        done(noReference(account));
        return;
    }
    if (const SecretStore::Result problem = checkKey(key); problem.status != SecretStore::Status::Ok) {
        done(problem);
        return;
    }
    store.write(keyEntryName(account.keyRef), seal(key.trimmed(), keyOrigin(account)), std::move(done));
}

void readAccountKey(SecretStore &store, const Account &account, SecretStore::Callback done)
{
    if (account.keyRef.isEmpty()) {
        done(noReference(account));
        return;
    }
    if (const auto refused = addressRefused(account)) {
        done(*refused);
        return;
    }
    const QString fromEnvironment = qEnvironmentVariable(qPrintable(keyEnvironmentVariable(account.keyRef)));
    if (!fromEnvironment.isEmpty()) {
        SecretStore::Result r;
        r.secret = fromEnvironment;
        done(std::move(r));
        return;
    }
    store.read(keyEntryName(account.keyRef),
               [account, done = std::move(done)](SecretStore::Result r) { done(opened(account, std::move(r))); });
}

void removeAccountKey(SecretStore &store, const Account &account, SecretStore::Callback done)
{
    if (account.keyRef.isEmpty()) {
        done({});
        return;
    }
    store.remove(keyEntryName(account.keyRef), std::move(done));
}

void rebindAccountKey(SecretStore &store, const Account &before, const Account &after, SecretStore::Callback done)
{
    if (keyOrigin(before) == keyOrigin(after) || before.keyRef.isEmpty()) {
        done({});
        return;
    }
    QPointer<SecretStore> guard(&store);
    store.read(keyEntryName(before.keyRef),
               [guard, before, after, done = std::move(done)](SecretStore::Result r) mutable {
                   r = opened(before, std::move(r));
                   if (r.status == SecretStore::Status::NotFound) {
                       done({});
                       return;
                   }
                   if (r.status != SecretStore::Status::Ok || !guard) {
                       done(std::move(r));
                       return;
                   }
                   guard->write(keyEntryName(after.keyRef), seal(r.secret, keyOrigin(after)), std::move(done));
               });
}

SecretStore::Result storeAccountKeyNow(SecretStore &store, const Account &account, const QString &key)
{
    if (account.keyRef.isEmpty())
        return noReference(account);
    if (const SecretStore::Result problem = checkKey(key); problem.status != SecretStore::Status::Ok)
        return problem;
    return store.writeNow(keyEntryName(account.keyRef), seal(key.trimmed(), keyOrigin(account)));
}

SecretStore::Result readAccountKeyNow(SecretStore &store, const Account &account)
{
    if (account.keyRef.isEmpty())
        return noReference(account);
    if (const auto refused = addressRefused(account))
        return *refused;
    const QString fromEnvironment = qEnvironmentVariable(qPrintable(keyEnvironmentVariable(account.keyRef)));
    if (!fromEnvironment.isEmpty())
        return {SecretStore::Status::Ok, {}, fromEnvironment};
    return opened(account, store.readNow(keyEntryName(account.keyRef)));
}

SecretStore::Result removeAccountKeyNow(SecretStore &store, const Account &account)
{
    if (account.keyRef.isEmpty())
        return {};
    return store.removeNow(keyEntryName(account.keyRef));
}

SecretStore::Result rebindAccountKeyNow(SecretStore &store, const Account &before, const Account &after)
{
    if (keyOrigin(before) == keyOrigin(after) || before.keyRef.isEmpty())
        return {};
    // Read through the old binding: a key already bound elsewhere is not moved on.
    SecretStore::Result current = opened(before, store.readNow(keyEntryName(before.keyRef)));
    if (current.status == SecretStore::Status::NotFound)
        return {};
    if (current.status != SecretStore::Status::Ok)
        return current;
    return store.writeNow(keyEntryName(after.keyRef), seal(current.secret, keyOrigin(after)));
}

bool hasLegacyKeys(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM accounts WHERE legacy_key_entry IS NOT NULL LIMIT 1")) && q.next();
}

KeyMigration migrateLegacyKeys(QSqlDatabase db, SecretStore &store, int timeoutMs)
{
    KeyMigration out;
    struct Pending
    {
        Account account;
        QString legacyEntry;
    };
    QList<Pending> pending;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT id, provider, label, base_url, key_ref, legacy_key_entry FROM accounts "
                                   "WHERE legacy_key_entry IS NOT NULL ORDER BY id"))) {
            out.problems.append(q.lastError().text());
            return out;
        }
        while (q.next()) {
            Account a;
            a.id = q.value(0).toLongLong();
            a.provider = q.value(1).toString();
            a.label = q.value(2).toString();
            a.baseUrl = q.value(3).toString();
            a.keyRef = q.value(4).toString();
            pending.append({a, q.value(5).toString()});
        }
        if (q.lastError().isValid()) {
            out.problems.append(q.lastError().text());
            return out;
        }
    }
    const auto done = [&](const Pending &p) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE accounts SET legacy_key_entry = NULL WHERE id = ?"));
        q.addBindValue(p.account.id);
        if (!q.exec())
            out.problems.append(q.lastError().text());
    };
    for (const Pending &p : std::as_const(pending)) {
        const SecretStore::Result old = store.readNow(p.legacyEntry, timeoutMs);
        if (old.status == SecretStore::Status::NotFound) {
            ++out.absent;
            done(p);
            continue;
        }
        if (old.status != SecretStore::Status::Ok) {
            out.pending = int(pending.size()) - out.moved - out.absent;
            out.problems.append(old.message);
            return out;   // locked or unavailable: the rest waits for the next time
        }
        const SecretStore::Result written =
            store.writeNow(keyEntryName(p.account.keyRef), seal(old.secret.trimmed(), keyOrigin(p.account)), timeoutMs);
        if (written.status != SecretStore::Status::Ok) {
            out.pending = int(pending.size()) - out.moved - out.absent;
            out.problems.append(written.message);
            return out;
        }
        const SecretStore::Result removed = store.removeNow(p.legacyEntry, timeoutMs);
        if (removed.status != SecretStore::Status::Ok) {
            // Copied, not yet deleted: stays marked, so the deletion is tried again next time.
            ++out.pending;
            out.problems.append(removed.message);
            continue;
        }
        ++out.moved;
        done(p);
    }
    qCDebug(lcKeys) << "legacy keys: moved" << out.moved << "absent" << out.absent << "pending" << out.pending;
    return out;
}

}   // namespace tl
