#pragma once

#include "records/records.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tl {

// Add or edit a provider account. The key field goes straight to the keychain (never kept
// anywhere else); left empty when editing, the stored key is kept.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    explicit AccountDialog(QWidget *parent = nullptr);

    void setAccount(const Account &account);   // editing
    Account account() const;
    QString key() const;
    QString validationError() const;

private:
    void updateHelp();
    void validate();

    Account m_account;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_organization = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_insecureHttp = nullptr;
    QLabel *m_help = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}   // namespace tl
