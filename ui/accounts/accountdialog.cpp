#include "accountdialog.h"

#include "agents/agentsources.h"
#include "common/fieldhint.h"
#include "common/origins.h"
#include "providers/provideradapter.h"
#include "providers/providercatalog.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"
#include "sync/syncruntext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
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
    , m_testStatus(new QLabel(this))
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
    m_baseUrl->setToolTip(tr("Leave empty for the provider's own address (shown greyed); set it for a gateway, "
                             "proxy or regional endpoint."));
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
    m_testStatus->setObjectName(QStringLiteral("accountTestStatusLabel"));
    m_testStatus->setWordWrap(true);
    m_labelHint = new FieldHint(m_label, this);
    m_keyHint = new FieldHint(m_key, this);
    m_baseUrlHint = new FieldHint(m_baseUrl, this);

    auto *form = new QFormLayout;
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Label:"), FieldHint::stacked(m_label, m_labelHint));
    form->addRow(tr("API key:"), FieldHint::stacked(m_key, m_keyHint));
    form->addRow(QString(), m_help);
    form->addRow(tr("Organisation / team:"), m_organization);
    form->addRow(tr("Base URL:"), FieldHint::stacked(m_baseUrl, m_baseUrlHint));
    form->addRow(QString(), m_insecureHttp);
    form->addRow(QString(), m_enabled);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_testStatus);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::saveClicked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &AccountDialog::updateHelp);
    connect(m_insecureHttp, &QCheckBox::toggled, this, &AccountDialog::validate);
    for (QLineEdit *edit : {m_label, m_baseUrl, m_key, m_organization})
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

void AccountDialog::setConnectionTest(QNetworkAccessManager *network, SecretStore *secrets)
{
    m_network = network;
    m_secrets = secrets;
}

QString AccountDialog::validationError() const
{
    if (m_label->text().trimmed().isEmpty())
        return tr("Give the account a label.");
    if (const QString problem = keyProblem(); !problem.isEmpty())
        return problem;
    return baseUrlProblem();
}

QString AccountDialog::keyProblem() const
{
    // Editing, an empty field keeps the stored key; an "Other service" account has no API to use one.
    if (m_account.id != 0 || m_provider->currentData().toString() == u"other" || !key().isEmpty())
        return {};
    return tr("Paste the API key: without it TokenLedger cannot read anything from %1.").arg(m_provider->currentText());
}

QString AccountDialog::baseUrlProblem() const
{
    const QString base = m_baseUrl->text().trimmed();
    if (base.isEmpty())
        return {};
    if (!tl::baseUrlProblem(base, true).isEmpty())
        return tr("The base URL must be an http(s) address.");
    if (!tl::baseUrlProblem(base, m_insecureHttp->isChecked()).isEmpty())
        return tr("This base URL is plain http to another machine: the key would cross the network unencrypted, "
                  "readable by anyone on the way. Use https, or tick \"Send the key over unencrypted http\".");
    return {};
}

void AccountDialog::updateHelp()
{
    const QString provider = m_provider->currentData().toString();
    const ProviderInfo *info = providerInfo(provider);
    m_help->setText(info ? info->keyHelpText() : QString());
    // The address used when the field stays empty, greyed in it.
    const QString base = defaultBaseUrl(provider);
    m_baseUrl->setPlaceholderText(base.isEmpty() ? tr("not used: this account has no API") : base);
    validate();
}

void AccountDialog::saveClicked()
{
    for (FieldHint *hint : {m_labelHint, m_keyHint, m_baseUrlHint})
        hint->reveal();
    if (!validationError().isEmpty())
        return;
    if (!m_network || m_provider->currentData().toString() == u"other") {
        accept();
        return;
    }
    const QString typed = key();
    if (!typed.isEmpty() || !m_secrets) {
        testThenAccept(typed);
        return;
    }
    // Editing with the key field left empty: test with the stored key.
    const int run = ++m_testRun;
    readAccountKey(*m_secrets, m_account, [self = QPointer<AccountDialog>(this), run](SecretStore::Result stored) {
        if (!self || run != self->m_testRun)
            return;
        if (stored.status == SecretStore::Status::Ok)
            self->testThenAccept(stored.secret);
        else
            self->tested(stored.message);
    });
}

void AccountDialog::testThenAccept(const QString &key)
{
    const int run = ++m_testRun;
    m_testStatus->setStyleSheet(QString());
    m_testStatus->setText(tr("Testing the connection…"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    // One attempt, no long back-off: the user is waiting for the dialog.
    RetryPolicy policy;
    policy.attempts = 1;
    policy.timeoutMs = 20'000;
    policy.requestDeadlineMs = 30'000;
    policy.accountDeadlineMs = 30'000;
    std::shared_ptr<ProviderAdapter> adapter = createAdapter(account(), key, m_network, policy);
    if (!adapter) {
        accept();
        return;
    }
    adapter->testConnection([self = QPointer<AccountDialog>(this), adapter, run](ProviderError error, QString) {
        if (!self || run != self->m_testRun)
            return;   // closed, or the fields changed since
        self->m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
        // NotSupported: nothing to test with (Perplexity, no free call); the key is taken as typed.
        if (error.ok() || error.kind == ProviderError::Kind::NotSupported) {
            self->m_testStatus->clear();
            self->accept();
        } else {
            self->tested(providerErrorText(error, self->account().provider));
        }
    });
}

void AccountDialog::tested(const QString &problem)
{
    m_testStatus->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_testStatus->setText(tr("The connection test failed: %1").arg(problem));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    // Asked, not refused: a test also fails offline, during an outage or before a gateway is up, and
    // the account then says what is wrong at each sync until it is fixed.
    delete m_testFailed;
    m_testFailed = new QMessageBox(QMessageBox::Warning, tr("Connection Test Failed"),
                                   tr("The connection test failed: %1").arg(problem), QMessageBox::NoButton, this);
    m_testFailed->setObjectName(QStringLiteral("accountTestFailedMessageBox"));
    m_testFailed->setInformativeText(tr("Save the account anyway? Its syncs will fail with this message until the "
                                        "key or the address is fixed."));
    QPushButton *keep = m_testFailed->addButton(tr("Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("accountKeepEditingButton"));
    QPushButton *anyway = m_testFailed->addButton(tr("Save Anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("accountSaveAnywayButton"));
    m_testFailed->setDefaultButton(keep);
    m_testFailed->setWindowModality(Qt::WindowModal);
    connect(m_testFailed, &QMessageBox::finished, this, [this, anyway] {
        const bool save = m_testFailed->clickedButton() == anyway;
        m_testFailed->deleteLater();
        m_testFailed = nullptr;
        if (save)
            accept();
    });
    m_testFailed->open();
}

void AccountDialog::validate()
{
    // The insecure-http choice is offered only where it matters: http to a non-loopback host.
    const QUrl url(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    const bool insecure =
        url.isValid() && url.scheme() == u"http" && !url.host().isEmpty() && !isLoopbackHost(url.host());
    m_insecureHttp->setVisible(insecure);
    m_labelHint->setProblem(m_label->text().trimmed().isEmpty() ? tr("Give the account a label.") : QString());
    m_keyHint->setProblem(keyProblem());
    m_baseUrlHint->setProblem(baseUrlProblem());
    // A change after a test started makes its answer stale: Save tests again.
    ++m_testRun;
    m_testStatus->clear();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    // Grow with new rows and longer messages, so the wrapped key help is never squeezed.
    layout()->invalidate();
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

}   // namespace tl
