#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace tl::test {

// A D-Bus session of its own with a real, unlocked gnome-keyring Secret Service in a throwaway
// HOME: tests that lock the keychain or pause it cannot disturb anything else. Stopped (bus and
// keyring) when the object goes.
class PrivateKeyring final
{
public:
    PrivateKeyring() = default;
    ~PrivateKeyring();
    Q_DISABLE_COPY_MOVE(PrivateKeyring)

    bool start();
    QString busAddress() const { return m_address; }
    // The environment for processes that should use this session (HOME, XDG dirs, the bus).
    QProcessEnvironment environment() const;
    // Points this process's future D-Bus and keychain clients at the session. Call before the
    // first keychain or D-Bus use in the process.
    void useInThisProcess() const;

    bool lock();                                     // locks the login collection
    QByteArray lookup(const QString &entry) const;   // what QtKeychain filed under `entry`
    // Pauses / resumes the keyring daemon (SIGSTOP / SIGCONT) or the bus daemon itself.
    bool pauseKeyring(bool pause);
    bool pauseBus(bool pause);

private:
    bool run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
             QByteArray *output = nullptr) const;

    QTemporaryDir m_home;
    QProcess m_bus;
    QString m_address;
    qint64 m_keyringPid = 0;
};

}   // namespace tl::test
