#include "agentsourcesdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tl {

namespace {

enum BillingId
{
    SubscriptionId = 1,
    ApiKeyId = 2,
};

QLabel *helpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString displayList(const QStringList &folders)
{
    QStringList out;
    for (const QString &f : folders)
        out.append(displayFolder(f));
    return out.join(QStringLiteral(", "));
}

}   // namespace

QString displayFolder(const QString &folder)
{
    const QString home = QDir::cleanPath(QDir::homePath());
    const QString clean = QDir::cleanPath(folder);
    if (clean == home)
        return QStringLiteral("~");
    if (clean.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + clean.mid(home.size());
    return QDir::toNativeSeparators(clean);
}

QList<AgentSourceOffer> agentSourceOffers(const QProcessEnvironment &env, const QString &home,
                                          const QList<Account> &existingAgentAccounts)
{
    const QList<DetectedAgentSource> detected = detectAgentSources(env, home);
    QList<AgentSourceOffer> offers;
    for (AgentKind kind : allAgentKinds()) {
        AgentSourceOffer offer;
        offer.kind = kind;
        offer.lookedIn = defaultAgentFolders(kind, env, home);
        for (const DetectedAgentSource &d : detected) {
            if (d.kind == kind) {
                offer.folders = d.folders;
                offer.files = d.files;
            }
        }
        for (const Account &a : existingAgentAccounts) {
            if (a.provider == agentProviderId(kind) && offer.existingLabel.isEmpty())
                offer.existingLabel = a.label;
        }
        offers.append(offer);
    }
    return offers;
}

AgentSourcesDialog::AgentSourcesDialog(const QList<AgentSourceOffer> &offers, QWidget *parent)
    : QDialog(parent)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("agentSourcesDialog"));
    setWindowTitle(tr("Add Coding Agent"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("TokenLedger can show what your coding agents use, from the logs they keep on this "
                                "computer. Tick the agents to follow: nothing is read until you choose Add, and no "
                                "API key is needed."),
                             this);
    intro->setObjectName(QStringLiteral("agentSourcesIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const bool anyFound =
        std::any_of(offers.cbegin(), offers.cend(), [](const AgentSourceOffer &o) { return !o.folders.isEmpty(); });
    if (!anyFound) {
        QStringList looked;
        for (const AgentSourceOffer &o : offers)
            looked.append(o.lookedIn);
        auto *empty = new QLabel(tr("No coding-agent logs were found on this computer. TokenLedger looked in %1: the "
                                    "folders the agents use (or CLAUDE_CONFIG_DIR, CODEX_HOME and GEMINI_DATA_DIR "
                                    "when they are set). If an agent keeps its logs elsewhere, tick it and choose its "
                                    "folder by hand.")
                                     .arg(displayList(looked)),
                                 this);
        empty->setObjectName(QStringLiteral("agentSourcesEmptyLabel"));
        empty->setWordWrap(true);
        empty->setFrameShape(QFrame::StyledPanel);
        empty->setMargin(8);
        layout->addWidget(empty);
    }
    for (const AgentSourceOffer &offer : offers)
        layout->addWidget(addRow(offer));

    m_error->setObjectName(QStringLiteral("agentSourcesErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_error);
    QPushButton *add = m_buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("agentSourcesAddButton"));
    add->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    // Word-wrapped labels make sizeHint() guess; ask the layout for the height at the real width.
    layout->activate();
    resize(640, layout->totalHeightForWidth(640));
}

QGroupBox *AgentSourcesDialog::addRow(const AgentSourceOffer &offer)
{
    const QString key = agentOptionName(offer.kind);
    Row row;
    row.offer = offer;
    row.box = new QGroupBox(agentDisplayName(offer.kind), this);
    row.box->setObjectName(QStringLiteral("agentSource_%1_GroupBox").arg(key));
    row.box->setCheckable(true);
    row.box->setChecked(false);   // consent: the user ticks what is read
    auto *boxLayout = new QVBoxLayout(row.box);

    QString status;
    if (!offer.existingLabel.isEmpty())
        status = tr("Already followed as \"%1\": change its folders or billing with Edit on the Accounts page.")
                     .arg(offer.existingLabel);
    else if (!offer.folders.isEmpty())
        status = tr("Found %n log file(s) in %1.", nullptr, offer.files).arg(displayList(offer.folders));
    else
        status = tr("No logs found in %1. Choose its folder by hand if it keeps them elsewhere.")
                     .arg(displayList(offer.lookedIn));
    QLabel *statusLabel = helpLabel(status, row.box);
    statusLabel->setObjectName(QStringLiteral("agentSource_%1_StatusLabel").arg(key));
    boxLayout->addWidget(statusLabel);

    row.folders = new QVBoxLayout;
    row.folders->setSpacing(4);
    boxLayout->addLayout(row.folders);

    auto *billingRow = new QHBoxLayout;
    auto *subscription = new QRadioButton(tr("Subscription"), row.box);
    subscription->setObjectName(QStringLiteral("agentSource_%1_SubscriptionRadioButton").arg(key));
    auto *apiKey = new QRadioButton(tr("API key"), row.box);
    apiKey->setObjectName(QStringLiteral("agentSource_%1_ApiKeyRadioButton").arg(key));
    row.billing = new QButtonGroup(row.box);
    row.billing->addButton(subscription, SubscriptionId);
    row.billing->addButton(apiKey, ApiKeyId);
    subscription->setChecked(true);
    billingRow->addWidget(new QLabel(tr("Paid by:"), row.box));
    billingRow->addWidget(subscription);
    billingRow->addWidget(apiKey);
    billingRow->addStretch(1);
    boxLayout->addLayout(billingRow);
    row.billingHelp = helpLabel(QString(), row.box);
    row.billingHelp->setObjectName(QStringLiteral("agentSource_%1_BillingLabel").arg(key));
    boxLayout->addWidget(row.billingHelp);
    const auto updateHelp = [help = row.billingHelp, group = row.billing] {
        help->setText(group->checkedId() == SubscriptionId
                          ? tr("Usage is shown as its value at API prices, never added to spend. Add the monthly "
                               "fee as a manual entry.")
                          : tr("Usage is estimated spend at API prices."));
    };
    updateHelp();
    connect(row.billing, &QButtonGroup::idToggled, this, updateHelp);

    m_rows.append(row);
    Row &stored = m_rows.last();
    const QStringList folders = offer.folders.isEmpty() ? QStringList{QString()} : offer.folders;
    for (const QString &f : folders)
        addFolderEdit(stored, f);
    if (!offer.existingLabel.isEmpty())
        row.box->setEnabled(false);
    connect(row.box, &QGroupBox::toggled, this, &AgentSourcesDialog::validate);
    return row.box;
}

void AgentSourcesDialog::addFolderEdit(Row &row, const QString &folder)
{
    const QString key = agentOptionName(row.offer.kind);
    auto *line = new QHBoxLayout;
    auto *edit = new QLineEdit(QDir::toNativeSeparators(folder), row.box);
    edit->setObjectName(QStringLiteral("agentSource_%1_FolderLineEdit").arg(key));
    edit->setPlaceholderText(tr("the folder holding its logs, e.g. %1").arg(displayList(row.offer.lookedIn.mid(0, 1))));
    auto *browse = new QPushButton(tr("Browse…"), row.box);
    browse->setObjectName(QStringLiteral("agentSource_%1_BrowseButton").arg(key));
    line->addWidget(new QLabel(tr("Folder:"), row.box));
    line->addWidget(edit, 1);
    line->addWidget(browse);
    row.folders->addLayout(line);
    connect(edit, &QLineEdit::textChanged, this, &AgentSourcesDialog::validate);
    connect(browse, &QPushButton::clicked, this, [this, edit] {
        const QString start = edit->text().trimmed().isEmpty() ? QDir::homePath() : edit->text().trimmed();
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose the Agent's Log Folder"), start);
        if (!chosen.isEmpty())
            edit->setText(QDir::toNativeSeparators(chosen));
    });
}

QStringList AgentSourcesDialog::folders(const Row &row) const
{
    QStringList out;
    for (QLineEdit *edit : row.box->findChildren<QLineEdit *>()) {
        const QString text = edit->text().trimmed();
        if (!text.isEmpty())
            out.append(QDir::cleanPath(QDir::fromNativeSeparators(text)));
    }
    out.removeDuplicates();
    return out;
}

QList<AgentSourcePlan> AgentSourcesDialog::plans() const
{
    QList<AgentSourcePlan> out;
    for (const Row &row : m_rows) {
        if (!row.box->isEnabled() || !row.box->isChecked())
            continue;
        out.append({row.offer.kind, folders(row), row.billing->checkedId() == SubscriptionId});
    }
    return out;
}

QString AgentSourcesDialog::validationError() const
{
    if (plans().isEmpty())
        return tr("Tick at least one agent to follow.");
    for (const AgentSourcePlan &plan : plans()) {
        if (plan.folders.isEmpty())
            return tr("Choose the folder %1 keeps its logs in.").arg(agentDisplayName(plan.kind));
        for (const QString &f : plan.folders) {
            if (!QFileInfo(f).isDir())
                return tr("%1: \"%2\" is not a folder.").arg(agentDisplayName(plan.kind), displayFolder(f));
        }
    }
    return {};
}

void AgentSourcesDialog::validate()
{
    const QString error = validationError();
    // Nothing ticked yet is not an error to shout about: the Add button just waits.
    m_error->setText(plans().isEmpty() ? QString() : error);
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(error.isEmpty());
    }
}

}   // namespace tl
