#pragma once

#include "records/records.h"

#include <QSqlDatabase>

#include <optional>

namespace tl {

// Reads and writes the `accounts` table. Never sees a key: keys live in the keychain.
class AccountRepository final
{
public:
    explicit AccountRepository(QSqlDatabase db);

    // Returns the new id (one above any id ever given, never a removed account's), or 0 with
    // *error set. An empty keyRef gets a random one.
    qint64 add(const Account &account, QString *error = nullptr);
    bool update(const Account &account, QString *error = nullptr);
    // Deletes the account and, through the schema's cascades, all its history.
    bool remove(qint64 id, QString *error = nullptr);
    // Hides the account and stops its syncs, keeping its history in every total.
    bool archive(qint64 id, QString *error = nullptr);
    std::optional<Account> find(qint64 id) const;
    QList<Account> list(QString *error = nullptr) const;   // without archived accounts
    int count() const;

private:
    QSqlDatabase m_db;
};

}   // namespace tl
