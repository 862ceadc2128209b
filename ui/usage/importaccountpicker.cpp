#include "importaccountpicker.h"

#include "providers/providercatalog.h"
#include "storage/accountrepository.h"
#include "storage/dbworker.h"
#include "storage/queryloop.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace tl {

namespace {

QString itemText(const QString &label, const QString &provider)
{
    return label + QStringLiteral(" (") + providerDisplayName(provider) + QLatin1Char(')');
}

QString createText(const QString &provider)
{
    if (provider == u"openai")
        return ImportAccountPicker::tr("Create an OpenAI account for imports");
    if (provider == u"anthropic")
        return ImportAccountPicker::tr("Create an Anthropic account for imports");
    return ImportAccountPicker::tr("Create a %1 account for imports").arg(providerDisplayName(provider));
}

}   // namespace

ImportAccountPicker::ImportAccountPicker(DbWorker *worker, const QList<std::pair<qint64, QString>> &accounts,
                                         QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_combo(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_create(new QPushButton(this))
{
    setObjectName(QStringLiteral("importAccountPicker"));
    m_combo->setObjectName(QStringLiteral("importAccountComboBox"));
    for (const auto &[id, label] : accounts)
        m_combo->addItem(label, id);
    // Only a choice made in the list is the user's; setAccount() and the fitting account are not.
    connect(m_combo, &QComboBox::activated, this, [this] {
        m_byHand = true;
        updateHint();
        emit canImportChanged();
    });
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateHint();
        emit accountChanged();
    });
    m_hint->setObjectName(QStringLiteral("importAccountHintLabel"));
    m_hint->setWordWrap(true);
    m_create->setObjectName(QStringLiteral("importCreateAccountButton"));
    connect(m_create, &QPushButton::clicked, this, &ImportAccountPicker::createAccountForImports);
    auto *hintRow = new QHBoxLayout;
    hintRow->addWidget(m_hint, 1);
    hintRow->addWidget(m_create, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addLayout(hintRow);
    m_hint->hide();
    m_create->hide();
    load();
}

int ImportAccountPicker::count() const
{
    return m_combo->count();
}

qint64 ImportAccountPicker::currentAccount() const
{
    return m_combo->currentData().toLongLong();
}

void ImportAccountPicker::setAccount(qint64 accountId)
{
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(accountId)));
}

bool ImportAccountPicker::canImport() const
{
    if (m_provider.isEmpty() || m_byHand || !m_loaded)
        return true;
    const AccountFacts *current = facts(currentAccount());
    return current && current->provider == m_provider;
}

void ImportAccountPicker::setProvider(const QString &provider)
{
    m_provider = provider;
    chooseFittingAccount();
    updateHint();
}

QString ImportAccountPicker::providerOfFormat(const QString &formatName)
{
    for (const char *provider : {"openai", "anthropic", "google"}) {
        if (formatName.startsWith(QLatin1String(provider)))
            return QString::fromLatin1(provider);
    }
    return {};
}

std::optional<qint64> ImportAccountPicker::fittingAccount(const QList<AccountFacts> &accounts, const QString &provider,
                                                          qint64 current)
{
    const ProviderInfo *info = providerInfo(provider);
    const bool providerHasApi = info && info->hasUsageApi;
    // Keys live in the keychain, out of reach here: "never synced" stands for "has no key".
    const auto rank = [&](const AccountFacts &a) {
        return std::tuple{a.enabled, !providerHasApi || !a.synced, a.id == current};
    };
    const AccountFacts *best = nullptr;
    for (const AccountFacts &a : accounts) {
        if (a.provider == provider && (!best || rank(a) > rank(*best)))
            best = &a;
    }
    return best ? std::optional<qint64>(best->id) : std::nullopt;
}

