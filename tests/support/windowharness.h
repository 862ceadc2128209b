#pragma once

// The main window over a fresh test database, with today fixed and the keychain in memory: what
// the window tests (tst_dashboard, tst_dashboardfill, tst_periodnav) start from. Header only: the
// support library links core, the window tests link the UI too.

#include "common/clock.h"
#include "mainwindow/mainwindow.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "sync/syncservice.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QSize>

#include <memory>

namespace tl::test {

struct WindowHarness
{
    TestDatabase db;
    MemorySecretStore secrets;
    FixedClock clock;
    std::unique_ptr<SyncService> service;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<MainWindow> window;

    explicit WindowHarness(const QDateTime &now)
        : clock(now)
    {}
    ~WindowHarness() { close(); }
    Q_DISABLE_COPY_MOVE(WindowHarness)

    // Shows the window (at `size`, else the window's own), its syncs with `options`, no schedule.
    MainWindow &open(QSize size = {}, const SyncOptions &options = {})
    {
        service = std::make_unique<SyncService>(db.path(), QStringLiteral("org.tokenledger.test"), options);
        settings = std::make_unique<Settings>(db.folder() + QStringLiteral("/settings.ini"));
        settings->setValue(keys::SyncIntervalMinutes, 0);   // no catch-up sync in the tests
        window =
            std::make_unique<MainWindow>(db.database(), *settings, MainWindowServices{service.get(), &secrets, &clock});
        if (size.isValid())
            window->resize(size);
        window->show();
        return *window;
    }
    // Closes the window (before the service it uses); open() makes a new one on the same profile.
    void close()
    {
        window.reset();
        service.reset();
        settings.reset();
    }
};

}   // namespace tl::test
