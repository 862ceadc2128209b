#pragma once

#include "storage/manualentryrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace tl {

class FieldHint;

// Edits or ends a manual entry: what it is, the amount, monthly or once, the start and an end
// date. Says, as the user types, what happens to the charges already made — a new monthly amount
// applies from the next charge on unless the user asks to correct the past charges too.
class ManualEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualEntryDialog)

public:
    // `ending`: opened to end the entry (the end date ticked, today, in focus).
    ManualEntryDialog(const ManualEntry &entry, QDate today, bool ending, QWidget *parent = nullptr);

    ManualEntry entry() const;   // valid only when validationError() is empty
    ManualEntryRepository::EditScope scope() const;
    QString validationError() const;
    // What the save does to the charges so far, in words (shown in the dialog).
    QString historyText() const;

private:
    void validate();
    bool splits() const;   // a new monthly amount, with charges so far, kept as they were

    ManualEntry m_before;
    QDate m_today;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_recurrence = nullptr;
    QDateEdit *m_start = nullptr;
    QCheckBox *m_ends = nullptr;
    QDateEdit *m_end = nullptr;
    QRadioButton *m_fromNext = nullptr;
    QRadioButton *m_correct = nullptr;
    QWidget *m_scopeBox = nullptr;
    QLabel *m_history = nullptr;
    FieldHint *m_labelHint = nullptr;
    FieldHint *m_amountHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// The amount typed in a manual-entry field, read in `locale`: the problem in words, or empty.
QString manualAmountProblem(const QString &text, const QLocale &locale);

}   // namespace tl
