#include "netbackend.h"

#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace tl::net {

namespace {

using Entry = const NetBackend *(*)();

struct Loaded
{
    const NetBackend *backend = nullptr;
    QString error;
};

// Where the module is looked for, from the executable's directory: as installed
// (TOKENLEDGER_NET_MODULE_DIR: the path from the install's bin to lib/tokenledger/modules) and as
// built (lib/tokenledger in the build tree).
QStringList moduleDirectories()
{
    QStringList dirs;
    const QString app = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    if (!app.isEmpty()) {
        dirs << QDir::cleanPath(app + QStringLiteral("/" TOKENLEDGER_NET_MODULE_DIR));
        dirs << QDir::cleanPath(app + QStringLiteral("/../lib/tokenledger"));
    }
    dirs.removeDuplicates();
    return dirs;
}

Loaded load()
{
    Loaded out;
    Entry entry = nullptr;
#ifdef Q_OS_UNIX
    // Linked into this process (the tests, the benchmark).
    entry = reinterpret_cast<Entry>(dlsym(RTLD_DEFAULT, TOKENLEDGER_NET_ENTRY));
#endif
    QStringList problems;
    const QStringList dirs = moduleDirectories();
    for (qsizetype i = 0; !entry && i < dirs.size(); ++i) {
        QLibrary library(dirs.at(i) + QStringLiteral("/tokenledger-net"));
        if (!library.load()) {
            problems << library.errorString();
            continue;
        }
        entry = reinterpret_cast<Entry>(library.resolve(TOKENLEDGER_NET_ENTRY));
        if (!entry)
            problems << library.errorString();
    }
    if (!entry) {
        out.error = QCoreApplication::translate("tl::NetBackend",
                                                "TokenLedger's network module (libtokenledger-net) could not be "
                                                "loaded, so nothing can be synced and no key can be read or stored: "
                                                "%1. Reinstall TokenLedger.")
                        .arg(problems.isEmpty() ? QStringLiteral("it was not found") : problems.join(u"; "));
        return out;
    }
    const NetBackend *backend = entry();
    if (!backend || qstrcmp(backend->build(), TOKENLEDGER_NET_BUILD) != 0) {
        out.error =
            QCoreApplication::translate("tl::NetBackend",
                                        "TokenLedger's network module is from another version (%1, this is "
                                        "%2), so it was not used. Reinstall TokenLedger.")
                .arg(QString::fromLatin1(backend ? backend->build() : "?"), QStringLiteral(TOKENLEDGER_NET_BUILD));
        return out;
    }
    out.backend = backend;
    return out;
}

}   // namespace

const NetBackend *backend(QString *error)
{
    static const Loaded loaded = load();   // once, whichever thread asks first
    if (!loaded.backend && error)
        *error = loaded.error;
    return loaded.backend;
}

QNetworkAccessManager *newNetwork(QObject *parent, QString *error)
{
    const NetBackend *b = backend(error);
    return b ? b->newNetwork(parent) : nullptr;
}

}   // namespace tl::net
