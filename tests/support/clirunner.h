#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace tl::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the real tokenledger binary ($TOKENLEDGER_BINARY) without a display. The event loop keeps
// turning while it runs, so a loopback server in the test process can answer it. `input` goes
// to its standard input; `extra` adds or overrides environment variables.
CliRun runCli(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &extra = {});

}   // namespace tl::test
