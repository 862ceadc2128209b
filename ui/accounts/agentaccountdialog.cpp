#include "agentaccountdialog.h"

#include "agents/agentsources.h"
#include "agentsourcesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tl {

AgentAccountDialog::AgentAccountDialog(const Account &account, const QStringList &folders, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_label(new QLineEdit(account.label, this))
    , m_folders(new QListWidget(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_subscription(new QRadioButton(tr("Subscription"), this))
    , m_apiKey(new QRadioButton(tr("API key"), this))
    , m_billingHelp(new QLabel(this))
    , m_enabled(new QCheckBox(tr("Include this account in syncs"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("agentAccountDialog"));
    const std::optional<AgentKind> kind = agentKindForProvider(account.provider);
    setWindowTitle(tr("Edit %1 Account").arg(kind ? agentDisplayName(*kind) : account.provider));
    m_label->setObjectName(QStringLiteral("agentLabelLineEdit"));
    m_folders->setObjectName(QStringLiteral("agentFoldersListWidget"));
    m_folders->setMinimumHeight(90);
    for (const QString &f : folders)
        addFolder(f);
    auto *add = new QPushButton(tr("Add Folder…"), this);
    add->setObjectName(QStringLiteral("agentAddFolderButton"));
    m_remove->setObjectName(QStringLiteral("agentRemoveFolderButton"));
    m_subscription->setObjectName(QStringLiteral("agentSubscriptionRadioButton"));
    m_apiKey->setObjectName(QStringLiteral("agentApiKeyRadioButton"));
    (account.subscription ? m_subscription : m_apiKey)->setChecked(true);
    m_billingHelp->setObjectName(QStringLiteral("agentBillingHelpLabel"));
    m_billingHelp->setWordWrap(true);
    m_billingHelp->setForegroundRole(QPalette::PlaceholderText);
    m_enabled->setObjectName(QStringLiteral("agentEnabledCheckBox"));
    m_enabled->setChecked(account.enabled);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *folderButtons = new QVBoxLayout;
    folderButtons->addWidget(add);
    folderButtons->addWidget(m_remove);
    folderButtons->addStretch(1);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folders, 1);
    folderRow->addLayout(folderButtons);
    auto *billing = new QHBoxLayout;
    billing->addWidget(m_subscription);
    billing->addWidget(m_apiKey);
    billing->addStretch(1);
    auto *foldersHelp = new QLabel(tr("Every log file under these folders is read; double-click a folder to type "
                                      "its path."),
                                   this);
    foldersHelp->setWordWrap(true);
    foldersHelp->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("Label:"), m_label);
    form->addRow(tr("Log folders:"), folderRow);
    form->addRow(QString(), foldersHelp);
    form->addRow(tr("Paid by:"), billing);
    form->addRow(QString(), m_billingHelp);
    form->addRow(QString(), m_enabled);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(add, &QPushButton::clicked, this, &AgentAccountDialog::browse);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_folders->currentItem();
        validate();
    });
    connect(m_folders, &QListWidget::currentRowChanged, this, &AgentAccountDialog::validate);
    connect(m_folders, &QListWidget::itemChanged, this, &AgentAccountDialog::validate);
    connect(m_label, &QLineEdit::textChanged, this, &AgentAccountDialog::validate);
    connect(m_subscription, &QRadioButton::toggled, this, &AgentAccountDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(600, sizeHint().height());
}

void AgentAccountDialog::addFolder(const QString &folder)
{
    auto *item = new QListWidgetItem(QDir::toNativeSeparators(folder), m_folders);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_folders->setCurrentItem(item);
}

void AgentAccountDialog::browse()
{
    const QListWidgetItem *current = m_folders->currentItem();
    const QString start = current ? current->text() : QDir::homePath();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose the Agent's Log Folder"), start);
    if (!chosen.isEmpty())
        addFolder(chosen);
    validate();
}

Account AgentAccountDialog::account() const
{
    Account a = m_account;
    a.label = m_label->text().trimmed();
    a.subscription = m_subscription->isChecked();
    a.enabled = m_enabled->isChecked();
    return a;
}

QStringList AgentAccountDialog::folders() const
{
    QStringList out;
    for (int i = 0; i < m_folders->count(); ++i) {
        const QString text = m_folders->item(i)->text().trimmed();
        if (!text.isEmpty())
            out.append(QDir::cleanPath(QDir::fromNativeSeparators(text)));
    }
    out.removeDuplicates();
    return out;
}

QString AgentAccountDialog::validationError() const
{
    if (m_label->text().trimmed().isEmpty())
        return tr("Give the account a label.");
    if (folders().isEmpty())
        return tr("Add the folder the agent keeps its logs in.");
    for (const QString &f : folders()) {
        if (!QFileInfo(f).isDir())
            return tr("\"%1\" is not a folder.").arg(displayFolder(f));
    }
    return {};
}

void AgentAccountDialog::validate()
{
    m_remove->setEnabled(m_folders->currentItem() != nullptr);
    m_billingHelp->setText(m_subscription->isChecked()
                               ? tr("Usage is shown as its value at API prices, never added to spend. Add the "
                                    "monthly fee as a manual entry.")
                               : tr("Usage is estimated spend at API prices."));
    const QString error = validationError();
    m_error->setText(error);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(error.isEmpty());
}

}   // namespace tl
