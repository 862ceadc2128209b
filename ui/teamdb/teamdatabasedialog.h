#pragma once

#include "storage/dbprofile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tl {

class SecretStore;
class Settings;

// File → Connect to a Team Database…: the server, database, user and TLS mode of a team ledger on
// PostgreSQL, and its password. Connect tries the connection off the UI thread (creating the schema
// in an empty database), then files the password in the keychain (never in the settings or the
// URL); accepted, profile() is the team database to open. "Use the Personal Ledger" (shown when a
// team database is in use) leaves it for the SQLite file.
class TeamDatabaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamDatabaseDialog)

public:
    // `current`: the team database in use (its fields are filled in), or an SQLite profile.
    TeamDatabaseDialog(const DbProfile &current, SecretStore *secrets, QWidget *parent = nullptr);

    DbProfile profile() const { return m_profile; }
    // Accepted with this: go back to the personal SQLite ledger.
    bool personalChosen() const { return m_personal; }

    // The URL the fields describe (no password), or empty with *error.
    QString url(QString *error) const;

private:
    void connectToServer();
    void connected(const QString &error);
    void passwordStored(bool ok, const QString &message);
    void setBusy(bool busy, const QString &status);

    SecretStore *m_secrets;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_password;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connect;
    DbProfile m_profile;
    bool m_personal = false;
};

// Runs the dialog for the window's File menu; on a choice, remembers it (the URL, never a password)
// for the next start and offers to restart now. `location`: the ledger open now (file or URL).
void chooseTeamDatabase(QWidget *parent, Settings &settings, SecretStore *secrets, const QString &location);

}   // namespace tl
