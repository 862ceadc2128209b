#include "privatekeyring.h"

#include <QDir>
#include <QRegularExpression>

#include <csignal>
#include <sys/types.h>

namespace tl::test {

PrivateKeyring::~PrivateKeyring()
{
    if (m_keyringPid > 0) {
        ::kill(pid_t(m_keyringPid), SIGCONT);
        ::kill(pid_t(m_keyringPid), SIGTERM);
    }
    if (m_bus.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_bus.processId()), SIGCONT);
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }
}

QProcessEnvironment PrivateKeyring::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    return env;
}

void PrivateKeyring::useInThisProcess() const
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
}

bool PrivateKeyring::run(const QString &program, const QStringList &arguments, const QByteArray &input,
                         QByteArray *output) const
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(program, arguments);
    if (!p.waitForStarted(10'000))
        return false;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(20'000))
        return false;
    if (output)
        *output = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PrivateKeyring::start()
{
    if (!m_home.isValid())
        return false;
    QDir(m_home.path()).mkpath(QStringLiteral("run"));
    QFile::setPermissions(m_home.filePath(QStringLiteral("run")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_bus.setProcessEnvironment(environment());
    m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                                QStringLiteral("--nopidfile"), QStringLiteral("--print-address=1")});
    if (!m_bus.waitForStarted(10'000))
        return false;
    while (!m_bus.canReadLine()) {
        if (!m_bus.waitForReadyRead(10'000))
            return false;
    }
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    if (m_address.isEmpty())
        return false;
    // Created and unlocked with a throwaway password, then started for the secrets component.
    if (!run(QStringLiteral("gnome-keyring-daemon"),
             {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")}, "private-keyring"))
        return false;
    run(QStringLiteral("gnome-keyring-daemon"), {QStringLiteral("--start"), QStringLiteral("--components=secrets")});
    // Its process id, from the bus that knows who owns the Secret Service.
    QByteArray answer;
    if (!run(QStringLiteral("dbus-send"),
             {QStringLiteral("--session"), QStringLiteral("--print-reply"),
              QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
              QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
              QStringLiteral("string:org.freedesktop.secrets")},
             {}, &answer))
        return false;
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("uint32 (\\d+)")).match(QString::fromUtf8(answer));
    m_keyringPid = m.hasMatch() ? m.captured(1).toLongLong() : 0;
    return m_keyringPid > 0;
}

bool PrivateKeyring::lock()
{
    // Over D-Bus, as a desktop's "lock keyring" does (secret-tool lock crashes in libsecret 0.20.5).
    QByteArray answer;
    return run(QStringLiteral("dbus-send"),
               {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")},
               {}, &answer) &&
           answer.contains("/org/freedesktop/secrets/collection/login");
}

QByteArray PrivateKeyring::lookup(const QString &entry) const
{
    QByteArray out;
    run(QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("org.tokenledger.TokenLedger"),
         QStringLiteral("user"), entry},
        {}, &out);
    return out.trimmed();
}

bool PrivateKeyring::pauseKeyring(bool pause)
{
    return m_keyringPid > 0 && ::kill(pid_t(m_keyringPid), pause ? SIGSTOP : SIGCONT) == 0;
}

bool PrivateKeyring::pauseBus(bool pause)
{
    return m_bus.processId() > 0 && ::kill(pid_t(m_bus.processId()), pause ? SIGSTOP : SIGCONT) == 0;
}

}   // namespace tl::test
