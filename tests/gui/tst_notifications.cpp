// A new alert reaches the desktop exactly once, through the freedesktop.org Notifications
// service, with the tray registered as a StatusNotifierItem. Both services are fakes registered
// on their own bus connection, in a thread of their own (answering from the test's thread would
// deadlock), inside the private D-Bus session the test command starts; the window runs under Xvfb.
#include "alerts/alertservice.h"
#include "alerts/budgets.h"
#include "alerts/desktopnotifier.h"
#include "alerts/freedesktopnotifications.h"
#include "alerts/traycontroller.h"
#include "alerts/traynotifications.h"
#include "common/clock.h"
#include "common/translations.h"
#include "fakeproviderserver.h"
#include "mainwindow/mainwindow.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "storage/accountrepository.h"
#include "sync/syncservice.h"
#include "testdatabase.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QLabel>
#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace tl;

struct NotifyCall
{
    QString app;
    QString icon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
};

class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<NotifyCall> calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }

public slots:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replaces);
        Q_UNUSED(timeout);
        QMutexLocker lock(&m_mutex);
        m_calls.append({app, icon, summary, body, actions, hints});
        return uint(m_calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body"), QStringLiteral("actions")}; }
    void CloseNotification(uint id) { Q_UNUSED(id); }

signals:
    void ActionInvoked(uint id, const QString &action);
    void NotificationClosed(uint id, uint reason);

private:
    mutable QMutex m_mutex;
    QList<NotifyCall> m_calls;
};

class FakeWatcher final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ isHostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ items)

public:
    bool isHostRegistered() const { return true; }
    int protocolVersion() const { return 0; }
    QStringList items() const
    {
        QMutexLocker lock(&m_mutex);
        return m_items;
    }

public slots:
    void RegisterStatusNotifierItem(const QString &service)
    {
        QMutexLocker lock(&m_mutex);
        m_items.append(service);
    }
    void RegisterStatusNotifierHost(const QString &service) { Q_UNUSED(service); }

signals:
    void StatusNotifierItemRegistered(const QString &service);
    void StatusNotifierItemUnregistered(const QString &service);
    void StatusNotifierHostRegistered();

private:
    mutable QMutex m_mutex;
    QStringList m_items;
};

// Owns the fakes and their bus connection on a thread of its own.
class FakeDesktop final : public QThread
{
public:
    FakeNotifications *notifications = nullptr;
    FakeWatcher *watcher = nullptr;
    QSemaphore ready;
    bool ok = false;

    void emitActionInvoked(uint id)
    {
        QMetaObject::invokeMethod(
            notifications,
            [id] {
                QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                                 QStringLiteral("org.freedesktop.Notifications"),
                                                                 QStringLiteral("ActionInvoked"));
                signal << id << QStringLiteral("default");
                QDBusConnection(QStringLiteral("tl-fake-desktop")).send(signal);
            },
            Qt::QueuedConnection);
    }

protected:
    void run() override
    {
        QDBusConnection bus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("tl-fake-desktop"));
        FakeNotifications n;
        FakeWatcher w;
        notifications = &n;
        watcher = &w;
        ok = bus.isConnected() &&
             bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &n,
                                QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals) &&
             bus.registerService(QStringLiteral("org.freedesktop.Notifications")) &&
             bus.registerObject(QStringLiteral("/StatusNotifierWatcher"), &w,
                                QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals |
                                    QDBusConnection::ExportAllProperties) &&
             bus.registerService(QStringLiteral("org.kde.StatusNotifierWatcher"));
        ready.release();
        exec();
        bus.unregisterService(QStringLiteral("org.kde.StatusNotifierWatcher"));
        bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        notifications = nullptr;
        watcher = nullptr;
        QDBusConnection::disconnectFromBus(QStringLiteral("tl-fake-desktop"));
    }
};

class TestNotifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("needs the private D-Bus session and Xvfb that tests/run-in-session.sh starts");
        m_desktop.start();
        m_desktop.ready.acquire();
        QVERIFY2(m_desktop.ok, "could not register the fake desktop services on the session bus");
    }

    void cleanupTestCase()
    {
        m_desktop.quit();
        m_desktop.wait();
    }

    void crossingABudgetDuringASyncNotifiesExactlyOnce()
    {
        test::FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        test::TestDatabase db;
        Account account;
        account.provider = QStringLiteral("openai");
        account.label = QStringLiteral("Prod");
        account.baseUrl = server.url(QStringLiteral("/openai/v1"));
        const qint64 id = AccountRepository(db.connection()).add(account);
        test::setEnvironmentKey(db.connection(), id, "notification-test-key-not-real");
        Budget budget;
        budget.name = QStringLiteral("Team");
        budget.amount = Money::fromNanos(2'000'000'000);   // $2: the fixtures bill $2.925919
        budget.thresholds = {100};
        QVERIFY(BudgetRepository(db.connection()).add(budget) > 0);

        SyncOptions options;
        options.retry.baseDelayMs = 5;
        options.retry.minIntervalMs = 0;
        SyncService service(db.path(), QStringLiteral("org.tokenledger.test"), options);
        MemorySecretStore secrets;
        Settings settings(db.folder() + QStringLiteral("/settings.ini"));
        FixedClock clock(QDateTime(QDate(2026, 3, 3), QTime(18, 0), Qt::UTC));
        MainWindow window(db.database(), settings, {&service, &secrets, &clock});
        // The tray icon and the notifier come once the window has started up, not before its first
        // paint (asking for a tray and connecting to the session bus are blocking calls).
        QVERIFY(!window.tray()->isAvailable());
        QVERIFY(!window.notifier());
        QSignalSpy startedUp(&window, &MainWindow::startedUp);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(startedUp.count(), 1, 10'000);
        QVERIFY(window.tray()->isAvailable());
        QTRY_VERIFY(window.notifier()->isAvailable());                             // asked asynchronously
        QTRY_VERIFY_WITH_TIMEOUT(!m_desktop.watcher->items().isEmpty(), 10'000);   // the tray icon registered
        QTest::qWait(300);   // the start-up evaluation: nothing spent yet
        QCOMPARE(m_desktop.notifications->calls().size(), 0);

        QSignalSpy raised(window.alertService(), &AlertService::newAlerts);
        SyncRequest request;
        request.from = QDate(2026, 3, 1);
        request.to = QDate(2026, 3, 3);
        service.start(request);
        QTRY_COMPARE_WITH_TIMEOUT(raised.count(), 1, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.notifications->calls().size(), 1, 10'000);
        const NotifyCall call = m_desktop.notifications->calls().first();
        QCOMPARE(call.app, QStringLiteral("TokenLedger"));
        QCOMPARE(call.summary, QStringLiteral("Budget \u201cTeam\u201d is used up"));
        QVERIFY2(call.body.startsWith(QStringLiteral("$2.93 spent of $2.00 this month (UTC), 146 % of the budget, "
                                                     "$0.93 over.")),
                 qPrintable(call.body));
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 2);   // critical
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).metaType(), QMetaType::fromType<uchar>());
        QCOMPARE(call.icon, QStringLiteral("dialog-error"));
        QVERIFY(call.actions.contains(QStringLiteral("default")));
        QTRY_COMPARE_WITH_TIMEOUT(window.tray()->toolTip(), QStringLiteral("TokenLedger — 1 unread alert"), 10'000);

        // Syncing again crosses nothing new: no second alert, no second notification.
        service.start(request);
        QTRY_VERIFY_WITH_TIMEOUT(!service.isRunning(), 20'000);
        QTest::qWait(1000);
        QCOMPARE(m_desktop.notifications->calls().size(), 1);
        QCOMPARE(AlertRepository(db.connection()).list().size(), 1);

        // Clicking the notification opens the alert.
        window.showPage(MainWindow::DashboardPageIndex);
        m_desktop.emitActionInvoked(1);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), MainWindow::BudgetsPageIndex, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(QStringLiteral("alertDetailLabel"))
                                     ->text()
                                     .contains(QStringLiteral("is used up")),
                                 10'000);
        test::clearEnvironmentKey(db.connection(), id);
    }

    // A notification shown before the bus has said whether the service runs (the window makes its
    // notifier just before the start-up's alert rules run) waits for the answer, then goes out.
    void aNotificationBeforeTheBusAnsweredWaitsForIt()
    {
        FreedesktopNotifications backend;
        QVERIFY(backend.isAvailable());   // not known yet: assumed, and the notification waits
        QVERIFY(shownOnTheDesktop(backend, 9, QStringLiteral("Spend spike"), QStringLiteral("3× the usual")));
        QCOMPARE(m_desktop.notifications->calls().last().summary, QStringLiteral("Spend spike"));
        QVERIFY(backend.isAvailable());   // the service answered
    }

    // The backend of desktops without the notification service (macOS, Windows): the tray icon's
    // messages. Here Qt's tray is a StatusNotifierItem, which shows them through the same service.
    void trayMessagesAreTheOtherBackend()
    {
        TrayController tray;
        QVERIFY(!tray.isAvailable());   // no icon until it is asked for
        tray.showIcon();
        QVERIFY(tray.isAvailable());
        TrayNotifications backend(tray.icon());
        QVERIFY(backend.isAvailable());
        QVERIFY(!TrayNotifications(nullptr).isAvailable());   // no tray: nowhere to show it
        QVERIFY(shownOnTheDesktop(backend, 7, QStringLiteral("Budget nearly used"), QStringLiteral("80 % spent")));
        const qsizetype shown = m_desktop.notifications->calls().size();
        const NotifyCall call = m_desktop.notifications->calls().last();
        QCOMPARE(call.summary, QStringLiteral("Budget nearly used"));
        QCOMPARE(call.body, QStringLiteral("80 % spent"));
        // Clicking the message opens the alert.
        QSignalSpy activated(&backend, &NotificationBackend::activated);
        m_desktop.emitActionInvoked(uint(shown));
        QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 10'000);
        QCOMPARE(activated.first().first().toLongLong(), 7);
    }

private:
    // Shows a warning through `backend` and waits until the desktop's notification service has it.
    bool shownOnTheDesktop(NotificationBackend &backend, qint64 id, const QString &title, const QString &body)
    {
        const qsizetype before = m_desktop.notifications->calls().size();
        Alert alert;
        alert.id = id;
        alert.severity = Alert::Severity::Warning;
        return backend.show(alert, title, body) &&
               QTest::qWaitFor([&] { return m_desktop.notifications->calls().size() == before + 1; }, 10'000);
    }

    FakeDesktop m_desktop;
};

int main(int argc, char *argv[])
{
    // A tray needs a real platform: Xvfb, not offscreen (which has no tray at all).
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    installTranslations(app, QLocale(QLocale::English, QLocale::UnitedStates));   // English plural forms
    TestNotifications test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_notifications.moc"
