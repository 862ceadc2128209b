#include "netbackend.h"

#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QMutex>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace tl::net {

namespace {

using Entry = const NetBackend *(*)();
using Build = const char *(*)();

struct Loaded
{
    const NetBackend *backend = nullptr;
    QString error;     // a sentence for people
    QString problem;   // what the loader said
};

// Where the module is looked for, from the executable's directory: as installed
// (TOKENLEDGER_NET_MODULE_DIR: the path from the install's bin to lib/tokenledger/modules) and as
// built (lib/tokenledger in the build tree).
QStringList moduleDirectories()
{
    const QString app = QCoreApplication::applicationDirPath();
    QStringList dirs{QDir::cleanPath(app + QStringLiteral("/" TOKENLEDGER_NET_MODULE_DIR)),
                     QDir::cleanPath(app + QStringLiteral("/../lib/tokenledger"))};
    dirs.removeDuplicates();
    return dirs;
}

// The module's interface is checked through its own plain C function before anything of its C++
// is called: a module of another build could lay out NetBackend differently.
Entry checked(Build build, Entry entry, QString *problem)
{
    if (!build || !entry) {
        *problem = QStringLiteral("it has no %1")
                       .arg(QLatin1String(build ? TOKENLEDGER_NET_ENTRY : TOKENLEDGER_NET_BUILD_ENTRY));
        return nullptr;
    }
    if (qstrcmp(build(), TOKENLEDGER_NET_BUILD) != 0) {
        *problem = QStringLiteral("it is from another version (%1, this is %2)")
                       .arg(QString::fromLatin1(build()), QStringLiteral(TOKENLEDGER_NET_BUILD));
        return nullptr;
    }
    return entry;
}

Loaded load()
{
    Loaded out;
    Entry entry = nullptr;
    QStringList problems;
#ifdef Q_OS_UNIX
    // Linked into this process (the tests, the benchmark).
    if (auto *linked = dlsym(RTLD_DEFAULT, TOKENLEDGER_NET_ENTRY)) {
        QString problem;
        entry = checked(reinterpret_cast<Build>(dlsym(RTLD_DEFAULT, TOKENLEDGER_NET_BUILD_ENTRY)),
                        reinterpret_cast<Entry>(linked), &problem);
        if (!entry)
            problems << problem;
    }
#endif
    const QStringList dirs = entry ? QStringList() : moduleDirectories();
    for (qsizetype i = 0; !entry && i < dirs.size(); ++i) {
        QLibrary library(dirs.at(i) + QStringLiteral("/tokenledger-net"));
        // Kept loaded to the end: QtNetwork and QtKeychain are reached only through it, and Qt
        // would otherwise close it while the process exits.
        library.setLoadHints(QLibrary::PreventUnloadHint);
        if (!library.load()) {
            problems << library.errorString();
            continue;
        }
        QString problem;
        entry = checked(reinterpret_cast<Build>(library.resolve(TOKENLEDGER_NET_BUILD_ENTRY)),
                        reinterpret_cast<Entry>(library.resolve(TOKENLEDGER_NET_ENTRY)), &problem);
        if (!entry)
            problems << library.fileName() + QStringLiteral(": ") + problem;
    }
    out.backend = entry ? entry() : nullptr;
    if (!out.backend) {
        out.problem = problems.isEmpty() ? QStringLiteral("it was not found") : problems.join(u"; ");
        out.error = QCoreApplication::translate("tl::NetBackend",
                                                "TokenLedger's network module (libtokenledger-net) could not be "
                                                "loaded, so nothing can be synced and no key can be read or stored: "
                                                "%1. Reinstall TokenLedger.")
                        .arg(out.problem);
    }
    return out;
}

}   // namespace

const NetBackend *backend(QString *error, QString *problem)
{
    // Loaded once, whichever thread asks first. Only once the application exists: before, its
    // directory (where the module is looked for) is not known, and nothing is remembered.
    static QMutex mutex;
    static std::optional<Loaded> loaded;
    const QMutexLocker lock(&mutex);
    if (!loaded && !QCoreApplication::instance()) {
        if (error)
            *error = QStringLiteral("the network module is looked for only once the application has started");
        if (problem)
            *problem = QStringLiteral("no application yet");
        return nullptr;
    }
    if (!loaded)
        loaded = load();
    if (!loaded->backend) {
        if (error)
            *error = loaded->error;
        if (problem)
            *problem = loaded->problem;
    }
    return loaded->backend;
}

QNetworkAccessManager *newNetwork(QObject *parent, QString *error)
{
    const NetBackend *b = backend(error);
    return b ? b->newNetwork(parent) : nullptr;
}

}   // namespace tl::net
