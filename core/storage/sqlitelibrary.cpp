#include "sqlitelibrary.h"

#include "queryloop.h"

#include <QFile>
#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <mutex>

#if __has_include(<dlfcn.h>)
#include <dlfcn.h>
#define TL_HAVE_DLFCN 1
#endif

namespace tl::sql {

namespace {

SqliteLibraryCheck verdict(SqliteLibraryCheck::Verdict v, const QString &detail)
{
    return {v, detail};
}

#ifdef TL_HAVE_DLFCN
// The file an address was loaded from, for the message.
QString fileOf(const void *address)
{
    Dl_info info = {};
    if (dladdr(address, &info) == 0 || !info.dli_fname)
        return QStringLiteral("an unknown module");
    return QFile::decodeName(info.dli_fname);
}

void *symbol(void *module, const char *name)
{
    dlerror();
    return dlsym(module, name);
}
#endif

}   // namespace

SqliteLibraryCheck checkSqliteModule(void *module, const QString &moduleName)
{
    using V = SqliteLibraryCheck::Verdict;
#ifdef TL_HAVE_DLFCN
    if (!module)
        return verdict(V::Unverifiable,
                       QStringLiteral("%1 is not loaded, so the SQLite it uses cannot be checked").arg(moduleName));
    // Addresses, not names or versions: two copies of the same SQLite release differ only here.
    // (In a non-PIE build our address could be a PLT stub and differ from the real one: that errs
    // on the safe side, as a refusal.)
    void *theirs = symbol(module, "sqlite3_prepare_v3");
    auto *const ours = reinterpret_cast<void *>(&sqlite3_prepare_v3);
    if (!theirs)
        return verdict(
            V::Unverifiable,
            QStringLiteral("%1 does not expose the SQLite library it uses, so it cannot be checked").arg(moduleName));
    if (theirs != ours)
        return verdict(V::Different, QStringLiteral("%1 uses the SQLite library in %2, TokenLedger the one in %3")
                                         .arg(moduleName, fileOf(theirs), fileOf(ours)));
    using SourceId = const char *(*)();
    auto sourceId = reinterpret_cast<SourceId>(symbol(module, "sqlite3_sourceid"));
    if (!sourceId || qstrcmp(sourceId(), sqlite3_sourceid()) != 0)
        return verdict(V::Different, QStringLiteral("%1 reports another SQLite build than TokenLedger's (%2)")
                                         .arg(moduleName, QString::fromLatin1(sqlite3_sourceid())));
    return verdict(V::Same,
                   QStringLiteral("%1 uses the same SQLite library as TokenLedger (%2)").arg(moduleName, fileOf(ours)));
#else
    Q_UNUSED(module)
    return verdict(V::Unverifiable,
                   QStringLiteral("this platform offers no way to check which SQLite library %1 uses").arg(moduleName));
#endif
}

SqliteLibraryCheck checkDriverModule(const QSqlDatabase &db)
{
    using V = SqliteLibraryCheck::Verdict;
    const QSqlDriver *driver = db.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::SQLite)
        return verdict(V::Unverifiable, QStringLiteral("the connection does not use the Qt SQLite driver"));
#ifdef TL_HAVE_DLFCN
    // The driver's meta-object lives in the module that implements it: the QSQLITE plugin (or
    // QtSql itself in a static build). RTLD_NOLOAD hands back that loaded module, loading nothing.
    Dl_info info = {};
    if (dladdr(driver->metaObject(), &info) == 0 || !info.dli_fname)
        return verdict(V::Unverifiable, QStringLiteral("the file the Qt SQLite driver was loaded from is unknown"));
    // A loaded module stays what it is: checked once per process and module, not at every
    // connection (the window's, each worker thread's) — the answer does not change.
    static std::mutex mutex;
    static QHash<QByteArray, SqliteLibraryCheck> checked;
    const QByteArray file(info.dli_fname);
    const std::lock_guard<std::mutex> lock(mutex);
    if (const auto known = checked.constFind(file); known != checked.cend())
        return *known;
    const QString name = QStringLiteral("the Qt SQLite driver (%1)").arg(QFile::decodeName(info.dli_fname));
    void *module = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    const SqliteLibraryCheck result = checkSqliteModule(module, name);
    if (module)
        dlclose(module);
    checked.insert(file, result);
    return result;
#else
    return checkSqliteModule(nullptr, QStringLiteral("the Qt SQLite driver"));
#endif
}

SqliteLibraryCheck checkQtSqliteDriver(const QSqlDatabase &db)
{
    using V = SqliteLibraryCheck::Verdict;
    SqliteLibraryCheck result = checkDriverModule(db);
    if (!result.ok())
        return result;
    // The same question asked of the library that runs the connection's SQL.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString error;
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next()) {
        sql::readSucceeded(q, &error);
        return verdict(V::Unverifiable, QStringLiteral("the Qt SQLite driver did not say which SQLite it runs (%1)")
                                            .arg(error.isEmpty() ? sql::describeError(q.lastError()) : error));
    }
    const QString theirs = q.value(0).toString();
    const QString ours = QString::fromLatin1(sqlite3_sourceid());
    if (theirs != ours)
        return verdict(V::Different,
                       QStringLiteral("the Qt SQLite driver runs SQLite %1, TokenLedger %2").arg(theirs, ours));
    return result;
}

}   // namespace tl::sql
