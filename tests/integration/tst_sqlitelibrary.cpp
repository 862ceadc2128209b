// TokenLedger calls its own SQLite on the Qt SQLite driver's connection handle: only sound when
// the driver runs the very same library. The check must pass here (Debian's driver links the
// system libsqlite3) and must tell a module with its own copy of SQLite apart, even one of the
// same release.

#include "storage/database.h"
#include "storage/sqlitelibrary.h"
#include "storage/sqlitestatement.h"
#include "testdatabase.h"

#include <QTest>

#include <dlfcn.h>
#include <sqlite3.h>

using namespace tl;
using Verdict = sql::SqliteLibraryCheck::Verdict;

class TestSqliteLibrary : public QObject
{
    Q_OBJECT

private slots:
    void driverOnThisSystemIsTheSameLibrary()
    {
        test::TestDatabase db;   // Database::open() has run the check
        QVERIFY2(db.isOpen(), qPrintable(db.database().errorString()));
        const sql::SqliteLibraryCheck check = sql::checkQtSqliteDriver(db.connection());
        QVERIFY2(check.ok(), qPrintable(check.detail));
        QVERIFY2(check.detail.contains(QStringLiteral("libqsqlite")), qPrintable(check.detail));
        QVERIFY(sql::nativeHandle(db.connection()) != nullptr);
        // A second connection (another worker thread's) gets the same answer, remembered for the
        // loaded driver module rather than looked up again.
        test::TestDatabase other;
        QVERIFY2(other.isOpen(), qPrintable(other.database().errorString()));
        const sql::SqliteLibraryCheck again = sql::checkQtSqliteDriver(other.connection());
        QCOMPARE(again.verdict, check.verdict);
        QCOMPARE(again.detail, check.detail);
    }

    void systemLibraryIsTheSameLibrary()
    {
        void *module = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD);
        QVERIFY2(module, dlerror());
        const sql::SqliteLibraryCheck check = sql::checkSqliteModule(module, QStringLiteral("libsqlite3.so.0"));
        dlclose(module);
        QCOMPARE(check.verdict, Verdict::Same);
    }

    void ownCopyOfSqliteIsDifferent()
    {
#ifndef TOKENLEDGER_FOREIGN_SQLITE
        QSKIP("libsqlite3.a (libsqlite3-dev) was not found when configuring: no module with its own SQLite to test");
#else
        void *module = dlopen(TOKENLEDGER_FOREIGN_SQLITE, RTLD_NOW | RTLD_LOCAL);
        QVERIFY2(module, dlerror());
        const sql::SqliteLibraryCheck check = sql::checkSqliteModule(module, QStringLiteral("the test module"));
        QCOMPARE(check.verdict, Verdict::Different);
        QVERIFY(!check.ok());
        QVERIFY2(check.detail.contains(QStringLiteral("uses the SQLite library in")) &&
                     check.detail.contains(QStringLiteral("foreign_sqlite")),
                 qPrintable(check.detail));
        // The same release as the system's: versions alone could not tell the copies apart.
        using SourceId = const char *(*)();
        const auto sourceId = reinterpret_cast<SourceId>(dlsym(module, "sqlite3_sourceid"));
        QVERIFY(sourceId);
        QCOMPARE(QString::fromLatin1(sourceId()), QString::fromLatin1(sqlite3_sourceid()));
        dlclose(module);
#endif
    }

    void whatCannotBeVerifiedIsRefused()
    {
        sql::SqliteLibraryCheck check = sql::checkSqliteModule(nullptr, QStringLiteral("nothing"));
        QCOMPARE(check.verdict, Verdict::Unverifiable);
        QVERIFY(!check.ok());

        // QtCore links no SQLite: nothing to compare, so no permission to share a handle.
        Dl_info info = {};
        QVERIFY(dladdr(reinterpret_cast<void *>(&qVersion), &info) != 0);
        void *core = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
        QVERIFY(core);
        check = sql::checkSqliteModule(core, QStringLiteral("QtCore"));
        dlclose(core);
        QCOMPARE(check.verdict, Verdict::Unverifiable);
        QVERIFY2(check.detail.contains(QStringLiteral("cannot be checked")), qPrintable(check.detail));

        // A connection that is not the Qt SQLite driver's.
        check = sql::checkQtSqliteDriver(QSqlDatabase());
        QCOMPARE(check.verdict, Verdict::Unverifiable);
    }
};

QTEST_GUILESS_MAIN(TestSqliteLibrary)
#include "tst_sqlitelibrary.moc"
