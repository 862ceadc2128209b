#include "accountdialog.h"

#include "agents/agentsources.h"
#include "common/origins.h"
#include "providers/providercatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tl {

AccountDialog::AccountDialog(QWidget *parent)
    : QDialog(parent)
    , m_provider(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_organization(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("Include this account in syncs"), this))
    , m_insecureHttp(new QCheckBox(tr("Send the key over unencrypted http"), this))
    , m_help(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("Add Account"));
    m_provider->setObjectName(QStringLiteral("accountProviderComboBox"));
    for (const ProviderInfo &p : knownProviders()) {
        if (!isAgentProvider(p.id))   // coding agents have their own dialog, and no key
            m_provider->addItem(p.displayName, p.id);
    }
    m_label->setObjectName(QStringLiteral("accountLabelLineEdit"));
    m_label->setPlaceholderText(tr("e.g. Work organisation"));
    m_organization->setObjectName(QStringLiteral("accountOrganizationLineEdit"));
    m_organization->setPlaceholderText(tr("optional"));
    m_baseUrl->setObjectName(QStringLiteral("accountBaseUrlLineEdit"));
    m_baseUrl->setPlaceholderText(tr("optional: a gateway, proxy or regional endpoint"));
    m_key->setObjectName(QStringLiteral("accountKeyLineEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("stored only in your system keychain"));
    m_enabled->setObjectName(QStringLiteral("accountEnabledCheckBox"));
    m_enabled->setChecked(true);
    m_insecureHttp->setObjectName(QStringLiteral("accountInsecureHttpCheckBox"));
    m_insecureHttp->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_insecureHttp->setVisible(false);
    m_help->setObjectName(QStringLiteral("accountKeyHelpLabel"));
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Label:"), m_label);
    form->addRow(tr("API key:"), m_key);
    form->addRow(QString(), m_help);
    form->addRow(tr("Organisation / team:"), m_organization);
    form->addRow(tr("Base URL:"), m_baseUrl);
    form->addRow(QString(), m_insecureHttp);
    form->addRow(QString(), m_enabled);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &AccountDialog::updateHelp);
    connect(m_insecureHttp, &QCheckBox::toggled, this, &AccountDialog::validate);
    for (QLineEdit *edit : {m_label, m_baseUrl, m_key})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::validate);
    updateHelp();
    resize(560, sizeHint().height());
}

void AccountDialog::setAccount(const Account &account)
{
    m_account = account;
    setWindowTitle(tr("Edit Account"));
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(account.provider)));
    m_provider->setEnabled(false);   // a different provider is a different account
    m_label->setText(account.label);
    m_organization->setText(account.organization);
    m_baseUrl->setText(account.baseUrl);
    m_enabled->setChecked(account.enabled);
    m_insecureHttp->setChecked(account.allowInsecureHttp);
    m_key->setPlaceholderText(tr("leave empty to keep the stored key"));
    validate();
}

Account AccountDialog::account() const
{
    Account a = m_account;
    a.provider = m_provider->currentData().toString();
    a.label = m_label->text().trimmed();
    a.organization = m_organization->text().trimmed();
    a.baseUrl = m_baseUrl->text().trimmed();
    a.enabled = m_enabled->isChecked();
    a.allowInsecureHttp = !m_insecureHttp->isHidden() && m_insecureHttp->isChecked();
    return a;
}

QString AccountDialog::key() const
{
    return m_key->text().trimmed();
}

QString AccountDialog::validationError() const
{
    if (m_label->text().trimmed().isEmpty())
        return tr("Give the account a label.");
    const QString base = m_baseUrl->text().trimmed();
    if (base.isEmpty())
        return {};
    if (!baseUrlProblem(base, true).isEmpty())
        return tr("The base URL must be an http(s) address.");
    if (!baseUrlProblem(base, m_insecureHttp->isChecked()).isEmpty())
        return tr("This base URL is plain http to another machine: the key would cross the network unencrypted, "
                  "readable by anyone on the way. Use https, or tick \"Send the key over unencrypted http\".");
    return {};
}

void AccountDialog::updateHelp()
{
    const ProviderInfo *info = providerInfo(m_provider->currentData().toString());
    m_help->setText(info ? info->keyHelp : QString());
    validate();
}

void AccountDialog::validate()
{
    // The insecure-http choice is offered only where it matters: http to a non-loopback host.
    const QUrl url(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    const bool insecure =
        url.isValid() && url.scheme() == u"http" && !url.host().isEmpty() && !isLoopbackHost(url.host());
    m_insecureHttp->setVisible(insecure);
    const QString error = validationError();
    m_error->setText(m_label->text().isEmpty() ? QString() : error);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(error.isEmpty());
    // Grow with new rows and longer messages, so the wrapped key help is never squeezed.
    layout()->invalidate();
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

}   // namespace tl
