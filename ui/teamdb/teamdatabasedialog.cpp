#include "teamdatabasedialog.h"

#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "storage/database.h"

#include <QAtomicInteger>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace tl {

namespace {

QAtomicInteger<int> attempts;

// libpq's sslmode values; empty: libpq's default (prefer).
const char *const SslModes[] = {"", "require", "verify-ca", "verify-full", "disable"};

}   // namespace

TeamDatabaseDialog::TeamDatabaseDialog(const DbProfile &current, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_connect(m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("teamDatabaseDialog"));
    setWindowTitle(tr("Connect to a Team Database"));
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_database->setObjectName(QStringLiteral("databaseLineEdit"));
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_sslMode->setObjectName(QStringLiteral("sslModeComboBox"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_connect->setObjectName(QStringLiteral("connectButton"));

    m_port->setRange(1, 65535);
    m_port->setValue(DbProfile::DefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_host->setPlaceholderText(tr("db.example.com, or a socket folder"));
    m_sslMode->addItem(tr("Prefer TLS (libpq's default)"));
    m_sslMode->addItem(tr("Require TLS"));
    m_sslMode->addItem(tr("Require TLS, verify the certificate authority"));
    m_sslMode->addItem(tr("Require TLS, verify the certificate and host name"));
    m_sslMode->addItem(tr("No TLS"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass, or none"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    if (current.isPostgres()) {
        m_host->setText(current.host());
        m_port->setValue(current.port());
        m_database->setText(current.databaseName());
        m_user->setText(current.user());
        for (int i = 0; i < int(std::size(SslModes)); ++i)
            if (current.sslMode() == QLatin1String(SslModes[i]))
                m_sslMode->setCurrentIndex(i);
        QPushButton *personal = m_buttons->addButton(tr("Use the &Personal Ledger"), QDialogButtonBox::ResetRole);
        personal->setObjectName(QStringLiteral("personalLedgerButton"));
        connect(personal, &QPushButton::clicked, this, [this] {
            m_personal = true;
            accept();
        });
    }

    auto *intro = new QLabel(tr("One ledger on a PostgreSQL server, shared by your team: everyone sees the same "
                                "numbers, budgets and alerts. API keys stay in each person's own keychain. The "
                                "password goes into this computer's keychain, never into the settings."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&TLS:"), m_sslMode);
    form->addRow(tr("Pass&word:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamDatabaseDialog::connectToServer);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString TeamDatabaseDialog::url(QString *error) const
{
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    if (database.isEmpty()) {
        *error = tr("Name the database.");
        return {};
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    QUrlQuery query;
    if (host.startsWith(u'/')) {
        query.addQueryItem(QStringLiteral("host"), host);
    } else {
        url.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
        url.setPort(m_port->value());
    }
    url.setPath(u'/' + database);
    const QString sslMode = QLatin1String(SslModes[m_sslMode->currentIndex()]);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    const QString text = url.toString(QUrl::FullyEncoded);
    QString problem;
    if (!DbProfile::parse(text, &problem)) {
        *error = problem;
        return {};
    }
    return text;
}

void TeamDatabaseDialog::setBusy(bool busy, const QString &status)
{
    m_connect->setEnabled(!busy);
    for (QWidget *field : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_sslMode, m_password})
        field->setEnabled(!busy);
    m_status->setText(status);
}

void TeamDatabaseDialog::connectToServer()
{
    QString error;
    const QString text = url(&error);
    if (text.isEmpty()) {
        m_status->setText(error);
        return;
    }
    m_profile = *DbProfile::parse(text, &error);
    setBusy(true, tr("Connecting to %1…").arg(m_profile.displayName()));
    // Off the UI thread: a server that does not answer takes its connect timeout. An empty
    // database gets the schema here, under the migration lock.
    QPointer<TeamDatabaseDialog> self(this);
    const DbProfile profile = m_profile;
    const QString password = m_password->text();
    QThread *thread = QThread::create([self, profile, password] {
        QString failure;
        {
            Database db(QStringLiteral("tl-team-connect-%1").arg(attempts.fetchAndAddRelaxed(1)));
            if (!db.open(profile, Database::Options{}, password))
                failure = db.errorString();
        }
        if (self)
            QMetaObject::invokeMethod(self, [self, failure] {
                if (self)
                    self->connected(failure);
            });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void TeamDatabaseDialog::connected(const QString &error)
{
    if (!error.isEmpty()) {
        setBusy(false, error);
        return;
    }
    if (m_password->text().isEmpty() || !m_secrets) {
        accept();
        return;
    }
    setBusy(true, tr("Connected. Storing the password in the keychain…"));
    QPointer<TeamDatabaseDialog> self(this);
    m_secrets->write(m_profile.keychainEntry(), m_password->text(), [self](SecretStore::Result result) {
        if (self)
            self->passwordStored(result.status == SecretStore::Status::Ok, result.message);
    });
}

void TeamDatabaseDialog::passwordStored(bool ok, const QString &message)
{
    if (ok) {
        accept();
        return;
    }
    setBusy(false, tr("The connection works, but the keychain did not take the password (%1); nothing was "
                      "changed. Put it in ~/.pgpass instead and leave the password empty here.")
                       .arg(message));
}

}   // namespace tl

namespace tl {

void chooseTeamDatabase(QWidget *parent, Settings &settings, SecretStore *secrets, const QString &location)
{
    QString ignored;
    const DbProfile current = DbProfile::parse(location, &ignored).value_or(DbProfile::sqliteFile(location));
    TeamDatabaseDialog dialog(current, secrets, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString chosen = dialog.personalChosen() ? QString() : dialog.profile().displayName();
    settings.setValue(keys::TeamDatabase, chosen);
    settings.sync();
    // Every page, the sync thread and the scheduler hold the open ledger: a new start opens the
    // other one cleanly instead of swapping it under them.
    const QString where = chosen.isEmpty() ? TeamDatabaseDialog::tr("the personal ledger") : chosen;
    const auto answer = QMessageBox::question(
        parent, TeamDatabaseDialog::tr("Restart TokenLedger"),
        TeamDatabaseDialog::tr("TokenLedger opens %1 when it starts again. Restart now?").arg(where),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    // Without a --db of this start, which would win over the choice.
    QStringList arguments;
    const QStringList given = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < given.size(); ++i) {
        if (given[i] == u"--db")
            ++i;
        else if (!given[i].startsWith(u"--db="))
            arguments << given[i];
    }
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        QCoreApplication::quit();
}

}   // namespace tl
