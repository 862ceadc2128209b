#include "clirunner.h"

#include <QProcess>
#include <QTest>

namespace tl::test {

CliRun runCli(const QStringList &args, const QByteArray &input, const QProcessEnvironment &extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));   // the command line must not need a display
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));   // would fail if a window were made
    const QStringList names = extra.keys();
    for (const QString &name : names)
        env.insert(name, extra.value(name));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("TOKENLEDGER_BINARY"), args);
    if (!p.waitForStarted(10'000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120'000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

}   // namespace tl::test
