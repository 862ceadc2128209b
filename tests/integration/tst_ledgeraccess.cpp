// Ledgers TokenLedger cannot use as they are: each is refused with words that say why and what to
// do, and the file is left as it was.

#include "clirunner.h"
#include "rawfiles.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace tl;

class TestLedgerAccess : public QObject
{
    Q_OBJECT

private slots:
    // `check --json` answers in JSON whatever happens: a script once got nothing on stdout for a
    // file it could not check.
    void checkAnswersInJsonWhenItCannotCheck()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("hi\n") == 3);
        f.close();
        const QString odd = dir.filePath(QStringLiteral("odd.sqlite"));
        QVERIFY(test::makeRawSqlite(odd, {QStringLiteral("PRAGMA user_version = -1")}));
        for (const auto &[path, why] :
             {std::pair{text, QStringLiteral("not an SQLite file")},
              std::pair{odd, QStringLiteral("its schema version, -1")},
              std::pair{dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("there is no database at")}}) {
            const test::CliRun r =
                test::runCli({QStringLiteral("--db"), path, QStringLiteral("check"), QStringLiteral("--json")});
            QCOMPARE(r.code, 1);
            const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(o.value(QStringLiteral("ok")), QJsonValue(false));
            QCOMPARE(o.value(QStringLiteral("database")).toString(), path);
            QVERIFY2(o.value(QStringLiteral("error")).toString().contains(why), qPrintable(r.out));
            QVERIFY2(r.err.contains(why), qPrintable(r.err));
        }
    }

    // A ledger in WAL mode in a folder its reader cannot write: SQLite cannot create the -shm file
    // it reads through, and said "attempt to write a readonly database" — to a read-only `check`.
    // Run as another user (root ignores folder modes) through the real command line.
    void aLedgerInAReadOnlyFolderSaysWhatToDo()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                      QFile::ExeOther));
        const QString folder = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkdir(folder));
        const QString path = folder + QStringLiteral("/ledger.sqlite");
        {
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));   // a clean close removes it
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                                                  QFile::ReadOther | QFile::ExeOther));
        // The other user's home, where `report` keeps its settings.
        const QString home = dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkdir(home));
        QVERIFY(QFile::setPermissions(home, QFileDevice::Permissions(0x7777)));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.remove(QString::fromLatin1(name));
        const QByteArray before = test::fileHash(path);
        for (const QString &command : {QStringLiteral("check"), QStringLiteral("report")}) {
            QProcess p;
            p.setProcessEnvironment(env);
            const QStringList args{QStringLiteral("--db"), path, command};
            if (::geteuid() == 0)
                p.start(QStringLiteral("setpriv"),
                        QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                    QStringLiteral("--clear-groups"), qEnvironmentVariable("TOKENLEDGER_BINARY")} +
                            args);
            else
                p.start(qEnvironmentVariable("TOKENLEDGER_BINARY"), args);
            QVERIFY(p.waitForFinished(60'000));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QCOMPARE(p.exitCode(), 1);
            QVERIFY2(err.contains(QStringLiteral("its folder is not writable for you")), qPrintable(err));
            QVERIFY2(!err.contains(QStringLiteral("attempt to write")), qPrintable(err));
        }
        QCOMPARE(test::fileHash(path), before);
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
};

QTEST_GUILESS_MAIN(TestLedgerAccess)
#include "tst_ledgeraccess.moc"
