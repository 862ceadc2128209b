// Spend data and account names are private: what TokenLedger creates is readable by its owner
// only — folders 0700, files 0600 — through the real binary and through core alone.

#include "clirunner.h"
#include "settings/profile.h"
#include "settings/settings.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace tl;
using tl::test::runCli;

namespace {

// The permission bits, or -1 when the path does not exist.
int mode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int bits)
{
    return bits < 0 ? QStringLiteral("missing") : QStringLiteral("0%1").arg(bits, 3, 8, QLatin1Char('0'));
}

#define COMPARE_MODE(path, expected)                                                                                   \
    QVERIFY2(mode(path) == (expected),                                                                                 \
             qPrintable(QStringLiteral("%1 is %2, expected %3").arg(path, octal(mode(path)), octal(expected))))

// A umask as a process started without TokenLedger's main() has (tests, tools): files would be
// 0644 and folders 0755 unless TokenLedger asks for less.
class Umask final
{
public:
    explicit Umask(mode_t mask)
        : m_previous(::umask(mask))
    {}
    ~Umask() { ::umask(m_previous); }
    Q_DISABLE_COPY_MOVE(Umask)

private:
    mode_t m_previous;
};

}   // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("TOKENLEDGER_BINARY"))); }

    void newProfileThroughTheBinary()
    {
        const Umask usual(022);   // inherited by the binary: it must not rely on it
        QTemporaryDir dir;
        const QString parent = dir.filePath(QStringLiteral("new"));
        const QString profile = parent + QStringLiteral("/profile");
        const QString db = profile + QStringLiteral("/tokenledger.sqlite");
        const QString ini = profile + QStringLiteral("/tokenledger.ini");

        test::CliRun r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("report")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        COMPARE_MODE(parent, 0700);
        COMPARE_MODE(profile, 0700);
        COMPARE_MODE(db, 0600);

        const QString csv = profile + QStringLiteral("/usage.csv");
        r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("export"), QStringLiteral("--csv"),
                    QStringLiteral("--output"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        COMPARE_MODE(csv, 0600);
        const QString json = dir.filePath(QStringLiteral("usage.json"));   // outside the profile too
        r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("export"), QStringLiteral("--json"),
                    QStringLiteral("--output"), json});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        COMPARE_MODE(json, 0600);

        // The window keeps the database open (so its -wal and -shm exist) and writes its settings.
        QProcess window;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        window.setProcessEnvironment(env);
        window.start(qEnvironmentVariable("TOKENLEDGER_BINARY"), {QStringLiteral("--profile"), profile});
        QVERIFY(window.waitForStarted(10'000));
        const bool appeared = QTest::qWaitFor(
            [&] {
                return QFile::exists(db + QStringLiteral("-wal")) && QFile::exists(db + QStringLiteral("-shm")) &&
                       QFile::exists(ini);
            },
            60'000);
        const int walMode = mode(db + QStringLiteral("-wal"));
        const int shmMode = mode(db + QStringLiteral("-shm"));
        window.kill();
        window.waitForFinished();
        QVERIFY2(appeared, window.readAllStandardError().constData());
        QVERIFY2(walMode == 0600, qPrintable(octal(walMode)));
        QVERIFY2(shmMode == 0600, qPrintable(octal(shmMode)));
        COMPARE_MODE(ini, 0600);
        COMPARE_MODE(profile, 0700);
    }

    void coreAloneCreatesPrivateFiles()
    {
        const Umask usual(022);
        QTemporaryDir dir;
        const Profile profile = Profile::inFolder(dir.filePath(QStringLiteral("a/b")));
        QString error;
        QVERIFY2(profile.ensureFolders(&error), qPrintable(error));
        COMPARE_MODE(dir.filePath(QStringLiteral("a")), 0700);
        COMPARE_MODE(dir.filePath(QStringLiteral("a/b")), 0700);

        Database db(QStringLiteral("permissions"));
        QVERIFY2(db.open(profile.databasePath()), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM usage")));   // the WAL is in use now
        COMPARE_MODE(profile.databasePath(), 0600);
        COMPARE_MODE(profile.databasePath() + QStringLiteral("-wal"), 0600);
        COMPARE_MODE(profile.databasePath() + QStringLiteral("-shm"), 0600);

        {
            Settings settings(profile.settingsPath());
            settings.setValue(keys::SyncBackfillDays, 30);
            settings.sync();
        }
        COMPARE_MODE(profile.settingsPath(), 0600);
    }

    void existingFilesAreNarrowed()
    {
        // A database and settings written by an earlier TokenLedger, world-readable.
        const Umask usual(022);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database db(QStringLiteral("old"));
            QVERIFY(db.open(path));
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther |
                                                QFile::ReadUser | QFile::WriteUser));
        COMPARE_MODE(path, 0644);
        const QString ini = dir.filePath(QStringLiteral("old.ini"));
        {
            QFile f(ini);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[sync]\nbackfillDays=10\n");
        }
        COMPARE_MODE(ini, 0644);

        Database db(QStringLiteral("reopened"));
        QVERIFY(db.open(path));
        COMPARE_MODE(path, 0600);
        COMPARE_MODE(path + QStringLiteral("-wal"), 0600);
        const Settings settings(ini);
        QCOMPARE(settings.value(keys::SyncBackfillDays), 10);
        COMPARE_MODE(ini, 0600);

        // A folder that already existed is the user's: left as it was.
        COMPARE_MODE(dir.path(), 0700);   // QTemporaryDir's own
        const QString shared = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkdir(shared));
        COMPARE_MODE(shared, 0755);
        QString error;
        QVERIFY(Profile::inFolder(shared).ensureFolders(&error));
        COMPARE_MODE(shared, 0755);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
