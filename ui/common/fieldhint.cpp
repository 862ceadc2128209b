#include "fieldhint.h"

#include <QLineEdit>
#include <QVBoxLayout>

namespace tl {

FieldHint::FieldHint(QLineEdit *field, QWidget *parent)
    : QLabel(parent)
{
    QString name = field->objectName();
    if (name.endsWith(u"LineEdit"))
        name.chop(8);
    setObjectName(name + QStringLiteral("HintLabel"));
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #b3261e;"));
    setVisible(false);
    // textEdited, not textChanged: only the user's own typing counts, never a value filled in.
    connect(field, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        present();
    });
}

void FieldHint::setProblem(const QString &problem)
{
    m_problem = problem;
    present();
}

void FieldHint::reveal()
{
    m_touched = true;
    present();
}

void FieldHint::reset()
{
    m_touched = false;
    present();
}

QBoxLayout *FieldHint::stacked(QWidget *field, FieldHint *hint)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(hint);
    return column;
}

void FieldHint::present()
{
    const bool show = m_touched && !m_problem.isEmpty();
    setText(show ? m_problem : QString());
    setVisible(show);
}

}   // namespace tl
