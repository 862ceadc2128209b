#pragma once

#include "records/records.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QNetworkAccessManager;

namespace tl {

class FieldHint;
class SecretStore;

// Add or edit a provider account. The key field goes straight to the keychain (never kept
// anywhere else); left empty when editing, the stored key is kept. Save first tests the
// connection with what was typed; when the test fails the user is told why and may still save.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    explicit AccountDialog(QWidget *parent = nullptr);

    void setAccount(const Account &account);   // editing
    // Where Save's connection test goes out (none set: Save saves without a test). `secrets`
    // gives the stored key when an edit leaves the key field empty.
    void setConnectionTest(QNetworkAccessManager *network, SecretStore *secrets);
    Account account() const;
    QString key() const;
    QString validationError() const;

private:
    void updateHelp();
    void validate();
    void saveClicked();
    void testThenAccept(const QString &key);
    void tested(const QString &problem);
    QString keyProblem() const;
    QString baseUrlProblem() const;

    Account m_account;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_organization = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_insecureHttp = nullptr;
    QLabel *m_help = nullptr;
    QLabel *m_testStatus = nullptr;
    FieldHint *m_labelHint = nullptr;
    FieldHint *m_keyHint = nullptr;
    FieldHint *m_baseUrlHint = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    SecretStore *m_secrets = nullptr;
    QMessageBox *m_testFailed = nullptr;
    int m_testRun = 0;   // a newer test (or a closed dialog) makes an older answer stale
    QDialogButtonBox *m_buttons = nullptr;
};

}   // namespace tl
