#pragma once

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace tl {

class DbWorker;

// The account a CSV import goes to. For a provider's own export it chooses an account of that
// provider — an enabled one never synced from the provider's API first — or, when there is
// none, offers to create one for imports; a choice the user makes in the list always stays.
// Reads and writes accounts on the database worker thread only.
class ImportAccountPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportAccountPicker)

public:
    struct AccountFacts
    {
        qint64 id = 0;
        QString provider;
        QString label;
        bool enabled = true;
        bool synced = false;   // has had a successful sync from the provider's API
    };

    // `accounts` (id, shown label) fill the list at once; every account's provider is then read
    // on the worker, accounts missing from the list are added and archived ones taken out.
    ImportAccountPicker(DbWorker *worker, const QList<std::pair<qint64, QString>> &accounts, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    int count() const;
    qint64 currentAccount() const;
    void setAccount(qint64 accountId);   // a starting choice, not the user's
    // The provider the file comes from (empty: any account fits): chooses a fitting account
    // unless the user chose one, and says why or what is missing.
    void setProvider(const QString &provider);
    QString provider() const { return m_provider; }
    // False while the file comes from a provider no account in the list belongs to and the
    // user has not picked one: importing into whatever came first would be a silent mistake.
    bool canImport() const;
    void createAccountForImports();

    // The provider a format's rows come from, by its name's prefix ("openai-usage" → "openai",
    // "anthropic-…" → "anthropic", "google-…" → "google"); empty for formats any account fits.
    static QString providerOfFormat(const QString &formatName);
    // The rule: accounts of `provider` only; enabled first; then CSV-only (the provider has no
    // usage API, or the account was never synced from it); then `current`; then list order.
    static std::optional<qint64> fittingAccount(const QList<AccountFacts> &accounts, const QString &provider,
                                                qint64 current);

signals:
    void accountChanged();
    void canImportChanged();
    void loaded();
    void accountCreated(qint64 accountId);

private:
    void load();
    void chooseFittingAccount();
    void updateHint();
    const AccountFacts *facts(qint64 accountId) const;

    DbWorker *m_worker = nullptr;
    QList<AccountFacts> m_accounts;
    QString m_provider;
    bool m_loaded = false;
    bool m_byHand = false;
    bool m_creating = false;
    QString m_problem;   // reading or adding accounts failed
    QComboBox *m_combo = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_create = nullptr;
};

}   // namespace tl
