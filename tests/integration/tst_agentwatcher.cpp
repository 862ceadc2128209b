#include "agents/agentwatcher.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

namespace {

bool appendLine(const QString &path, const QByteArray &line)
{
    QFile file(path);
    if (!file.open(QIODevice::Append))
        return false;
    return file.write(line + '\n') == line.size() + 1;
}

}   // namespace

// AgentWatcher: one changed() per burst of writes, new folders and files picked up, silence while off.
class TestAgentWatcher : public QObject
{
    Q_OBJECT

private slots:
    void oneSignalPerBurstOfAppends()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString project = home.filePath(QStringLiteral("projects/-home-dev-shop"));
        QVERIFY(QDir().mkpath(project));
        const QString log = project + QStringLiteral("/s-1.jsonl");
        QVERIFY(appendLine(log, "{\"type\":\"user\"}"));

        AgentWatcher watcher;
        watcher.setDebounceMs(400);
        watcher.setSources({{7, AgentKind::ClaudeCode, {home.path()}}});
        watcher.setEnabled(true);
        QVERIFY(watcher.watchedFiles().contains(log));
        QVERIFY(watcher.watchedDirectories().contains(project));
        QSignalSpy spy(&watcher, &AgentWatcher::changed);

        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 5; ++i) {
            QVERIFY(appendLine(log, "{\"type\":\"assistant\"}"));
            QTest::qWait(30);
        }
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 400 + 1500);
        QVERIFY2(clock.elapsed() < 400 + 1500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(spy.first().first().toLongLong(), 7);
        QTest::qWait(900);   // no second signal for the same burst
        QCOMPARE(spy.size(), 1);

        // A later write is a new burst.
        QVERIFY(appendLine(log, "{\"type\":\"assistant\"}"));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 2000);
    }

    void newFileInNewProjectFolderIsPickedUp()
    {
        QTemporaryDir home;
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("projects/-home-dev-one"))));
        AgentWatcher watcher;
        watcher.setDebounceMs(200);
        watcher.setSources({{3, AgentKind::ClaudeCode, {home.path()}}});
        watcher.setEnabled(true);
        QSignalSpy spy(&watcher, &AgentWatcher::changed);

        const QString project = home.filePath(QStringLiteral("projects/-home-dev-two"));
        QVERIFY(QDir().mkpath(project));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.watchedDirectories().contains(project), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 2000);

        const QString log = project + QStringLiteral("/s-2.jsonl");
        QVERIFY(appendLine(log, "{\"type\":\"user\"}"));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.watchedFiles().contains(log), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 2000);

        // Its appends are seen too.
        QVERIFY(appendLine(log, "{\"type\":\"assistant\"}"));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 3, 2000);
        QCOMPARE(spy.last().first().toLongLong(), 3);
    }

    void codexNewDayFolderAndGeminiChats()
    {
        QTemporaryDir codex;
        QTemporaryDir gemini;
        const QDate today = QDate::currentDate();
        const QString month = codex.filePath(
            QStringLiteral("sessions/%1/%2").arg(today.year()).arg(today.month(), 2, 10, QLatin1Char('0')));
        QVERIFY(QDir().mkpath(month));
        QVERIFY(QDir().mkpath(gemini.filePath(QStringLiteral("tmp"))));
        AgentWatcher watcher;
        watcher.setDebounceMs(200);
        watcher.setSources({{1, AgentKind::CodexCli, {codex.path()}}, {2, AgentKind::GeminiCli, {gemini.path()}}});
        watcher.setEnabled(true);
        QVERIFY(watcher.watchedDirectories().contains(month));
        QSignalSpy spy(&watcher, &AgentWatcher::changed);

        const QString day = month + QStringLiteral("/%1").arg(today.day(), 2, 10, QLatin1Char('0'));
        QVERIFY(QDir().mkpath(day));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.watchedDirectories().contains(day), 2000);
        QVERIFY(appendLine(day + QStringLiteral("/rollout-x.jsonl"), "{\"type\":\"session_meta\"}"));
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 2000);
        QCOMPARE(spy.first().first().toLongLong(), 1);

        spy.clear();
        const QString chats = gemini.filePath(QStringLiteral("tmp/abc123/chats"));
        QVERIFY(QDir().mkpath(chats));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.watchedDirectories().contains(chats), 2000);
        QVERIFY(appendLine(chats + QStringLiteral("/session-1.json"), "{\"messages\":[]}"));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.watchedFiles().contains(chats + QStringLiteral("/session-1.json")), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 2000);
        for (const QList<QVariant> &args : std::as_const(spy))
            QCOMPARE(args.first().toLongLong(), 2);
    }

    void nothingFiresWhileDisabled()
    {
        QTemporaryDir home;
        const QString project = home.filePath(QStringLiteral("projects/p"));
        QVERIFY(QDir().mkpath(project));
        const QString log = project + QStringLiteral("/s.jsonl");
        QVERIFY(appendLine(log, "{\"type\":\"user\"}"));
        AgentWatcher watcher;   // off by default
        watcher.setDebounceMs(100);
        watcher.setSources({{5, AgentKind::ClaudeCode, {home.path()}}});
        QVERIFY(!watcher.isEnabled());
        QVERIFY(watcher.watchedFiles().isEmpty());
        QVERIFY(watcher.watchedDirectories().isEmpty());
        QSignalSpy spy(&watcher, &AgentWatcher::changed);
        QVERIFY(appendLine(log, "{\"type\":\"assistant\"}"));
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("projects/q"))));
        QTest::qWait(600);
        QCOMPARE(spy.size(), 0);

        // Turned on, then off again in the middle of a burst: the pending signal is dropped.
        watcher.setEnabled(true);
        QVERIFY(appendLine(log, "{\"type\":\"assistant\"}"));
        QTRY_VERIFY_WITH_TIMEOUT(!watcher.watchedFiles().isEmpty(), 1000);
        QTest::qWait(20);
        watcher.setEnabled(false);
        QVERIFY(watcher.watchedFiles().isEmpty());
        QVERIFY(appendLine(log, "{\"type\":\"assistant\"}"));
        QTest::qWait(600);
        QCOMPARE(spy.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAgentWatcher)
#include "tst_agentwatcher.moc"
