#include "welcomepanel.h"

#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl {

namespace {

// One choice: a heading, what it reads and what it needs, and its button at the bottom.
QFrame *card(const QString &objectName, const QString &title, QLabel *text, QPushButton *button, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setMinimumWidth(220);
    auto *heading = new QLabel(title, frame);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    heading->setWordWrap(true);
    text->setParent(frame);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    button->setParent(frame);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->addWidget(heading);
    layout->addSpacing(6);
    layout->addWidget(text, 1);
    layout->addSpacing(10);
    layout->addWidget(button, 0, Qt::AlignLeft);
    return frame;
}

}   // namespace

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePanel"));
    auto *title = new QLabel(tr("Where is your LLM usage?"), this);
    title->setObjectName(QStringLiteral("welcomeTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setWordWrap(true);
    auto *intro = new QLabel(tr("Pick a start; you can add the others later. TokenLedger shows only numbers it read "
                                "from your providers, your agents' logs or your own files — never made-up estimates."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_agentsText = new QLabel(tr("Looking for Claude Code, Codex CLI and Gemini CLI logs on this computer…"));
    m_agentsText->setObjectName(QStringLiteral("welcomeAgentsLabel"));
    m_agentsButton = new QPushButton(tr("Read Their Logs…"));
    m_agentsButton->setObjectName(QStringLiteral("welcomeAgentsButton"));
    m_agentsButton->setEnabled(false);
    connect(m_agentsButton, &QPushButton::clicked, this, &WelcomePanel::agentsRequested);

    auto *accountText = new QLabel(
        tr("Usage and costs straight from the provider, synced on a schedule. OpenAI needs an organization admin "
           "key (sk-admin-…), Anthropic an Admin API key (sk-ant-admin…): ordinary project keys cannot read usage. "
           "The key is kept only in your system keychain."));
    auto *accountButton = new QPushButton(tr("Add an Account…"));
    accountButton->setObjectName(QStringLiteral("welcomeAccountButton"));
    connect(accountButton, &QPushButton::clicked, this, &WelcomePanel::addAccountRequested);

    auto *importText = new QLabel(tr("A usage or cost CSV downloaded from the OpenAI or Anthropic console, or a Google "
                                     "Cloud Billing export. Nothing leaves this computer; importing the same file "
                                     "again changes nothing."));
    auto *importButton = new QPushButton(tr("Import a CSV…"));
    importButton->setObjectName(QStringLiteral("welcomeImportButton"));
    connect(importButton, &QPushButton::clicked, this, &WelcomePanel::importRequested);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(16);
    cards->addWidget(card(QStringLiteral("welcomeAgentsCard"), tr("Coding agents on this computer"), m_agentsText,
                          m_agentsButton, this),
                     1);
    cards->addWidget(
        card(QStringLiteral("welcomeAccountCard"), tr("A provider account"), accountText, accountButton, this), 1);
    cards->addWidget(card(QStringLiteral("welcomeImportCard"), tr("A console export"), importText, importButton, this),
                     1);

    auto *column = new QWidget(this);
    column->setMaximumWidth(960);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(title);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(intro);
    columnLayout->addSpacing(20);
    columnLayout->addLayout(cards);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 20);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

void WelcomePanel::setDetectedAgents(const QList<DetectedAgentSource> &found)
{
    m_detected = true;
    if (found.isEmpty()) {
        m_agentsText->setText(tr("No Claude Code, Codex CLI or Gemini CLI logs were found in their usual folders. "
                                 "If an agent keeps them elsewhere, add it from the Accounts page and choose the "
                                 "folder."));
        m_agentsButton->setText(tr("Choose Folders…"));
        m_agentsButton->setEnabled(true);
        return;
    }
    QStringList lines;
    for (const DetectedAgentSource &source : found) {
        QStringList folders;
        for (const QString &folder : source.folders)
            folders.append(QDir::toNativeSeparators(folder));
        lines.append(tr("%1: %n log file(s) in %2", nullptr, source.files)
                         .arg(agentDisplayName(source.kind), folders.join(QStringLiteral(", "))));
    }
    m_agentsText->setText(tr("Found on this computer:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')) +
                          QLatin1Char('\n') + tr("Their tokens are priced at API rates; you say whether a plan pays."));
    m_agentsButton->setText(tr("Read Their Logs…"));
    m_agentsButton->setEnabled(true);
}

}   // namespace tl
