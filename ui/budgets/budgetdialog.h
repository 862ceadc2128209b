#pragma once

#include "alerts/budgets.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tl {

class FieldHint;

// Adds or edits a monthly budget: name, scope (everything, a provider, an account), the amount
// in USD (exact decimal) and the thresholds that raise alerts.
class BudgetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetDialog)

public:
    // `accounts`: id and label of each account, for the account scope.
    explicit BudgetDialog(const QList<std::pair<qint64, QString>> &accounts, QWidget *parent = nullptr);

    void setBudget(const Budget &budget);
    Budget budget() const;   // valid only when validationError() is empty
    QString validationError() const;

private:
    void fillScopeValues();
    void validate();
    QString nameProblem() const;
    QString amountProblem() const;
    QString thresholdsProblem() const;
    QString scopeProblem() const;

    QList<std::pair<qint64, QString>> m_accounts;
    qint64 m_id = 0;
    QLineEdit *m_name = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_scopeValue = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_thresholds = nullptr;
    QCheckBox *m_enabled = nullptr;
    FieldHint *m_nameHint = nullptr;
    FieldHint *m_amountHint = nullptr;
    FieldHint *m_thresholdsHint = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}   // namespace tl
