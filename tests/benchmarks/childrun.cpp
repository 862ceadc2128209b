#include "childrun.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>

namespace tl::bench {

ChildRun runChild(const QString &program, const QStringList &arguments, const QStringList &environment,
                  const QString &stdoutPath, const QString &stderrPath)
{
    ChildRun run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &e : environment) {
        const qsizetype eq = e.indexOf(u'=');
        env.insert(e.left(eq), e.mid(eq + 1));
    }
    // The launcher forks and measures the child (see runmeasured.cpp for why not from here).
    QProcess launcher;
    launcher.setProcessEnvironment(env);
    launcher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString devNull = QStringLiteral("/dev/null");
    launcher.start(
        QCoreApplication::applicationDirPath() + QStringLiteral("/tokenledger-runmeasured"),
        QStringList{stdoutPath.isEmpty() ? devNull : stdoutPath, stderrPath.isEmpty() ? devNull : stderrPath, program} +
            arguments);
    if (!launcher.waitForFinished(-1) || launcher.exitCode() != 0) {
        run.error = QStringLiteral("the launcher failed: ") + launcher.errorString();
        return run;
    }
    const QList<QByteArray> fields = launcher.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() < 3) {
        run.error = QStringLiteral("the launcher said nothing readable");
        return run;
    }
    run.wallNs = fields[0].toLongLong();
    run.maxRssKiB = fields[1].toLongLong();
    run.exitCode = fields[2].toInt();
    run.startNs = fields.value(3).toLongLong();
    run.started = run.exitCode != 127;
    if (!run.started)
        run.error = QStringLiteral("cannot run ") + program;
    return run;
}

}   // namespace tl::bench
