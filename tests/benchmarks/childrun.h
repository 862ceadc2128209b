#pragma once

#include <QString>
#include <QStringList>

namespace tl::bench {

// What one child process took: wall time, peak resident memory (wait4()'s ru_maxrss) and how it
// ended. Its standard output and error go to files the caller names.
struct ChildRun
{
    bool started = false;
    int exitCode = -1;   // -1: did not start or was killed by a signal
    qint64 wallNs = 0;
    qint64 startNs = 0;   // steady clock at the fork (ns), for moments the child reports itself
    qint64 maxRssKiB = 0;
    QString error;   // why it did not start

    bool ok() const { return started && exitCode == 0; }
    double seconds() const { return double(wallNs) / 1e9; }
    double rssMiB() const { return double(maxRssKiB) / 1024.0; }
};

// Runs `program` (through tokenledger-runmeasured, next to the benchmark) with `arguments` (no
// shell) and `environment` (NAME=value entries added to or replacing the benchmark's own), its
// stdout and stderr to the named files ("" = /dev/null), and measures it.
ChildRun runChild(const QString &program, const QStringList &arguments, const QStringList &environment,
                  const QString &stdoutPath, const QString &stderrPath);

}   // namespace tl::bench
