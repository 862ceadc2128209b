#include "emptystate.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tl {

EmptyState::EmptyState(const QString &title, const QString &body, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_body(new QLabel(body, this))
    , m_action(new QPushButton(this))
    , m_secondary(new QPushButton(this))
{
    m_title->setObjectName(QStringLiteral("emptyStateTitleLabel"));
    m_body->setObjectName(QStringLiteral("emptyStateBodyLabel"));
    m_action->setObjectName(QStringLiteral("emptyStateActionButton"));
    m_secondary->setObjectName(QStringLiteral("emptyStateSecondaryActionButton"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);

    m_body->setAlignment(Qt::AlignHCenter);
    m_body->setWordWrap(true);
    m_body->setForegroundRole(QPalette::PlaceholderText);
    m_body->setTextFormat(Qt::PlainText);

    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);
    m_secondary->hide();
    connect(m_secondary, &QPushButton::clicked, this, &EmptyState::secondaryActionTriggered);

    // A fixed-width column keeps word-wrapped text readable and centred at any window size.
    auto *column = new QWidget(this);
    column->setFixedWidth(520);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_body);
    columnLayout->addSpacing(16);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_action);
    actions->addWidget(m_secondary);
    actions->addStretch(1);
    columnLayout->addLayout(actions);

    // Word-wrapped labels report a guessed width; give them the height they need at the column's.
    m_title->setMinimumHeight(std::max(0, m_title->heightForWidth(column->width())));
    m_body->setMinimumHeight(std::max(0, m_body->heightForWidth(column->width())));

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyState::setAction(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void EmptyState::setSecondaryAction(const QString &text)
{
    m_secondary->setText(text);
    m_secondary->setVisible(!text.isEmpty());
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setMinimumHeight(m_title->heightForWidth(m_title->parentWidget()->width()));
}

void EmptyState::setBody(const QString &body)
{
    m_body->setText(body);
    m_body->setMinimumHeight(m_body->heightForWidth(m_body->parentWidget()->width()));
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::body() const
{
    return m_body->text();
}

}   // namespace tl
