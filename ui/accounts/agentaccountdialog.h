#pragma once

#include "records/records.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace tl {

// Edit a coding-agent account: its label, the folders its logs are read from, its billing
// (subscription or API key) and whether syncs include it. Never asks for a key: there is none.
class AgentAccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentAccountDialog)

public:
    AgentAccountDialog(const Account &account, const QStringList &folders, QWidget *parent = nullptr);

    Account account() const;
    QStringList folders() const;
    QString validationError() const;
    // Adds a folder as Browse… does (tests).
    void addFolder(const QString &folder);

private:
    void browse();
    void validate();

    Account m_account;
    QLineEdit *m_label = nullptr;
    QListWidget *m_folders = nullptr;
    QPushButton *m_remove = nullptr;
    QRadioButton *m_subscription = nullptr;
    QRadioButton *m_apiKey = nullptr;
    QLabel *m_billingHelp = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}   // namespace tl