void ImportAccountPicker::load()
{
    struct Loaded
    {
        QList<AccountFacts> accounts;
        QString error;
    };
    m_worker->run(
        [](QSqlDatabase db) {
            Loaded l;
            const QList<Account> accounts = AccountRepository(db).list(&l.error);
            QSet<qint64> synced;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT DISTINCT account_id FROM sync_runs "
                                       "WHERE status IN ('success', 'partial') AND account_id IS NOT NULL"))) {
                l.error = sql::describeError(q.lastError());
                return l;
            }
            while (q.next())
                synced.insert(q.value(0).toLongLong());
            if (!sql::readSucceeded(q, &l.error) || !l.error.isEmpty())
                return l;
            for (const Account &a : accounts)
                l.accounts.append({a.id, a.provider, a.label, a.enabled, synced.contains(a.id)});
            return l;
        },
        this,
        [this](Loaded l) {
            m_loaded = true;
            m_problem = l.error.isEmpty() ? QString() : tr("Could not read the accounts: %1").arg(l.error);
            if (m_problem.isEmpty()) {
                const QSignalBlocker blocker(m_combo);   // one accountChanged below, not one per item
                const qint64 before = currentAccount();
                m_accounts = l.accounts;
                for (int i = m_combo->count() - 1; i >= 0; --i) {
                    if (!facts(m_combo->itemData(i).toLongLong()))
                        m_combo->removeItem(i);   // archived since the list was made
                }
                for (const AccountFacts &a : std::as_const(m_accounts)) {
                    if (m_combo->findData(a.id) < 0)
                        m_combo->addItem(itemText(a.label, a.provider), a.id);
                }
                setAccount(before);
            }
            chooseFittingAccount();
            updateHint();
            emit accountChanged();
            emit loaded();
        });
}

const ImportAccountPicker::AccountFacts *ImportAccountPicker::facts(qint64 accountId) const
{
    const auto it = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                 [accountId](const AccountFacts &a) { return a.id == accountId; });
    return it == m_accounts.cend() ? nullptr : &*it;
}

void ImportAccountPicker::chooseFittingAccount()
{
    if (!m_loaded || m_byHand || m_provider.isEmpty())
        return;
    if (const std::optional<qint64> id = fittingAccount(m_accounts, m_provider, currentAccount()))
        setAccount(*id);
}

void ImportAccountPicker::updateHint()
{
    QString hint = m_problem;
    bool offer = false;
    bool explainsOnly = false;   // grey: it only says why; else in the text colour, asking for attention
    const AccountFacts *current = facts(currentAccount());
    const auto ofProvider = [this](const AccountFacts &a) { return a.provider == m_provider; };
    const QString name = providerDisplayName(m_provider);
    if (!m_loaded || !hint.isEmpty()) {
        // nothing known yet, or the problem says it all
    } else if (m_provider.isEmpty()) {
        if (m_combo->count() == 0)
            hint = tr("Add an account first (Accounts page): the provider's, or an “Other service” account for "
                      "seats, subscriptions and local models.");
    } else if (std::none_of(m_accounts.cbegin(), m_accounts.cend(), ofProvider)) {
        hint = tr("This file comes from %1, and there is no %1 account yet. Create one, or pick an account above "
                  "to import into anyway.")
                   .arg(name);
        offer = true;
    } else if (current && current->provider != m_provider) {
        hint = tr("This file comes from %1, but %2 is a %3 account: its rows would count as %3 spend.")
                   .arg(name, current->label, providerDisplayName(current->provider));
    } else if (current && current->synced && providerSyncs(m_provider)) {
        hint = tr("%1 is synced from the %2 API: days that both the sync and this file cover would be counted twice. "
                  "An account for imports keeps them apart.")
                   .arg(current->label, name);
        offer = std::all_of(m_accounts.cbegin(), m_accounts.cend(),
                            [this](const AccountFacts &a) { return a.provider != m_provider || a.synced; });
    } else if (current && !m_byHand) {
        hint = tr("Chosen to match the file: it comes from %1.").arg(name);
        explainsOnly = true;
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_hint->setForegroundRole(explainsOnly ? QPalette::PlaceholderText : QPalette::WindowText);
    m_create->setText(createText(m_provider));
    m_create->setVisible(offer);
    m_create->setEnabled(!m_creating);
}

void ImportAccountPicker::createAccountForImports()
{
    if (m_provider.isEmpty() || m_creating)
        return;
    Account account;
    account.provider = m_provider;
    account.label = tr("%1 imports").arg(providerDisplayName(m_provider));
    m_creating = true;
    updateHint();
    m_worker->run(
        [account](QSqlDatabase db) {
            QString error;
            const qint64 id = AccountRepository(db).add(account, &error);
            return std::pair<qint64, QString>{id, error};
        },
        this,
        [this, account](std::pair<qint64, QString> added) {
            m_creating = false;
            if (added.first == 0) {
                m_problem = tr("The account was not added: %1").arg(added.second);
                updateHint();
                m_problem.clear();   // said once; the next change shows the usual hint again
                return;
            }
            m_accounts.append({added.first, account.provider, account.label, true, false});
            m_combo->addItem(itemText(account.label, account.provider), added.first);
            m_byHand = true;   // the user asked for it: it stays
            setAccount(added.first);
            emit accountCreated(added.first);
        });
}

}   // namespace tl
