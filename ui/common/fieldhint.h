#pragma once

#include <QLabel>

class QBoxLayout;
class QLineEdit;

namespace tl {

// What is wrong with one field, shown right under it — but only once the user has typed in that
// field (or tried to save), so an untouched form is not a wall of red.
class FieldHint final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldHint)

public:
    // Named after the field: "budgetAmountLineEdit" gets "budgetAmountHintLabel".
    FieldHint(QLineEdit *field, QWidget *parent);

    void setProblem(const QString &problem);
    QString problem() const { return m_problem; }
    bool touched() const { return m_touched; }
    // Shows the problem even before the user typed (they pressed Save).
    void reveal();
    // Quiet again until the next edit (the form was emptied after an add).
    void reset();

    // The field with its hint under it, for a form row or a grid cell.
    static QBoxLayout *stacked(QWidget *field, FieldHint *hint);

private:
    void present();

    QString m_problem;
    bool m_touched = false;
};

}   // namespace tl
